package load

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"fwaeval/queries"
)

// validated is what the validator made of one value: its stored value as
// DuckDB prints it, or the message of its reject.
type validated struct{ val, msg string }

// validator evaluates the load's validator — the staged query of a file
// (planFile), reading text cells as a Go reader's file does — on single
// values of one column.
type validator struct {
	t  *testing.T
	db *sql.Conn
}

// newValidator opens a database of its own: the fuzz target keeps one
// across its inputs.
func newValidator(t *testing.T) *validator {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	c, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := bulkSetup(context.Background(), c, pseudonymizer{key: "k"}); err != nil {
		t.Fatal(err)
	}
	return &validator{t: t, db: c}
}

// values validates ins as the cells of column c (required) in dialect d.
func (v *validator) values(c column, d dialect, ins []string) ([]validated, error) {
	c.required, c.onlyIf = true, ""
	f := inputFile{src: &source{name: "t", columns: []column{c}}, rel: "t.csv"}
	ctx := context.Background()
	if _, err := v.db.ExecContext(ctx, "CREATE OR REPLACE TEMP TABLE vt (line BIGINT, x VARCHAR)"); err != nil {
		v.t.Fatal(err)
	}
	var b strings.Builder
	for k, s := range ins {
		if k > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "(%d, %s)", k, queries.Literal(s))
	}
	if len(ins) > 0 {
		if _, err := v.db.ExecContext(ctx, "INSERT INTO vt VALUES "+b.String()); err != nil {
			v.t.Fatal(err)
		}
	}
	rd := fileReader{from: "vt", fromLines: "vt", line: "line", table: true}
	plan, ok, err := planFile(f, rd, []string{c.name}, []string{"x"}, []string{"VARCHAR"}, d)
	if err != nil || !ok {
		v.t.Fatalf("plan %s: %v %v", c.name, ok, err)
	}
	q := fmt.Sprintf("SELECT s.rid, s.o1::VARCHAR, m.message FROM (%s) s LEFT JOIN (VALUES %s) m(r, col, code, message) USING (r) ORDER BY s.rid",
		plan.staged, plan.reasons)
	rows, err := v.db.QueryContext(ctx, q, 0)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]validated, len(ins))
	for rows.Next() {
		var k int
		var val, msg sql.NullString
		if err := rows.Scan(&k, &val, &msg); err != nil {
			return nil, err
		}
		out[k] = validated{val.String, msg.String}
		if msg.Valid {
			out[k].val = ""
		}
	}
	return out, rows.Err()
}

// check validates each case's input and compares: want is the stored
// value, or "!" and the start of the reject's message.
func (v *validator) check(c column, d dialect, cases [][2]string) {
	v.t.Helper()
	ins := make([]string, len(cases))
	for k, cs := range cases {
		ins[k] = cs[0]
	}
	got, err := v.values(c, d, ins)
	if err != nil {
		v.t.Fatal(err)
	}
	for k, cs := range cases {
		want, g := cs[1], got[k]
		if strings.HasPrefix(want, "!") {
			if g.msg == "" || !strings.HasPrefix(g.msg, want[1:]) {
				v.t.Errorf("%s %q (indo %v): got %+v, want a reject %q…", c.name, cs[0], d.indo, g, want[1:])
			}
		} else if g.msg != "" || g.val != want {
			v.t.Errorf("%s %q (indo %v): got %+v, want %q", c.name, cs[0], d.indo, g, want)
		}
	}
}

const (
	badDate = "!d bukan tanggal"
	badTime = "!t bukan jam"
	badTS   = "!ts bukan waktu"
	empty   = "!kolom "
)

func TestValidateDate(t *testing.T) {
	newValidator(t).check(column{name: "d", kind: kDate}, dialect{}, [][2]string{
		{"2026-10-05", "2026-10-05"},
		{"2026-1-5", "2026-01-05"},          // one digit month and day
		{"05/10/2026", "2026-10-05"},        // day first
		{"5/1/2026", "2026-01-05"},          // one digit, day first
		{" 2026-10-05\u00a0", "2026-10-05"}, // trimmed like Go's TrimSpace
		{"10/31/2026", badDate},             // never month first
		{"2026-02-30", badDate},             // no 30 February
		{"2024-02-29", "2024-02-29"},        // a leap day
		{"2026-02-29", badDate},             // not a leap year
		{"2026-13-01", badDate},
		{"00/10/2026", badDate},
		{"0000-01-01", badDate}, // year 0
		{"0001-01-01", "0001-01-01"},
		{"9999-12-31", "9999-12-31"},
		{"05/10/26", badDate}, // two digit year
		{"2026/10/05", badDate},
		{"20261005", badDate},
		{"kemarin", badDate},
		{"2026-10-05 07:00", badDate}, // a time is not a date
		{"+2026-10-05", badDate},
		{"2026-１0-05", badDate}, // full-width digit
		{"", empty},
		{"  ", empty},
	})
}

func TestValidateTimeAndTimestamp(t *testing.T) {
	v := newValidator(t)
	v.check(column{name: "t", kind: kTime}, dialect{}, [][2]string{
		{"07:30", "07:30:00"},
		{"7:30", "07:30:00"},
		{"16:00:59", "16:00:59"},
		{"23:59:59", "23:59:59"},
		{"24:00", badTime},
		{"12:60", badTime},
		{"12:00:60", badTime},
		{"12:5", badTime},
		{"12:05:5", badTime},
		{"123:00", badTime},
		{"12", badTime},
		{"12:00:00:00", badTime},
		{"07:30:00.5", badTime},
		{":30", badTime},
	})
	v.check(column{name: "ts", kind: kTimestamp}, dialect{}, [][2]string{
		{"2026-10-05", "2026-10-05 00:00:00"},
		{"2026-10-05 08:15", "2026-10-05 08:15:00"},
		{"2026-10-05T08:15:09", "2026-10-05 08:15:09"},
		{"2026-10-05  7:30", "2026-10-05 07:30:00"}, // spaces before the time
		{"5/10/2026 8:15", "2026-10-05 08:15:00"},
		{"2026-10-05 25:00", badTS},
		{"2026-10-05T", badTS},
		{"2026-10-05 T07:30", badTS},
		{"T07:30", badTS},
		{"2026-10-05 08:15+07:00", badTS},
		{"2026-02-30 08:00", badTS},
	})
}

func TestValidateMonthBoolNIPEnum(t *testing.T) {
	v := newValidator(t)
	bad := "!m bukan bulan"
	v.check(column{name: "m", kind: kMonth}, dialect{}, [][2]string{
		{"2026-10", "2026-10-01"}, {"2026-1", "2026-01-01"}, {"2026-13", bad}, {"2026-0", bad},
		{"0000-10", bad}, {"2026/10", bad}, {"26-10", bad}, {"2026-10-01", bad},
	})
	bad = "!b bukan nilai ya/tidak"
	v.check(column{name: "b", kind: kBool}, dialect{}, [][2]string{
		{"true", "true"}, {"YA", "true"}, {"y", "true"}, {"1", "true"}, {" ya ", "true"},
		{"False", "false"}, {"tidak", "false"}, {"N", "false"}, {"0", "false"},
		{"yes", bad}, {"2", bad}, {"benar", bad},
	})
	bad = "!nip harus 18 digit"
	pseudo := pseudonymOf("k", nip1)
	v.check(column{name: "nip", kind: kNIP}, dialect{}, [][2]string{
		{nip1, pseudo}, {" " + nip1 + " ", pseudo},
		{nip1[:17], bad}, {nip1 + "1", bad}, {nip1[:17] + "a", bad}, {"١٩٨٥٠١٠١٢٠١٠١٢١٠٠١", bad},
	})
	c := column{name: "status", kind: kEnum, enum: enumStatusHadir}
	bad = "!status bukan salah satu dari CUTI, DINAS_LUAR, HADIR, IZIN, SAKIT, TANPA_KETERANGAN"
	v.check(c, dialect{}, [][2]string{{"HADIR", "HADIR"}, {"hadir", "HADIR"}, {"\tHADIR\u00a0", "HADIR"}, {"BOLOS", bad}})
}

func TestValidateNumber(t *testing.T) {
	v := newValidator(t)
	plain, indo := "!n bukan angka yang sah (contoh 1250000.50)", "!n bukan angka yang sah (contoh 1.250.000,50)"
	neg := "!n tidak boleh negatif"
	c := column{name: "n", kind: kNumber}
	v.check(c, dialect{}, [][2]string{
		{"1250000", "1250000.0"},
		{"1250000.50", "1250000.5"},
		{".5", "0.5"},
		{"+1", "1.0"},
		{"1e3", "1000.0"},
		{"1E-5", "1e-05"},
		{"0.1", "0.1"},
		{"-3.5", neg},
		{"1,5", plain},
		{"1,250,000", plain},
		{"Inf", plain},
		{"NaN", plain},
		{"0x10", plain},
		{"1_000", plain},
		{"1.", plain},
		{"1e400", plain}, // beyond a double
		{"-", plain},
		{"٣", plain},
	})
	v.check(c, dialect{indo: true}, [][2]string{
		{"1.250.000,50", "1250000.5"},
		{"1250000", "1250000.0"},
		{"2,5", "2.5"},
		{",5", "0.5"},
		{"1.000", "1000.0"},
		{"12.345.678", "12345678.0"},
		{"-1.000", neg},
		{"2.5", indo},
		{"1.25.000", indo},
		{"1250.000", indo},
		{"1,", indo},
		{"1,2,3", indo},
		{".500", indo},
		{"1e3", indo},
	})
	v.check(column{name: "p", kind: kNumber, positive: true}, dialect{}, [][2]string{
		{"0.5", "0.5"}, {"0", "!p harus lebih dari 0"}, {"-1", "!p harus lebih dari 0"},
	})
}

// Whatever text a cell holds, the validator's SQL gives a value or a
// reject and never fails (a failing statement would abort the load); a
// value it gives reads back as itself.
func TestValidatorNeverFails(t *testing.T) {
	v := newValidator(t)
	cases := randomValues(1)
	for _, c := range []column{{name: "d", kind: kDate}, {name: "t", kind: kTime}, {name: "ts", kind: kTimestamp},
		{name: "m", kind: kMonth}, {name: "n", kind: kNumber}, {name: "b", kind: kBool}, {name: "nip", kind: kNIP}} {
		for _, d := range []dialect{{}, {indo: true}} {
			got, err := v.values(c, d, cases)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			valid, again := 0, []string{}
			for _, g := range got {
				if g.msg == "" {
					valid++
					if c.kind == kDate || c.kind == kTime || c.kind == kTimestamp {
						again = append(again, g.val)
					}
				}
			}
			if valid < 10 && c.kind != kNIP {
				t.Errorf("%s (indo %v): only %d valid cases: they lost their point", c.name, d.indo, valid)
			}
			back, err := v.values(c, d, again)
			if err != nil {
				t.Fatal(err)
			}
			for k, b := range back {
				if b.val != again[k] {
					t.Errorf("%s: %q reads back as %+v", c.name, again[k], b)
				}
			}
		}
	}
}

// randomValues are random strings over the characters the contract's
// forms use, and shapes close to valid ones with their digits varied.
func randomValues(seed int64) []string {
	r := rand.New(rand.NewSource(seed))
	const alphabet = "0123456789-/:. T,+eE"
	var cases []string
	for range 3000 {
		n := r.Intn(14)
		var b strings.Builder
		for range n {
			b.WriteByte(alphabet[r.Intn(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for range 2000 {
		shape := []string{"dddd-dd-dd", "d/d/dddd", "dd/dd/dddd", "dddd-d-dd", "dd:dd", "d:dd:dd", "dddd-dd-dd dd:dd:dd",
			"d.ddd,dd", "ddd.ddd.ddd", "d.dd", "de-dd", "dd,d", "dddd-dd"}[r.Intn(13)]
		var b strings.Builder
		for _, c := range shape {
			if c == 'd' {
				b.WriteByte(byte('0' + r.Intn(10)))
			} else {
				b.WriteRune(c)
			}
		}
		cases = append(cases, b.String())
	}
	return cases
}

// FuzzValidator: no text makes the validator's SQL fail; only the
// documented spellings are booleans, and a NIP is 18 ASCII digits
// (after trimming). Its seed corpus runs in `make test`.
func FuzzValidator(f *testing.F) {
	for _, s := range []string{"2026-10-05", "5/1/2026", "2026-02-30", "2026-10-05T07:30:00", "7:3", "2026-10", "//", "--",
		"9999-99-99 99:99", "1.250.000,50", "1e400", "ya", " TIDAK ", nip1, nip1 + "0", "'", "\x00", "\xff"} {
		f.Add(s)
	}
	bools := map[string]bool{"true": true, "false": true, "ya": true, "tidak": true, "y": true, "n": true, "1": true, "0": true}
	var v *validator
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsRune(s, 0) || !utf8.ValidString(s) {
			return // a reader refuses these before the validator
		}
		if v == nil {
			v = newValidator(t)
		}
		v.t = t
		trimmed := strings.TrimSpace(s)
		for _, c := range []column{{name: "d", kind: kDate}, {name: "t", kind: kTime}, {name: "ts", kind: kTimestamp},
			{name: "m", kind: kMonth}, {name: "n", kind: kNumber}, {name: "b", kind: kBool}, {name: "nip", kind: kNIP}} {
			got, err := v.values(c, dialect{indo: len(s)%2 == 1}, []string{s})
			if err != nil {
				t.Fatalf("%s %q: %v", c.name, s, err)
			}
			ok := got[0].msg == ""
			switch {
			case trimmed == "" && ok:
				t.Fatalf("%s %q: empty accepted", c.name, s)
			case c.kind == kBool && trimmed != "" && ok != bools[strings.ToLower(trimmed)]:
				t.Fatalf("bool %q accepted = %v", s, ok)
			case c.kind == kNIP && trimmed != "" && ok != (len(trimmed) == 18 && strings.Trim(trimmed, "0123456789") == ""):
				t.Fatalf("nip %q accepted = %v", s, ok)
			}
		}
	})
}
