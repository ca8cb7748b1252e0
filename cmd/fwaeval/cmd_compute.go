package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"fwaeval/pipeline"
)

// computeOptions are the flags of `fwaeval compute`.
type computeOptions struct {
	month string
}

func (o *computeOptions) addFlags(c *cobra.Command) {
	c.Flags().StringVar(&o.month, "month", "", "bulan YYYY-MM (wajib) / month YYYY-MM (required)")
}

func newComputeCommand(g *globalOptions) *cobra.Command {
	o := &computeOptions{}
	c := &cobra.Command{
		Use:   "compute --month YYYY-MM",
		Short: "Hitung indikator bulan itu / compute the month's indicators",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := parseMonthFlag(o.month)
			if err != nil {
				return err
			}
			return runCompute(cmd.Context(), m, g)
		},
	}
	o.addFlags(c)
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
		return time.Time{}, usagef("--month %q bukan YYYY-MM / is not YYYY-MM", s)
	}
	return m, nil
}

func runCompute(ctx context.Context, m time.Time, g *globalOptions) error {
	w, err := g.openWarehouse(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	_, path, err := computeStage(ctx, w, m, pipeline.NewOutputs(g.out, m, false), g)
	if err != nil {
		return err
	}
	fmt.Fprintln(g.stdout, path)
	return w.Close()
}

// outOfRange is the warning for a month outside the loaded data.
const outOfRange = "%s di luar rentang data; semua nilai kosong / month outside the data range, all values empty"

// computeStage computes the month's indicators and writes indicators.csv.
func computeStage(ctx context.Context, w *pipeline.Warehouse, m time.Time, o *pipeline.Outputs, g *globalOptions) (*pipeline.ComputeResult, string, error) {
	start := time.Now()
	res, err := pipeline.Compute(ctx, w, m)
	if err != nil {
		return nil, "", err
	}
	g.logf("hitung %s: %d bulan dihitung ulang (%.1f s)", m.Format("2006-01"), len(res.Recomputed), time.Since(start).Seconds())
	if !res.InRange {
		g.logf("peringatan / warning: "+outOfRange, m.Format("2006-01"))
	}
	path, err := pipeline.IndicatorsCSV(ctx, w, m, o)
	return res, path, err
}
