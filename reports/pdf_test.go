package reports

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"fwaeval/reports/model"
)

// tool runs a PDF reader from poppler-utils or qpdf (.ci/run installs
// them) and returns its output.
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Fatalf("%s is needed to read the PDF back (Debian poppler-utils / qpdf; .ci/run installs them): %v", name, err)
	}
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// squash drops all white space: pdftotext breaks lines where the PDF
// wraps them, and long words get break points.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// pdfPages writes doc and returns each page's text.
func pdfPages(t *testing.T, doc []byte) (path string, pages []string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	tool(t, "qpdf", "--check", path)
	n := 0
	for _, l := range strings.Split(tool(t, "pdfinfo", path), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			n, _ = strconv.Atoi(strings.TrimSpace(v))
		}
	}
	if n == 0 {
		t.Fatal("pdfinfo: no pages")
	}
	for i := 1; i <= n; i++ {
		pages = append(pages, tool(t, "pdftotext", "-f", strconv.Itoa(i), "-l", strconv.Itoa(i), path, "-"))
	}
	return path, pages
}

// pageWith is the first page whose text holds all of want (white space
// ignored), or -1.
func pageWith(pages []string, want ...string) int {
	for i, p := range pages {
		s, all := squash(p), true
		for _, w := range want {
			all = all && strings.Contains(s, squash(w))
		}
		if all {
			return i
		}
	}
	return -1
}

// The fixture's PDF, read back with qpdf and poppler: period and header on
// every page, page numbers "n / total", each paused or reviewed unit on its
// own page with status and evidence, suppression, the charts as images at
// print resolution, and the same bytes twice.
func TestPDFReadBack(t *testing.T) {
	for _, lang := range []Lang{"id", "en"} {
		t.Run(string(lang), func(t *testing.T) {
			m := testModel(lang)
			doc, err := PDF(m, PDFOptions{})
			if err != nil {
				t.Fatal(err)
			}
			// Upstream gofpdf ordered equal-width images by map iteration:
			// 7 of 10 renders differed. Several renders catch that.
			for i := range 5 {
				again, err := PDF(testModel(lang), PDFOptions{Workers: 1 + i%2})
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(doc, again) {
					t.Fatalf("render %d of the same model differs", i+2)
				}
			}
			path, pages := pdfPages(t, doc)
			period := map[Lang]string{"id": "Oktober 2026", "en": "October 2026"}[lang]
			for i, p := range pages {
				if !strings.Contains(p, period) {
					t.Errorf("page %d has no period %q in its header", i+1, period)
				}
				if num := fmt.Sprintf("%d/%d", i+1, len(pages)); !strings.Contains(squash(p), num) {
					t.Errorf("page %d lacks its number %q", i+1, num)
				}
			}
			bad, small := m.Attention[0], m.Attention[1]
			if i := pageWith(pages, bad.Name+" — "+m.Lang.StatusName(bad.Status), bad.Evidence); i < 1 {
				t.Errorf("no page of its own for %q with status and evidence", bad.Name)
			}
			if pageWith(pages[:1], m.Lang.StatusName(bad.Status), m.Lang.StatusName(small.Status)) != 0 {
				t.Error("first page lacks the paused and reviewed units' statuses")
			}
			if i := pageWith(pages, small.Name+" — "+m.Lang.StatusName(small.Status), textOf(m.Lang, "suppressed")); i < 1 {
				t.Errorf("suppressed unit %q has no page saying so", small.Name)
			}
			for _, w := range []string{SummaryText(m), m.Lang.Rupiah(1500000), textOf(m.Lang, "quality"), textOf(m.Lang, "method")} {
				if pageWith(pages, w) < 0 {
					t.Errorf("PDF lacks %q", w)
				}
			}
			if pageWith(pages[:1], SummaryText(m)) != 0 {
				t.Error("the summary sentences are not on the first page")
			}
			// The paused unit's page: each judged indicator's estimate,
			// 95 % interval and z, or too little data to judge; the
			// placebo check on the data-quality page.
			for _, w := range []string{judgedValue(m.Lang, model.JudgedCapaian, -20), judgedInterval(m.Lang, model.JudgedCapaian, -20, 5),
				textOf(m.Lang, "too_little"), judgedInterval(m.Lang, model.JudgedAduan, math.Log(2), 0.25)} {
				if pageWith(pages, bad.Name+" — "+m.Lang.StatusName(bad.Status), w) < 1 {
					t.Errorf("the paused unit's page lacks %q", w)
				}
			}
			// Every FWA unit — continuing, watched and suppressed ones
			// too — in one table with its status and reason; the control
			// unit is not.
			all := pageWith(pages, textOf(m.Lang, "all_fwa"))
			for _, u := range m.Units {
				in := pageWith(pages[max(all, 0):max(all+1, 0)], textOf(m.Lang, "all_fwa"), u.Name, m.Lang.StatusName(u.Status), Reason(m.Lang, u)) == 0
				if in != (u.Status != "TIDAK_BERLAKU") {
					t.Errorf("unit %s (%s) in the table of FWA units: %v", u.Name, u.Status, in)
				}
			}
			if pageWith(pages, textOf(m.Lang, "placebo"), textOf(m.Lang, "placebo_ok"), textOf(m.Lang, "placebo_more")) < 1 {
				t.Error("no placebo check in the PDF")
			}
			// Long paragraphs print whole (regression: they were cut at
			// 600 characters): each one's last 80 characters are there.
			for _, key := range []string{"method_text", "method_chance", "placebo_text", "funnel_note"} {
				r := []rune(textOf(m.Lang, key))
				if tail := string(r[max(0, len(r)-80):]); pageWith(pages, tail) < 0 {
					t.Errorf("%s is not printed whole: %q missing", key, tail)
				}
			}
			// 5 charts and 3 funnels, plus 1 for the one unsuppressed unit
			// with trends: its rule's indicator, titled with its FWA start.
			imgs := pdfImages(t, path)
			if len(imgs) != 9 {
				t.Fatalf("%d images, want 9:\n%v", len(imgs), imgs)
			}
			if title := unitChartTitle(m.Lang, m.Trends.PerUnit["U1"].Series[0], m.Trends.PerUnit["U1"].FWAStart); pageWith(pages, bad.Name+" — "+m.Lang.StatusName(bad.Status), title) < 1 {
				t.Errorf("the paused unit's page lacks its chart %q", title)
			}
			for _, im := range imgs {
				if im.ppi < 200 {
					t.Errorf("image at %d ppi, want print resolution (≥ 200)", im.ppi)
				}
			}
		})
	}
}

type pdfImage struct{ page, width, ppi int }

// pdfImages lists the images with `pdfimages -list`.
func pdfImages(t *testing.T, path string) []pdfImage {
	var out []pdfImage
	for _, l := range strings.Split(tool(t, "pdfimages", "-list", path), "\n") {
		f := strings.Fields(l)
		if len(f) < 14 || f[2] != "image" {
			continue
		}
		page, _ := strconv.Atoi(f[0])
		w, _ := strconv.Atoi(f[3])
		ppi, _ := strconv.Atoi(f[12])
		out = append(out, pdfImage{page, w, ppi})
	}
	return out
}

// bigModel has n paused or reviewed units with long names, for page
// breaks and the benchmark.
func bigModel(n int) *Model {
	m := testModel("id")
	m.Attention, m.Units = nil, nil
	m.Trends.PerUnit = map[string]UnitTrend{}
	for i := range n {
		u := UnitFlag{UnitID: fmt.Sprintf("U%04d", i), InstansiID: "I1", Instansi: "Pemerintah Kabupaten Contoh",
			Name:   fmt.Sprintf("Unit %04d Bidang Pengelolaan Sumber Daya Manusia dan Pengembangan Kompetensi Aparatur Ujung%04d", i, i),
			Status: "TINJAU_ULANG", Rules: "R4_disiplin", Employees: 40, Capaian: 70 + float64(i%20), CapaianDidRel: -0.05,
			Porsi: float64(i%100) / 100, Tindak: 0.8, Cakupan: 1,
			Evidence: fmt.Sprintf("Tingkat kehadiran %d,0 %% di bawah batas 90,0 %% selama dua bulan berturut-turut.", 80+i%10)}
		if i%3 == 0 {
			u.Status, u.Rules = "HENTIKAN_SEMENTARA", "R1_produktivitas_turun"
		}
		m.Attention = append(m.Attention, u)
		m.Units = append(m.Units, u)
		capaian, tindak := UnitSeries{Indicator: "capaian_kinerja"}, UnitSeries{Indicator: "tindak_lanjut_tepat_waktu"}
		for k := range 12 {
			capaian.Unit = append(capaian.Unit, 80-float64(k)+float64(i)/100) // every unit's chart differs
			capaian.Control = append(capaian.Control, math.NaN())
			tindak.Unit = append(tindak.Unit, 0.8+float64(k%3)/20)
			tindak.Control = append(tindak.Control, 0.9-float64(k%4)/50)
		}
		tr := UnitTrend{Series: []UnitSeries{capaian, tindak}}
		m.Trends.PerUnit[u.UnitID] = tr
	}
	m.Summary.StatusCounts = map[string]int{"HENTIKAN_SEMENTARA": (n + 2) / 3, "TINJAU_ULANG": n - (n+2)/3}
	return m
}

// A table longer than a page repeats its header on every page it spans,
// and wraps long names instead of cutting them.
func TestPDFTableRepeatsHeader(t *testing.T) {
	m := bigModel(45)
	doc, err := PDF(m, PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, pages := pdfPages(t, doc)
	charts := pageWith(pages, textOf(m.Lang, "charts"), textOf(m.Lang, "chart_capaian"))
	if charts < 2 {
		t.Fatalf("the units table should span several pages before the charts (charts on page %d)", charts+1)
	}
	head := []string{textOf(m.Lang, "unit"), textOf(m.Lang, "instansi"), textOf(m.Lang, "status"), textOf(m.Lang, "evidence")}
	for i := 0; i < charts; i++ {
		if pageWith(pages[i:i+1], head...) != 0 {
			t.Errorf("table page %d lacks the header row", i+1)
		}
	}
	tableText := squash(strings.Join(pages[:charts], ""))
	for _, u := range m.Attention {
		if last := u.Name[len(u.Name)-len("Ujung0000"):]; !strings.Contains(tableText, last) {
			t.Errorf("the table lost the end of %q", u.Name)
		}
		if !strings.Contains(tableText, squash(u.Evidence)) {
			t.Errorf("the table lacks the evidence of %s", u.UnitID)
		}
	}
	if got := len(pages) - charts; got < len(m.Attention) {
		t.Errorf("%d pages after the table for %d units: want a page each", got, len(m.Attention))
	}
}

func TestWrapText(t *testing.T) {
	for in, want := range map[string]string{
		"Dinas Kesehatan":                    "Dinas Kesehatan",
		"a\nb\tc\x00d":                       "a b c d",
		strings.Repeat("x", maxWord+3):       strings.Repeat("x", maxWord) + " xxx",
		strings.Repeat("é", maxWord) + " ok": strings.Repeat("é", maxWord) + " ok",
		// a long word breaks after its last hyphen, not mid-word
		"difference-in-differences-analysis": "difference-in- differences-analysis",
		"selisih-dalam-selisihnya":           "selisih-dalam- selisihnya",
	} {
		if got := wrapText(in); got != want {
			t.Errorf("wrapText(%q) = %q, want %q", in, got, want)
		}
	}
	if n := len([]rune(wrapText(strings.Repeat("a ", 1000)))); n > 600 {
		t.Errorf("a 2000-rune name kept %d runes", n)
	}
}

// BenchmarkPDF1000 renders a report with 1 000 paused or reviewed units
// and reports pages per second.
func BenchmarkPDF1000(b *testing.B) {
	m := bigModel(1000)
	var pages int
	for b.Loop() {
		doc, err := PDF(m, PDFOptions{})
		if err != nil {
			b.Fatal(err)
		}
		pages = bytes.Count(doc, []byte("/Type /Page\n"))
		b.ReportMetric(float64(len(doc))/1e6, "MB")
	}
	b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// A unit's one-line reason: the first finding with its threshold, the
// interval and baseline dropped, a watched unit's reason kept.
func TestReason(t *testing.T) {
	cases := []struct {
		u    UnitFlag
		want string
	}{
		{UnitFlag{Evidence: "Capaian kinerja turun 35,5 % dari baseline-nya lebih dalam daripada di unit pembanding selama 2 bulan berturut-turut (baseline Okt–Des 2025; selang 95 %: 30,8–40,2 %); penurunan sebesar ini muncul karena kebetulan kurang dari 1 dari 10.000 kali."},
			"Capaian kinerja turun 35,5 % dari baseline-nya lebih dalam daripada di unit pembanding selama 2 bulan berturut-turut."},
		{UnitFlag{Evidence: "Cakupan presensi 68,5 % (minimal 80,0 %)."}, "Cakupan presensi 68,5 % (minimal 80,0 %)."},
		{UnitFlag{Evidence: "Performance achievement fell 24.8% more than in control units in October 2026 (baseline Oct–Dec 2025; 95% interval: 19.0–30.7%); only 6 employees have performance data (at least 10 for a more severe status)."},
			"Performance achievement fell 24.8% more than in control units in October 2026; only 6 employees have performance data (at least 10 for a more severe status)."},
		{UnitFlag{Evidence: "Aduan 4,1 kali dari yang diperkirakan (selang 95 %: 2,0–8,3 kali) pada Oktober 2026"}, "Aduan 4,1 kali dari yang diperkirakan pada Oktober 2026."},
		{UnitFlag{}, "Tidak ada aturan yang terpicu."},
		{UnitFlag{Suppressed: true, Evidence: "x"}, "disembunyikan (< 5 pegawai)"},
	}
	for _, c := range cases {
		if got := Reason(Lang("id"), c.u); got != c.want {
			t.Errorf("Reason(%q) = %q, want %q", c.u.Evidence, got, c.want)
		}
	}
}

// longEvidence is a realistic evidence sentence made long: every word
// of it must print, unbroken.
const longEvidence = "Capaian kinerja turun 35,5 % dari baseline-nya lebih dalam daripada di unit pembanding selama 2 bulan berturut-turut " +
	"(baseline Okt–Des 2025; selang 95 %: 30,8–40,2 %); penurunan sebesar ini muncul karena kebetulan kurang dari 1 dari 10.000 kali; " +
	"difference-in-differences terhadap unit pembanding di instansi yang sama, dihitung ulang setiap bulan dari data presensi dan e-Kinerja; " +
	"Tindak lanjut aduan tepat waktu 46,4 % (batas 80,0 %), turun 55,5 poin persentase lebih dalam daripada di unit pembanding selama 2 bulan berturut-turut " +
	"(selang 95 %: 38,2–72,7 poin), dari 28 aduan dinilai; penurunan sebesar ini muncul karena kebetulan kurang dari 1 dari 10.000 kali."

// testNational is a small national model.
func testNational(lang Lang) *National {
	months := make([]time.Time, 12)
	v := make([]float64, 12)
	for i := range months {
		months[i] = time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC).AddDate(0, i, 0)
		v[i] = 80 + float64(i)
	}
	return &National{
		Lang: lang, Month: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC),
		AsOf: time.Date(2026, 11, 5, 15, 32, 0, 0, time.UTC), Generated: time.Date(2026, 11, 5, 15, 32, 0, 0, time.UTC),
		Coverage:     Coverage{Received: 2, Expected: 3, Missing: []NamedID{{ID: "I3", Name: "Pemkab Tiga"}}},
		StatusCounts: map[string]int{"HENTIKAN_SEMENTARA": 1, "LANJUTKAN": 2, "TIDAK_BERLAKU": 1},
		Tiles:        Tiles{CapaianChangeFWA: -2, CapaianChangeCtrl: -1, TindakFWA: 0.9, TindakCtrl: 0.95, SavingsRupiah: 2e6},
		ByJenis:      []StatusGroup{{Name: "KOTA", Units: 4, Counts: map[string]int{"HENTIKAN_SEMENTARA": 1, "LANJUTKAN": 2, "TIDAK_BERLAKU": 1}}},
		ByProvince:   []StatusGroup{{Name: "Bengkulu", Units: 4, Counts: map[string]int{"HENTIKAN_SEMENTARA": 1, "LANJUTKAN": 2, "TIDAK_BERLAKU": 1}}},
		Ranking:      []InstansiShare{{ID: "I1", Name: "Pemkot Satu", Units: 4, FWAUnits: 3, Paused: 1, Share: 1.0 / 3}},
		Trend:        NationalTrend{Months: months, CapaianFWA: v, CapaianCtrl: v, TindakFWA: v, TindakCtrl: v, Savings: v},
		Paused:       []PausedUnit{{InstansiID: "I1", Instansi: "Pemkot Satu", UnitID: "U1", Unit: "Dinas Satu", Evidence: longEvidence}},
	}
}

// Every paragraph of both PDFs, in both languages, prints whole: each of
// its words is a word of pdftotext's output — none cut off at a length,
// none split in the middle ("differe nces").
func TestParagraphsWhole(t *testing.T) {
	for _, lang := range []Lang{"id", "en"} {
		m := testModel(lang)
		m.Attention[0].Evidence = longEvidence
		m.Units[0].Evidence = longEvidence
		m.Quality.Empty = []string{"aduan", "belanja"}
		n := testNational(lang)
		l := func(key string) string { return textOf(m.Lang, key) }
		docs := []struct {
			name  string
			pdf   func() ([]byte, error)
			paras []string
		}{
			{"report.pdf", func() ([]byte, error) { return PDF(m, PDFOptions{}) },
				[]string{SummaryText(m), longEvidence, l("funnel_note"), l("placebo_text"), l("method_text"), l("method_chance"), l("method_thresholds"), l("empty_aduan"), l("empty_belanja")}},
			{"national report.pdf", func() ([]byte, error) { return NationalPDF(n, PDFOptions{}) },
				[]string{NationalSummaryText(n), coverageLine(n), l("n_method_text"), l("n_top20")}},
		}
		for _, d := range docs {
			doc, err := d.pdf()
			if err != nil {
				t.Fatal(err)
			}
			_, pages := pdfPages(t, doc)
			words := map[string]bool{}
			for _, w := range strings.Fields(strings.Join(pages, "\n")) {
				words[w] = true
			}
			for _, p := range d.paras {
				for _, w := range strings.Fields(p) {
					if !words[w] {
						t.Errorf("%s (%s): %q of %.60q… is not printed whole", d.name, lang, w, p)
						break
					}
				}
			}
		}
	}
}
