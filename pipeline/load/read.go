package load

import (
	"bytes"
	"strings"
)

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

// normHeader normalises a header name as SPEC §3 says: trimmed, case
// folded, spaces to underscores (a leading BOM is dropped too).
func normHeader(h string) string {
	h = strings.TrimPrefix(h, "\ufeff")
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(h)), " ", "_")
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
