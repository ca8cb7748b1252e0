package load

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
	"fwaeval/reports/model"
)

// Rejects per unit and month (docs/input.md, "Rejects per unit and
// month"). A rejected row is never loaded, but what it says of whose it
// was is kept with its reject (stg_reject's nip, unit, ra, bulan): the
// pseudonym of its NIP's digits, its unit_id, the rencana aksi it names,
// the month of its date or month column. After the source is staged its
// months are settled (a kinerja_harian row without a readable date takes
// its rencana aksi's month; a file of one month gives it to its month-less
// rejects), so that the reject limit holds for each month a file brings as
// well as for the file; once the load is merged every reject is traced to
// a unit (its unit_id, else its employee's unit in pegawai, else the unit
// of its employee's rejected pegawai row, else its rencana aksi's
// employee's) and counted per source, unit and month in load_reject_unit,
// beside the rows of that unit and month the warehouse holds. evaluate
// reads that table: a unit that lost rows is not judged on them.

// MonthRows are one month's rows of a file that had rejects in it.
type MonthRows struct {
	Month        string `json:"month"`
	RowsRead     int64  `json:"rows_read"`
	RowsRejected int64  `json:"rows_rejected"`
}

// rowAttr is the SQL of a reject's attribution columns (stg_reject's nip,
// unit, ra, bulan) read from a checked row s: its inputs s.iK (text, or
// the Parquet column's type) and values s.oK.
func rowAttr(s *source) string {
	return attrOf(s, func(k int, c column) string {
		i, o := fmt.Sprintf("s.i%d", k+1), fmt.Sprintf("s.o%d", k+1)
		switch {
		case c.kind == kNIP:
			return "nip_digits(" + i + ")"
		case c.name == s.monthOf:
			return fmt.Sprintf("coalesce(date_trunc('month', %s)::DATE, month_of_text(%s::VARCHAR))", o, i)
		}
		return i
	})
}

// stagedAttr is the same read from a staged row s (the warehouse table's
// columns: the NIP already a pseudonym, the month column a date).
func stagedAttr(s *source) string {
	return attrOf(s, func(_ int, c column) string {
		if c.name == s.monthOf {
			return fmt.Sprintf("date_trunc('month', s.%s)::DATE", queries.Ident(c.name))
		}
		return "s." + queries.Ident(c.name)
	})
}

// attrOf lists the attribution columns of source s, each read by read or
// NULL when s has no such column: its NIP, its unit_id, the rencana aksi
// it refers to, its month column.
func attrOf(s *source, read func(k int, c column) string) string {
	nip, unit, ra, month := "NULL", "NULL", "NULL", "NULL"
	for k, c := range s.columns {
		switch {
		case c.kind == kNIP && nip == "NULL":
			nip = read(k, c)
		case c.name == "unit_id":
			unit = read(k, c)
		case c.name == s.monthOf:
			month = read(k, c)
		}
		for _, r := range s.refs {
			if r.column == c.name && r.target == "rencana_aksi" {
				ra = read(k, c)
			}
		}
	}
	return fmt.Sprintf("%s AS nip, %s AS unit, %s AS ra, %s AS bulan", nip, unit, ra, month)
}

// settleRejectMonths gives the month-less rejects of file idx (of a fact
// source) the month their rencana aksi names, else the file's only month
// (of the rows it writes and its rejects), and counts the file's rows read
// and rejected in each month it has rejects of. direct says the file went
// the direct path (its rows are in the warehouse table, the months it
// wrote in muat_bulan at the load's version).
func (l *loader) settleRejectMonths(ctx context.Context, s *source, idx int, direct bool) ([]MonthRows, error) {
	c := l.w.Conn()
	vars := names(s)
	vars["month"] = queries.Ident(s.monthOf)
	exec := func(name string, args ...any) error {
		if _, err := c.ExecContext(ctx, queries.Statement(queries.Load, name, vars), args...); err != nil {
			return fmt.Errorf("months of %s's rejects: %w", s.name, err)
		}
		return nil
	}
	for _, r := range s.refs {
		if r.target == "rencana_aksi" {
			if err := exec("RejectMonthsOfPlans", idx); err != nil {
				return nil, err
			}
		}
	}
	// The months the file wrote (the direct path: recorded already) or
	// stages, and of its rejects.
	q, args := "StagedMonthsOfFile", []any{idx}
	if direct {
		q, args = "WrittenMonths", []any{s.name, l.version}
	}
	written, err := monthList(ctx, c, queries.Statement(queries.Load, q, vars), args...)
	if err != nil {
		return nil, fmt.Errorf("months of %s: %w", s.name, err)
	}
	rejected, err := monthCounts(ctx, c, queries.Statement(queries.Load, "RejectsByMonth", nil), idx)
	if err != nil {
		return nil, fmt.Errorf("rejects of %s by month: %w", s.name, err)
	}
	months := map[time.Time]bool{}
	for _, m := range written {
		months[m] = true
	}
	for m := range rejected {
		months[m] = true
	}
	if len(months) == 1 {
		for m := range months {
			if err := exec("RejectMonthsOfFile", m, idx); err != nil {
				return nil, err
			}
			if rejected, err = monthCounts(ctx, c, queries.Statement(queries.Load, "RejectsByMonth", nil), idx); err != nil {
				return nil, fmt.Errorf("rejects of %s by month: %w", s.name, err)
			}
		}
	}
	// Rows of each month the file has rejects of: what it loaded of it.
	loaded := map[time.Time]int64{}
	if direct {
		count := queries.Statement(queries.Load, "CountMonth", vars)
		for _, m := range written {
			if _, ok := rejected[m]; !ok {
				continue
			}
			var n int64
			if err := c.QueryRowContext(ctx, count, m, m.AddDate(0, 1, 0)).Scan(&n); err != nil {
				return nil, fmt.Errorf("rows of %s in %s: %w", s.name, m.Format("2006-01"), err)
			}
			loaded[m] = n
		}
	} else if loaded, err = monthCounts(ctx, c, queries.Statement(queries.Load, "StagedRowsByMonth", vars), idx); err != nil {
		return nil, fmt.Errorf("rows of %s by month: %w", s.name, err)
	}
	var out []MonthRows
	for m, n := range rejected {
		out = append(out, MonthRows{Month: m.Format("2006-01"), RowsRead: loaded[m] + n, RowsRejected: n})
	}
	slices.SortFunc(out, func(a, b MonthRows) int { return strings.Compare(a.Month, b.Month) })
	return out, nil
}

// monthCounts runs a query of (month, count) rows.
func monthCounts(ctx context.Context, c *sql.Conn, q string, args ...any) (map[time.Time]int64, error) {
	rows, err := c.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[time.Time]int64{}
	for rows.Next() {
		var m time.Time
		var n int64
		if err := rows.Scan(&m, &n); err != nil {
			return nil, err
		}
		out[m] = n
	}
	return out, rows.Err()
}

// attributeRejects traces this load's rejects to units and months and
// replaces, in load_reject_unit, the months of the sources it loaded.
func (l *loader) attributeRejects(ctx context.Context, anyRejects bool) error {
	c := l.w.Conn()
	exec := func(q string, args ...any) error {
		if _, err := c.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("rejects per unit: %w", err)
		}
		return nil
	}
	if !anyRejects { // nothing to trace: the sources' earlier counts are still replaced
		if err := exec(queries.Statement(queries.Load, "NoRejectUnits", nil)); err != nil {
			return err
		}
	} else {
		if err := exec(queries.Statement(queries.Load, "AttributeRejects", nil)); err != nil {
			return err
		}
		for _, s := range sources {
			if err := rowsOfUnits(ctx, c, s); err != nil {
				return err
			}
		}
	}
	if err := exec(queries.Statement(queries.Load, "ForgetRejectUnits", nil), l.version); err != nil {
		return err
	}
	return exec(queries.Statement(queries.Load, "RecordRejectUnits", nil))
}

// rowsOfUnits fills in the warehouse's rows of each unit and month of
// source s that has rejects: its rows of that unit's employees (a source
// with a NIP) or of that unit_id; for rejects traced to no unit, the
// source's rows of the month.
func rowsOfUnits(ctx context.Context, c *sql.Conn, s *source) error {
	var lo, hi sql.NullTime
	var n int64
	if err := c.QueryRowContext(ctx, queries.Statement(queries.Load, "RejectUnitMonths", nil), s.name).Scan(&n, &lo, &hi); err != nil {
		return fmt.Errorf("rejects per unit of %s: %w", s.name, err)
	}
	if n == 0 {
		return nil
	}
	vars := names(s)
	switch {
	case columnAt(s, "unit_id") >= 0:
		vars["unit"], vars["join"] = "t.unit_id", ""
	case nipColumn(s) >= 0:
		vars["unit"], vars["join"] = "p.unit_id", "JOIN pegawai p ON p.nip = t.nip"
	default:
		return nil // kalender: no unit
	}
	stmts := []string{"RowsOfUnitsByMonth", "RowsOfMonths"}
	args := []any{s.name, lo.Time, hi.Time.AddDate(0, 1, 0)}
	if s.monthOf == "" {
		stmts, args = []string{"RowsOfUnits", "RowsOfSource"}, []any{s.name}
	} else {
		vars["month"] = queries.Ident(s.monthOf)
	}
	for _, name := range stmts {
		if _, err := c.ExecContext(ctx, queries.Statement(queries.Load, name, vars), args...); err != nil {
			return fmt.Errorf("rows per unit of %s: %w", s.name, err)
		}
	}
	return nil
}

// RejectGroup is one kind of reject of a file: its code and column, how
// many rows, the first of them (line) and its message.
type RejectGroup struct {
	Code      string `json:"code"`
	Column    string `json:"column"`
	Rows      int64  `json:"rows"`
	FirstLine int64  `json:"first_line"`
	Message   string `json:"message"`
}

// topRejects are the commonest kinds of reject of file idx (in month m
// when it is not zero), most rows first.
func topRejects(ctx context.Context, c *sql.Conn, idx int, m time.Time, n int) ([]RejectGroup, error) {
	var month any
	if !m.IsZero() {
		month = m
	}
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Load, "TopRejectGroups", nil), idx, month, n)
	if err != nil {
		return nil, fmt.Errorf("commonest rejects: %w", err)
	}
	defer rows.Close()
	var out []RejectGroup
	for rows.Next() {
		var g RejectGroup
		if err := rows.Scan(&g.Code, &g.Column, &g.Rows, &g.FirstLine, &g.Message); err != nil {
			return nil, fmt.Errorf("commonest rejects: %w", err)
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// Refusal is a file whose rejects stop the load: above the reject limit
// as a whole, or in one month it brings (Month).
type Refusal struct {
	Source        string        `json:"source"`
	File          string        `json:"file"`
	Month         string        `json:"month,omitempty"`
	RowsRead      int64         `json:"rows_read"`
	RowsRejected  int64         `json:"rows_rejected"`
	MaxRejectRate float64       `json:"max_reject_rate"`
	Top           []RejectGroup `json:"top"`
	// RejectsCSV is where a refused run wrote every reject read so far
	// (beside the month's output folder, never in it).
	RejectsCSV string `json:"rejects_csv,omitempty"`
}

// RefusedError is a load refused for a file's rejects: an *InputError
// (exit 3) that also carries the Refusal.
type RefusedError struct {
	*warehouse.InputError
	Refusal *Refusal
}

func (e *RefusedError) Unwrap() error { return e.InputError }

// overLimit says whether st's rejects are above max: over the file, or
// in a month of it (its first such month).
func overLimit(st InputStat, max float64) (month string, over bool) {
	above := func(rejected, read int64) bool { return read > 0 && float64(rejected)/float64(read) > max }
	if above(st.RowsRejected, st.RowsRead) {
		return "", true
	}
	for _, m := range st.Months {
		if above(m.RowsRejected, m.RowsRead) {
			return m.Month, true
		}
	}
	return "", false
}

// refusalOf is the refusal of file idx (record st) when its rejects are
// above max, else nil: with its three commonest kinds of reject.
func refusalOf(ctx context.Context, c *sql.Conn, idx int, st InputStat, max float64) (*Refusal, error) {
	month, over := overLimit(st, max)
	if !over {
		return nil, nil
	}
	r := &Refusal{Source: st.Source, File: st.File, Month: month, RowsRead: st.RowsRead, RowsRejected: st.RowsRejected, MaxRejectRate: max}
	var m time.Time
	if month != "" {
		m, _ = time.Parse("2006-01", month)
		for _, mr := range st.Months {
			if mr.Month == month {
				r.RowsRead, r.RowsRejected = mr.RowsRead, mr.RowsRejected
			}
		}
	}
	var err error
	if r.Top, err = topRejects(ctx, c, idx, m, 3); err != nil {
		return nil, err
	}
	return r, nil
}

// Err is the refusal as the error a command prints: the file (and month),
// rows rejected against the limit, then a line for each commonest kind of
// reject with its first line, and where every reject was written.
func (r *Refusal) Err() *RefusedError {
	id, en := model.Lang("id"), model.Lang("en")
	rate := float64(r.RowsRejected) / float64(r.RowsRead)
	// "September 2026: … baris bulan itu" for a month, "… baris" for the file
	whenID, whenEN, ofID, ofEN := "", "", "baris", "rows"
	if r.Month != "" {
		m, _ := time.Parse("2006-01", r.Month)
		whenID, whenEN, ofID, ofEN = id.Month(m)+": ", en.Month(m)+": ", "baris bulan itu", "rows of that month"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s dari %s %s ditolak (%s), di atas batas %s; tidak ada yang dimuat / %s%s of %s %s rejected (%s), above the limit of %s; nothing was loaded",
		whenID, id.Number(float64(r.RowsRejected), 0), id.Number(float64(r.RowsRead), 0), ofID, id.Percent(rate, 1), id.Percent(r.MaxRejectRate, 1),
		whenEN, en.Number(float64(r.RowsRejected), 0), en.Number(float64(r.RowsRead), 0), ofEN, en.Percent(rate, 1), en.Percent(r.MaxRejectRate, 1))
	for _, g := range r.Top {
		fmt.Fprintf(&b, "\n  %s %s: %s baris / rows, pertama / first %s:%d — %s", g.Code, g.Column,
			id.Number(float64(g.Rows), 0), r.File, g.FirstLine, g.Message)
	}
	if r.RejectsCSV != "" {
		fmt.Fprintf(&b, "\n  semua penolakan / every reject: %s", r.RejectsCSV)
	}
	return &RefusedError{InputError: &warehouse.InputError{File: r.File, Msg: b.String()}, Refusal: r}
}
