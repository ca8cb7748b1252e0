#!/usr/bin/env bash
# bench/rollup.sh N: make (once, cached) N instansi packages — `fwaeval
# sample --scale national --packages N`: 50 units each, 13 months, run
# through the real batch and export — then time `fwaeval rollup` of all of
# them into a fresh warehouse: seconds and peak RSS (target for 600
# packages, about 30 000 units: under 30 s and 2 GB). Called by `make bench`.
set -euo pipefail
n=${1:-600}
dir=${BENCH_DIR:-.cache/bench}
set_dir=$dir/paket$n
bin=bin/fwaeval
month=2026-10
if [ ! -f "$set_dir/.complete" ]; then
  rm -rf "$set_dir"
  /usr/bin/time -f "generate and run $n instansi: %e s, peak RSS %M KB" \
    $bin sample --scale national --packages "$n" --parquet --out "$set_dir" --quiet > /dev/null
  # the packages are what the benchmark reads; the warehouse they came
  # from is not needed again
  rm -rf "$set_dir/fwaeval.duckdb" "$set_dir/fwaeval.duckdb.wal" "$set_dir/.tmp"
  touch "$set_dir/.complete"
fi
db=$dir/rollup$n.duckdb
out=$dir/out-rollup$n
rm -rf "$db" "$db.wal" "$out"
log=$(mktemp)
/usr/bin/time -f "rollup: %e s, peak RSS %M KB" $bin rollup --in "$set_dir/$month" --month $month --db "$db" --out "$out" --quiet \
  > /dev/null 2> "$log" || { cat "$log"; exit 1; }
secs=$(awk '/^rollup:/ {print $2}' "$log")
kb=$(awk '/^rollup:/ {print $(NF-1)}' "$log")
# units and packages from the manifest (names in nasional.csv hold commas)
rows=$(tr -d ' \n' < "$out/$month/manifest.json" | grep -o '"name":"unit.parquet","sha256":"[0-9a-f]*","rows":[0-9]*' | cut -d: -f4)
units=$(echo "$rows" | awk '{ u += $1 } END { print u }')
pakets=$(echo "$rows" | wc -l)
pages=$(pdfinfo "$out/$month/report.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
awk -v s="$secs" -v k="$kb" -v p="$pakets" -v u="$units" -v g="${pages:-?}" 'BEGIN {
  printf "rollup of %d packages (%d units, 12 months): %.1f s, peak RSS %.2f GB; report.pdf %s pages\n", p, u, s, k / 1048576, g }'
rm -rf "$db" "$db.wal"
