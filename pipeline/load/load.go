package load

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
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
	// Refused, when set (run), hears of a load refused for a file's
	// rejects before it is rolled back: what was read so far and the
	// refusal (res), and the query on c that lists every reject so far in
	// file order (source, file, line, column, code, message), with its
	// arguments. It returns where it wrote them, for the message.
	Refused func(ctx context.Context, res *LoadResult, c *sql.Conn, rejects string, args ...any) (string, error)
}

// InputStat is one input file's record, as in manifest.json.
type InputStat struct {
	Source       string `json:"source"`
	File         string `json:"file"`
	SHA256       string `json:"sha256"`
	RowsRead     int64  `json:"rows_read"`
	RowsLoaded   int64  `json:"rows_loaded"`
	RowsRejected int64  `json:"rows_rejected"`
	// Months, for a file of a fact source with rejects: each month it
	// has rejects of, with that month's rows read and rejected (the
	// reject limit holds for each of them too).
	Months []MonthRows `json:"months,omitempty"`
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
	// Refused is why a load was refused for a file's rejects (with its
	// error; nil otherwise).
	Refused *Refusal `json:"refused,omitempty"`
}

// MaxListedRejects bounds LoadResult.Rejects (manifest.json's rejects).
const MaxListedRejects = 1000

// msgMerged is the load's last progress line (check, which merges only to
// roll back, leaves it out).
const msgMerged = "data digabung ke gudang / load merged into the warehouse"

// ridBits is how many low bits of a row id hold the line number.
const ridBits = 40

// Load validates every source found in opt.Dir and merges it into the
// warehouse in one transaction: all sources or nothing. Input problems
// come back as *InputError with the warehouse unchanged; a load refused
// for a file's rejects also returns what it read (LoadResult.Refused says
// why). Inside a Batch it joins the batch's transaction.
func Load(ctx context.Context, w *warehouse.Warehouse, opt LoadOptions) (*LoadResult, error) {
	w.Changed() // the months compute.Month did may change
	if w.InBatch() {
		return load(ctx, w, opt)
	}
	var res *LoadResult
	err := w.Batch(ctx, func() (err error) {
		res, err = load(ctx, w, opt)
		return err
	})
	if err != nil {
		if res != nil && res.Refused != nil {
			return res, err
		}
		return nil, err
	}
	return res, nil
}

// load reads, checks and merges the sources one after another, in the order
// of docs/input.md: a source's references point to sources already merged, so
// its rows are checked against the warehouse tables themselves. Each source
// is refused (reject rate) before the next one is read. A load that stops
// partway returns, with its error, the records of the sources it merged.
func load(ctx context.Context, w *warehouse.Warehouse, opt LoadOptions) (*LoadResult, error) {
	if opt.Log == nil {
		opt.Log = func(string) {}
	}
	files, warnings, err := sourcesOf(opt)
	if err != nil {
		return nil, err
	}
	if !opt.Month.IsZero() {
		if err := monthInFolder(ctx, w, files, opt.Month); err != nil {
			return nil, err
		}
	}
	l := &loader{w: w, opt: opt, files: files, stats: make([]InputStat, len(files))}
	if err := l.begin(ctx); err != nil {
		return nil, err
	}
	for _, s := range sources {
		warning, err := l.source(ctx, s)
		if err != nil {
			// A load that stops returns, with its error, the records of
			// the sources it merged (check reports them), and of a file
			// refused for its rejects, the refusal.
			res := &LoadResult{Inputs: l.stats[:l.done]}
			var re *RefusedError
			if errors.As(err, &re) {
				res.Refused = re.Refusal
			}
			return res, err
		}
		if warning != "" {
			warnings = append(warnings, errors.New(warning))
		}
	}
	return l.finish(ctx, warnings)
}

// sourcesOf finds the folder's sources; what is missing or misnamed is
// refused with opt.Complete, else a warning.
func sourcesOf(opt LoadOptions) ([]inputFile, []error, error) {
	files, notes, err := discover(opt.Dir)
	if err != nil {
		return nil, nil, err
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
		return nil, nil, errors.Join(refusals...)
	}
	return files, warnings, nil
}

// loader is one load under way: its files, their records, and how many of
// them belong to the sources merged so far (done).
type loader struct {
	w       *warehouse.Warehouse
	opt     LoadOptions
	files   []inputFile
	stats   []InputStat
	done    int
	p       pseudonymizer
	version int64
}

// begin reads the pseudonym key, creates the staging tables, starts the
// undo record and takes the load's version.
func (l *loader) begin(ctx context.Context) error {
	var err error
	if l.p, err = readPseudonymizer(ctx, l.w); err != nil {
		return err
	}
	if err := stage(ctx, l.w.Conn()); err != nil {
		return err
	}
	if l.opt.Undo {
		if _, err := l.w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "UndoBegin", nil)); err != nil {
			return fmt.Errorf("undo record: %w", err)
		}
	}
	if err := l.w.Conn().QueryRowContext(ctx, queries.Statement(queries.Load, "NextLoadVersion", nil)).Scan(&l.version); err != nil {
		return fmt.Errorf("next load version: %w", err)
	}
	return nil
}

// source reads, checks and merges the files of source s; with the
// load's month, it says what a fact source without a row of it means.
func (l *loader) source(ctx context.Context, s *source) (warning string, err error) {
	w, opt, files, stats, p, version := l.w, l.opt, l.files, l.stats, l.p, l.version
	log := opt.Log
	var idxs []int
	for i, f := range files {
		if f.src == s {
			idxs = append(idxs, i)
		}
	}
	if len(idxs) == 0 {
		return "", nil
	}
	direct := false
	var kept *sqlInput // the file the direct path opened and declined
	if len(idxs) == 1 && s.monthOf != "" {
		i, f := idxs[0], files[idxs[0]]
		start := time.Now()
		if stats[i], direct, kept, err = loadDirect(ctx, w, p, i, f, version, opt.Undo, opt.Progress); err != nil {
			return "", err
		}
		if direct {
			log(fmt.Sprintf("muat %s: %d baris (%.1f s)", f.rel, stats[i].RowsRead, time.Since(start).Seconds()))
		}
	}
	if !direct {
		for _, i := range idxs {
			f := files[i]
			start := time.Now()
			if stats[i], err = stageFile(ctx, w, p, i, f, kept, opt.Progress); err != nil {
				return "", err
			}
			log(fmt.Sprintf("baca %s: %d baris (%.1f s)", f.rel, stats[i].RowsRead, time.Since(start).Seconds()))
		}
		t := time.Now()
		if err := checkStaged(ctx, w.Conn(), s); err != nil {
			return "", err
		}
		warehouse.Trace(s.name, "check", t)
	}
	t := time.Now()
	if err := l.judgeRejects(ctx, s, idxs, direct); err != nil {
		return "", err
	}
	if err := merge(ctx, w.Conn(), s, version, opt.Undo); err != nil {
		return "", fmt.Errorf("merge load into warehouse: %w", err)
	}
	warehouse.Trace(s.name, "count-merge", t)
	l.done = idxs[len(idxs)-1] + 1
	if !opt.Month.IsZero() && s.monthOf != "" {
		var rels []string
		for _, i := range idxs {
			rels = append(rels, files[i].rel)
		}
		return monthLoaded(ctx, w, s, rels, opt.Month)
	}
	return "", nil
}

// finish records the files and their rejects and forgets the NIP map.
func (l *loader) finish(ctx context.Context, warnings []error) (*LoadResult, error) {
	w, opt, stats := l.w, l.opt, l.stats
	log := opt.Log
	var err error
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
	for _, s := range stats {
		res.RejectsTotal += s.RowsRejected
	}
	t := time.Now()
	if err := l.attributeRejects(ctx, res.RejectsTotal > 0); err != nil {
		return nil, err
	}
	warehouse.Trace("load", "rejects-per-unit", t)
	log(msgMerged)
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

// names are the identifiers a source's statements use, and the
// attribution columns of its staged rows (rejects of references and keys).
func names(s *source) map[string]string {
	return map[string]string{"stg": queries.Ident("stg_" + s.name), "table": queries.Ident(s.name), "attr": stagedAttr(s)}
}
