package reports

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Lang is a report language: "id" (default) or "en".
type Lang string

var (
	monthsID = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
	monthsEN = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// Number formats v with the given decimals: 1.234,5 in Indonesian,
// 1,234.5 in English. NaN (a NULL) is an em dash.
func (l Lang) Number(v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	group, point := ".", ","
	if l == "en" {
		group, point = ",", "."
	}
	var b strings.Builder
	if v < 0 && strings.Trim(s, "0.") != "" {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(point + frac)
	}
	return b.String()
}

// Percent formats a fraction as a percentage: "14,2 %" or "14.2%".
func (l Lang) Percent(frac float64, decimals int) string {
	if math.IsNaN(frac) {
		return "—"
	}
	if l == "en" {
		return l.Number(frac*100, decimals) + "%"
	}
	return l.Number(frac*100, decimals) + " %"
}

// Rupiah formats an amount of money: "Rp1.234.567" (no decimals).
func (l Lang) Rupiah(v float64) string {
	if math.IsNaN(v) {
		return "—"
	}
	if v < 0 {
		return "-Rp" + l.Number(-v, 0)
	}
	return "Rp" + l.Number(v, 0)
}

// Month names a month: "Oktober 2026" or "October 2026".
func (l Lang) Month(m time.Time) string {
	names := monthsID
	if l == "en" {
		names = monthsEN
	}
	return fmt.Sprintf("%s %d", names[m.Month()-1], m.Year())
}
