package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"fwaeval/pipeline"
	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/policy"
)

// evaluateOptions are the flags of `fwaeval evaluate`.
type evaluateOptions struct {
	month   string
	formats string
}

func newEvaluateCommand(g *globalOptions) *cobra.Command {
	o := &evaluateOptions{}
	c := &cobra.Command{
		Use:     "evaluate --month YYYY-MM [--policy FILE]",
		Short:   "Terapkan aturan kebijakan, tulis rekomendasi / apply the policy rules, write recommendations",
		Example: "  fwaeval evaluate --month 2026-10\n  fwaeval evaluate --month 2026-10 --policy kebijakan.yaml",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := parseMonthFlag(o.month)
			if err != nil {
				return err
			}
			p, _, err := g.loadPolicy()
			if err != nil {
				return err
			}
			if err := g.parseWorkingFormats(o.formats); err != nil {
				return err
			}
			return runEvaluate(cmd.Context(), m, p, g)
		},
	}
	c.Flags().StringVar(&o.month, "month", "", "bulan YYYY-MM (wajib) / month YYYY-MM (required)")
	addFormatFlag(c, &o.formats, "csv")
	g.addShared(c, fDB|fEngine|fOut|fLang|fPolicy|fQuiet, "fwaeval.duckdb", "out")
	return c
}

// loadPolicy reads --policy, or returns the built-in policy, with its YAML
// text (the manifest records its hash). An invalid file is a usage error
// (exit 2) naming its line and key.
func (g *globalOptions) loadPolicy() (*policy.Policy, []byte, error) {
	if g.policy == "" {
		return policy.Default(), policy.DefaultYAML, nil
	}
	text, err := os.ReadFile(g.policy)
	if err != nil {
		return nil, nil, usagef("--policy: %w", err)
	}
	p, err := policy.Parse(g.policy, text)
	var pe *policy.PolicyError
	if errors.As(err, &pe) {
		return nil, nil, &usageError{err}
	}
	return p, text, err
}

func runEvaluate(ctx context.Context, m time.Time, p *policy.Policy, g *globalOptions) error {
	w, err := g.openWarehouse(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	if err := compute.MonthHeld(ctx, w, m); err != nil {
		return err
	}
	_, paths, err := pipeline.WriteFlags(ctx, w, m, p, g.steps(outputs.NewFolder(g.out, m, false)))
	if err != nil {
		return err
	}
	fmt.Fprintln(g.stdout, strings.Join(paths, "\n"))
	return w.Close()
}

func newPolicyCommand(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:     "policy",
		Short:   "Cetak kebijakan bawaan (YAML) / print the built-in policy (YAML)",
		Example: "  fwaeval policy > kebijakan.yaml\n  fwaeval run --data data/2026-10 --month 2026-10 --policy kebijakan.yaml",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := g.stdout.Write(policy.DefaultYAML)
			return err
		},
	}
}
