package reports

import (
	"bytes"
	"context"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fwaeval/reports/model"
)

const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)>`

// testModel is a small report model with markup in data-derived strings.
func testModel(lang Lang) *Model {
	months := make([]time.Time, 12)
	fwa, ctrl := make([]float64, 12), make([]float64, 12)
	for i := range months {
		months[i] = time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC).AddDate(0, i, 0)
		fwa[i], ctrl[i] = 85-float64(i), 86
	}
	fwa[0] = math.NaN()
	bad := UnitFlag{UnitID: "U1", Name: "Dinas " + hostile, InstansiID: "I1", Instansi: "Pemkot " + hostile,
		Status: "HENTIKAN_SEMENTARA", Rules: "R1_produktivitas_turun", Evidence: "Capaian turun " + hostile,
		Employees: 40, Capaian: 60, CapaianDidRel: -0.3, Porsi: 0.3, Tindak: 0.9, Cakupan: 1,
		Judged: []Judged{{Indicator: model.JudgedCapaian, E: -20, SE: 5, Z: -4}, {Indicator: model.JudgedTindak, E: math.NaN(), SE: math.NaN(), Z: math.NaN()}, {Indicator: model.JudgedAduan, E: math.Log(2), SE: 0.25, Z: math.Log(2) / 0.25}}}
	fine := UnitFlag{UnitID: "U4", Name: "Dinas Biasa", InstansiID: "I1", Instansi: "Pemkot " + hostile,
		Status: "LANJUTKAN", Employees: 120, Capaian: 90, CapaianDidRel: 0.01, Porsi: 0.2, Tindak: 0.95, Cakupan: 1,
		Judged: []Judged{{Indicator: model.JudgedCapaian, E: 1, SE: 1.5, Z: 0.67}, {Indicator: model.JudgedTindak, E: -0.02, SE: 0.04, Z: -0.5}, {Indicator: model.JudgedAduan, E: -0.1, SE: 0.2, Z: -0.5}}}
	small := UnitFlag{UnitID: "U2", Name: "Bagian Kecil", InstansiID: "I1", Instansi: "Pemkot " + hostile,
		Status: "TINJAU_ULANG", Rules: "R4_disiplin", Employees: 3, Suppressed: true,
		Capaian: math.NaN(), CapaianDidRel: math.NaN(), Porsi: math.NaN(), Tindak: math.NaN(), Cakupan: math.NaN()}
	ok := UnitFlag{UnitID: "U3", Name: "Kecamatan Laweyan", InstansiID: "I1", Instansi: "Pemkot " + hostile,
		Status: "TIDAK_BERLAKU", Employees: 20, Capaian: 88, CapaianDidRel: math.NaN(), Porsi: 0, Tindak: 1, Cakupan: 1}
	return &Model{
		Lang: lang, Month: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), Instansi: []string{"Pemkot " + hostile},
		AsOf: time.Date(2026, 11, 5, 15, 32, 0, 0, time.UTC), Generated: time.Date(2026, 11, 5, 15, 32, 0, 0, time.UTC),
		Summary: Summary{StatusCounts: map[string]int{"HENTIKAN_SEMENTARA": 1, "TINJAU_ULANG": 1, "TIDAK_BERLAKU": 1},
			Tiles: Tiles{CapaianChangeFWA: -20, CapaianChangeCtrl: -5, TindakFWA: 0.9, TindakCtrl: 0.95, SavingsRupiah: 1500000}},
		Attention: []UnitFlag{bad, small},
		Units:     []UnitFlag{bad, small, ok, fine},
		Trends: Trends{Months: months, CapaianFWA: fwa, CapaianCtrl: ctrl, TindakFWA: ctrl, TindakCtrl: ctrl,
			PerUnit: map[string]UnitTrend{"U1": {FWAStart: time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC),
				Series: []UnitSeries{{Indicator: "capaian_kinerja", Unit: fwa, Control: ctrl}}}}},
		Savings: []Named{{Name: "Pemkot " + hostile, Value: 1500000}},
		PerInst: []InstansiRow{{ID: "I1", Name: "Pemkot " + hostile, Units: 3, FWAUnits: 2, Employees: 63,
			StatusCounts: map[string]int{"HENTIKAN_SEMENTARA": 1, "TINJAU_ULANG": 1, "TIDAK_BERLAKU": 1}, Savings: 1500000}},
		Quality: Quality{Sources: []SourceRows{{Source: "presensi", Read: 10, Loaded: 9, Rejected: 1}},
			TopRejects: []RejectReason{{Source: "presensi", Column: "tanggal", Code: "invalid_value", Count: 1}}, Coverage: 1,
			Placebo: []Placebo{{Indicator: model.JudgedCapaian, Judged: 400, Beyond975: 9, Beyond999: 0}, {Indicator: model.JudgedTindak, Judged: 380, Beyond975: 30, Beyond999: 4}, {Indicator: model.JudgedAduan, Judged: 0, Beyond975: 0, Beyond999: 0}}},
		Method: []Threshold{{Name: "R1 capaian_kinerja_did_rel ≤", Value: -0.1, Unit: model.UnitPercent}},
	}
}

// chromium opens path headless with networking blocked and returns the
// DOM after scripts ran and the browser's log.
func chromium(t *testing.T, path string) (dom, log string) {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium is needed for the browser test (Debian package `chromium`; .ci/run installs it): %v", err)
	}
	// A page whose data ran as script may open a dialog that blocks the
	// browser: a deadline turns that into a failure instead of a hang.
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
		"--virtual-time-budget=5000", "--dump-dom", "file://"+path)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium (a blocked page times out): %v\n%s", err, errb.String())
	}
	return out.String(), errb.String()
}

func TestHTMLInBrowser(t *testing.T) {
	for _, lang := range []Lang{"id", "en"} {
		t.Run(string(lang), func(t *testing.T) {
			page, err := HTML(testModel(lang))
			if err != nil {
				t.Fatal(err)
			}
			again, _ := HTML(testModel(lang))
			if !bytes.Equal(page, again) {
				t.Fatal("the same model gave different bytes")
			}
			if m := regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:)?//`).Find(page); m != nil {
				t.Fatalf("the page refers to another host: %s", m)
			}
			path := filepath.Join(t.TempDir(), "report.html")
			os.WriteFile(path, page, 0o644)
			dom, log := chromium(t, path)
			charts := strings.Count(dom, `class="chart"`)
			drawn := strings.Count(dom, `data-drawn="1"`)
			// five charts, three funnels, the paused unit's trend
			if charts != 9 || drawn != charts || strings.Count(dom, "<svg") < charts {
				t.Fatalf("%d chart containers, %d drawn, %d svg", charts, drawn, strings.Count(dom, "<svg"))
			}
			for _, line := range strings.Split(log, "\n") {
				if strings.Contains(line, "CONSOLE") || strings.Contains(line, "Uncaught") {
					t.Errorf("browser console: %s", line)
				}
			}
			// Markup in names shows as text: escaped in the DOM, never an element.
			if strings.Contains(dom, `<img src="x"`) || strings.Contains(dom, "<script>alert") {
				t.Fatal("markup from the data became elements")
			}
			if !strings.Contains(dom, "Dinas &lt;script&gt;alert") {
				t.Fatal("the hostile unit name is not shown as text")
			}
			want := map[Lang]string{"id": "Hentikan sementara", "en": "Pause"}[lang]
			if !strings.Contains(dom, want) || !strings.Contains(dom, `href="#unit-1"`) || !strings.Contains(dom, `id="unit-1"`) {
				t.Fatal("paused unit, its status or its section link missing")
			}
			for _, id := range model.JudgedIndicators {
				if !strings.Contains(dom, `id="chart-funnel-`+id+`" role="img"`) {
					t.Errorf("no funnel of %s", id)
				}
			}
			// The funnels name every unit in its point (the tooltip), the
			// markup escaped in the option JSON.
			if !bytes.Contains(page, []byte(`"name":"Dinas Biasa","value":[`)) || !bytes.Contains(page, []byte(`"name":"Dinas \u003cscript\u003e`)) {
				t.Error("funnel points without their unit's name")
			}
			// The paused unit's judged indicators: estimate, 95 % interval
			// and z, or too little data to judge.
			for _, w := range map[Lang][]string{
				"id": {"-20,0 poin", "-29,8 – -10,2 poin", "-4,00", "terlalu sedikit data untuk dinilai", "2,00 ×", "1,23 – 3,26 ×"},
				"en": {"-20.0 points", "-29.8 – -10.2 points", "-4.00", "too little data to judge", "2.00 ×", "1.23 – 3.26 ×"},
			}[lang] {
				if !strings.Contains(dom, w) {
					t.Errorf("unit detail lacks %q", w)
				}
			}
			// The placebo check: counts against chance, and a verdict.
			for _, w := range map[Lang][]string{
				"id": {"Pemeriksaan plasebo", "9 (10,0)", "sesuai kebetulan", "30 (9,5)", "lebih banyak dari kebetulan", "tidak ada unit pembanding"},
				"en": {"Placebo check", "9 (10.0)", "within chance", "30 (9.5)", "more than chance", "no control units"},
			}[lang] {
				if !strings.Contains(dom, w) {
					t.Errorf("placebo check lacks %q", w)
				}
			}
			// The suppressed unit keeps its status but shows no numbers.
			supp := map[Lang]string{"id": "disembunyikan", "en": "suppressed"}[lang]
			if !strings.Contains(dom, "Bagian Kecil") || !strings.Contains(dom, supp) {
				t.Fatal("suppressed unit not shown as suppressed")
			}
		})
	}
}
