package load

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fwaeval/pipeline/warehouse"
	"fwaeval/reports/model"
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
// order and, within a folder source, in name order, with what the folder
// lacks or holds that no source reads (folderNote). A source given twice
// (presensi.csv and presensi/) is an input error; hidden entries and files
// that are not data (README.md) are passed over. Symbolic links are
// followed only when they stay inside dir.
func discover(dir string) ([]inputFile, []folderNote, error) {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, nil, &warehouse.InputError{File: dir, Msg: "folder data tidak ditemukan / data directory not found", Err: err}
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, nil, &warehouse.InputError{File: dir, Msg: "folder data tidak dapat dibaca / cannot read data directory", Err: err}
	}
	found := map[*source][]inputFile{}
	seen := map[*source]string{}
	var notes []folderNote
	for _, e := range entries {
		path, info, ok, outside := inside(root, filepath.Join(root, e.Name()))
		if outside && looksLikeSource(e.Name()) {
			return nil, nil, outsideError(e.Name())
		}
		if !ok {
			continue
		}
		if n, unknown := unknownEntry(e.Name(), info.IsDir()); unknown {
			notes = append(notes, n)
			continue
		}
		var src *source
		var files []inputFile
		if info.IsDir() {
			if src = sourceByName(strings.ToLower(e.Name())); src != nil {
				if files, err = folderFiles(root, path, e.Name(), src); err != nil {
					return nil, nil, err
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
			return nil, nil, &warehouse.InputError{File: e.Name(), Msg: fmt.Sprintf("sumber %s ada dua kali (juga %s) / source %s is given twice (also %s)", src.name, prev, src.name, prev)}
		}
		seen[src] = e.Name()
		found[src] = files
	}
	var out []inputFile
	for _, s := range sources {
		out = append(out, found[s]...)
		if _, ok := seen[s]; !ok && !s.optional {
			notes = append(notes, folderNote{missing: s})
			// A file that names a missing source within a longer name
			// (presensi_oktober.csv) is that source too.
			for i, n := range notes {
				if n.entry != "" && n.near == nil && strings.Contains(n.base, s.name) {
					notes[i].near = s
				}
			}
		}
	}
	if len(seen) == 0 {
		return nil, nil, &warehouse.InputError{File: dir, Msg: "tidak ada sumber data yang dikenal (unit_kerja.csv, presensi.csv, …) / no known source found"}
	}
	return out, notes, nil
}

// A folderNote is what a planner must hear about the data folder before
// anything is read: a required source that is not there, or an entry no
// source reads — near when its name is a slip from a source's
// (presesi.csv), so probably that source misspelled.
type folderNote struct {
	entry   string  // the entry no source reads; "" for a missing source
	base    string  // its name without the extension, lower case
	missing *source // the required source not found
	near    *source // the source the entry is probably meant to be
	ext     string  // the entry's extension, for the suggestion
}

// refuses says whether run and check stop for the note: a missing source
// or a misspelt one. A file far from every source name (catatan.xlsx) is
// only named.
func (n folderNote) refuses() bool { return n.missing != nil || n.near != nil }

func (n folderNote) err() *warehouse.InputError {
	switch {
	case n.missing != nil:
		return &warehouse.InputError{File: n.missing.name, Msg: fmt.Sprintf(
			"sumber wajib tidak ada (%[1]s.csv, .csv.gz, .parquet, .xlsx atau folder %[1]s/) / required source missing (%[1]s.csv, .csv.gz, .parquet, .xlsx or a folder %[1]s/)", n.missing.name)}
	case n.near != nil:
		want := n.near.name + n.ext
		return &warehouse.InputError{File: n.entry, Msg: fmt.Sprintf("bukan sumber yang dikenal — maksud Anda %s? / not a known source — did you mean %s?", want, want)}
	}
	return &warehouse.InputError{File: n.entry, Msg: "bukan sumber yang dikenal; diabaikan / not a known source; ignored"}
}

// unknownEntry says whether a data folder entry is one no source reads and
// a planner should hear of: a data file (or a folder) not named after a
// source. Hidden entries and other files (README.md) are passed over.
func unknownEntry(name string, dir bool) (folderNote, bool) {
	if strings.HasPrefix(name, ".") {
		return folderNote{}, false
	}
	base, ext := strings.ToLower(name), "/"
	if !dir {
		var ok bool
		if base, ext, ok = splitExt(name); !ok {
			return folderNote{}, false
		}
	}
	if sourceByName(base) != nil {
		return folderNote{}, false
	}
	n := folderNote{entry: name, base: base, ext: ext}
	best := -1
	for _, s := range sources {
		d := model.EditDistance(base, s.name)
		if d <= max(2, len(s.name)/3) && (best < 0 || d < best) {
			n.near, best = s, d
		}
	}
	if dir && n.near == nil && !nameHoldsSource(base) {
		return folderNote{}, false // a folder of something else (arsip/)
	}
	return n, true
}

// nameHoldsSource says whether a name holds a source's name
// (presensi_oktober).
func nameHoldsSource(base string) bool {
	for _, s := range sources {
		if strings.Contains(base, s.name) {
			return true
		}
	}
	return false
}

// folderFiles lists the accepted files of a folder source in name order.
func folderFiles(root, path, name string, src *source) ([]inputFile, error) {
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, &warehouse.InputError{File: name, Msg: "folder tidak dapat dibaca / cannot read folder", Err: err}
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
	return &warehouse.InputError{File: rel, Msg: "tautan (symlink) menunjuk ke luar folder data; tidak diikuti / symbolic link points outside the data directory; not followed"}
}
