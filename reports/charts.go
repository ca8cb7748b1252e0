package reports

import (
	"encoding/json"
	"html/template"
	"math"
	"time"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// chart is one chart of a page: a fixed element id (so the same data gives
// the same bytes) and its ECharts option as HTML-safe JSON.
type chart struct {
	ID     string
	Title  string
	Option template.JS
}

// optionJSON serialises a go-echarts option with encoding/json, which
// escapes <, > and & — data-derived strings cannot end the script element.
func optionJSON(obj map[string]any) template.JS {
	b, err := json.Marshal(obj)
	if err != nil {
		panic(err) // only plain values are put in options
	}
	return template.JS(b)
}

// point is a chart value: NULL (NaN) becomes "-", which ECharts leaves out.
func point(v float64) any {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "-"
	}
	return math.Round(v*1000) / 1000
}

func lineData(vs []float64, scale float64) []opts.LineData {
	out := make([]opts.LineData, len(vs))
	for i, v := range vs {
		out[i] = opts.LineData{Value: point(v * scale)}
	}
	return out
}

func modelMonthLabels(m *Model) []string { return monthLabels(m.Lang, m.Trends.Months) }

// monthLabels are short month names with the year: "Okt 25".
func monthLabels(l Lang, months []time.Time) []string {
	out := make([]string, len(months))
	for i, mo := range months {
		out[i] = l.ShortMonth(mo.Month()) + " " + mo.Format("06")
	}
	return out
}

// lineChart is a trend chart of the HTML; its value axis follows
// valueAxis (every trend chart here is a percentage).
func lineChart(l Lang, id, title, yName string, x []string, series map[string][]opts.LineData, order []string) chart {
	var vals [][]float64
	for _, s := range series {
		v := make([]float64, len(s))
		for i, d := range s {
			v[i] = math.NaN()
			if f, ok := d.Value.(float64); ok {
				v[i] = f
			}
		}
		vals = append(vals, v)
	}
	lo, hi, _ := valueAxis(true, vals...)
	c := charts.NewLine()
	c.SetGlobalOptions(charts.WithTitleOpts(opts.Title{Title: title}),
		charts.WithTooltipOpts(opts.Tooltip{Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Top: "bottom"}),
		charts.WithXAxisOpts(opts.XAxis{Name: textOf(l, "axis_month"), NameLocation: "middle", NameGap: 28}),
		charts.WithYAxisOpts(opts.YAxis{Name: yName, Type: "value", Min: lo, Max: hi}),
		charts.WithAnimation(false))
	c.SetXAxis(x)
	for _, name := range order {
		c.AddSeries(name, series[name], charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(false)}))
	}
	c.Validate()
	return chart{ID: id, Title: title, Option: optionJSON(c.JSON())}
}

// flagged says whether a status names a unit in the charts: paused or
// reviewed.
func flagged(status string) bool { return status == "HENTIKAN_SEMENTARA" || status == "TINJAU_ULANG" }

// charts builds the charts of the report: five, then the three funnels.
func htmlCharts(m *Model) []chart {
	t := func(key string) string { return textOf(m.Lang, key) }
	x := modelMonthLabels(m)
	out := []chart{
		lineChart(m.Lang, "chart-capaian", t("chart_capaian"), t("axis_points"), x, map[string][]opts.LineData{
			t("fwa"): lineData(m.Trends.CapaianFWA, 1), t("control"): lineData(m.Trends.CapaianCtrl, 1)}, []string{t("fwa"), t("control")}),
		lineChart(m.Lang, "chart-sla", t("chart_sla"), t("axis_pct"), x, map[string][]opts.LineData{
			t("fwa"): lineData(m.Trends.TindakFWA, 100), t("control"): lineData(m.Trends.TindakCtrl, 100)}, []string{t("fwa"), t("control")}),
	}
	bar := charts.NewBar()
	// Bars start at 0 (below it only for savings under 0): the length of a
	// bar is its value.
	bar.SetGlobalOptions(charts.WithTitleOpts(opts.Title{Title: t("chart_savings")}), charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Trigger: "axis"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: "Rp", Min: math.Min(0, minValue(m.Savings)), Scale: opts.Bool(false)}))
	var names []string
	var vals []opts.BarData
	for _, s := range m.Savings {
		names = append(names, s.Name)
		vals = append(vals, opts.BarData{Value: point(s.Value)})
	}
	bar.SetXAxis(names).AddSeries(t("savings"), vals)
	bar.Validate()
	out = append(out, chart{ID: "chart-hemat", Title: t("chart_savings"), Option: optionJSON(bar.JSON())})

	pie := charts.NewPie()
	pie.SetGlobalOptions(charts.WithTitleOpts(opts.Title{Title: t("chart_status")}), charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Trigger: "item"}), charts.WithLegendOpts(opts.Legend{Top: "bottom"}))
	var slices []opts.PieData
	for _, s := range statusOrder {
		if n := m.Summary.StatusCounts[s]; n > 0 {
			slices = append(slices, opts.PieData{Name: m.Lang.StatusName(s), Value: n, ItemStyle: &opts.ItemStyle{Color: statusColor[s]}})
		}
	}
	pie.AddSeries(t("units"), slices)
	pie.Validate()
	out = append(out, chart{ID: "chart-status", Title: t("chart_status"), Option: optionJSON(pie.JSON())})

	// One series per status, in its colour; paused and reviewed units
	// carry their name.
	var series []any
	xMax := 0.0
	for _, u := range m.Units {
		if !u.Suppressed && !math.IsNaN(u.Porsi) {
			xMax = math.Max(xMax, u.Porsi*100)
		}
	}
	byStatus := map[string][]scatterPoint{}
	for _, u := range m.Units {
		if !u.Suppressed && !math.IsNaN(u.Porsi) && !math.IsNaN(u.Capaian) {
			byStatus[u.Status] = append(byStatus[u.Status], scatterPoint{name: u.Name, x: u.Porsi * 100, y: u.Capaian})
		}
	}
	yLo, yHi, _ := valueAxis(true, capaianValues(m))
	placeLabels(byStatus, xMax, yLo, yHi)
	for _, st := range statusOrder {
		if pts := byStatus[st]; len(pts) > 0 {
			series = append(series, scatterSeries(m.Lang.StatusName(st), st, pts, xMax))
		}
	}
	out = append(out, chart{ID: "chart-porsi", Title: t("chart_porsi"), Option: optionJSON(map[string]any{
		"title": map[string]any{"text": t("chart_porsi")}, "animation": false,
		"tooltip": map[string]any{"trigger": "item"}, "legend": map[string]any{"top": "bottom"},
		"xAxis":  []any{map[string]any{"type": "value", "name": t("porsi"), "nameLocation": "middle", "nameGap": 28, "min": 0}},
		"yAxis":  []any{map[string]any{"type": "value", "name": t("axis_points"), "min": yLo, "max": yHi}},
		"series": series,
	})})
	return append(out, funnelCharts(m)...)
}

// scatterPoint is a unit in a scatter chart; label says it shows its
// name (placeLabels).
type scatterPoint struct {
	name  string
	x, y  float64
	label bool
}

// capaianValues are the units' capaian values the scatter shows.
func capaianValues(m *Model) []float64 {
	var out []float64
	for _, u := range m.Units {
		if !u.Suppressed && !math.IsNaN(u.Porsi) {
			out = append(out, u.Capaian)
		}
	}
	return out
}

// The geometry placeLabels assumes of an HTML scatter: a plot at least
// 700 px wide and about 220 px high (the chart is 340 px), a label at most
// 170 px wide and, with a margin, 16 px high.
const (
	plotMinWidth, plotHeight = 700.0, 220.0
	labelWidth, labelHeight  = 170.0, 16.0
)

// placeLabels decides which paused and reviewed units name themselves in
// a scatter over x 0 … xMax and y lo … hi: the most severe first, each
// unless its label would cover one already placed (closer than a label's
// height, and its width on the plot's narrowest). The others keep their
// name in the tooltip. A label sits right of its point in the left half
// and left of it in the right half, so none leaves the plot.
func placeLabels(byStatus map[string][]scatterPoint, xMax, lo, hi float64) {
	type box struct{ x0, x1, y float64 }
	var placed []box
	for _, st := range statusOrder {
		if !flagged(st) {
			continue
		}
		for i, p := range byStatus[st] {
			px := p.x / math.Max(xMax, 1e-9) * plotMinWidth
			b := box{px, px + labelWidth, (p.y - lo) / math.Max(hi-lo, 1e-9) * plotHeight}
			if p.x > xMax/2 {
				b.x0, b.x1 = px-labelWidth, px
			}
			free := true
			for _, q := range placed {
				if math.Abs(b.y-q.y) < labelHeight && b.x0 < q.x1 && q.x0 < b.x1 {
					free = false
					break
				}
			}
			if free {
				placed = append(placed, b)
				byStatus[st][i].label = true
			}
		}
	}
}

// scatterSeries is one status's points of a scatter chart for ECharts.
// The paused and reviewed units placeLabels chose are labelled with
// their name, cut with "…" at 170 px; ECharts' own overlap check hides
// what still collides on a narrow screen. Every name is in the tooltip.
func scatterSeries(name, status string, pts []scatterPoint, xMax float64) map[string]any {
	data := make([]map[string]any, len(pts))
	for i, p := range pts {
		data[i] = map[string]any{"name": p.name, "value": []any{point(p.x), point(p.y)}}
		switch {
		case !p.label:
			data[i]["label"] = map[string]any{"show": false}
		case p.x > xMax/2:
			data[i]["label"] = map[string]any{"position": "left"}
		}
	}
	return map[string]any{"type": "scatter", "name": name, "data": data,
		"itemStyle":   map[string]any{"color": statusColor[status]},
		"label":       map[string]any{"show": flagged(status), "formatter": "{b}", "position": "right", "width": 170, "overflow": "truncate", "padding": []int{3, 0}},
		"labelLayout": map[string]any{"hideOverlap": true}}
}
