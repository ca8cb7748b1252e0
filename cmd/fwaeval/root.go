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
	"sync/atomic"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"fwaeval/pipeline"
	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/warehouse"
	"fwaeval/reports"
)

// Exit codes (README, "A month's batch").
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
	exitInput   = 3
	exitBusy    = 4
	// A run stopped by Ctrl-C or SIGTERM exits as a shell expects: 128 +
	// the signal's number.
	exitSIGINT  = 130
	exitSIGTERM = 143
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
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	var got atomic.Value // the signal that cancelled ctx
	go func() {
		select {
		case s := <-sigs:
			got.Store(s)
			cancel()
		case <-ctx.Done():
		}
	}()
	d := defaults(stdout, stderr)
	g := &d
	root := newRootCommand(g)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	if s, ok := got.Load().(os.Signal); ok {
		// Whatever the stage was doing when it stopped (reading a file,
		// a query DuckDB interrupted) is not the user's problem: say
		// only that it was interrupted, and exit as a shell expects.
		msg := "dibatalkan / interrupted"
		if cmd != nil && cmd.Name() == "run" {
			msg = "dibatalkan; gudang data dan folder keluaran tidak berubah / interrupted; the warehouse and output folder are unchanged"
		}
		fmt.Fprintf(stderr, "fwaeval: %s\n", msg)
		if s == syscall.SIGTERM {
			return exitSIGTERM
		}
		return exitSIGINT
	}
	code := exitCode(err)
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap() // several problems (a folder's missing sources): one line each
	}
	for _, e := range errs {
		fmt.Fprintf(stderr, "fwaeval: %v\n", e)
	}
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
	var ie *warehouse.InputError
	switch {
	case errors.Is(err, warehouse.ErrBusy):
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
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		g.settle(cmd)
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

// Shared flags a command may take; each command lists only those it uses
// (addShared), so its help shows them with its own defaults.
type shared uint

const (
	fDB     shared = 1 << iota // --db
	fEngine                    // --memory-limit, --threads, --temp-dir
	fOut                       // --out DIR
	fLang                      // --lang
	fPolicy                    // --policy
	fJSON                      // --json
	fQuiet                     // --quiet
)

// defaults are the shared options' values where a command does not set
// its own (--db, --out) or takes no such flag.
func defaults(stdout, stderr io.Writer) globalOptions {
	return globalOptions{db: "fwaeval.duckdb", out: "out", lang: "id", memoryLimit: "6GB", stdout: stdout, stderr: stderr}
}

// addShared registers the shared flags set on c; db and out are its
// defaults for --db and --out.
func (g *globalOptions) addShared(c *cobra.Command, set shared, db, out string) {
	f := c.Flags()
	d := defaults(nil, nil)
	if set&fDB != 0 {
		f.StringVar(&g.db, "db", db, "berkas gudang data / warehouse file")
	}
	if set&fEngine != 0 {
		f.StringVar(&g.memoryLimit, "memory-limit", d.memoryLimit, "batas memori DuckDB; lebihnya ditumpahkan ke disk / DuckDB memory limit, spilling to disk beyond it")
		f.IntVar(&g.threads, "threads", 0, "jumlah thread DuckDB, 0 = semua inti / DuckDB threads, 0 = all cores")
		f.StringVar(&g.tempDir, "temp-dir", "", "folder tumpahan / spill directory (default: DB.tmp)")
	}
	if set&fOut != 0 {
		usage := "folder keluaran / output directory"
		if out == "" {
			usage = "folder keluaran (wajib) / output directory (required)"
		}
		f.StringVar(&g.out, "out", out, usage)
	}
	if set&fLang != 0 {
		f.StringVar(&g.lang, "lang", d.lang, "bahasa laporan id|en / report language")
		c.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions([]string{"id\tBahasa Indonesia", "en\tEnglish"}, cobra.ShellCompDirectiveNoFileComp))
	}
	if set&fPolicy != 0 {
		f.StringVar(&g.policy, "policy", "", "berkas kebijakan YAML / policy file (default: built-in)")
	}
	if set&fJSON != 0 {
		f.BoolVar(&g.json, "json", false, "ringkasan JSON di stdout / machine-readable summary on stdout")
	}
	if set&fQuiet != 0 {
		f.BoolVar(&g.quiet, "quiet", false, "tanpa pesan kemajuan atau ringkasan; galat tetap di stderr / no progress or summary; errors still on stderr")
	}
}

// settle gives the options the running command's values: what its flags
// say, their defaults where not given, the shared defaults for the rest
// (every command registers into the same fields).
func (g *globalOptions) settle(cmd *cobra.Command) {
	given := map[string]string{}
	cmd.Flags().Visit(func(f *pflag.Flag) { given[f.Name] = f.Value.String() })
	*g = defaults(g.stdout, g.stderr)
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		v, ok := given[f.Name]
		if !ok {
			v = f.DefValue
		}
		f.Value.Set(v)
	})
	if g.quiet && !g.json {
		// --quiet: a command that succeeds prints nothing; errors and
		// warnings still go to stderr, --json still answers.
		g.stdout = io.Discard
	}
}

// openWarehouse opens the warehouse with the global settings.
func (g *globalOptions) openWarehouse(ctx context.Context) (*warehouse.Warehouse, error) {
	return pipeline.Open(ctx, g.db, g.settings())
}

// settings are DuckDB's resource settings from --memory-limit, --threads
// and --temp-dir.
func (g *globalOptions) settings() warehouse.Settings {
	return warehouse.Settings{MemoryLimit: g.memoryLimit, Threads: g.threads, TempDir: g.tempDir}
}

// steps are the standalone commands' step options: their lines on stderr
// unless --quiet.
func (g *globalOptions) steps(o *outputs.Folder) pipeline.StepOptions {
	return pipeline.StepOptions{Outputs: o, Lang: g.lang, Workbooks: g.xlsx, Log: func(msg string) { g.logf("%s", msg) }}
}

// renderer renders a report model with package reports (the PDF's charts
// on --threads workers).
func (g *globalOptions) renderer() pipeline.Renderer {
	return func(m *reports.Model, format string) ([]byte, error) {
		switch format {
		case "html":
			return reports.HTML(m)
		case "pdf":
			return reports.PDF(m, reports.PDFOptions{Workers: g.threads})
		}
		return nil, fmt.Errorf("unknown report format %q", format)
	}
}

// logf prints a progress line on stderr unless --quiet.
func (g *globalOptions) logf(format string, args ...any) {
	if !g.quiet {
		fmt.Fprintf(g.stderr, format+"\n", args...)
	}
}

// warn prints warnings on stderr, --quiet or not: what a planner must
// hear although the command went on.
func (g *globalOptions) warn(msgs []string) {
	for _, m := range msgs {
		fmt.Fprintf(g.stderr, "peringatan / warning: %s\n", m)
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
