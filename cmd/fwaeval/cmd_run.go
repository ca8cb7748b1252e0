package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"fwaeval/pipeline"
	"fwaeval/reports"
)

// runOptions are the flags of `fwaeval run`.
type runOptions struct {
	load    loadOptions
	month   string
	formats string
}

func newRunCommand(g *globalOptions) *cobra.Command {
	o := &runOptions{}
	c := &cobra.Command{
		Use:   "run --data DIR --month YYYY-MM",
		Short: "Proses bulanan: muat, hitung, evaluasi, laporan / the monthly batch: load, compute, evaluate, report",
		Long: `Menjalankan seluruh proses bulanan: semua sumber di DIR dimuat, indikator
bulan itu dihitung, aturan kebijakan diterapkan, dan indicators.csv,
flags.csv, report.html, report.pdf, paket agregat tiap instansi
(paket-INSTANSI-YYYY-MM/) serta manifest.json ditulis ke OUT/YYYY-MM. Bila gagal atau dibatalkan (Ctrl-C), gudang data dan folder
keluaran kembali seperti sebelumnya (data yang sudah dimuat dikeluarkan lagi;
bila prosesnya mati, itu dilakukan saat gudang data dibuka berikutnya).

Runs the whole monthly batch: every source in DIR is loaded, the month's
indicators computed, the policy applied, and indicators.csv, flags.csv,
report.html, report.pdf, each instansi's aggregate package
(paket-INSTANSI-YYYY-MM/) and manifest.json written to OUT/YYYY-MM. On failure
or Ctrl-C the warehouse and the output folder are as they were (the load,
already committed, is taken back out; should the process be killed, the next
open of the warehouse does that).

Berkas di DIR / files in DIR (.csv, .csv.gz, .parquet, .xlsx, or a folder of them):
  unit_kerja    pegawai        presensi    rencana_aksi
  kinerja_harian  aduan        belanja     kalender (opsional / optional)
Periksa dulu / check first: fwaeval check --data DIR`,
		Example: "  fwaeval run --data data/2026-10 --month 2026-10\n  fwaeval run --data data/2026-10 --month 2026-10 --lang en --out laporan",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.load.data == "" {
				return usagef("--data wajib / --data is required")
			}
			o.load.data = filepath.Clean(o.load.data)
			m, err := parseMonthFlag(o.month)
			if err != nil {
				return err
			}
			if err := g.parseWorkingFormats(o.formats); err != nil {
				return err
			}
			return runBatch(cmd.Context(), o, m, g)
		},
	}
	o.load.addFlags(c)
	c.Flags().StringVar(&o.month, "month", "", "bulan YYYY-MM (wajib) / month YYYY-MM (required)")
	addFormatFlag(c, &o.formats, "csv,xlsx")
	g.addShared(c, fDB|fEngine|fOut|fLang|fPolicy|fJSON|fQuiet, "fwaeval.duckdb", "out")
	return c
}

// batchStages is how many steps run announces.
const batchStages = 5

func runBatch(ctx context.Context, o *runOptions, m time.Time, g *globalOptions) error {
	rate, err := parseRate(o.load.maxRejectRate)
	if err != nil {
		return err
	}
	p, policyText, err := g.loadPolicy()
	if err != nil {
		return err
	}
	if st, err := os.Stat(o.load.data); err != nil || !st.IsDir() {
		return &pipeline.InputError{File: o.load.data, Msg: "folder data tidak ditemukan / data directory not found"}
	}
	w, err := g.openWarehouse(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	outs := pipeline.NewOutputs(g.out, m, true)
	defer outs.Discard() // no-op once committed
	man := pipeline.NewManifest(version, m, policyText)
	pr := newProgress(g)
	var (
		cres  *pipeline.ComputeResult
		model *reports.Model
	)
	started := time.Now()
	quiet := *g
	quiet.quiet, quiet.stderr = true, io.Discard // the stages' own lines go through pr
	// stage runs step i of the batch: announced, timed into the manifest.
	stage := func(i int, name, label string, fn func() error) error {
		t := time.Now()
		pr.stage(i, batchStages, label)
		if err := fn(); err != nil {
			return err
		}
		man.Timed(name, t)
		pr.done(name, t)
		return nil
	}
	// The load commits on its own (DuckDB then computes over committed
	// rows, faster and with the load's memory back) but keeps what it
	// replaced; the other stages run in one transaction that also forgets
	// that record. Should they fail, the load is taken back out, so the
	// warehouse is as it was (pipeline/undo.go).
	err = stage(1, "load", "muat data / load "+o.load.data, func() error {
		res, err := pipeline.Load(ctx, w, pipeline.LoadOptions{Dir: o.load.data, MaxRejectRate: rate, Log: pr.log,
			Progress: pr.loadFile, Undo: true, Complete: true, Month: m})
		if err == nil {
			man.SetLoad(res)
		}
		return err
	})
	if err == nil {
		tb := time.Now()
		err = w.Batch(ctx, func() error {
			if err := stage(2, "compute", "hitung indikator / compute indicators", func() (err error) {
				cres, _, err = computeStage(ctx, w, m, outs, &quiet)
				return err
			}); err != nil {
				return err
			}
			if err := stage(3, "evaluate", "evaluasi kebijakan / evaluate the policy", func() error {
				flags, _, err := evaluateStage(ctx, w, m, p, outs, &quiet)
				man.SetFlags(flags)
				return err
			}); err != nil {
				return err
			}
			if err := stage(4, "report", "laporan HTML dan PDF / HTML and PDF reports", func() (err error) {
				model, _, err = reportStage(ctx, w, m, []string{"html", "pdf"}, p, outs, &quiet)
				return err
			}); err != nil {
				return err
			}
			if err := stage(5, "export", "paket nasional / national packages", func() error {
				_, err := exportStage(ctx, w, m, policyText, "", outs, &quiet)
				return err
			}); err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if _, err := pipeline.RejectsCSV(ctx, w, man.Inputs, outs); err != nil {
				return err
			}
			man.AsOf = model.AsOf.Format(time.RFC3339)
			man.Outputs = append(man.Outputs[:0], outs.Files...)
			if _, err := outs.Write("manifest.json", man.Encode); err != nil {
				return err
			}
			return pipeline.ForgetUndo(ctx, w)
		})
		pipeline.Trace("run", "stages 2-4 with their commit", tb)
		if err != nil {
			if uerr := pipeline.Undo(context.WithoutCancel(ctx), w); uerr != nil {
				err = errors.Join(err, fmt.Errorf("take the load back out: %w", uerr))
			}
		}
	}
	if err != nil {
		return err // an interruption is said by run (root.go)
	}
	t := time.Now()
	if err := outs.Commit(); err != nil {
		return fmt.Errorf("move outputs into %s: %w", outs.Dir, err)
	}
	t = pipeline.Trace("run", "move-outputs", t)
	if err := w.Close(); err != nil {
		return fmt.Errorf("close warehouse: %w", err)
	}
	pipeline.Trace("run", "close", t)
	g.warn(man.Warnings)
	if g.json {
		return man.Encode(g.stdout)
	}
	printSummary(g, m, man, model, cres, outs, time.Since(started))
	return nil
}

// printSummary is the closing summary: what the month found, where the
// files are, and anything to look at.
func printSummary(g *globalOptions, m time.Time, man *pipeline.Manifest, model *reports.Model, cres *pipeline.ComputeResult, outs *pipeline.Outputs, took time.Duration) {
	l := model.Lang
	out := g.stdout
	fmt.Fprintf(out, "\n%s — %s %s s\n\n", say(l, "Evaluasi FWA "+l.Month(m), "FWA evaluation, "+l.Month(m)),
		say(l, "selesai dalam", "done in"), l.Number(took.Seconds(), 1))
	for _, s := range man.Statuses {
		fmt.Fprintf(out, "  %-28s %11s\n", l.StatusName(s.Status), l.Units(s.Units))
	}
	fmt.Fprintf(out, "  %-28s %s\n\n", say(l, "Penghematan", "Savings"), l.Rupiah(model.Summary.SavingsRupiah))
	fmt.Fprintln(out, say(l, "Berkas:", "Files:"))
	for _, f := range outs.Files {
		fmt.Fprintf(out, "  %s\n", filepath.Join(outs.Dir, f.File))
	}
	var warn []string
	if man.RejectsTotal > 0 {
		n := l.Number(float64(man.RejectsTotal), 0)
		warn = append(warn, say(l, n+" baris ditolak: lihat rejects.csv (berkas, baris, kolom, alasan)", n+" rows rejected: see rejects.csv (file, line, column, reason)"))
	}
	if n := suppressedUnits(model); n > 0 {
		warn = append(warn, say(l, fmt.Sprintf("%s dengan kurang dari %d pegawai disembunyikan di laporan", l.Units(n), pipeline.MinReportEmployees),
			fmt.Sprintf("%s with fewer than %d employees suppressed in the reports", l.Units(n), pipeline.MinReportEmployees)))
	}
	if len(warn) > 0 {
		fmt.Fprintln(out, "\n"+say(l, "Peringatan:", "Warnings:"))
		for _, w := range warn {
			fmt.Fprintf(out, "  - %s\n", w)
		}
	}
}

// say is a summary's words in the report language: Indonesian, or
// English with --lang en.
func say(l reports.Lang, id, en string) string {
	if l == "en" {
		return en
	}
	return id
}

func suppressedUnits(m *reports.Model) int {
	n := 0
	for _, u := range m.Units {
		if u.Suppressed {
			n++
		}
	}
	return n
}
