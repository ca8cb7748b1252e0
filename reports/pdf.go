package reports

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/johnfercher/maroto/v2"
	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/image"
	"github.com/johnfercher/maroto/v2/pkg/components/line"
	mpage "github.com/johnfercher/maroto/v2/pkg/components/page"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/components/text"
	"github.com/johnfercher/maroto/v2/pkg/config"
	"github.com/johnfercher/maroto/v2/pkg/consts/align"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/consts/extension"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/consts/pagesize"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/core/entity"
	"github.com/johnfercher/maroto/v2/pkg/props"
	"github.com/johnfercher/maroto/v2/pkg/repository"
	"github.com/phpdave11/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// PDFOptions tune the PDF renderer.
type PDFOptions struct {
	// Workers draw the PNG charts in parallel; 0 means GOMAXPROCS.
	Workers int
}

// fontFamily is the embedded UTF-8 font (the Go fonts, BSD licence):
// names in any Latin script print as they are, and pdftotext reads them
// back.
const fontFamily = "go"

// gofpdfDefaults guards gofpdf's package-level defaults, which this
// renderer sets for reproducible bytes (creation and modification dates,
// sorted resource catalogues) before each document is made.
var gofpdfDefaults sync.Mutex

// PDF renders the report as an A4 document (SPEC §6): a header with the
// period and scope and "n / total" page numbers on every page; the summary
// tiles and the paused and reviewed units first; the five charts as PNG;
// the per-instansi table; a page per paused or reviewed unit with its
// trend charts and evidence; data quality and method pages. The same model
// gives the same bytes: the document's dates are the data's as-of.
func PDF(m *Model, o PDFOptions) ([]byte, error) {
	charts, unitCharts, err := pdfCharts(m, o.Workers)
	if err != nil {
		return nil, err
	}
	t := func(key string) string { return textOf(m.Lang, key) }
	meta := pdfMeta{
		title:     t("title") + " — " + m.Lang.Month(m.Month),
		subject:   t("scope") + ": " + scopeShort(m),
		headRight: t("scope") + ": " + scopeShort(m),
		stamp:     m.Generated,
	}
	doc, err := renderPDF(m.Lang, meta, func(l *pdfLayout) {
		d := &pdfDoc{Model: m, pdfLayout: l}
		d.front()
		d.chartSection(t("charts"), charts)
		d.add(para(t("funnel_note"), props.Text{Size: 9, Bottom: 2}))
		d.instansiPage()
		d.allUnitsTable()
		d.unitPages(unitCharts)
		d.qualityPage()
		d.methodPage()
	})
	if err != nil {
		return nil, fmt.Errorf("render report.pdf: %w", err)
	}
	return doc, nil
}

// pdfMeta is what a document says of itself: its title (also the left of
// every page's header), subject, the right of the header, and the date
// stamped into it (the data's as-of, for reproducible bytes).
type pdfMeta struct {
	title, subject, headRight string
	stamp                     time.Time
}

// renderPDF makes an A4 document with the embedded fonts, margins, page
// numbers and header every report shares; body lays out its pages.
func renderPDF(lang Lang, meta pdfMeta, body func(*pdfLayout)) ([]byte, error) {
	fonts, err := repository.New().
		AddUTF8FontFromBytes(fontFamily, fontstyle.Normal, goregular.TTF).
		AddUTF8FontFromBytes(fontFamily, fontstyle.Bold, gobold.TTF).
		AddUTF8FontFromBytes(fontFamily, fontstyle.Italic, goitalic.TTF).
		Load()
	if err != nil {
		return nil, fmt.Errorf("pdf fonts: %w", err)
	}
	stamp := meta.stamp.UTC()
	cfg := config.NewBuilder().
		WithPageSize(pagesize.A4).
		WithLeftMargin(12).WithRightMargin(12).WithTopMargin(10).WithBottomMargin(14).
		WithCustomFonts(fonts).
		WithDefaultFont(&props.Font{Family: fontFamily, Size: 9, Style: fontstyle.Normal, Color: &props.BlackColor}).
		WithPageNumber(props.PageNumber{Pattern: "{current} / {total}", Place: props.RightBottom, Size: 8, Color: grey}).
		WithCompression(true).
		WithCreationDate(stamp).
		WithTitle(meta.title, true).
		WithSubject(meta.subject, true).
		WithCreator("fwaeval", true).
		Build()

	gofpdfDefaults.Lock()
	defer gofpdfDefaults.Unlock()
	gofpdf.SetDefaultCatalogSort(true)
	gofpdf.SetDefaultCreationDate(stamp)
	gofpdf.SetDefaultModificationDate(stamp)

	l := &pdfLayout{lang: lang, mt: maroto.New(cfg)}
	if err := l.header(meta.title, meta.headRight); err != nil {
		return nil, fmt.Errorf("pdf header: %w", err)
	}
	body(l)
	doc, err := l.mt.Generate()
	if err != nil {
		return nil, err
	}
	return doc.GetBytes(), nil
}

var (
	grey      = &props.Color{Red: 87, Green: 96, Blue: 106}
	lightGrey = &props.Color{Red: 246, Green: 248, Blue: 250}
	rule      = &props.Color{Red: 208, Green: 215, Blue: 222}
	warnRed   = &props.Color{Red: 207, Green: 34, Blue: 46}
)

// pdfLayout fills maroto pages. It mirrors maroto's page filling so that
// a table can repeat its header after a page break: row heights are
// measured with the document's own text metrics.
type pdfLayout struct {
	lang     Lang
	mt       core.Maroto
	provider core.Provider
	cell     entity.Cell
	headerH  float64
	cur      float64 // height used on the current page, as maroto counts it
}

// pdfDoc lays a monthly report's model out.
type pdfDoc struct {
	*Model
	*pdfLayout
}

// probeRow hands the document's provider and page cell to the layout
// when maroto measures the page header.
type probeRow struct {
	core.Row
	d *pdfLayout
}

func (r probeRow) GetHeight(p core.Provider, c *entity.Cell) float64 {
	r.d.provider, r.d.cell = p, *c
	return r.Row.GetHeight(p, c)
}

// height is a row's height as maroto will lay it out.
func (d *pdfLayout) height(r core.Row) float64 {
	r.SetConfig(d.mt.GetCurrentConfig())
	c := d.cell
	return r.GetHeight(d.provider, &c)
}

// add appends rows, following maroto's rule: a row that does not fit
// starts a new page below the header.
func (d *pdfLayout) add(rows ...core.Row) {
	for _, r := range rows {
		h := d.height(r)
		if d.cur+h <= d.cell.Height {
			d.cur += h
		} else {
			d.cur = d.headerH + h
		}
		d.mt.AddRows(r)
	}
}

// fits reports whether rows of total height h fit on the current page.
func (d *pdfLayout) fits(h float64) bool { return d.cur+h <= d.cell.Height }

// newPage starts a page unless the current one is still empty.
func (d *pdfLayout) newPage() {
	if d.cur != d.headerH {
		d.mt.AddPages(mpage.New())
		d.cur = d.headerH
	}
}

// header registers every page's header: left and right text over a rule.
func (d *pdfLayout) header(left, right string) error {
	small := props.Text{Size: 7.5, Color: grey}
	rightText := small
	rightText.Align = align.Right
	top := row.New(5).Add(
		text.NewCol(5, left, small),
		text.NewCol(7, clip(right, 75), rightText))
	rows := []core.Row{probeRow{Row: top, d: d}, line.NewRow(1, props.Line{Color: rule, Thickness: 0.3}), row.New(3)}
	if err := d.mt.RegisterHeader(rows...); err != nil {
		return err
	}
	for _, r := range rows {
		d.headerH += d.height(r)
	}
	d.cur = d.headerH
	return nil
}

// scopeShort names the instansi covered, or counts them when there are
// many.
func scopeShort(m *Model) string {
	if len(m.Instansi) > 3 {
		return fmt.Sprintf("%d %s", len(m.Instansi), strings.ToLower(textOf(m.Lang, "instansi")))
	}
	return strings.Join(m.Instansi, ", ")
}

// para is a full-width paragraph, printed whole: a line holds any word
// of the reports' languages, so no word is broken.
func para(s string, p props.Text) core.Row {
	return row.New().Add(col.New(12).Add(text.New(breakWordsAt(s, maxParaWord), p)))
}

func (d *pdfLayout) heading(s string) {
	r := para(s, props.Text{Size: 13, Style: fontstyle.Bold, Top: 2, Bottom: 2})
	// Keep a heading with at least a few lines of what follows.
	if !d.fits(d.height(r) + 20) {
		d.newPage()
	}
	d.add(r)
}

func (d *pdfDoc) front() {
	t := func(key string) string { return textOf(d.Lang, key) }
	d.add(para(t("title"), props.Text{Size: 17, Style: fontstyle.Bold, Bottom: 2}))
	scope := strings.Join(d.Instansi, ", ")
	if len(d.Instansi) > 20 {
		scope = fmt.Sprintf(t("scope_many"), len(d.Instansi))
	}
	meta := props.Text{Size: 9, Color: grey, Bottom: 1}
	d.add(para(t("period")+": "+d.Lang.Month(d.Month), props.Text{Size: 11, Style: fontstyle.Bold, Bottom: 1}),
		para(t("scope")+": "+scope, meta),
		para(t("asof")+": "+d.AsOf.Format("2006-01-02 15:04")+" · "+t("generated")+": "+d.Generated.Format("2006-01-02 15:04"), meta),
		row.New(3))

	s := d.Summary
	d.summaryTiles(func(st string) string { return fmt.Sprint(s.StatusCounts[st]) }, Headline(d.Lang, s.Tiles))
	d.add(para(SummaryText(d.Model), props.Text{Size: 10, Bottom: 3}))

	d.heading(t("attention"))
	if len(d.Attention) == 0 {
		d.add(para(t("none"), props.Text{}))
		return
	}
	head := []string{t("unit"), t("instansi"), t("status"), t("evidence")}
	sizes := []int{3, 3, 2, 4}
	var body [][]tableCell
	for _, u := range d.Attention {
		ev := u.Evidence
		if u.Suppressed {
			ev = t("suppressed")
		}
		body = append(body, []tableCell{{s: u.Name}, {s: u.Instansi}, {s: d.Lang.StatusName(u.Status), fill: statusFill[u.Status]}, {s: ev}})
	}
	d.table(head, sizes, body)
}

// summaryTiles lays out a tile per status with its count, and under them
// a row of labelled figures, each a third of the width.
func (d *pdfLayout) summaryTiles(count func(status string) string, figures [][2]string) {
	tiles := row.New(17)
	for _, s := range statusOrder {
		tiles.Add(col.New(2).WithStyle(&props.Cell{BackgroundColor: statusFill[s], BorderType: border.Full, BorderColor: rule, BorderThickness: 0.2}).Add(
			text.New(wrapText(d.lang.StatusName(s)), props.Text{Size: 7, Left: 1.5, Right: 1, Top: 1.5, Color: grey}),
			text.New(count(s), props.Text{Size: 15, Style: fontstyle.Bold, Left: 1.5, Top: 8})))
	}
	metrics := row.New(17)
	for _, f := range figures {
		metrics.Add(col.New(12/len(figures)).WithStyle(&props.Cell{BorderType: border.Full, BorderColor: rule, BorderThickness: 0.2}).Add(
			text.New(f[0], props.Text{Size: 7, Left: 1.5, Right: 1, Top: 1.5, Color: grey}),
			text.New(f[1], props.Text{Size: 13, Style: fontstyle.Bold, Left: 1.5, Top: 8})))
	}
	d.add(tiles, row.New(2), metrics, row.New(4))
}

// tableCell is one cell of a PDF table; numbers are right-aligned.
type tableCell struct {
	s    string
	num  bool
	fill *props.Color
}

// table lays out rows with wrapped text; after a page break the header
// row is repeated.
func (d *pdfLayout) table(head []string, sizes []int, body [][]tableCell) {
	headRow := func() core.Row {
		r := row.New()
		for i, h := range head {
			r.Add(col.New(sizes[i]).WithStyle(&props.Cell{BackgroundColor: lightGrey, BorderType: border.Bottom, BorderColor: rule, BorderThickness: 0.3}).
				Add(text.New(wrapText(h), props.Text{Size: 8, Style: fontstyle.Bold, Left: 1, Right: 1, Top: 1, Bottom: 1})))
		}
		return r
	}
	h := headRow()
	hh := d.height(h)
	bodyRow := func(cells []tableCell) core.Row {
		r := row.New()
		for i, c := range cells {
			p := props.Text{Size: 8, Left: 1, Right: 1, Top: 1, Bottom: 1}
			if c.num {
				p.Align = align.Right
			}
			r.Add(col.New(sizes[i]).WithStyle(&props.Cell{BackgroundColor: c.fill, BorderType: border.Bottom, BorderColor: rule, BorderThickness: 0.1}).
				Add(text.New(wrapText(c.s), p)))
		}
		return r
	}
	first := true
	for _, cells := range body {
		r := bodyRow(cells)
		rh := d.height(r)
		switch {
		case first && !d.fits(hh+rh):
			d.newPage()
			d.add(h)
		case first:
			d.add(h)
		case !d.fits(rh):
			d.newPage()
			d.add(headRow())
		}
		first = false
		d.add(r)
	}
	d.space(3)
}

// space adds a gap of h mm unless it would spill onto a new page: a gap
// alone on a page would leave it blank.
func (d *pdfLayout) space(h float64) {
	if d.fits(h) {
		d.add(row.New(h))
	}
}

// chartSection starts a page with the heading and lays the charts out,
// each with its title, a chart that does not fit starting a new page.
func (d *pdfLayout) chartSection(heading string, charts []pngChart) {
	d.newPage()
	d.heading(heading)
	for _, c := range charts {
		d.chartRows(c)
	}
}

// chartRows lays one chart out at full width under its title, starting a
// new page when the two do not fit.
func (d *pdfLayout) chartRows(c pngChart) {
	// 800×330 canvas at 186 mm wide: 76.7 mm high.
	h := imageHeight(c.PNG, d.cell.Width)
	title := para(c.Title, props.Text{Size: 10, Style: fontstyle.Bold, Top: 1, Bottom: 1})
	img := image.NewFromBytesRow(h, c.PNG, extension.Png, props.Rect{Center: true, Percent: 100})
	if !d.fits(d.height(title) + h) {
		d.newPage()
	}
	d.add(title, img)
	if len(c.Named) > 0 {
		// the numbered points' units, three to a row
		var body [][]tableCell
		for i := 0; i < len(c.Named); i += 3 {
			var r []tableCell
			for k := i; k < i+3; k++ {
				if k < len(c.Named) {
					r = append(r, tableCell{s: fmt.Sprint(k + 1), num: true}, tableCell{s: c.Named[k]})
				} else {
					r = append(r, tableCell{}, tableCell{})
				}
			}
			body = append(body, r)
		}
		d.table([]string{"", textOf(d.lang, "unit"), "", textOf(d.lang, "unit"), "", textOf(d.lang, "unit")}, []int{1, 3, 1, 3, 1, 3}, body)
	}
	d.space(3)
}

// imageHeight is the height in mm of a PNG drawn at width mm.
func imageHeight(png []byte, width float64) float64 {
	w, h := pngSize(png)
	if w == 0 {
		return 60
	}
	return math.Floor(width*float64(h)/float64(w)*10) / 10
}

// pngSize reads a PNG's dimensions from its IHDR chunk.
func pngSize(b []byte) (w, h int) {
	if len(b) < 24 || string(b[12:16]) != "IHDR" {
		return 0, 0
	}
	be := func(p []byte) int { return int(p[0])<<24 | int(p[1])<<16 | int(p[2])<<8 | int(p[3]) }
	return be(b[16:20]), be(b[20:24])
}

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

// pdfCharts draws the PDF's charts, the five of SPEC §6 and every paused
// or reviewed unit's pair (nil for a suppressed unit), all in one pool of
// workers.
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
		d.add(para(u.Evidence, props.Text{Size: 10, Bottom: 3}))
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

// maxWord is the longest run of letters a table cell keeps on one line;
// longer runs are broken so that they wrap instead of overflowing.
const maxWord = 22

// wrapText prepares data-derived text for the PDF: control characters
// become spaces, very long names are shortened (a cell never outgrows a
// page) and very long words get break points.
func wrapText(s string) string { return breakWordsAt(clip(s, 600), maxWord) }

// maxParaWord is the longest run a full-width paragraph keeps whole:
// longer than any word, shorter than a line.
const maxParaWord = 60

// breakWordsAt turns control characters into spaces and gives a run of
// more than limit letters a break point: after its last hyphen, slash,
// underscore or dot when there is one ("difference-in- differences"),
// else at the limit.
func breakWordsAt(s string, limit int) string {
	var b strings.Builder
	var run []rune
	for _, r := range s {
		if unicode.IsControl(r) || unicode.IsSpace(r) {
			b.WriteString(string(run))
			b.WriteByte(' ')
			run = run[:0]
			continue
		}
		if len(run) == limit {
			cut := len(run)
			for i := len(run) - 1; i >= 2; i-- {
				if strings.ContainsRune("-/_.", run[i]) {
					cut = i + 1
					break
				}
			}
			b.WriteString(string(run[:cut]))
			b.WriteByte(' ')
			run = append(run[:0], run[cut:]...)
		}
		run = append(run, r)
	}
	b.WriteString(string(run))
	return b.String()
}
