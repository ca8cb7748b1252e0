package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"fwaeval/pipeline"
	"fwaeval/pipeline/policy"
	"fwaeval/pipeline/warehouse"
)

// manifest is manifest.json as a reader sees it.
type manifest struct {
	Version, Month string
	Policy         string `json:"policy_sha256"`
	Inputs         []struct {
		Source, File, SHA256   string
		Read, Loaded, Rejected int64 `json:"-"`
		RowsRead               int64 `json:"rows_read"`
		RowsLoaded             int64 `json:"rows_loaded"`
		RowsRejected           int64 `json:"rows_rejected"`
	}
	Rejects []struct {
		Source, File, Column, Code string
		Line                       int64
	}
	Outputs []struct {
		File, SHA256 string
		Bytes        int64
	}
	Stages []struct {
		Name    string
		Seconds float64
	}
}

func sha256File(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// csvRows counts a CSV file's records after the header.
func csvRows(t *testing.T, path string) int64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return int64(len(recs) - 1)
}

var batchOutputs = []string{"indicators.csv", "indikator.xlsx", "flags.csv", "rekomendasi.xlsx", "report.html", "report.pdf"}

// batchLast are the files run writes after the packages, before the manifest.
var batchLast = []string{"rejects.csv"}

// samplePakets are the files of the sample's two aggregate packages, in
// the order run writes them.
var samplePakets = func() []string {
	var out []string
	for _, id := range []string{"KOTA-SKA", "PROV-BKL"} {
		for _, f := range []string{"indikator.parquet", "paket.json", "status.parquet", "unit.parquet"} {
			out = append(out, "paket-"+id+"-2026-10/"+f)
		}
	}
	return out
}()

// The monthly batch on the sample: every output, a manifest that lists
// every input with its true hash and row count, and the same bytes from a
// second fresh warehouse and from a rerun on the first.
func TestRunSample(t *testing.T) {
	db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
	code, stdout, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", db, "--out", out)
	if code != 0 {
		t.Fatalf("run: %d %s", code, stderr)
	}
	for _, want := range []string{"Hentikan sementara", "Penghematan", filepath.Join(out, "2026-10", "report.pdf"), filepath.Join(out, "2026-10", "manifest.json")} {
		if !strings.Contains(stdout, want) {
			t.Errorf("closing summary lacks %q:\n%s", want, stdout)
		}
	}
	for _, want := range []string{"[1/5]", "[5/5]", "presensi.csv"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("progress lines lack %q:\n%s", want, stderr)
		}
	}
	dir := filepath.Join(out, "2026-10")
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("manifest.json: %v", err)
	}
	if m.Month != "2026-10" || m.Version == "" || len(m.Policy) != 64 {
		t.Errorf("manifest head: %+v", m)
	}
	sum := sha256.Sum256(policy.DefaultYAML)
	if m.Policy != hex.EncodeToString(sum[:]) {
		t.Errorf("policy_sha256 %s is not the built-in policy's", m.Policy)
	}
	files, _ := filepath.Glob("../../sample-data/*.csv")
	var inputs []string
	for _, f := range files {
		if filepath.Base(f) != "truth.csv" {
			inputs = append(inputs, filepath.Base(f))
		}
	}
	if len(m.Inputs) != len(inputs) {
		t.Fatalf("manifest lists %d inputs, sample-data has %d: %+v", len(m.Inputs), len(inputs), m.Inputs)
	}
	for _, in := range m.Inputs {
		path := filepath.Join("../../sample-data", in.File)
		if in.SHA256 != sha256File(t, path) {
			t.Errorf("%s: sha256 %s is not the file's", in.File, in.SHA256)
		}
		if n := csvRows(t, path); in.RowsRead != n || in.RowsLoaded != n || in.RowsRejected != 0 {
			t.Errorf("%s: read %d loaded %d rejected %d; the file has %d rows", in.File, in.RowsRead, in.RowsLoaded, in.RowsRejected, n)
		}
	}
	outputs := append(append(append([]string{}, batchOutputs...), samplePakets...), batchLast...)
	if len(m.Outputs) != len(outputs) {
		t.Fatalf("manifest outputs: %+v", m.Outputs)
	}
	for i, o := range m.Outputs {
		if o.File != outputs[i] || o.SHA256 != sha256File(t, filepath.Join(dir, o.File)) {
			t.Errorf("output %+v does not match the file on disk", o)
		}
	}
	var stages []string
	for _, s := range m.Stages {
		stages = append(stages, s.Name)
	}
	if strings.Join(stages, ",") != "load,compute,evaluate,report,export" {
		t.Errorf("stages %v", stages)
	}

	// A second warehouse, and a rerun on the first: the same bytes.
	out2 := t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", filepath.Join(t.TempDir(), "w.duckdb"), "--out", out2, "--quiet"); code != 0 {
		t.Fatalf("second run: %s", stderr)
	}
	out3 := t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", db, "--out", out3, "--quiet"); code != 0 {
		t.Fatalf("rerun: %s", stderr)
	}
	for _, f := range outputs {
		a, _ := os.ReadFile(filepath.Join(dir, f))
		for _, other := range []string{out2, out3} {
			if b, _ := os.ReadFile(filepath.Join(other, "2026-10", f)); !bytes.Equal(a, b) {
				t.Errorf("%s differs between runs on the same data", f)
			}
		}
	}
}

// warehouseDump renders every table of the warehouse, sorted.
func warehouseDump(t *testing.T, db string) string {
	t.Helper()
	w, err := pipeline.Open(context.Background(), db, warehouse.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	return dumpTables(t, w.Conn())
}

// dumpTables renders every table of a database, sorted.
func dumpTables(t *testing.T, c *sql.Conn) string {
	t.Helper()
	rows, err := c.QueryContext(context.Background(), "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	var b strings.Builder
	for _, tb := range tables {
		r, err := c.QueryContext(context.Background(), fmt.Sprintf("SELECT * FROM %q ORDER BY ALL", tb))
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := r.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		fmt.Fprintf(&b, "## %s\n", tb)
		for r.Next() {
			r.Scan(ptrs...)
			fmt.Fprintln(&b, vals...)
		}
		r.Close()
	}
	return b.String()
}

// folderDump lists a folder's files with their hashes.
func folderDump(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			fmt.Fprintf(&b, "%s %s\n", path, sha256File(t, path))
		}
		return nil
	})
	return b.String()
}

// Exit codes (README, "A month's batch"), and a failed batch changes neither
// the warehouse nor the output folder.
func TestRunExitCodes(t *testing.T) {
	db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", db, "--out", out, "--quiet"); code != 0 {
		t.Fatalf("first run: %s", stderr)
	}
	before, beforeOut := warehouseDump(t, db), folderDump(t, out)
	noCol := copySample(t, map[string]func([][]string) [][]string{"unit_kerja.csv": func([][]string) [][]string { return [][]string{{"unit_id", "nama_unit"}, {"U1", "A"}} }})
	cases := []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"missing data directory", []string{"--data", filepath.Join(noCol, "nope"), "--month", "2026-10"}, 3, "nope"},
		{"data required", []string{"--month", "2026-10"}, 2, "--data"},
		{"month required", []string{"--data", noCol}, 2, "--month"},
		{"bad month", []string{"--data", noCol, "--month", "Oktober"}, 2, "YYYY-MM"},
		{"bad input", []string{"--data", noCol, "--month", "2026-10"}, 3, "unit_kerja.csv:1:instansi_id:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, append(append([]string{"run"}, c.args...), "--db", db, "--out", out, "--quiet")...)
			if code != c.code || !strings.Contains(stderr, c.inStderr) {
				t.Fatalf("exit %d, stderr %q; want %d containing %q", code, stderr, c.code, c.inStderr)
			}
		})
	}
	if warehouseDump(t, db) != before {
		t.Error("a failed run changed the warehouse")
	}
	if folderDump(t, out) != beforeOut {
		t.Error("a failed run changed the output folder")
	}
}

// Ctrl-C at any stage of a real process: it exits non-zero and leaves the
// warehouse and the output folder as they were before the run.
func TestRunInterrupted(t *testing.T) {
	type stop struct {
		at  string
		sig syscall.Signal
	}
	// Ctrl-C in each stage after the load (which commits on its own), and
	// the process killed there: the next open takes the load back out.
	var stops []stop
	for _, at := range []string{"[2/5]", "[3/5]", "[4/5]", "[5/5]"} {
		stops = append(stops, stop{at, syscall.SIGINT}, stop{at, syscall.SIGKILL})
	}
	// Ctrl-C while presensi is read, and a SIGTERM (a service stopped).
	stops = append(stops, stop{"      baca / read presensi", syscall.SIGINT}, stop{"[3/5]", syscall.SIGTERM})
	for _, st := range stops {
		at := st.at
		t.Run(at+" "+st.sig.String(), func(t *testing.T) {
			db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
			// The state before: an earlier month's data and outputs.
			old := sampleUntil(t, "2026-09")
			if code, _, stderr := runCLI(t, "run", "--data", old, "--month", "2026-09", "--db", db, "--out", out, "--quiet"); code != 0 {
				t.Fatalf("setup run: %s", stderr)
			}
			before, beforeOut := warehouseDump(t, db), folderDump(t, out)

			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "FWAEVAL_TEST_ARGS="+strings.Join([]string{"run", "--data", "../../sample-data", "--month", "2026-10", "--db", db, "--out", out}, "\n"))
			stderr, _ := cmd.StderrPipe()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(stderr)
			var seen []string
			for sc.Scan() {
				seen = append(seen, sc.Text())
				if strings.HasPrefix(sc.Text(), at) {
					cmd.Process.Signal(st.sig)
					break
				}
			}
			read := make(chan struct{})
			go func() {
				for sc.Scan() {
					seen = append(seen, sc.Text())
				}
				close(read)
			}()
			done := make(chan error, 1)
			go func() { <-read; done <- cmd.Wait() }()
			select {
			case err := <-done:
				if err == nil {
					t.Fatalf("interrupted run exited 0:\n%s", strings.Join(seen, "\n"))
				}
				// 128 + the signal, and one plain line: no file blamed, no
				// DuckDB message.
				want := map[syscall.Signal]int{syscall.SIGINT: 130, syscall.SIGTERM: 143}[st.sig]
				log := strings.Join(seen, "\n")
				var said []string // the error lines
				for _, l := range seen {
					if strings.HasPrefix(l, "fwaeval: ") {
						said = append(said, l)
					}
				}
				if want != 0 && (cmd.ProcessState.ExitCode() != want || len(said) != 1 || !strings.HasPrefix(said[0], "fwaeval: dibatalkan") ||
					strings.Contains(log, "canceled") || strings.Contains(log, "INTERRUPT") || strings.Contains(said[0], ".csv")) {
					t.Errorf("exit %d, want %d with only \"dibatalkan / interrupted\":\n%s", cmd.ProcessState.ExitCode(), want, log)
				}
			case <-time.After(60 * time.Second):
				cmd.Process.Kill()
				t.Fatal("interrupted run did not stop")
			}
			if st.sig == syscall.SIGINT {
				// run itself took its load back out: nothing is left for
				// the next open to undo (read without pipeline.Open, which
				// would undo it).
				raw, err := sql.Open("duckdb", db)
				if err != nil {
					t.Fatal(err)
				}
				var n int
				if err := raw.QueryRow("SELECT count(*) FROM meta WHERE k = 'undo_pending'").Scan(&n); err != nil || n != 0 {
					t.Errorf("an interrupted run left its load pending (%d, %v)", n, err)
				}
				raw.Close()
			}
			if warehouseDump(t, db) != before {
				t.Error("an interrupted run changed the warehouse")
			}
			if st.sig == syscall.SIGKILL {
				return // a killed process leaves its staged temporary files
			}
			if folderDump(t, out) != beforeOut {
				t.Errorf("an interrupted run changed the output folder:\n%s", folderDump(t, out))
			}
		})
	}
}

// A month the warehouse holds no data for is refused by every command
// that takes --month (exit 3, naming the months held), not reported
// empty; run takes its load back out.
func TestMonthWithoutData(t *testing.T) {
	db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", db, "--out", out, "--quiet"); code != 0 {
		t.Fatalf("run: %s", stderr)
	}
	before, beforeOut := warehouseDump(t, db), folderDump(t, out)
	for _, args := range [][]string{
		{"compute"}, {"evaluate"}, {"report"}, {"export"},
		{"run", "--data", "../../sample-data"},
	} {
		want := "no data for 2027-01; months held: 2025-10 to 2026-10"
		if args[0] == "run" {
			// run refuses before reading a file: the folder's plans
			// (rencana_aksi) hold no row of the month.
			want = "rencana_aksi.csv: tidak ada baris untuk 2027-01; isinya 2025-10 s.d. 2026-10 / no row for 2027-01; it holds 2025-10 to 2026-10"
		}
		args = append(args, "--month", "2027-01", "--db", db, "--out", out)
		code, _, stderr := runCLI(t, args...)
		if args[0] == "run" && strings.Contains(stderr, "baca / read") {
			t.Errorf("run for a month the folder lacks read files before refusing:\n%s", stderr)
		}
		if code != 3 || !strings.Contains(stderr, want) {
			t.Errorf("%v: exit %d, stderr %q; want 3 with %q", args[0], code, stderr, want)
		}
		if after := warehouseDump(t, db); after != before {
			a, b := strings.Split(before, "\n"), strings.Split(after, "\n")
			for i := range min(len(a), len(b)) {
				if a[i] != b[i] {
					t.Errorf("%s for a month without data changed the warehouse: line %d %q became %q", args[0], i, a[i], b[i])
					break
				}
			}
		}
		if folderDump(t, out) != beforeOut {
			t.Errorf("%s for a month without data changed the output folder", args[0])
		}
	}
	empty := filepath.Join(t.TempDir(), "empty.duckdb")
	if code, _, stderr := runCLI(t, "report", "--month", "2026-10", "--db", empty, "--out", out, "--quiet"); code != 3 || !strings.Contains(stderr, "holds no month yet") {
		t.Errorf("report on an empty warehouse: exit %d, %q", code, stderr)
	}
}

// A bad month names the value and points to the command's own help;
// run --help shows an example and the files it expects.
func TestRunHelpAndMonthError(t *testing.T) {
	code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "Oktober", "--db", filepath.Join(t.TempDir(), "w.duckdb"))
	for _, want := range []string{`"Oktober"`, "e.g. 2026-10", "see: fwaeval run --help"} {
		if code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("exit %d, stderr %q lacks %q", code, stderr, want)
		}
	}
	code, stdout, _ := runCLI(t, "run", "--help")
	for _, want := range []string{"Examples:", "fwaeval run --data data/2026-10 --month 2026-10", "unit_kerja", "pegawai", "presensi", "rencana_aksi", "kinerja_harian", "aduan", "belanja", "kalender", "fwaeval check"} {
		if code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("run --help lacks %q", want)
		}
	}
}

// A planner's folder mistakes never pass silently: a misspelt or missing
// source refuses run and check (a warning for load); a month a required
// source has no row of refuses run; an empty aduan is said on stderr, in
// manifest.json and in the reports.
func TestFolderMistakes(t *testing.T) {
	db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", sampleUntil(t, "2026-09"), "--month", "2026-09", "--db", db, "--out", out, "--quiet"); code != 0 {
		t.Fatalf("setup run: %s", stderr)
	}
	before, beforeOut := warehouseDump(t, db), folderDump(t, out)

	misspelt := copySample(t, nil)
	if err := os.Rename(filepath.Join(misspelt, "presensi.csv"), filepath.Join(misspelt, "presesi.csv")); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(misspelt, "catatan.xlsx"), []byte("x"), 0o644)
	// a month's export under a longer name is its source too
	longer := copySample(t, nil)
	if err := os.Rename(filepath.Join(longer, "kinerja_harian.csv"), filepath.Join(longer, "kinerja_harian_oktober.csv")); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "run", "--data", longer, "--month", "2026-10", "--db", db, "--out", out)
	if want := "fwaeval: kinerja_harian_oktober.csv: bukan sumber yang dikenal — maksud Anda kinerja_harian.csv?"; code != 3 || !strings.Contains(stderr, want) {
		t.Errorf("run with kinerja_harian_oktober.csv: exit %d, stderr lacks %q:\n%s", code, want, stderr)
	}
	const near = "fwaeval: presesi.csv: bukan sumber yang dikenal — maksud Anda presensi.csv? / not a known source — did you mean presensi.csv?"
	const missing = "fwaeval: presensi: sumber wajib tidak ada"
	for _, args := range [][]string{
		{"run", "--data", misspelt, "--month", "2026-10"},
		{"check", "--data", misspelt, "--out", filepath.Join(t.TempDir(), "c.xlsx")},
	} {
		code, _, stderr := runCLI(t, append(args, "--db", db, "--out", out)...)
		if args[0] == "check" {
			code, _, stderr = runCLI(t, append(args, "--db", db)...)
		}
		if code != 3 || !strings.Contains(stderr, near) || (args[0] == "run" && !strings.Contains(stderr, missing)) {
			t.Errorf("%s with presesi.csv: exit %d, stderr:\n%s", args[0], code, stderr)
		}
	}
	loadDB := filepath.Join(t.TempDir(), "l.duckdb")
	code, _, stderr = runCLI(t, "load", "--data", misspelt, "--db", loadDB, "--quiet")
	for _, want := range []string{"peringatan / warning: presesi.csv: bukan sumber yang dikenal — maksud Anda presensi.csv?",
		"peringatan / warning: presensi: sumber wajib tidak ada", "peringatan / warning: catatan.xlsx: bukan sumber yang dikenal; diabaikan"} {
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("load with presesi.csv: exit %d, stderr lacks %q:\n%s", code, want, stderr)
		}
	}

	header := func(recs [][]string) [][]string { return recs[:1] }
	for _, name := range []string{"presensi.csv", "rencana_aksi.csv", "kinerja_harian.csv"} {
		dir := copySample(t, map[string]func([][]string) [][]string{name: header})
		code, _, stderr := runCLI(t, "run", "--data", dir, "--month", "2026-10", "--db", db, "--out", out)
		if want := "fwaeval: " + name + ": tidak ada baris untuk 2026-10"; code != 3 || !strings.Contains(stderr, want) {
			t.Errorf("%s without rows: exit %d, stderr lacks %q:\n%s", name, code, want, stderr)
		}
	}
	if warehouseDump(t, db) != before || folderDump(t, out) != beforeOut {
		t.Fatal("a refused run changed the warehouse or the output folder")
	}

	dir := copySample(t, map[string]func([][]string) [][]string{"aduan.csv": header})
	code, _, stderr = runCLI(t, "run", "--data", dir, "--month", "2026-10", "--db", filepath.Join(t.TempDir(), "e.duckdb"), "--out", out, "--quiet")
	const warn = "aduan.csv: tidak ada baris untuk 2026-10"
	if code != 0 || !strings.Contains(stderr, "peringatan / warning: "+warn) {
		t.Fatalf("aduan.csv without rows: exit %d, stderr:\n%s", code, stderr)
	}
	var man struct{ Warnings []string }
	raw, _ := os.ReadFile(filepath.Join(out, "2026-10", "manifest.json"))
	if err := json.Unmarshal(raw, &man); err != nil || len(man.Warnings) != 1 || !strings.HasPrefix(man.Warnings[0], warn) {
		t.Errorf("manifest.json warnings: %q (%v)", man.Warnings, err)
	}
	html, _ := os.ReadFile(filepath.Join(out, "2026-10", "report.html"))
	if !strings.Contains(string(html), "Tidak ada aduan (LAPOR!) bulan ini") {
		t.Error("report.html does not say the month has no complaints")
	}
}

// Each command lists only the shared flags it uses, with its own
// defaults; the commands a planner types get examples; completion knows
// the values of --lang, --scale and --format.
func TestHelpShowsOwnFlags(t *testing.T) {
	engine := []string{"--memory-limit", "--threads", "--temp-dir"}
	cases := map[string][]string{
		"run":      append([]string{"--data", "--month", "--max-reject-rate", "--format", "--db", "--out", "--lang", "--policy", "--json", "--quiet"}, engine...),
		"load":     append([]string{"--data", "--max-reject-rate", "--db", "--json", "--quiet"}, engine...),
		"check":    append([]string{"--data", "--month", "--max-reject-rate", "--out", "--db", "--lang", "--json", "--quiet"}, engine...),
		"compute":  append([]string{"--month", "--format", "--db", "--out", "--quiet"}, engine...),
		"evaluate": append([]string{"--month", "--format", "--db", "--out", "--lang", "--policy", "--quiet"}, engine...),
		"report":   append([]string{"--month", "--format", "--db", "--out", "--lang", "--policy", "--quiet"}, engine...),
		"export":   append([]string{"--month", "--instansi", "--db", "--out", "--lang", "--policy", "--quiet"}, engine...),
		"rollup":   append([]string{"--in", "--month", "--expect", "--db", "--out", "--lang", "--json", "--quiet"}, engine...),
		"sample":   append([]string{"--scale", "--seed", "--messy", "--parquet", "--noise", "--packages", "--out", "--quiet"}, engine...),
		"policy":   {},
		"template": {"--out"},
	}
	flagRe := regexp.MustCompile(`(?m)^\s+(?:-\w, )?(--[a-z-]+)`)
	for name, want := range cases {
		code, stdout, _ := runCLI(t, name, "--help")
		var got []string
		for _, m := range flagRe.FindAllStringSubmatch(stdout, -1) {
			if m[1] != "--help" {
				got = append(got, m[1])
			}
		}
		slices.Sort(got)
		slices.Sort(want)
		if code != 0 || !slices.Equal(got, want) {
			t.Errorf("%s --help lists %v, want %v", name, got, want)
		}
		if name != "template" && name != "sample" && !strings.Contains(stdout, "Examples:\n  fwaeval ") {
			t.Errorf("%s --help has no example", name)
		}
	}
	_, stdout, _ := runCLI(t, "rollup", "--help")
	for _, want := range []string{`(default "rollup.duckdb")`, `(default "rollup")`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("rollup --help lacks %s", want)
		}
	}
	for args, want := range map[string]string{
		"run --lang ":       "id\tBahasa Indonesia\nen\tEnglish\n",
		"sample --scale ":   "small\npemda\nnational\n",
		"report --format ":  "html\npdf\nhtml,pdf\n",
		"compute --format ": "csv\ncsv,xlsx\n",
	} {
		_, stdout, _ := runCLI(t, append([]string{"__complete"}, strings.Split(args, " ")...)...)
		if !strings.HasPrefix(stdout, want) {
			t.Errorf("completion of %q: %q, want %q first", args, stdout, want)
		}
	}
}

// --quiet prints nothing on success; --lang en speaks English in the
// summary and the reports; the reject-rate refusal writes each number in
// its half's language.
func TestQuietAndEnglish(t *testing.T) {
	db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
	data := copySample(t, nil)
	code, stdout, stderr := runCLI(t, "run", "--data", data, "--month", "2026-10", "--db", db, "--out", out, "--quiet")
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("run --quiet: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, _ = runCLI(t, "run", "--data", data, "--month", "2026-10", "--db", db, "--out", out, "--lang", "en")
	for _, want := range []string{"FWA evaluation, October 2026 — done in", "Pause", "2 units", "Savings", "Files:"} {
		if code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("run --lang en summary lacks %q:\n%s", want, stdout)
		}
	}
	for _, bad := range []string{"Evaluasi", "selesai", "Berkas", "Penghematan"} {
		if strings.Contains(stdout, bad) {
			t.Errorf("run --lang en summary says %q:\n%s", bad, stdout)
		}
	}
	html, _ := os.ReadFile(filepath.Join(out, "2026-10", "report.html"))
	if want := "1 continues, 1 is watched and 1 lacks data."; !strings.Contains(string(html), want) {
		t.Errorf("English report lacks %q", want)
	}

	// Every tenth attendance row with an unknown status: 10 % rejected.
	bad := copySample(t, map[string]func([][]string) [][]string{"presensi.csv": func(recs [][]string) [][]string {
		for i := 1; i < len(recs); i += 10 {
			recs[i][2] = "HADER"
		}
		return recs
	}})
	_, _, stderr = runCLI(t, "run", "--data", bad, "--month", "2026-10", "--db", db, "--out", out, "--quiet")
	id := regexp.MustCompile(`presensi\.csv: [0-9.]+ dari [0-9.]+ baris ditolak \(10,0 %\), di atas batas 5,0 %`)
	en := regexp.MustCompile(`/ [0-9,]+ of [0-9,]+ rows rejected \(10\.0%\), above the limit of 5\.0%`)
	if !id.MatchString(stderr) || !en.MatchString(stderr) || !strings.Contains(stderr, "8.120 dari 81.192") {
		t.Errorf("reject-rate message not in each language's numbers: %s", stderr)
	}
}

// The README, the docs, the sample's README and every command's help point
// only inside the repository: the input contract is docs/input.md.
func TestNothingPointsOutside(t *testing.T) {
	texts := map[string]string{}
	for _, f := range append([]string{"../../README.md", "../../sample-data/README.md"}, must(filepath.Glob("../../docs/*.md"))...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
	}
	for _, c := range []string{"run", "load", "check", "compute", "evaluate", "report", "export", "rollup", "sample", "template", "policy"} {
		_, stdout, _ := runCLI(t, c, "--help")
		texts[c+" --help"] = stdout
	}
	spec := regexp.MustCompile(`\bSPEC\b`)
	for name, text := range texts {
		for _, bad := range []string{"../shared", "SPEC.md", "DOMAIN.md", "STYLE.md"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s points outside the repository: %q", name, bad)
			}
		}
		if spec.MatchString(text) {
			t.Errorf("%s cites a specification a user cannot open: %q", name, spec.FindString(text))
		}
	}
	if !strings.Contains(texts["../../README.md"], "(docs/input.md)") {
		t.Error("README does not link docs/input.md")
	}
	for _, want := range []string{"`presensi`", "`rencana_aksi`", "`kinerja_harian`", "`aduan`", "`belanja`", "`kalender`", "`unit_kerja`", "`pegawai`", "PRESENT", "DD/MM/YYYY", "1.250.000,50"} {
		if !strings.Contains(texts["../../docs/input.md"], want) {
			t.Errorf("docs/input.md lacks %s", want)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
