package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"fwaeval/pipeline"
	"fwaeval/reports"
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

func runReport(ctx context.Context, m time.Time, formats []string, p *pipeline.Policy, g *globalOptions) error {
	w, err := g.openWarehouse(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	if err := pipeline.MonthHeld(ctx, w, m); err != nil {
		return err
	}
	if _, err := pipeline.Evaluate(ctx, w, m, p); err != nil {
		return err
	}
	_, paths, err := reportStage(ctx, w, m, formats, p, pipeline.NewOutputs(g.out, m, false), g)
	if err != nil {
		return err
	}
	for _, path := range paths {
		fmt.Fprintln(g.stdout, path)
	}
	return w.Close()
}

// reportStage renders the evaluated month's reports in each format.
func reportStage(ctx context.Context, w *pipeline.Warehouse, m time.Time, formats []string, p *pipeline.Policy, o *pipeline.Outputs, g *globalOptions) (*reports.Model, []string, error) {
	if err := pipeline.MonthHeld(ctx, w, m); err != nil {
		return nil, nil, err
	}
	model, err := pipeline.ReportModel(ctx, w, m, g.lang, p, time.Time{})
	if err != nil {
		return nil, nil, err
	}
	// Generated time: the data's as-of, so the same data gives the same bytes.
	model.Generated = model.AsOf
	// The formats render at the same time (the HTML while the PDF's charts
	// are drawn), then are written in order.
	docs := make([][]byte, len(formats))
	errs := make([]error, len(formats))
	var wg sync.WaitGroup
	for i, f := range formats {
		wg.Go(func() {
			switch f {
			case "html":
				docs[i], errs[i] = reports.HTML(model)
			case "pdf":
				docs[i], errs[i] = reports.PDF(model, reports.PDFOptions{Workers: g.threads})
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	var paths []string
	for i, f := range formats {
		doc := docs[i]
		path, err := o.Write("report."+f, func(w io.Writer) error { _, err := w.Write(doc); return err })
		if err != nil {
			return nil, nil, fmt.Errorf("write report.%s: %w", f, err)
		}
		g.logf("laporan / report: %s", path)
		paths = append(paths, path)
	}
	return model, paths, nil
}
