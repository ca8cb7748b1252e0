package reports

import (
	"fmt"
	"math"
	"runtime"
	"sort"
	"sync"

	gc "github.com/go-analyze/charts"
)

// PNG charts for the PDF, drawn without a browser by go-analyze/charts.
// A chart is laid out on a canvas of w×h "points" and rasterised at
// pngScale times that, so a full-width chart (190 mm) is 1 600 px wide:
// about 210 dpi on paper.
const pngScale = 2.0

// pngChart is one rendered chart with the title the PDF prints above it.
type pngChart struct {
	Title string
	PNG   []byte
	// Named are the units whose points carry a number, in number order
	// (1, 2, …): the PDF prints them in a table under the chart.
	Named []string
}

func scaled(size float64) gc.FontStyle { return gc.NewFontStyleWithSize(size * pngScale) }

func painter(w, h int) *gc.Painter {
	return gc.NewPainter(gc.PainterOptions{OutputFormat: gc.ChartOutputPNG,
		Width: int(float64(w) * pngScale), Height: int(float64(h) * pngScale)})
}

// nullable turns NaN (a NULL) into the library's null value, scaled.
func nullable(vs []float64, scale float64) []float64 {
	out := make([]float64, len(vs))
	for i, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			out[i] = gc.GetNullValue()
		} else {
			out[i] = v * scale
		}
	}
	return out
}

// allNull reports whether a chart would have no point to draw.
func allNull(series ...[]float64) bool {
	for _, s := range series {
		for _, v := range s {
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				return false
			}
		}
	}
	return true
}

// short formats an axis number compactly in the report's language:
// 1,2 jt / 1.2M.
func shortNumber(l Lang, v float64) string {
	units := []string{"", " rb", " jt", " M", " T"}
	if l == "en" {
		units = []string{"", "K", "M", "B", "T"}
	}
	a, i := math.Abs(v), 0
	for a >= 1000 && i < len(units)-1 {
		a /= 1000
		i++
	}
	d := 0
	if a < 10 && i > 0 || a != math.Trunc(a) && a < 100 {
		d = 1
	}
	s := l.Number(math.Copysign(a, v), d)
	return s + units[i]
}

// lineOption is a line chart of monthly series with the reports' styling.
func lineOption(l Lang, labels []string, series [][]float64, names []string, yTitle string, percent bool) gc.LineChartOption {
	opt := gc.NewLineChartOptionWithData(series)
	opt.Padding = gc.NewBoxEqual(int(12 * pngScale))
	opt.XAxis.Labels = labels
	opt.XAxis.LabelFontStyle = scaled(10)
	opt.XAxis.BoundaryGap = gc.Ptr(false)
	// Every month labelled, centred in its band: evenly spaced.
	opt.XAxis.BoundaryGap = gc.Ptr(true)
	opt.XAxis.LabelCount = len(labels)
	opt.XAxis.Title, opt.XAxis.TitleFontStyle = textOf(l, "axis_month"), scaled(10)
	y := gc.YAxisOption{LabelFontStyle: scaled(10), Title: yTitle, TitleFontStyle: scaled(10),
		ValueFormatter: func(v float64) string { return shortNumber(l, v) }}
	lo, hi, n := valueAxis(percent, series...)
	y.Min, y.Max, y.LabelCount = gc.Ptr(lo), gc.Ptr(hi), n
	opt.YAxis = []gc.YAxisOption{y}
	opt.Legend = gc.LegendOption{SeriesNames: names, FontStyle: scaled(10), Offset: gc.OffsetStr{Top: "bottom"}, Padding: gc.NewBoxEqual(0)}
	opt.LineStrokeWidth = 2 * pngScale
	opt.Symbol = gc.Symbol{Shape: gc.SymbolCircle, Size: 2.5 * pngScale}
	return opt
}

// niceAxis is a value axis over the series on round steps (1, 2 or 5
// times a power of ten, about five of them), starting and ending on a
// step: its min, max and label count.
func niceAxis(series [][]float64) (lo, hi *float64, labels int) {
	mn, mx := math.Inf(1), math.Inf(-1)
	for _, s := range series {
		for _, v := range s {
			if v == gc.GetNullValue() || math.IsNaN(v) || math.IsInf(v, 0) {
				continue
			}
			mn, mx = math.Min(mn, v), math.Max(mx, v)
		}
	}
	if math.IsInf(mn, 1) {
		return nil, nil, 0
	}
	if mx == mn {
		mn, mx = mn-1, mx+1
	}
	raw := (mx - mn) / 5
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	step := pow * 10
	for _, f := range []float64{1, 2, 5, 10} {
		if f*pow >= raw {
			step = f * pow
			break
		}
	}
	a, b := math.Floor(mn/step)*step, math.Ceil(mx/step)*step
	return gc.Ptr(a), gc.Ptr(b), int(math.Round((b-a)/step)) + 1
}

func renderLine(opt gc.LineChartOption, w, h int) ([]byte, error) {
	p := painter(w, h)
	if err := p.LineChart(opt); err != nil {
		return nil, fmt.Errorf("line chart: %w", err)
	}
	return p.Bytes()
}

// chartJob is one PNG chart to draw: its title in the PDF and how.
type chartJob struct {
	title string
	draw  func() ([]byte, error)
	named []string // the numbered points' units (pngChart.Named)
}

// pngChartJobs are the report's charts (README, "Outputs") for the PDF: five,
// then the three funnels.
func pngChartJobs(m *Model) []chartJob {
	t := func(key string) string { return textOf(m.Lang, key) }
	tr := m.Trends
	porsi := porsiBinned(m)
	jobs := []chartJob{
		{title: t("chart_capaian"), draw: func() ([]byte, error) {
			return modelTrendPNG(m, [][]float64{tr.CapaianFWA, tr.CapaianCtrl}, 1, []string{t("fwa"), t("control")}, t("axis_points"), 800, 330)
		}},
		{title: t("chart_sla"), draw: func() ([]byte, error) {
			return modelTrendPNG(m, [][]float64{tr.TindakFWA, tr.TindakCtrl}, 100, []string{t("fwa"), t("control")}, t("axis_pct"), 800, 330)
		}},
		{title: t("chart_savings"), draw: func() ([]byte, error) { return savingsPNG(m) }},
		{title: t("chart_status"), draw: func() ([]byte, error) { return statusPNG(m) }},
		{title: t("chart_porsi"), draw: func() ([]byte, error) { return binnedPNG(m, porsi) }, named: porsi.numberedNames()},
	}
	for _, f := range funnelsOf(m) {
		b := funnelBinned(m, f)
		jobs = append(jobs, chartJob{title: f.title, draw: func() ([]byte, error) { return binnedPNG(m, b) }, named: b.numberedNames()})
	}
	return jobs
}

// drawCharts draws jobs on workers goroutines (0: GOMAXPROCS); each PNG
// lands in its job's slot, so the order is the jobs' order.
func drawCharts(workers int, jobs []chartJob) ([][]byte, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([][]byte, len(jobs))
	errs := make([]error, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], errs[i] = jobs[i].draw()
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("chart %q: %w", jobs[i].title, err)
		}
	}
	return out, nil
}

// trendPNG draws the model's monthly series.
func modelTrendPNG(m *Model, series [][]float64, scale float64, names []string, yTitle string, w, h int) ([]byte, error) {
	return trendPNG(m.Lang, modelMonthLabels(m), series, scale, names, yTitle, w, h)
}

// trendPNG draws monthly series labelled by month; a chart with no value
// at all says so.
func trendPNG(l Lang, labels []string, series [][]float64, scale float64, names []string, yTitle string, w, h int) ([]byte, error) {
	if allNull(series...) {
		return emptyPNG(l, w, h)
	}
	vals := make([][]float64, len(series))
	for i, s := range series {
		vals[i] = nullable(s, scale)
	}
	return renderLine(lineOption(l, labels, vals, names, yTitle, true), w, h)
}

func modelEmptyPNG(m *Model, w, h int) ([]byte, error) { return emptyPNG(m.Lang, w, h) }

// emptyPNG is a chart frame saying there is no data.
func emptyPNG(l Lang, w, h int) ([]byte, error) {
	p := painter(w, h)
	opt := gc.NewBarChartOptionWithData([][]float64{})
	opt.Title = gc.TitleOption{Text: textOf(l, "no_data"), FontStyle: scaled(12), Offset: gc.OffsetCenter}
	if err := p.BarChart(opt); err != nil {
		return nil, err
	}
	return p.Bytes()
}

// maxBars is how many instansi the savings chart names; the rest are summed.
const maxBars = 20

// savingsPNG is savings per instansi as horizontal bars, largest first.
func savingsPNG(m *Model) ([]byte, error) {
	rows := append([]Named(nil), m.Savings...)
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Value > rows[j].Value })
	if len(rows) > maxBars {
		rest := Named{Name: fmt.Sprintf(textOf(m.Lang, "others_n"), len(rows)-(maxBars-1))}
		for _, r := range rows[maxBars-1:] {
			if !math.IsNaN(r.Value) {
				rest.Value += r.Value
			}
		}
		rows = append(rows[:maxBars-1], rest)
	}
	if len(rows) == 0 {
		return modelEmptyPNG(m, 800, 330)
	}
	// The category axis runs bottom-up: put the largest on top.
	labels := make([]string, len(rows))
	vals := make([]float64, len(rows))
	for i, r := range rows {
		k := len(rows) - 1 - i
		labels[k] = clip(r.Name, 40)
		vals[k] = r.Value
		if math.IsNaN(r.Value) {
			vals[k] = 0
		}
	}
	h := 60 + 18*len(rows)
	h = max(h, 200)
	opt := gc.NewBarChartOptionWithData([][]float64{vals})
	opt.Horizontal = true
	opt.Padding = gc.NewBoxEqual(int(12 * pngScale))
	opt.CategoryAxis = gc.CategoryAxisOption{Labels: labels, LabelFontStyle: scaled(9)}
	// Bars start at 0 (below it only for savings under 0), on round steps.
	opt.ValueAxis = []gc.ValueAxisOption{{LabelFontStyle: scaled(9), Min: gc.Ptr(math.Min(0, minValue(rows))),
		PreferNiceIntervals: gc.Ptr(true), Title: "Rp", TitleFontStyle: scaled(9),
		ValueFormatter: func(v float64) string { return shortNumber(m.Lang, v) }}}
	opt.Legend = gc.LegendOption{Show: gc.Ptr(false)}
	p := painter(800, h)
	if err := p.BarChart(opt); err != nil {
		return nil, err
	}
	return p.Bytes()
}

// minValue is the smallest value of rows, NaN left out (0 if none).
func minValue(rows []Named) float64 {
	v := 0.0
	for _, r := range rows {
		if !math.IsNaN(r.Value) {
			v = math.Min(v, r.Value)
		}
	}
	return v
}

// statusPNG is the status distribution as a pie.
func statusPNG(m *Model) ([]byte, error) {
	var vals []float64
	var names []string
	var colors []gc.Color
	for _, s := range statusOrder {
		if n := m.Summary.StatusCounts[s]; n > 0 {
			vals = append(vals, float64(n))
			names = append(names, fmt.Sprintf("%s (%d)", m.Lang.StatusName(s), n))
			colors = append(colors, gc.ColorFromHex(statusColor[s]))
		}
	}
	if len(vals) == 0 {
		return modelEmptyPNG(m, 800, 330)
	}
	opt := gc.NewPieChartOptionWithData(vals)
	opt.Theme = gc.GetTheme(gc.ThemeLight).WithSeriesColors(colors)
	opt.Padding = gc.NewBoxEqual(int(12 * pngScale))
	for i := range opt.SeriesList {
		opt.SeriesList[i].Name = names[i]
		opt.SeriesList[i].Label = gc.SeriesLabel{Show: gc.Ptr(true), FontStyle: scaled(9),
			ValueFormatter: func(v float64) string { return m.Lang.Number(v, 0) }}
	}
	opt.Legend = gc.LegendOption{SeriesNames: names, FontStyle: scaled(9), Offset: gc.OffsetStr{Top: "bottom"}}
	p := painter(800, 330)
	if err := p.PieChart(opt); err != nil {
		return nil, err
	}
	return p.Bytes()
}

// unitCapaianPNG and unitRatesPNG are a paused or reviewed unit's two
// trend charts: capaian kinerja, and the rates (on-time follow-up,
// attendance) in percent.

// clip shortens s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
