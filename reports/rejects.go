package reports

import (
	"fmt"
	"strings"
)

// The rejected rows a report shows: per unit in the data-quality section
// and on each flagged unit's page, and what no unit accounts for.

// Rows of the units-with-rejects list: every one in the HTML up to
// htmlRejectRows, a page's worth in the PDF; the rest are counted.
const (
	htmlRejectRows = 1000
	pdfRejectRows  = 40
)

// unitRejectRows are the data-quality list of units with rejected rows
// (unit, source, month, rows rejected, of its rows, commonest reason), at
// most limit of them; more counts the others. A suppressed unit's counts
// are not shown.
func unitRejectRows(l Lang, q Quality, limit int) (rows [][6]string, more int) {
	for i, r := range q.UnitRejects {
		if i == limit {
			return rows, len(q.UnitRejects) - limit
		}
		month := "—"
		if !r.Month.IsZero() {
			month = l.Month(r.Month)
		}
		rejected, read := l.Number(float64(r.Rejected), 0), l.Number(float64(r.Read), 0)
		if r.Suppressed {
			rejected, read = textOf(l, "suppressed"), ""
		}
		rows = append(rows, [6]string{r.Name, r.Source, month, rejected, read, strings.TrimSpace(r.Code + " " + r.Column)})
	}
	return rows, 0
}

// moreRejects says how many units' rows the list left out.
func moreRejects(l Lang, more int) string {
	return fmt.Sprintf(textOf(l, "more_rejects"), l.Number(float64(more), 0))
}

// rejectedOf says how many of a unit's rows were rejected in the months
// its verdict reads: "Baris ditolak: 719 dari 719 baris kinerja_harian
// (Oktober 2026)."
func rejectedOf(l Lang, q Quality, unitID string) string {
	var parts []string
	for _, r := range q.UnitRejects {
		if r.UnitID != unitID {
			continue
		}
		s := fmt.Sprintf(textOf(l, "rejected_of"), l.Number(float64(r.Rejected), 0), l.Number(float64(r.Read), 0), r.Source)
		if !r.Month.IsZero() {
			s += " (" + l.Month(r.Month) + ")"
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return textOf(l, "no_rejects")
	}
	return textOf(l, "rejected_rows") + ": " + strings.Join(parts, ", ") + "."
}

// untracedTexts warn of the rejected rows no verdict accounts for.
func untracedTexts(l Lang, q Quality) []string {
	var out []string
	for _, u := range q.Untraced {
		out = append(out, l.UntracedText(u)+".")
	}
	return out
}
