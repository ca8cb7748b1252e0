package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows a long command's steps: bars on a terminal, plain log
// lines otherwise (a log file, a CI job), nothing with --quiet. It writes
// to stderr, so stdout keeps only results.
type progress struct {
	w     io.Writer
	tty   bool
	quiet bool

	mu   sync.Mutex
	bar  *progressbar.ProgressBar
	file string
	step string
	last time.Time // last plain progress line
}

// plainEvery is how often a plain (non-terminal) log reports a long file.
const plainEvery = 15 * time.Second

func newProgress(g *globalOptions) *progress {
	p := &progress{w: g.stderr, quiet: g.quiet}
	if f, ok := g.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
	}
	return p
}

// stage announces step i of n.
func (p *progress) stage(i, n int, name string) {
	if p.quiet {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finishBar()
	p.step = fmt.Sprintf("[%d/%d] %s", i, n, name)
	if !p.tty {
		fmt.Fprintln(p.w, p.step)
		return
	}
	p.bar = progressbar.NewOptions64(-1, progressbar.OptionSetWriter(p.w), progressbar.OptionSetDescription(p.step),
		progressbar.OptionSpinnerType(14), progressbar.OptionSetElapsedTime(true), progressbar.OptionClearOnFinish())
	p.bar.RenderBlank()
}

// done closes step name with its time.
func (p *progress) done(name string, start time.Time) {
	if p.quiet {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finishBar()
	if p.tty { // the stage's spinner line is gone: say which stage ended
		fmt.Fprintf(p.w, "%s — selesai / done (%.1f s)\n", p.step, time.Since(start).Seconds())
		return
	}
	fmt.Fprintf(p.w, "      %s selesai / done (%.1f s)\n", name, time.Since(start).Seconds())
}

// log prints a line above the bar.
func (p *progress) log(msg string) {
	if p.quiet {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Clear()
	}
	fmt.Fprintln(p.w, "      "+msg)
}

// loadFile follows one input file: a bar over the share read on a
// terminal; a line when a file starts otherwise (the load logs its end).
func (p *progress) loadFile(file string, fraction float64, rows int64) {
	if p.quiet {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if file != p.file {
		p.finishBar()
		p.file = file
		p.last = time.Now()
		if !p.tty {
			fmt.Fprintf(p.w, "      baca / read %s …\n", file)
			return
		}
		max := int64(1000)
		if fraction < 0 {
			max = -1
		}
		p.bar = progressbar.NewOptions64(max, progressbar.OptionSetWriter(p.w), progressbar.OptionSetDescription("      "+file),
			progressbar.OptionSetWidth(30), progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionSetPredictTime(true),
			progressbar.OptionSpinnerType(14), progressbar.OptionClearOnFinish())
	}
	if !p.tty {
		if time.Since(p.last) >= plainEvery && fraction < 1 {
			p.last = time.Now()
			if fraction >= 0 {
				fmt.Fprintf(p.w, "      %s %.0f %% (%d baris)\n", file, fraction*100, rows)
			} else {
				fmt.Fprintf(p.w, "      %s %d baris\n", file, rows)
			}
		}
		return
	}
	if p.bar == nil {
		return
	}
	p.bar.Describe(fmt.Sprintf("      %s  %d baris", file, rows))
	if fraction >= 0 && p.bar.GetMax64() > 0 {
		p.bar.Set64(int64(fraction * 1000))
	} else {
		p.bar.Add64(1)
	}
}

func (p *progress) finishBar() {
	if p.bar != nil {
		p.bar.Finish()
		p.bar = nil
	}
	p.file = ""
}
