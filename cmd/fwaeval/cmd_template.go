package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"fwaeval/pipeline/load"
	"fwaeval/pipeline/outputs"
)

// templateOptions are the flags of `fwaeval template`.
type templateOptions struct {
	out string
}

func newTemplateCommand(g *globalOptions) *cobra.Command {
	o := &templateOptions{}
	c := &cobra.Command{
		Use:   "template [--out DIR]",
		Short: "Tulis templat XLSX tiap sumber / write an XLSX template per source",
		Long: `Menulis satu templat XLSX per sumber (unit_kerja.xlsx, pegawai.xlsx, …):
judul kolom docs/input.md, daftar pilihan untuk kolom pilihan, format tanggal dan
angka yang dibaca loader, dan lembar Petunjuk yang menjelaskan tiap kolom.
Isi, simpan di folder bulan itu, lalu jalankan fwaeval check.

Writes one XLSX template per source: the headers of docs/input.md, drop-down lists
for the enum columns, date and number formats the loader reads, and a
Petunjuk sheet explaining each column. Fill it in, save it in the month's
folder, then run fwaeval check.`,
		Example: "  fwaeval template --out templat",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.out == "" {
				return usagef("--out tidak boleh kosong / --out must not be empty")
			}
			return runTemplate(cmd.Context(), filepath.Clean(o.out), g)
		},
	}
	c.Flags().StringVar(&o.out, "out", "templat", "folder templat / folder for the templates")
	return c
}

func runTemplate(ctx context.Context, dir string, g *globalOptions) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	for _, name := range load.TemplateSources() {
		if err := ctx.Err(); err != nil {
			return err
		}
		path := filepath.Join(dir, name+".xlsx")
		if err := outputs.WriteAtomic(path, func(w io.Writer) error { return load.Template(name, w) }); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		fmt.Fprintln(g.stdout, path)
	}
	return nil
}
