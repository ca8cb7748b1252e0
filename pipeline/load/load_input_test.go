package load

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fwaeval/queries"
)

// valueCases are texts every parser must agree on: the forms SPEC §3
// allows, their near misses, and random strings over the characters the
// forms use.
func valueCases() []string {
	cases := []string{
		"2026-10-01", "2026-1-5", "1/10/2026", "01/10/2026", "31/12/9999", "2026-02-29", "2024-02-29", "2026-02-30",
		"0000-01-01", "0001-01-01", "2026-13-01", "2026-00-10", "2026-10-00", "2026-10-32", "20261001", "2026/10/01",
		"1/1/26", "2026-10-01T07:30", "2026-10-01 07:30:05", "2026-10-01  7:30", "2026-10-01 T07:30", "T07:30",
		"2026-10-01 24:00", "2026-10-01 23:59:59", "1/10/2026 8:00", "2026-10-01T", "2026-10-01 ", "2026-10-01 7:3",
		"07:30", "7:30", "7:30:00", "23:59:59", "24:00", "12:60", "12:00:60", "123:00", "12:5", "12:05:5", ":30", "12:",
		"1", "-1", "+1", "1.5", ".5", "5.", "-.5", "+.5", "1e5", "1E-5", "1e400", "1e-400", "-1e400", "1.7976931348623159e308",
		"4.9e-324", "2e-324", "0x10", "inf", "Infinity", "NaN", "1_000", "1,5", "1.250.000,50", "-1.250.000,50", "1.250",
		"1250.000", "1.25", ",5", "-,5", "1,", "1,2,3", "12.345.678", "1.2345", "0.123", "00001", "1e", "e5", "1e+", "--1",
		"", "   ", "٣", "１２", "2026-１0-01",
	}
	r := rand.New(rand.NewSource(1))
	const alphabet = "0123456789-/:. T,+eE"
	for range 4000 {
		n := r.Intn(14)
		var b strings.Builder
		for range n {
			b.WriteByte(alphabet[r.Intn(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	// Shapes close to valid ones, digits varied.
	for range 2000 {
		shape := []string{"dddd-dd-dd", "d/d/dddd", "dd/dd/dddd", "dddd-d-dd", "dd:dd", "d:dd:dd", "dddd-dd-dd dd:dd:dd",
			"d.ddd,dd", "ddd.ddd.ddd", "d.dd", "de-dd", "dd,d"}[r.Intn(12)]
		var b strings.Builder
		for _, c := range shape {
			if c == 'd' {
				b.WriteByte(byte('0' + r.Intn(10)))
			} else {
				b.WriteRune(c)
			}
		}
		cases = append(cases, b.String())
	}
	return cases
}

// The SQL forms of values.go's parsers give exactly Go's results: the same
// texts refused, the same dates, times, timestamps and numbers (to the bit).
func TestValueSQLMatchesGo(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, "CREATE TABLE v (k INTEGER, i VARCHAR)"); err != nil {
		t.Fatal(err)
	}
	cases := valueCases()
	for start := 0; start < len(cases); start += 500 {
		var b strings.Builder
		b.WriteString("INSERT INTO v VALUES ")
		for k := start; k < min(start+500, len(cases)); k++ {
			if k > start {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "(%d, %s)", k, queries.Literal(cases[k]))
		}
		if _, err := db.ExecContext(ctx, b.String()); err != nil {
			t.Fatal(err)
		}
	}
	q := fmt.Sprintf("SELECT k, strftime(%s, '%%Y-%%m-%%d'), strftime(DATE '2000-01-01' + %s, '%%H:%%M:%%S'), strftime(%s, '%%Y-%%m-%%d %%H:%%M:%%S'), %s, %s FROM v ORDER BY k",
		dateSQL("i"), timeSQL("i"), timestampSQL("i"), numberSQL("i", dialect{}), numberSQL("i", dialect{indo: true}))
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	valid := map[string]int{}
	var midnight time.Time
	for rows.Next() {
		var k int
		var d, tm, ts sql.NullString
		var plain, indo sql.NullFloat64
		if err := rows.Scan(&k, &d, &tm, &ts, &plain, &indo); err != nil {
			t.Fatal(err)
		}
		s := cases[k]
		if gd, ok := parseDate(s); ok != d.Valid || ok && gd.Format("2006-01-02") != d.String {
			t.Errorf("date %q: Go %v %v, SQL %v", s, gd.Format("2006-01-02"), ok, d)
		} else if ok {
			valid["date"]++
		}
		if gt, ok := parseTime(s); ok != tm.Valid || ok && midnight.Add(gt).Format("15:04:05") != tm.String {
			t.Errorf("time %q: Go %v %v, SQL %v", s, gt, ok, tm)
		} else if ok {
			valid["time"]++
		}
		if gts, ok := parseTimestamp(s); ok != ts.Valid || ok && gts.Format("2006-01-02 15:04:05") != ts.String {
			t.Errorf("timestamp %q: Go %v %v, SQL %v", s, gts, ok, ts)
		} else if ok {
			valid["timestamp"]++
		}
		for _, c := range []struct {
			d dialect
			v sql.NullFloat64
		}{{dialect{}, plain}, {dialect{indo: true}, indo}} {
			gf, ok := parseNumber(s, c.d)
			sqlOK := c.v.Valid && !math.IsInf(c.v.Float64, 0)
			if ok != sqlOK || ok && math.Float64bits(gf) != math.Float64bits(c.v.Float64) {
				t.Errorf("number %q (indo %v): Go %v %v, SQL %v", s, c.d.indo, gf, ok, c.v)
			} else if ok {
				valid[fmt.Sprintf("number indo=%v", c.d.indo)]++
			}
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"date", "time", "timestamp", "number indo=false", "number indo=true"} {
		if valid[k] < 50 {
			t.Errorf("only %d valid %s cases: the cases lost their point", valid[k], k)
		}
	}
}

// scanCSV sends to DuckDB exactly the files whose rows and lines both
// readers see alike, and hashes and counts them.
func TestScanCSV(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("x", 5<<20) // longer than the scan's buffer
	type scanCase struct {
		name, body string
		simple     bool
		rows       int64
		delim      byte
	}
	cases := []scanCase{
		{"plain", "a,b\n1,2\n3,4\n", true, 2, ','},
		{"no final newline", "a,b\n1,2\n3,4", true, 2, ','},
		{"bom", "\ufeffa;b\n1;2\n", true, 1, ';'},
		{"empty cells", "a,b,c\n,,\n1,,3\n", true, 2, ','},
		{"header only", "a,b\n", false, 0, ','},
		{"quoted", "a,b\n\"1\",2\n", false, 0, ','},
		{"crlf", "a,b\r\n1,2\r\n", false, 0, ','},
		{"blank line", "a,b\n1,2\n\n3,4\n", false, 0, ','},
		{"short row", "a,b\n1,2\n3\n", false, 0, ','},
		{"long row", "a,b\n1,2,3\n", false, 0, ','},
		{"not utf-8", "a,b\n1,\xff\n", false, 0, ','},
		{"nul", "a,b\n1,\x00\n", false, 0, ','},
		{"long line", "a,b\n1," + long + "\n", false, 0, ','},
		{"tabs", "a\tb\n1\t2\n", true, 1, '\t'},
	}
	// Bare files (every cell printable ASCII without spaces) skip trimming.
	bare := map[string]bool{"plain": true, "no final newline": true, "bom": true, "empty cells": true, "tabs": true}
	cases = append(cases, []scanCase{
		{"header with spaces", "nama unit,b\nx,2\n", true, 1, ','},
		{"space in a cell", "a,b\nx y,2\n", true, 1, ','},
		{"space at the end", "a,b\n" + strings.Repeat("123456789,2\n", 100) + "1,2 \n", true, 101, ','},
		{"tab in a cell", "a,b\n1,\t2\n", true, 1, ','},
		{"non-ASCII", "a,b\n1,é\n", true, 1, ','},
		{"DEL", "a,b\n1,\x7f\n", true, 1, ','},
		{"space mid-word", "a,b\n1," + strings.Repeat("x", 20) + " " + strings.Repeat("x", 20) + "\n", true, 1, ','},
		{"high byte mid-word", "a,b\n1," + strings.Repeat("x", 20) + "\u00a0" + strings.Repeat("x", 20) + "\n", true, 1, ','},
	}...)
	bare["header with spaces"] = true
	for _, c := range cases {
		p := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".csv")
		if err := os.WriteFile(p, []byte(c.body), 0o644); err != nil {
			t.Fatal(err)
		}
		sh, err := scanCSV(p, "", kText)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if sh.simple != c.simple {
			t.Errorf("%s: simple %v, want %v", c.name, sh.simple, c.simple)
			continue
		}
		if !c.simple {
			continue
		}
		if sh.bare != bare[c.name] {
			t.Errorf("%s: bare %v, want %v", c.name, sh.bare, bare[c.name])
		}
		h := hashFile(p)
		if sum := <-h; sh.rows != c.rows || sh.delim != c.delim || sum.sum != sh.sha256 {
			t.Errorf("%s: rows %d delim %q sha %s, want %d %q %s", c.name, sh.rows, sh.delim, sh.sha256, c.rows, c.delim, sum.sum)
		}
	}
	// bareBytes against a byte-by-byte check, on random bytes near the edges.
	r := rand.New(rand.NewSource(2))
	edge := []byte{0, 9, 10, 31, 32, 33, 44, 59, 126, 127, 128, 194, 255, 'a', '0'}
	for range 20000 {
		b := make([]byte, r.Intn(40))
		for k := range b {
			if r.Intn(4) == 0 {
				b[k] = edge[r.Intn(len(edge))]
			} else {
				b[k] = byte(33 + r.Intn(94))
			}
		}
		want := true
		for _, c := range b {
			want = want && (c >= 33 && c <= 126 || c == '\n' || c == ';')
		}
		if got := bareBytes(b, ';'); got != want {
			t.Fatalf("bareBytes(%q) = %v, want %v", b, got, want)
		}
	}
	// A file of many buffers: every line counted across the cuts.
	var b strings.Builder
	b.WriteString("nip,tanggal\n")
	for k := range 400000 {
		fmt.Fprintf(&b, "%018d,2026-10-%02d\n", k, k%28+1)
	}
	p := filepath.Join(dir, "big.csv")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	sh, err := scanCSV(p, "tanggal", kDate)
	if err != nil || !sh.simple || sh.rows != 400000 || fmt.Sprint(sh.months) != "[2026-10-01 00:00:00 +0000 UTC]" {
		t.Fatalf("big file: rows %d months %v simple %v, %v", sh.rows, sh.months, sh.simple, err)
	}
	// The months of the month column: every valid value's, whatever its
	// form; a value of the usual shape may add its month unchecked.
	p = filepath.Join(dir, "months.csv")
	body := "nip;Tanggal;x\n1;2026-10-01;a\n1;2026-10-31;a\n1; 1/11/2026 ;a\n1;2026-13-01;a\n1;x;a\n1;;a\n1;2026-02-30;a\n1;3/1/2027;a\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	sh, err = scanCSV(p, "tanggal", kDate)
	want := "[2026-02-01 00:00:00 +0000 UTC 2026-10-01 00:00:00 +0000 UTC 2026-11-01 00:00:00 +0000 UTC 2027-01-01 00:00:00 +0000 UTC]"
	if err != nil || !sh.simple || sh.rows != 8 || fmt.Sprint(sh.months) != want {
		t.Fatalf("months: rows %d months %v simple %v, %v; want %s", sh.rows, sh.months, sh.simple, err, want)
	}
}

// A CSV file of several of DuckDB's read buffers (read in parallel): the
// rejected rows' lines, numbered by row_number() over the scan, are the
// lines they are on.
func TestCSVLinesAcrossBuffers(t *testing.T) {
	const employees, days = 75000, 20
	dir := t.TempDir()
	var peg, pres strings.Builder
	peg.WriteString("nip,unit_id,jenis_asn,fwa_disetujui,tmt\n")
	pres.WriteString("nip,tanggal,status,lokasi,jam_masuk,jam_pulang\n")
	bad := map[int64]bool{}
	line := int64(1)
	for e := range employees {
		fmt.Fprintf(&peg, "1985010120%08d,U1,PNS,ya,2020-01-01\n", e)
		for d := range days {
			line++
			status := "HADIR"
			if line%150001 == 0 {
				status, bad[line] = "BOLOS", true
			}
			fmt.Fprintf(&pres, "1985010120%08d,2026-10-%02d,%s,WFO,07:30,16:00\n", e, d+1, status)
		}
	}
	files := map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": peg.String(), "presensi.csv": pres.String()}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if pres.Len() < 70<<20 {
		t.Fatalf("presensi.csv is %d bytes: fewer than DuckDB's read buffers the test is about", pres.Len())
	}
	w, _ := openTemp(t)
	before := directFiles
	res := mustLoad(t, w, dir)
	if directFiles != before+1 {
		t.Fatal("presensi.csv did not take the direct path")
	}
	if res.RejectsTotal != int64(len(bad)) || len(bad) < 9 {
		t.Fatalf("%d rejects, want %d", res.RejectsTotal, len(bad))
	}
	rows, err := w.Conn().QueryContext(context.Background(), "SELECT line FROM load_reject WHERE file = 'presensi.csv' ORDER BY line")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var l int64
		if err := rows.Scan(&l); err != nil {
			t.Fatal(err)
		}
		if !bad[l] {
			t.Errorf("reject on line %d, which is valid", l)
		}
		delete(bad, l)
	}
	if len(bad) > 0 {
		t.Errorf("rejected rows on lines %v not reported", bad)
	}
}
