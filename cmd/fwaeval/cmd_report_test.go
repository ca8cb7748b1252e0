package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The sample's report, opened in headless Chromium with no network: every
// chart drawn, every paused or reviewed unit with its status, and the same
// bytes when rendered again.
func TestReportHTMLOfSample(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.duckdb")
	out := t.TempDir()
	if code, _, stderr := runCLI(t, "load", "--data", "../../sample-data", "--db", db, "--quiet"); code != 0 {
		t.Fatalf("load: %s", stderr)
	}
	code, stdout, stderr := runCLI(t, "report", "--month", "2026-10", "--db", db, "--out", out, "--quiet")
	if code != 0 {
		t.Fatalf("report: %d %s", code, stderr)
	}
	path := strings.TrimSpace(stdout)
	first, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	runCLI(t, "report", "--month", "2026-10", "--db", db, "--out", out, "--quiet")
	if second, _ := os.ReadFile(path); !bytes.Equal(first, second) {
		t.Fatal("a rerun changed report.html")
	}
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium is needed (.ci/run installs it): %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir="+t.TempDir(),
		"--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=5000", "--dump-dom", "file://"+path)
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	d := string(dom)
	if n, drawn := strings.Count(d, `class="chart"`), strings.Count(d, `data-drawn="1"`); n != 10 || drawn != n {
		t.Fatalf("%d charts, %d drawn (5 + one per paused or reviewed unit)", n, drawn)
	}
	for _, want := range []string{"Badan Pengelolaan Keuangan dan Aset Daerah", "Biro Organisasi", "Dinas Lingkungan Hidup",
		"Hentikan sementara", "Tinjau ulang", "Oktober 2026", "Capaian kinerja turun 35,5 %",
		"4.000.000"} { // chart axes in Indonesian number format
		if !strings.Contains(d, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}
