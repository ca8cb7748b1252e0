package load

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// dialect says how text numbers are written in one file: a `;` CSV uses the
// Indonesian form (`1.250.000,50`), every other file the plain form. bare
// (the SQL path only) says every cell is printable ASCII without spaces,
// which trimming leaves as it is (scanCSV).
type dialect struct{ indo, bare bool }

// parseDate reads YYYY-MM-DD or D/M/YYYY (one or two digit day and month,
// never month-first). ok is false for any other text or an impossible date.
func parseDate(s string) (time.Time, bool) {
	var y, m, d int
	var ok bool
	if strings.IndexByte(s, '/') >= 0 {
		parts := strings.Split(s, "/")
		if len(parts) != 3 {
			return time.Time{}, false
		}
		d, ok = digits(parts[0], 1, 2)
		if !ok {
			return time.Time{}, false
		}
		if m, ok = digits(parts[1], 1, 2); !ok {
			return time.Time{}, false
		}
		if y, ok = digits(parts[2], 4, 4); !ok {
			return time.Time{}, false
		}
	} else {
		parts := strings.Split(s, "-")
		if len(parts) != 3 {
			return time.Time{}, false
		}
		if y, ok = digits(parts[0], 4, 4); !ok {
			return time.Time{}, false
		}
		if m, ok = digits(parts[1], 1, 2); !ok {
			return time.Time{}, false
		}
		if d, ok = digits(parts[2], 1, 2); !ok {
			return time.Time{}, false
		}
	}
	return makeDate(y, m, d)
}

// makeDate builds a UTC date, refusing year 0, month 13, 30 February and
// the like (time.Date would silently normalise them).
func makeDate(y, m, d int) (time.Time, bool) {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}, false
	}
	return t, true
}

// parseTime reads HH:MM or HH:MM:SS (a one-digit hour is accepted, as
// spreadsheets write 7:30) and returns the offset from midnight.
func parseTime(s string) (time.Duration, bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	h, ok := digits(parts[0], 1, 2)
	if !ok || h > 23 {
		return 0, false
	}
	m, ok := digits(parts[1], 2, 2)
	if !ok || m > 59 {
		return 0, false
	}
	sec := 0
	if len(parts) == 3 {
		if sec, ok = digits(parts[2], 2, 2); !ok || sec > 59 {
			return 0, false
		}
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second, true
}

// parseTimestamp reads a date optionally followed by a space or `T` and a
// time; a date alone is midnight. No time zone is applied.
func parseTimestamp(s string) (time.Time, bool) {
	cut := strings.IndexAny(s, " T")
	if cut < 0 {
		return parseDate(s)
	}
	d, ok := parseDate(s[:cut])
	if !ok {
		return time.Time{}, false
	}
	t, ok := parseTime(strings.TrimLeft(s[cut+1:], " "))
	if !ok {
		return time.Time{}, false
	}
	return d.Add(t), true
}

// parseMonth reads YYYY-MM and returns the first day of that month.
func parseMonth(s string) (time.Time, bool) {
	y, m, ok := strings.Cut(s, "-")
	if !ok {
		return time.Time{}, false
	}
	yy, ok1 := digits(y, 4, 4)
	mm, ok2 := digits(m, 1, 2)
	if !ok1 || !ok2 {
		return time.Time{}, false
	}
	return makeDate(yy, mm, 1)
}

// parseBool reads true/false, ya/tidak, y/n and 1/0 in any case.
func parseBool(s string) (bool, bool) {
	switch strings.ToLower(s) {
	case "true", "ya", "y", "1":
		return true, true
	case "false", "tidak", "n", "0":
		return false, true
	}
	return false, false
}

// parseNumber reads a decimal number. In the Indonesian dialect `.` only
// groups thousands (in threes) and `,` is the decimal mark; in the plain
// dialect `.` is the decimal mark and grouping is not allowed. Infinity,
// NaN, hex and exponents beyond float64 are refused.
func parseNumber(s string, d dialect) (float64, bool) {
	if d.indo {
		var ok bool
		if s, ok = indoToPlain(s); !ok {
			return 0, false
		}
	}
	if !plainNumber(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}

// plainNumber reports whether s is [+-]digits[.digits][e[+-]digits].
func plainNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	intDigits := countDigits(s[i:])
	i += intDigits
	fracDigits := 0
	if i < len(s) && s[i] == '.' {
		i++
		fracDigits = countDigits(s[i:])
		if fracDigits == 0 {
			return false
		}
		i += fracDigits
	}
	if intDigits+fracDigits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		n := countDigits(s[i:])
		if n == 0 {
			return false
		}
		i += n
	}
	return i == len(s)
}

// indoToPlain turns `-1.250.000,50` into `-1250000.50`, refusing a `.`
// that does not separate groups of exactly three digits.
func indoToPlain(s string) (string, bool) {
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ",")
	if hasFrac && (frac == "" || countDigits(frac) != len(frac)) {
		return "", false
	}
	groups := strings.Split(intPart, ".")
	for i, g := range groups {
		if countDigits(g) != len(g) || g == "" && (len(groups) > 1 || !hasFrac) {
			return "", false
		}
		if i > 0 && len(g) != 3 || i == 0 && len(groups) > 1 && len(g) > 3 {
			return "", false
		}
	}
	out := sign + strings.Join(groups, "")
	if hasFrac {
		out += "." + frac
	}
	return out, true
}

// isNIP reports whether s is exactly 18 ASCII digits.
func isNIP(s string) bool {
	return len(s) == 18 && countDigits(s) == 18
}

// digits parses s as a run of min..max ASCII digits.
func digits(s string, min, max int) (int, bool) {
	if len(s) < min || len(s) > max || countDigits(s) != len(s) {
		return 0, false
	}
	n, _ := strconv.Atoi(s)
	return n, true
}

// countDigits counts the leading ASCII digits of s.
func countDigits(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return i
		}
	}
	return len(s)
}
