package pipeline

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"time"

	"fwaeval/pipeline/load"
	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/paket"
	"fwaeval/pipeline/policy"
	"fwaeval/pipeline/warehouse"
	"fwaeval/reports/model"
)

// RunOptions are one monthly batch's.
type RunOptions struct {
	// DB is the warehouse file, opened with Settings.
	DB       string
	Settings warehouse.Settings
	// Data is the month's folder of sources; Month the month evaluated.
	Data          string
	Month         time.Time
	MaxRejectRate float64
	// Out is the outputs' parent folder: they land in Out/YYYY-MM.
	Out string
	// Policy and PolicyText (its YAML, hashed into the manifest).
	Policy     *policy.Policy
	PolicyText []byte
	Version    string
	Lang       string
	Workbooks  bool
	Render     Renderer
	// Progress hears about the batch as it goes; any field may be nil.
	Progress Progress
}

// Progress is how a batch is shown: each stage announced and closed, a
// load's lines and each file as it is read.
type Progress struct {
	Stage func(i, n int, label string)
	Done  func(name string, start time.Time)
	Log   func(msg string)
	File  func(file string, fraction float64, rows int64)
}

// RunResult is what a batch made, for its closing summary. A run refused
// for a file's rejects returns, with its error, a result holding only the
// Manifest it wrote beside the month's folder.
type RunResult struct {
	Manifest *Manifest
	Model    *model.Model
	Outputs  *outputs.Folder
}

// RunStages is how many stages Run announces.
const RunStages = 5

// Run is the monthly batch: load the folder, compute, evaluate, report,
// export and write the manifest, then move the outputs into Out/YYYY-MM.
//
// The load commits on its own (DuckDB then computes over committed rows,
// faster and with the load's memory back) but keeps an undo record of
// what it replaced; the other stages run in one transaction that also
// forgets that record. Should they fail or be cancelled, the load is
// taken back out and the staged files deleted, so the warehouse and Out
// are as they were (load/undo.go). The month is checked once, by the load:
// refused before anything is read when the folder's rencana_aksi holds
// no row of it, and after a source every month needs writes none.
func Run(ctx context.Context, o RunOptions) (*RunResult, error) {
	if st, err := os.Stat(o.Data); err != nil || !st.IsDir() {
		return nil, &warehouse.InputError{File: o.Data, Msg: "folder data tidak ditemukan / data directory not found"}
	}
	w, err := Open(ctx, o.DB, o.Settings)
	if err != nil {
		return nil, err
	}
	defer w.Close()
	res := &RunResult{Outputs: outputs.NewFolder(o.Out, o.Month, true), Manifest: NewManifest(o.Version, o.Month, o.PolicyText)}
	defer res.Outputs.Discard() // no-op once committed
	if err := runStages(ctx, w, o, res); err != nil {
		if res.Manifest.Refused != nil {
			return &RunResult{Manifest: res.Manifest}, err
		}
		return nil, err
	}
	t := time.Now()
	if err := res.Outputs.Commit(); err != nil {
		return nil, fmt.Errorf("move outputs into %s: %w", res.Outputs.Dir, err)
	}
	// A refusal of this month's earlier run no longer holds.
	if err := os.RemoveAll(outputs.RefusedDir(o.Out, o.Month)); err != nil {
		return nil, fmt.Errorf("remove the earlier refusal: %w", err)
	}
	t = warehouse.Trace("run", "move-outputs", t)
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("close warehouse: %w", err)
	}
	warehouse.Trace("run", "close", t)
	return res, nil
}

// runStages is the load, then the other stages in one transaction; the
// load is taken back out should they fail.
func runStages(ctx context.Context, w *warehouse.Warehouse, o RunOptions, res *RunResult) error {
	man, pr := res.Manifest, o.Progress
	stage := func(i int, name, label string, fn func() error) error {
		t := time.Now()
		if pr.Stage != nil {
			pr.Stage(i, RunStages, label)
		}
		if err := fn(); err != nil {
			return err
		}
		man.Timed(name, t)
		if pr.Done != nil {
			pr.Done(name, t)
		}
		return nil
	}
	if err := stage(1, "load", "muat data / load "+o.Data, func() error {
		lr, err := load.Load(ctx, w, load.LoadOptions{Dir: o.Data, MaxRejectRate: o.MaxRejectRate, Log: pr.Log,
			Progress: pr.File, Undo: true, Complete: true, Month: o.Month, Refused: writeRefused(o, man)})
		if err == nil {
			man.SetLoad(lr)
		}
		return err
	}); err != nil {
		return err
	}
	// The stages' own lines are not printed: the stage lines say it.
	so := StepOptions{Outputs: res.Outputs, Lang: o.Lang, Workbooks: o.Workbooks}
	m := o.Month
	tb := time.Now()
	err := w.Batch(ctx, func() error {
		if err := stage(2, "compute", "hitung indikator / compute indicators", func() (err error) {
			_, _, err = WriteIndicators(ctx, w, m, so)
			return err
		}); err != nil {
			return err
		}
		if err := stage(3, "evaluate", "evaluasi kebijakan / evaluate the policy", func() error {
			flags, _, err := WriteFlags(ctx, w, m, o.Policy, so)
			man.SetFlags(flags)
			return err
		}); err != nil {
			return err
		}
		if err := stage(4, "report", "laporan HTML dan PDF / HTML and PDF reports", func() (err error) {
			if res.Model, _, err = WriteReports(ctx, w, m, o.Policy, []string{"html", "pdf"}, o.Render, so); err == nil {
				man.AddUntraced(res.Model.Quality.Untraced)
			}
			return err
		}); err != nil {
			return err
		}
		if err := stage(5, "export", "paket nasional / national packages", func() error {
			_, err := WritePackages(ctx, w, m, paket.ExportOptions{Version: o.Version, Lang: o.Lang, Policy: o.PolicyText,
				PolicyBuiltin: policy.IsBuiltin(o.PolicyText)}, so)
			return err
		}); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := outputs.RejectsCSV(ctx, w, man.InputFiles(), res.Outputs); err != nil {
			return err
		}
		man.AsOf = res.Model.AsOf.Format(time.RFC3339)
		man.Outputs = append(man.Outputs[:0], res.Outputs.Files...)
		if _, err := res.Outputs.Write("manifest.json", man.Encode); err != nil {
			return err
		}
		return load.ForgetUndo(ctx, w)
	})
	warehouse.Trace("run", "stages 2-4 with their commit", tb)
	if err != nil {
		if uerr := load.Undo(context.WithoutCancel(ctx), w); uerr != nil {
			err = errors.Join(err, fmt.Errorf("take the load back out: %w", uerr))
		}
	}
	return err
}

// writeRefused is how a run refused for a file's rejects leaves its trace
// (load.LoadOptions.Refused): every reject read so far as rejects.csv and
// the manifest with the refusal, in OUT/YYYY-MM.ditolak; the month's own
// folder is not touched.
func writeRefused(o RunOptions, man *Manifest) func(context.Context, *load.LoadResult, *sql.Conn, string, ...any) (string, error) {
	return func(ctx context.Context, lr *load.LoadResult, c *sql.Conn, rejects string, args ...any) (string, error) {
		f := outputs.NewRefusedFolder(o.Out, o.Month)
		path, err := outputs.WriteQueryCSV(ctx, c, f, "rejects.csv", rejects, args...)
		if err != nil {
			return "", err
		}
		lr.Refused.RejectsCSV = path
		man.SetLoad(lr)
		man.Outputs = append(man.Outputs[:0], f.Files...)
		if _, err := f.Write("manifest.json", man.Encode); err != nil {
			return "", err
		}
		return path, nil
	}
}
