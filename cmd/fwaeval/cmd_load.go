package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"fwaeval/pipeline/load"
	"fwaeval/pipeline/warehouse"
)

// loadOptions are the flags of `fwaeval load`.
type loadOptions struct {
	data          string
	maxRejectRate string
}

func (o *loadOptions) addFlags(c *cobra.Command) {
	c.Flags().StringVar(&o.data, "data", "", "folder data bulan ini / data directory (required)")
	c.Flags().StringVar(&o.maxRejectRate, "max-reject-rate", "0.05", "batas baris ditolak per berkas / highest share of rejected rows per file (0.05 or 5%)")
}

func newLoadCommand(g *globalOptions) *cobra.Command {
	o := &loadOptions{}
	c := &cobra.Command{
		Use:     "load --data DIR",
		Short:   "Validasi dan muat semua sumber di DIR / validate and load every source found in DIR",
		Example: "  fwaeval load --data data/2026-10\n  fwaeval load --data data/2026-10 --max-reject-rate 2% --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.data == "" {
				return usagef("--data wajib / --data is required")
			}
			o.data = filepath.Clean(o.data)
			return runLoad(cmd.Context(), o, g)
		},
	}
	o.addFlags(c)
	g.addShared(c, fDB|fEngine|fJSON|fQuiet, "fwaeval.duckdb", "")
	return c
}

func runLoad(ctx context.Context, o *loadOptions, g *globalOptions) error {
	rate, err := parseRate(o.maxRejectRate)
	if err != nil {
		return err
	}
	if st, err := os.Stat(o.data); err != nil || !st.IsDir() {
		return &warehouse.InputError{File: o.data, Msg: "folder data tidak ditemukan / data directory not found"}
	}
	w, err := g.openWarehouse(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	res, err := load.Load(ctx, w, load.LoadOptions{
		Dir: o.data, MaxRejectRate: rate,
		Log: func(msg string) { g.logf("%s", msg) },
	})
	if err != nil {
		if g.json && res != nil && res.Refused != nil { // what was read, and why the file was refused
			if jerr := encodeJSON(g, res); jerr != nil {
				return errors.Join(err, jerr)
			}
		}
		return err
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("close warehouse: %w", err)
	}
	g.warn(res.Warnings)
	if g.json {
		return encodeJSON(g, res)
	}
	for _, in := range res.Inputs {
		fmt.Fprintf(g.stdout, "%-16s %-32s dibaca %d, dimuat %d, ditolak %d\n", in.Source, in.File, in.RowsRead, in.RowsLoaded, in.RowsRejected)
	}
	for _, r := range res.Rejects {
		fmt.Fprintf(g.stdout, "%s:%d:%s: %s: %s\n", r.File, r.Line, r.Column, r.Code, r.Message)
	}
	if res.RejectsTotal > int64(len(res.Rejects)) {
		fmt.Fprintf(g.stdout, "… dan %d penolakan lain / and %d more rejects\n", res.RejectsTotal-int64(len(res.Rejects)), res.RejectsTotal-int64(len(res.Rejects)))
	}
	return nil
}

// encodeJSON prints v as indented JSON on stdout.
func encodeJSON(g *globalOptions, v any) error {
	enc := json.NewEncoder(g.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
