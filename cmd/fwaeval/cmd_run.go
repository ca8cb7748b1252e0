package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"fwaeval/pipeline"
	"fwaeval/pipeline/outputs"
	"fwaeval/reports"
	"fwaeval/reports/model"
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

func runBatch(ctx context.Context, o *runOptions, m time.Time, g *globalOptions) error {
	rate, err := parseRate(o.load.maxRejectRate)
	if err != nil {
		return err
	}
	p, policyText, err := g.loadPolicy()
	if err != nil {
		return err
	}
	pr := newProgress(g)
	started := time.Now()
	res, err := pipeline.Run(ctx, pipeline.RunOptions{
		DB: g.db, Settings: g.settings(), Data: o.load.data, Month: m, MaxRejectRate: rate, Out: g.out,
		Policy: p, PolicyText: policyText, Version: version, Lang: g.lang, Workbooks: g.xlsx, Render: g.renderer(),
		Progress: pipeline.Progress{Stage: pr.stage, Done: pr.done, Log: pr.log, File: pr.loadFile},
	})
	if err != nil {
		if g.json && res != nil { // refused for a file's rejects: the manifest says why
			if jerr := res.Manifest.Encode(g.stdout); jerr != nil {
				return errors.Join(err, jerr)
			}
		}
		return err // an interruption is said by run (root.go)
	}
	g.warn(res.Manifest.Warnings)
	if g.json {
		return res.Manifest.Encode(g.stdout)
	}
	printSummary(g, m, res.Manifest, res.Model, res.Outputs, time.Since(started))
	return nil
}

// printSummary is the closing summary: what the month found, where the
// files are, and anything to look at.
func printSummary(g *globalOptions, m time.Time, man *pipeline.Manifest, rm *reports.Model, outs *outputs.Folder, took time.Duration) {
	l := rm.Lang
	out := g.stdout
	fmt.Fprintf(out, "\n%s — %s %s s\n\n", say(l, "Evaluasi FWA "+l.Month(m), "FWA evaluation, "+l.Month(m)),
		say(l, "selesai dalam", "done in"), l.Number(took.Seconds(), 1))
	for _, s := range man.Statuses {
		fmt.Fprintf(out, "  %-28s %11s\n", l.StatusName(s.Status), l.Units(s.Units))
	}
	fmt.Fprintf(out, "  %-28s %s\n\n", say(l, "Penghematan", "Savings"), l.Rupiah(rm.Summary.SavingsRupiah))
	fmt.Fprintln(out, say(l, "Berkas:", "Files:"))
	for _, f := range outs.Files {
		fmt.Fprintf(out, "  %s\n", filepath.Join(outs.Dir, f.File))
	}
	var warn []string
	if man.RejectsTotal > 0 {
		n := l.Number(float64(man.RejectsTotal), 0)
		warn = append(warn, say(l, n+" baris ditolak: lihat rejects.csv (berkas, baris, kolom, alasan)", n+" rows rejected: see rejects.csv (file, line, column, reason)"))
	}
	if n := suppressedUnits(rm); n > 0 {
		warn = append(warn, say(l, fmt.Sprintf("%s dengan kurang dari %d pegawai disembunyikan di laporan", l.Units(n), model.MinReportEmployees),
			fmt.Sprintf("%s with fewer than %d employees suppressed in the reports", l.Units(n), model.MinReportEmployees)))
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
