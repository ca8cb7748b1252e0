package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"fwaeval/pipeline"
)

// evaluateOptions are the flags of `fwaeval evaluate`.
type evaluateOptions struct {
	month string
}

func newEvaluateCommand(g *globalOptions) *cobra.Command {
	o := &evaluateOptions{}
	c := &cobra.Command{
		Use:   "evaluate --month YYYY-MM [--policy FILE]",
		Short: "Terapkan aturan kebijakan, tulis rekomendasi / apply the policy rules, write recommendations",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := parseMonthFlag(o.month)
			if err != nil {
				return err
			}
			p, err := g.loadPolicy()
			if err != nil {
				return err
			}
			return runEvaluate(cmd.Context(), m, p, g)
		},
	}
	c.Flags().StringVar(&o.month, "month", "", "bulan YYYY-MM (wajib) / month YYYY-MM (required)")
	return c
}

// loadPolicy reads --policy, or returns the built-in policy. An invalid
// file is a usage error (exit 2) naming its line and key.
func (g *globalOptions) loadPolicy() (*pipeline.Policy, error) {
	if g.policy == "" {
		return pipeline.DefaultPolicy(), nil
	}
	text, err := os.ReadFile(g.policy)
	if err != nil {
		return nil, usagef("--policy: %w", err)
	}
	p, err := pipeline.ParsePolicy(g.policy, text)
	var pe *pipeline.PolicyError
	if errors.As(err, &pe) {
		return nil, &usageError{err}
	}
	return p, err
}

func runEvaluate(ctx context.Context, m time.Time, p *pipeline.Policy, g *globalOptions) error {
	w, err := g.openWarehouse(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	flags, err := pipeline.Evaluate(ctx, w, m, p)
	if err != nil {
		return err
	}
	counts := map[string]int{}
	for _, f := range flags {
		counts[f.Status]++
	}
	for _, s := range append(pipeline.Statuses, pipeline.StatusNotApplicable) {
		g.logf("%-20s %d", s, counts[s])
	}
	path, err := pipeline.FlagsCSV(ctx, w, m, g.out, g.lang)
	if err != nil {
		return err
	}
	fmt.Fprintln(g.stdout, path)
	return w.Close()
}

func newPolicyCommand(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "policy",
		Short: "Cetak kebijakan bawaan (YAML) / print the built-in policy (YAML)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := g.stdout.Write(pipeline.DefaultPolicyYAML)
			return err
		},
	}
}
