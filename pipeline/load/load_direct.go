package load

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// The direct path: a fact source given as one file goes from the file (or
// from stg_raw, for a file a Go reader read) into its warehouse table,
// validated, pseudonymised and checked for references on the way, with no
// staging table in between. A national
// month is ~250 M rows; staging them (in memory, spilling) and copying
// them again cost four times what DuckDB needs to read the files.
//
// The SQL is the validator's (load_sql.go): the same first-problem-wins
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

// parquetColumns lists a Parquet file's columns and DuckDB types; ok is
// false when DuckDB cannot describe it (the Go reader then reports why).
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

// bulkSetup sets the validator's variables and macros (pseudo, clean).
func bulkSetup(ctx context.Context, c *sql.Conn, p pseudonymizer) error {
	for _, s := range []struct{ name, v string }{{"BulkKey", p.key}, {"BulkTrim", trimSet}} {
		if _, err := c.ExecContext(ctx, queries.Statement(queries.Load, s.name, nil), s.v); err != nil {
			return fmt.Errorf("bulk load variables: %w", err)
		}
	}
	if _, err := c.ExecContext(ctx, queries.Statement(queries.Load, "BulkMacros", nil)); err != nil {
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
// when the file must go the staged way instead (ids unique across months
// in a file of several months, or a duplicate key); nothing of it is then
// left in the warehouse. When it declines before writing anything, kept
// is the opened file, for the staged way to go on from.
func loadDirect(ctx context.Context, w *warehouse.Warehouse, p pseudonymizer, idx int, f inputFile, version int64, undo bool,
	progress func(string, float64, int64)) (st InputStat, ok bool, kept *sqlInput, err error) {
	st = InputStat{Source: f.src.name, File: f.rel}
	if progress != nil {
		progress(f.rel, -1, 0)
	}
	defer func() { // a Go reader's rows, read into stg_raw, go with the file
		if kept != nil {
			return
		}
		if _, e := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "DropChecked", nil)); e != nil && err == nil {
			err = fmt.Errorf("drop %s's rows: %w", f.rel, e)
		}
	}()
	in, err := openInput(ctx, w, f, idx, false, progress)
	if err != nil {
		return st, false, nil, err
	}
	if err := bulkSetup(ctx, w.Conn(), p); err != nil {
		return st, false, nil, err
	}
	d := &directLoad{w: w, s: f.src, f: f, idx: idx, in: in, undo: undo, t: time.Now()}
	if err := d.candidates(ctx); err != nil {
		return st, false, nil, readFail(f, err)
	}
	if d.s.uniqueAcrossMonths && len(d.cands) != 1 {
		return st, false, in, nil
	}
	if err := d.prepare(ctx); err != nil {
		return st, false, nil, err
	}
	if err := d.insert(ctx); err != nil {
		return st, false, nil, err
	}
	if dup, err := directDuplicates(ctx, w, d.s, d.all, d.loaded); err != nil || dup {
		if err == nil {
			err = undoDirect(ctx, w, idx, d.all, d.loaded)
		}
		return st, false, nil, err
	}
	d.trace("duplicates")
	if err := d.record(ctx, version); err != nil {
		return st, false, nil, err
	}
	h := <-in.sum
	d.trace("hash-wait")
	if h.err != nil {
		return st, false, nil, &warehouse.InputError{File: f.rel, Msg: "berkas tidak dapat dibaca / cannot read file", Err: h.err}
	}
	st.RowsRead, st.SHA256 = in.total+in.broken, h.sum
	if err := recordFile(ctx, w, idx, st); err != nil {
		return st, false, nil, err
	}
	if progress != nil {
		progress(f.rel, 1, st.RowsRead)
	}
	directFiles++
	return st, true, nil, nil
}

// directLoad is one file loaded the direct way, pass by pass.
type directLoad struct {
	w     *warehouse.Warehouse
	s     *source
	f     inputFile
	idx   int
	in    *sqlInput
	undo  bool
	t     time.Time // the current pass's start, for the trace
	cands []time.Time
	// mapped: the NIP map holds rows (a reference source loaded them);
	// near: references to a fact source are looked up in the file's
	// months first (nearRefs); stale: a rerun, the months are replaced.
	mapped, near, stale bool
	all                 map[string]string
	loaded              []time.Time
}

func (d *directLoad) trace(step string) { d.t = warehouse.Trace(d.f.rel, step, d.t) }

// candidates are the months the file may load, from its month column
// alone.
func (d *directLoad) candidates(ctx context.Context) error {
	d.cands = d.in.months
	if !d.in.scanned {
		s, pl := d.s, d.in.plan
		mk := columnAt(s, s.monthOf)
		mv := fmt.Sprintf("SELECT v%d AS v FROM (SELECT %s FROM (SELECT %s FROM %s))", mk+1, pl.vals[mk], pl.ins[mk], pl.rd.from)
		var err error
		if d.cands, err = monthList(ctx, d.w.Conn(), queries.Statement(queries.Load, "DirectCandidateMonths", map[string]string{"month_values": mv}), d.f.path); err != nil {
			return err
		}
	}
	d.trace("candidate-months")
	return nil
}

// prepare replaces the months a rerun loads again and points the
// references to a fact source at the file's months.
func (d *directLoad) prepare(ctx context.Context) error {
	w, s := d.w, d.s
	var mapN int64
	if nipColumn(s) >= 0 {
		if err := w.Conn().QueryRowContext(ctx, "SELECT count(*) FROM stg_nipmap").Scan(&mapN); err != nil {
			return fmt.Errorf("NIP map: %w", err)
		}
	}
	d.mapped = mapN > 0
	d.all = directVars(s, d.in.plan.query(s, modeAll, d.mapped))
	for _, m := range d.cands {
		var n int64
		if err := w.Conn().QueryRowContext(ctx, queries.Statement(queries.Load, "RowsInMonth", d.all), m, m.AddDate(0, 1, 0)).Scan(&n); err != nil {
			return fmt.Errorf("months of %s: %w", s.name, err)
		}
		d.stale = d.stale || n > 0
	}
	d.trace("rows-in-months")
	if d.stale {
		var err error
		if d.loaded, err = monthList(ctx, w.Conn(), queries.Statement(queries.Load, "DirectMonths", d.all), int64(d.idx)<<ridBits, d.f.path); err != nil {
			return readFail(d.f, err)
		}
		for _, m := range d.loaded {
			if d.undo {
				if err := undoMonth(ctx, w.Conn(), s, m, true); err != nil {
					return err
				}
			}
			if _, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "DeleteMonth", d.all), m, m.AddDate(0, 1, 0)); err != nil {
				return fmt.Errorf("replace %s %s: %w", s.name, m.Format("2006-01"), err)
			}
		}
		d.trace("replace-months")
	}
	// A reference to a fact source (a rencana aksi) is looked up first
	// among the rows of the file's own months, read by month from the
	// zone maps, instead of every month ever loaded; rows it misses get a
	// last pass against all of them (nearRefs).
	d.near = nearRefs(s)
	if d.near && len(d.cands) > 0 {
		if err := warehouse.SetVar(ctx, w.Conn(), "ref_from", d.cands[0]); err != nil {
			return err
		}
		if err := warehouse.SetVar(ctx, w.Conn(), "ref_to", d.cands[len(d.cands)-1].AddDate(0, 1, -1)); err != nil {
			return err
		}
	}
	return nil
}

// insert runs the passes (rows in the NIP map, the rest, the far
// references), then writes the rejects, and reads the months loaded.
func (d *directLoad) insert(ctx context.Context) error {
	w, s, total := d.w, d.s, d.in.total
	var inserted int64
	pass := func(mode directMode) error {
		res, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "DirectInsert", directVars(s, d.in.plan.query(s, mode, d.mapped))), d.f.path)
		if err != nil {
			return readFail(d.f, err)
		}
		n, _ := res.RowsAffected()
		inserted += n
		return nil
	}
	if d.mapped {
		if err := pass(modeMapped); err != nil {
			return err
		}
	}
	d.trace("insert-mapped")
	if inserted < total {
		if err := pass(modeRest); err != nil {
			return err
		}
	}
	d.trace("insert-rest")
	if d.near && inserted < total {
		if err := pass(modeFar); err != nil {
			return err
		}
		d.trace("insert-far")
	}
	var rejected int64
	if inserted < total {
		res, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "DirectRejects", d.all), int64(d.idx)<<ridBits, d.f.path)
		if err != nil {
			return readFail(d.f, err)
		}
		rejected, _ = res.RowsAffected()
	}
	d.trace("rejects")
	if inserted+rejected != total {
		return fmt.Errorf("load %s: %d rows in the file, %d loaded and %d rejected", d.f.rel, total, inserted, rejected)
	}
	if !d.stale && len(d.cands) > 0 && inserted > 0 {
		last := d.cands[len(d.cands)-1].AddDate(0, 1, 0)
		var err error
		if d.loaded, err = monthList(ctx, w.Conn(), queries.Statement(queries.Load, "LoadedMonths", d.all), d.cands[0], last); err != nil {
			return fmt.Errorf("months of %s: %w", s.name, err)
		}
	}
	d.trace("loaded-months")
	return nil
}

// record notes the months the file loaded (and, for run, in the undo
// record).
func (d *directLoad) record(ctx context.Context, version int64) error {
	for _, m := range d.loaded {
		if _, err := d.w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "RecordMonth", nil), d.s.name, m, version); err != nil {
			return fmt.Errorf("record months of %s: %w", d.s.name, err)
		}
		if d.undo {
			if err := undoMonth(ctx, d.w.Conn(), d.s, m, false); err != nil {
				return err
			}
		}
	}
	return nil
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
