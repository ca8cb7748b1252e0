package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"fwaeval/pipeline"
)

// Exit codes of SPEC §2.
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
	exitInput   = 3
	exitBusy    = 4
)

// version is set by the Makefile through -ldflags.
var version = "dev"

// globalOptions are the flags every command shares.
type globalOptions struct {
	db          string
	out         string
	lang        string
	policy      string
	json        bool
	quiet       bool
	memoryLimit string
	threads     int
	tempDir     string
	// xlsx is set by --format: the working files also as XLSX.
	xlsx bool

	stdout, stderr io.Writer
}

// usageError is a wrong flag or argument: exit code 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// run is the real entry point: it builds the command tree, runs it with a
// context cancelled by SIGINT/SIGTERM, prints the error once and maps it to
// an exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	g := &globalOptions{stdout: stdout, stderr: stderr}
	root := newRootCommand(g)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	code := exitCode(err)
	fmt.Fprintf(stderr, "fwaeval: %v\n", err)
	if code == exitUsage && !strings.Contains(err.Error(), "--help") {
		path := "fwaeval"
		if cmd != nil {
			path = cmd.CommandPath() // the command's own help
		}
		fmt.Fprintf(stderr, "Lihat / see: %s --help\n", path)
	}
	return code
}

func exitCode(err error) int {
	var ue *usageError
	var ie *pipeline.InputError
	switch {
	case errors.Is(err, pipeline.ErrBusy):
		return exitBusy
	case errors.As(err, &ie):
		return exitInput
	case errors.As(err, &ue), isCobraUsage(err):
		return exitUsage
	}
	return exitRuntime
}

// isCobraUsage recognises cobra's own flag and argument errors, which it
// returns as plain errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func newRootCommand(g *globalOptions) *cobra.Command {
	root := &cobra.Command{
		Use:           "fwaeval",
		Short:         "Evaluasi bulanan fleksibilitas kerja ASN / monthly evaluation of flexible work for civil servants",
		Version:       version,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	f := root.PersistentFlags()
	f.StringVar(&g.db, "db", "fwaeval.duckdb", "berkas gudang data / warehouse file")
	f.StringVar(&g.out, "out", "out", "folder keluaran / output directory")
	f.StringVar(&g.lang, "lang", "id", "bahasa laporan id|en / report language")
	f.StringVar(&g.policy, "policy", "", "berkas kebijakan YAML / policy file (default: built-in)")
	f.BoolVar(&g.json, "json", false, "ringkasan JSON di stdout / machine-readable summary on stdout")
	f.BoolVar(&g.quiet, "quiet", false, "tanpa pesan kemajuan / no progress messages")
	f.StringVar(&g.memoryLimit, "memory-limit", "6GB", "batas memori DuckDB; lebihnya ditumpahkan ke disk / DuckDB memory limit, spilling to disk beyond it")
	f.IntVar(&g.threads, "threads", 0, "jumlah thread DuckDB, 0 = semua inti / DuckDB threads, 0 = all cores")
	f.StringVar(&g.tempDir, "temp-dir", "", "folder tumpahan / spill directory (default: DB.tmp)")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		if g.lang != "id" && g.lang != "en" {
			return usagef("--lang harus id atau en / --lang must be id or en")
		}
		// Paths are cleaned once here: "out/../x//" is written and printed as "x".
		for _, p := range []*string{&g.out, &g.db, &g.policy, &g.tempDir} {
			if *p != "" {
				*p = filepath.Clean(*p)
			}
		}
		if g.out == "" || g.db == "" {
			return usagef("--out dan --db tidak boleh kosong / --out and --db must not be empty")
		}
		return nil
	}
	root.AddCommand(newLoadCommand(g), newSampleCommand(g), newComputeCommand(g), newEvaluateCommand(g), newPolicyCommand(g), newReportCommand(g), newRunCommand(g), newExportCommand(g), newRollupCommand(g), newCheckCommand(g), newTemplateCommand(g))
	return root
}

// openWarehouse opens the warehouse with the global settings.
func (g *globalOptions) openWarehouse(ctx context.Context) (*pipeline.Warehouse, error) {
	return pipeline.Open(ctx, g.db, pipeline.Settings{MemoryLimit: g.memoryLimit, Threads: g.threads, TempDir: g.tempDir})
}

// logf prints a progress line on stderr unless --quiet.
func (g *globalOptions) logf(format string, args ...any) {
	if !g.quiet {
		fmt.Fprintf(g.stderr, format+"\n", args...)
	}
}

// parseRate reads a rate as a fraction (0.05) or a percentage (5%).
func parseRate(s string) (float64, error) {
	pct := strings.HasSuffix(s, "%")
	v, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(s, "%")), 64)
	if err != nil || v < 0 {
		return 0, usagef("rate %q: use a fraction such as 0.05 or a percentage such as 5%%", s)
	}
	if pct {
		v /= 100
	}
	if v > 1 {
		return 0, usagef("rate %q is above 100%%", s)
	}
	return v, nil
}
