package load

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fwaeval/pipeline/warehouse"
)

// A large file with one bad row near its end: that row is rejected with
// its exact line, every other row is loaded, nothing else is lost. Rows
// with quoted newlines before it keep the line count physical.
func TestBadRowNearEndOfLargeFile(t *testing.T) {
	const employees, days = 500, 300 // 150 000 rows
	var peg, pres strings.Builder
	peg.WriteString("nip,unit_id,jenis_asn,fwa_disetujui,tmt\n")
	for e := range employees {
		fmt.Fprintf(&peg, "1985010120101%05d,U1,PNS,ya,2020-01-01\n", e)
	}
	pres.WriteString("nip,tanggal,status,lokasi,jam_masuk,jam_pulang\n")
	line, badLine := 1, 0
	start := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	total := employees * days
	for d := range days {
		for e := range employees {
			line++
			date := start.AddDate(0, 0, d).Format("2006-01-02")
			switch n := d*employees + e; {
			case n == 10:
				// a quoted field spanning two lines: later rows start one line later
				fmt.Fprintf(&pres, "1985010120101%05d,%s,HADIR,\"WFO\",07:30,\"16:00\n\"\n", e, date)
				line++
			case n == total-3:
				badLine = line
				fmt.Fprintf(&pres, "1985010120101%05d,%s,HADIR,WFX,07:30,16:00\n", e, date)
			default:
				fmt.Fprintf(&pres, "1985010120101%05d,%s,HADIR,WFO,07:30,16:00\n", e, date)
			}
		}
	}
	dir := writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": peg.String(), "presensi.csv": pres.String()})
	w, _ := openTemp(t)
	res := mustLoad(t, w, dir)
	if got := rejectsOf(res); len(got) != 1 || got[0] != fmt.Sprintf("presensi.csv:%d:lokasi:invalid_value", badLine) {
		t.Fatalf("rejects %v, want the one bad row at line %d", got, badLine)
	}
	var in InputStat
	for _, s := range res.Inputs {
		if s.Source == "presensi" {
			in = s
		}
	}
	if in.RowsRead != int64(total) || in.RowsLoaded != int64(total-1) || in.RowsRejected != 1 {
		t.Fatalf("presensi read %d loaded %d rejected %d; want %d, %d, 1", in.RowsRead, in.RowsLoaded, in.RowsRejected, total, total-1)
	}
	if n := scalar[int64](t, w, "SELECT count(*) FROM presensi"); n != int64(total-1) {
		t.Fatalf("%d presensi rows stored, want %d", n, total-1)
	}
}

// FuzzLoadCSV loads arbitrary bytes as presensi.csv (with valid reference
// files) into a real warehouse: nothing panics; a load either succeeds
// with rows read = loaded + rejected, or fails with an *InputError and
// leaves the warehouse as it was. Its seed corpus (f.Add and
// testdata/fuzz/FuzzLoadCSV) runs in `make test`.
func FuzzLoadCSV(f *testing.F) {
	for _, s := range []string{
		"nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,WFO\n",
		"nip;tanggal;status;lokasi\r\n" + nip1 + ";1/10/2026;present;wfh\r\n" + nip2 + ";31/2/2026;SAKIT;\r\n",
		"nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,WFO\n" + nip1 + ",2026-10-01,HADIR,WFO\n",
		"nip,tanggal,status\n\"" + nip1 + "\n\",2026-10-01,HADIR\n",
		"nip,tanggal\n",
		"",
		"\x00\x00\x00",
	} {
		f.Add([]byte(s))
	}
	w, err := openUndone(context.Background(), filepath.Join(f.TempDir(), "w.duckdb"), warehouse.Settings{MemoryLimit: "512MB", Threads: 1})
	if err != nil {
		f.Fatal(err)
	}
	defer w.Close()
	ref := f.TempDir()
	os.WriteFile(filepath.Join(ref, "unit_kerja.csv"), []byte(unitCSV), 0o644)
	os.WriteFile(filepath.Join(ref, "pegawai.csv"), []byte(pegawaiCSV), 0o644)
	if _, err := Load(context.Background(), w, LoadOptions{Dir: ref, MaxRejectRate: 1}); err != nil {
		f.Fatal(err)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, "presensi.csv"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		before := dump(t, w)
		res, err := Load(context.Background(), w, LoadOptions{Dir: dir, MaxRejectRate: 1})
		if err != nil {
			var ie *warehouse.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("load failed with %T, not an input error: %v", err, err)
			}
			if dump(t, w) != before {
				t.Fatal("a refused load changed the warehouse")
			}
			return
		}
		for _, s := range res.Inputs {
			if s.RowsRead != s.RowsLoaded+s.RowsRejected {
				t.Fatalf("%s: read %d != loaded %d + rejected %d", s.File, s.RowsRead, s.RowsLoaded, s.RowsRejected)
			}
		}
	})
}

// FuzzExcelSerial: any text either fails or gives a time within the
// Excel range, rounded to the second.
func FuzzExcelSerial(f *testing.F) {
	for _, s := range []string{"46000", "46000.5", "0.3125", "-1", "1e308", "NaN", "2958465", "2958466"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := excelSerial(s)
		if ok && (v.Year() < 1899 || v.Year() > 9999 || v.Nanosecond() != 0) {
			t.Fatalf("excelSerial(%q) = %v", s, v)
		}
	})
}

// FuzzHeader: header normalisation and delimiter detection accept any
// bytes.
func FuzzHeader(f *testing.F) {
	for _, s := range []string{"NIP ; Tanggal", "\"a,b\";c", "a\tb|c", "\ufeffx", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := detectDelimiter([]byte(s)); !strings.ContainsRune(",;\t|", d) {
			t.Fatalf("detectDelimiter(%q) = %q", s, d)
		}
		if h := normHeader(s); strings.Contains(h, " ") {
			t.Fatalf("normHeader(%q) = %q keeps a space", s, h)
		}
	})
}

// FuzzCSVBothWays: a fuzzed presensi.csv (and, after it, the same text as
// rencana_aksi.csv, in the Indonesian dialect when it uses `;`) loads to
// the same warehouse, rejects and counts through the Go reader and
// through DuckDB's readers. Its seed corpus runs in `make test`.
func FuzzCSVBothWays(f *testing.F) {
	for _, s := range []string{
		"nip,tanggal,status,lokasi,jam_masuk,jam_pulang\n" + nip1 + ",2026-10-01,HADIR,WFO,7:30,16:00\n" + nip2 + ",1/10/2026,sick,,,\n",
		"nip;tanggal;status;lokasi\n" + nip1 + ";2026-10-1;present;wfh\n" + nip2 + ";31/2/2026;SAKIT;\n",
		"rencana_aksi_id;nip;bulan;target;satuan\nRA1;" + nip1 + ";2026-10;1.250,5;x\nRA2;" + nip2 + ";2026-1;,5;y\n",
		"rencana_aksi_id,nip,bulan,target\nRA1," + nip1 + ",2026-10,1e3\nRA1," + nip2 + ",2026-10,-1\n",
		"nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,WFO\n" + nip1 + ",2026-10-01,HADIR,WFO\n",
		"nip,tanggal,status\n 12345 ,2026-10-01,HADIR\n",
		"nip,tanggal,status,lokasi\r\n" + nip1 + ",2026-10-01,HADIR,WFO\r\n" + nip2 + ",2026-10-01,hadir,wfh\r\n",
	} {
		f.Add([]byte(s))
	}
	ref := f.TempDir()
	os.WriteFile(filepath.Join(ref, "unit_kerja.csv"), []byte(unitCSV), 0o644)
	os.WriteFile(filepath.Join(ref, "pegawai.csv"), []byte(pegawaiCSV), 0o644)
	f.Fuzz(func(t *testing.T, data []byte) {
		var out [2]string
		for k, duckdbReads := range []bool{false, true} {
			func() {
				defer func(v bool) { sqlReaders = v }(sqlReaders)
				sqlReaders = duckdbReads
				w, err := openUndone(context.Background(), filepath.Join(t.TempDir(), "w.duckdb"), warehouse.Settings{MemoryLimit: "512MB", Threads: 2})
				if err != nil {
					t.Fatal(err)
				}
				defer w.Close()
				if _, err := w.Conn().ExecContext(context.Background(), "UPDATE meta SET v = 'k' WHERE k = 'pseudonym_key'"); err != nil {
					t.Fatal(err)
				}
				if _, err := Load(context.Background(), w, LoadOptions{Dir: ref, MaxRejectRate: 1}); err != nil {
					t.Fatal(err)
				}
				var b strings.Builder
				for _, name := range []string{"presensi.csv", "rencana_aksi.csv"} {
					dir := t.TempDir()
					if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
						t.Fatal(err)
					}
					res, err := Load(context.Background(), w, LoadOptions{Dir: dir, MaxRejectRate: 1})
					if err != nil {
						var ie *warehouse.InputError
						if !errors.As(err, &ie) {
							t.Fatalf("load failed with %T, not an input error: %v", err, err)
						}
						fmt.Fprintf(&b, "refused %s: %v\n", name, err)
						continue
					}
					fmt.Fprintf(&b, "%+v\n", res.Inputs)
					for _, r := range res.Rejects {
						fmt.Fprintln(&b, r.File, r.Line, r.Column, r.Code, r.Message)
					}
				}
				out[k] = b.String() + dump(t, w)
			}()
		}
		if out[0] != out[1] {
			t.Fatalf("Go and DuckDB readers differ:\nGo:\n%s\nDuckDB:\n%s", out[0], out[1])
		}
	})
}

// A quote opened and never closed swallows the rest of the file into one
// field: the file is refused naming the line the quote opened on, not
// counted as one bad row among a few.
func TestUnclosedQuoteNamesItsLine(t *testing.T) {
	w, _ := openTemp(t)
	mustLoad(t, w, writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV}))
	body := "nip,tanggal,status,lokasi\n" +
		nip1 + ",2026-10-01,HADIR,WFO\n" +
		nip1 + ",2026-10-02,\"HADIR,WFO\n" +
		nip1 + ",2026-10-03,HADIR,WFO\n" +
		nip2 + ",2026-10-03,HADIR,WFO\n"
	_, err := Load(context.Background(), w, LoadOptions{Dir: writeDir(t, map[string]string{"presensi.csv": body}), MaxRejectRate: 1})
	var ie *warehouse.InputError
	if !errors.As(err, &ie) || ie.Line != 3 ||
		!strings.Contains(ie.Msg, "the quote opened on line 3 is never closed: the rest of the file (lines 3–5) was read as one field") {
		t.Fatalf("got %v", err)
	}
	// A quoted field over two lines that is closed is a row like any other.
	ok := "nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,WFO\n" + nip2 + ",2026-10-01,SAKIT,\"a\nb,c\"\n"
	if _, err := Load(context.Background(), w, LoadOptions{Dir: writeDir(t, map[string]string{"presensi.csv": ok}), MaxRejectRate: 1}); err != nil {
		t.Fatalf("a closed multi-line field: %v", err)
	}
}
