package load

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fwaeval/pipeline/warehouse"
)

// FuzzReadCSV feeds arbitrary bytes through the CSV reader: nothing may
// panic, a row broken as a whole comes out as an invalid_value reject, and
// lines increase (FuzzLoadCSV takes the rows on through the validator). Its seed corpus runs in `make test`.
func FuzzReadCSV(f *testing.F) {
	seeds := []string{
		"nip,tanggal,status,lokasi\n198501012010121001,2026-10-01,HADIR,WFO\n",
		"\ufeffnip;tanggal;status;lokasi\r\n198501012010121001;1/10/2026;hadir;wfh\r\n",
		"unit_id|bulan|listrik|air|bbm|atk|mamin\nU1|2026-10|1.250.000,50|0|0|0|0\n",
		"a,b\n\"unterminated\n",
		"a,b\nx\"y,z\n",
		"\"q\"\"x\",\"multi\nline\"\n1,2\n",
		"tracking_id\tunit_id\tditerima\nT1\tU1\t2026-10-01T08:00\n",
		"",
		"\xff\xfe\x00",
	}
	fuzzCSVFile(f, seeds, func(t *testing.T, path string) {
		tb, err := openCSV(path, "in.csv", io.Discard)
		if err != nil {
			if _, ok := err.(*warehouse.InputError); !ok {
				t.Fatalf("open: %T %v", err, err)
			}
			return
		}
		defer tb.close()
		var last int64
		for {
			line, _, rej, err := tb.next()
			if err != nil {
				break
			}
			if line <= last {
				t.Fatalf("line %d after %d", line, last)
			}
			last = line
			if rej != nil && rej.code != codeInvalid {
				t.Fatalf("reject code %q", rej.code)
			}
		}
	})
}

// FuzzScanCSV: whenever scanCSV finds a file simple enough for DuckDB's
// reader, the Go reader must see exactly what the SQL path assumes — the
// header's fields, rows of the header's width, row n on line n + 1 — and
// bare files must hold no cell that trimming would change.
func FuzzScanCSV(f *testing.F) {
	seeds := []string{
		"nip,tanggal\n198501012010121001,2026-10-01\n",
		"\ufeffa;b\n1;2\n3;4",
		"a,b\n1,2\n\n3,4\n",
		"a,b\n1, 2\n",
		"a\tb\n1\t2\n",
		"a,b\n\"1\",2\n",
		"a,b\r\n1,2\r\n",
		"a,b\r\n1,2\r\n3,4",
		"a,b\r\n1,2\r\n3,4\r",
		"a,b\r\n1,\r2\r\n",
		"a|b\n1|\xc3\xa9\n",
	}
	fuzzCSVFile(f, seeds, func(t *testing.T, path string) {
		sh, err := scanCSV(path, "b")
		if err != nil {
			t.Fatal(err)
		}
		if !sh.simple {
			return
		}
		tb, err := openCSV(path, "in.csv", io.Discard)
		if err != nil {
			t.Fatalf("simple, but the Go reader refuses it: %v", err)
		}
		defer tb.close()
		if len(tb.header()) != len(sh.header) {
			t.Fatalf("header: Go %q, scan %q", tb.header(), sh.header)
		}
		for i, h := range sh.header {
			if normHeader(h) != tb.header()[i] {
				t.Fatalf("header: Go %q, scan %q", tb.header(), sh.header)
			}
		}
		var n int64
		for {
			line, cells, rej, err := tb.next()
			if err == errEOF {
				break
			}
			if err != nil || rej != nil {
				t.Fatalf("simple, but row %d: %v %v", n+1, err, rej)
			}
			n++
			if line != n+1 || len(cells) != len(sh.header) {
				t.Fatalf("row %d: line %d, %d cells (header %d)", n, line, len(cells), len(sh.header))
			}
			for _, c := range cells {
				if sh.bare && strings.TrimSpace(c.s) != c.s {
					t.Fatalf("bare, but cell %q of row %d would be trimmed", c.s, n)
				}
			}
		}
		if n != sh.rows {
			t.Fatalf("rows: Go %d, scan %d", n, sh.rows)
		}
	})
}

// fuzzCSVFile adds the seeds, then runs check on each input written to a
// file.
func fuzzCSVFile(f *testing.F, seeds []string, check func(t *testing.T, path string)) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "in.csv")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		check(t, path)
	})
}
