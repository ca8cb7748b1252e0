package load

import (
	"strconv"
	"strings"
	"time"
)

// dialect says how text numbers are written in one file: a `;` CSV uses the
// Indonesian form (`1.250.000,50`), every other file the plain form. bare
// says every cell is printable ASCII without spaces, which trimming leaves
// as it is (scanCSV). Values are validated in SQL only (load_sql.go).
type dialect struct{ indo, bare bool }

// monthByShape is the month a date, timestamp or month text names by its
// shape alone — YYYY-M…, or D/M/YYYY… — with a month from 1 to 12 and a
// year from 1, unchecked otherwise (2026-02-30 counts for February). Every
// value the SQL validator takes has such a shape, so the months of a
// column's values by shape are a superset of the months its valid rows
// load: what the direct path's candidate months must be.
func monthByShape(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if cut := strings.IndexAny(s, " T"); cut >= 0 {
		s = s[:cut]
	}
	var y, m string
	if parts := strings.Split(s, "/"); len(parts) == 3 {
		y, m = parts[2], parts[1]
	} else if parts := strings.Split(s, "-"); len(parts) == 2 || len(parts) == 3 {
		y, m = parts[0], parts[1]
	}
	yy, ok1 := digits(y, 4, 4)
	mm, ok2 := digits(m, 1, 2)
	if !ok1 || !ok2 || yy < 1 || mm < 1 || mm > 12 {
		return time.Time{}, false
	}
	return time.Date(yy, time.Month(mm), 1, 0, 0, 0, 0, time.UTC), true
}

// digits parses s as a run of min..max ASCII digits.
func digits(s string, min, max int) (int, bool) {
	if len(s) < min || len(s) > max {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, _ := strconv.Atoi(s)
	return n, true
}
