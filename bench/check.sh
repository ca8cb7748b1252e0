#!/usr/bin/env bash
# bench/check.sh: `fwaeval check` against `fwaeval load` on a 5 M-row
# presensi.csv with 50 000 bad rows (25 000 employees of the sample's
# units, 200 working days; every 100th row's status misspelt). The set is
# made once into $BENCH_DIR/check5m. Prints both times, their ratio
# (target: check within 1.5x load), peak RSS, and the rejects listed in
# the workbook. Called by `make bench`.
set -euo pipefail
dir=${BENCH_DIR:-.cache/bench}
set_dir=$dir/check5m
bin=bin/fwaeval
if [ ! -f "$set_dir/.complete" ]; then
  rm -rf "$set_dir" && mkdir -p "$set_dir"
  cp sample-data/unit_kerja.csv "$set_dir/"
  python3 - "$set_dir" <<'PY'
import csv, datetime, sys
out = sys.argv[1]
units = [r["unit_id"] for r in csv.DictReader(open(out + "/unit_kerja.csv"))]
nips = ["19%016d" % i for i in range(25000)]
with open(out + "/pegawai.csv", "w") as f:
    f.write("nip,unit_id,jenis_asn,fwa_disetujui,tmt\n")
    for i, n in enumerate(nips):
        f.write("%s,%s,PNS,ya,2020-01-01\n" % (n, units[i % len(units)]))
days, d = [], datetime.date(2026, 1, 1)
while len(days) < 200:
    if d.weekday() < 5:
        days.append(d.isoformat())
    d += datetime.timedelta(days=1)
with open(out + "/presensi.csv", "w") as f:
    f.write("nip,tanggal,status,lokasi,jam_masuk,jam_pulang\n")
    i = 0
    for day in days:
        rows = []
        for n in nips:
            status = "HADER" if i % 100 == 99 else "HADIR"
            rows.append("%s,%s,%s,WFO,07:30:00,16:00:00\n" % (n, day, status))
            i += 1
        f.write("".join(rows))
PY
  touch "$set_dir/.complete"
fi
# run (and so check) refuses a folder without every required source: the
# other sources are there, empty (their headers only).
for s in rencana_aksi kinerja_harian aduan belanja; do
  [ -f "$set_dir/$s.csv" ] || head -1 "sample-data/$s.csv" > "$set_dir/$s.csv"
done
work=$(mktemp -d "$dir/check-XXXX")
trap 'rm -rf "$work"' EXIT
time_of() { awk -v w="$1" '$1 == w":" {print $2, $(NF-1)}' "$work/log"; }
/usr/bin/time -f "load: %e s, peak RSS %M KB" $bin load --data "$set_dir" --db "$work/load.duckdb" --quiet > /dev/null 2>> "$work/log"
/usr/bin/time -f "check: %e s, peak RSS %M KB" $bin check --data "$set_dir" --db "$work/none.duckdb" --out "$work/periksa.xlsx" --quiet > "$work/out" 2>> "$work/log"
/usr/bin/time -f "recheck: %e s, peak RSS %M KB" $bin check --data "$set_dir" --db "$work/load.duckdb" --out "$work/periksa2.xlsx" --quiet > /dev/null 2>> "$work/log"
/usr/bin/time -f "reload: %e s, peak RSS %M KB" $bin load --data "$set_dir" --db "$work/load.duckdb" --quiet > /dev/null 2>> "$work/log"
read -r ls lk <<< "$(time_of load)"
read -r os ok <<< "$(time_of reload)"
read -r cs ck <<< "$(time_of check)"
read -r rs rk <<< "$(time_of recheck)"
listed=$(unzip -p "$work/periksa.xlsx" xl/worksheets/sheet2.xml | grep -o '<row ' | wc -l)
awk -v ls="$ls" -v lk="$lk" -v cs="$cs" -v ck="$ck" -v os="$os" -v rs="$rs" -v rk="$rk" -v n="$listed" 'BEGIN {
  printf "presensi 5 M rows, 50 000 rejects: load %.1f s (%.2f GB); check %.1f s (%.2f GB), %.2fx load; the same again on the loaded warehouse: load %.1f s, check %.1f s (%.2f GB), %.2fx; %d rejects listed\n",
    ls, lk / 1048576, cs, ck / 1048576, cs / ls, os, rs, rk / 1048576, rs / os, n - 1 }'
