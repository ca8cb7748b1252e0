package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"fwaeval/pipeline/policy"
	"fwaeval/pipeline/rollup"
	"fwaeval/pipeline/warehouse"
)

// dataSet is one generated data set run through the monthly batch.
type dataSet struct {
	data, db string // the input folder and the warehouse
	month    string // OUT/2026-10 of its run: flags.csv and the packages
}

// rollupFixture is two data sets of two instansi each, run through the
// real batch, and a folder holding their four packages (a/ and b/).
type rollupFixture struct {
	sets []dataSet
	in   string
}

var (
	fixtureOnce sync.Once
	fixture     rollupFixture
	fixtureErr  string
	fixtureDir  string // removed by TestMain
)

// packagesFixture builds the fixture once per test binary: the committed
// sample (PROV-BKL, KOTA-SKA) and `sample --packages 2 --seed 2` (two
// instansi of the catalogue).
func packagesFixture(t *testing.T) rollupFixture {
	t.Helper()
	fixtureOnce.Do(func() {
		dir, err := os.MkdirTemp("", "fwaeval-rollup-fixture-*")
		if err != nil {
			fixtureErr = err.Error()
			return
		}
		fixtureDir = dir
		a := dataSet{data: "../../sample-data", db: filepath.Join(dir, "a.duckdb"), month: filepath.Join(dir, "a", "2026-10")}
		if code, _, stderr := runCLI(t, "run", "--data", a.data, "--month", "2026-10", "--db", a.db, "--out", filepath.Join(dir, "a"), "--quiet"); code != 0 {
			fixtureErr = "run A: " + stderr
			return
		}
		bdir := filepath.Join(dir, "b")
		if code, _, stderr := runCLI(t, "sample", "--scale", "small", "--packages", "2", "--seed", "2", "--out", bdir, "--quiet"); code != 0 {
			fixtureErr = "sample --packages: " + stderr
			return
		}
		b := dataSet{data: filepath.Join(bdir, "data"), db: filepath.Join(bdir, "fwaeval.duckdb"), month: filepath.Join(bdir, "2026-10")}
		in := filepath.Join(dir, "in")
		for name, s := range map[string]dataSet{"a": a, "b": b} {
			pk, _ := filepath.Glob(filepath.Join(s.month, "paket-*"))
			if len(pk) != 2 {
				fixtureErr = "data set " + name + " made " + strconv.Itoa(len(pk)) + " packages, not 2"
				return
			}
			for _, p := range pk {
				if err := os.CopyFS(filepath.Join(in, name, filepath.Base(p)), os.DirFS(p)); err != nil {
					fixtureErr = err.Error()
					return
				}
			}
		}
		fixture = rollupFixture{sets: []dataSet{a, b}, in: in}
	})
	if fixtureErr != "" {
		t.Fatal(fixtureErr)
	}
	return fixture
}

// copyTree copies a folder into a fresh temporary one.
func copyTree(t *testing.T, from string) string {
	t.Helper()
	to := filepath.Join(t.TempDir(), "in")
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
	return to
}

// rollupOf rolls up the packages under in into a fresh warehouse and
// output folder and returns them with what it printed; a failure stops
// the test.
func rollupOf(t *testing.T, in string, flags ...string) (db, out, stdout, stderr string) {
	t.Helper()
	dir := t.TempDir()
	db, out = filepath.Join(dir, "r.duckdb"), filepath.Join(dir, "out")
	code, stdout, stderr := runCLI(t, append([]string{"rollup", "--in", in, "--month", "2026-10", "--db", db, "--out", out}, flags...)...)
	if code != 0 {
		t.Fatalf("rollup: %d %s", code, stderr)
	}
	return db, out, stdout, stderr
}

// rollupDump renders every table of a rollup warehouse; "" when the file
// does not exist.
func rollupDump(t *testing.T, db string) string {
	t.Helper()
	if _, err := os.Stat(db); err != nil {
		return ""
	}
	w, err := rollup.OpenRollup(context.Background(), db, warehouse.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	return dumpTables(t, w.Conn())
}

// duck runs a query in a scratch in-memory DuckDB and returns its rows
// as text.
func duck(t *testing.T, q string, args ...any) [][]string {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, rows, err := warehouse.QueryTable(context.Background(), c, q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	var out [][]string
	for _, vals := range rows {
		rec := make([]string, len(vals))
		for i, v := range vals {
			switch x := v.(type) {
			case nil:
			case float64:
				rec[i] = strconv.FormatFloat(x, 'f', -1, 64)
			default:
				rec[i] = fmt.Sprint(x)
			}
		}
		out = append(out, rec)
	}
	return out
}

// sameNumber compares two CSV cells as numbers (relative 1e-9), or as
// text when either is not a number.
func sameNumber(a, b string) bool {
	x, errA := strconv.ParseFloat(a, 64)
	y, errB := strconv.ParseFloat(b, 64)
	if errA != nil || errB != nil {
		return a == b
	}
	return math.Abs(x-y) <= 1e-9*math.Max(1, math.Max(math.Abs(x), math.Abs(y)))
}

var rollupOutputs = []string{"nasional.csv", "report.html", "report.pdf", "manifest.json"}

// The rollup of four packages from two generated data sets: every
// per-instansi figure of nasional.csv equals a separate query over the
// packages' own files, the status counts equal the two runs' flags.csv,
// the national tiles equal the sums, and rolling up again — on the same
// warehouse or a fresh one — gives the same bytes.
func TestRollupTotals(t *testing.T) {
	fx := packagesFixture(t)
	db, out, stdout, _ := rollupOf(t, fx.in)
	dir := filepath.Dir(db)
	if !strings.Contains(stdout, "Paket  ") || !strings.Contains(stdout, filepath.Join(out, "2026-10", "report.pdf")) {
		t.Errorf("closing summary:\n%s", stdout)
	}
	got := readCSV(t, filepath.Join(out, "2026-10", "nasional.csv"))
	wantHead := "instansi_id,nama_instansi,jenis_instansi,provinsi,unit,hentikan_sementara,tinjau_ulang,data_kurang,pantau,lanjutkan," +
		"tidak_berlaku,unit_fwa,pegawai_roster,penghematan_rupiah,capaian_kinerja_did_rata,tindak_lanjut_tepat_waktu_rata"
	if strings.Join(got[0], ",") != wantHead {
		t.Fatalf("nasional.csv header: %v", got[0])
	}
	// The same figures from the packages' files, by a query of its own.
	glob := func(f string) string { return filepath.Join(fx.in, "*", "*", f) }
	want := duck(t, `
		WITH u AS (SELECT * FROM read_parquet(?)), s AS (SELECT * FROM read_parquet(?)),
		     i AS (SELECT * FROM read_parquet(?) WHERE bulan = '2026-10')
		SELECT u.instansi_id, any_value(u.nama_instansi), any_value(u.jenis_instansi), any_value(u.provinsi), count(*),
		       count(*) FILTER (WHERE s.status = 'HENTIKAN_SEMENTARA'), count(*) FILTER (WHERE s.status = 'TINJAU_ULANG'),
		       count(*) FILTER (WHERE s.status = 'DATA_KURANG'), count(*) FILTER (WHERE s.status = 'PANTAU'),
		       count(*) FILTER (WHERE s.status = 'LANJUTKAN'), count(*) FILTER (WHERE s.status = 'TIDAK_BERLAKU'),
		       count(*) FILTER (WHERE s.status <> 'TIDAK_BERLAKU'), sum(u.pegawai_roster),
		       sum(i.penghematan_rupiah), avg(i.capaian_kinerja_did), avg(i.tindak_lanjut_tepat_waktu)
		FROM u JOIN s USING (instansi_id, unit_id) LEFT JOIN i USING (instansi_id, unit_id)
		GROUP BY u.instansi_id ORDER BY u.instansi_id`, glob("unit.parquet"), glob("status.parquet"), glob("indikator.parquet"))
	if len(got)-1 != 4 || len(want) != 4 {
		t.Fatalf("nasional.csv has %d instansi, the packages %d; want 4", len(got)-1, len(want))
	}
	for r, w := range want {
		for c := range w {
			if !sameNumber(got[r+1][c], w[c]) {
				t.Errorf("%s %s: nasional.csv %q, the packages' files %q", w[0], got[0][c], got[r+1][c], w[c])
			}
		}
	}
	checkStatusAgainstFlags(t, fx, got)
	checkNationalTiles(t, got, filepath.Join(out, "2026-10", "report.html"))

	// Again on the same warehouse, and on a fresh one: the same bytes.
	out2, out3 := filepath.Join(dir, "out2"), filepath.Join(dir, "out3")
	for _, args := range [][]string{{"--db", db, "--out", out2, "--json"}, {"--db", filepath.Join(dir, "fresh.duckdb"), "--out", out3}} {
		code, stdout, stderr := runCLI(t, append([]string{"rollup", "--in", fx.in, "--month", "2026-10", "--quiet"}, args...)...)
		if code != 0 {
			t.Fatalf("rollup again %v: %s", args, stderr)
		}
		if args[len(args)-1] == "--json" {
			man, _ := os.ReadFile(filepath.Join(out2, "2026-10", "manifest.json"))
			if len(man) == 0 || stdout != string(man) {
				t.Errorf("--json printed %q, not manifest.json", stdout)
			}
		}
	}
	for _, f := range rollupOutputs {
		a, _ := os.ReadFile(filepath.Join(out, "2026-10", f))
		for _, other := range []string{out2, out3} {
			if b, _ := os.ReadFile(filepath.Join(other, "2026-10", f)); len(a) == 0 || !bytes.Equal(a, b) {
				t.Errorf("%s differs between rollups of the same packages", f)
			}
		}
	}
	if n := strings.Count(rollupDump(t, db), "\n"); n < 4*12 {
		t.Errorf("the rollup warehouse holds %d lines: the month was not loaded, or twice", n)
	}
}

// checkStatusAgainstFlags compares nasional.csv's units per status with
// the two batches' flags.csv, each unit's instansi from its data set's
// unit_kerja.csv.
func checkStatusAgainstFlags(t *testing.T, fx rollupFixture, nasional [][]string) {
	t.Helper()
	want := map[string]int{} // "instansi status" → units
	for _, s := range fx.sets {
		inst := map[string]string{}
		for _, r := range readCSV(t, filepath.Join(s.data, "unit_kerja.csv"))[1:] {
			inst[r[0]] = r[2]
		}
		for _, r := range readCSV(t, filepath.Join(s.month, "flags.csv"))[1:] {
			want[inst[r[0]]+" "+r[2]]++
		}
	}
	cols := nasional[0]
	for _, row := range nasional[1:] {
		for c, name := range cols[5:11] {
			status := strings.ToUpper(name)
			if n, _ := strconv.Atoi(row[5+c]); n != want[row[0]+" "+status] {
				t.Errorf("%s %s: nasional.csv %d, flags.csv %d", row[0], status, n, want[row[0]+" "+status])
			}
			delete(want, row[0]+" "+status)
		}
	}
	for k, n := range want {
		if n > 0 {
			t.Errorf("flags.csv has %d units %s that nasional.csv does not count", n, k)
		}
	}
}

// checkNationalTiles requires the report's tiles to be nasional.csv's
// column sums: units per status and savings in rupiah.
func checkNationalTiles(t *testing.T, nasional [][]string, html string) {
	t.Helper()
	page, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	sum := func(c int) float64 {
		var s float64
		for _, r := range nasional[1:] {
			v, _ := strconv.ParseFloat(r[c], 64)
			s += v
		}
		return s
	}
	for c, name := range nasional[0][5:11] {
		re := regexp.MustCompile(`class="tile s-` + strings.ToUpper(name) + `"><span>[^<]*</span><b>([0-9.]+)</b>`)
		m := re.FindSubmatch(page)
		if m == nil {
			t.Fatalf("no tile for %s", name)
		}
		if n, _ := strconv.Atoi(strings.ReplaceAll(string(m[1]), ".", "")); float64(n) != sum(5+c) {
			t.Errorf("tile %s shows %s, nasional.csv sums to %v", name, m[1], sum(5+c))
		}
	}
	rp := "Rp" + strings.ReplaceAll(strconv.FormatFloat(sum(13), 'f', 0, 64), ",", "")
	rp = "Rp" + groupThousands(strings.TrimPrefix(rp, "Rp"))
	if !bytes.Contains(page, []byte(rp)) {
		t.Errorf("the savings tile does not show the sum of nasional.csv, %s", rp)
	}
}

// groupThousands writes 1234567 as 1.234.567.
func groupThousands(s string) string {
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// The national report opened in headless Chromium (every chart drawn, no
// console message) and its PDF read back with qpdf and pdftotext: every
// paused unit is named with its instansi in both.
func TestRollupReportsReadBack(t *testing.T) {
	fx := packagesFixture(t)
	var paused [][2]string // unit, instansi
	for _, r := range duck(t, `SELECT s.nama_unit, u.nama_instansi FROM read_parquet(?) s JOIN read_parquet(?) u USING (instansi_id, unit_id)
		WHERE s.status = 'HENTIKAN_SEMENTARA' ORDER BY 1`,
		filepath.Join(fx.in, "*", "*", "status.parquet"), filepath.Join(fx.in, "*", "*", "unit.parquet")) {
		paused = append(paused, [2]string{r[0], r[1]})
	}
	if len(paused) < 3 {
		t.Fatalf("%d paused units in the packages: the fixture lost its point", len(paused))
	}
	words := map[string][]string{
		"id": {"EvaluasiFleksibilitasKerjaASN—Nasional", "Oktober2026", "Statusperprovinsi", "Semuaunityangdirekomendasikandihentikansementara", "1/"},
		"en": {"EvaluationofFlexibleWorkingforCivilServants—National", "October2026", "Statusbyprovince", "Everyunitrecommendedforpause", "1/"},
	}
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			_, dir, _, _ := rollupOf(t, fx.in, "--quiet", "--lang", lang)
			dom, log := browse(t, filepath.Join(dir, "2026-10", "report.html"))
			if n, drawn := strings.Count(dom, `class="chart"`), strings.Count(dom, `data-drawn="1"`); n != 5 || drawn != n || strings.Count(dom, "<svg") < n {
				t.Errorf("%d charts, %d drawn, %d svg; want 5 drawn", n, drawn, strings.Count(dom, "<svg"))
			}
			for _, l := range strings.Split(log, "\n") {
				if strings.Contains(l, "CONSOLE") || strings.Contains(l, "Uncaught") {
					t.Errorf("browser console: %s", l)
				}
			}
			pdf := filepath.Join(dir, "2026-10", "report.pdf")
			if out, err := exec.Command("qpdf", "--check", pdf).CombinedOutput(); err != nil {
				t.Fatalf("qpdf --check: %v\n%s", err, out)
			}
			// -raw keeps each table cell's lines together, in drawing order.
			txt, err := exec.Command("pdftotext", "-raw", pdf, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
			text, page := squash(string(txt)), squash(dom)
			for _, p := range paused {
				if !strings.Contains(text, squash(p[0])) || !strings.Contains(text, squash(p[1])) {
					t.Errorf("the PDF does not name paused unit %q of %q", p[0], p[1])
				}
				if !strings.Contains(page, squash(p[0])) {
					t.Errorf("the HTML does not name paused unit %q", p[0])
				}
			}
			for _, want := range words[lang] {
				if !strings.Contains(text, want) {
					t.Errorf("the PDF lacks %q", want)
				}
				if want != "1/" && !strings.Contains(page, want) {
					t.Errorf("the HTML lacks %q", want)
				}
			}
		})
	}
}

// browse opens a page in headless Chromium with networking blocked and
// returns its DOM after scripts ran, and the browser's log.
func browse(t *testing.T, path string) (dom, log string) {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium is needed (.ci/run installs it): %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir="+t.TempDir(),
		"--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
		"--dump-dom", "file://"+path)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, errb.String())
	}
	return out.String(), errb.String()
}

// No NIP of either data set, raw or pseudonymised, is in any byte of the
// packages, of the rollup's outputs or of its warehouse, nor in any text
// value the packages or the rollup warehouse hold.
func TestRollupHoldsNoNIP(t *testing.T) {
	fx := packagesFixture(t)
	db, _, stdout, stderr := rollupOf(t, fx.in)
	nips := map[string]bool{}
	var pseud [][]byte // text and 16-byte forms of every pseudonym
	for _, s := range fx.sets {
		for _, r := range readCSV(t, filepath.Join(s.data, "pegawai.csv"))[1:] {
			nips[r[0]] = true
		}
		for _, r := range duck(t, "ATTACH '"+s.db+"' AS w (READ_ONLY); SELECT DISTINCT nip::VARCHAR FROM w.pegawai") {
			pseud = append(pseud, []byte(r[0]), uuidBytes(t, r[0]))
		}
	}
	if len(nips) < 300 || len(pseud) < 600 {
		t.Fatalf("%d NIPs, %d pseudonym forms: the test lost its point", len(nips), len(pseud))
	}
	check := func(where string, b []byte) {
		for _, m := range nipRun.FindAll(b, -1) {
			if nips[string(m)] {
				t.Errorf("%s holds input NIP %s…", where, m[:6])
				return
			}
		}
		for _, p := range pseud {
			if bytes.Contains(b, p) {
				t.Errorf("%s holds a pseudonym", where)
				return
			}
		}
	}
	check("stdout/stderr", []byte(stdout+stderr))
	for _, root := range []string{fx.in, filepath.Dir(db)} {
		filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() {
				b, _ := os.ReadFile(p)
				check(p, b)
			}
			return nil
		})
	}
	// Compressed Parquet pages can hide a value: read every text column.
	for _, f := range []string{"unit.parquet", "status.parquet", "indikator.parquet"} {
		for _, r := range duck(t, "SELECT concat_ws(' ', *COLUMNS(*)) FROM read_parquet(?)", filepath.Join(fx.in, "*", "*", f)) {
			check(f+" values", []byte(r[0]))
		}
	}
	check("rollup warehouse values", []byte(rollupDump(t, db)))
}

// uuidBytes is a UUID's 16 bytes, as DuckDB stores it.
func uuidBytes(t *testing.T, s string) []byte {
	t.Helper()
	h := strings.ReplaceAll(s, "-", "")
	if len(h) != 32 {
		t.Fatalf("pseudonym %q is not a UUID", s)
	}
	b := make([]byte, 16)
	for i := range b {
		v, err := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
		if err != nil {
			t.Fatal(err)
		}
		b[i] = byte(v)
	}
	return b
}

// paketEdit changes one package of a copied folder.
type paketEdit func(t *testing.T, in string)

// pkgDir is the folder of an instansi's package in a copied fixture.
func pkgDir(t *testing.T, in, id string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(in, "*", "paket-"+id+"-2026-10"))
	if len(m) != 1 {
		t.Fatalf("package of %s: %v", id, m)
	}
	return m[0]
}

// editManifest rewrites a package's paket.json through fn.
func editManifest(t *testing.T, dir string, fn func(m map[string]any)) {
	t.Helper()
	path := filepath.Join(dir, "paket.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	fn(m)
	raw, _ = json.MarshalIndent(m, "", "  ")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
}

// rewriteFile replaces a package file with the result of a query over
// it (the file is the query's one parameter) and records the new file's
// hash and rows in paket.json, as a careful forger would.
func rewriteFile(t *testing.T, dir, name, query string) {
	t.Helper()
	path := filepath.Join(dir, name)
	tmp := path + ".new"
	duck(t, "COPY ("+query+") TO '"+tmp+"' (FORMAT parquet)", path)
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
	n := duck(t, "SELECT count(*) FROM read_parquet(?)", path)[0][0]
	rows, _ := strconv.Atoi(n)
	editManifest(t, dir, func(m map[string]any) {
		for _, f := range m["files"].([]any) {
			if f := f.(map[string]any); f["name"] == name {
				f["sha256"], f["rows"] = sha256File(t, path), rows
			}
		}
	})
}

// Hostile packages are refused with exit 3 and a message naming the file
// and the reason; the rollup warehouse and the output folder stay as they
// were — and a warehouse that did not exist is not created.
func TestRollupRefusesHostilePackages(t *testing.T) {
	fx := packagesFixture(t)
	db, out, _, _ := rollupOf(t, fx.in, "--quiet")
	before, beforeOut := rollupDump(t, db), folderDump(t, out)
	const bkl, ska = "PROV-BKL", "KOTA-SKA"
	cases := []struct {
		name string
		edit paketEdit
		want []string // in the message, besides exit 3
	}{
		{"flipped byte", func(t *testing.T, in string) {
			p := filepath.Join(pkgDir(t, in, bkl), "indikator.parquet")
			b, _ := os.ReadFile(p)
			b[len(b)/2] ^= 0x01
			os.WriteFile(p, b, 0o644)
		}, []string{"indikator.parquet", "SHA-256"}},
		{"truncated file", func(t *testing.T, in string) {
			p := filepath.Join(pkgDir(t, in, ska), "unit.parquet")
			b, _ := os.ReadFile(p)
			os.WriteFile(p, b[:len(b)/3], 0o644)
		}, []string{"unit.parquet", "terpotong"}},
		{"missing file", func(t *testing.T, in string) {
			os.Remove(filepath.Join(pkgDir(t, in, bkl), "status.parquet"))
		}, []string{"status.parquet", "missing"}},
		{"manifest of another month", func(t *testing.T, in string) {
			editManifest(t, pkgDir(t, in, ska), func(m map[string]any) { m["month"] = "2026-09" })
		}, []string{"paket.json", "2026-09", "not 2026-10"}},
		{"unknown schema", func(t *testing.T, in string) {
			editManifest(t, pkgDir(t, in, bkl), func(m map[string]any) { m["schema"] = 3 })
		}, []string{"paket.json", "schema 3"}},
		{"broken paket.json", func(t *testing.T, in string) {
			os.WriteFile(filepath.Join(pkgDir(t, in, bkl), "paket.json"), []byte("{\n  \"schema\": 1,\n  \"month\" \"2026-10\"\n}\n"), 0o644)
		}, []string{"paket.json:3:11", "invalid character"}},
		{"one instansi, other numbers", func(t *testing.T, in string) {
			src := pkgDir(t, in, bkl)
			dup := filepath.Join(in, "z", filepath.Base(src))
			os.CopyFS(dup, os.DirFS(src))
			rewriteFile(t, dup, "indikator.parquet", "SELECT * REPLACE (capaian_kinerja + 1 AS capaian_kinerja) FROM read_parquet(?)")
		}, []string{"paket-PROV-BKL-2026-10", "different content"}},
		{"a nip column", func(t *testing.T, in string) {
			rewriteFile(t, pkgDir(t, in, ska), "unit.parquet", "SELECT *, '199001012015011001' AS nip FROM read_parquet(?)")
		}, []string{"unit.parquet", "nip", "NIP column", "personal data"}},
		{"NIP-shaped values under another name", func(t *testing.T, in string) {
			rewriteFile(t, pkgDir(t, in, ska), "status.parquet",
				"SELECT *, '19900101201501' || lpad((row_number() OVER ())::VARCHAR, 4, '0') AS pegawai FROM read_parquet(?)")
		}, []string{"status.parquet", "pegawai", "NIP-shaped values"}},
		{"a NIP in a unit's name", func(t *testing.T, in string) {
			rewriteFile(t, pkgDir(t, in, bkl), "unit.parquet", "SELECT * REPLACE (nama_unit || ' 199001012015011001' AS nama_unit) FROM read_parquet(?)")
		}, []string{"unit.parquet", "nama_unit", "NIP"}},
		{"a pseudonym in the evidence", func(t *testing.T, in string) {
			rewriteFile(t, pkgDir(t, in, bkl), "status.parquet", "SELECT * REPLACE (evidence || ' 0f8fad5b-d9cb-469f-a165-70867728950e' AS evidence) FROM read_parquet(?)")
		}, []string{"status.parquet", "evidence", "pseudonym"}},
		{"a small unit's values", func(t *testing.T, in string) {
			rewriteFile(t, pkgDir(t, in, bkl), "unit.parquet", "SELECT * REPLACE (CASE WHEN unit_id LIKE '%BAPPEDA' THEN 3 ELSE pegawai_roster END AS pegawai_roster) FROM read_parquet(?)")
		}, []string{"BAPPEDA", "under 5 employees"}},
		{"units of another instansi", func(t *testing.T, in string) {
			rewriteFile(t, pkgDir(t, in, bkl), "status.parquet", "SELECT * REPLACE ('KOTA-SKA' AS instansi_id) FROM read_parquet(?)")
		}, []string{"status.parquet", "not the package's instansi"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := copyTree(t, fx.in)
			c.edit(t, in)
			for _, target := range []struct{ db, out string }{{db, out}, {filepath.Join(t.TempDir(), "new.duckdb"), filepath.Join(t.TempDir(), "o")}} {
				code, _, stderr := runCLI(t, "rollup", "--in", in, "--month", "2026-10", "--db", target.db, "--out", target.out, "--quiet")
				if code != exitInput {
					t.Fatalf("exit %d, want 3: %s", code, stderr)
				}
				if !strings.Contains(stderr, in) {
					t.Errorf("the message does not name the package's path %s: %s", in, stderr)
				}
				for _, w := range c.want {
					if !strings.Contains(stderr, w) {
						t.Errorf("the message lacks %q: %s", w, stderr)
					}
				}
				if target.db == db {
					if rollupDump(t, db) != before || folderDump(t, out) != beforeOut {
						t.Error("a refused rollup changed the warehouse or the output folder")
					}
				} else if _, err := os.Stat(target.db); err == nil {
					t.Error("a refused rollup created the warehouse")
				}
			}
		})
	}
}

// --expect lists who has not sent a package; an identical copy of a
// package is loaded once with a warning; a package evaluated with another
// policy is named; the rest of the figures stay those of four packages.
func TestRollupCoverage(t *testing.T) {
	fx := packagesFixture(t)
	in := copyTree(t, fx.in)
	// An identical copy, and KOTA-SKA's package exported again under a
	// stricter policy (R4 at 1 % absences without reason).
	src := pkgDir(t, in, "PROV-BKL")
	if err := os.CopyFS(filepath.Join(in, "copy", filepath.Base(src)), os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "a.duckdb")
	copyFile(t, fx.sets[0].db, db)
	policyFile := filepath.Join(t.TempDir(), "p.yaml")
	os.WriteFile(policyFile, bytes.Replace(policy.DefaultYAML, []byte("tanpa_keterangan_min: 0.02"), []byte("tanpa_keterangan_min: 0.01"), 1), 0o644)
	exp := t.TempDir()
	if code, _, stderr := runCLI(t, "export", "--month", "2026-10", "--instansi", "KOTA-SKA", "--policy", policyFile, "--db", db, "--out", exp, "--quiet"); code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	os.RemoveAll(pkgDir(t, in, "KOTA-SKA"))
	os.CopyFS(filepath.Join(in, "a", "paket-KOTA-SKA-2026-10"), os.DirFS(filepath.Join(exp, "2026-10", "paket-KOTA-SKA-2026-10")))
	expect := filepath.Join(t.TempDir(), "instansi.csv")
	os.WriteFile(expect, []byte("instansi_id;nama_instansi\nPROV-BKL;Pemerintah Provinsi Bengkulu\nKOTA-SKA;Pemerintah Kota Surakarta\n"+
		"PEMDA-0101;Kabupaten Aceh Besar\nPEMDA-0102;Kabupaten Pidie\nKAB-HILANG;Pemerintah Kabupaten Yang Belum Mengirim\n"), 0o644)
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, "rollup", "--in", in, "--month", "2026-10", "--expect", expect, "--db", filepath.Join(t.TempDir(), "r.duckdb"), "--out", out)
	if code != 0 {
		t.Fatalf("rollup: %d %s", code, stderr)
	}
	if !strings.Contains(stderr, filepath.Join(in, "copy", "paket-PROV-BKL-2026-10")) || !strings.Contains(stderr, "loaded once") {
		t.Errorf("no warning naming the identical copy: %s", stderr)
	}
	if !strings.Contains(stdout, "KAB-HILANG") {
		t.Errorf("the summary does not name the missing instansi:\n%s", stdout)
	}
	if n := len(readCSV(t, filepath.Join(out, "2026-10", "nasional.csv"))) - 1; n != 4 {
		t.Errorf("nasional.csv has %d instansi, want 4 (the copy loaded once)", n)
	}
	var man struct {
		Packages []struct {
			InstansiID    string `json:"instansi_id"`
			PolicyBuiltin bool   `json:"policy_builtin"`
		}
		Duplicates []struct{ Path, SameAs string } `json:"duplicates"`
		Missing    []struct {
			ID string `json:"instansi_id"`
		}
	}
	raw, _ := os.ReadFile(filepath.Join(out, "2026-10", "manifest.json"))
	if err := json.Unmarshal(raw, &man); err != nil {
		t.Fatal(err)
	}
	var custom []string
	for _, p := range man.Packages {
		if !p.PolicyBuiltin {
			custom = append(custom, p.InstansiID)
		}
	}
	sort.Strings(custom)
	if len(man.Packages) != 4 || len(man.Duplicates) != 1 || len(man.Missing) != 1 || man.Missing[0].ID != "KAB-HILANG" ||
		strings.Join(custom, ",") != "KOTA-SKA" {
		t.Errorf("manifest: %d packages, duplicates %v, missing %v, other policy %v", len(man.Packages), man.Duplicates, man.Missing, custom)
	}
	page, _ := os.ReadFile(filepath.Join(out, "2026-10", "report.html"))
	for _, want := range []string{"Pemerintah Kabupaten Yang Belum Mengirim", "dari 5 yang diharapkan", "KOTA-SKA", "kebijakan selain bawaan"} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("report.html lacks %q", want)
		}
	}
}

// A package keeps a unit under 5 employees with its ids, status, rules
// and roster only; the other units' month-M rows are indicators.csv's to
// the last digit; export --instansi writes that one package, and an
// unknown instansi is refused naming those held.
func TestExportPackage(t *testing.T) {
	// BAPPEDA keeps 3 of its 6 employees; the others' rows are rejected.
	dir := copySample(t, map[string]func([][]string) [][]string{"pegawai.csv": func(r [][]string) [][]string {
		out, kept := r[:1], 0
		for _, rec := range r[1:] {
			if rec[1] == "PROV-BKL-BAPPEDA" {
				if kept++; kept > 3 {
					continue
				}
			}
			out = append(out, rec)
		}
		return out
	}})
	db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", dir, "--month", "2026-10", "--db", db, "--out", out, "--quiet"); code != 0 {
		t.Fatalf("run: %s", stderr)
	}
	pk := filepath.Join(out, "2026-10", "paket-PROV-BKL-2026-10")
	small := duck(t, `SELECT u.pegawai_roster, s.status, s.rules, s.evidence, coalesce(*COLUMNS(i.* EXCLUDE (unit_id, nama_unit, instansi_id, bulan)))
		FROM read_parquet(?) u JOIN read_parquet(?) s USING (unit_id) JOIN read_parquet(?) i USING (unit_id)
		WHERE unit_id = 'PROV-BKL-BAPPEDA'`, filepath.Join(pk, "unit.parquet"), filepath.Join(pk, "status.parquet"), filepath.Join(pk, "indikator.parquet"))
	if len(small) != 12 {
		t.Fatalf("BAPPEDA has %d months in the package, want 12", len(small))
	}
	for _, r := range small {
		if r[0] != "3" || r[1] == "" || r[3] != "" || r[4] != "" {
			t.Fatalf("suppressed unit's row: roster %s, status %q, rules %q, evidence %q, first value %q", r[0], r[1], r[2], r[3], r[4])
		}
	}
	// Every other unit's October row equals indicators.csv.
	csvRows := readCSV(t, filepath.Join(out, "2026-10", "indicators.csv"))
	pkRows := duck(t, "SELECT * FROM read_parquet(?) WHERE bulan = '2026-10' AND unit_id <> 'PROV-BKL-BAPPEDA' ORDER BY unit_id", filepath.Join(pk, "indikator.parquet"))
	n := 0
	for _, c := range csvRows[1:] {
		if c[2] != "PROV-BKL" || c[0] == "PROV-BKL-BAPPEDA" {
			continue
		}
		p := pkRows[n]
		n++
		for k := range c {
			if !sameNumber(c[k], p[k]) || (c[k] == "") != (p[k] == "") {
				t.Errorf("%s %s: indicators.csv %q, package %q", c[0], csvRows[0][k], c[k], p[k])
			}
		}
	}
	if n != 5 || n != len(pkRows) {
		t.Fatalf("compared %d units of %d", n, len(pkRows))
	}
	// export --instansi: that package alone, the same bytes as run's.
	exp := t.TempDir()
	if code, stdout, stderr := runCLI(t, "export", "--month", "2026-10", "--instansi", "KOTA-SKA", "--db", db, "--out", exp); code != 0 || strings.Count(stdout, "paket-") != 1 {
		t.Fatalf("export --instansi: %d %s %s", code, stdout, stderr)
	}
	if got, want := folderDump(t, filepath.Join(exp, "2026-10")), folderDump(t, filepath.Join(out, "2026-10", "paket-KOTA-SKA-2026-10")); strings.Count(got, "\n") != 4 ||
		!sameHashes(got, want) {
		t.Errorf("export --instansi wrote\n%s\nrun wrote\n%s", got, want)
	}
	code, _, stderr := runCLI(t, "export", "--month", "2026-10", "--instansi", "NOPE", "--db", db, "--out", exp)
	if code != exitInput || !strings.Contains(stderr, "NOPE") || !strings.Contains(stderr, "KOTA-SKA, PROV-BKL") {
		t.Errorf("unknown instansi: exit %d %s", code, stderr)
	}
}

// sameHashes compares two folderDump listings by their files' base names
// and hashes.
func sameHashes(a, b string) bool {
	norm := func(s string) []string {
		var out []string
		for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
			f := strings.Fields(l)
			if len(f) == 2 {
				out = append(out, filepath.Base(f[0])+" "+f[1])
			}
		}
		sort.Strings(out)
		return out
	}
	return strings.Join(norm(a), "\n") == strings.Join(norm(b), "\n")
}

// A schema 1 package (before the chance columns) is read beside
// schema 2 ones: it simply lacks those columns, its rows hold NULL there,
// and the national figures are those of the same package in schema 2.
func TestRollupReadsSchema1(t *testing.T) {
	fx := packagesFixture(t)
	_, out2, _, _ := rollupOf(t, fx.in, "--quiet")
	in := copyTree(t, fx.in)
	dir := pkgDir(t, in, "PROV-BKL")
	rewriteFile(t, dir, "indikator.parquet", "SELECT * EXCLUDE (capaian_kinerja_se, capaian_kinerja_z, tindak_lanjut_tepat_waktu_se, "+
		"tindak_lanjut_tepat_waktu_z, aduan_per_100_pegawai_se, aduan_per_100_pegawai_z, aduan_per_100_pegawai_rr) FROM read_parquet(?)")
	editManifest(t, dir, func(m map[string]any) { m["schema"] = 1 })
	db, out1, _, _ := rollupOf(t, in, "--quiet")
	a, _ := os.ReadFile(filepath.Join(out1, "2026-10", "nasional.csv"))
	b, _ := os.ReadFile(filepath.Join(out2, "2026-10", "nasional.csv"))
	if !bytes.Equal(a, b) {
		t.Errorf("nasional.csv differs with a schema 1 package:\n%s\nvs\n%s", a, b)
	}
	w, err := rollup.OpenRollup(context.Background(), db, warehouse.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := w.Conn().QueryContext(context.Background(), "SELECT instansi_id, count(capaian_kinerja_z) FROM paket_indikator GROUP BY ALL")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		var withZ int
		rows.Scan(&id, &withZ)
		// KOTA-SKA's units on FWA have a z; PROV-BKL's package is schema 1
		if id == "PROV-BKL" && withZ != 0 || id == "KOTA-SKA" && withZ == 0 {
			t.Errorf("%s: %d rows with a capaian z", id, withZ)
		}
	}
	rows.Close()
	w.Close()
	// A schema 1 package that does carry the new columns is refused.
	in = copyTree(t, fx.in)
	editManifest(t, pkgDir(t, in, "PROV-BKL"), func(m map[string]any) { m["schema"] = 1 })
	if code, _, stderr := runCLI(t, "rollup", "--in", in, "--month", "2026-10", "--db", filepath.Join(t.TempDir(), "r.duckdb"), "--out", t.TempDir()); code != 3 ||
		!strings.Contains(stderr, "capaian_kinerja_se") {
		t.Errorf("schema 1 with schema 2 columns: exit %d %s", code, stderr)
	}
}

// A rollup of a month's packages shows the tiles of that month's own
// report: the same quantities computed one way (reports.Tiles), in both
// languages.
func TestRollupTilesMatchMonthlyReport(t *testing.T) {
	tile := regexp.MustCompile(`<div class="tile[^"]*"><span>([^<]*)</span><b>([^<]*)</b>`)
	tiles := func(path string) []string {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, m := range tile.FindAllStringSubmatch(string(raw), -1) {
			out = append(out, m[1]+" = "+m[2])
		}
		return out
	}
	for _, lang := range []string{"id", "en"} {
		db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
		if code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", db, "--out", out, "--lang", lang, "--quiet"); code != 0 {
			t.Fatalf("run: %s", stderr)
		}
		rdb, rout := filepath.Join(t.TempDir(), "r.duckdb"), t.TempDir()
		if code, _, stderr := runCLI(t, "rollup", "--in", filepath.Join(out, "2026-10"), "--month", "2026-10", "--db", rdb, "--out", rout, "--lang", lang, "--quiet"); code != 0 {
			t.Fatalf("rollup: %s", stderr)
		}
		monthly, national := tiles(filepath.Join(out, "2026-10", "report.html")), tiles(filepath.Join(rout, "2026-10", "report.html"))
		if len(monthly) < 9 || !slices.Equal(monthly, national) {
			t.Errorf("%s: the monthly report's tiles\n  %s\nthe rollup's\n  %s", lang, strings.Join(monthly, "\n  "), strings.Join(national, "\n  "))
		}
		// The two trend charts they share plot the same values.
		for _, id := range []string{"chart-capaian", "chart-sla"} {
			data := regexp.MustCompile(`\{id: "` + id + `", option: .*?"series":(\[.*?\]),"title"`)
			a, b := data.FindStringSubmatch(readText(t, filepath.Join(out, "2026-10", "report.html"))), data.FindStringSubmatch(readText(t, filepath.Join(rout, "2026-10", "report.html")))
			if a == nil || b == nil || a[1] != b[1] {
				t.Errorf("%s: %s differs:\nmonthly  %v\nnational %v", lang, id, a, b)
			}
		}
	}
}

func readText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
