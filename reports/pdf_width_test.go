package reports

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"
)

// wordBox is one word pdftotext -bbox found: its page, text and right edge.
var wordBox = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>`)

// No word of the PDF reaches past the right margin (A4, 12 mm margins):
// every table fits the printable width, at pemda scale with long names and
// large sums (the per-instansi table ran off the page, its savings cut to
// "Rp3.965.70…").
func TestPDFTablesFitTheWidth(t *testing.T) {
	for _, lang := range []Lang{"id", "en"} {
		t.Run(string(lang), func(t *testing.T) { tablesFit(t, lang) })
	}
}

func tablesFit(t *testing.T, lang Lang) {
	m := bigModel(60)
	m.Lang, m.PerInst = lang, nil
	for i := range 25 {
		m.PerInst = append(m.PerInst, InstansiRow{ID: fmt.Sprintf("I%d", i),
			Name:  fmt.Sprintf("Pemerintah Kabupaten Kepulauan Contoh Nomor %d yang Bernama Sangat Panjang", i),
			Units: 120, FWAUnits: 80, Employees: 12345,
			StatusCounts: map[string]int{"HENTIKAN_SEMENTARA": 12, "TINJAU_ULANG": 34, "DATA_KURANG": 5, "PANTAU": 6, "LANJUTKAN": 100},
			Savings:      3965700000 + float64(i)})
	}
	doc, err := PDF(m, PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	path, _ := pdfPages(t, doc)
	out := tool(t, "pdftotext", "-bbox", path, "-")
	const right = (210.0 - 12) / 25.4 * 72 // the right margin, in points
	words := 0
	for _, w := range wordBox.FindAllStringSubmatch(out, -1) {
		words++
		if x, _ := strconv.ParseFloat(w[2], 64); x > right+0.5 {
			t.Errorf("%q ends at %.1f pt, past the right margin at %.1f pt", w[3], x, right)
		}
	}
	if words < 1000 {
		t.Fatalf("only %d words read back", words)
	}
}
