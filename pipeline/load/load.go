package load

import (
	"fwaeval/pipeline/warehouse"

	"context"
	"crypto/sha256"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"strings"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"fwaeval/queries"
	"fwaeval/reports/model"
)

// LoadOptions configure one load.
type LoadOptions struct {
	// Dir is the data directory.
	Dir string
	// MaxRejectRate is the highest share of rejected rows a file may have
	// (0.05 = 5 %) before the whole load is refused.
	MaxRejectRate float64
	// Log receives one line per step; nil discards them.
	Log func(msg string)
	// Undo keeps what the load replaces (schema/0005_undo.sql), so that
	// `run` can commit the load and still take it back out (Undo) should a
	// later stage fail.
	Undo bool
	// Progress, if set, hears about each file as it is read: the share
	// read so far (0–1, or -1 when unknown) and the rows so far. It is
	// called at the start and end of each file and every 65 536 rows.
	Progress func(file string, fraction float64, rows int64)
	// Complete refuses a folder that lacks a required source or holds a
	// file named like a misspelt one (run, check); without it they are
	// warnings (load).
	Complete bool
	// Month, when set (run), is the month the load is for: a folder whose
	// rencana_aksi holds no row of it is refused before anything is read
	// (when its months can be told cheaply), as is a load that writes no
	// row of it for presensi, rencana_aksi or kinerja_harian; aduan or
	// belanja without one is a warning.
	Month time.Time
}

// InputStat is one input file's record, as in manifest.json.
type InputStat struct {
	Source       string `json:"source"`
	File         string `json:"file"`
	SHA256       string `json:"sha256"`
	RowsRead     int64  `json:"rows_read"`
	RowsLoaded   int64  `json:"rows_loaded"`
	RowsRejected int64  `json:"rows_rejected"`
}

// Reject is one rejected row: where and why, never its content.
type Reject struct {
	Source  string `json:"source"`
	File    string `json:"file"`
	Line    int64  `json:"line"`
	Column  string `json:"column"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// LoadResult says what a load read and kept.
type LoadResult struct {
	Inputs []InputStat `json:"inputs"`
	// Rejects holds the first MaxListedRejects rejects in file order.
	Rejects      []Reject `json:"rejects"`
	RejectsTotal int64    `json:"rejects_total"`
	// Warnings are what the planner must hear but does not stop the load:
	// a file no source reads, a source missing (without Complete), a
	// month without complaints or spending.
	Warnings []string `json:"warnings,omitempty"`
}

// MaxListedRejects bounds LoadResult.Rejects (SPEC §6).
const MaxListedRejects = 1000

// msgMerged is the load's last progress line (check, which merges only to
// roll back, leaves it out).
const msgMerged = "data digabung ke gudang / load merged into the warehouse"

// ridBits is how many low bits of a row id hold the line number.
const ridBits = 40

// Load validates every source found in opt.Dir and merges it into the
// warehouse in one transaction: all sources or nothing. Input problems
// come back as *InputError with the warehouse unchanged. Inside a Batch
// it joins the batch's transaction.
func Load(ctx context.Context, w *warehouse.Warehouse, opt LoadOptions) (*LoadResult, error) {
	w.Changed() // the months Compute did may change (see Compute)
	if w.InBatch() {
		return load(ctx, w, opt)
	}
	var res *LoadResult
	err := w.Batch(ctx, func() (err error) {
		res, err = load(ctx, w, opt)
		return err
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// load reads, checks and merges the sources one after another, in SPEC
// order: a source's references point to sources already merged, so its
// rows are checked against the warehouse tables themselves. Each source is
// refused (reject rate) before the next one is read. A load that stops
// partway returns, with its error, the records of the sources it merged.
func load(ctx context.Context, w *warehouse.Warehouse, opt LoadOptions) (*LoadResult, error) {
	log := opt.Log
	if log == nil {
		log = func(string) {}
	}
	files, notes, err := discover(opt.Dir)
	if err != nil {
		return nil, err
	}
	var warnings, refusals []error
	for _, n := range notes {
		if opt.Complete && n.refuses() {
			refusals = append(refusals, n.err())
		} else {
			warnings = append(warnings, n.err())
		}
	}
	if len(refusals) > 0 {
		return nil, errors.Join(refusals...)
	}
	if !opt.Month.IsZero() {
		if err := monthInFolder(ctx, w, files, opt.Month); err != nil {
			return nil, err
		}
	}
	p, err := readPseudonymizer(ctx, w)
	if err != nil {
		return nil, err
	}
	if err := stage(ctx, w.Conn()); err != nil {
		return nil, err
	}
	if opt.Undo {
		if _, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "UndoBegin", nil)); err != nil {
			return nil, fmt.Errorf("undo record: %w", err)
		}
	}
	var version int64
	if err := w.Conn().QueryRowContext(ctx, queries.Statement(queries.Load, "NextLoadVersion", nil)).Scan(&version); err != nil {
		return nil, fmt.Errorf("next load version: %w", err)
	}
	stats := make([]InputStat, len(files))
	// done counts the files of the sources merged so far: a load that
	// stops returns their records with its error (check reports them).
	done := 0
	partial := func(err error) (*LoadResult, error) { return &LoadResult{Inputs: stats[:done]}, err }
	for _, s := range sources {
		var idxs []int
		for i, f := range files {
			if f.src == s {
				idxs = append(idxs, i)
			}
		}
		if len(idxs) == 0 {
			continue
		}
		direct := false
		if len(idxs) == 1 && s.monthOf != "" {
			i, f := idxs[0], files[idxs[0]]
			start := time.Now()
			if stats[i], direct, err = loadDirect(ctx, w, p, i, f, version, opt.Undo, opt.Progress); err != nil {
				return partial(err)
			}
			if direct {
				log(fmt.Sprintf("muat %s: %d baris (%.1f s)", f.rel, stats[i].RowsRead, time.Since(start).Seconds()))
			}
		}
		if !direct {
			for _, i := range idxs {
				f := files[i]
				start := time.Now()
				if stats[i], err = stageFile(ctx, w, p, i, f, opt.Progress); err != nil {
					return partial(err)
				}
				log(fmt.Sprintf("baca %s: %d baris (%.1f s)", f.rel, stats[i].RowsRead, time.Since(start).Seconds()))
			}
			t := time.Now()
			if err := checkStaged(ctx, w.Conn(), s); err != nil {
				return partial(err)
			}
			warehouse.Trace(s.name, "check", t)
		}
		t := time.Now()
		if err := countRejects(ctx, w.Conn(), stats, opt.MaxRejectRate); err != nil {
			return partial(err)
		}
		if err := merge(ctx, w.Conn(), s, version, opt.Undo); err != nil {
			return partial(fmt.Errorf("merge load into warehouse: %w", err))
		}
		warehouse.Trace(s.name, "count-merge", t)
		done = idxs[len(idxs)-1] + 1
		if !opt.Month.IsZero() && s.monthOf != "" {
			var rels []string
			for _, i := range idxs {
				rels = append(rels, files[i].rel)
			}
			warning, err := monthLoaded(ctx, w, s, rels, opt.Month)
			if err != nil {
				return partial(err)
			}
			if warning != "" {
				warnings = append(warnings, errors.New(warning))
			}
		}
	}
	names := []string{"DropNIPMap", "ForgetFiles", "ForgetRejects", "RecordFiles", "RecordRejects"}
	if opt.Undo {
		names = append([]string{"UndoRejects"}, names...)
	}
	for _, name := range names {
		if _, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, name, nil)); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	res := &LoadResult{Inputs: stats}
	for _, e := range warnings {
		res.Warnings = append(res.Warnings, e.Error())
	}
	log(msgMerged)
	for _, s := range stats {
		res.RejectsTotal += s.RowsRejected
	}
	if res.Rejects, err = firstRejects(ctx, w.Conn(), MaxListedRejects); err != nil {
		return nil, err
	}
	return res, nil
}

// stage creates the empty TEMP staging tables of this session.
func stage(ctx context.Context, c *sql.Conn) error {
	stmts := []string{
		queries.Statement(queries.Load, "StageRejects", nil),
		queries.Statement(queries.Load, "StageFiles", nil),
		queries.Statement(queries.Load, "StageNIPs", nil),
	}
	for _, s := range sources {
		stmts = append(stmts, queries.Statement(queries.Load, "StageTable", names(s)))
	}
	for _, q := range stmts {
		if _, err := c.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("create staging tables: %w", err)
		}
	}
	return nil
}

// parquetSQL sends typed Parquet files down the bulk SQL path
// (load_sql.go); tests switch it off to compare with the Go path.
var parquetSQL = true

// names are the identifiers a source's statements use.
func names(s *source) map[string]string {
	return map[string]string{"stg": queries.Ident("stg_" + s.name), "table": queries.Ident(s.name)}
}

// stageFile parses one file into its staging table; rejects go to
// stg_reject. It returns the file's hash and rows read.
func stageFile(ctx context.Context, w *warehouse.Warehouse, p pseudonymizer, idx int, f inputFile,
	progress func(string, float64, int64)) (st InputStat, err error) {
	st = InputStat{Source: f.src.name, File: f.rel}
	if parquetSQL {
		if progress != nil {
			progress(f.rel, -1, 0)
		}
		sst, ok, err := stageSQL(ctx, w, p, idx, f)
		if err != nil || ok {
			if ok && progress != nil {
				progress(f.rel, 1, sst.RowsRead)
			}
			return sst, err
		}
	}
	// The readers sit on third-party decoders (zip, XML, Parquet): should
	// one of them panic on a hostile file, the file is refused, not the run.
	defer func() {
		if r := recover(); r != nil {
			err = &warehouse.InputError{File: f.rel, Msg: "berkas tidak dapat dibaca / cannot read file", Err: fmt.Errorf("decoder failure: %v", r)}
		}
	}()
	h := sha256.New()
	t, err := openTable(ctx, w, f, h)
	if err != nil {
		return st, err
	}
	closed := false
	closeTable := func() {
		if !closed {
			closed = true
			t.close()
		}
	}
	defer closeTable()
	at, err := columnIndex(f, t.header())
	if err != nil {
		return st, err
	}
	v := newValidator(f.src, t.dialect(), p, at)
	tick := func(n int64) {
		if progress != nil {
			progress(f.rel, t.fraction(), n)
		}
	}
	tick(0)
	err = w.Conn().Raw(func(dc any) error {
		rows, err := duckdb.NewAppender(dc.(driver.Conn), "temp", "main", "stg_"+f.src.name)
		if err != nil {
			return fmt.Errorf("open appender for %s: %w", f.src.name, err)
		}
		rejs, err := duckdb.NewAppender(dc.(driver.Conn), "temp", "main", "stg_reject")
		if err != nil {
			rows.Close()
			return fmt.Errorf("open reject appender: %w", err)
		}
		var nips *duckdb.Appender
		if f.src.name == "pegawai" {
			if nips, err = duckdb.NewAppender(dc.(driver.Conn), "temp", "main", "stg_nip"); err != nil {
				rows.Close()
				rejs.Close()
				return fmt.Errorf("open NIP appender: %w", err)
			}
		}
		n, err := appendRows(ctx, t, v, int64(idx)<<ridBits, rows, rejs, nips, tick)
		st.RowsRead = n
		err = errors.Join(err, rows.Close(), rejs.Close())
		if nips != nil {
			err = errors.Join(err, nips.Close())
		}
		return err
	})
	if err != nil {
		return st, err
	}
	closeTable() // hashes the rest of the file
	if progress != nil {
		progress(f.rel, 1, st.RowsRead)
	}
	st.SHA256 = hex.EncodeToString(h.Sum(nil))
	_, err = w.Conn().ExecContext(ctx, "INSERT INTO stg_file VALUES (?, ?, ?, ?, ?)", idx, st.Source, st.File, st.SHA256, st.RowsRead)
	if err != nil {
		return st, fmt.Errorf("record staged file %s: %w", f.rel, err)
	}
	return st, nil
}

func openTable(ctx context.Context, w *warehouse.Warehouse, f inputFile, h hash.Hash) (table, error) {
	_, ext, _ := splitExt(f.path)
	switch ext {
	case ".xlsx":
		return openXLSX(f.path, f.rel, h)
	case ".parquet":
		// A second connection: the first is busy appending.
		c, err := w.NewConn(ctx)
		if err != nil {
			return nil, fmt.Errorf("open reader connection: %w", err)
		}
		t, err := openParquet(ctx, c, f.path, f.rel, h)
		if err != nil {
			c.Close()
			return nil, err
		}
		return &closingTable{t, c}, nil
	}
	return openCSV(f.path, f.rel, h)
}

// closingTable closes a table's own connection with it.
type closingTable struct {
	table
	c *sql.Conn
}

func (t *closingTable) close() error {
	if t.c == nil {
		return nil
	}
	err := errors.Join(t.table.close(), t.c.Close())
	t.c = nil
	return err
}

// columnIndex maps each contract column to its header position; the first
// of repeated headers wins. A missing required column is an input error.
func columnIndex(f inputFile, hdr []string) ([]int, error) {
	pos := map[string]int{}
	for i, h := range hdr {
		if _, ok := pos[h]; !ok {
			pos[h] = i
		}
	}
	at := make([]int, len(f.src.columns))
	for i, c := range f.src.columns {
		j, ok := pos[c.name]
		if !ok {
			j = -1
			if c.required || c.onlyIf != "" {
				return nil, &warehouse.InputError{File: f.rel, Line: 1, Column: c.name,
					Msg: fmt.Sprintf("kolom wajib %s tidak ada di baris judul / required column %s is missing from the header", c.name, c.name)}
			}
		}
		at[i] = j
	}
	return at, nil
}

// appendRows reads every row of t, appending valid ones to rows and
// problems to rejs. With nips set (pegawai), each valid row's NIP and its
// pseudonym go there too: the NIP map of this load (stg_nip). It returns
// the number of rows read.
func appendRows(ctx context.Context, t table, v *validator, base int64, rows, rejs, nips *duckdb.Appender, tick func(int64)) (int64, error) {
	vals := make([]any, len(v.src.columns))
	rec := make([]driver.Value, len(v.src.columns)+1)
	var n int64
	for {
		line, cells, rej, err := t.next()
		if err == errEOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n++
		if n%65536 == 0 {
			if ctx.Err() != nil {
				return n, ctx.Err()
			}
			tick(n)
		}
		if rej == nil {
			rej = v.row(cells, vals)
		}
		if rej != nil {
			if err := rejs.AppendRow(base|line, rej.column, rej.code, rej.message); err != nil {
				return n, fmt.Errorf("stage reject: %w", err)
			}
			continue
		}
		rec[0] = base | line
		for i, x := range vals {
			rec[i+1] = x
		}
		if err := rows.AppendRow(rec...); err != nil {
			return n, fmt.Errorf("stage row: %w", err)
		}
		if nips != nil {
			if err := nips.AppendRow(strings.TrimSpace(cells[v.at[0]].s), vals[0]); err != nil {
				return n, fmt.Errorf("stage NIP: %w", err)
			}
		}
	}
}

// checkStaged rejects staged rows of s with unknown references and then
// duplicate keys, and drops them from staging.
func checkStaged(ctx context.Context, c *sql.Conn, s *source) error {
	for _, r := range s.refs {
		target := sourceByName(r.target)
		vars := names(s)
		vars["target"], vars["tstg"] = queries.Ident(target.name), queries.Ident("stg_"+target.name)
		vars["col"], vars["tcol"] = queries.Ident(r.column), queries.Ident(r.column)
		stmt := "RejectUnknownReference"
		if target.monthOf != "" {
			stmt, vars["tmonth"] = "RejectUnknownFactReference", queries.Ident(target.monthOf)
		}
		if err := rejectAndDrop(ctx, c, s, queries.Statement(queries.Load, stmt, vars), r.column, msgReference(r)); err != nil {
			return err
		}
	}
	if len(s.key) == 0 {
		return nil
	}
	keys := make([]string, len(s.key))
	for i, k := range s.key {
		keys[i] = queries.Ident(k)
	}
	vars := names(s)
	vars["keys"] = strings.Join(keys, ", ")
	if err := rejectAndDrop(ctx, c, s, queries.Statement(queries.Load, "RejectDuplicateKey", vars), s.key[0], msgDuplicate(s)); err != nil {
		return err
	}
	if s.uniqueAcrossMonths {
		vars["key"], vars["month"] = keys[0], queries.Ident(s.monthOf)
		msg := fmt.Sprintf("%s sudah dipakai di bulan lain di gudang data / %s is already used in another month of the warehouse", s.key[0], s.key[0])
		if err := rejectAndDrop(ctx, c, s, queries.Statement(queries.Load, "RejectTakenKey", vars), s.key[0], msg); err != nil {
			return err
		}
	}
	return nil
}

// msgReference is the message of an unknown_reference reject.
func msgReference(r reference) string {
	return fmt.Sprintf("%s tidak ditemukan di %s / %s not found in %s", r.column, r.target, r.column, r.target)
}

// msgDuplicate is the message of a duplicate_key reject within the load.
func msgDuplicate(s *source) string {
	return fmt.Sprintf("kunci (%s) ganda; baris pertama yang dipakai / duplicate key (%s); the first row is kept",
		strings.Join(s.key, ", "), strings.Join(s.key, ", "))
}

func rejectAndDrop(ctx context.Context, c *sql.Conn, s *source, stmt, column, msg string) error {
	if _, err := c.ExecContext(ctx, stmt, column, msg); err != nil {
		return fmt.Errorf("check %s (%s): %w", s.name, column, err)
	}
	if _, err := c.ExecContext(ctx, queries.Statement(queries.Load, "DropRejected", names(s))); err != nil {
		return fmt.Errorf("drop rejected %s rows: %w", s.name, err)
	}
	return nil
}

// countRejects fills in the per-file counts and refuses the load when a
// file's reject rate is above max.
func countRejects(ctx context.Context, c *sql.Conn, stats []InputStat, max float64) error {
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Load, "RejectCounts", nil))
	if err != nil {
		return fmt.Errorf("count rejects: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var idx, n int64
		if err := rows.Scan(&idx, &n); err != nil {
			return fmt.Errorf("count rejects: %w", err)
		}
		stats[idx].RowsRejected = n
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("count rejects: %w", err)
	}
	for i := range stats {
		stats[i].RowsLoaded = stats[i].RowsRead - stats[i].RowsRejected
		if err := rateError(stats[i], max); err != nil {
			return err
		}
	}
	return nil
}

// rateError is the refusal of a file whose share of rejected rows is above
// max, or nil.
func rateError(s InputStat, max float64) error {
	if s.RowsRead == 0 || float64(s.RowsRejected)/float64(s.RowsRead) <= max {
		return nil
	}
	rate := float64(s.RowsRejected) / float64(s.RowsRead)
	id, en := model.Lang("id"), model.Lang("en")
	return &warehouse.InputError{File: s.File, Msg: fmt.Sprintf(
		"%s dari %s baris ditolak (%s), di atas batas %s; tidak ada yang dimuat / %s of %s rows rejected (%s), above the limit of %s; nothing was loaded",
		id.Number(float64(s.RowsRejected), 0), id.Number(float64(s.RowsRead), 0), id.Percent(rate, 1), id.Percent(max, 1),
		en.Number(float64(s.RowsRejected), 0), en.Number(float64(s.RowsRead), 0), en.Percent(rate, 1), en.Percent(max, 1))}
}

// merge replaces the staged months of a fact source, or upserts a
// reference source by key, then empties its staging table. After pegawai
// it keeps the NIP map the fact sources' bulk path joins on.
func merge(ctx context.Context, tx warehouse.DBTX, s *source, version int64, undo bool) error {
	if err := mergeSource(ctx, tx, s, undo); err != nil {
		return err
	}
	vars := names(s)
	if s.monthOf != "" {
		vars["month"] = queries.Ident(s.monthOf)
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "RecordMonths", vars), s.name, version); err != nil {
			return fmt.Errorf("record months of %s: %w", s.name, err)
		}
	}
	if s.name == "pegawai" {
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "NIPMap", nil)); err != nil {
			return fmt.Errorf("NIP map: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "EmptyStage", vars)); err != nil {
		return fmt.Errorf("empty staging of %s: %w", s.name, err)
	}
	return nil
}

func mergeSource(ctx context.Context, tx warehouse.DBTX, s *source, undo bool) error {
	vars := names(s)
	cols := make([]string, len(s.columns))
	for i, c := range s.columns {
		cols[i] = queries.Ident(c.name)
	}
	vars["cols"] = strings.Join(cols, ", ")
	if s.monthOf == "" {
		same := make([]string, len(s.columns))
		for i, c := range s.columns {
			same[i] = fmt.Sprintf("t.%s IS NOT DISTINCT FROM %s.%s", queries.Ident(c.name), vars["stg"], queries.Ident(c.name))
		}
		vars["samerow"] = strings.Join(same, " AND ")
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "DropUnchanged", vars)); err != nil {
			return fmt.Errorf("upsert %s: %w", s.name, err)
		}
		vars["keyjoin"] = keyJoin(s)
		if undo {
			if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "UndoKeys", undoVars(s, vars))); err != nil {
				return fmt.Errorf("undo record of %s: %w", s.name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "DeleteKeys", vars)); err != nil {
			return fmt.Errorf("upsert %s: %w", s.name, err)
		}
	} else {
		vars["month"] = queries.Ident(s.monthOf)
		months, err := monthList(ctx, tx, queries.Statement(queries.Load, "StagedMonths", vars))
		if err != nil {
			return fmt.Errorf("months of %s: %w", s.name, err)
		}
		del := queries.Statement(queries.Load, "DeleteMonth", vars)
		for _, m := range months {
			if undo {
				if err := undoMonth(ctx, tx, s, m, true); err != nil {
					return err
				}
			}
			if _, err := tx.ExecContext(ctx, del, m, m.AddDate(0, 1, 0)); err != nil {
				return fmt.Errorf("replace %s %s: %w", s.name, m.Format("2006-01"), err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "InsertStaged", vars)); err != nil {
		return fmt.Errorf("insert %s: %w", s.name, err)
	}
	return nil
}

// keyJoin matches s's table to rows aliased s on every key column.
func keyJoin(s *source) string {
	join := make([]string, len(s.key))
	for i, k := range s.key {
		join[i] = fmt.Sprintf("%s.%s = s.%s", queries.Ident(s.name), queries.Ident(k), queries.Ident(k))
	}
	return strings.Join(join, " AND ")
}

// monthList runs a query of months (first days) and returns them.
func monthList(ctx context.Context, tx warehouse.DBTX, q string, args ...any) ([]time.Time, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []time.Time
	for rows.Next() {
		var m time.Time
		if err := rows.Scan(&m); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// firstRejects lists a load's first n rejects in file order.
func firstRejects(ctx context.Context, c *sql.Conn, n int) ([]Reject, error) {
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Load, "FirstRejects", nil), n)
	if err != nil {
		return nil, fmt.Errorf("list rejects: %w", err)
	}
	defer rows.Close()
	out := []Reject{}
	for rows.Next() {
		var r Reject
		if err := rows.Scan(&r.Source, &r.File, &r.Line, &r.Column, &r.Code, &r.Message); err != nil {
			return nil, fmt.Errorf("list rejects: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
