package reports

import (
	"fmt"
	"sort"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/image"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/components/text"
	"github.com/johnfercher/maroto/v2/pkg/consts/extension"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"
)

// The monthly PDF's pages after the front: per instansi, every FWA unit,
// one page per flagged unit, data quality, method.

func (d *pdfDoc) instansiPage() {
	t := func(key string) string { return textOf(d.Lang, key) }
	d.newPage()
	d.heading(t("per_instansi"))
	head := []string{t("instansi"), t("units"), t("fwa"), t("employees")}
	sizes := []int{4, 1, 1, 1}
	for _, s := range statusOrder[:5] {
		head = append(head, d.Lang.StatusName(s))
		sizes = append(sizes, 1)
	}
	// The columns take maroto's 12 grid parts, no more: the name wraps
	// in 2, each count has 1, the savings 2 (13 parts ran off the page).
	head = append(head, t("savings"))
	sizes[0] = 2
	sizes = append(sizes, 2)
	var body [][]tableCell
	for _, r := range d.PerInst {
		cells := []tableCell{{s: r.Name}, {s: d.Lang.Number(float64(r.Units), 0), num: true},
			{s: d.Lang.Number(float64(r.FWAUnits), 0), num: true}, {s: d.Lang.Number(float64(r.Employees), 0), num: true}}
		for _, s := range statusOrder[:5] {
			cells = append(cells, tableCell{s: d.Lang.Number(float64(r.StatusCounts[s]), 0), num: true})
		}
		cells = append(cells, tableCell{s: d.Lang.Rupiah(r.Savings), num: true})
		body = append(body, cells)
	}
	d.table(head, sizes, body)
}

// allUnitsTable lists every FWA unit, most severe status first, with its
// one-line reason: the watched, continuing and data-poor units too.
func (d *pdfDoc) allUnitsTable() {
	t := func(key string) string { return textOf(d.Lang, key) }
	var units []UnitFlag
	for _, u := range d.Units {
		if u.Status != "" && u.Status != "TIDAK_BERLAKU" {
			units = append(units, u)
		}
	}
	rank := map[string]int{}
	for i, s := range statusOrder {
		rank[s] = i
	}
	sort.SliceStable(units, func(i, j int) bool {
		if rank[units[i].Status] != rank[units[j].Status] {
			return rank[units[i].Status] < rank[units[j].Status]
		}
		return units[i].Name < units[j].Name
	})
	d.heading(t("all_fwa"))
	var body [][]tableCell
	for _, u := range units {
		body = append(body, []tableCell{{s: u.Name}, {s: u.Instansi}, {s: d.Lang.StatusName(u.Status), fill: statusFill[u.Status]}, {s: Reason(d.Lang, u)}})
	}
	d.table([]string{t("unit"), t("instansi"), t("status"), t("reason")}, []int{3, 2, 2, 5}, body)
}

// unitChart is one trend chart of a paused or reviewed unit.
type unitChart struct {
	title string
	png   []byte
}

// pdfCharts draws the PDF's charts, the five of README's "Outputs" and every
// paused or reviewed unit's pair (nil for a suppressed unit), all in one pool
// of workers.
func pdfCharts(m *Model, workers int) ([]pngChart, [][]unitChart, error) {
	jobs := pngChartJobs(m)
	global := len(jobs)
	type at struct{ unit, k int }
	var where []at // the Attention index and chart of each unit job
	for i, u := range m.Attention {
		tr, ok := m.Trends.PerUnit[u.UnitID]
		if !ok || u.Suppressed {
			continue
		}
		name := "unit " + u.UnitID // for errors only
		for k, s := range tr.Series {
			where = append(where, at{i, k})
			jobs = append(jobs, chartJob{title: name, draw: func() ([]byte, error) { return unitSeriesPNG(m, tr, s) }})
		}
	}
	pngs, err := drawCharts(workers, jobs)
	if err != nil {
		return nil, nil, err
	}
	charts := make([]pngChart, global)
	for i := range charts {
		charts[i] = pngChart{Title: jobs[i].title, PNG: pngs[i], Named: jobs[i].named}
	}
	unitCharts := make([][]unitChart, len(m.Attention))
	for n, w := range where {
		u := m.Attention[w.unit]
		tr := m.Trends.PerUnit[u.UnitID]
		unitCharts[w.unit] = append(unitCharts[w.unit], unitChart{unitChartTitle(m.Lang, tr.Series[w.k], tr.FWAStart), pngs[global+n]})
	}
	return charts, unitCharts, nil
}

func (d *pdfDoc) unitPages(charts [][]unitChart) {
	t := func(key string) string { return textOf(d.Lang, key) }
	for i, u := range d.Attention {
		d.newPage()
		if i == 0 {
			d.add(para(t("details"), props.Text{Size: 13, Style: fontstyle.Bold, Bottom: 2}))
		}
		d.add(para(u.Name+" — "+d.Lang.StatusName(u.Status), props.Text{Size: 12, Style: fontstyle.Bold, Bottom: 1}),
			para(fmt.Sprintf("%s · %s: %d · %s: %s", u.Instansi, t("employees"), u.Employees, t("rules"), ruleWords(d.Lang, u.Rules)),
				props.Text{Size: 9, Color: grey, Bottom: 2}))
		if u.Suppressed {
			d.add(para(t("suppressed"), props.Text{Style: fontstyle.Italic}))
			continue
		}
		d.add(para(u.Evidence, props.Text{Size: 10, Bottom: 2}),
			para(rejectedOf(d.Lang, d.Quality, u.UnitID), props.Text{Size: 9, Bottom: 3}))
		d.add(row.New().Add(
			kv(t("capaian"), d.Lang.Number(u.Capaian, 1)),
			kv(t("capaian_did"), signedPercent(d.Lang, u.CapaianDidRel, 1)),
			kv(t("porsi"), d.Lang.Percent(u.Porsi, 1)),
			kv(t("sla"), d.Lang.Percent(u.Tindak, 1))), row.New(3))
		if rows := judgedRows(d.Lang, u); len(rows) > 0 {
			var body [][]tableCell
			for _, r := range rows {
				body = append(body, []tableCell{{s: r[0]}, {s: r[1], num: r[2] != ""}, {s: r[2], num: true}, {s: r[3], num: true}})
			}
			d.add(para(t("judged_heading"), props.Text{Size: 9, Style: fontstyle.Bold, Bottom: 1}))
			d.table([]string{t("indicator"), t("estimate"), t("interval95"), t("zscore")}, []int{4, 3, 3, 2}, body)
		}
		for _, ch := range charts[i] {
			h := imageHeight(ch.png, d.cell.Width)
			title := para(ch.title, props.Text{Size: 9, Style: fontstyle.Bold, Top: 1, Bottom: 1})
			if !d.fits(d.height(title) + h) {
				d.newPage()
			}
			d.add(title, image.NewFromBytesRow(h, ch.png, extension.Png, props.Rect{Center: true, Percent: 100}))
		}
	}
}

// kv is a small labelled figure.
func kv(label, value string) core.Col {
	return col.New(3).Add(
		text.New(wrapText(label), props.Text{Size: 7, Color: grey, Right: 2}),
		text.New(value, props.Text{Size: 11, Style: fontstyle.Bold, Top: 7}))
}

func (d *pdfDoc) qualityPage() {
	t := func(key string) string { return textOf(d.Lang, key) }
	d.newPage()
	d.heading(t("quality"))
	for _, s := range d.Quality.Empty {
		d.add(para(t("empty_"+s), props.Text{Size: 10, Style: fontstyle.Bold, Color: warnRed, Bottom: 3}))
	}
	var body [][]tableCell
	for _, s := range d.Quality.Sources {
		body = append(body, []tableCell{{s: s.Source}, {s: d.Lang.Number(float64(s.Read), 0), num: true},
			{s: d.Lang.Number(float64(s.Loaded), 0), num: true}, {s: d.Lang.Number(float64(s.Rejected), 0), num: true}})
	}
	d.table([]string{t("source"), t("read"), t("loaded"), t("rejected")}, []int{6, 2, 2, 2}, body)
	if len(d.Quality.TopRejects) > 0 {
		d.add(para(t("top_rejects"), props.Text{Size: 11, Style: fontstyle.Bold, Top: 2, Bottom: 2}))
		body = nil
		for _, r := range d.Quality.TopRejects {
			body = append(body, []tableCell{{s: r.Source}, {s: r.Column}, {s: r.Code}, {s: d.Lang.Number(float64(r.Count), 0), num: true}})
		}
		d.table([]string{t("source"), t("column"), t("code"), t("rows")}, []int{3, 3, 4, 2}, body)
	}
	for _, w := range untracedTexts(d.Lang, d.Quality) {
		d.add(para(w, props.Text{Size: 10, Style: fontstyle.Bold, Color: warnRed, Top: 2, Bottom: 2}))
	}
	if rows, more := unitRejectRows(d.Lang, d.Quality, pdfRejectRows); len(rows) > 0 {
		d.add(para(t("unit_rejects"), props.Text{Size: 11, Style: fontstyle.Bold, Top: 2, Bottom: 2}))
		body = nil
		for _, r := range rows {
			body = append(body, []tableCell{{s: r[0]}, {s: r[1]}, {s: r[2]}, {s: r[3], num: true}, {s: r[4], num: true}, {s: r[5]}})
		}
		d.table([]string{t("unit"), t("source"), t("month"), t("rejected"), t("of_rows"), t("commonest")}, []int{3, 2, 2, 1, 1, 3}, body)
		if more > 0 {
			d.add(para(moreRejects(d.Lang, more), props.Text{Size: 9, Bottom: 2}))
		}
	}
	d.add(para(fmt.Sprintf("%s: %s · %d %s", t("coverage"), d.Lang.Percent(d.Quality.Coverage, 1), d.Quality.LowCover, t("low_cover")),
		props.Text{Size: 9, Bottom: 3}))
	d.add(para(t("placebo"), props.Text{Size: 11, Style: fontstyle.Bold, Top: 2, Bottom: 2}))
	d.add(para(t("placebo_text"), props.Text{Size: 9, Bottom: 2}))
	body = nil
	for _, r := range placeboRows(d.Lang, d.Quality.Placebo) {
		body = append(body, []tableCell{{s: r[0]}, {s: r[1], num: true}, {s: r[2], num: true}, {s: r[3], num: true}, {s: r[4]}})
	}
	d.table([]string{t("indicator"), t("judged_units"), t("beyond975"), t("beyond999"), t("placebo_verdict")}, []int{3, 2, 2, 2, 3}, body)
}

func (d *pdfDoc) methodPage() {
	t := func(key string) string { return textOf(d.Lang, key) }
	d.newPage()
	d.heading(t("method"))
	d.add(para(t("method_text"), props.Text{Size: 9, Bottom: 2}),
		para(t("method_chance"), props.Text{Size: 9, Bottom: 2}),
		para(t("method_thresholds"), props.Text{Size: 9, Bottom: 2}))
	var body [][]tableCell
	for _, n := range d.Method {
		body = append(body, []tableCell{{s: n.Name}, {s: ThresholdWords(d.Lang, n), num: true}})
	}
	d.table([]string{t("threshold"), t("value")}, []int{9, 3}, body)
}
