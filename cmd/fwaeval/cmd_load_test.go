package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fwaeval/pipeline"
	"fwaeval/pipeline/warehouse"
)

// TestMain doubles as a helper process: with FWAEVAL_TEST_HOLD set it opens
// that warehouse, says "ready", and holds it until its stdin closes; with
// FWAEVAL_TEST_ARGS set it is the fwaeval command with those arguments
// (separated by newlines), so tests can signal a real process.
func TestMain(m *testing.M) {
	if args := os.Getenv("FWAEVAL_TEST_ARGS"); args != "" {
		os.Exit(run(strings.Split(args, "\n"), os.Stdin, os.Stdout, os.Stderr))
	}
	if db := os.Getenv("FWAEVAL_TEST_HOLD"); db != "" {
		w, err := pipeline.Open(context.Background(), db, warehouse.Settings{})
		if err != nil {
			os.Stderr.WriteString(err.Error())
			os.Exit(1)
		}
		os.Stdout.WriteString("ready\n")
		bufio.NewReader(os.Stdin).ReadString('\n')
		w.Close()
		os.Exit(0)
	}
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(""), &o, &e)
	return code, o.String(), e.String()
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const units = "unit_id,nama_unit,instansi_id,nama_instansi,jenis_instansi,provinsi,layanan_langsung,fwa_mulai\n" +
	"U1,Dinas A,I1,Pemprov,PROVINSI,Bengkulu,tidak,\n"

func TestExitCodes(t *testing.T) {
	good := writeFiles(t, map[string]string{"unit_kerja.csv": units})
	noCol := writeFiles(t, map[string]string{"unit_kerja.csv": "unit_id,nama_unit\nU1,A\n"})
	tooMany := writeFiles(t, map[string]string{"unit_kerja.csv": units + "U2,,I1,P,PROVINSI,B,ya,\n"})
	cases := []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"ok", []string{"load", "--data", good}, 0, ""},
		{"unknown flag", []string{"load", "--nope"}, 2, "unknown flag"},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"data required", []string{"load"}, 2, "--data"},
		{"bad lang", []string{"load", "--data", good, "--lang", "fr"}, 2, "--lang"},
		{"bad rate", []string{"load", "--data", good, "--max-reject-rate", "lots"}, 2, "rate"},
		{"missing data directory", []string{"load", "--data", filepath.Join(good, "nope")}, 3, "nope"},
		{"missing required column", []string{"load", "--data", noCol}, 3, "unit_kerja.csv:1:instansi_id:"},
		{"reject rate over limit", []string{"load", "--data", tooMany}, 3, "unit_kerja.csv: 1 dari 2 baris ditolak"},
		{"reject rate within a raised limit", []string{"load", "--data", tooMany, "--max-reject-rate", "50%"}, 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "w.duckdb")
			code, _, stderr := runCLI(t, append(c.args, "--db", db, "--quiet")...)
			if code != c.code || !strings.Contains(stderr, c.inStderr) {
				t.Fatalf("exit %d, stderr %q; want %d containing %q", code, stderr, c.code, c.inStderr)
			}
		})
	}
}

func TestLoadJSON(t *testing.T) {
	dir := writeFiles(t, map[string]string{"unit_kerja.csv": units + "U1,Dup,I1,P,PROVINSI,B,ya,\n"})
	db := filepath.Join(t.TempDir(), "w.duckdb")
	code, stdout, stderr := runCLI(t, "load", "--data", dir, "--db", db, "--json", "--max-reject-rate", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Inputs []struct {
			Source                             string
			RowsRead, RowsLoaded, RowsRejected int64 `json:"-"`
			Read                               int64 `json:"rows_read"`
			Loaded                             int64 `json:"rows_loaded"`
			Rejected                           int64 `json:"rows_rejected"`
		}
		Rejects []struct {
			Source, File, Column, Code, Message string
			Line                                int64
		}
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, stdout)
	}
	if len(res.Inputs) != 1 || res.Inputs[0].Read != 2 || res.Inputs[0].Loaded != 1 || res.Inputs[0].Rejected != 1 {
		t.Fatalf("inputs = %+v", res.Inputs)
	}
	if len(res.Rejects) != 1 || res.Rejects[0].Line != 3 || res.Rejects[0].Code != "duplicate_key" || res.Rejects[0].File != "unit_kerja.csv" {
		t.Fatalf("rejects = %+v", res.Rejects)
	}
}

// Two real processes: while one holds the warehouse, a load exits 4 and
// the holder's warehouse is not touched.
func TestBusyWarehouse(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.duckdb")
	if code, _, stderr := runCLI(t, "load", "--data", writeFiles(t, map[string]string{"unit_kerja.csv": units}), "--db", db, "--quiet"); code != 0 {
		t.Fatalf("first load: %s", stderr)
	}
	before := warehouseDump(t, db)
	holder := exec.Command(os.Args[0], "-test.run=^$")
	holder.Env = append(os.Environ(), "FWAEVAL_TEST_HOLD="+db)
	stdin, _ := holder.StdinPipe()
	out, _ := holder.StdoutPipe()
	holder.Stderr = os.Stderr
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Wait()
	defer stdin.Close()
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "ready\n" {
		t.Fatalf("holder did not start: %q %v", line, err)
	}
	dir := writeFiles(t, map[string]string{"unit_kerja.csv": strings.Replace(units, "Dinas A", "Dinas B", 1)})
	for _, args := range [][]string{{"load", "--data", dir}, {"run", "--data", dir, "--month", "2026-10", "--out", t.TempDir()}} {
		code, _, stderr := runCLI(t, append(args, "--db", db, "--quiet")...)
		if code != 4 || !strings.Contains(stderr, "dipakai proses lain") {
			t.Fatalf("%s: exit %d, stderr %q; want 4 and a clear message", args[0], code, stderr)
		}
	}
	stdin.Close()
	if err := holder.Wait(); err != nil {
		t.Fatalf("holder: %v", err)
	}
	if warehouseDump(t, db) != before {
		t.Fatal("the refused processes changed the warehouse")
	}
	// Now free: the same load succeeds.
	if code, _, stderr := runCLI(t, "load", "--data", dir, "--db", db, "--quiet"); code != 0 {
		t.Fatalf("after release: exit %d %s", code, stderr)
	}
}
