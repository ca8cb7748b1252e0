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

func (m *Model) monthLabels() []string { return monthLabels(m.Lang, m.Trends.Months) }

// monthLabels are short month names with the year: "Okt 25".
func monthLabels(l Lang, months []time.Time) []string {
	out := make([]string, len(months))
	for i, mo := range months {
		out[i] = l.shortMonth(mo.Month()) + " " + mo.Format("06")
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
		charts.WithXAxisOpts(opts.XAxis{Name: l.text("axis_month"), NameLocation: "middle", NameGap: 28}),
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
func (m *Model) charts() []chart {
	t := m.Lang.text
	x := m.monthLabels()
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
			slices = append(slices, opts.PieData{Name: m.Lang.status(s), Value: n, ItemStyle: &opts.ItemStyle{Color: statusColor[s]}})
		}
	}
	pie.AddSeries(t("units"), slices)
	pie.Validate()
	out = append(out, chart{ID: "chart-status", Title: t("chart_status"), Option: optionJSON(pie.JSON())})

	sc := charts.NewScatter()
	sc.SetGlobalOptions(charts.WithTitleOpts(opts.Title{Title: t("chart_porsi")}), charts.WithAnimation(false),
		charts.WithXAxisOpts(opts.XAxis{Name: t("porsi"), Type: "value"}),
		charts.WithYAxisOpts(opts.YAxis{Name: t("axis_points"), Type: "value"}),
		charts.WithTooltipOpts(opts.Tooltip{Trigger: "item"}), charts.WithLegendOpts(opts.Legend{Top: "bottom"}))
	// One series per status, in its colour; paused and reviewed units
	// carry their name.
	for _, st := range statusOrder {
		var pts []opts.ScatterData
		for _, u := range m.Units {
			if u.Status != st || u.Suppressed || math.IsNaN(u.Porsi) || math.IsNaN(u.Capaian) {
				continue
			}
			pts = append(pts, opts.ScatterData{Name: u.Name, Value: []any{point(u.Porsi * 100), point(u.Capaian)}})
		}
		if len(pts) == 0 {
			continue
		}
		so := []charts.SeriesOpts{charts.WithItemStyleOpts(opts.ItemStyle{Color: statusColor[st]})}
		if flagged(st) {
			so = append(so, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Formatter: "{b}", Position: "right"}))
		}
		sc.AddSeries(m.Lang.status(st), pts, so...)
	}
	sc.Validate()
	out = append(out, chart{ID: "chart-porsi", Title: t("chart_porsi"), Option: optionJSON(sc.JSON())})
	return append(out, m.funnelCharts()...)
}
