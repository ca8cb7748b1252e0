package reports

import (
	"fmt"
	"math"
	"time"

	gc "github.com/go-analyze/charts"
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// trendIndicator says how an indicator of a unit's trend chart reads: its
// label, the factor from the stored value to the plotted one (rates are
// fractions, plotted in percent), and whether it lives on a 0–100 scale
// (capaian, follow-up, coverage: its axis runs to 100 at least) rather
// than near 0 (absence, quota breaches, work away: a few percent).
type trendIndicator struct {
	label   string
	scale   float64
	percent bool
}

var trendIndicators = map[string]trendIndicator{
	"capaian_kinerja":           {"capaian", 1, true},
	"tindak_lanjut_tepat_waktu": {"sla", 100, true},
	"aduan_per_100_pegawai":     {"aduan100", 1, false},
	"tanpa_keterangan":          {"ind_tanpa_keterangan", 100, false},
	"pelanggaran_kuota":         {"ind_pelanggaran_kuota", 100, false},
	"porsi_fleksibel":           {"porsi", 100, false},
	"cakupan_presensi":          {"ind_cakupan_presensi", 100, true},
}

// valueAxis is the one y-axis rule of every trend chart, HTML and PDF
// alike: it starts at 0 (or the round step below a negative value) and
// ends on the round step above the largest value — at 100 at least for an
// indicator on a 0–100 scale, so that a fall from 88 to 77 looks the same
// size on every chart. Series hold plotted values; NaN and the library's null are
// skipped.
func valueAxis(percent bool, series ...[]float64) (lo, hi float64, labels int) {
	mn, mx := 0.0, math.Inf(-1)
	for _, s := range series {
		for _, v := range s {
			if v == gc.GetNullValue() || math.IsNaN(v) || math.IsInf(v, 0) {
				continue
			}
			mn, mx = math.Min(mn, v), math.Max(mx, v)
		}
	}
	if percent {
		mx = math.Max(mx, 100)
	}
	if math.IsInf(mx, -1) || mx <= mn {
		mx = mn + 1
	}
	a, b, n := niceAxis([][]float64{{mn, mx}})
	return *a, *b, n
}

// unitChartTitle names a flagged unit's chart: the indicator, and when
// the unit's FWA began.
func unitChartTitle(l Lang, s UnitSeries, start time.Time) string {
	title := textOf(l, trendIndicators[s.Indicator].label)
	if !start.IsZero() {
		title += " — " + fmt.Sprintf(textOf(l, "fwa_since"), l.Month(start))
	}
	return title
}

// fwaStartIndex is the month of the trend the FWA start falls in, or -1.
func fwaStartIndex(months []time.Time, start time.Time) int {
	for i, m := range months {
		if !start.IsZero() && m.Year() == start.Year() && m.Month() == start.Month() {
			return i
		}
	}
	return -1
}

// unitSeriesChart is a flagged unit's chart of one indicator for the
// HTML: the unit and its control units' mean, a vertical line at the FWA
// start, the axis of valueAxis.
func unitSeriesChart(m *Model, id string, tr UnitTrend, s UnitSeries) chart {
	t, ti := func(key string) string { return textOf(m.Lang, key) }, trendIndicators[s.Indicator]
	title := unitChartTitle(m.Lang, s, tr.FWAStart)
	x := modelMonthLabels(m)
	lo, hi, _ := valueAxis(ti.percent, nullable(s.Unit, ti.scale), nullable(s.Control, ti.scale))
	c := charts.NewLine()
	c.SetGlobalOptions(charts.WithTitleOpts(opts.Title{Title: title}),
		charts.WithTooltipOpts(opts.Tooltip{Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Top: "bottom"}),
		charts.WithXAxisOpts(opts.XAxis{Name: t("axis_month"), NameLocation: "middle", NameGap: 28}),
		charts.WithYAxisOpts(opts.YAxis{Name: t(ti.label), Type: "value", Min: lo, Max: hi}),
		charts.WithAnimation(false))
	c.SetXAxis(x)
	series := []charts.SeriesOpts{charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(false)})}
	if i := fwaStartIndex(m.Trends.Months, tr.FWAStart); i >= 0 {
		series = append(series, charts.WithMarkLineNameXAxisItemOpts(opts.MarkLineNameXAxisItem{Name: t("fwa_start"), XAxis: x[i]}),
			charts.WithMarkLineStyleOpts(opts.MarkLineStyle{Symbol: []string{"none", "none"},
				Label: &opts.Label{Show: opts.Bool(true), Formatter: t("fwa_start")}}))
	}
	c.AddSeries(t("this_unit"), lineData(s.Unit, ti.scale), series...)
	c.AddSeries(t("control_mean"), lineData(s.Control, ti.scale), charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(false)}))
	c.Validate()
	return chart{ID: id, Title: title, Option: optionJSON(c.JSON())}
}

// unitSeriesPNG is the same chart for the PDF: the FWA start is a thin
// grey bar the height of the axis (the chart library draws no vertical
// line).
func unitSeriesPNG(m *Model, tr UnitTrend, s UnitSeries) ([]byte, error) {
	t, ti := func(key string) string { return textOf(m.Lang, key) }, trendIndicators[s.Indicator]
	const w, h = 800, 280
	unit, ctrl := nullable(s.Unit, ti.scale), nullable(s.Control, ti.scale)
	if allNull(unit, ctrl) {
		return emptyPNG(m.Lang, w, h)
	}
	opt := lineOption(m.Lang, modelMonthLabels(m), [][]float64{unit, ctrl}, []string{t("this_unit"), t("control_mean")}, t(ti.label), ti.percent)
	i := fwaStartIndex(m.Trends.Months, tr.FWAStart)
	if i < 0 {
		return renderLine(opt, w, h)
	}
	marker := make([]float64, len(unit))
	for k := range marker {
		marker[k] = gc.GetNullValue()
	}
	marker[i] = *opt.YAxis[0].Max
	th := gc.GetTheme(gc.ThemeLight)
	co := gc.ChartOption{OutputFormat: gc.ChartOutputPNG, Width: int(w * pngScale), Height: int(h * pngScale),
		Padding: opt.Padding, XAxis: opt.XAxis, YAxis: opt.YAxis, Legend: opt.Legend, Symbol: opt.Symbol,
		LineStrokeWidth: opt.LineStrokeWidth, BarSize: 0.06, // of the month's slot: a line
		Theme: th.WithSeriesColors([]gc.Color{th.GetSeriesColor(0), th.GetSeriesColor(1), {R: 150, G: 150, B: 150, A: 255}}),
		SeriesList: gc.GenericSeriesList{
			{Type: gc.ChartTypeLine, Values: unit, Name: t("this_unit")},
			{Type: gc.ChartTypeLine, Values: ctrl, Name: t("control_mean")},
			{Type: gc.ChartTypeBar, Values: marker, Name: t("fwa_start")},
		}}
	co.Legend.SeriesNames = []string{t("this_unit"), t("control_mean"), t("fwa_start")}
	p, err := gc.Render(co)
	if err != nil {
		return nil, fmt.Errorf("unit chart: %w", err)
	}
	return p.Bytes()
}
