package load

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// CheckResult is what `fwaeval check` found in a month's folder: what a
// load would read, load and reject, file by file, without loading it.
type CheckResult struct {
	Inputs        []InputStat   `json:"inputs"`
	Rejects       []Reject      `json:"rejects"` // the first MaxRejects, in file order
	RejectsTotal  int64         `json:"rejects_total"`
	Months        []SourceMonth `json:"months"`
	MaxRejectRate float64       `json:"max_reject_rate"`
	// Warnings are the load's (a file no source reads).
	Warnings []string `json:"warnings,omitempty"`
	// Refused is why `run` would refuse the folder (a file it cannot
	// read, a missing column, a file above the reject rate); nil when it
	// would accept it. Files after one that cannot be read are not
	// checked: the load stops there too.
	Refused error `json:"-"`
	// Stopped is the file the load could not read through, and why
	// (Refused too, unless a file before it was above the rate).
	Stopped string `json:"stopped,omitempty"`
	// RefusedFile names the file Refused is about, Reason is its text;
	// Refusal, for a file above the reject limit, its numbers and
	// commonest rejects.
	RefusedFile string   `json:"refused_file,omitempty"`
	Reason      string   `json:"refused,omitempty"`
	Refusal     *Refusal `json:"refusal,omitempty"`
}

// SourceMonth is a month a source's rows would load, with their count.
type SourceMonth struct {
	Source string    `json:"source"`
	Files  []string  `json:"files"`
	Month  time.Time `json:"month"`
	Rows   int64     `json:"rows"`
}

// CheckOptions say what to check.
type CheckOptions struct {
	Load       LoadOptions // Dir, MaxRejectRate, Log, Progress; Undo is ignored
	MaxRejects int         // rejects listed at most; the rest are counted
}

// errCheckDone ends a check's transaction: everything is rolled back.
var errCheckDone = errors.New("check done")

// Check reads and validates every source of the folder exactly as Load
// does — the same codes, lines and columns, references looked up in what
// the warehouse at file holds — inside one transaction that is always
// rolled back, so the warehouse is never changed (pending migrations and
// an interrupted run's undo happen inside it too). A warehouse file that
// does not exist is not created: the check runs on an empty one in
// memory. Every file is checked whatever its reject rate; the verdict
// `run` would reach is in Refused.
func Check(ctx context.Context, file string, s warehouse.Settings, o CheckOptions) (*CheckResult, error) {
	if _, err := os.Stat(file); err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("warehouse %s: %w", file, err)
		}
		file = "" // in memory
		if s.TempDir == "" {
			tmp, err := os.MkdirTemp("", "fwaeval-check-*")
			if err != nil {
				return nil, err
			}
			defer os.RemoveAll(tmp)
			s.TempDir = tmp
		}
	}
	// No migration on opening ("none" matches no file): the migrations run
	// inside the transaction that is rolled back.
	w, err := warehouse.OpenSchema(ctx, file, s, queries.Schema, "none")
	if err != nil {
		return nil, err
	}
	defer w.Close()
	res := &CheckResult{MaxRejectRate: o.Load.MaxRejectRate, Inputs: []InputStat{}, Rejects: []Reject{}, Months: []SourceMonth{}}
	err = w.Batch(ctx, func() error {
		if err := checkIn(ctx, w, o, res); err != nil {
			return err
		}
		return errCheckDone
	})
	if err != nil && !errors.Is(err, errCheckDone) {
		return nil, err
	}
	if res.Refused != nil {
		res.Reason = res.Refused.Error()
	}
	return res, nil
}

// checkIn is Check inside its transaction: migrations, an interrupted
// run's undo, the load, and run's verdict on the reject rates.
func checkIn(ctx context.Context, w *warehouse.Warehouse, o CheckOptions, res *CheckResult) error {
	if err := w.Migrate(ctx); err != nil {
		return err
	}
	if err := Undo(ctx, w); err != nil {
		return fmt.Errorf("undo an interrupted run: %w", err)
	}
	lo := o.Load
	lo.Undo, lo.MaxRejectRate = false, 1 // every file is checked; the rate is judged below
	if log := o.Load.Log; log != nil {
		lo.Log = func(msg string) {
			if msg != msgMerged {
				log(msg)
			}
		}
	}
	lr, err := load(ctx, w, lo)
	var ie *warehouse.InputError
	switch {
	case errors.As(err, &ie):
		// The sources merged before the file the load stopped at. The
		// transaction may be unusable now: their rejects, from here.
		if lr != nil {
			res.Inputs = lr.Inputs
		}
		res.Refused, res.RefusedFile, res.Stopped = err, ie.File, err.Error()
		for _, st := range res.Inputs {
			res.RejectsTotal += st.RowsRejected
		}
		if rejs, err := firstRejects(ctx, w.Conn(), o.MaxRejects); err == nil {
			res.Rejects = ofFiles(rejs, res.Inputs)
		}
	case err != nil:
		return err
	default:
		res.Inputs, res.RejectsTotal, res.Warnings = lr.Inputs, lr.RejectsTotal, lr.Warnings
		if res.Months, err = loadedMonths(ctx, w, lr.Inputs); err != nil {
			return err
		}
		if res.Rejects, err = firstRejects(ctx, w.Conn(), o.MaxRejects); err != nil {
			return err
		}
	}
	// run refuses the first file above the rate (as a whole or in a
	// month), in source order, before it reads the next source. The
	// inputs are the load's files in order: their index is the file's.
	for i, st := range res.Inputs {
		if _, over := overLimit(st, o.Load.MaxRejectRate); !over {
			continue
		}
		r, err := refusalOf(ctx, w.Conn(), i, st, o.Load.MaxRejectRate)
		if err != nil { // a transaction the stopped load left unusable: no commonest rejects
			r = &Refusal{Source: st.Source, File: st.File, RowsRead: st.RowsRead, RowsRejected: st.RowsRejected, MaxRejectRate: o.Load.MaxRejectRate}
			r.Month, _ = overLimit(st, o.Load.MaxRejectRate)
		}
		res.Refused, res.RefusedFile, res.Refusal = r.Err(), st.File, r
		break
	}
	return nil
}

// ofFiles keeps the rejects of the files listed.
func ofFiles(rejs []Reject, inputs []InputStat) []Reject {
	in := map[string]bool{}
	for _, st := range inputs {
		in[st.File] = true
	}
	out := []Reject{}
	for _, r := range rejs {
		if in[r.File] {
			out = append(out, r)
		}
	}
	return out
}

// loadedMonths are the months each fact source's rows of this load
// would write, with their rows (a folder source's files together).
func loadedMonths(ctx context.Context, w *warehouse.Warehouse, inputs []InputStat) ([]SourceMonth, error) {
	var out []SourceMonth
	for _, s := range sources {
		if s.monthOf == "" {
			continue
		}
		var files []string
		for _, in := range inputs {
			if in.Source == s.name {
				files = append(files, in.File)
			}
		}
		if len(files) == 0 {
			continue
		}
		months, err := monthList(ctx, w.Conn(), queries.Statement(queries.Load, "CheckMonths", nil), s.name)
		if err != nil {
			return nil, fmt.Errorf("months of %s: %w", s.name, err)
		}
		q := queries.Statement(queries.Load, "CountMonth", map[string]string{"table": queries.Ident(s.name), "month": queries.Ident(s.monthOf)})
		for _, m := range months {
			sm := SourceMonth{Source: s.name, Files: files, Month: m}
			if err := w.Conn().QueryRowContext(ctx, q, m, m.AddDate(0, 1, 0)).Scan(&sm.Rows); err != nil {
				return nil, fmt.Errorf("rows of %s in %s: %w", s.name, m.Format("2006-01"), err)
			}
			out = append(out, sm)
		}
	}
	return out, nil
}
