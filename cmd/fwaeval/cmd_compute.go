package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"fwaeval/pipeline"
	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/outputs"
)

// computeOptions are the flags of `fwaeval compute`.
type computeOptions struct {
	month   string
	formats string
}

func (o *computeOptions) addFlags(c *cobra.Command) {
	c.Flags().StringVar(&o.month, "month", "", "bulan YYYY-MM (wajib) / month YYYY-MM (required)")
	addFormatFlag(c, &o.formats, "csv")
}

// addFormatFlag adds --format: the working files' formats besides the
// CSV, which is always written.
func addFormatFlag(c *cobra.Command, v *string, def string) {
	c.Flags().StringVar(v, "format", def, "berkas kerja: csv dan/atau xlsx (csv selalu ditulis) / working files: csv and/or xlsx (csv is always written)")
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"csv", "csv,xlsx"}, cobra.ShellCompDirectiveNoFileComp))
}

// parseWorkingFormats reads --format csv,xlsx into g.xlsx.
func (g *globalOptions) parseWorkingFormats(s string) error {
	g.xlsx = false
	for _, f := range strings.Split(s, ",") {
		switch strings.TrimSpace(f) {
		case "csv":
		case "xlsx":
			g.xlsx = true
		default:
			return usagef("--format %q: csv dan/atau xlsx / csv and/or xlsx", f)
		}
	}
	return nil
}

func newComputeCommand(g *globalOptions) *cobra.Command {
	o := &computeOptions{}
	c := &cobra.Command{
		Use:     "compute --month YYYY-MM",
		Short:   "Hitung indikator bulan itu / compute the month's indicators",
		Example: "  fwaeval compute --month 2026-10\n  fwaeval compute --month 2026-10 --format csv,xlsx --out hasil",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := parseMonthFlag(o.month)
			if err != nil {
				return err
			}
			if err := g.parseWorkingFormats(o.formats); err != nil {
				return err
			}
			return runCompute(cmd.Context(), m, g)
		},
	}
	o.addFlags(c)
	g.addShared(c, fDB|fEngine|fOut|fQuiet, "fwaeval.duckdb", "out")
	return c
}

// parseMonthFlag reads --month YYYY-MM; a missing or malformed month is a
// usage error (exit 2).
func parseMonthFlag(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, usagef("--month wajib / --month is required (YYYY-MM)")
	}
	m, err := time.Parse("2006-01", s)
	if err != nil {
		return time.Time{}, usagef("--month %q bukan bulan YYYY-MM, mis. 2026-10 / is not a month YYYY-MM, e.g. 2026-10", s)
	}
	return m, nil
}

func runCompute(ctx context.Context, m time.Time, g *globalOptions) error {
	w, err := g.openWarehouse(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	if err := compute.MonthHeld(ctx, w, m); err != nil {
		return err
	}
	_, paths, err := pipeline.WriteIndicators(ctx, w, m, g.steps(outputs.NewFolder(g.out, m, false)))
	if err != nil {
		return err
	}
	fmt.Fprintln(g.stdout, strings.Join(paths, "\n"))
	return w.Close()
}
