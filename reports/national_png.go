package reports

import (
	"math"

	gc "github.com/go-analyze/charts"
)

// PNG charts of the national PDF.

// nationalChartJobs are the national report's charts: units per status
// by jenis and by province, the two 12-month trends and savings per month.
func nationalChartJobs(n *National) []chartJob {
	t := func(key string) string { return textOf(n.Lang, key) }
	x := monthLabels(n.Lang, n.Trend.Months)
	tr := n.Trend
	return []chartJob{
		{title: t("n_chart_jenis"), draw: func() ([]byte, error) { return statusGroupsPNG(n, n.ByJenis) }},
		{title: t("n_chart_prov"), draw: func() ([]byte, error) { return statusGroupsPNG(n, n.ByProvince) }},
		{title: t("chart_capaian"), draw: func() ([]byte, error) {
			return trendPNG(n.Lang, x, [][]float64{tr.CapaianFWA, tr.CapaianCtrl}, 1, []string{t("fwa"), t("control")}, t("axis_points"), 800, 330)
		}},
		{title: t("chart_sla"), draw: func() ([]byte, error) {
			return trendPNG(n.Lang, x, [][]float64{tr.TindakFWA, tr.TindakCtrl}, 100, []string{t("fwa"), t("control")}, t("axis_pct"), 800, 330)
		}},
		{title: t("n_chart_savings"), draw: func() ([]byte, error) { return savingsMonthsPNG(n) }},
	}
}

// statusGroupsPNG draws units per status as horizontal stacked bars, one
// bar per group, the first group on top, starting at zero.
func statusGroupsPNG(n *National, groups []StatusGroup) ([]byte, error) {
	if len(groups) == 0 {
		return emptyPNG(n.Lang, 800, 330)
	}
	labels := make([]string, len(groups))
	series := make([][]float64, len(statusOrder))
	for k := range series {
		series[k] = make([]float64, len(groups))
	}
	for i, g := range groups {
		at := len(groups) - 1 - i // the category axis runs bottom-up
		labels[at] = clip(g.Name, 32)
		for k, s := range statusOrder {
			series[k][at] = float64(g.Counts[s])
		}
	}
	names := make([]string, len(statusOrder))
	colors := make([]gc.Color, len(statusOrder))
	for k, s := range statusOrder {
		names[k], colors[k] = n.Lang.StatusName(s), gc.ColorFromHex(statusColor[s])
	}
	opt := gc.NewBarChartOptionWithData(series)
	opt.Horizontal, opt.StackSeries = true, gc.Ptr(true)
	opt.Theme = gc.GetTheme(gc.ThemeLight).WithSeriesColors(colors)
	opt.Padding = gc.NewBoxEqual(int(12 * pngScale))
	opt.CategoryAxis = gc.CategoryAxisOption{Labels: labels, LabelFontStyle: scaled(9)}
	opt.ValueAxis = []gc.ValueAxisOption{{Min: gc.Ptr(0.0), LabelFontStyle: scaled(9), Title: textOf(n.Lang, "units"), TitleFontStyle: scaled(9),
		ValueFormatter: func(v float64) string { return shortNumber(n.Lang, v) }}}
	opt.Legend = gc.LegendOption{SeriesNames: names, FontStyle: scaled(9), Offset: gc.OffsetStr{Top: "bottom"}}
	h := max(80+16*len(groups), 200)
	p := painter(800, h)
	if err := p.BarChart(opt); err != nil {
		return nil, err
	}
	return p.Bytes()
}

// savingsMonthsPNG draws the national savings of each month as bars from
// zero.
func savingsMonthsPNG(n *National) ([]byte, error) {
	if allNull(n.Trend.Savings) {
		return emptyPNG(n.Lang, 800, 330)
	}
	vals := make([]float64, len(n.Trend.Savings))
	var floor *float64 = gc.Ptr(0.0) // bars start at zero unless a month lost money
	for i, v := range n.Trend.Savings {
		if !math.IsNaN(v) {
			vals[i] = v
		}
		if v < 0 {
			floor = nil
		}
	}
	opt := gc.NewBarChartOptionWithData([][]float64{vals})
	opt.Padding = gc.NewBoxEqual(int(12 * pngScale))
	opt.CategoryAxis = gc.CategoryAxisOption{Labels: monthLabels(n.Lang, n.Trend.Months), LabelFontStyle: scaled(9)}
	opt.ValueAxis = []gc.ValueAxisOption{{Min: floor, LabelFontStyle: scaled(9), Title: "Rp", TitleFontStyle: scaled(9),
		ValueFormatter: func(v float64) string { return shortNumber(n.Lang, v) }}}
	opt.Legend = gc.LegendOption{Show: gc.Ptr(false)}
	p := painter(800, 330)
	if err := p.BarChart(opt); err != nil {
		return nil, err
	}
	return p.Bytes()
}
