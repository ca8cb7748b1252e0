package reports

import (
	"bytes"
	"fmt"
	"html/template"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// NationalHTML renders the national rollup report (README, "National rollup")
// as one self-contained page, like the monthly report: ECharts inlined,
// nothing fetched, every data-derived string escaped, the same bytes for the
// same model. Its instansi ranking lists every instansi and sorts by any
// column.
func NationalHTML(n *National) ([]byte, error) {
	var b bytes.Buffer
	if err := nationalTemplate.Execute(&b, nationalPage{National: n, charts: nationalHTMLCharts(n)}); err != nil {
		return nil, fmt.Errorf("render national report.html: %w", err)
	}
	return b.Bytes(), nil
}

// nationalPage adds the template's helpers to a national model.
type nationalPage struct {
	*National
	charts []chart
}

func (p nationalPage) T(key string) string            { return textOf(p.Lang, key) }
func (p nationalPage) Headline() [][2]string          { return Headline(p.Lang, p.Tiles) }
func (p nationalPage) Status(s string) string         { return p.Lang.StatusName(s) }
func (p nationalPage) Pct(v float64) string           { return p.Lang.Percent(v, 1) }
func (p nationalPage) Int(v int) string               { return p.Lang.Number(float64(v), 0) }
func (p nationalPage) Signed(v float64) string        { return signed(p.Lang, v, 1) }
func (p nationalPage) Rp(v float64) string            { return p.Lang.Rupiah(v) }
func (p nationalPage) MonthName() string              { return p.Lang.Month(p.Month) }
func (p nationalPage) Charts() []chart                { return p.charts }
func (p nationalPage) EChartsJS() template.JS         { return template.JS(EChartsJS) }
func (p nationalPage) SummaryText() string            { return NationalSummaryText(p.National) }
func (p nationalPage) Statuses() []string             { return statusOrder }
func (p nationalPage) Count(s string) int             { return p.StatusCounts[s] }
func (p nationalPage) In(g StatusGroup, s string) int { return g.Counts[s] }
func (p nationalPage) Add(a, b int) int               { return a + b }
func (p nationalPage) Expected() string {
	return fmt.Sprintf(p.T("n_of_expected"), p.Coverage.Expected)
}

// ChartHeight is a chart container's height in pixels: bars of many
// groups get room for each.
func (p nationalPage) ChartHeight(c chart) int {
	switch c.ID {
	case "chart-prov":
		return max(340, 90+22*len(p.ByProvince))
	case "chart-jenis":
		return max(300, 90+36*len(p.ByJenis))
	}
	return 340
}

// htmlCharts are the page's charts: status per jenis and per province
// (stacked bars), the two 12-month trends, and savings per month.
func nationalHTMLCharts(n *National) []chart {
	t := func(key string) string { return textOf(n.Lang, key) }
	x := monthLabels(n.Lang, n.Trend.Months)
	tr := n.Trend
	out := []chart{
		statusBars(n, "chart-jenis", t("n_chart_jenis"), n.ByJenis),
		statusBars(n, "chart-prov", t("n_chart_prov"), n.ByProvince),
		lineChart(n.Lang, "chart-capaian", t("chart_capaian"), t("axis_points"), x, map[string][]opts.LineData{
			t("fwa"): lineData(tr.CapaianFWA, 1), t("control"): lineData(tr.CapaianCtrl, 1)}, []string{t("fwa"), t("control")}),
		lineChart(n.Lang, "chart-sla", t("chart_sla"), t("axis_pct"), x, map[string][]opts.LineData{
			t("fwa"): lineData(tr.TindakFWA, 100), t("control"): lineData(tr.TindakCtrl, 100)}, []string{t("fwa"), t("control")}),
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(charts.WithTitleOpts(opts.Title{Title: t("n_chart_savings")}), charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Trigger: "axis"}), charts.WithGridOpts(opts.Grid{ContainLabel: opts.Bool(true)}))
	vals := make([]opts.BarData, len(tr.Savings))
	for i, v := range tr.Savings {
		vals[i] = opts.BarData{Value: point(v)}
	}
	bar.SetXAxis(x).AddSeries(t("savings"), vals)
	bar.Validate()
	return append(out, chart{ID: "chart-hemat", Title: t("n_chart_savings"), Option: optionJSON(bar.JSON())})
}

// statusBars is units per status as horizontal stacked bars, one per
// group, the first group on top, in the status colours of the PDF.
func statusBars(n *National, id, title string, groups []StatusGroup) chart {
	bar := charts.NewBar()
	bar.SetGlobalOptions(charts.WithTitleOpts(opts.Title{Title: title}), charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Trigger: "axis"}), charts.WithLegendOpts(opts.Legend{Top: "bottom"}),
		charts.WithGridOpts(opts.Grid{ContainLabel: opts.Bool(true), Bottom: "60"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: textOf(n.Lang, "units")}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true)}))
	names := make([]string, len(groups))
	for i, g := range groups {
		names[i] = g.Name
	}
	bar.SetXAxis(names).XYReversal()
	for _, s := range statusOrder {
		vals := make([]opts.BarData, len(groups))
		for i, g := range groups {
			vals[i] = opts.BarData{Value: g.Counts[s]}
		}
		bar.AddSeries(n.Lang.StatusName(s), vals, charts.WithBarChartOpts(opts.BarChart{Stack: "status"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: statusColor[s]}))
	}
	bar.Validate()
	return chart{ID: id, Title: title, Option: optionJSON(bar.JSON())}
}

var nationalTemplate = template.Must(template.Must(template.New("national").Parse(sharedTemplates)).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.T "n_title"}} — {{.MonthName}}</title>
{{template "style"}}
</head>
<body>
<header>
<h1>{{.T "n_title"}}</h1>
<p class="meta">{{.T "period"}}: <b>{{.MonthName}}</b> · {{.T "n_received"}}: {{.Int .Coverage.Received}}{{if .Coverage.Expected}} {{.Expected}}{{end}}<br>
{{.T "asof"}}: {{.AsOf.Format "2006-01-02 15:04"}} · {{.T "generated"}}: {{.Generated.Format "2006-01-02 15:04"}}</p>
</header>

<section id="ringkasan"><h2>{{.T "summary"}}</h2>
<div class="tiles">
{{range .Statuses}}<div class="tile s-{{.}}"><span>{{$.Status .}}</span><b>{{$.Int ($.Count .)}}</b></div>
{{end}}{{range .Headline}}<div class="tile"><span>{{index . 0}}</span><b>{{index . 1}}</b></div>
{{end}}
</div>
<p id="ringkasan-teks">{{.SummaryText}}</p>
</section>

<section id="cakupan"><h2>{{.T "n_coverage"}}</h2>
{{if not .Coverage.Expected}}<p>{{.T "n_no_expect"}}</p>{{else if not .Coverage.Missing}}<p>{{.T "n_none_missing"}}</p>{{else}}
<h3>{{.T "n_missing"}} ({{len .Coverage.Missing}})</h3>
<table id="missing"><thead><tr><th>ID</th><th>{{.T "instansi"}}</th></tr></thead><tbody>
{{range .Coverage.Missing}}<tr><td>{{.ID}}</td><td>{{.Name}}</td></tr>
{{end}}</tbody></table>{{end}}
{{if .Coverage.Unexpected}}<h3>{{.T "n_unexpected"}} ({{len .Coverage.Unexpected}})</h3>
<table><thead><tr><th>ID</th><th>{{.T "instansi"}}</th></tr></thead><tbody>
{{range .Coverage.Unexpected}}<tr><td>{{.ID}}</td><td>{{.Name}}</td></tr>
{{end}}</tbody></table>{{end}}
{{if .Coverage.OtherPolicy}}<h3>{{.T "n_policy"}} ({{len .Coverage.OtherPolicy}})</h3>
<table id="policy"><thead><tr><th>ID</th><th>{{.T "instansi"}}</th><th>SHA-256</th></tr></thead><tbody>
{{range .Coverage.OtherPolicy}}<tr><td>{{.InstansiID}}</td><td>{{.Instansi}}</td><td><code>{{.SHA256}}</code></td></tr>
{{end}}</tbody></table>{{else}}<p>{{.T "n_all_builtin"}}</p>{{end}}
{{if .Coverage.Duplicates}}<h3>{{.T "n_duplicates"}} ({{len .Coverage.Duplicates}})</h3>
<ul>{{range .Coverage.Duplicates}}<li><code>{{.}}</code></li>{{end}}</ul>{{end}}
</section>

<section id="per-jenis"><h2>{{.T "n_by_jenis"}}</h2>
<table><thead><tr><th>{{.T "n_jenis"}}</th><th>{{.T "units"}}</th>{{range .Statuses}}<th>{{$.Status .}}</th>{{end}}</tr></thead><tbody>
{{range $g := .ByJenis}}<tr><td>{{$g.Name}}</td><td class="n">{{$.Int $g.Units}}</td>{{range $.Statuses}}<td class="n">{{$.Int ($.In $g .)}}</td>{{end}}</tr>
{{end}}</tbody></table>
</section>

<section id="per-provinsi"><h2>{{.T "n_by_prov"}}</h2>
<table><thead><tr><th>{{.T "n_provinsi"}}</th><th>{{.T "units"}}</th>{{range .Statuses}}<th>{{$.Status .}}</th>{{end}}</tr></thead><tbody>
{{range $g := .ByProvince}}<tr><td>{{$g.Name}}</td><td class="n">{{$.Int $g.Units}}</td>{{range $.Statuses}}<td class="n">{{$.Int ($.In $g .)}}</td>{{end}}</tr>
{{end}}</tbody></table>
</section>

<section id="grafik"><h2>{{.T "charts"}}</h2>
{{range .Charts}}<div class="chart" id="{{.ID}}" style="height:{{$.ChartHeight .}}px" role="img" aria-label="{{.Title}}"></div>
{{end}}</section>

<section id="peringkat"><h2>{{.T "n_ranking"}}</h2>
<p class="noprint">{{.T "n_sort"}}</p>
<table id="ranking"><thead><tr><th>{{.T "n_rank"}}</th><th>{{.T "instansi"}}</th><th>{{.T "n_jenis"}}</th><th>{{.T "n_provinsi"}}</th><th>{{.T "units"}}</th><th>{{.T "fwa"}}</th><th>{{.Status "HENTIKAN_SEMENTARA"}}</th><th>{{.Status "TINJAU_ULANG"}}</th><th>{{.T "n_share"}}</th></tr></thead><tbody>
{{range $i, $r := .Ranking}}<tr><td class="n">{{$.Add $i 1}}</td><td>{{$r.Name}}</td><td>{{$r.Jenis}}</td><td>{{$r.Provinsi}}</td><td class="n">{{$.Int $r.Units}}</td><td class="n">{{$.Int $r.FWAUnits}}</td><td class="n">{{$.Int $r.Paused}}</td><td class="n">{{$.Int $r.Review}}</td><td class="n">{{$.Pct $r.Share}}</td></tr>
{{end}}</tbody></table>
</section>

<section id="dihentikan"><h2>{{.T "n_paused"}} ({{len .Paused}})</h2>
{{if .Paused}}<table id="paused"><thead><tr><th>{{.T "instansi"}}</th><th>{{.T "unit"}}</th><th>{{.T "evidence"}}</th></tr></thead><tbody>
{{range .Paused}}<tr class="s-HENTIKAN_SEMENTARA"><td>{{.Instansi}}</td><td>{{.Unit}}</td><td>{{if .Suppressed}}<i>{{$.T "suppressed"}}</i>{{else}}{{.Evidence}}{{end}}</td></tr>
{{end}}</tbody></table>{{else}}<p>{{.T "none"}}</p>{{end}}
</section>

<section id="metode"><h2>{{.T "method"}}</h2>
<p>{{.T "n_method_text"}}</p>
</section>

<script>{{.EChartsJS}}</script>
<script>
(function () {
  var charts = [{{range .Charts}}{id: {{.ID}}, option: {{.Option}}},
  {{end}}];
{{template "draw" .}}{{template "sortable"}}  sortable(document.getElementById("ranking"));
})();
</script>
</body>
</html>
`))
