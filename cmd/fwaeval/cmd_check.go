package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"fwaeval/pipeline/load"
	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/warehouse"
)

// checkOptions are the flags of `fwaeval check`.
type checkOptions struct {
	load  loadOptions
	out   string
	month string
}

func newCheckCommand(g *globalOptions) *cobra.Command {
	o := &checkOptions{}
	c := &cobra.Command{
		Use:   "check --data DIR [--out FILE]",
		Short: "Periksa berkas bulan ini tanpa memuatnya / check a month's files without loading them",
		Long: `Membaca dan memeriksa setiap sumber di DIR persis seperti load (kode, baris
dan kolom yang sama) tanpa mengubah gudang data, lalu menulis periksa.xlsx:
ringkasan per berkas, setiap baris yang ditolak dengan cara memperbaikinya,
dan bulan yang dimuat tiap sumber. Keluar 0 bila run akan menerima folder
ini, 3 bila akan menolaknya. Dengan --month, bulan itu diperiksa juga seperti
run: setiap sumber wajib harus berisi baris bulan itu.

Reads and validates every source in DIR exactly as load does (same codes,
lines and columns) without changing the warehouse, then writes check.xlsx
(with --lang en): a summary per file, every rejected row with how to fix it,
and the months each source holds. Exits 0 when run would accept the folder,
3 when it would refuse it. With --month, the month is checked as run does:
every required source must hold rows of it.`,
		Example: "  fwaeval check --data data/2026-10 --month 2026-10 --out periksa-2026-10.xlsx",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.load.data == "" {
				return usagef("--data wajib / --data is required")
			}
			o.load.data = filepath.Clean(o.load.data)
			var m time.Time
			if o.month != "" {
				var err error
				if m, err = parseMonthFlag(o.month); err != nil {
					return err
				}
			}
			return runCheck(cmd.Context(), o, m, g)
		},
	}
	o.load.addFlags(c)
	c.Flags().StringVar(&o.month, "month", "", "bulan yang akan dijalankan (YYYY-MM): diperiksa juga seperti run / the month run will be given: checked as run does")
	c.Flags().StringVar(&o.out, "out", "", "berkas XLSX hasil / the workbook to write (default: periksa.xlsx, check.xlsx with --lang en)")
	g.addShared(c, fDB|fEngine|fLang|fJSON|fQuiet, "fwaeval.duckdb", "out")
	return c
}

func runCheck(ctx context.Context, o *checkOptions, m time.Time, g *globalOptions) error {
	rate, err := parseRate(o.load.maxRejectRate)
	if err != nil {
		return err
	}
	if st, err := os.Stat(o.load.data); err != nil || !st.IsDir() {
		return &warehouse.InputError{File: o.load.data, Msg: "folder data tidak ditemukan / data directory not found"}
	}
	out := o.out
	if out == "" {
		out = map[string]string{"id": "periksa.xlsx", "en": "check.xlsx"}[g.lang]
	}
	if !strings.EqualFold(filepath.Ext(out), ".xlsx") {
		return usagef("--out %q: nama berkas harus berakhiran .xlsx / the file name must end in .xlsx", out)
	}
	res, err := load.Check(ctx, g.db, warehouse.Settings{MemoryLimit: g.memoryLimit, Threads: g.threads, TempDir: g.tempDir}, load.CheckOptions{
		Load: load.LoadOptions{
			Dir: o.load.data, MaxRejectRate: rate, Complete: true, Month: m,
			Log: func(msg string) { g.logf("%s", msg) },
		},
		MaxRejects: load.MaxWorkbookRejects,
	})
	if err != nil {
		return err
	}
	if err := outputs.WriteAtomic(filepath.Clean(out), func(w io.Writer) error {
		return load.CheckWorkbook(res, g.lang, w)
	}); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	g.warn(res.Warnings)
	if g.json {
		if err := encodeJSON(g, res); err != nil {
			return err
		}
	} else {
		printCheck(g.stdout, res, out)
	}
	return res.Refused
}

// printCheck says per file what a load would do, then where the workbook is.
func printCheck(w io.Writer, res *load.CheckResult, out string) {
	for _, in := range res.Inputs {
		fmt.Fprintf(w, "%-16s %-32s dibaca %d, akan dimuat %d, ditolak %d\n", in.Source, in.File, in.RowsRead, in.RowsLoaded, in.RowsRejected)
	}
	verdict := "run akan menerima folder ini / run would accept this folder"
	if res.Refused != nil {
		verdict = "run akan menolak folder ini / run would refuse this folder"
	}
	fmt.Fprintf(w, "%s; %d penolakan / rejects: %s\n", verdict, res.RejectsTotal, out)
}
