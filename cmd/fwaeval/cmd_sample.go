package main

import (
	"context"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	sample "fwaeval/sample-data"
)

// sampleOptions are the flags of `fwaeval sample`.
type sampleOptions struct {
	scale   string
	seed    int64
	messy   bool
	parquet bool
}

func (o *sampleOptions) addFlags(c *cobra.Command) {
	c.Flags().StringVar(&o.scale, "scale", "small", "ukuran / size: "+strings.Join(sample.Scales, "|"))
	c.Flags().Int64Var(&o.seed, "seed", 1, "benih acak; benih sama, berkas sama / random seed: same seed, same bytes")
	c.Flags().BoolVar(&o.messy, "messy", false, "tulis dalam bentuk ekspor nyata / write the forms real exports take")
	c.Flags().BoolVar(&o.parquet, "parquet", false, "sumber fakta sebagai Parquet / fact sources as Parquet")
}

func newSampleCommand(g *globalOptions) *cobra.Command {
	o := &sampleOptions{}
	c := &cobra.Command{
		Use:   "sample --scale small|pemda|national --out DIR [--seed N]",
		Short: "Tulis data sintetis sesuai kontrak masukan / write a synthetic data set in the input contract",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !slices.Contains(sample.Scales, o.scale) {
				return usagef("--scale harus salah satu dari / must be one of %s", strings.Join(sample.Scales, ", "))
			}
			if o.messy && o.parquet {
				return usagef("--messy dan --parquet tidak bisa bersama / --messy and --parquet cannot be combined")
			}
			if !cmd.Flags().Changed("out") {
				return usagef("--out wajib untuk sample / --out is required for sample")
			}
			return runSample(cmd.Context(), o, g)
		},
	}
	o.addFlags(c)
	return c
}

func runSample(ctx context.Context, o *sampleOptions, g *globalOptions) error {
	return sample.Generate(ctx, sample.Options{
		Scale: o.scale, Out: g.out, Seed: o.seed, Messy: o.messy, Parquet: o.parquet, TempDir: g.tempDir, MemoryLimit: g.memoryLimit,
		Log: func(msg string) { g.logf("%s", msg) },
	})
}
