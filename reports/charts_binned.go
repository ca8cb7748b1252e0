package reports

import (
	"fmt"
	"math"

	gc "github.com/go-analyze/charts"
)

// Scatter charts for the PDF: points placed on a grid of bins (the chart
// library has only category x axes), numbered, never two on one spot.

// maxNamed is how many paused or reviewed units a scatter numbers.
const maxNamed = 30

// porsiBinned plots each unit's flexible share (x, whole percent) against
// its capaian_kinerja, coloured by status; paused and reviewed units (the
// first maxNamed) carry a number, named in a table under the chart.
// Suppressed units and units without both values are left out.
func porsiBinned(m *Model) binned {
	b := binned{xTitle: textOf(m.Lang, "porsi"), yTitle: textOf(m.Lang, "axis_points"), points: map[string][]binPoint{}}
	for i := range b.xLabels {
		b.xLabels[i] = fmt.Sprintf("%d", i)
	}
	for _, u := range m.Units {
		if u.Suppressed || math.IsNaN(u.Porsi) || math.IsNaN(u.Capaian) || math.IsInf(u.Capaian, 0) {
			continue
		}
		x := int(math.Round(math.Min(math.Max(u.Porsi, 0), 1) * 100))
		b.points[u.Status] = append(b.points[u.Status], binPoint{x: x, v: u.Capaian, name: u.Name})
	}
	return b
}

// bins is how many x positions a binned scatter has (0 … 100).
const bins = 101

// binned is a scatter chart on an x-axis of bins positions (the library
// draws scatter series on a category axis): points per status, coloured
// by it, paused and reviewed ones numbered (a number never overlaps
// another nor runs past the plot the way a name did), over extra series
// drawn first (a funnel's limit curves).
type binned struct {
	xLabels        [bins]string
	xTitle, yTitle string
	points         map[string][]binPoint // by status
	extra          []binSeries
	yMin, yMax     *float64
	yLabels        int // with yMin and yMax: how many labels
}

type binPoint struct {
	x      int
	v      float64
	name   string
	status string // set by numbered
}

// numbered are the points that carry a number: paused and reviewed units,
// most severe first, the first maxNamed, leaving out a point whose number
// would cover one already placed (within 3 bins and a twentieth of the y
// range; the point keeps its colour, the unit its line in the PDF's
// table of every FWA unit).
func (b binned) numbered() []binPoint {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, ps := range b.points {
		for _, p := range ps {
			lo, hi = math.Min(lo, p.v), math.Max(hi, p.v)
		}
	}
	var out []binPoint
	covers := func(p binPoint) bool {
		for _, q := range out {
			if abs(p.x-q.x) < 3 && math.Abs(p.v-q.v) < math.Max(hi-lo, 1)/20 {
				return true
			}
		}
		return false
	}
	for _, st := range statusOrder {
		for _, p := range b.points[st] {
			if !flagged(st) || len(out) == maxNamed {
				break
			}
			if !covers(p) {
				p.status = st
				out = append(out, p)
			}
		}
	}
	return out
}

// numberedNames are the numbered points' unit names, in number order.
func (b binned) numberedNames() []string {
	var out []string
	for _, p := range b.numbered() {
		out = append(out, p.name)
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

type binSeries struct {
	color gc.Color
	pts   []binPoint
}

// binnedPNG draws b; a chart without points says there is no data.
func binnedPNG(m *Model, b binned) ([]byte, error) {
	empty := func() [][]float64 {
		s := make([][]float64, bins)
		for i := range s {
			s[i] = []float64{gc.GetNullValue()}
		}
		return s
	}
	add := func(s [][]float64, x int, v float64) {
		if len(s[x]) == 1 && s[x][0] == gc.GetNullValue() {
			s[x] = s[x][:0]
		}
		s[x] = append(s[x], v)
	}
	var series [][][]float64
	var names []string
	var colors []gc.Color
	var named []string // the labelled series' unit names, after the status series
	for i, e := range b.extra {
		s := empty()
		for _, p := range e.pts {
			add(s, p.x, p.v)
		}
		series, names, colors = append(series, s), append(names, fmt.Sprintf("~%d", i)), append(colors, e.color)
	}
	points := false
	for _, st := range statusOrder {
		if len(b.points[st]) == 0 {
			continue
		}
		points = true
		s := empty()
		for _, p := range b.points[st] {
			add(s, p.x, p.v)
		}
		series, names, colors = append(series, s), append(names, m.Lang.StatusName(st)), append(colors, gc.ColorFromHex(statusColor[st]))
	}
	first := len(series) // the numbered units' series come after the statuses'
	if !points {
		return modelEmptyPNG(m, 800, 330)
	}
	for i, p := range b.numbered() {
		s := empty()
		add(s, p.x, p.v)
		series, names, colors = append(series, s), append(names, p.name), append(colors, gc.ColorFromHex(statusColor[p.status]))
		named = append(named, fmt.Sprint(i+1))
	}
	opt := gc.NewScatterChartOptionWithSeries(gc.NewSeriesListScatterMultiValue(series))
	opt.Theme = gc.GetTheme(gc.ThemeLight).WithSeriesColors(colors)
	for i := range opt.SeriesList {
		opt.SeriesList[i].Name = names[i]
		if i >= first {
			name := named[i-first]
			opt.SeriesList[i].Label = gc.SeriesLabel{Show: gc.Ptr(true), FontStyle: scaled(8),
				LabelFormatter: func(int, string, float64) (string, *gc.LabelStyle) { return name, nil }}
		}
	}
	opt.Padding = gc.NewBoxEqual(int(12 * pngScale))
	opt.XAxis = gc.XAxisOption{Labels: b.xLabels[:], LabelFontStyle: scaled(10), LabelCount: 11, BoundaryGap: gc.Ptr(false),
		Title: b.xTitle, TitleFontStyle: scaled(10)}
	opt.YAxis = []gc.YAxisOption{{LabelFontStyle: scaled(10), Title: b.yTitle, TitleFontStyle: scaled(10), Min: b.yMin, Max: b.yMax,
		LabelCount: b.yLabels, PreferNiceIntervals: gc.Ptr(b.yLabels == 0), ValueFormatter: func(v float64) string { return shortNumber(m.Lang, v) }}}
	// No legend: the library orders series by the legend's names, and the
	// named units are series of their own; the status pie gives the
	// colours.
	opt.Legend = gc.LegendOption{Show: gc.Ptr(false)}
	opt.Symbol = gc.Symbol{Shape: gc.SymbolDot, Size: 3 * pngScale}
	p := painter(800, 330)
	if err := p.ScatterChart(opt); err != nil {
		return nil, err
	}
	return p.Bytes()
}
