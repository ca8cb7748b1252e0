package load

import (
	"errors"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"fwaeval/pipeline/warehouse"
)

// xlsxTable reads the first sheet of a workbook. Numeric and date cells
// are taken as they are (cell.num); text cells follow a `,` file's rules.
// A row's line is its sheet row number.
type xlsxTable struct {
	rel    string
	f      *excelize.File
	sheet  string
	rows   *excelize.Rows
	rowNum int
	hdr    []string
	cells  []cell
}

func openXLSX(path, rel string, hash io.Writer) (*xlsxTable, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, &warehouse.InputError{File: rel, Msg: "berkas tidak dapat dibuka / cannot open file", Err: err}
	}
	hash.Write(raw)
	f, err := openWorkbook(raw)
	if err != nil {
		return nil, &warehouse.InputError{File: rel, Msg: "bukan berkas XLSX yang sah / not a valid XLSX file", Err: err}
	}
	t := &xlsxTable{rel: rel, f: f}
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		f.Close()
		return nil, &warehouse.InputError{File: rel, Msg: "buku kerja tanpa lembar / workbook has no sheet"}
	}
	t.sheet = sheets[0]
	if t.rows, err = f.Rows(t.sheet); err != nil {
		f.Close()
		return nil, &warehouse.InputError{File: rel, Msg: "lembar pertama tidak dapat dibaca / cannot read the first sheet", Err: err}
	}
	for {
		line, cells, _, err := t.next()
		if err == errEOF {
			t.close()
			return nil, &warehouse.InputError{File: rel, Line: 1, Msg: "lembar kosong, tanpa baris judul / empty sheet, no header row"}
		}
		if err != nil {
			t.close()
			return nil, err
		}
		if line > 0 {
			for _, c := range cells {
				t.hdr = append(t.hdr, normHeader(c.s))
			}
			return t, nil
		}
	}
}

// openWorkbook opens a workbook from memory; excelize can panic on some
// corrupt archives, which is turned into an error here.
func openWorkbook(raw []byte) (f *excelize.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, errCorrupt
		}
	}()
	return excelize.OpenReader(bytesReader(raw))
}

func (t *xlsxTable) header() []string { return t.hdr }
func (t *xlsxTable) dialect() dialect { return dialect{} }

// next skips empty rows: they are not rows of the data.
// fraction is unknown: the sheet streams without a row count.
func (t *xlsxTable) fraction() float64 { return -1 }

func (t *xlsxTable) next() (int64, []cell, *rowReject, error) {
	for t.rows.Next() {
		t.rowNum++
		cols, err := t.rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return 0, nil, nil, &warehouse.InputError{File: t.rel, Line: int64(t.rowNum), Msg: "baris tidak dapat dibaca / cannot read row", Err: err}
		}
		empty := true
		for _, s := range cols {
			if s != "" {
				empty = false
			}
		}
		if empty {
			continue
		}
		t.cells = t.cells[:0]
		for i, s := range cols {
			t.cells = append(t.cells, t.cell(i, s))
		}
		return int64(t.rowNum), t.cells, nil, nil
	}
	if err := t.rows.Error(); err != nil {
		return 0, nil, nil, &warehouse.InputError{File: t.rel, Line: int64(t.rowNum), Msg: "lembar tidak dapat dibaca / cannot read sheet", Err: err}
	}
	return 0, nil, nil, errEOF
}

// cell classifies one raw value by its cell type: numbers (and ISO date
// cells, turned into serials) are spreadsheet numbers, the rest text.
func (t *xlsxTable) cell(col int, s string) cell {
	if s == "" {
		return cell{}
	}
	name, err := excelize.CoordinatesToCellName(col+1, t.rowNum)
	if err != nil {
		return cell{s: s}
	}
	typ, err := t.f.GetCellType(t.sheet, name)
	if err != nil {
		return cell{s: s}
	}
	switch typ {
	case excelize.CellTypeUnset, excelize.CellTypeNumber:
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return cell{s: s, num: true}
		}
	case excelize.CellTypeDate:
		if d, err := time.Parse(time.RFC3339Nano, s); err == nil {
			serial := d.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
			return cell{s: strconv.FormatFloat(serial, 'f', -1, 64), num: true}
		}
	}
	return cell{s: s}
}

func (t *xlsxTable) close() error {
	if t.rows != nil {
		t.rows.Close()
	}
	return t.f.Close()
}

var errCorrupt = errors.New("corrupt file")
