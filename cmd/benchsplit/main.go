// Command benchsplit cuts a generated data set into one folder per month
// (each with the reference sources and that month's facts), so `make
// bench` can run the monthly batch month after month and compare the
// thirteenth month with the first.
package main

import (
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2"
)

// facts maps each fact source to the SQL of the month of a row.
var facts = map[string]string{
	"presensi":       "strftime(tanggal, '%Y-%m')",
	"kinerja_harian": "strftime(tanggal, '%Y-%m')",
	"rencana_aksi":   "bulan",
	"aduan":          "strftime(diterima, '%Y-%m')",
	"belanja":        "bulan",
}

func main() {
	data := flag.String("data", "", "generated data folder (Parquet facts)")
	out := flag.String("out", "", "folder to write one subfolder per month into")
	flag.Parse()
	if *data == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: benchsplit --data DIR --out DIR")
		os.Exit(2)
	}
	db, err := sql.Open("duckdb", "")
	check(err)
	defer db.Close()
	var months []string
	rows, err := db.Query("SELECT DISTINCT strftime(tanggal, '%Y-%m') AS m FROM read_parquet(?) ORDER BY m", filepath.Join(*data, "presensi.parquet"))
	check(err)
	for rows.Next() {
		var m string
		check(rows.Scan(&m))
		months = append(months, m)
	}
	check(rows.Err())
	for _, m := range months {
		dir := filepath.Join(*out, m)
		check(os.MkdirAll(dir, 0o755))
		for _, ref := range []string{"unit_kerja.csv", "pegawai.csv", "kalender.csv"} {
			b, err := os.ReadFile(filepath.Join(*data, ref))
			check(err)
			check(os.WriteFile(filepath.Join(dir, ref), b, 0o644))
		}
		for src, month := range facts {
			in := filepath.Join(*data, src+".parquet")
			to := filepath.Join(dir, src+".parquet")
			q := fmt.Sprintf("COPY (SELECT * FROM read_parquet('%s') WHERE %s = '%s') TO '%s' (FORMAT parquet)",
				esc(in), month, m, esc(to))
			_, err := db.Exec(q)
			check(err)
		}
		fmt.Println(m)
	}
}

func esc(s string) string { return strings.ReplaceAll(s, "'", "''") }

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchsplit:", err)
		os.Exit(1)
	}
}
