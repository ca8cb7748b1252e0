package warehouse

import (
	"errors"
	"fmt"
	"strings"
)

// InputError is a problem with the user's input: a file that cannot be
// read, a required column missing, too many rejected rows. The command
// line maps it to exit code 3. File is relative to the data directory.
type InputError struct {
	File   string
	Line   int64 // 0 when the problem is not on one line
	Column string
	Msg    string
	Err    error
}

func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column != "" {
			fmt.Fprintf(&b, ":%s", e.Column)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *InputError) Unwrap() error { return e.Err }

// ErrBusy means another process holds the warehouse; exit code 4.
var ErrBusy = errors.New("gudang data sedang dipakai proses lain / the warehouse is in use by another process")
