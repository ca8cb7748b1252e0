// Command floor measures what DuckDB alone needs to read a data folder:
// every input file into a plain table, with no validation, no
// pseudonymisation and no computation. `make bench` divides the batch's
// time by this floor.
package main

import (
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
)

func main() {
	data := flag.String("data", "", "data folder")
	db := flag.String("db", "", "scratch DuckDB file (deleted first)")
	mem := flag.String("memory-limit", "6GB", "DuckDB memory limit")
	flag.Parse()
	if *data == "" || *db == "" {
		fmt.Fprintln(os.Stderr, "usage: floor --data DIR --db FILE")
		os.Exit(2)
	}
	os.Remove(*db)
	os.Remove(*db + ".wal")
	defer os.Remove(*db)
	conn, err := sql.Open("duckdb", *db)
	if err != nil {
		fail(err)
	}
	defer conn.Close()
	if _, err := conn.Exec("SET memory_limit = '" + *mem + "'"); err != nil {
		fail(err)
	}
	entries, err := filepath.Glob(filepath.Join(*data, "*"))
	if err != nil {
		fail(err)
	}
	sort.Strings(entries)
	start := time.Now()
	var rows int64
	for _, p := range entries {
		name := filepath.Base(p)
		var reader string
		switch {
		case strings.HasSuffix(name, ".parquet"):
			reader = "read_parquet('" + p + "')"
		case strings.HasSuffix(name, ".csv"), strings.HasSuffix(name, ".csv.gz"):
			if name == "truth.csv" {
				continue
			}
			reader = "read_csv('" + p + "', header = true, all_varchar = true)"
		default:
			continue
		}
		table := strings.SplitN(name, ".", 2)[0]
		t := time.Now()
		if _, err := conn.Exec("CREATE TABLE " + table + " AS SELECT * FROM " + reader); err != nil {
			fail(fmt.Errorf("%s: %w", name, err))
		}
		var n int64
		conn.QueryRow("SELECT count(*) FROM " + table).Scan(&n)
		rows += n
		fmt.Printf("floor %-24s %12d rows %8.1f s\n", name, n, time.Since(t).Seconds())
	}
	fmt.Printf("floor total %d rows %.1f s\n", rows, time.Since(start).Seconds())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "floor:", err)
	os.Exit(1)
}
