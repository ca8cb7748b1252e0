package load

import (
	"fwaeval/pipeline/warehouse"

	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"fwaeval/queries"
)

// The direct path: a fact source given as one typed Parquet file goes from
// the file into its warehouse table, validated, pseudonymised and checked
// for references on the way, with no staging table in between. A national
// month is ~250 M rows; staging them (in memory, spilling) and copying
// them again cost four times what DuckDB needs to read the files.
//
// The SQL is the bulk path's (load_sql.go): the same first-problem-wins
// checks, codes and messages. What differs:
//   - NIPs: the employees of this load's pegawai file come with a NIP map
//     (stg_nipmap: NIP → pseudonym), so a row's pseudonym, and that its
//     employee exists, is one join. Rows whose NIP is not in the map (an
//     employee loaded earlier) are hashed in a second pass.
//   - Months: when the warehouse holds rows of a month the file may load
//     (a rerun), the months the file's valid rows load are replaced first.
//   - Rejects: a third pass, run only when rows are missing, writes the
//     rejected rows' lines and reasons.
//   - Duplicate keys are looked for in the loaded rows afterwards. Should
//     there be any, the rows are taken out again and the file goes the
//     staged way, which picks the first row of each key in file order.
// TestDirectMatchesStaged loads the same files both ways.

// directMode selects the rows a checked query reads.
type directMode int

const (
	// modeMapped: rows whose NIP is in the NIP map (inner join).
	modeMapped directMode = iota
	// modeRest: rows whose NIP is not in the map (hashed, then checked).
	modeRest
	// modeAll: every row, with its row id (for the rejects).
	modeAll
	// modeFar: every row, for rows whose reference to a fact source is
	// found only outside the file's months (see nearRefs).
	modeFar
)

// directQuery is the query of one pass: each row's values o1, o2, …, r
// (its first problem) and f1, f2, … (each reference exists).
type directQuery struct {
	checked, refsOK, refReason, reasons string
}

// nipColumn is the index of s's NIP column that refers to pegawai, or -1.
func nipColumn(s *source) int {
	for _, r := range s.refs {
		if r.target != "pegawai" {
			continue
		}
		for k, c := range s.columns {
			if c.name == r.column && c.kind == kNIP {
				return k
			}
		}
	}
	return -1
}

// factTarget returns the fact source a reference points to (nil: a
// reference source): its rows are first looked up in the months of the
// file (see loadDirect).
func factTarget(r reference) *source {
	if t := sourceByName(r.target); t != nil && t.monthOf != "" {
		return t
	}
	return nil
}

// nearRefs reports whether s refers to a fact source.
func nearRefs(s *source) bool {
	for _, r := range s.refs {
		if factTarget(r) != nil {
			return true
		}
	}
	return false
}

func columnAt(s *source, name string) int {
	for k, c := range s.columns {
		if c.name == name {
			return k
		}
	}
	return -1
}

// query builds the pass's query from the plan.
func (pl *filePlan) query(s *source, mode directMode, mapped bool) directQuery {
	nipK := -1
	if mapped {
		nipK = nipColumn(s)
	}
	rid, from := "", pl.rd.from
	if mode == modeAll {
		rid, from = "?::BIGINT | ("+pl.rd.line+") AS rid, ", pl.rd.fromLines
	}
	l1 := fmt.Sprintf("SELECT %s%s FROM %s", rid, strings.Join(pl.ins, ", "), from)
	vals := append([]string(nil), pl.vals...)
	join, where, isMapped := "", "", "false"
	if nipK >= 0 {
		i, v := fmt.Sprintf("i%d", nipK+1), fmt.Sprintf("v%d", nipK+1)
		switch mode {
		case modeMapped:
			join = " JOIN stg_nipmap mp ON mp.raw = x." + i
			vals[nipK] = "mp.p AS " + v
			isMapped = "true"
		default:
			join = " LEFT JOIN stg_nipmap mp ON mp.raw = x." + i
			vals[nipK] = fmt.Sprintf("CASE WHEN mp.p IS NOT NULL THEN mp.p ELSE pseudo(x.%s) END AS %s", i, v)
			isMapped = "mp.p IS NOT NULL"
			if mode == modeRest {
				where = " WHERE mp.p IS NULL"
			}
		}
	}
	inames := ins2names(len(s.columns), "x.i")
	rid2, rid3 := "", ""
	if mode == modeAll {
		rid2, rid3 = "x.rid, ", "rid, "
	}
	l2 := fmt.Sprintf("SELECT %s%s, %s, %s AS mapped FROM (%s) x%s%s",
		rid2, strings.Join(inames, ", "), strings.Join(vals, ", "), isMapped, l1, join, where)
	var refs, oks, reasons, nears []string
	reasons = append(reasons, pl.reasonsL...)
	var why strings.Builder
	why.WriteString("CASE")
	for j, r := range s.refs {
		k := columnAt(s, r.column)
		f := fmt.Sprintf("f%d", j+1)
		var cond string
		switch {
		case k == nipK && mode == modeMapped:
			cond = "true"
		case k == nipColumn(s):
			cond = fmt.Sprintf("(mapped OR v%d IN (SELECT nip FROM pegawai))", k+1)
		default:
			cond = fmt.Sprintf("i%d IN (SELECT %s FROM %s)", k+1, queries.Ident(r.column), queries.Ident(r.target))
			if t := factTarget(r); t != nil {
				near := fmt.Sprintf("i%d IN (SELECT %s FROM %s WHERE %s BETWEEN getvariable('ref_from') AND getvariable('ref_to'))",
					k+1, queries.Ident(r.column), queries.Ident(r.target), queries.Ident(t.monthOf))
				nears = append(nears, near)
				if mode == modeMapped || mode == modeRest {
					cond = near
				}
			}
		}
		refs = append(refs, cond+" AS "+f)
		oks = append(oks, f)
		n := pl.nReasons + j + 1
		reasons = append(reasons, fmt.Sprintf("(%d, %s, %s, %s)", n, queries.Literal(r.column), queries.Literal(codeUnknown), queries.Literal(msgReference(r))))
		fmt.Fprintf(&why, " WHEN %s IS NOT TRUE THEN %d", f, n)
	}
	why.WriteString(" END")
	q := directQuery{refsOK: "true", refReason: "NULL::INT", reasons: "(0, '', '', '')"}
	if len(oks) > 0 {
		q.refsOK, q.refReason = strings.Join(oks, " AND "), why.String()
	}
	if mode == modeFar {
		// Found, but not all near: what the first passes left.
		q.refsOK = "false"
		if len(nears) > 0 {
			refs = append(refs, "("+strings.Join(nears, " AND ")+") AS near_ok")
			q.refsOK += " OR " + strings.Join(oks, " AND ") + " AND near_ok IS NOT TRUE"
		}
	}
	if len(reasons) > 0 {
		q.reasons = strings.Join(reasons, ", ")
	}
	rej := pl.rej
	if nipK >= 0 && mode == modeMapped {
		// The map holds valid NIPs only: their check is moot.
		rej = strings.Replace(rej, nipCheck(fmt.Sprintf("i%d", nipK+1)), "false", 1)
	}
	sel := append(append([]string(nil), pl.outExprs...), rej+" AS r")
	sel = append(sel, refs...)
	q.checked = fmt.Sprintf("SELECT %s%s FROM (%s)", rid3, strings.Join(sel, ", "), l2)
	return q
}

// directVars are the statement variables of a pass.
func directVars(s *source, q directQuery) map[string]string {
	v := names(s)
	cols := make([]string, len(s.columns))
	for i, c := range s.columns {
		cols[i] = queries.Ident(c.name)
	}
	v["cols"] = strings.Join(cols, ", ")
	v["outs"] = strings.Join(ins2names(len(s.columns), "o"), ", ")
	v["checked"], v["refs_ok"], v["ref_reason"], v["reasons"] = q.checked, q.refsOK, q.refReason, q.reasons
	v["month"] = queries.Ident(s.monthOf)
	v["omonth"] = fmt.Sprintf("o%d", columnAt(s, s.monthOf)+1)
	return v
}

// parquetColumns lists a Parquet file's columns and DuckDB types; ok is
// false when DuckDB cannot describe it (the Go path then reports why).
func parquetColumns(ctx context.Context, w *warehouse.Warehouse, path string) (names, types []string, ok bool) {
	rows, err := w.Conn().QueryContext(ctx, queries.Statement(queries.Load, "ParquetColumns", nil), path)
	if err != nil {
		return nil, nil, false
	}
	defer rows.Close()
	for rows.Next() {
		var n, t string
		if err := rows.Scan(&n, &t); err != nil {
			return nil, nil, false
		}
		names, types = append(names, n), append(types, t)
	}
	return names, types, rows.Err() == nil
}

// bulkSetup sets the bulk path's variables and macros (pseudo, clean).
func bulkSetup(ctx context.Context, w *warehouse.Warehouse, p pseudonymizer) error {
	for _, s := range []struct{ name, v string }{{"BulkKey", p.key}, {"BulkTrim", trimSet}} {
		if _, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, s.name, nil), s.v); err != nil {
			return fmt.Errorf("bulk load variables: %w", err)
		}
	}
	if _, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "BulkMacros", nil)); err != nil {
		return fmt.Errorf("bulk load macros: %w", err)
	}
	return nil
}

// hashFile hashes a file in the background; the channel gets its hex
// SHA-256 or an error.
func hashFile(path string) <-chan hashResult {
	ch := make(chan hashResult, 1)
	go func() {
		h := sha256.New()
		file, err := os.Open(path)
		if err == nil {
			_, err = io.Copy(h, file)
			file.Close()
		}
		ch <- hashResult{hex.EncodeToString(h.Sum(nil)), err}
	}()
	return ch
}

type hashResult struct {
	sum string
	err error
}

// directFiles counts the files loaded by the direct path (tests check
// which path ran).
var directFiles int

// loadDirect loads file f of fact source f.src the direct way. ok is false
// when the file must go the staged way instead (not typed Parquet, ids
// unique across months in a file of several months, or a duplicate key);
// nothing of it is then left in the warehouse.
func loadDirect(ctx context.Context, w *warehouse.Warehouse, p pseudonymizer, idx int, f inputFile, version int64, undo bool,
	progress func(string, float64, int64)) (st InputStat, ok bool, err error) {
	st = InputStat{Source: f.src.name, File: f.rel}
	s := f.src
	in, ok, err := openSQLInput(ctx, w, f, false)
	if !ok || err != nil {
		return st, false, err
	}
	pl, total := in.plan, in.total
	if err := bulkSetup(ctx, w, p); err != nil {
		return st, false, err
	}
	if progress != nil {
		progress(f.rel, -1, 0)
	}
	fail := func(err error) (InputStat, bool, error) { return st, false, readFail(f, err) }
	// The months the file may load, from its month column alone.
	t := time.Now()
	cands := in.months
	if !in.scanned {
		mk := columnAt(s, s.monthOf)
		mv := fmt.Sprintf("SELECT v%d AS v FROM (SELECT %s FROM (SELECT %s FROM %s))", mk+1, pl.vals[mk], pl.ins[mk], pl.rd.from)
		if cands, err = monthList(ctx, w.Conn(), queries.Statement(queries.Load, "DirectCandidateMonths", map[string]string{"month_values": mv}), f.path); err != nil {
			return fail(err)
		}
	}
	t = warehouse.Trace(f.rel, "candidate-months", t)
	if s.uniqueAcrossMonths && len(cands) != 1 {
		return st, false, nil
	}
	var mapN int64
	if nipColumn(s) >= 0 {
		if err := w.Conn().QueryRowContext(ctx, "SELECT count(*) FROM stg_nipmap").Scan(&mapN); err != nil {
			return st, false, fmt.Errorf("NIP map: %w", err)
		}
	}
	mapped := mapN > 0
	all := directVars(s, pl.query(s, modeAll, mapped))
	// A rerun: the months the valid rows load are replaced first.
	var loaded []time.Time
	stale := false
	for _, m := range cands {
		var n int64
		if err := w.Conn().QueryRowContext(ctx, queries.Statement(queries.Load, "RowsInMonth", all), m, m.AddDate(0, 1, 0)).Scan(&n); err != nil {
			return st, false, fmt.Errorf("months of %s: %w", s.name, err)
		}
		stale = stale || n > 0
	}
	t = warehouse.Trace(f.rel, "rows-in-months", t)
	if stale {
		if loaded, err = monthList(ctx, w.Conn(), queries.Statement(queries.Load, "DirectMonths", all), int64(idx)<<ridBits, f.path); err != nil {
			return fail(err)
		}
		for _, m := range loaded {
			if undo {
				if err := undoMonth(ctx, w.Conn(), s, m, true); err != nil {
					return st, false, err
				}
			}
			if _, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "DeleteMonth", all), m, m.AddDate(0, 1, 0)); err != nil {
				return st, false, fmt.Errorf("replace %s %s: %w", s.name, m.Format("2006-01"), err)
			}
		}
		t = warehouse.Trace(f.rel, "replace-months", t)
	}
	// A reference to a fact source (a rencana aksi) is looked up first
	// among the rows of the file's own months, read by month from the
	// zone maps, instead of every month ever loaded; rows it misses get a
	// last pass against all of them (nearRefs).
	near := nearRefs(s)
	if near && len(cands) > 0 {
		if err := warehouse.SetVar(ctx, w.Conn(), "ref_from", cands[0]); err != nil {
			return st, false, err
		}
		if err := warehouse.SetVar(ctx, w.Conn(), "ref_to", cands[len(cands)-1].AddDate(0, 1, -1)); err != nil {
			return st, false, err
		}
	}
	var inserted int64
	insert := func(mode directMode) error {
		res, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "DirectInsert", directVars(s, pl.query(s, mode, mapped))), f.path)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		inserted += n
		return nil
	}
	if mapped {
		if err := insert(modeMapped); err != nil {
			return fail(err)
		}
	}
	t = warehouse.Trace(f.rel, "insert-mapped", t)
	if inserted < total {
		if err := insert(modeRest); err != nil {
			return fail(err)
		}
	}
	t = warehouse.Trace(f.rel, "insert-rest", t)
	if near && inserted < total {
		if err := insert(modeFar); err != nil {
			return fail(err)
		}
		t = warehouse.Trace(f.rel, "insert-far", t)
	}
	var rejected int64
	if inserted < total {
		res, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "DirectRejects", all), int64(idx)<<ridBits, f.path)
		if err != nil {
			return fail(err)
		}
		rejected, _ = res.RowsAffected()
	}
	t = warehouse.Trace(f.rel, "rejects", t)
	if inserted+rejected != total {
		return st, false, fmt.Errorf("load %s: %d rows in the file, %d loaded and %d rejected", f.rel, total, inserted, rejected)
	}
	if !stale && len(cands) > 0 && inserted > 0 {
		last := cands[len(cands)-1].AddDate(0, 1, 0)
		if loaded, err = monthList(ctx, w.Conn(), queries.Statement(queries.Load, "LoadedMonths", all), cands[0], last); err != nil {
			return st, false, fmt.Errorf("months of %s: %w", s.name, err)
		}
	}
	t = warehouse.Trace(f.rel, "loaded-months", t)
	if dup, err := directDuplicates(ctx, w, s, all, loaded); err != nil || dup {
		if err == nil {
			err = undoDirect(ctx, w, idx, all, loaded)
		}
		return st, false, err
	}
	t = warehouse.Trace(f.rel, "duplicates", t)
	for _, m := range loaded {
		if _, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "RecordMonth", nil), s.name, m, version); err != nil {
			return st, false, fmt.Errorf("record months of %s: %w", s.name, err)
		}
		if undo {
			if err := undoMonth(ctx, w.Conn(), s, m, false); err != nil {
				return st, false, err
			}
		}
	}
	h := <-in.sum
	warehouse.Trace(f.rel, "hash-wait", t)
	if h.err != nil {
		return st, false, &warehouse.InputError{File: f.rel, Msg: "berkas tidak dapat dibaca / cannot read file", Err: h.err}
	}
	st.RowsRead, st.SHA256 = total, h.sum
	if _, err := w.Conn().ExecContext(ctx, "INSERT INTO stg_file VALUES (?, ?, ?, ?, ?)", idx, st.Source, st.File, st.SHA256, st.RowsRead); err != nil {
		return st, false, fmt.Errorf("record file %s: %w", f.rel, err)
	}
	if progress != nil {
		progress(f.rel, 1, total)
	}
	directFiles++
	return st, true, nil
}

// directDuplicates reports whether the loaded rows use a key twice.
func directDuplicates(ctx context.Context, w *warehouse.Warehouse, s *source, vars map[string]string, loaded []time.Time) (bool, error) {
	if len(s.key) == 0 || len(loaded) == 0 {
		return false, nil
	}
	keys := make([]string, len(s.key))
	for i, k := range s.key {
		keys[i] = queries.Ident(k)
	}
	v := map[string]string{}
	for k, x := range vars {
		v[k] = x
	}
	var n int64
	if s.key[len(s.key)-1] == s.monthOf && len(s.key) > 1 {
		// (…, date): per month, the rows of each remaining key against
		// its distinct days.
		v["keys"] = strings.Join(keys[:len(keys)-1], ", ")
		for _, m := range loaded {
			if err := w.Conn().QueryRowContext(ctx, queries.Statement(queries.Load, "DirectDupDays", v), m, m.AddDate(0, 1, 0)).Scan(&n); err != nil {
				return false, fmt.Errorf("duplicates in %s: %w", s.name, err)
			}
			if n > 0 {
				return true, nil
			}
		}
		return false, nil
	}
	v["keys"] = strings.Join(keys, ", ")
	from, to := loaded[0], loaded[len(loaded)-1].AddDate(0, 1, 0)
	if err := w.Conn().QueryRowContext(ctx, queries.Statement(queries.Load, "DirectDupKeys", v), from, to).Scan(&n); err != nil {
		return false, fmt.Errorf("duplicates in %s: %w", s.name, err)
	}
	return n > 0, nil
}

// undoDirect takes a file's loaded months and rejects out again.
func undoDirect(ctx context.Context, w *warehouse.Warehouse, idx int, vars map[string]string, loaded []time.Time) error {
	for _, m := range loaded {
		if _, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "DeleteMonth", vars), m, m.AddDate(0, 1, 0)); err != nil {
			return fmt.Errorf("undo direct load: %w", err)
		}
	}
	if _, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "DirectUndoRejects", nil), idx); err != nil {
		return fmt.Errorf("undo direct load: %w", err)
	}
	return nil
}
