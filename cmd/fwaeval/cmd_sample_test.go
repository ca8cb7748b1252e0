package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSampleCommand(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"unknown scale", []string{"sample", "--scale", "huge", "--out", t.TempDir()}, 2, "--scale"},
		{"out required", []string{"sample", "--scale", "small"}, 2, "--out"},
		{"messy and parquet", []string{"sample", "--messy", "--parquet", "--out", t.TempDir()}, 2, "--messy"},
		{"unknown noise", []string{"sample", "--noise", "loud", "--out", t.TempDir()}, 2, "--noise"},
		{"noise at national scale", []string{"sample", "--scale", "national", "--noise", "realistic", "--out", t.TempDir()}, 2, "--noise realistic"},
		{"noise with packages", []string{"sample", "--noise", "planted", "--packages", "2", "--out", t.TempDir()}, 2, "--noise planted"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, c.args...)
			if code != c.code || !strings.Contains(stderr, c.inStderr) {
				t.Fatalf("exit %d, stderr %q; want %d containing %q", code, stderr, c.code, c.inStderr)
			}
		})
	}
	out := t.TempDir()
	if code, _, stderr := runCLI(t, "sample", "--scale", "small", "--seed", "5", "--out", out, "--quiet"); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, stderr)
	}
	for _, f := range []string{"unit_kerja.csv", "pegawai.csv", "presensi.csv", "rencana_aksi.csv", "kinerja_harian.csv", "aduan.csv", "belanja.csv", "kalender.csv", "truth.csv", "README.md"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
	db := filepath.Join(t.TempDir(), "w.duckdb")
	if code, _, stderr := runCLI(t, "load", "--data", out, "--db", db, "--quiet", "--max-reject-rate", "0"); code != 0 {
		t.Fatalf("load of the sample: exit %d: %s", code, stderr)
	}
}
