package load

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"fwaeval/pipeline/warehouse"
	"fwaeval/reports/model"
)

// Reject codes of SPEC §3.
const (
	codeMissing   = "missing_value"
	codeInvalid   = "invalid_value"
	codeDuplicate = "duplicate_key"
	codeUnknown   = "unknown_reference"
)

// cell is one input value. num marks a spreadsheet or Parquet number (an
// XLSX date cell is a number too: days since 1899-12-30), whose text is in
// the plain dialect whatever the file's dialect.
type cell struct {
	s   string
	num bool
}

// rowReject is why one row was not loaded; it never holds the row's values.
type rowReject struct {
	column, code, message string
}

// pseudonymizer turns a NIP into a keyed hash: the first 16 bytes of
// SHA-256(key ":" nip). The input is always 18 digits, so the secret prefix
// is a sound keyed hash, and DuckDB's sha256() computes the same value.
type pseudonymizer struct{ key string }

func (p pseudonymizer) of(nip string) duckdb.UUID {
	sum := sha256.Sum256([]byte(p.key + ":" + nip))
	var u duckdb.UUID
	copy(u[:], sum[:16])
	return u
}

// validator parses the rows of one file of one source.
type validator struct {
	src   *source
	d     dialect
	pseud pseudonymizer
	// at[i] is the input field index of src.columns[i], -1 if absent.
	at []int
	// gate[i] is the index of the column that decides column i (onlyIf).
	gate []int
}

func newValidator(src *source, d dialect, p pseudonymizer, at []int) *validator {
	v := &validator{src: src, d: d, pseud: p, at: at, gate: make([]int, len(src.columns))}
	for i, c := range src.columns {
		v.gate[i] = -1
		for j, g := range src.columns {
			if c.onlyIf != "" && g.name == c.onlyIf {
				v.gate[i] = j
			}
		}
	}
	return v
}

// row parses one row into out (one value per column, nil for NULL). The
// first problem in column order wins.
func (v *validator) row(cells []cell, out []any) *rowReject {
	for i, c := range v.src.columns {
		out[i] = nil
		var in cell
		if v.at[i] >= 0 && v.at[i] < len(cells) {
			in = cells[v.at[i]]
			in.s = strings.TrimSpace(in.s)
		}
		required := c.required
		if g := v.gate[i]; g >= 0 {
			if out[g] != c.onlyIs {
				continue // e.g. lokasi on a row that is not HADIR: ignored
			}
			required = true
		}
		if in.s == "" {
			if required {
				return &rowReject{c.name, codeMissing, msgMissing(c.name)}
			}
			continue
		}
		val, msg := v.value(c, in)
		if msg != "" {
			return &rowReject{c.name, codeInvalid, msg}
		}
		out[i] = val
	}
	return nil
}

// value parses one present value; msg is non-empty when it is invalid.
func (v *validator) value(c column, in cell) (any, string) {
	n := c.name
	switch c.kind {
	case kText:
		return in.s, ""
	case kNIP:
		if !isNIP(in.s) {
			return nil, msgNIP(n)
		}
		return v.pseud.of(in.s), ""
	case kEnum:
		if s, ok := c.enum[strings.ToUpper(in.s)]; ok {
			return s, ""
		}
		return nil, msgEnum(c)
	case kBool:
		if b, ok := parseBool(in.s); ok {
			return b, ""
		}
		return nil, msgBool(n)
	case kNumber:
		return v.number(c, in)
	}
	return v.temporal(c, in)
}

func (v *validator) number(c column, in cell) (any, string) {
	n := c.name
	d := v.d
	if in.num {
		d = dialect{}
	}
	f, ok := parseNumber(in.s, d)
	if !ok {
		return nil, msgNumber(n, d.indo)
	}
	if c.positive && f <= 0 {
		return nil, msgPositive(n)
	}
	if f < 0 {
		return nil, msgNegative(n)
	}
	return f, ""
}

// temporal parses dates, times, timestamps and months; a spreadsheet number
// in such a column is an Excel serial date-time.
func (v *validator) temporal(c column, in cell) (any, string) {
	var t time.Time
	var ok bool
	if in.num {
		t, ok = excelSerial(in.s)
	}
	switch c.kind {
	case kDate:
		if !in.num {
			t, ok = parseDate(in.s)
		}
		if ok {
			t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
		return orMsg(t, ok, msgDate(c.name))
	case kTime:
		if in.num {
			t = time.Date(1, 1, 1, t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
		} else {
			var d time.Duration
			d, ok = parseTime(in.s)
			t = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Add(d)
		}
		return orMsg(t, ok, msgTime(c.name))
	case kTimestamp:
		if !in.num {
			t, ok = parseTimestamp(in.s)
		}
		return orMsg(t, ok, msgTimestamp(c.name))
	case kMonth:
		if in.num {
			t = model.MonthOf(t)
		} else {
			t, ok = parseMonth(in.s)
		}
		return orMsg(t, ok, msgMonth(c.name))
	}
	return nil, "unknown column kind"
}

func orMsg(t time.Time, ok bool, msg string) (any, string) {
	if !ok {
		return nil, msg
	}
	return t, ""
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

func enumList(m map[string]string) string {
	seen := map[string]bool{}
	var out []string
	for _, v := range m {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// readPseudonymizer reads the warehouse's key (made once by Open).
func readPseudonymizer(ctx context.Context, w *warehouse.Warehouse) (pseudonymizer, error) {
	var k string
	if err := w.Conn().QueryRowContext(ctx, "SELECT v FROM meta WHERE k = 'pseudonym_key'").Scan(&k); err != nil {
		return pseudonymizer{}, fmt.Errorf("read pseudonym key: %w", err)
	}
	return pseudonymizer{key: k}, nil
}

// Reject messages, shared by the Go and the SQL paths.
func msgMissing(n string) string {
	return fmt.Sprintf("kolom %s wajib diisi / required column %s is empty", n, n)
}
func msgNIP(n string) string {
	return fmt.Sprintf("%s harus 18 digit angka / %s must be 18 digits", n, n)
}
func msgEnum(c column) string {
	return fmt.Sprintf("%s bukan salah satu dari %s / %s is not one of them", c.name, enumList(c.enum), c.name)
}
func msgBool(n string) string {
	return fmt.Sprintf("%s bukan nilai ya/tidak (true/false, ya/tidak, y/n, 1/0) / %s is not a boolean", n, n)
}
func msgNumber(n string, indo bool) string {
	form := "1250000.50"
	if indo {
		form = "1.250.000,50"
	}
	return fmt.Sprintf("%s bukan angka yang sah (contoh %s) / %s is not a valid number", n, form, n)
}
func msgPositive(n string) string {
	return fmt.Sprintf("%s harus lebih dari 0 / %s must be greater than 0", n, n)
}
func msgNegative(n string) string {
	return fmt.Sprintf("%s tidak boleh negatif / %s must not be negative", n, n)
}
func msgDate(n string) string {
	return fmt.Sprintf("%s bukan tanggal yang sah (YYYY-MM-DD atau DD/MM/YYYY) / %s is not a valid date", n, n)
}
func msgTime(n string) string {
	return fmt.Sprintf("%s bukan jam yang sah (HH:MM atau HH:MM:SS) / %s is not a valid time", n, n)
}
func msgTimestamp(n string) string {
	return fmt.Sprintf("%s bukan waktu yang sah (tanggal, lalu jam bila ada) / %s is not a valid timestamp", n, n)
}
func msgMonth(n string) string {
	return fmt.Sprintf("%s bukan bulan yang sah (YYYY-MM) / %s is not a valid month", n, n)
}
