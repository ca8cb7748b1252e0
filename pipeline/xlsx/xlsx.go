package xlsx

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Styles are the cell styles the workbooks share.
type Styles struct {
	Header, Integer, Percent, Rupiah, Decimal, Date, Wrap int
}

// Excel's built-in number formats (ECMA-376 §18.8.30).
const (
	FmtInteger = 3  // #,##0
	FmtDecimal = 4  // #,##0.00
	FmtPercent = 10 // 0.00%
	FmtDate    = 14 // a short date in the reader's locale
)

// FmtRupiah shows whole rupiah with the reader's thousands separator.
var FmtRupiah = `"Rp"#,##0`

func NewStyles(f *excelize.File) (Styles, error) {
	var st Styles
	var err error
	if st.Header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E2F3"}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
	}); err != nil {
		return st, err
	}
	if st.Wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}); err != nil {
		return st, err
	}
	for _, s := range []struct {
		id  *int
		num int
		fmt *string
	}{{&st.Integer, FmtInteger, nil}, {&st.Percent, FmtPercent, nil}, {&st.Decimal, FmtDecimal, nil}, {&st.Date, FmtDate, nil}, {&st.Rupiah, 0, &FmtRupiah}} {
		if *s.id, err = f.NewStyle(&excelize.Style{NumFmt: s.num, CustomNumFmt: s.fmt}); err != nil {
			return st, err
		}
	}
	return st, nil
}

// SetRows writes rows from A1 down; a nil row is left empty, a nil value
// an empty cell.
func SetRows(f *excelize.File, sheet string, rows [][]any) error {
	for i, r := range rows {
		if r == nil {
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			return err
		}
	}
	return nil
}

// Styled gives every value of a stream row the style.
func Styled(vals []any, style int) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = excelize.Cell{StyleID: style, Value: v}
	}
	return out
}

// FrozenHeader keeps row 1 in view while scrolling.
func FrozenHeader() *excelize.Panes {
	return &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}
}

func FreezeHeader(f *excelize.File, sheet string) error {
	if err := f.SetPanes(sheet, FrozenHeader()); err != nil {
		return fmt.Errorf("freeze header of %s: %w", sheet, err)
	}
	return nil
}

// WorkbookTime is every workbook's creation and modification date: the
// same input gives the same bytes.
var WorkbookTime = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339)

// Write sets fixed document properties, makes the first sheet
// active and writes the workbook.
func Write(f *excelize.File, w io.Writer) error {
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator: "fwaeval", LastModifiedBy: "fwaeval", Created: WorkbookTime, Modified: WorkbookTime,
	}); err != nil {
		return fmt.Errorf("document properties: %w", err)
	}
	f.SetActiveSheet(0)
	_, err := f.WriteTo(w)
	return err
}

// Neutralise keeps a text cell from being run as a formula when the CSV
// is opened in a spreadsheet: text starting with =, +, -, @, a tab or a
// carriage return gets a leading apostrophe (OWASP's CSV injection
// advice). Numbers never pass through here.
func Neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// FirstError is the first non-nil of errs: a sheet's many cell writes
// checked at once.
func FirstError(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
