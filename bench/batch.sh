#!/usr/bin/env bash
# bench/batch.sh SCALE: generate (once, cached) the SCALE data set with
# Parquet facts (SCALE-csv: with CSV facts), measure the floor — DuckDB alone reading every input file
# into plain tables — then the whole monthly batch (load + compute +
# evaluate + both reports) on a fresh warehouse, and print seconds, rows/s,
# peak RSS and the ratio of the batch to the floor. Called by `make bench`.
set -euo pipefail
scale=$1
dir=${BENCH_DIR:-.cache/bench}
data=$dir/$scale
bin=bin/fwaeval
case $scale in
  *-csv) gen=(--scale "${scale%-csv}") ;;
  *) gen=(--scale "$scale" --parquet) ;;
esac
if [ ! -f "$data/.complete" ]; then
  rm -rf "$data"
  /usr/bin/time -f "generate $scale: %e s, peak RSS %M KB" $bin sample "${gen[@]}" --out "$data" --quiet
  touch "$data/.complete"
fi
month=2026-10
floor_log=$(mktemp)
/usr/bin/time -f "floor: %e s, peak RSS %M KB" go run ./cmd/floor --data "$data" --db "$dir/floor.duckdb" 2>&1 | tee "$floor_log"
floor_s=$(awk '/^floor total/ {print $(NF-1)}' "$floor_log")
total_rows=$(awk '/^floor total/ {print $3}' "$floor_log")
rm -f "$dir/$scale.duckdb" "$dir/$scale.duckdb.wal"
rm -rf "$dir/out-$scale"
batch_log=$(mktemp)
/usr/bin/time -f "batch: %e s, peak RSS %M KB" $bin run --data "$data" --month $month \
  --db "$dir/$scale.duckdb" --out "$dir/out-$scale" --json > "$dir/manifest-$scale.json" 2> "$batch_log" || { cat "$batch_log"; exit 1; }
batch_s=$(awk '/^batch:/ {print $2}' "$batch_log")
# the process's peak RSS is the largest of its stages' (each stage resets
# the kernel's high-water mark, so /usr/bin/time sees only the last one)
peak_mb=$(tr -d ' \n' < "$dir/manifest-$scale.json" | grep -o '"peak_rss_mb":[0-9]*' | cut -d: -f2 | sort -n | tail -1)
echo "batch: $batch_s s, peak RSS $(awk -v m="$peak_mb" 'BEGIN { printf "%.2f", m / 1024 }') GB (default --memory-limit 6GB)"
# per stage: seconds, input rows per second, peak RSS (from the manifest;
# no JSON tool needed)
tr -d ' \n' < "$dir/manifest-$scale.json" | grep -o '{"name":"[a-z]*","seconds":[0-9.]*,"peak_rss_mb":[0-9]*}' |
  sed 's/{"name":"\([a-z]*\)","seconds":\([0-9.]*\),"peak_rss_mb":\([0-9]*\)}/\1 \2 \3/' |
  awk -v r="$total_rows" '{ printf "  stage %-9s %8.1f s %8.2f M rows/s  peak RSS %6.2f GB\n", $1, $2, ($2 > 0 ? r / $2 / 1e6 : 0), $3 / 1024 }'
# the warehouse is as big as the data (~20 GB national): not kept
rm -f "$dir/$scale.duckdb" "$dir/$scale.duckdb.wal"
awk -v b="$batch_s" -v f="$floor_s" -v r="$total_rows" 'BEGIN {
  printf "%s: batch %.1f s (%.2f M rows/s), floor %.1f s, ratio %.2f\n", "'"$scale"'", b, r / b / 1e6, f, b / f }'
