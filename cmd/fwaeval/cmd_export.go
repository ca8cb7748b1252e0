package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"fwaeval/pipeline"
	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/paket"
	"fwaeval/pipeline/policy"
)

// exportOptions are the flags of `fwaeval export`.
type exportOptions struct {
	month    string
	instansi string
}

func newExportCommand(g *globalOptions) *cobra.Command {
	o := &exportOptions{}
	c := &cobra.Command{
		Use:   "export --month YYYY-MM [--instansi ID]",
		Short: "Tulis paket agregat per instansi untuk tingkat nasional / write each instansi's aggregate package for the national level",
		Long: `Menulis paket agregat bulan itu untuk setiap instansi di gudang data (atau
satu, dengan --instansi) ke OUT/YYYY-MM/paket-INSTANSI-YYYY-MM/: indikator
unit untuk bulan itu dan hingga 11 bulan sebelumnya, status dan bukti tiap
unit, daftar unit, dan paket.json (versi, kebijakan, hash tiap berkas).
Tanpa NIP, pseudonim, atau data per pegawai; unit dengan kurang dari 5
pegawai hanya membawa status dan jumlah pegawai. Kirim foldernya ke tingkat
nasional; di sana ` + "`fwaeval rollup`" + ` menggabungkannya.

Writes the month's aggregate package of every instansi in the warehouse
(or one, with --instansi) to OUT/YYYY-MM/paket-INSTANSI-YYYY-MM/: unit
indicators for the month and up to 11 months before it, each unit's status
and evidence, the unit list, and paket.json (version, policy, each file's
hash). No NIP, pseudonym or per-employee value; units under 5 employees
carry status and counts only. Send the folder on; ` + "`fwaeval rollup`" + ` combines
the packages at the national level.`,
		Example: "  fwaeval export --month 2026-10\n  fwaeval export --month 2026-10 --instansi PROV-BKL --out kirim",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := parseMonthFlag(o.month)
			if err != nil {
				return err
			}
			return runExport(cmd.Context(), m, o, g)
		},
	}
	c.Flags().StringVar(&o.month, "month", "", "bulan YYYY-MM (wajib) / month YYYY-MM (required)")
	c.Flags().StringVar(&o.instansi, "instansi", "", "satu instansi saja / one instansi only")
	g.addShared(c, fDB|fEngine|fOut|fLang|fPolicy|fQuiet, "fwaeval.duckdb", "out")
	return c
}

func runExport(ctx context.Context, m time.Time, o *exportOptions, g *globalOptions) error {
	p, policyText, err := g.loadPolicy()
	if err != nil {
		return err
	}
	w, err := g.openWarehouse(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	if err := compute.MonthHeld(ctx, w, m); err != nil {
		return err
	}
	if _, err := policy.Evaluate(ctx, w, m, p); err != nil {
		return err
	}
	pakets, err := pipeline.WritePackages(ctx, w, m, paket.ExportOptions{Version: version, Lang: g.lang, Policy: policyText,
		PolicyBuiltin: policy.IsBuiltin(policyText), Instansi: o.instansi},
		g.steps(outputs.NewFolder(g.out, m, false)))
	if err != nil {
		return err
	}
	for _, pk := range pakets {
		fmt.Fprintln(g.stdout, pk.Path)
	}
	return w.Close()
}
