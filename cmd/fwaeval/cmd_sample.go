package main

import (
	"context"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"fwaeval/pipeline"
	sample "fwaeval/sample-data"
)

// sampleOptions are the flags of `fwaeval sample`.
type sampleOptions struct {
	scale    string
	seed     int64
	messy    bool
	parquet  bool
	packages int
	noise    string
}

func (o *sampleOptions) addFlags(c *cobra.Command) {
	c.Flags().StringVar(&o.scale, "scale", "small", "ukuran / size: "+strings.Join(sample.Scales, "|"))
	c.Flags().Int64Var(&o.seed, "seed", 1, "benih acak; benih sama, berkas sama / random seed: same seed, same bytes")
	c.Flags().BoolVar(&o.messy, "messy", false, "tulis dalam bentuk ekspor nyata / write the forms real exports take")
	c.Flags().BoolVar(&o.parquet, "parquet", false, "sumber fakta sebagai Parquet / fact sources as Parquet")
	c.Flags().StringVar(&o.noise, "noise", "none", "derau / noise: none (data halus, skenario tertanam / smooth, planted scenarios), "+
		"realistic (derau nyata, tanpa efek kebijakan / real-world noise, no policy effect), planted (derau nyata + efek tertanam berukuran diketahui / real-world noise + effects of known size)")
	c.Flags().IntVar(&o.packages, "packages", 0, "buat N paket instansi untuk rollup: data di OUT/data, batch dijalankan, paket di OUT/YYYY-MM / make N instansi packages for the rollup: data in OUT/data, the batch run, packages in OUT/YYYY-MM")
}

func newSampleCommand(g *globalOptions) *cobra.Command {
	o := &sampleOptions{}
	c := &cobra.Command{
		Use:   "sample --scale small|pemda|national --out DIR [--seed N] [--packages N]",
		Short: "Tulis data sintetis sesuai kontrak masukan / write a synthetic data set in the input contract",
		Long: `Menulis data sintetis sesuai kontrak masukan (docs/input.md); benih sama, berkas sama.
Dengan --packages N: N instansi seukuran skala itu (6, 30 atau 50 unit per
instansi) ditulis ke OUT/data, proses bulanan dijalankan atas data itu
(gudang data OUT/fwaeval.duckdb), dan paket agregat tiap instansi ada di
OUT/YYYY-MM/paket-*/ — masukan untuk ` + "`fwaeval rollup`" + `. Benih s mengambil
instansi ke-(s-1)·N sampai s·N-1 dari katalog, jadi data dengan benih lain
tidak berbagi instansi.

Writes a synthetic data set in the input contract (docs/input.md); same seed, same
bytes. With --packages N: N instansi of the scale's size (6, 30 or 50 units
each) are written to OUT/data, the monthly batch is run on them (warehouse
OUT/fwaeval.duckdb), and each instansi's aggregate package is in
OUT/YYYY-MM/paket-*/ — input for ` + "`fwaeval rollup`" + `. Seed s draws instansi
(s-1)·N to s·N-1 of the catalogue, so data sets of different seeds share no
instansi.`,
		Example: "  fwaeval sample --scale pemda --out data/pemda\n  fwaeval sample --scale national --packages 600 --out paket600\n  fwaeval rollup --in paket600/2026-10 --month 2026-10",
		Args:    cobra.NoArgs,
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
			if o.packages < 0 || o.packages > 10000 {
				return usagef("--packages %d: 1 sampai / to 10000", o.packages)
			}
			if !slices.Contains(sample.Noises, o.noise) {
				return usagef("--noise harus salah satu dari / must be one of %s", strings.Join(sample.Noises, ", "))
			}
			if o.noise != "none" && (o.scale == "national" || o.packages > 0) {
				return usagef("--noise %s: hanya dengan --scale small atau pemda, tanpa --packages / only with --scale small or pemda, without --packages", o.noise)
			}
			if o.packages > 0 && o.messy {
				return usagef("--packages dan --messy tidak bisa bersama / --packages and --messy cannot be combined")
			}
			if o.packages > 0 {
				return runSamplePackages(cmd.Context(), o, g)
			}
			return runSample(cmd.Context(), o, g)
		},
	}
	o.addFlags(c)
	g.addShared(c, fOut|fEngine|fQuiet, "", "")
	c.RegisterFlagCompletionFunc("scale", cobra.FixedCompletions(sample.Scales, cobra.ShellCompDirectiveNoFileComp))
	c.RegisterFlagCompletionFunc("noise", cobra.FixedCompletions(sample.Noises, cobra.ShellCompDirectiveNoFileComp))
	return c
}

func runSample(ctx context.Context, o *sampleOptions, g *globalOptions) error {
	return sample.Generate(ctx, sample.Options{
		Scale: o.scale, Out: g.out, Seed: o.seed, Messy: o.messy, Parquet: o.parquet, Packages: o.packages, Noise: o.noise,
		TempDir: g.tempDir, MemoryLimit: g.memoryLimit,
		Log: func(msg string) { g.logf("%s", msg) },
	})
}

// runSamplePackages generates a packages set into OUT/data and runs the
// real monthly batch on it (pipeline.Run, the built-in policy), so the
// packages in OUT/YYYY-MM are what export writes for a real instansi.
func runSamplePackages(ctx context.Context, o *sampleOptions, g *globalOptions) error {
	out := g.out
	data := filepath.Join(out, "data")
	gen := *g
	gen.out = data
	if err := runSample(ctx, o, &gen); err != nil {
		return err
	}
	s := g.settings()
	if s.TempDir == "" {
		s.TempDir = filepath.Join(out, ".tmp")
	}
	p, policyText, err := g.loadPolicy() // sample has no --policy: the built-in one
	if err != nil {
		return err
	}
	_, err = pipeline.Run(ctx, pipeline.RunOptions{
		DB: filepath.Join(out, "fwaeval.duckdb"), Settings: s, Data: data, Month: sample.LastMonth, MaxRejectRate: 0.05,
		Out: out, Policy: p, PolicyText: policyText, Version: version, Lang: g.lang, Workbooks: g.xlsx,
		Render: g.renderer(),
	})
	return err
}
