#!/usr/bin/env bash
# bench/months.sh SCALE: run the monthly batch month after month on one
# warehouse, as a planner would, and compare the cost of the last month
# (12 months of history in the warehouse) with the first (empty warehouse).
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
rm -f "$db" "$db.wal"
first="" last=""
for m in $(ls "$split"); do
  start=$(date +%s.%N)
  $bin run --data "$split/$m" --month "$m" --db "$db" --out "$dir/out-$scale-months" --quiet > /dev/null
  t=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
  printf "  %s %6.2f s\n" "$m" "$t"
  [ -n "$first" ] || first=$t
  last=$t
done
awk -v s="$scale" -v f="$first" -v l="$last" 'BEGIN {
  printf "%s: month 1 alone %.2f s, month 13 with 12 months of history %.2f s, ratio %.2f\n", s, f, l, l / f }'
# per stage, first and last month (from their manifests): which stages grow
months=($(ls "$split"))
for m in "${months[0]}" "${months[${#months[@]}-1]}"; do
  printf "  %s stages:" "$m"
  tr -d ' \n' < "$dir/out-$scale-months/$m/manifest.json" | grep -o '{"name":"[a-z]*","seconds":[0-9.]*' |
    sed 's/{"name":"\([a-z]*\)","seconds":\([0-9.]*\)/ \1 \2 s/' | tr -d '\n'
  echo
done
