#!/usr/bin/env bash
# bench/months.sh SCALE: run the monthly batch month after month on one
# warehouse, as a planner would, and compare the cost of month 13 (12
# months of history in the warehouse) with month 1 (empty warehouse).
# Both are then run 21 times more, in pairs — month 1 on a fresh
# warehouse, then month 13 on a copy of the warehouse as it was after month
# 12 — and compared by their medians (and the median of each pair's
# ratio): single runs of a one-second batch vary by ±0.2 s on this VM,
# and the pairs' ratios by ±0.1 (1.06–1.29 in one run of ten pairs):
# more pairs give steadier medians.
# Called by `make bench` for pemda.
set -euo pipefail
scale=$1
dir=${BENCH_DIR:-.cache/bench}
data=$dir/$scale
split=$dir/$scale-months
bin=bin/fwaeval
[ -f "$data/.complete" ] || { echo "run bench/batch.sh $scale first"; exit 1; }
if [ ! -f "$split/.complete" ]; then
  rm -rf "$split"
  go run ./cmd/benchsplit --data "$data" --out "$split" > /dev/null
  touch "$split/.complete"
fi
db=$dir/$scale-months.duckdb
out=$dir/out-$scale-months
rm -f "$db" "$db.wal"
months=($(ls "$split"))
last=${months[${#months[@]}-1]}
# run MONTH DB: one batch, its wall seconds on stdout
run() {
  local start t
  start=$(date +%s.%N)
  $bin run --data "$split/$1" --month "$1" --db "$2" --out "$out" --quiet > /dev/null
  awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }'
}
for m in "${months[@]}"; do
  [ "$m" = "$last" ] && cp "$db" "$db.before-last" && sync
  printf "  %s %6.2f s\n" "$m" "$(run "$m" "$db")"
done
# per stage, first and last month (from their manifests): which stages grow
for m in "${months[0]}" "$last"; do
  printf "  %s stages:" "$m"
  tr -d ' \n' < "$out/$m/manifest.json" | grep -o '{"name":"[a-z]*","seconds":[0-9.]*' |
    sed 's/{"name":"\([a-z]*\)","seconds":\([0-9.]*\)/ \1 \2 s/' | tr -d '\n'
  echo
done
firsts="" lasts="" ratios=""
runs=${MONTHS_RUNS:-21}
for r in $(seq "$runs"); do
  rm -f "$db.again" "$db.again.wal"
  f=$(run "${months[0]}" "$db.again")
  rm -f "$db.again" "$db.again.wal"
  cp "$db.before-last" "$db.again"
  sync # else the run's checkpoint fsync writes the copy's dirty pages
  l=$(run "$last" "$db.again")
  firsts="$firsts $f" lasts="$lasts $l"
  ratios="$ratios $(awk -v f="$f" -v l="$l" 'BEGIN { printf "%.3f", l / f }')"
done
rm -f "$db.again" "$db.again.wal" "$db.before-last"
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
f=$(echo "$firsts" | median) l=$(echo "$lasts" | median) pr=$(echo "$ratios" | median)
echo "  $runs pairs, month 1 alone then month 13 after 12 months: month 1:$firsts s; month 13:$lasts s"
awk -v s="$scale" -v f="$f" -v l="$l" -v pr="$pr" -v n="$runs" 'BEGIN {
  printf "%s: month 1 alone %.2f s, month 13 with 12 months of history %.2f s (medians of %d), ratio %.2f (median of the pairs\x27 ratios %.2f)\n", s, f, l, n, l / f, pr }'
