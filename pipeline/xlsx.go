package pipeline

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"
)

// sheetStyles are the cell styles the workbooks share.
type sheetStyles struct {
	header, integer, percent, rupiah, decimal, date, wrap int
}

// Excel's built-in number formats (ECMA-376 §18.8.30).
const (
	fmtInteger = 3  // #,##0
	fmtDecimal = 4  // #,##0.00
	fmtPercent = 10 // 0.00%
	fmtDate    = 14 // a short date in the reader's locale
)

// fmtRupiah shows whole rupiah with the reader's thousands separator.
var fmtRupiah = `"Rp"#,##0`

func newSheetStyles(f *excelize.File) (sheetStyles, error) {
	var st sheetStyles
	var err error
	if st.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E2F3"}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
	}); err != nil {
		return st, err
	}
	if st.wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}); err != nil {
		return st, err
	}
	for _, s := range []struct {
		id  *int
		num int
		fmt *string
	}{{&st.integer, fmtInteger, nil}, {&st.percent, fmtPercent, nil}, {&st.decimal, fmtDecimal, nil}, {&st.date, fmtDate, nil}, {&st.rupiah, 0, &fmtRupiah}} {
		if *s.id, err = f.NewStyle(&excelize.Style{NumFmt: s.num, CustomNumFmt: s.fmt}); err != nil {
			return st, err
		}
	}
	return st, nil
}

// setRows writes rows from A1 down; a nil row is left empty, a nil value
// an empty cell.
func setRows(f *excelize.File, sheet string, rows [][]any) error {
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

// styled gives every value of a stream row the style.
func styled(vals []any, style int) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = excelize.Cell{StyleID: style, Value: v}
	}
	return out
}

// frozenHeader keeps row 1 in view while scrolling.
func frozenHeader() *excelize.Panes {
	return &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}
}

func freezeHeader(f *excelize.File, sheet string) error {
	if err := f.SetPanes(sheet, frozenHeader()); err != nil {
		return fmt.Errorf("freeze header of %s: %w", sheet, err)
	}
	return nil
}

// workbookTime is every workbook's creation and modification date: the
// same input gives the same bytes.
var workbookTime = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339)

// writeWorkbook sets fixed document properties, makes the first sheet
// active and writes the workbook.
func writeWorkbook(f *excelize.File, w io.Writer) error {
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator: "fwaeval", LastModifiedBy: "fwaeval", Created: workbookTime, Modified: workbookTime,
	}); err != nil {
		return fmt.Errorf("document properties: %w", err)
	}
	f.SetActiveSheet(0)
	_, err := f.WriteTo(w)
	return err
}
