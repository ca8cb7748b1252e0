package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"fwaeval/pipeline"
	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/policy"
)

// reportOptions are the flags of `fwaeval report`.
type reportOptions struct {
	month   string
	formats string
}

func newReportCommand(g *globalOptions) *cobra.Command {
	o := &reportOptions{}
	c := &cobra.Command{
		Use:     "report --month YYYY-MM [--format html,pdf]",
		Short:   "Buat laporan dari gudang data / render reports from the warehouse",
		Example: "  fwaeval report --month 2026-10\n  fwaeval report --month 2026-10 --format pdf --lang en",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := parseMonthFlag(o.month)
			if err != nil {
				return err
			}
			var formats []string
			for _, f := range strings.Split(o.formats, ",") {
				f = strings.TrimSpace(strings.ToLower(f))
				if f != "html" && f != "pdf" {
					return usagef("--format %q: html dan/atau pdf / html and/or pdf", f)
				}
				if !slices.Contains(formats, f) {
					formats = append(formats, f)
				}
			}
			p, _, err := g.loadPolicy()
			if err != nil {
				return err
			}
			return runReport(cmd.Context(), m, formats, p, g)
		},
	}
	c.Flags().StringVar(&o.month, "month", "", "bulan YYYY-MM (wajib) / month YYYY-MM (required)")
	c.Flags().StringVar(&o.formats, "format", "html,pdf", "format laporan: html, pdf / report formats")
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"html", "pdf", "html,pdf"}, cobra.ShellCompDirectiveNoFileComp))
	g.addShared(c, fDB|fEngine|fOut|fLang|fPolicy|fQuiet, "fwaeval.duckdb", "out")
	return c
}

func runReport(ctx context.Context, m time.Time, formats []string, p *policy.Policy, g *globalOptions) error {
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
	_, paths, err := pipeline.WriteReports(ctx, w, m, p, formats, g.renderer(), g.steps(outputs.NewFolder(g.out, m, false)))
	if err != nil {
		return err
	}
	for _, path := range paths {
		fmt.Fprintln(g.stdout, path)
	}
	return w.Close()
}
