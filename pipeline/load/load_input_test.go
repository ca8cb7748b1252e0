package load

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
		{"crlf", "a,b\r\n1,2\r\n3,4\r\n", true, 2, ','},
		{"crlf, no final newline", "a,b\r\n1,2\r\n3,4", true, 2, ','},
		{"crlf, a last CR without LF", "a,b\r\n1,2\r\n3,4\r", false, 0, ','},
		{"crlf, then an LF line", "a,b\r\n1,2\n3,4\r\n", false, 0, ','},
		{"crlf, a CR inside", "a,b\r\n1,\r2\r\n", false, 0, ','},
		{"crlf, a blank line", "a,b\r\n1,2\r\n\r\n3,4\r\n", false, 0, ','},
		{"lf, then a CRLF line", "a,b\n1,2\r\n", false, 0, ','},
		{"blank line", "a,b\n1,2\n\n3,4\n", false, 0, ','},
		{"short row", "a,b\n1,2\n3\n", false, 0, ','},
		{"long row", "a,b\n1,2,3\n", false, 0, ','},
		{"not utf-8", "a,b\n1,\xff\n", false, 0, ','},
		{"nul", "a,b\n1,\x00\n", false, 0, ','},
		{"long line", "a,b\n1," + long + "\n", false, 0, ','},
		{"tabs", "a\tb\n1\t2\n", true, 1, '\t'},
	}
	// Bare files (every cell printable ASCII without spaces) skip trimming.
	bare := map[string]bool{"plain": true, "no final newline": true, "bom": true, "empty cells": true, "tabs": true,
		"crlf": true, "crlf, no final newline": true}
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
		sh, err := scanCSV(p, "")
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
	edge := []byte{0, 9, 10, 13, 31, 32, 33, 44, 59, 126, 127, 128, 194, 255, 'a', '0'}
	for range 20000 {
		b := make([]byte, r.Intn(40))
		for k := range b {
			if r.Intn(4) == 0 {
				b[k] = edge[r.Intn(len(edge))]
			} else {
				b[k] = byte(33 + r.Intn(94))
			}
		}
		for _, crlf := range []bool{false, true} {
			want := true
			for _, c := range b {
				want = want && (c >= 33 && c <= 126 || c == '\n' || c == ';' || crlf && c == '\r')
			}
			if got := bareBytes(b, ';', crlf); got != want {
				t.Fatalf("bareBytes(%q, crlf %v) = %v, want %v", b, crlf, got, want)
			}
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
	sh, err := scanCSV(p, "tanggal")
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
	sh, err = scanCSV(p, "tanggal")
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
