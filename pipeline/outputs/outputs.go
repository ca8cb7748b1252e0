package outputs

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Folder writes a month's files into OUT/YYYY-MM (README, "Outputs"). Each
// file is written to a temporary file in that folder first. Immediate outputs
// rename it into place at once; staged outputs keep every file back until
// Commit, so that a batch interrupted before it commits leaves the folder
// exactly as it was.
type Folder struct {
	Dir     string
	staged  bool
	pending []pendingFile
	// Files records every file written, in order, for the manifest.
	Files []File
}

// File is one written file as manifest.json lists it.
type File struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
	Bytes  int64  `json:"bytes"`
}

// pendingFile is a staged file, or a staged folder (dir) that replaces
// the folder at path as a whole.
type pendingFile struct {
	tmp, path string
	dir       bool
}

// NewFolder returns the writer of month's folder under out.
func NewFolder(out string, month time.Time, staged bool) *Folder {
	return &Folder{Dir: filepath.Join(out, month.Format("2006-01")), staged: staged}
}

// RefusedDir is where a run refused for its input's rejects writes them
// and its manifest: beside the month's folder, never in it
// (OUT/YYYY-MM.ditolak).
func RefusedDir(out string, month time.Time) string {
	return filepath.Join(out, month.Format("2006-01")+".ditolak")
}

// NewRefusedFolder returns the writer of month's RefusedDir: each file
// renamed into place as soon as it is written.
func NewRefusedFolder(out string, month time.Time) *Folder {
	return &Folder{Dir: RefusedDir(out, month)}
}

// Write writes the file name in the month's folder with write and returns
// its final path.
func (o *Folder) Write(name string, write func(io.Writer) error) (string, error) {
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
	o.Files = append(o.Files, File{File: name, SHA256: hex.EncodeToString(h.Sum(nil)), Bytes: n})
	if !o.staged {
		return path, os.Rename(tmp, path)
	}
	o.pending = append(o.pending, pendingFile{tmp: tmp, path: path})
	return path, nil
}

// WriteDir writes the folder name in the month's folder: fill writes its
// files into a temporary folder, which then replaces any folder of that
// name as a whole (readers see the old folder or the new one, never a
// mix). Every file is recorded as name/file. It returns the final path.
func (o *Folder) WriteDir(name string, fill func(dir string) error) (string, error) {
	path := filepath.Join(o.Dir, name)
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(o.Dir, ".tmp-"+name+"-*")
	if err != nil {
		return "", err
	}
	files, err := fillDir(tmp, fill)
	if err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	for _, f := range files {
		f.File = name + "/" + f.File
		o.Files = append(o.Files, f)
	}
	p := pendingFile{tmp: tmp, path: path, dir: true}
	if !o.staged {
		return path, p.commit()
	}
	o.pending = append(o.pending, p)
	return path, nil
}

// fillDir runs fill in dir, then syncs and hashes what it wrote, in name
// order.
func fillDir(dir string, fill func(dir string) error) ([]File, error) {
	if err := os.Chmod(dir, 0o755); err != nil {
		return nil, err
	}
	if err := fill(dir); err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []File
	for _, e := range entries {
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		h := sha256.New()
		n, err := io.Copy(h, f)
		err = errors.Join(err, f.Sync(), f.Chmod(0o644), f.Close())
		if err != nil {
			return nil, err
		}
		out = append(out, File{File: e.Name(), SHA256: hex.EncodeToString(h.Sum(nil)), Bytes: n})
	}
	return out, nil
}

// commit moves a staged file or folder into place.
func (p pendingFile) commit() error {
	if !p.dir {
		return os.Rename(p.tmp, p.path)
	}
	if err := replaceDir(p.tmp, p.path); err != nil {
		os.RemoveAll(p.tmp)
		return err
	}
	return nil
}

// discard removes a staged file or folder.
func (p pendingFile) discard() {
	if p.dir {
		os.RemoveAll(p.tmp)
		return
	}
	os.Remove(p.tmp)
}

// Commit renames every staged file into place, in the order written.
func (o *Folder) Commit() error {
	for i, p := range o.pending {
		if err := p.commit(); err != nil {
			for _, q := range o.pending[i+1:] {
				q.discard()
			}
			o.pending = nil
			return err
		}
	}
	o.pending = nil
	return nil
}

// Discard removes the staged files; the folder keeps its previous files.
func (o *Folder) Discard() {
	for _, p := range o.pending {
		p.discard()
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

// replaceDirMoving puts the folder tmp at path by moving an existing one
// aside, renaming tmp into place and removing the old one; should the
// second rename fail, the old folder is put back.
func replaceDirMoving(tmp, path string) error {
	old := tmp + ".old"
	if err := os.Rename(path, old); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return os.Rename(tmp, path)
		}
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return errors.Join(err, os.Rename(old, path))
	}
	return os.RemoveAll(old)
}
