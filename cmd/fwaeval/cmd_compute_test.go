package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestComputeCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.duckdb")
	out := t.TempDir()
	for _, c := range []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"month required", []string{"compute"}, 2, "--month"},
		{"bad month", []string{"compute", "--month", "2026-13"}, 2, "YYYY-MM"},
		{"day-first month is not a month", []string{"compute", "--month", "10/2026"}, 2, "YYYY-MM"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, append(c.args, "--db", db, "--out", out)...)
			if code != c.code || !strings.Contains(stderr, c.inStderr) {
				t.Fatalf("exit %d, stderr %q; want %d containing %q", code, stderr, c.code, c.inStderr)
			}
		})
	}
	if code, _, stderr := runCLI(t, "load", "--data", "../../sample-data", "--db", db, "--quiet"); code != 0 {
		t.Fatalf("load: %d %s", code, stderr)
	}
	code, stdout, stderr := runCLI(t, "compute", "--month", "2026-10", "--db", db, "--out", out)
	if code != 0 {
		t.Fatalf("compute: %d %s", code, stderr)
	}
	path := filepath.Join(out, "2026-10", "indicators.csv")
	if strings.TrimSpace(stdout) != path {
		t.Errorf("stdout %q, want the CSV path", stdout)
	}
	first, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(first), "\n"); n != 13 {
		t.Errorf("indicators.csv has %d lines, want header + 12 units", n)
	}
	// Rerunning the month gives the same bytes.
	runCLI(t, "compute", "--month", "2026-10", "--db", db, "--out", out, "--quiet")
	second, _ := os.ReadFile(path)
	if string(first) != string(second) {
		t.Error("rerun changed indicators.csv")
	}
}
