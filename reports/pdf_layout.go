package reports

import (
	"fmt"
	"math"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/image"
	"github.com/johnfercher/maroto/v2/pkg/components/line"
	mpage "github.com/johnfercher/maroto/v2/pkg/components/page"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/components/text"
	"github.com/johnfercher/maroto/v2/pkg/consts/align"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/consts/extension"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/core/entity"
	"github.com/johnfercher/maroto/v2/pkg/props"
)

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
