package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// inputFile is one file of one source, as found in the data directory.
type inputFile struct {
	src  *source
	path string // on disk
	rel  string // relative to the data directory, with `/`
}

// fileExts are the accepted file forms, longest first.
var fileExts = []string{".csv.gz", ".csv", ".parquet", ".xlsx"}

// splitExt returns a file name's base and accepted extension, or ok=false.
func splitExt(name string) (base, ext string, ok bool) {
	lower := strings.ToLower(name)
	for _, e := range fileExts {
		if strings.HasSuffix(lower, e) && len(name) > len(e) {
			return lower[:len(lower)-len(e)], e, true
		}
	}
	return "", "", false
}

// discover lists the input files of every source found in dir, in source
// order and, within a folder source, in name order. A source given twice
// (presensi.csv and presensi/) is an input error; other entries are ignored.
// Symbolic links are followed only when they stay inside dir.
func discover(dir string) ([]inputFile, error) {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, &InputError{File: dir, Msg: "folder data tidak ditemukan / data directory not found", Err: err}
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, &InputError{File: dir, Msg: "folder data tidak dapat dibaca / cannot read data directory", Err: err}
	}
	found := map[*source][]inputFile{}
	seen := map[*source]string{}
	for _, e := range entries {
		path, info, ok, outside := inside(root, filepath.Join(root, e.Name()))
		if outside && looksLikeSource(e.Name()) {
			return nil, outsideError(e.Name())
		}
		if !ok {
			continue
		}
		var src *source
		var files []inputFile
		if info.IsDir() {
			if src = sourceByName(strings.ToLower(e.Name())); src != nil {
				if files, err = folderFiles(root, path, e.Name(), src); err != nil {
					return nil, err
				}
			}
		} else if base, _, ok := splitExt(e.Name()); ok {
			if src = sourceByName(base); src != nil {
				files = []inputFile{{src: src, path: path, rel: e.Name()}}
			}
		}
		if src == nil {
			continue
		}
		if prev, dup := seen[src]; dup {
			return nil, &InputError{File: e.Name(), Msg: fmt.Sprintf("sumber %s ada dua kali (juga %s) / source %s is given twice (also %s)", src.name, prev, src.name, prev)}
		}
		seen[src] = e.Name()
		found[src] = files
	}
	var out []inputFile
	for _, s := range sources {
		out = append(out, found[s]...)
	}
	if len(seen) == 0 {
		return nil, &InputError{File: dir, Msg: "tidak ada sumber data yang dikenal (unit_kerja.csv, presensi.csv, …) / no known source found"}
	}
	return out, nil
}

// folderFiles lists the accepted files of a folder source in name order.
func folderFiles(root, path, name string, src *source) ([]inputFile, error) {
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, &InputError{File: name, Msg: "folder tidak dapat dibaca / cannot read folder", Err: err}
	}
	var out []inputFile
	for _, e := range entries {
		if _, _, ok := splitExt(e.Name()); !ok {
			continue
		}
		p, info, ok, outside := inside(root, filepath.Join(path, e.Name()))
		if outside {
			return nil, outsideError(name + "/" + e.Name())
		}
		if !ok || info.IsDir() {
			continue
		}
		out = append(out, inputFile{src: src, path: p, rel: name + "/" + e.Name()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].rel < out[j].rel })
	return out, nil
}

// inside resolves path's symbolic links and reports whether the target
// still lies within root; outside is set when a link leads out of it.
func inside(root, path string) (real string, info os.FileInfo, ok, outside bool) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", nil, false, false
	}
	rel, err := filepath.Rel(root, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", nil, false, true
	}
	info, err = os.Stat(real)
	if err != nil {
		return "", nil, false, false
	}
	return real, info, true, false
}

// looksLikeSource reports whether a data folder entry is named after a
// source (a file with an accepted extension, or a folder).
func looksLikeSource(name string) bool {
	if base, _, ok := splitExt(name); ok {
		return sourceByName(base) != nil
	}
	return sourceByName(strings.ToLower(name)) != nil
}

// outsideError refuses a link that leads out of the data folder: it is
// not followed, and the load does not go on without it.
func outsideError(rel string) error {
	return &InputError{File: rel, Msg: "tautan (symlink) menunjuk ke luar folder data; tidak diikuti / symbolic link points outside the data directory; not followed"}
}
