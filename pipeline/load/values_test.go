package load

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	cases := []struct {
		name, in string
		want     string // "" = invalid
	}{
		{"iso", "2026-10-05", "2026-10-05"},
		{"iso one digit", "2026-1-5", "2026-01-05"},
		{"day first", "05/10/2026", "2026-10-05"},
		{"day first one digit", "5/1/2026", "2026-01-05"},
		{"never month first", "10/31/2026", ""},
		{"impossible 30 feb", "2026-02-30", ""},
		{"leap day ok", "2024-02-29", "2024-02-29"},
		{"leap day not leap", "2026-02-29", ""},
		{"month 13", "2026-13-01", ""},
		{"day zero", "00/10/2026", ""},
		{"two digit year", "05/10/26", ""},
		{"text", "kemarin", ""},
		{"empty", "", ""},
		{"with time", "2026-10-05 07:00", ""},
		{"signed", "+2026-10-05", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := parseDate(c.in)
			if c.want == "" {
				if ok {
					t.Fatalf("parseDate(%q) = %v, want invalid", c.in, got)
				}
				return
			}
			if !ok || got.Format("2006-01-02") != c.want {
				t.Fatalf("parseDate(%q) = %v, %v; want %s", c.in, got, ok, c.want)
			}
		})
	}
}

func TestParseTimeAndTimestamp(t *testing.T) {
	times := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"07:30", 7*time.Hour + 30*time.Minute, true},
		{"7:30", 7*time.Hour + 30*time.Minute, true},
		{"16:00:59", 16*time.Hour + 59*time.Second, true},
		{"24:00", 0, false},
		{"12:60", 0, false},
		{"12:5", 0, false},
		{"12", 0, false},
		{"12:00:00:00", 0, false},
	}
	for _, c := range times {
		got, ok := parseTime(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("parseTime(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	stamps := []struct{ in, want string }{
		{"2026-10-05", "2026-10-05 00:00:00"},
		{"2026-10-05 08:15", "2026-10-05 08:15:00"},
		{"2026-10-05T08:15:09", "2026-10-05 08:15:09"},
		{"5/10/2026 8:15", "2026-10-05 08:15:00"},
		{"2026-10-05 25:00", ""},
		{"2026-10-05T", ""},
		{"2026-10-05 08:15+07:00", ""},
	}
	for _, c := range stamps {
		got, ok := parseTimestamp(c.in)
		if (c.want != "") != ok || ok && got.Format("2006-01-02 15:04:05") != c.want {
			t.Errorf("parseTimestamp(%q) = %v, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestParseMonthAndBool(t *testing.T) {
	for in, want := range map[string]string{"2026-10": "2026-10-01", "2026-1": "2026-01-01", "2026-13": "", "2026/10": "", "26-10": "", "2026-10-01": ""} {
		got, ok := parseMonth(in)
		if (want != "") != ok || ok && got.Format("2006-01-02") != want {
			t.Errorf("parseMonth(%q) = %v, %v; want %q", in, got, ok, want)
		}
	}
	for in, want := range map[string]int{"true": 1, "YA": 1, "y": 1, "1": 1, "False": 0, "tidak": 0, "N": 0, "0": 0, "yes": -1, "": -1, "2": -1} {
		got, ok := parseBool(in)
		if (want >= 0) != ok || ok && got != (want == 1) {
			t.Errorf("parseBool(%q) = %v, %v; want %d", in, got, ok, want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	cases := []struct {
		name string
		in   string
		indo bool
		want float64
		ok   bool
	}{
		{"plain int", "1250000", false, 1250000, true},
		{"plain decimal", "1250000.50", false, 1250000.5, true},
		{"plain negative", "-3.5", false, -3.5, true},
		{"plain leading dot", ".5", false, 0.5, true},
		{"plain comma refused", "1,5", false, 0, false},
		{"plain grouping refused", "1,250,000", false, 0, false},
		{"plain exponent", "1e3", false, 1000, true},
		{"plain inf refused", "Inf", false, 0, false},
		{"plain nan refused", "NaN", false, 0, false},
		{"plain hex refused", "0x10", false, 0, false},
		{"plain underscore refused", "1_000", false, 0, false},
		{"plain trailing dot refused", "1.", false, 0, false},
		{"indo grouped decimal", "1.250.000,50", true, 1250000.5, true},
		{"indo ungrouped", "1250000", true, 1250000, true},
		{"indo decimal", "2,5", true, 2.5, true},
		{"indo dot is not decimal", "2.5", true, 0, false},
		{"indo group of two refused", "1.25.000", true, 0, false},
		{"indo leading group of four refused", "1250.000", true, 0, false},
		{"indo negative", "-1.000", true, -1000, true},
		{"indo empty fraction refused", "1,", true, 0, false},
		{"indo two commas refused", "1,2,3", true, 0, false},
		{"indo leading dot refused", ".500", true, 0, false},
		{"indo thousand", "1.000", true, 1000, true},
		{"overflow refused", "1e400", false, 0, false},
		{"empty", "", false, 0, false},
		{"sign only", "-", false, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := parseNumber(c.in, dialect{indo: c.indo})
			if ok != c.ok || ok && got != c.want {
				t.Fatalf("parseNumber(%q, indo=%v) = %v, %v; want %v, %v", c.in, c.indo, got, ok, c.want, c.ok)
			}
		})
	}
}

func TestIsNIP(t *testing.T) {
	for in, want := range map[string]bool{"198501012010121001": true, "19850101201012100": false, "1985010120101210011": false, "19850101201012100a": false, "": false} {
		if isNIP(in) != want {
			t.Errorf("isNIP(%q) = %v", in, !want)
		}
	}
}

// The fuzz targets check that no text makes a parser panic and that what a
// parser accepts is well formed. Their seed corpora run in `make test`.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1.250.000,50", "2.5", "-0", "1e9", ".5", ",", "1.000.", "+.e"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, indo bool) {
		if v, ok := parseNumber(s, dialect{indo: indo}); ok && v != v {
			t.Fatalf("parseNumber(%q) accepted NaN", s)
		}
	})
}

func FuzzParseDateTime(f *testing.F) {
	for _, s := range []string{"2026-10-05", "5/1/2026", "2026-02-30", "2026-10-05T07:30:00", "7:3", "2026-10", "//", "--", "9999-99-99 99:99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := parseDate(s); ok && (d.Hour() != 0 || d.Year() < 1) {
			t.Fatalf("parseDate(%q) = %v", s, d)
		}
		if d, ok := parseTime(s); ok && (d < 0 || d >= 24*time.Hour) {
			t.Fatalf("parseTime(%q) = %v", s, d)
		}
		parseTimestamp(s)
		if m, ok := parseMonth(s); ok && m.Day() != 1 {
			t.Fatalf("parseMonth(%q) = %v", s, m)
		}
		parseBool(s)
		isNIP(s)
	})
}
