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

// The PDF's trend charts label every month in its own band (evenly
// spaced), title both axes with their unit, and step the values on round
// numbers from a round start.
func TestTrendChartAxes(t *testing.T) {
	m := testModel("id")
	labels := modelMonthLabels(m)
	opt := lineOption(m.Lang, labels, [][]float64{{68.3, 93.1, 80}, {70, 71, 72}}, []string{"a", "b"}, textOf(m.Lang, "axis_points"), true)
	if opt.XAxis.LabelCount != len(labels) || opt.XAxis.BoundaryGap == nil || !*opt.XAxis.BoundaryGap {
		t.Errorf("x axis: %d labels of %d, boundary gap %v", opt.XAxis.LabelCount, len(labels), opt.XAxis.BoundaryGap)
	}
	y := opt.YAxis[0]
	if opt.XAxis.Title == "" || y.Title == "" {
		t.Errorf("axis titles %q, %q", opt.XAxis.Title, y.Title)
	}
	if y.Min == nil || y.Max == nil || y.LabelCount < 3 {
		t.Fatalf("y axis not set: %+v", y)
	}
	step := (*y.Max - *y.Min) / float64(y.LabelCount-1)
	pow := math.Pow(10, math.Floor(math.Log10(step)))
	if f := step / pow; math.Abs(f-1) > 1e-9 && math.Abs(f-2) > 1e-9 && math.Abs(f-5) > 1e-9 {
		t.Errorf("y step %v is not 1, 2 or 5 times a power of ten", step)
	}
	if r := math.Mod(*y.Min, step); math.Abs(r) > 1e-9 && math.Abs(r-step) > 1e-9 {
		t.Errorf("y axis starts at %v, not on a step of %v", *y.Min, step)
	}
	if *y.Min > 68.3 || *y.Max < 93.1 {
		t.Errorf("y axis %v–%v does not hold the data", *y.Min, *y.Max)
	}
}

// The scatter is coloured by status and names paused and reviewed units,
// in the HTML; the PDF's draws the paused units in the paused colour.
func TestScatterByStatus(t *testing.T) {
	m := bigModel(4)
	m.Units = append(m.Units, UnitFlag{UnitID: "C1", Name: "Unit Pembanding", Status: "TIDAK_BERLAKU", Porsi: 0.1, Capaian: 88, Employees: 30})
	var sc map[string]any
	for _, c := range htmlCharts(m) {
		if c.ID == "chart-porsi" {
			json.Unmarshal([]byte(c.Option), &sc)
		}
	}
	series, _ := sc["series"].([]any)
	seen := map[string]bool{}
	for _, s := range series {
		s := s.(map[string]any)
		name, _ := s["name"].(string)
		for st := range model.StatusPalette {
			if m.Lang.StatusName(st) != name {
				continue
			}
			seen[st] = true
			style, _ := s["itemStyle"].(map[string]any)
			if style == nil || style["color"] != statusColor[st] {
				t.Errorf("%s points coloured %v", st, style)
			}
			label, _ := s["label"].(map[string]any)
			if shown := label != nil && label["show"] == true; shown != flagged(st) {
				t.Errorf("%s points labelled: %v", st, shown)
			}
		}
	}
	if !seen["HENTIKAN_SEMENTARA"] || !seen["TINJAU_ULANG"] || !seen["TIDAK_BERLAKU"] {
		t.Fatalf("scatter series %v", seen)
	}
	for _, axis := range []string{"xAxis", "yAxis"} {
		a, _ := sc[axis].([]any)
		if len(a) == 0 || a[0].(map[string]any)["name"] == "" {
			t.Errorf("scatter %s has no title", axis)
		}
	}
	// In the PDF's scatter each status is drawn in its colour: many units
	// to continue and one paused give many green and few red pixels.
	m = testModel("id")
	m.Units = []UnitFlag{{Name: "Dinas Pausa", Status: "HENTIKAN_SEMENTARA", Porsi: 0, Capaian: 60, Employees: 30}}
	for i := range 30 {
		m.Units = append(m.Units, UnitFlag{Name: "Unit Lanjut", Status: "LANJUTKAN", Porsi: 0.3 + float64(i%6)/100, Capaian: 75 + float64(i%5), Employees: 30})
	}
	b, err := binnedPNG(m, porsiBinned(m))
	if err != nil {
		t.Fatal(err)
	}
	red, green := pixels(t, b, statusColor["HENTIKAN_SEMENTARA"]), pixels(t, b, statusColor["LANJUTKAN"])
	if red == 0 || green < 10*red {
		t.Errorf("PDF scatter: %d paused-red and %d continue-green pixels, want about 30 times as many green", red, green)
	}
}

// pixels counts a PNG's pixels of the colour #rrggbb.
func pixels(t *testing.T, b []byte, hex string) int {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	want := hexColor(hex)
	n := 0
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			if int(c.R) == want.Red && int(c.G) == want.Green && int(c.B) == want.Blue {
				n++
			}
		}
	}
	return n
}

// A flagged unit's chart plots the unit against its control units' mean
// and marks the FWA start; every trend chart, HTML and PDF, follows one
// axis rule: a percentage from 0 to 100 (more when a value is above).
func TestUnitChartAndAxisRule(t *testing.T) {
	m := testModel("id")
	tr := m.Trends.PerUnit["U1"]
	c := unitSeriesChart(m, "x", tr, tr.Series[0])
	var opt struct {
		YAxis  []struct{ Min, Max float64 } `json:"yAxis"`
		Series []struct {
			Name     string
			MarkLine struct {
				Data []struct{ Name, XAxis string }
			} `json:"markLine"`
		}
	}
	if err := json.Unmarshal([]byte(c.Option), &opt); err != nil {
		t.Fatal(err)
	}
	x := modelMonthLabels(m)
	if len(opt.Series) != 2 || opt.Series[0].Name != textOf(m.Lang, "this_unit") || opt.Series[1].Name != textOf(m.Lang, "control_mean") {
		t.Fatalf("series %+v", opt.Series)
	}
	if d := opt.Series[0].MarkLine.Data; len(d) != 1 || d[0].XAxis != x[2] || d[0].Name != textOf(m.Lang, "fwa_start") {
		t.Errorf("FWA start mark %+v, want at %s (January 2026)", d, x[2])
	}
	if len(opt.YAxis) != 1 || opt.YAxis[0].Min != 0 || opt.YAxis[0].Max != 100 {
		t.Errorf("HTML y axis %+v, want 0–100", opt.YAxis)
	}
	if !strings.Contains(c.Title, "FWA sejak Januari 2026") {
		t.Errorf("title %q does not say when FWA began", c.Title)
	}
	for _, s := range [][]float64{{68.3, 93.1}, {0.5}, {100}} {
		if lo, hi, _ := valueAxis(true, s); lo != 0 || hi != 100 {
			t.Errorf("valueAxis(%v) = %v–%v, want 0–100", s, lo, hi)
		}
	}
	if lo, hi, _ := valueAxis(true, []float64{104}); lo != 0 || hi < 104 || hi > 150 {
		t.Errorf("valueAxis(104) = %v–%v", lo, hi)
	}
	if lo, hi, _ := valueAxis(false, []float64{3.2, 7.9}); lo != 0 || hi != 8 {
		t.Errorf("valueAxis of complaints = %v–%v, want 0–8", lo, hi)
	}
	png := lineOption(m.Lang, x, [][]float64{{75, 95}}, []string{"a"}, "y", true)
	if *png.YAxis[0].Min != 0 || *png.YAxis[0].Max != 100 {
		t.Errorf("PNG y axis %v–%v, want 0–100", *png.YAxis[0].Min, *png.YAxis[0].Max)
	}
}

// Scatter labels never collide nor leave the plot: in the HTML a label
// that would cover another is hidden (the tooltip names the unit), a long
// one is cut at 170 px, and a point in the right half has its label on
// its left; in the PDF the paused and reviewed units carry numbers, never
// two on one spot, named in a table under the chart.
func TestScatterLabelsNeverCollide(t *testing.T) {
	m := bigModel(40)
	for i := range m.Units {
		m.Units[i].Porsi = float64(i%10) / 10 // clusters: many units share a spot
		m.Units[i].Capaian = 70 + float64(i%4)
	}
	for _, c := range htmlCharts(m) {
		if c.ID != "chart-porsi" && !strings.HasPrefix(c.ID, "chart-funnel-") {
			continue
		}
		var opt struct {
			Series []struct {
				Type        string
				Label       map[string]any
				LabelLayout map[string]any  `json:"labelLayout"`
				Raw         json.RawMessage `json:"data"`
				Data        []struct {
					Value []any
					Label map[string]any
				} `json:"-"`
			}
		}
		if err := json.Unmarshal([]byte(c.Option), &opt); err != nil {
			t.Fatal(err)
		}
		for i := range opt.Series {
			if opt.Series[i].Type == "scatter" {
				if err := json.Unmarshal(opt.Series[i].Raw, &opt.Series[i].Data); err != nil {
					t.Fatal(err)
				}
			}
		}
		xMax := 0.0
		for _, s := range opt.Series {
			for _, d := range s.Data {
				if x, ok := d.Value[0].(float64); ok && s.Type == "scatter" {
					xMax = math.Max(xMax, x)
				}
			}
		}
		var yAxis []struct{ Min, Max float64 }
		var raw map[string]json.RawMessage
		json.Unmarshal([]byte(c.Option), &raw)
		if err := json.Unmarshal(raw["yAxis"], &yAxis); err != nil {
			var one struct{ Min, Max float64 }
			json.Unmarshal(raw["yAxis"], &one)
			yAxis = append(yAxis, one)
		}
		type box struct{ x0, x1, y float64 }
		var boxes []box
		labelled := 0
		for _, s := range opt.Series {
			if s.Type != "scatter" {
				continue
			}
			if s.LabelLayout["hideOverlap"] != true || s.Label["overflow"] != "truncate" || s.Label["width"] != 170.0 {
				t.Errorf("%s: labels %v, layout %v", c.ID, s.Label, s.LabelLayout)
			}
			for _, d := range s.Data {
				if s.Label["show"] != true || d.Label["show"] == false {
					continue
				}
				labelled++
				x, _ := d.Value[0].(float64)
				y, _ := d.Value[1].(float64)
				left := d.Label["position"] == "left"
				if left != (x > xMax/2) {
					t.Errorf("%s: point at x %v of %v has its label on the left: %v", c.ID, x, xMax, left)
				}
				px := x / xMax * plotMinWidth
				b := box{px, px + labelWidth, (y - yAxis[0].Min) / (yAxis[0].Max - yAxis[0].Min) * plotHeight}
				if left {
					b.x0, b.x1 = px-labelWidth, px
				}
				for _, q := range boxes {
					if math.Abs(b.y-q.y) < labelHeight && b.x0 < q.x1 && q.x0 < b.x1 {
						t.Errorf("%s: two labels on one spot (%v, %v)", c.ID, x, y)
					}
				}
				boxes = append(boxes, b)
			}
		}
		if labelled == 0 && c.ID == "chart-porsi" {
			t.Errorf("%s: no unit named", c.ID)
		}
	}
	b := porsiBinned(m)
	nums := b.numbered()
	if len(nums) < 5 {
		t.Fatalf("only %d numbered points", len(nums))
	}
	for i, p := range nums {
		for _, q := range nums[:i] {
			if abs(p.x-q.x) < 3 && math.Abs(p.v-q.v) < 0.2 {
				t.Errorf("numbers %s and %s on one spot", p.name, q.name)
			}
		}
	}
	doc, err := PDF(m, PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, pages := pdfPages(t, doc)
	for i, name := range b.numberedNames() {
		if pageWith(pages, fmt.Sprintf("%d%s", i+1, name)) < 0 || i == 0 && pageWith(pages, textOf(m.Lang, "chart_porsi"), "1"+name) < 0 {
			t.Errorf("no line %d %s under the scatter", i+1, name)
		}
	}
}
