package load

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"time"
)

// cell is one input value. num marks a spreadsheet or Parquet number (an
// XLSX date cell is a number too: days since 1899-12-30).
type cell struct {
	s   string
	num bool
}

// table is one input file opened for reading, row by row.
type table interface {
	// header returns the normalised column names (lower case, spaces to _).
	header() []string
	// dialect says how text numbers are written in this file.
	dialect() dialect
	// next returns the next row and the line where it starts. A row that
	// is broken as a whole (a CSV quoting error) comes back with a reject
	// instead of cells; a file that cannot be read any further returns an
	// *InputError. At the end it returns errEOF.
	next() (line int64, cells []cell, rej *rowReject, err error)
	// fraction is how much of the file has been read, 0 to 1, or -1 when
	// the reader cannot tell.
	fraction() float64
	close() error
}

// normHeader normalises a header name as docs/input.md says: trimmed, case
// folded, spaces to underscores (a leading BOM is dropped too).
func normHeader(h string) string {
	h = strings.TrimPrefix(h, "\ufeff")
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(h)), " ", "_")
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

// serialLayouts are the contract's text forms of the kinds an Excel serial
// can stand for.
var serialLayouts = map[kind]string{kDate: "2006-01-02", kTime: "15:04:05", kTimestamp: "2006-01-02 15:04:05", kMonth: "2006-01"}

// cellText is the text the validator reads for cell c of a column of kind
// k: a spreadsheet number in a date, time, timestamp or month column is an
// Excel serial date-time, written in the contract's form for that kind;
// anything else is taken as it is (a number outside the serials' range
// then fails the kind's text rules: it has no '/', ':' or inner '-').
func cellText(c cell, k kind) string {
	if layout, ok := serialLayouts[k]; ok && c.num {
		if t, ok := excelSerial(c.s); ok {
			return t.Format(layout)
		}
	}
	return c.s
}

// excelSerial reads an Excel 1900-system serial (days since 1899-12-30,
// fraction = time of day; a time-only cell is below 1), rounded to the
// second.
func excelSerial(s string) (time.Time, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || f < 0 || f > 2958465 { // 9999-12-31
		return time.Time{}, false
	}
	// Whole days first: a time.Duration overflows past 292 years.
	secs := math.Round(f * 86400)
	days := math.Floor(secs / 86400)
	return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days)).
		Add(time.Duration(secs-days*86400) * time.Second), true
}
