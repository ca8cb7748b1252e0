package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/paket"
	"fwaeval/pipeline/policy"
	"fwaeval/pipeline/report"
	"fwaeval/pipeline/warehouse"
	"fwaeval/reports/model"
)

// The steps after the load, each computing what it needs and writing its
// files. `run` calls them in one transaction (Run); `compute`, `evaluate`,
// `report` and `export` call one each. They take a month the warehouse
// holds: the caller checks it once (MonthHeld; Run's load does).

// Renderer renders a report model in one format ("html", "pdf"). The
// renderers live in package reports, which pipeline does not import: cmd
// passes them in.
type Renderer func(m *model.Model, format string) ([]byte, error)

// StepOptions are what the steps share.
type StepOptions struct {
	Outputs *outputs.Folder
	// Lang is the language of evidence and reports ("id", "en").
	Lang string
	// Workbooks adds indikator.xlsx and rekomendasi.xlsx to the CSVs.
	Workbooks bool
	// Log hears one line per step; nil discards them.
	Log func(msg string)
}

func (o StepOptions) logf(format string, args ...any) {
	if o.Log != nil {
		o.Log(fmt.Sprintf(format, args...))
	}
}

// WriteIndicators computes the month's indicators and writes
// indicators.csv (and indikator.xlsx with Workbooks).
func WriteIndicators(ctx context.Context, w *warehouse.Warehouse, m time.Time, o StepOptions) (*compute.Result, []string, error) {
	start := time.Now()
	res, err := compute.Month(ctx, w, m)
	if err != nil {
		return nil, nil, err
	}
	o.logf("hitung %s: %d bulan dihitung ulang (%.1f s)", m.Format("2006-01"), len(res.Recomputed), time.Since(start).Seconds())
	path, err := outputs.IndicatorsCSV(ctx, w, m, o.Outputs)
	if err != nil || !o.Workbooks {
		return res, []string{path}, err
	}
	book, err := outputs.IndicatorsXLSX(ctx, w, m, o.Outputs)
	return res, []string{path, book}, err
}

// WriteFlags applies the policy, logs the units per status and writes
// flags.csv (and rekomendasi.xlsx with Workbooks).
func WriteFlags(ctx context.Context, w *warehouse.Warehouse, m time.Time, p *policy.Policy, o StepOptions) ([]policy.Flag, []string, error) {
	flags, err := policy.Evaluate(ctx, w, m, p)
	if err != nil {
		return nil, nil, err
	}
	counts := map[string]int{}
	for _, f := range flags {
		counts[f.Status]++
	}
	for _, s := range model.AllStatuses() {
		o.logf("%-20s %d", s, counts[s])
	}
	path, err := outputs.FlagsCSV(ctx, w, m, o.Lang, o.Outputs)
	if err != nil || !o.Workbooks {
		return flags, []string{path}, err
	}
	book, err := outputs.FlagsXLSX(ctx, w, m, o.Lang, o.Outputs)
	return flags, []string{path, book}, err
}

// WriteReports renders the evaluated month's reports in each format:
// rendered at the same time (the HTML while the PDF's charts are drawn),
// then written in order. The model's generated time is the data's as-of,
// so the same data gives the same bytes.
func WriteReports(ctx context.Context, w *warehouse.Warehouse, m time.Time, p *policy.Policy, formats []string, render Renderer, o StepOptions) (*model.Model, []string, error) {
	rm, err := report.ReadModel(ctx, w, m, o.Lang, p, time.Time{})
	if err != nil {
		return nil, nil, err
	}
	rm.Generated = rm.AsOf
	docs := make([][]byte, len(formats))
	errs := make([]error, len(formats))
	var wg sync.WaitGroup
	for i, f := range formats {
		wg.Go(func() { docs[i], errs[i] = render(rm, f) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	var paths []string
	for i, f := range formats {
		doc := docs[i]
		path, err := o.Outputs.Write("report."+f, func(w io.Writer) error { _, err := w.Write(doc); return err })
		if err != nil {
			return nil, nil, fmt.Errorf("write report.%s: %w", f, err)
		}
		o.logf("laporan / report: %s", path)
		paths = append(paths, path)
	}
	return rm, paths, nil
}

// WritePackages writes the evaluated month's packages for the national
// rollup, one folder per instansi (or only e.Instansi).
func WritePackages(ctx context.Context, w *warehouse.Warehouse, m time.Time, e paket.ExportOptions, o StepOptions) ([]paket.Paket, error) {
	pakets, err := paket.Export(ctx, w, m, e, o.Outputs)
	if err != nil {
		return nil, err
	}
	o.logf("paket / packages: %d instansi → %s", len(pakets), o.Outputs.Dir)
	return pakets, nil
}
