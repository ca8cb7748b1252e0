package reports

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/color"
	"image/png"
	"math"
	"strings"
	"testing"

	"fwaeval/reports/model"
)

// One palette: the HTML status pie colours each status as the PNG charts
// do, and the HTML tiles and the PDF cells share its tints.
func TestOneStatusPalette(t *testing.T) {
	m := bigModel(6)
	m.Summary.StatusCounts = map[string]int{"HENTIKAN_SEMENTARA": 2, "TINJAU_ULANG": 1, "DATA_KURANG": 1, "PANTAU": 3, "LANJUTKAN": 1, "TIDAK_BERLAKU": 4}
	var pie map[string]any
	for _, c := range htmlCharts(m) {
		if c.ID == "chart-status" {
			if err := json.Unmarshal([]byte(c.Option), &pie); err != nil {
				t.Fatal(err)
			}
		}
	}
	series, _ := pie["series"].([]any)
	if len(series) != 1 {
		t.Fatalf("status pie: %v", pie)
	}
	data, _ := series[0].(map[string]any)["data"].([]any)
	seen := 0
	for _, d := range data {
		d := d.(map[string]any)
		for s := range model.StatusPalette {
			if d["name"] != m.Lang.StatusName(s) {
				continue
			}
			seen++
			style, _ := d["itemStyle"].(map[string]any)
			if style == nil || style["color"] != statusColor[s] {
				t.Errorf("pie slice %s: %v, want %s", s, style, statusColor[s])
			}
		}
	}
	if seen != len(model.StatusPalette) {
		t.Errorf("%d of %d statuses in the pie", seen, len(model.StatusPalette))
	}
	html, err := HTML(m)
	if err != nil {
		t.Fatal(err)
	}
	for s, p := range model.StatusPalette {
		css := fmt.Sprintf(".s-%s{background:%s;border-left:4px solid %s}", s, p.Tint, p.Color)
		if !strings.Contains(string(html), css) {
			t.Errorf("report.html lacks %s", css)
		}
		if c := statusFill[s]; fmt.Sprintf("#%02x%02x%02x", c.Red, c.Green, c.Blue) != p.Tint {
			t.Errorf("PDF fill of %s is %+v, the palette's tint %s", s, c, p.Tint)
		}
	}
}

// Bars start at 0: two savings 0.4 % apart are drawn 0.4 % apart, not
// one many times the other (the axis used to start near the smaller).
func TestSavingsBarsStartAtZero(t *testing.T) {
	m := &Model{Lang: "id", Savings: []Named{{Name: "Kota A", Value: 3965700}, {Name: "Provinsi B", Value: 3949500}}}
	b, err := savingsPNG(m)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	// The bars are the most frequent colour that is not a grey.
	count := map[color.RGBA]int{}
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			if c.R != c.G || c.G != c.B {
				count[c]++
			}
		}
	}
	var bar color.RGBA
	for c, n := range count {
		if n > count[bar] {
			bar = c
		}
	}
	// Each bar's length: the longest run of its colour in a row of a band.
	var lengths []int
	inBand, longest := false, 0
	for y := bounds.Min.Y; y <= bounds.Max.Y; y++ {
		n := 0
		for x := bounds.Min.X; y < bounds.Max.Y && x < bounds.Max.X; x++ {
			if color.RGBAModel.Convert(img.At(x, y)).(color.RGBA) == bar {
				n++
			}
		}
		switch {
		case n > 0:
			inBand, longest = true, max(longest, n)
		case inBand:
			lengths, inBand, longest = append(lengths, longest), false, 0
		}
	}
	if len(lengths) != 2 {
		t.Fatalf("found %d bars (%v)", len(lengths), lengths)
	}
	ratio := float64(min(lengths[0], lengths[1])) / float64(max(lengths[0], lengths[1]))
	if want := 3949500.0 / 3965700; math.Abs(ratio-want) > 0.01 {
		t.Errorf("bars %v: ratio %.3f, the values' %.3f", lengths, ratio, want)
	}
}
