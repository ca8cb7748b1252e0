package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The sample's units of each employee (pegawai.csv), for editing one
// unit's rows.
func sampleUnits(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, r := range readCSV(t, "../../sample-data/pegawai.csv")[1:] {
		out[r[0]] = r[1]
	}
	return out
}

// flagsOf reads a run's flags.csv: unit → [status, rules, evidence].
func flagsOf(t *testing.T, out string) map[string][3]string {
	t.Helper()
	m := map[string][3]string{}
	for _, r := range readCSV(t, filepath.Join(out, "2026-10", "flags.csv"))[1:] {
		m[r[0]] = [3]string{r[2], r[3], r[4]}
	}
	return m
}

// editRows changes the records of a file whose ok says so (the header
// excepted), by edit.
func editRows(ok func(r []string) bool, edit func(r []string)) func([][]string) [][]string {
	return everyNth(1, ok, edit)
}

// everyNth edits the first, the n+1st, … of the records ok picks.
func everyNth(n int, ok func(r []string) bool, edit func(r []string)) func([][]string) [][]string {
	return func(recs [][]string) [][]string {
		k := 0
		for _, r := range recs[1:] {
			if ok(r) {
				if k%n == 0 {
					edit(r)
				}
				k++
			}
		}
		return recs
	}
}

// firstN edits the first n of the records ok picks.
func firstN(n int, ok func(r []string) bool, edit func(r []string)) func([][]string) [][]string {
	return func(recs [][]string) [][]string {
		for _, r := range recs[1:] {
			if n > 0 && ok(r) {
				edit(r)
				n--
			}
		}
		return recs
	}
}

// Rows that failed to load never become a verdict (README, "Rejected rows
// and verdicts"): a unit that lost rows of a source is DATA_KURANG with
// what it lost in its evidence, not judged by the rules reading that
// source; every other unit keeps the clean sample's status.
func TestLostRowsAreNotJudged(t *testing.T) {
	cleanOut := t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", filepath.Join(t.TempDir(), "w.duckdb"), "--out", cleanOut, "--quiet"); code != 0 {
		t.Fatalf("clean sample: %d %s", code, stderr)
	}
	clean := flagsOf(t, cleanOut)
	units := sampleUnits(t)
	const kominfo, dlh = "PROV-BKL-KOMINFO", "KOTA-SKA-DLH"
	if clean[kominfo][0] != "LANJUTKAN" || clean[dlh][0] != "TINJAU_ULANG" {
		t.Fatalf("the sample changed: %s %v, %s %v", kominfo, clean[kominfo], dlh, clean[dlh])
	}
	cases := []struct {
		name   string
		edit   map[string]func([][]string) [][]string
		unit   string
		says   []string // in the unit's evidence
		saysNo string   // and not this
	}{
		{"NIPs printed with spaces in one unit's September and October daily logs",
			map[string]func([][]string) [][]string{"kinerja_harian.csv": editRows(
				func(r []string) bool { return units[r[0]] == kominfo && r[1] >= "2026-09" },
				func(r []string) { r[0] = r[0][:8] + " " + r[0][8:14] + " " + r[0][14:15] + " " + r[0][15:] })},
			kominfo, []string{"719 baris kinerja_harian unit ini ditolak pada Oktober 2026 (100,0 % dari 719 baris; terbanyak invalid_value nip: nip harus 18 digit angka); R1 tidak dinilai",
				"684 baris kinerja_harian unit ini ditolak pada September 2026"}, "Capaian kinerja turun"},
		{"a third of one unit's October attendance with dates written D.M.YYYY",
			map[string]func([][]string) [][]string{"presensi.csv": everyNth(3,
				func(r []string) bool { return units[r[0]] == kominfo && strings.HasPrefix(r[1], "2026-10") },
				func(r []string) { r[1] = r[1][8:] + "." + r[1][5:7] + "." + r[1][:4] })},
			kominfo, []string{"baris presensi unit ini ditolak pada Oktober 2026", "terbanyak invalid_value tanggal", "R4 tidak dinilai"}, "Cakupan presensi"},
		{"three of one unit's October complaints received on October 32nd",
			map[string]func([][]string) [][]string{"aduan.csv": firstN(3,
				func(r []string) bool { return r[1] == dlh && strings.HasPrefix(r[2], "2026-10") },
				func(r []string) { r[2] = "2026-10-32" + r[2][10:] })},
			dlh, []string{"3 baris aduan unit ini ditolak pada Oktober 2026", "terbanyak invalid_value diterima", "R2 dan R3 tidak dinilai"}, "Aduan 4,1 kali"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, out := copySample(t, c.edit), t.TempDir()
			code, _, stderr := runCLI(t, "run", "--data", data, "--month", "2026-10", "--db", filepath.Join(t.TempDir(), "w.duckdb"),
				"--out", out, "--quiet", "--max-reject-rate", "20%")
			if code != 0 {
				t.Fatalf("run: %d %s", code, stderr)
			}
			got := flagsOf(t, out)
			for id, f := range clean {
				want := f[0]
				if id == c.unit {
					want = "DATA_KURANG"
				}
				if got[id][0] != want {
					t.Errorf("%s: %s (%s), want %s", id, got[id][0], got[id][2], want)
				}
			}
			u := got[c.unit]
			for _, s := range c.says {
				if !strings.Contains(u[2], s) {
					t.Errorf("%s's evidence %q lacks %q", c.unit, u[2], s)
				}
			}
			if u[1] != "R6_data_kurang" || strings.Contains(u[2], c.saysNo) {
				t.Errorf("%s: rules %q, evidence %q (must not say %q)", c.unit, u[1], u[2], c.saysNo)
			}
			// Both reports list the unit's rejected rows.
			html, err := os.ReadFile(filepath.Join(out, "2026-10", "report.html"))
			if err != nil {
				t.Fatal(err)
			}
			pdf, err := exec.Command("pdftotext", "-layout", filepath.Join(out, "2026-10", "report.pdf"), "-").Output()
			if err != nil {
				t.Fatalf("pdftotext (poppler-utils; .ci/run installs it): %v", err)
			}
			for name, doc := range map[string]string{"report.html": string(html), "report.pdf": string(pdf)} {
				if !strings.Contains(doc, map[string]string{"report.html": "Unit dengan baris ditolak", "report.pdf": "Unit dengan baris ditolak"}[name]) {
					t.Errorf("%s has no list of units with rejected rows", name)
				}
			}
		})
	}
}

// A month that loses more than --max-reject-rate of its rows stops the
// run, even inside a year-long file whose rate as a whole is low: exit 3
// naming the file, the month and the commonest rejects; every reject
// written beside the month's folder; the warehouse and out/2026-10 as
// they were.
func TestRejectLimitPerMonth(t *testing.T) {
	db, out := filepath.Join(t.TempDir(), "w.duckdb"), t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", db, "--out", out, "--quiet"); code != 0 {
		t.Fatalf("clean sample: %d %s", code, stderr)
	}
	before := map[string]string{"w.duckdb": sha256File(t, db)}
	entries, _ := os.ReadDir(filepath.Join(out, "2026-10"))
	for _, e := range entries {
		if !e.IsDir() {
			before[e.Name()] = sha256File(t, filepath.Join(out, "2026-10", e.Name()))
		}
	}
	// One in 16 of March's attendance rows (6.25 %) with an unknown
	// status: half a percent of the file.
	data := copySample(t, map[string]func([][]string) [][]string{"presensi.csv": everyNth(16,
		func(r []string) bool { return strings.HasPrefix(r[1], "2026-03") },
		func(r []string) { r[2] = "BOLOS" })})
	code, stdout, stderr := runCLI(t, "run", "--data", data, "--month", "2026-10", "--db", db, "--out", out, "--json")
	if code != 3 {
		t.Fatalf("exit %d, want 3: %s", code, stderr)
	}
	refused := filepath.Join(out, "2026-10.ditolak")
	for _, want := range []string{"presensi.csv: Maret 2026: ", " baris bulan itu ditolak (6,", "di atas batas 5,0 %",
		"invalid_value status: ", "pertama / first presensi.csv:", "status bukan salah satu dari",
		"semua penolakan / every reject: " + filepath.Join(refused, "rejects.csv")} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	var man struct {
		Refused struct {
			File, Month  string
			RowsRead     int64  `json:"rows_read"`
			RowsRejected int64  `json:"rows_rejected"`
			RejectsCSV   string `json:"rejects_csv"`
			Top          []struct {
				Code, Column string
				Rows         int64
				FirstLine    int64 `json:"first_line"`
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &man); err != nil {
		t.Fatalf("--json: %v\n%s", err, stdout)
	}
	r := man.Refused
	if r.File != "presensi.csv" || r.Month != "2026-03" || len(r.Top) != 1 || r.Top[0].Code != "invalid_value" || r.Top[0].Column != "status" ||
		r.Top[0].Rows != r.RowsRejected || r.Top[0].FirstLine < 2 || float64(r.RowsRejected)/float64(r.RowsRead) < 0.055 {
		t.Errorf("--json refusal: %+v", r)
	}
	if got := csvRows(t, filepath.Join(refused, "rejects.csv")); got != r.RowsRejected {
		t.Errorf("rejects.csv beside the month's folder holds %d rejects, want %d", got, r.RowsRejected)
	}
	if raw, err := os.ReadFile(filepath.Join(refused, "manifest.json")); err != nil || strings.TrimSpace(string(raw)) != strings.TrimSpace(stdout) {
		t.Errorf("the refused run's manifest.json is not what --json printed: %v", err)
	}
	after := map[string]string{"w.duckdb": sha256File(t, db)}
	entries, _ = os.ReadDir(filepath.Join(out, "2026-10"))
	for _, e := range entries {
		if !e.IsDir() {
			after[e.Name()] = sha256File(t, filepath.Join(out, "2026-10", e.Name()))
		}
	}
	for name, h := range before {
		if after[name] != h {
			t.Errorf("%s changed by the refused run", name)
		}
	}
	if len(after) != len(before) {
		t.Errorf("out/2026-10 holds %d files after the refused run, %d before", len(after), len(before))
	}
	// load says the same, and --json gives the refusal.
	code, stdout, stderr = runCLI(t, "load", "--data", data, "--db", filepath.Join(t.TempDir(), "l.duckdb"), "--json")
	var lr struct{ Refused struct{ File, Month string } }
	if err := json.Unmarshal([]byte(stdout), &lr); code != 3 || err != nil || lr.Refused.File != "presensi.csv" || lr.Refused.Month != "2026-03" ||
		!strings.Contains(stderr, "presensi.csv: Maret 2026: ") {
		t.Errorf("load: exit %d, refusal %+v (%v), stderr %q", code, lr.Refused, err, stderr)
	}
	// The folder fixed: the run goes through, and the refusal is gone.
	if code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", db, "--out", out, "--quiet"); code != 0 {
		t.Fatalf("rerun: %d %s", code, stderr)
	}
	if _, err := os.Stat(refused); !os.IsNotExist(err) {
		t.Errorf("%s still there after a run that went through: %v", refused, err)
	}
}

// Rejected rows no unit can be traced to (an unknown unit_id), above the
// reject limit in the month judged, are a warning on stderr, in
// manifest.json and in both reports: any unit may be judged without them.
func TestUntracedRejectsWarned(t *testing.T) {
	data, out := copySample(t, map[string]func([][]string) [][]string{"aduan.csv": firstN(4,
		func(r []string) bool { return r[1] == "KOTA-SKA-DLH" && strings.HasPrefix(r[2], "2026-10") },
		func(r []string) { r[1] = "KOTA-SKA-HILANG" })}), t.TempDir()
	code, _, stderr := runCLI(t, "run", "--data", data, "--month", "2026-10", "--db", filepath.Join(t.TempDir(), "w.duckdb"), "--out", out, "--quiet")
	const want = "4 baris aduan Oktober 2026 yang ditolak tidak dapat dikaitkan ke unit mana pun ("
	if code != 0 || !strings.Contains(stderr, want) {
		t.Fatalf("exit %d, stderr lacks %q:\n%s", code, want, stderr)
	}
	html, err := os.ReadFile(filepath.Join(out, "2026-10", "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := exec.Command("pdftotext", filepath.Join(out, "2026-10", "report.pdf"), "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (poppler-utils; .ci/run installs it): %v", err)
	}
	man, err := os.ReadFile(filepath.Join(out, "2026-10", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	for name, doc := range map[string]string{"report.html": string(html), "report.pdf": strings.Join(strings.Fields(string(pdf)), " "), "manifest.json": string(man)} {
		if !strings.Contains(doc, want) {
			t.Errorf("%s does not warn of the untraced complaints", name)
		}
	}
}
