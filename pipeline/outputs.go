package pipeline

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"time"
)

// Outputs writes a month's files into OUT/YYYY-MM (SPEC §6). Each file is
// written to a temporary file in that folder first. Immediate outputs
// rename it into place at once; staged outputs keep every file back until
// Commit, so that a batch interrupted before it commits leaves the folder
// exactly as it was.
type Outputs struct {
	Dir     string
	staged  bool
	pending []pendingFile
	// Files records every file written, in order, for the manifest.
	Files []OutputFile
}

// OutputFile is one written file as manifest.json lists it.
type OutputFile struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
	Bytes  int64  `json:"bytes"`
}

type pendingFile struct{ tmp, path string }

// NewOutputs returns the writer of month's folder under out.
func NewOutputs(out string, month time.Time, staged bool) *Outputs {
	return &Outputs{Dir: filepath.Join(out, month.Format("2006-01")), staged: staged}
}

// Write writes the file name in the month's folder with write and returns
// its final path.
func (o *Outputs) Write(name string, write func(io.Writer) error) (string, error) {
	path := filepath.Join(o.Dir, name)
	h := sha256.New()
	var n int64
	tmp, err := writeTemp(path, func(w io.Writer) error {
		c := &countingWriter{w: io.MultiWriter(w, h)}
		err := write(c)
		n = c.n
		return err
	})
	if err != nil {
		return "", err
	}
	o.Files = append(o.Files, OutputFile{File: name, SHA256: hex.EncodeToString(h.Sum(nil)), Bytes: n})
	if !o.staged {
		return path, os.Rename(tmp, path)
	}
	o.pending = append(o.pending, pendingFile{tmp, path})
	return path, nil
}

// Commit renames every staged file into place, in the order written.
func (o *Outputs) Commit() error {
	for i, p := range o.pending {
		if err := os.Rename(p.tmp, p.path); err != nil {
			for _, q := range o.pending[i:] {
				os.Remove(q.tmp)
			}
			o.pending = nil
			return err
		}
	}
	o.pending = nil
	return nil
}

// Discard removes the staged files; the folder keeps its previous files.
func (o *Outputs) Discard() {
	for _, p := range o.pending {
		os.Remove(p.tmp)
	}
	o.pending = nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// WriteAtomic writes a file through a temporary file in the same folder and
// a rename, so readers see the whole file or the previous one, never a part.
func WriteAtomic(path string, write func(io.Writer) error) error {
	tmp, err := writeTemp(path, write)
	if err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// writeTemp writes a synced temporary file beside path, readable by all
// (0644: outputs are shared), and returns its name.
func writeTemp(path string, write func(io.Writer) error) (string, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return "", err
	}
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = errors.Join(bw.Flush(), f.Chmod(0o644), f.Sync())
	}
	if err = errors.Join(err, f.Close()); err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}
