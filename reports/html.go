package reports

import (
	"bytes"
	"fmt"
	"html/template"
	"math"
	"strings"
)

// HTML renders the report as one self-contained page: ECharts is inlined,
// nothing is fetched from any host, and every data-derived string goes
// through html/template's escaping. The same model gives the same bytes.
func HTML(m *Model) ([]byte, error) {
	p := page{Model: m}
	p.charts, p.unitCharts = htmlCharts(m), p.buildUnitCharts()
	var b bytes.Buffer
	if err := pageTemplate.Execute(&b, p); err != nil {
		return nil, fmt.Errorf("render report.html: %w", err)
	}
	return b.Bytes(), nil
}

// page adds the template's helpers to a model; the charts are built once
// per render (the template places their containers and their scripts).
type page struct {
	*Model
	charts     []chart
	unitCharts map[int][]chart // by index in Attention
}

func (p page) T(key string) string                   { return textOf(p.Lang, key) }
func (p page) Headline() [][2]string                 { return Headline(p.Lang, p.Summary.Tiles) }
func (p page) Status(s string) string                { return p.Lang.StatusName(s) }
func (p page) Rules(ids string) string               { return ruleWords(p.Lang, ids) }
func (p page) Pct(v float64) string                  { return p.Lang.Percent(v, 1) }
func (p page) Num(v float64, d int) string           { return p.Lang.Number(v, d) }
func (p page) Int(v int64) string                    { return p.Lang.Number(float64(v), 0) }
func (p page) Rp(v float64) string                   { return p.Lang.Rupiah(v) }
func (p page) MonthName() string                     { return p.Lang.Month(p.Month) }
func (p page) Charts() []chart                       { return p.charts }
func (p page) EChartsJS() template.JS                { return template.JS(EChartsJS) }
func (p page) SummaryText() string                   { return SummaryText(p.Model) }
func (p page) Threshold(th Threshold) string         { return ThresholdWords(p.Lang, th) }
func (p page) Statuses() []string                    { return statusOrder }
func (p page) Anchor(i int) string                   { return fmt.Sprintf("unit-%d", i+1) }
func (p page) Count(s string) int                    { return p.Summary.StatusCounts[s] }
func (p page) IsNaN(v float64) bool                  { return math.IsNaN(v) }
func (p page) Lead(u UnitFlag) bool                  { return u.Status == "HENTIKAN_SEMENTARA" }
func (p page) InstCount(r InstansiRow, s string) int { return r.StatusCounts[s] }
func (p page) JudgedRows(u UnitFlag) [][4]string     { return judgedRows(p.Lang, u) }
func (p page) PlaceboRows() [][5]string              { return placeboRows(p.Lang, p.Quality.Placebo) }
func (p page) RejectedOf(id string) string           { return rejectedOf(p.Lang, p.Quality, id) }
func (p page) Untraced() []string                    { return untracedTexts(p.Lang, p.Quality) }
func (p page) UnitRejectRows() [][6]string {
	rows, _ := unitRejectRows(p.Lang, p.Quality, htmlRejectRows)
	return rows
}
func (p page) MoreRejects() string {
	if more := len(p.Quality.UnitRejects) - htmlRejectRows; more > 0 {
		return moreRejects(p.Lang, more)
	}
	return ""
}

// AnchorOf is the detail section of a paused or reviewed unit, "" for others.
func (p page) AnchorOf(unitID string) string {
	for i, u := range p.Attention {
		if u.UnitID == unitID {
			return p.Anchor(i)
		}
	}
	return ""
}

// UnitCharts are the trend charts of the paused or reviewed units, in
// Attention order.
func (p page) UnitCharts() []chart {
	var out []chart
	for i := range p.Attention {
		out = append(out, p.unitCharts[i]...)
	}
	return out
}

// buildUnitCharts makes each paused or reviewed unit's trend charts: one
// per indicator its rules judge.
func (p page) buildUnitCharts() map[int][]chart {
	out := map[int][]chart{}
	for i, u := range p.Attention {
		tr, ok := p.Trends.PerUnit[u.UnitID]
		if !ok {
			continue
		}
		for k, s := range tr.Series {
			out[i] = append(out[i], unitSeriesChart(p.Model, fmt.Sprintf("chart-unit-%d-%d", i+1, k+1), tr, s))
		}
	}
	return out
}

// ChartFor is the trend charts of the i-th paused or reviewed unit.
func (p page) ChartFor(i int) []chart { return p.unitCharts[i] }

// sharedTemplates are the parts both pages use: the stylesheet, the
// script that draws a page's charts (its list is in the variable charts)
// and sortable(table), which sorts a table's rows by the column whose
// heading is clicked, numbers in either language's format as numbers.
// (html/template drops comments inside scripts: they are here.)
const sharedTemplatesText = `{{define "style"}}<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#1b1f24}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}
.meta{color:#57606a}.warn{color:#cf222e;font-weight:600}.tiles{display:flex;flex-wrap:wrap;gap:.6rem}
.tile{border:1px solid #d0d7de;border-radius:6px;padding:.6rem .9rem;min-width:9rem}
.tile b{display:block;font-size:1.5rem}
STATUS_CSS
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #d8dee4;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f6f8fa;cursor:pointer}td.n{text-align:right;white-space:nowrap}
.chart{width:100%;height:340px;margin:1rem 0}.grid{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
input#filter{padding:.3rem;width:18rem}
@media print{.noprint{display:none}.chart{break-inside:avoid}section.unit{break-before:page}body{max-width:none}}
</style>{{end}}{{define "draw"}}  // Axis numbers in the report's language: 4.000.000 (id) or 4,000,000 (en).
  var locale = {{.Lang}} === "en" ? "en-US" : "id-ID";
  function localise(axes) {
    [].concat(axes || []).forEach(function (a) {
      if (a && (a.type === "value" || (!a.type && !a.data))) {
        a.axisLabel = a.axisLabel || {};
        a.axisLabel.formatter = function (v) { return Number(v).toLocaleString(locale); };
      }
    });
  }
  charts.forEach(function (c) {
    var el = document.getElementById(c.id);
    if (!el) { return; }
    localise(c.option.xAxis);
    localise(c.option.yAxis);
    var chart = echarts.init(el, null, {renderer: "svg"});
    chart.setOption(c.option);
    el.setAttribute("data-drawn", "1");
  });
{{end}}{{define "sortable"}}  function sortable(table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      th.addEventListener("click", function () {
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        var asc = th.getAttribute("data-asc") !== "1";
        th.setAttribute("data-asc", asc ? "1" : "0");
        rows.sort(function (a, b) {
          var x = a.cells[col] ? a.cells[col].textContent : "", y = b.cells[col] ? b.cells[col].textContent : "";
          var nx = parseFloat(x.replace(/[^0-9,.-]/g, "").replace(/\./g, "").replace(",", ".")), ny = parseFloat(y.replace(/[^0-9,.-]/g, "").replace(/\./g, "").replace(",", "."));
          var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return asc ? r : -r;
        });
        rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
      });
    });
  }
{{end}}`

// sharedTemplates is sharedTemplatesText with the status classes of the
// one palette (palette.go).
var sharedTemplates = strings.Replace(sharedTemplatesText, "STATUS_CSS", statusCSS(), 1)

var pageTemplate = template.Must(template.Must(template.New("report").Parse(sharedTemplates)).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.T "title"}} — {{.MonthName}}</title>
{{template "style"}}
</head>
<body>
<header>
<h1>{{.T "title"}}</h1>
<p class="meta">{{.T "period"}}: <b>{{.MonthName}}</b> · {{.T "scope"}}: {{range $i, $n := .Instansi}}{{if $i}}, {{end}}{{$n}}{{end}}<br>
{{.T "asof"}}: {{.AsOf.Format "2006-01-02 15:04"}} · {{.T "generated"}}: {{.Generated.Format "2006-01-02 15:04"}}</p>
</header>

<section id="ringkasan"><h2>{{.T "summary"}}</h2>
<div class="tiles">
{{range .Statuses}}<div class="tile s-{{.}}"><span>{{$.Status .}}</span><b>{{$.Count .}}</b></div>
{{end}}{{range .Headline}}<div class="tile"><span>{{index . 0}}</span><b>{{index . 1}}</b></div>
{{end}}
</div>
<p id="ringkasan-teks">{{.SummaryText}}</p>
</section>

<section id="perhatian"><h2>{{.T "attention"}}</h2>
{{if .Attention}}<table><thead><tr><th>{{.T "unit"}}</th><th>{{.T "instansi"}}</th><th>{{.T "status"}}</th><th>{{.T "evidence"}}</th></tr></thead><tbody>
{{range $i, $u := .Attention}}<tr class="s-{{$u.Status}}"><td><a href="#{{$.Anchor $i}}">{{$u.Name}}</a></td><td>{{$u.Instansi}}</td><td>{{$.Status $u.Status}}</td><td>{{if $u.Suppressed}}<i>{{$.T "suppressed"}}</i>{{else}}{{$u.Evidence}}{{end}}</td></tr>
{{end}}</tbody></table>{{else}}<p>{{.T "none"}}</p>{{end}}
</section>

<section id="grafik"><h2>{{.T "charts"}}</h2>
{{range .Charts}}<div class="chart" id="{{.ID}}" role="img" aria-label="{{.Title}}"></div>
{{end}}<p>{{.T "funnel_note"}}</p>
</section>

<section id="instansi"><h2>{{.T "per_instansi"}}</h2>
<table><thead><tr><th>{{.T "instansi"}}</th><th>{{.T "units"}}</th><th>{{.T "fwa"}}</th><th>{{.T "employees"}}</th>{{range .Statuses}}<th>{{$.Status .}}</th>{{end}}<th>{{.T "savings"}}</th></tr></thead><tbody>
{{range $r := .PerInst}}<tr><td>{{$r.Name}}</td><td class="n">{{$r.Units}}</td><td class="n">{{$r.FWAUnits}}</td><td class="n">{{$r.Employees}}</td>{{range $.Statuses}}<td class="n">{{$.InstCount $r .}}</td>{{end}}<td class="n">{{$.Rp $r.Savings}}</td></tr>
{{end}}</tbody></table>
</section>

<section id="semua-unit"><h2>{{.T "all_units"}}</h2>
<p class="noprint"><input id="filter" type="search" placeholder="{{.T "filter"}}"></p>
<table id="units"><thead><tr><th>{{.T "unit"}}</th><th>{{.T "instansi"}}</th><th>{{.T "status"}}</th><th>{{.T "employees"}}</th><th>{{.T "capaian"}}</th><th>{{.T "porsi"}}</th><th>{{.T "sla"}}</th></tr></thead><tbody>
{{range $u := .Units}}<tr class="s-{{$u.Status}}"><td>{{with $.AnchorOf $u.UnitID}}<a href="#{{.}}">{{$u.Name}}</a>{{else}}{{$u.Name}}{{end}}</td><td>{{$u.Instansi}}</td><td>{{$.Status $u.Status}}</td><td class="n">{{$u.Employees}}</td>{{if $u.Suppressed}}<td colspan="3"><i>{{$.T "suppressed"}}</i></td>{{else}}<td class="n" data-v="{{$u.Capaian}}">{{$.Num $u.Capaian 1}}</td><td class="n">{{$.Pct $u.Porsi}}</td><td class="n">{{$.Pct $u.Tindak}}</td>{{end}}</tr>
{{end}}</tbody></table>
</section>

<section id="rincian"><h2>{{.T "details"}}</h2>
{{range $i, $u := .Attention}}<section class="unit" id="{{$.Anchor $i}}"><h3>{{$u.Name}} — {{$.Status $u.Status}}</h3>
<p>{{$u.Instansi}} · {{$.T "employees"}}: {{$u.Employees}} · {{$.T "rules"}}: {{$.Rules $u.Rules}}</p>
{{if $u.Suppressed}}<p><i>{{$.T "suppressed"}}</i></p>{{else}}<p>{{$u.Evidence}}</p>
<p class="rejects">{{$.RejectedOf $u.UnitID}}</p>
{{with $.JudgedRows $u}}<h4>{{$.T "judged_heading"}}</h4><table class="judged"><thead><tr><th>{{$.T "indicator"}}</th><th>{{$.T "estimate"}}</th><th>{{$.T "interval95"}}</th><th>{{$.T "zscore"}}</th></tr></thead><tbody>
{{range .}}<tr><td>{{index . 0}}</td>{{if index . 2}}<td class="n">{{index . 1}}</td><td class="n">{{index . 2}}</td><td class="n">{{index . 3}}</td>{{else}}<td colspan="3"><i>{{index . 1}}</i></td>{{end}}</tr>
{{end}}</tbody></table>{{end}}{{range $.ChartFor $i}}<div class="chart" id="{{.ID}}" role="img" aria-label="{{.Title}}"></div>{{end}}{{end}}
</section>
{{end}}</section>

<section id="kualitas"><h2>{{.T "quality"}}</h2>
{{range .Quality.Empty}}<p class="warn">{{$.T (print "empty_" .)}}</p>
{{end}}<table><thead><tr><th>{{.T "source"}}</th><th>{{.T "read"}}</th><th>{{.T "loaded"}}</th><th>{{.T "rejected"}}</th></tr></thead><tbody>
{{range .Quality.Sources}}<tr><td>{{.Source}}</td><td class="n">{{$.Int .Read}}</td><td class="n">{{$.Int .Loaded}}</td><td class="n">{{$.Int .Rejected}}</td></tr>
{{end}}</tbody></table>
{{if .Quality.TopRejects}}<h3>{{.T "top_rejects"}}</h3><table><tbody>
{{range .Quality.TopRejects}}<tr><td>{{.Source}}</td><td>{{.Column}}</td><td>{{.Code}}</td><td class="n">{{$.Int .Count}}</td></tr>
{{end}}</tbody></table>{{end}}
{{range .Untraced}}<p class="warn">{{.}}</p>
{{end}}{{with .UnitRejectRows}}<h3 id="unit-ditolak">{{$.T "unit_rejects"}}</h3><table><thead><tr><th>{{$.T "unit"}}</th><th>{{$.T "source"}}</th><th>{{$.T "month"}}</th><th>{{$.T "rejected"}}</th><th>{{$.T "of_rows"}}</th><th>{{$.T "commonest"}}</th></tr></thead><tbody>
{{range .}}<tr><td>{{index . 0}}</td><td>{{index . 1}}</td><td>{{index . 2}}</td><td class="n">{{index . 3}}</td><td class="n">{{index . 4}}</td><td>{{index . 5}}</td></tr>
{{end}}</tbody></table>{{with $.MoreRejects}}<p>{{.}}</p>{{end}}{{end}}
<p>{{.T "coverage"}}: {{.Pct .Quality.Coverage}} · {{.Quality.LowCover}} {{.T "low_cover"}}</p>
<h3 id="plasebo">{{.T "placebo"}}</h3>
<p>{{.T "placebo_text"}}</p>
<table><thead><tr><th>{{.T "indicator"}}</th><th>{{.T "judged_units"}}</th><th>{{.T "beyond975"}}</th><th>{{.T "beyond999"}}</th><th>{{.T "placebo_verdict"}}</th></tr></thead><tbody>
{{range .PlaceboRows}}<tr><td>{{index . 0}}</td><td class="n">{{index . 1}}</td><td class="n">{{index . 2}}</td><td class="n">{{index . 3}}</td><td>{{index . 4}}</td></tr>
{{end}}</tbody></table>
</section>

<section id="metode"><h2>{{.T "method"}}</h2>
<p>{{.T "method_text"}}</p>
<p>{{.T "method_chance"}}</p>
<p>{{.T "method_thresholds"}}</p>
<table><tbody>{{range .Method}}<tr><td>{{.Name}}</td><td class="n">{{$.Threshold .}}</td></tr>{{end}}</tbody></table>
</section>

<script>{{.EChartsJS}}</script>
<script>
(function () {
  var charts = [{{range .Charts}}{id: {{.ID}}, option: {{.Option}}},
  {{end}}{{range .UnitCharts}}{id: {{.ID}}, option: {{.Option}}},
  {{end}}];
{{template "draw" .}}{{template "sortable"}}  var table = document.getElementById("units");
  var filter = document.getElementById("filter");
  filter.addEventListener("input", function () {
    var q = filter.value.toLowerCase();
    Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
      r.style.display = r.textContent.toLowerCase().indexOf(q) >= 0 ? "" : "none";
    });
  });
  sortable(table);
})();
</script>
</body>
</html>
`))
