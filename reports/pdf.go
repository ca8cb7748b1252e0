package reports

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/johnfercher/maroto/v2"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/config"
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

// PDF renders the report as an A4 document (README, "Outputs"): a header with
// the period and scope and "n / total" page numbers on every page; the
// summary tiles and the paused and reviewed units first; the five charts as
// PNG; the per-instansi table; a page per paused or reviewed unit with its
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

// scopeShort names the instansi covered, or counts them when there are
// many.
func scopeShort(m *Model) string {
	if len(m.Instansi) > 3 {
		return fmt.Sprintf("%d %s", len(m.Instansi), strings.ToLower(textOf(m.Lang, "instansi")))
	}
	return strings.Join(m.Instansi, ", ")
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
