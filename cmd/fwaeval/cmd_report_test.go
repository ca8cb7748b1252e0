package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
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
	code, stdout, stderr := runCLI(t, "report", "--month", "2026-10", "--format", "html", "--db", db, "--out", out)
	if code != 0 {
		t.Fatalf("report: %d %s", code, stderr)
	}
	path := strings.TrimSpace(stdout)
	first, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	runCLI(t, "report", "--month", "2026-10", "--format", "html", "--db", db, "--out", out, "--quiet")
	if second, _ := os.ReadFile(path); !bytes.Equal(first, second) {
		t.Fatal("a rerun changed report.html")
	}
	d, _ := browse(t, path)
	// 5 charts, 3 funnels, and per paused or reviewed unit one per
	// indicator its rules judge: 5 units, R4 (Biro Organisasi) judging two.
	if n, drawn := strings.Count(d, `class="chart"`), strings.Count(d, `data-drawn="1"`); n != 14 || drawn != n {
		t.Fatalf("%d charts, %d drawn (5, 3 funnels, one per indicator of each paused or reviewed unit's rules)", n, drawn)
	}
	for _, want := range []string{"Badan Pengelolaan Keuangan dan Aset Daerah", "Biro Organisasi", "Dinas Lingkungan Hidup",
		"Hentikan sementara", "Tinjau ulang", "Oktober 2026", "Capaian kinerja turun 35,5 %",
		"4.000.000"} { // chart axes in Indonesian number format
		if !strings.Contains(d, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// The sample's PDF, read back with qpdf and poppler: every paused or
// reviewed unit of flags.csv on a page with its status and evidence, page
// numbers, the charts as images, and the same bytes when rendered again.
func TestReportPDFOfSample(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.duckdb")
	out := t.TempDir()
	if code, _, stderr := runCLI(t, "load", "--data", "../../sample-data", "--db", db, "--quiet"); code != 0 {
		t.Fatalf("load: %s", stderr)
	}
	for _, args := range [][]string{{"evaluate", "--month", "2026-10"}, {"report", "--month", "2026-10", "--format", "pdf"}} {
		if code, _, stderr := runCLI(t, append(args, "--db", db, "--out", out, "--quiet")...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, stderr)
		}
	}
	path := filepath.Join(out, "2026-10", "report.pdf")
	first, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	runCLI(t, "report", "--month", "2026-10", "--format", "pdf", "--db", db, "--out", out, "--quiet")
	if second, _ := os.ReadFile(path); !bytes.Equal(first, second) {
		t.Fatal("a rerun changed report.pdf")
	}
	for _, tool := range []string{"qpdf", "pdftotext", "pdfimages", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed (.ci/run installs poppler-utils and qpdf): %v", tool, err)
		}
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	info, _ := exec.Command("pdfinfo", path).Output()
	var pages int
	for _, l := range strings.Split(string(info), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			pages, _ = strconv.Atoi(strings.TrimSpace(v))
		}
	}
	txt, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// pdftotext separates pages with a form feed.
	texts := strings.Split(string(txt), "\f")
	if pages < 8 || len(texts) < pages {
		t.Fatalf("%d pages, %d page texts", pages, len(texts))
	}
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	for i := 0; i < pages; i++ {
		p := squash(texts[i])
		if !strings.Contains(p, "Oktober2026") || !strings.Contains(p, fmt.Sprintf("%d/%d", i+1, pages)) {
			t.Errorf("page %d lacks the period or its number %d / %d", i+1, i+1, pages)
		}
	}
	flags, err := os.ReadFile(filepath.Join(out, "2026-10", "flags.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(flags)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{"HENTIKAN_SEMENTARA": "Hentikan sementara", "TINJAU_ULANG": "Tinjau ulang"}
	attention, unitCharts := 0, 0
	for _, r := range rows[1:] {
		status, evidence := r[2], r[4]
		// every R1–R3 sentence names its 95 % interval
		for _, sentence := range strings.SplitAfter(evidence, ". ") {
			effect := strings.HasPrefix(sentence, "Capaian kinerja") || strings.HasPrefix(sentence, "Tindak lanjut") || strings.HasPrefix(sentence, "Aduan ")
			if effect != strings.Contains(sentence, "selang 95 %:") {
				t.Errorf("%s: %q", r[0], sentence)
			}
		}
		if names[status] == "" {
			continue
		}
		attention++
		unitCharts += len(strings.Split(r[3], ";")) + strings.Count(r[3], "R4_disiplin") // R4 judges absence and quota breaches
		found := false
		for _, p := range texts[1:pages] {
			found = found || strings.Contains(squash(p), squash(names[status])) && strings.Contains(squash(p), squash(evidence))
		}
		if !found {
			t.Errorf("no unit page for %s (%s) with its evidence %q", r[0], status, evidence)
		}
	}
	if attention != 5 {
		t.Fatalf("%d paused or reviewed units in flags.csv, the sample has 5", attention)
	}
	imgs, _ := exec.Command("pdfimages", "-list", path).Output()
	n := 0
	for _, l := range strings.Split(string(imgs), "\n") {
		if f := strings.Fields(l); len(f) > 3 && f[2] == "image" && f[3] == "1600" {
			n++ // one chart at print resolution: 1 600 px across
		}
	}
	if n != 5+3+unitCharts {
		t.Errorf("%d images, want the 5 charts, 3 funnels and %d for the indicators of the paused and reviewed units' rules\n%s", n, unitCharts, imgs)
	}
}

// Words for leadership: neither report shows a rule id, "DiD" or a SPEC
// section; the capaian tile names its unit; the evidence reads naturally.
func TestReportWordsForLeadership(t *testing.T) {
	db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", db, "--out", out, "--quiet"); code != 0 {
		t.Fatalf("run: %s", stderr)
	}
	jargon := regexp.MustCompile(`R[1-6]_[a-z_]+|\bDiD\b|SPEC §`)
	scripts := regexp.MustCompile(`(?s)<script.*?</script>`)
	for _, c := range []struct{ lang, tile, evidence string }{
		{"id", "poin (unit FWA / unit pembanding)", "lebih dalam daripada di unit pembanding"},
		{"en", "points (FWA units / control units)", "more than in control units"},
	} {
		if code, _, stderr := runCLI(t, "report", "--month", "2026-10", "--lang", c.lang, "--db", db, "--out", out, "--quiet"); code != 0 {
			t.Fatalf("report --lang %s: %s", c.lang, stderr)
		}
		html, err := os.ReadFile(filepath.Join(out, "2026-10", "report.html"))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := exec.Command("pdftotext", "-raw", filepath.Join(out, "2026-10", "report.pdf"), "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		pdf := string(raw)
		for name, text := range map[string]string{"report.html": scripts.ReplaceAllString(string(html), ""), "report.pdf": pdf} {
			if m := jargon.FindString(text); m != "" {
				t.Errorf("%s (%s) shows %q", name, c.lang, m)
			}
			// pdftotext breaks lines where the PDF wraps them: compare
			// without white space.
			squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
			if !strings.Contains(squash(text), squash(c.tile)) || !strings.Contains(squash(text), squash(c.evidence)) {
				t.Errorf("%s (%s) lacks %q or %q", name, c.lang, c.tile, c.evidence)
			}
		}
	}
}
