package warehouse

import (
	"fmt"
	"io"
	"time"
)

// TraceTo, when set, hears every traced step with its seconds; cmd sets
// it to stderr for FWAEVAL_TRACE=1 (bench/batch.sh). Nil: no tracing.
var TraceTo io.Writer

// Trace writes "trace WHAT STEP SECONDS" for the step begun at since and
// returns now, for the next step.
func Trace(what, step string, since time.Time) time.Time {
	if TraceTo != nil {
		fmt.Fprintf(TraceTo, "trace %s %s %.3f s\n", what, step, time.Since(since).Seconds())
	}
	return time.Now()
}

// Tracef writes one traced line.
func Tracef(format string, args ...any) {
	if TraceTo != nil {
		fmt.Fprintf(TraceTo, "trace "+format+"\n", args...)
	}
}

// Tracing reports whether steps are traced.
func Tracing() bool { return TraceTo != nil }
