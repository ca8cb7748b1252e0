package reports

import (
	"fmt"

	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/props"
)

// rankingTop is how many instansi the PDF's ranking lists (the HTML lists
// all of them).
const rankingTop = 20

// NationalPDF renders the national rollup report (README, "National rollup")
// as an A4 document with the monthly report's page header, page numbers and
// fonts: coverage and tiles first, status per jenis and per province, the
// instansi ranked by their share of FWA units paused or reviewed (top 20),
// the 12-month trends, every paused unit with its evidence, and the method.
// The same model gives the same bytes.
func NationalPDF(n *National, o PDFOptions) ([]byte, error) {
	jobs := nationalChartJobs(n)
	pngs, err := drawCharts(o.Workers, jobs)
	if err != nil {
		return nil, err
	}
	charts := make([]pngChart, len(jobs))
	for i, j := range jobs {
		charts[i] = pngChart{Title: j.title, PNG: pngs[i]}
	}
	t := func(key string) string { return textOf(n.Lang, key) }
	scope := fmt.Sprintf("%s: %d", t("n_scope"), n.Coverage.Received)
	meta := pdfMeta{title: t("n_title") + " — " + n.Lang.Month(n.Month), subject: scope, headRight: scope, stamp: n.Generated}
	doc, err := renderPDF(n.Lang, meta, func(l *pdfLayout) {
		d := &nationalDoc{National: n, pdfLayout: l}
		d.front()
		d.coverage()
		d.groups(t("n_by_jenis"), t("n_jenis"), n.ByJenis, charts[0])
		d.groups(t("n_by_prov"), t("n_provinsi"), n.ByProvince, charts[1])
		d.ranking()
		d.chartSection(t("n_trends"), charts[2:])
		d.paused()
		d.method()
	})
	if err != nil {
		return nil, fmt.Errorf("render national report.pdf: %w", err)
	}
	return doc, nil
}

// nationalDoc lays a national model out.
type nationalDoc struct {
	*National
	*pdfLayout
}

func (d *nationalDoc) front() {
	t := func(key string) string { return textOf(d.Lang, key) }
	d.add(para(t("n_title"), props.Text{Size: 17, Style: fontstyle.Bold, Bottom: 2}))
	meta := props.Text{Size: 9, Color: grey, Bottom: 1}
	d.add(para(t("period")+": "+d.Lang.Month(d.Month), props.Text{Size: 11, Style: fontstyle.Bold, Bottom: 1}),
		para(coverageLine(d.National), meta),
		para(t("asof")+": "+d.AsOf.Format("2006-01-02 15:04")+" · "+t("generated")+": "+d.Generated.Format("2006-01-02 15:04"), meta),
		row.New(3))
	d.summaryTiles(func(s string) string { return d.Lang.Number(float64(d.StatusCounts[s]), 0) }, Headline(d.Lang, d.Tiles))
	d.add(para(NationalSummaryText(d.National), props.Text{Size: 10, Bottom: 3}))
}

// coverageLine says how many packages came, of how many expected.
func coverageLine(n *National) string {
	t := func(key string) string { return textOf(n.Lang, key) }
	s := fmt.Sprintf("%s: %s", t("n_received"), n.Lang.Number(float64(n.Coverage.Received), 0))
	if n.Coverage.Expected > 0 {
		s += " " + fmt.Sprintf(t("n_of_expected"), n.Coverage.Expected)
	}
	return s
}

func (d *nationalDoc) coverage() {
	t := func(key string) string { return textOf(d.Lang, key) }
	cv := d.Coverage
	d.heading(t("n_coverage"))
	d.add(para(coverageLine(d.National), props.Text{Size: 10, Bottom: 2}))
	sub := props.Text{Size: 10, Style: fontstyle.Bold, Top: 1, Bottom: 1}
	switch {
	case cv.Expected == 0:
		d.add(para(t("n_no_expect"), props.Text{Bottom: 2}))
	case len(cv.Missing) == 0:
		d.add(para(t("n_none_missing"), props.Text{Bottom: 2}))
	default:
		d.add(para(fmt.Sprintf("%s (%d)", t("n_missing"), len(cv.Missing)), sub))
		d.table([]string{"ID", t("instansi")}, []int{3, 9}, namedRows(cv.Missing))
	}
	if len(cv.Unexpected) > 0 {
		d.add(para(fmt.Sprintf("%s (%d)", t("n_unexpected"), len(cv.Unexpected)), sub))
		d.table([]string{"ID", t("instansi")}, []int{3, 9}, namedRows(cv.Unexpected))
	}
	if len(cv.OtherPolicy) == 0 {
		d.add(para(t("n_all_builtin"), props.Text{Bottom: 2}))
	} else {
		d.add(para(fmt.Sprintf("%s (%d)", t("n_policy"), len(cv.OtherPolicy)), sub))
		var body [][]tableCell
		for _, p := range cv.OtherPolicy {
			body = append(body, []tableCell{{s: p.InstansiID}, {s: p.Instansi}, {s: p.SHA256[:min(16, len(p.SHA256))] + "…"}})
		}
		d.table([]string{"ID", t("instansi"), "SHA-256"}, []int{3, 6, 3}, body)
	}
	if len(cv.Duplicates) > 0 {
		d.add(para(fmt.Sprintf("%s (%d)", t("n_duplicates"), len(cv.Duplicates)), sub))
		var body [][]tableCell
		for _, s := range cv.Duplicates {
			body = append(body, []tableCell{{s: s}})
		}
		d.table([]string{"paket"}, []int{12}, body)
	}
}

func namedRows(ns []NamedID) [][]tableCell {
	var body [][]tableCell
	for _, m := range ns {
		body = append(body, []tableCell{{s: m.ID}, {s: m.Name}})
	}
	return body
}

// groups lays out a table of units per status by group, then its chart.
func (d *nationalDoc) groups(heading, by string, gs []StatusGroup, chart pngChart) {
	t := func(key string) string { return textOf(d.Lang, key) }
	d.newPage()
	d.heading(heading)
	head := []string{by, t("units")}
	sizes := []int{4, 1}
	for _, s := range statusOrder {
		head = append(head, d.Lang.StatusName(s))
		sizes = append(sizes, 1)
	}
	sizes[len(sizes)-1] = 2 // "Tidak berlaku (pembanding)"
	var body [][]tableCell
	for _, g := range gs {
		cells := []tableCell{{s: g.Name}, {s: d.Lang.Number(float64(g.Units), 0), num: true}}
		for _, s := range statusOrder {
			cells = append(cells, tableCell{s: d.Lang.Number(float64(g.Counts[s]), 0), num: true})
		}
		body = append(body, cells)
	}
	d.table(head, sizes, body)
	d.chartRows(chart)
}

func (d *nationalDoc) ranking() {
	t := func(key string) string { return textOf(d.Lang, key) }
	d.newPage()
	d.heading(t("n_ranking"))
	d.add(para(t("n_top20"), props.Text{Size: 9, Color: grey, Bottom: 2}))
	head := []string{t("n_rank"), t("instansi"), t("n_jenis"), t("fwa"), d.Lang.StatusName("HENTIKAN_SEMENTARA"), d.Lang.StatusName("TINJAU_ULANG"), t("n_share")}
	var body [][]tableCell
	for i, r := range d.Ranking[:min(rankingTop, len(d.Ranking))] {
		body = append(body, []tableCell{{s: fmt.Sprint(i + 1), num: true}, {s: r.Name}, {s: r.Jenis},
			{s: d.Lang.Number(float64(r.FWAUnits), 0), num: true}, {s: d.Lang.Number(float64(r.Paused), 0), num: true},
			{s: d.Lang.Number(float64(r.Review), 0), num: true}, {s: d.Lang.Percent(r.Share, 1), num: true}})
	}
	d.table(head, []int{1, 5, 2, 1, 1, 1, 1}, body)
}

func (d *nationalDoc) paused() {
	t := func(key string) string { return textOf(d.Lang, key) }
	d.newPage()
	d.heading(fmt.Sprintf("%s (%d)", t("n_paused"), len(d.Paused)))
	if len(d.Paused) == 0 {
		d.add(para(t("none"), props.Text{}))
		return
	}
	var body [][]tableCell
	for _, u := range d.Paused {
		ev := u.Evidence
		if u.Suppressed {
			ev = t("suppressed")
		}
		body = append(body, []tableCell{{s: u.Instansi}, {s: u.Unit, fill: statusFill["HENTIKAN_SEMENTARA"]}, {s: ev}})
	}
	d.table([]string{t("instansi"), t("unit"), t("evidence")}, []int{3, 3, 6}, body)
}

func (d *nationalDoc) method() {
	t := func(key string) string { return textOf(d.Lang, key) }
	d.newPage()
	d.heading(t("method"))
	d.add(para(t("n_method_text"), props.Text{Size: 9, Bottom: 3}))
}
