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
	"strings"
	"syscall"
	"testing"
	"time"

	"fwaeval/pipeline"
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
	sum := sha256.Sum256(pipeline.DefaultPolicyYAML)
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
	w, err := pipeline.Open(context.Background(), db, pipeline.Settings{})
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

// Exit codes of SPEC §2, and a failed batch changes neither the warehouse
// nor the output folder.
func TestRunExitCodes(t *testing.T) {
	db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", db, "--out", out, "--quiet"); code != 0 {
		t.Fatalf("first run: %s", stderr)
	}
	before, beforeOut := warehouseDump(t, db), folderDump(t, out)
	noCol := writeFiles(t, map[string]string{"unit_kerja.csv": "unit_id,nama_unit\nU1,A\n"})
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
	for _, st := range stops {
		at := st.at
		t.Run(at+" "+st.sig.String(), func(t *testing.T) {
			db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
			// The state before: an earlier month's data and outputs.
			old := writeFiles(t, map[string]string{"unit_kerja.csv": units, "belanja.csv": "unit_id,bulan,listrik,air,bbm,atk,mamin\nU1,2026-09,1,1,1,1,1\n"})
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
			go func() {
				for sc.Scan() {
					seen = append(seen, sc.Text())
				}
			}()
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				if err == nil {
					t.Fatalf("interrupted run exited 0:\n%s", strings.Join(seen, "\n"))
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
	const want = "no data for 2027-01; months held: 2025-10 to 2026-10"
	for _, args := range [][]string{
		{"compute"}, {"evaluate"}, {"report"}, {"export"},
		{"run", "--data", "../../sample-data"},
	} {
		args = append(args, "--month", "2027-01", "--db", db, "--out", out, "--quiet")
		code, _, stderr := runCLI(t, args...)
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
