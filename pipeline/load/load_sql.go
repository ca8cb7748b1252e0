package load

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// The validator: every row of every file is validated and pseudonymised
// by DuckDB, in INSERT … SELECT statements generated here from the
// source's columns — the first problem in column order wins, each with
// its code and message. The rows come from one of three readers: a Parquet
// file whose columns carry their own types (DATE, TIME, TIMESTAMP,
// numbers, BOOLEAN, and text for text, NIPs, enums and months), a CSV
// file DuckDB reads as the contract does (csv_scan.go; every cell text),
// or stg_raw, where a Go reader put any other file's cells as text
// (stage_read.go). A Parquet column of a type planColumn does not cover
// sends its file to the Go reader. TestParquetReadersAgree and
// TestCSVReadersAgree load the same files through DuckDB's readers and
// the Go readers; the Validate tests hold each rule to hand-written cases.

// trimSet is what Go's strings.TrimSpace removes (ASCII white space and
// Unicode's White_Space characters): clean() trims these in SQL, and the
// Go readers hand over cells trimmed by strings.TrimSpace.
const trimSet = "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"

// sqlCheck is one way a present value can be invalid, in Go's order.
type sqlCheck struct{ when, msg string }

// sqlColumn is the SQL of one source column: its trimmed input (NULL when
// empty), its parsed value, and its checks.
type sqlColumn struct {
	in, val string
	checks  []sqlCheck
}

// nipCheck is true for an input i that is not 18 digits.
func nipCheck(i string) string { return "NOT regexp_full_match(" + i + ", '[0-9]{18}')" }

// numericType reports DuckDB types whose values Go reads as numbers.
func numericType(t string) bool {
	switch {
	case t == "DOUBLE", t == "FLOAT", t == "REAL", t == "BIGINT", t == "INTEGER", t == "SMALLINT", t == "TINYINT",
		t == "UBIGINT", t == "UINTEGER", t == "USMALLINT", t == "UTINYINT", t == "HUGEINT", t == "UHUGEINT",
		strings.HasPrefix(t, "DECIMAL"):
		return true
	}
	return false
}

// planColumn builds column c's SQL for input column x of DuckDB type typ.
// The input expression reads x; the value reads the input as i, and the
// checks read the input as i and the value as v (the plan computes each
// once). ok is false when the SQL path does not cover that combination.
func planColumn(c column, x, typ, i, v string, d dialect) (sqlColumn, bool) {
	text := typ == "VARCHAR"
	in := x
	if text && !d.bare {
		in = "clean(" + x + ")"
	}
	n := c.name
	if text {
		// Text dates, times and numbers (CSV, stg_raw): load_input.go's SQL.
		switch c.kind {
		case kDate:
			return sqlColumn{in: in, val: dateSQL(i), checks: []sqlCheck{{v + " IS NULL", msgDate(n)}}}, true
		case kTime:
			return sqlColumn{in: in, val: timeSQL(i), checks: []sqlCheck{{v + " IS NULL", msgTime(n)}}}, true
		case kTimestamp:
			return sqlColumn{in: in, val: timestampSQL(i), checks: []sqlCheck{{v + " IS NULL", msgTimestamp(n)}}}, true
		case kNumber:
			checks := []sqlCheck{{v + " IS NULL OR isinf(" + v + ")", msgNumber(n, d.indo)}}
			if c.positive {
				checks = append(checks, sqlCheck{v + " <= 0", msgPositive(n)})
			}
			checks = append(checks, sqlCheck{v + " < 0", msgNegative(n)})
			return sqlColumn{in: in, val: numberSQL(i, d), checks: checks}, true
		}
	}
	switch c.kind {
	case kText:
		return sqlColumn{in: in, val: i}, text
	case kNIP:
		return sqlColumn{in: in, val: "pseudo(" + i + ")",
			checks: []sqlCheck{{nipCheck(i), msgNIP(n)}}}, text
	case kEnum:
		keys := make([]string, 0, len(c.enum))
		for k := range c.enum {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteString("CASE upper(" + i + ")")
		for _, k := range keys {
			b.WriteString(" WHEN " + queries.Literal(k) + " THEN " + queries.Literal(c.enum[k]))
		}
		b.WriteString(" END")
		return sqlColumn{in: in, val: b.String(), checks: []sqlCheck{{v + " IS NULL", msgEnum(c)}}}, text
	case kBool:
		if typ == "BOOLEAN" {
			return sqlColumn{in: in, val: i}, true
		}
		val := "CASE lower(" + i + ") WHEN 'true' THEN true WHEN 'ya' THEN true WHEN 'y' THEN true WHEN '1' THEN true " +
			"WHEN 'false' THEN false WHEN 'tidak' THEN false WHEN 'n' THEN false WHEN '0' THEN false END"
		return sqlColumn{in: in, val: val, checks: []sqlCheck{{v + " IS NULL", msgBool(n)}}}, text
	case kDate:
		// Go reads a DATE as YYYY-MM-DD: years outside 1–9999 are invalid.
		return sqlColumn{in: in, val: i, checks: []sqlCheck{{"NOT (year(" + i + ") BETWEEN 1 AND 9999)", msgDate(n)}}}, typ == "DATE"
	case kTime:
		// Go reads a TIME as HH:MM:SS: fractions of a second are dropped.
		return sqlColumn{in: in, val: fmt.Sprintf("make_time(hour(%s), minute(%s), second(%s))", i, i, i)}, typ == "TIME"
	case kTimestamp:
		switch typ {
		case "TIMESTAMP", "TIMESTAMP_NS", "TIMESTAMP_MS", "TIMESTAMP_S", "DATE":
			return sqlColumn{in: in, val: "date_trunc('second', " + i + "::TIMESTAMP)",
				checks: []sqlCheck{{"NOT (year(" + i + ") BETWEEN 1 AND 9999)", msgTimestamp(n)}}}, true
		}
		return sqlColumn{}, false
	case kMonth:
		// YYYY-M or YYYY-MM, year from 1, month 1–12 (parseMonth).
		ok := fmt.Sprintf("regexp_full_match(%s, '[0-9]{4}-[0-9]{1,2}') AND split_part(%s, '-', 1)::INT >= 1 "+
			"AND split_part(%s, '-', 2)::INT BETWEEN 1 AND 12", i, i, i)
		val := fmt.Sprintf("CASE WHEN %s THEN make_date(split_part(%s, '-', 1)::INT, split_part(%s, '-', 2)::INT, 1) END", ok, i, i)
		return sqlColumn{in: in, val: val, checks: []sqlCheck{{v + " IS NULL", msgMonth(n)}}}, text
	case kNumber:
		checks := []sqlCheck{{"isnan(" + v + ") OR isinf(" + v + ")", msgNumber(n, false)}}
		if c.positive {
			checks = append(checks, sqlCheck{v + " <= 0", msgPositive(n)})
		}
		checks = append(checks, sqlCheck{v + " < 0", msgNegative(n)})
		return sqlColumn{in: in, val: i + "::DOUBLE", checks: checks}, numericType(typ)
	}
	return sqlColumn{}, false
}

// filePlan is the SQL staging of one Parquet file: staged is a query
// of every row's id, its inputs (i1, i2, …), its values (o1, o2, …) and r,
// the number of its first problem (NULL for a valid row); reasons lists
// those problems. The parts are kept for the direct path (load_direct.go),
// which builds its own queries from them.
type filePlan struct {
	rd                    fileReader
	staged, outs, reasons string
	// ins[k] reads column k from the file ("… AS iK"), vals[k] parses it
	// ("… AS vK"), outExprs[k] is its stored value ("… AS oK").
	ins, vals, outExprs []string
	// rej is the CASE giving a row's first problem; nReasons counts them.
	rej      string
	nReasons int
	reasonsL []string
}

// planFile plans file f, read by rd: its header's names, the SQL names
// of those columns and their DuckDB types; d is how its text is written
// (number form, bare cells). ok is false when a Go reader must read it.
func planFile(f inputFile, rd fileReader, names, cols, types []string, d dialect) (*filePlan, bool, error) {
	hdr := make([]string, len(names))
	for k, n := range names {
		hdr[k] = normHeader(n)
	}
	at, err := columnIndex(f, hdr)
	if err != nil {
		return nil, false, err
	}
	sqls := make([]sqlColumn, len(f.src.columns))
	var ins, vals, outs, reasons []string
	for k, c := range f.src.columns {
		i, v := fmt.Sprintf("i%d", k+1), fmt.Sprintf("v%d", k+1)
		if at[k] < 0 {
			sqls[k] = sqlColumn{in: "NULL", val: "NULL"}
		} else {
			var ok bool
			if sqls[k], ok = planColumn(c, cols[at[k]], types[at[k]], i, v, d); !ok {
				return nil, false, nil
			}
		}
		ins = append(ins, sqls[k].in+" AS "+i)
		vals = append(vals, sqls[k].val+" AS "+v)
	}
	// The first problem in column order: a missing required value, or the
	// first failing check of a present one. A gated column (lokasi) counts
	// only when its gate has the value that requires it.
	var rej strings.Builder
	rej.WriteString("CASE")
	reason := func(c column, code, msg string) int {
		reasons = append(reasons, fmt.Sprintf("(%d, %s, %s, %s)", len(reasons)+1, queries.Literal(c.name), queries.Literal(code), queries.Literal(msg)))
		return len(reasons)
	}
	for k, c := range f.src.columns {
		i, v := fmt.Sprintf("i%d", k+1), fmt.Sprintf("v%d", k+1)
		gate, required, out := "true", c.required, v
		for j, g := range f.src.columns {
			if c.onlyIf != "" && g.name == c.onlyIf {
				gate = fmt.Sprintf("v%d IS NOT DISTINCT FROM %s", j+1, queries.Literal(c.onlyIs))
				required = true
				out = fmt.Sprintf("CASE WHEN %s THEN %s END", gate, v)
			}
		}
		outs = append(outs, out+fmt.Sprintf(" AS o%d", k+1))
		if required {
			fmt.Fprintf(&rej, " WHEN %s AND %s IS NULL THEN %d", gate, i, reason(c, codeMissing, msgMissing(c.name)))
		}
		for _, ck := range sqls[k].checks {
			fmt.Fprintf(&rej, " WHEN %s AND %s IS NOT NULL AND (%s) THEN %d", gate, i, ck.when, reason(c, codeInvalid, ck.msg))
		}
	}
	rej.WriteString(" END")
	n := len(reasons)
	if len(reasons) == 0 {
		rej.Reset()
		rej.WriteString("NULL::INT")
	}
	onames := ins2names(len(f.src.columns), "o")
	inames := ins2names(len(f.src.columns), "i")
	plan := &filePlan{rd: rd, outs: strings.Join(onames, ", "), ins: ins, vals: vals, outExprs: outs,
		rej: rej.String(), nReasons: n, reasonsL: reasons}
	staged := fmt.Sprintf("SELECT rid, %s, %s, %s AS r FROM (SELECT rid, %s, %s FROM (SELECT ?::BIGINT | (%s) AS rid, %s FROM %s))",
		strings.Join(inames, ", "), strings.Join(outs, ", "), plan.rej, strings.Join(inames, ", "), strings.Join(vals, ", "), rd.line, strings.Join(ins, ", "), rd.fromLines)
	plan.staged = staged
	if len(reasons) == 0 {
		reasons = append(reasons, "(0, '', '', '')")
	}
	plan.reasons = strings.Join(reasons, ", ")
	return plan, true, nil
}

// ins2names lists prefix1 … prefixN.
func ins2names(n int, prefix string) []string {
	out := make([]string, n)
	for k := range out {
		out[k] = fmt.Sprintf("%s%d", prefix, k+1)
	}
	return out
}

// stageFile stages file f, number idx of the load (opened already as in,
// or nil): its valid rows into its source's staging table, its rejects
// into stg_reject. It returns the file's record.
func stageFile(ctx context.Context, w *warehouse.Warehouse, p pseudonymizer, idx int, f inputFile, in *sqlInput,
	progress func(string, float64, int64)) (st InputStat, err error) {
	st = InputStat{Source: f.src.name, File: f.rel}
	if progress != nil {
		progress(f.rel, -1, 0)
	}
	if in == nil {
		if in, err = openInput(ctx, w, f, idx, true, progress); err != nil {
			return st, err
		}
	}
	if err := bulkSetup(ctx, w.Conn(), p); err != nil {
		return st, err
	}
	fs := newFileStage(w, f, idx, in.plan, in.lines)
	var loaded, rejected int64
	if f.src.monthOf == "" {
		// A reference source: checked once into stg_checked (its CSV lines
		// numbered first), then its rows, NIPs and rejects from there.
		if in.lines != "" {
			if _, err := fs.exec(ctx, "StageLines", f.path); err != nil {
				return st, err
			}
		}
		loaded, rejected, err = fs.checked(ctx, in.total)
	} else {
		// A fact source (the direct path's fallback): streamed twice at
		// most, never held whole.
		loaded, rejected, err = fs.streamed(ctx, in.total)
	}
	if err != nil {
		return st, err
	}
	h := <-in.sum
	if h.err != nil {
		return st, &warehouse.InputError{File: f.rel, Msg: "berkas tidak dapat dibaca / cannot read file", Err: h.err}
	}
	st.RowsRead, st.SHA256 = loaded+rejected+in.broken, h.sum
	if err := recordFile(ctx, w, idx, st); err != nil {
		return st, err
	}
	if progress != nil {
		progress(f.rel, 1, st.RowsRead)
	}
	return st, nil
}

// fileStage runs the statements that stage one file through its plan:
// args are the reader's arguments (the row ids' base, then the file
// unless the reader reads a table).
type fileStage struct {
	w    *warehouse.Warehouse
	f    inputFile
	vars map[string]string
	args []any
}

// newFileStage stages file number idx through plan; lines is the reader
// StageLines numbers a CSV file's lines with ("" when it is not used).
func newFileStage(w *warehouse.Warehouse, f inputFile, idx int, plan *filePlan, lines string) *fileStage {
	vars := map[string]string{"stg": queries.Ident("stg_" + f.src.name), "staged": plan.staged, "outs": plan.outs,
		"reasons": plan.reasons, "reader": lines, "attr": rowAttr(f.src)}
	return &fileStage{w: w, f: f, vars: vars, args: plan.rd.args(f.path, int64(idx)<<ridBits)}
}

// exec runs statement name of queries/load.sql, returning the rows it
// wrote; a failure is the file's.
func (fs *fileStage) exec(ctx context.Context, name string, args ...any) (int64, error) {
	t := time.Now()
	res, err := fs.w.Conn().ExecContext(ctx, queries.Statement(queries.Load, name, fs.vars), args...)
	if err != nil {
		return 0, readFail(fs.f, err)
	}
	warehouse.Trace(fs.f.rel, name, t)
	return res.RowsAffected()
}

// checked validates the rows the reader holds (all of them) once into
// stg_checked, then stages the valid ones, their NIP map (pegawai) and the
// rejects from there.
func (fs *fileStage) checked(ctx context.Context, all int64) (loaded, rejected int64, err error) {
	if _, err := fs.exec(ctx, "StageChecked", fs.args...); err != nil {
		return 0, 0, err
	}
	if loaded, err = fs.exec(ctx, "StageCheckedRows"); err != nil {
		return 0, 0, err
	}
	if fs.f.src.name == "pegawai" {
		if _, err := fs.exec(ctx, "StageCheckedNIPs"); err != nil {
			return 0, 0, err
		}
	}
	if loaded != all {
		if rejected, err = fs.exec(ctx, "StageCheckedRejects"); err != nil {
			return 0, 0, err
		}
	}
	_, err = fs.exec(ctx, "DropChecked")
	return loaded, rejected, err
}

// streamed stages the valid rows the reader holds (all of them), then, if
// some were not, the rejects: the reader is read twice at most, and its
// rows are never held whole.
func (fs *fileStage) streamed(ctx context.Context, all int64) (loaded, rejected int64, err error) {
	if loaded, err = fs.exec(ctx, "StageSQLRows", fs.args...); err != nil {
		return 0, 0, err
	}
	if loaded != all {
		if rejected, err = fs.exec(ctx, "StageSQLRejects", fs.args...); err != nil {
			return 0, 0, err
		}
	}
	return loaded, rejected, nil
}

// recordFile records a staged file: its index, source, name, hash and rows.
func recordFile(ctx context.Context, w *warehouse.Warehouse, idx int, st InputStat) error {
	if _, err := w.Conn().ExecContext(ctx, "INSERT INTO stg_file VALUES (?, ?, ?, ?, ?)", idx, st.Source, st.File, st.SHA256, st.RowsRead); err != nil {
		return fmt.Errorf("record staged file %s: %w", st.File, err)
	}
	return nil
}

// readFail is DuckDB failing to read file f.
func readFail(f inputFile, err error) error {
	if _, ext, _ := splitExt(f.path); ext == ".parquet" {
		return &warehouse.InputError{File: f.rel, Msg: "berkas Parquet tidak dapat dibaca / cannot read Parquet file", Err: err}
	}
	return &warehouse.InputError{File: f.rel, Msg: "berkas CSV tidak dapat dibaca / cannot read CSV file", Err: err}
}
