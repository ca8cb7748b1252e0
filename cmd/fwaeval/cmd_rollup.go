package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/rollup"
	"fwaeval/pipeline/warehouse"
	"fwaeval/reports"
	"fwaeval/reports/model"
)

// rollupOptions are the flags of `fwaeval rollup`.
type rollupOptions struct {
	in     string
	month  string
	expect string
}

// Defaults of rollup's --db and --out (README, "National rollup"), used
// unless given.
const (
	rollupDB  = "rollup.duckdb"
	rollupOut = "rollup"
)

func newRollupCommand(g *globalOptions) *cobra.Command {
	o := &rollupOptions{}
	c := &cobra.Command{
		Use:   "rollup --in DIR --month YYYY-MM [--expect FILE]",
		Short: "Gabungkan paket instansi menjadi laporan nasional / combine the instansi packages into the national report",
		Long: `Mencari setiap paket.json di bawah DIR, memeriksa tiap paket (berkas lengkap,
SHA-256 cocok, versi skema dikenal, bulan sama, kolom sesuai docs/input.md, tanpa
data pribadi), memuatnya ke gudang data rollup (--db, bawaan rollup.duckdb)
dalam satu transaksi, lalu menulis OUT/YYYY-MM/ (bawaan rollup/):
nasional.csv, report.html, report.pdf dan manifest.json. Paket yang rusak,
terpotong, untuk bulan lain, atau bertabrakan dengan paket lain untuk
instansi yang sama ditolak (kode keluar 3) dan tidak ada yang berubah.
--expect berisi CSV instansi_id,nama_instansi: yang belum mengirim paket
disebut di laporan.

Finds every paket.json under DIR, checks each package (every file there, its
SHA-256 matching, a known schema, the same month, the columns of docs/input.md, no
personal data), loads them into the rollup warehouse (--db, default
rollup.duckdb) in one transaction and writes OUT/YYYY-MM/ (default rollup/):
nasional.csv, report.html, report.pdf and manifest.json. A package that is
corrupt, truncated, for another month, or clashes with another package of
the same instansi is refused (exit 3) and nothing changes. --expect is a
CSV instansi_id,nama_instansi: those without a package are listed.`,
		Example: "  fwaeval rollup --in kiriman/2026-10 --month 2026-10 --expect instansi.csv",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.in == "" {
				return usagef("--in wajib / --in is required")
			}
			m, err := parseMonthFlag(o.month)
			if err != nil {
				return err
			}
			o.in = filepath.Clean(o.in)
			return runRollup(cmd.Context(), m, o, g)
		},
	}
	c.Flags().StringVar(&o.in, "in", "", "folder paket (dicari sampai ke subfolder) / package folder (searched recursively)")
	c.Flags().StringVar(&o.month, "month", "", "bulan YYYY-MM (wajib) / month YYYY-MM (required)")
	c.Flags().StringVar(&o.expect, "expect", "", "CSV instansi_id,nama_instansi yang diharapkan / CSV of the instansi expected")
	g.addShared(c, fDB|fEngine|fOut|fLang|fJSON|fQuiet, rollupDB, rollupOut)
	return c
}

func runRollup(ctx context.Context, m time.Time, o *rollupOptions, g *globalOptions) error {
	started := time.Now()
	settings := warehouse.Settings{MemoryLimit: g.memoryLimit, Threads: g.threads, TempDir: g.tempDir}
	// Every package is checked before the warehouse is opened: a refused
	// package leaves the warehouse (even its file) and the outputs alone.
	set, err := rollup.ReadPakets(rollup.RollupOptions{In: o.in, Month: m, Expect: o.expect, TempDir: g.tempDir})
	if err != nil {
		return err
	}
	defer set.Close()
	if err := set.Check(ctx, settings); err != nil {
		return err
	}
	g.logf("paket diperiksa / packages checked: %d (%.1f s)", len(set.Pakets), time.Since(started).Seconds())
	for _, d := range set.Duplicates {
		fmt.Fprintf(g.stderr, "fwaeval: peringatan / warning: %s sama dengan / is identical to %s: dimuat sekali / loaded once\n", d.Path, d.SameAs)
	}
	w, err := rollup.OpenRollup(ctx, g.db, settings)
	if err != nil {
		return err
	}
	defer w.Close()
	outs := outputs.NewFolder(g.out, m, true)
	defer outs.Discard() // no-op once committed
	var model *reports.National
	man := rollup.NewRollupManifest(version, set)
	err = w.Batch(ctx, func() error {
		if err := rollup.LoadRollup(ctx, w, set); err != nil {
			return err
		}
		if _, err := rollup.NasionalCSV(ctx, w, m, outs); err != nil {
			return err
		}
		model, err = rollup.NationalModel(ctx, w, set, g.lang)
		if err != nil {
			return err
		}
		model.Generated = model.AsOf // the same packages give the same bytes
		if err := writeNationalReports(model, outs, g); err != nil {
			return err
		}
		man.Outputs = append(man.Outputs, outs.Files...)
		_, err := outs.Write("manifest.json", man.Encode)
		return err
	})
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("dibatalkan; gudang data dan folder keluaran tidak berubah / interrupted; warehouse and output folder unchanged: %w", err)
		}
		return err
	}
	if err := outs.Commit(); err != nil {
		return fmt.Errorf("move outputs into %s: %w", outs.Dir, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("close warehouse: %w", err)
	}
	if g.json {
		return man.Encode(g.stdout)
	}
	printRollupSummary(g, model, outs, time.Since(started))
	return nil
}

// writeNationalReports renders report.html and report.pdf at the same
// time, then writes them in that order.
func writeNationalReports(n *reports.National, outs *outputs.Folder, g *globalOptions) error {
	var html, pdf []byte
	var herr, perr error
	var wg sync.WaitGroup
	wg.Go(func() { html, herr = reports.NationalHTML(n) })
	wg.Go(func() { pdf, perr = reports.NationalPDF(n, reports.PDFOptions{Workers: g.threads}) })
	wg.Wait()
	if err := errors.Join(herr, perr); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		doc  []byte
	}{{"report.html", html}, {"report.pdf", pdf}} {
		if _, err := outs.Write(f.name, func(w io.Writer) error { _, err := w.Write(f.doc); return err }); err != nil {
			return fmt.Errorf("write %s: %w", f.name, err)
		}
	}
	return nil
}

// printRollupSummary is rollup's closing summary.
func printRollupSummary(g *globalOptions, n *reports.National, outs *outputs.Folder, took time.Duration) {
	l, out := n.Lang, g.stdout
	fmt.Fprintf(out, "\n%s — %s %s s\n\n", say(l, "Rollup nasional "+l.Month(n.Month), "National rollup, "+l.Month(n.Month)),
		say(l, "selesai dalam", "done in"), l.Number(took.Seconds(), 1))
	fmt.Fprintf(out, "  %-28s %11d\n", say(l, "Paket", "Packages"), n.Coverage.Received)
	if n.Coverage.Expected > 0 {
		fmt.Fprintf(out, "  %-28s %11d\n", say(l, "Belum mengirim", "Missing"), len(n.Coverage.Missing))
	}
	for _, s := range model.AllStatuses() {
		fmt.Fprintf(out, "  %-28s %11s\n", l.StatusName(s), l.Units(n.StatusCounts[s]))
	}
	fmt.Fprintf(out, "  %-28s %s\n\n", say(l, "Penghematan", "Savings"), l.Rupiah(n.Tiles.SavingsRupiah))
	fmt.Fprintln(out, say(l, "Berkas:", "Files:"))
	for _, f := range outs.Files {
		fmt.Fprintf(out, "  %s\n", filepath.Join(outs.Dir, f.File))
	}
	if len(n.Coverage.Missing) > 0 || len(n.Coverage.OtherPolicy) > 0 {
		fmt.Fprintln(out, "\n"+say(l, "Peringatan:", "Warnings:"))
		for _, m := range n.Coverage.Missing {
			fmt.Fprintf(out, "  - %s (%s): %s\n", m.ID, m.Name, say(l, "belum mengirim paket", "no package"))
		}
		for _, p := range n.Coverage.OtherPolicy {
			fmt.Fprintf(out, "  - %s: %s (%.12s…)\n", p.InstansiID, say(l, "kebijakan selain bawaan", "a policy other than the built-in one"), p.SHA256)
		}
	}
}
