package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Lang is a report language: "id" (default) or "en".
type Lang string

// Statuses from most to least severe; a policy's rules give one of them.
// StatusNotApplicable is given to units not on FWA in the month.
var Statuses = []string{"HENTIKAN_SEMENTARA", "TINJAU_ULANG", "DATA_KURANG", "PANTAU", "LANJUTKAN"}

// StatusNotApplicable is the status of units not on FWA in the month.
const StatusNotApplicable = "TIDAK_BERLAKU"

// Severity is a status's place in Statuses, 0 the most severe;
// TIDAK_BERLAKU and anything else come after them all.
func Severity(status string) int {
	for i, s := range Statuses {
		if s == status {
			return i
		}
	}
	return len(Statuses)
}

// AllStatuses is Statuses, then StatusNotApplicable: the order of every
// count by status.
func AllStatuses() []string { return append(append([]string{}, Statuses...), StatusNotApplicable) }

// StatusPalette is the one palette of every status, most severe reddest:
// Color in charts and as a tile's edge, Tint behind a tile or a table
// cell (both reports and rekomendasi.xlsx), as #rrggbb.
var StatusPalette = map[string]struct{ Color, Tint string }{
	"HENTIKAN_SEMENTARA": {"#cf222e", "#ffebe9"},
	"TINJAU_ULANG":       {"#d4a72c", "#fff8c5"},
	"DATA_KURANG":        {"#8c959f", "#eaeef2"},
	"PANTAU":             {"#0969da", "#ddf4ff"},
	"LANJUTKAN":          {"#1a7f37", "#dafbe1"},
	"TIDAK_BERLAKU":      {"#d0d7de", "#f6f8fa"},
}

var statusNames = map[Lang]map[string]string{
	"id": {"HENTIKAN_SEMENTARA": "Hentikan sementara", "TINJAU_ULANG": "Tinjau ulang", "DATA_KURANG": "Data kurang",
		"PANTAU": "Pantau", "LANJUTKAN": "Lanjutkan", "TIDAK_BERLAKU": "Tidak berlaku (pembanding)"},
	"en": {"HENTIKAN_SEMENTARA": "Pause", "TINJAU_ULANG": "Review", "DATA_KURANG": "Not enough data",
		"PANTAU": "Watch", "LANJUTKAN": "Continue", "TIDAK_BERLAKU": "Not on FWA (control)"},
}

// StatusName names a status for readers.
func (l Lang) StatusName(s string) string {
	if n, ok := statusNames[l][s]; ok {
		return n
	}
	return s
}

var (
	monthsID      = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
	monthsEN      = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	shortMonthsID = []string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
)

// Month names a month: "Oktober 2026" or "October 2026".
func (l Lang) Month(m time.Time) string {
	names := monthsID
	if l == "en" {
		names = monthsEN
	}
	return fmt.Sprintf("%s %d", names[m.Month()-1], m.Year())
}

// ShortMonth is a month's three-letter name: "Agu", "Aug".
func (l Lang) ShortMonth(m time.Month) string {
	if l == "en" {
		return monthsEN[m-1][:3]
	}
	return shortMonthsID[m-1]
}

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

// Units is "1 unit" / "2 units" in English, "2 unit" in Indonesian.
func (l Lang) Units(n int) string {
	if l == "en" && n != 1 {
		return fmt.Sprintf("%d units", n)
	}
	return fmt.Sprintf("%d unit", n)
}

// MonthOf is the first day of t's month, the month's key everywhere.
func MonthOf(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }

// EditDistance is the Levenshtein distance between a and b, in bytes: how
// far a misspelt name (a file, a policy key) is from the one meant.
func EditDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// UntracedText warns of rejected rows the verdicts cannot account for
// (Untraced), in l.
func (l Lang) UntracedText(u Untraced) string {
	n := l.Number(float64(u.Rejected), 0)
	switch {
	case u.Month.IsZero() && l == "en":
		return fmt.Sprintf("%s rejected %s rows have no readable month: their units may be judged without them; see rejects.csv", n, u.Source)
	case u.Month.IsZero():
		return fmt.Sprintf("%s baris %s yang ditolak tidak punya bulan yang terbaca: unitnya mungkin dinilai tanpa baris itu; lihat rejects.csv", n, u.Source)
	case l == "en":
		return fmt.Sprintf("%s rejected %s rows of %s could not be traced to any unit (%s of the month's %s rows): any unit may be judged without them; see rejects.csv",
			n, u.Source, l.Month(u.Month), l.Percent(float64(u.Rejected)/float64(u.Read), 1), l.Number(float64(u.Read), 0))
	}
	return fmt.Sprintf("%s baris %s %s yang ditolak tidak dapat dikaitkan ke unit mana pun (%s dari %s baris bulan itu): setiap unit mungkin dinilai tanpa baris itu; lihat rejects.csv",
		n, u.Source, l.Month(u.Month), l.Percent(float64(u.Rejected)/float64(u.Read), 1), l.Number(float64(u.Read), 0))
}
