package rollup

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"fwaeval/pipeline/paket"
	"fwaeval/pipeline/warehouse"
)

// The national rollup (README, "National rollup") reads hundreds of packages
// that came from other machines: nothing in them is trusted until checked.
// Every file is read once, hashed against paket.json and copied into a
// private folder; the checks and the load read only those copies, so a file
// changed after it was checked cannot slip in.

// RollupOptions say which packages to combine.
type RollupOptions struct {
	In     string    // folder searched for paket.json files
	Month  time.Time // the month every package must be for
	Expect string    // CSV instansi_id,nama_instansi of who should send; "" for none
	// TempDir holds the verified copies; empty: the system's.
	TempDir string
}

// PaketIn is one package found under In.
type PaketIn struct {
	Path     string // its folder, as found under In
	SHA256   string // of its paket.json
	Manifest paket.PaketManifest
	key      string            // content: month, instansi, policy and every file's hash
	copies   map[string]string // file name → verified copy
}

// Instansi names an instansi.
type Instansi struct {
	ID   string `json:"instansi_id"`
	Name string `json:"nama_instansi"`
}

// Duplicate is a package left out because an identical one was loaded.
type Duplicate struct {
	Path   string `json:"path"`
	SameAs string `json:"same_as"`
}

// RollupSet is the verified packages of a month, ready to load.
type RollupSet struct {
	Month      time.Time
	Pakets     []*PaketIn  // one per instansi, by path
	Duplicates []Duplicate // identical copies left out
	Expected   []Instansi  // from --expect, in file order
	Missing    []Instansi  // expected without a package
	Unexpected []Instansi  // a package from an instansi not expected
	dir        string      // the verified copies
}

// Close removes the verified copies.
func (s *RollupSet) Close() error {
	if s == nil || s.dir == "" {
		return nil
	}
	return os.RemoveAll(s.dir)
}

// maxManifest is the largest paket.json read: a manifest lists three
// files, so anything bigger is not one.
const maxManifest = 1 << 20

// ReadPakets finds every package under o.In, checks each manifest and
// file hash, and copies the files it verified. A package that is not
// sound is an InputError naming its path; nothing is written then but
// the copies, which Close (or the error) removes.
func ReadPakets(o RollupOptions) (*RollupSet, error) {
	dirs, err := findPakets(o.In)
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(o.TempDir, "fwaeval-rollup-*")
	if err != nil {
		return nil, fmt.Errorf("create folder for verified copies: %w", err)
	}
	set := &RollupSet{Month: o.Month, dir: tmp}
	if err := set.read(o, dirs); err != nil {
		set.Close()
		return nil, err
	}
	return set, nil
}

func (set *RollupSet) read(o RollupOptions, dirs []string) error {
	byInstansi := map[string]*PaketIn{}
	for i, dir := range dirs {
		p, err := readPaket(dir, o.Month, filepath.Join(set.dir, fmt.Sprint(i)))
		if err != nil {
			return err
		}
		id := p.Manifest.InstansiID
		if first, ok := byInstansi[id]; ok {
			if first.key != p.key {
				return &warehouse.InputError{File: dir, Msg: fmt.Sprintf("instansi %s juga ada di / is also in %s dengan isi berbeda / with different content",
					id, first.Path)}
			}
			set.Duplicates = append(set.Duplicates, Duplicate{Path: dir, SameAs: first.Path})
			continue
		}
		byInstansi[id] = p
		set.Pakets = append(set.Pakets, p)
	}
	if o.Expect == "" {
		return nil
	}
	exp, err := readExpect(o.Expect)
	if err != nil {
		return err
	}
	set.Expected = exp
	want := map[string]bool{}
	for _, e := range exp {
		want[e.ID] = true
		if byInstansi[e.ID] == nil {
			set.Missing = append(set.Missing, e)
		}
	}
	for _, p := range set.Pakets {
		if !want[p.Manifest.InstansiID] {
			set.Unexpected = append(set.Unexpected, Instansi{p.Manifest.InstansiID, p.Manifest.NamaInstansi})
		}
	}
	return nil
}

// findPakets lists the folders under in that hold a paket.json, in path
// order. Folders a writer is still filling (.tmp-*) are skipped; links
// are not followed.
func findPakets(in string) ([]string, error) {
	st, err := os.Stat(in)
	if err != nil || !st.IsDir() {
		return nil, &warehouse.InputError{File: in, Msg: "folder paket tidak ditemukan / package folder not found"}
	}
	var dirs []string
	err = filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return &warehouse.InputError{File: path, Msg: "tidak bisa dibaca / cannot be read", Err: err}
		}
		if d.IsDir() && path != in && strings.HasPrefix(d.Name(), ".tmp-") {
			return filepath.SkipDir
		}
		if !d.IsDir() && d.Name() == "paket.json" {
			dirs = append(dirs, filepath.Dir(path))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(dirs) == 0 {
		return nil, &warehouse.InputError{File: in, Msg: "tidak ada paket.json di folder ini / no paket.json under this folder"}
	}
	sort.Strings(dirs)
	return dirs, nil
}

// readPaket reads and checks one package's manifest and files, copying
// each verified file into copies.
func readPaket(dir string, month time.Time, copies string) (*PaketIn, error) {
	manPath := filepath.Join(dir, "paket.json")
	raw, err := readLimited(manPath, maxManifest)
	if err != nil {
		return nil, err
	}
	man, err := parsePaketManifest(manPath, raw)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(paket.PaketSchemas, man.Schema) {
		return nil, &warehouse.InputError{File: manPath, Msg: fmt.Sprintf("schema %d tidak dikenal / unknown (fwaeval ini membaca / this fwaeval reads schema %s)", man.Schema, schemaList())}
	}
	if man.Month != month.Format("2006-01") {
		return nil, &warehouse.InputError{File: manPath, Msg: fmt.Sprintf("paket bulan / package for %s, bukan / not %s", man.Month, month.Format("2006-01"))}
	}
	if strings.TrimSpace(man.InstansiID) == "" {
		return nil, &warehouse.InputError{File: manPath, Msg: "instansi_id kosong / empty instansi_id"}
	}
	if err := checkFileList(manPath, man.Files); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(copies, 0o700); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(raw)
	p := &PaketIn{Path: dir, SHA256: hex.EncodeToString(sum[:]), Manifest: man, copies: map[string]string{}}
	key := []string{man.Month, man.InstansiID, man.PolicySHA256}
	for _, f := range man.Files {
		cp, err := copyVerified(filepath.Join(dir, f.Name), f.SHA256, filepath.Join(copies, f.Name))
		if err != nil {
			return nil, err
		}
		p.copies[f.Name] = cp
		key = append(key, f.Name+"="+f.SHA256)
	}
	p.key = strings.Join(key, "|")
	return p, nil
}

// readLimited reads a file of at most limit bytes.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &warehouse.InputError{File: path, Msg: "tidak bisa dibuka / cannot be opened", Err: err}
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &warehouse.InputError{File: path, Msg: "tidak bisa dibaca / cannot be read", Err: err}
	}
	if int64(len(raw)) > limit {
		return nil, &warehouse.InputError{File: path, Msg: fmt.Sprintf("lebih dari / larger than %d byte", limit)}
	}
	return raw, nil
}

// parsePaketManifest decodes paket.json strictly: a syntax error names
// its line and column, an unknown key is refused.
func parsePaketManifest(path string, raw []byte) (paket.PaketManifest, error) {
	var man paket.PaketManifest
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(&man)
	if err == nil && dec.More() {
		err = errors.New("data after the JSON object")
	}
	if err == nil {
		return man, nil
	}
	ie := &warehouse.InputError{File: path, Msg: "bukan paket.json yang sah / not a valid paket.json", Err: err}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	// Both errors count the bytes read up to and including the bad one.
	switch {
	case errors.As(err, &se):
		ie.Line, ie.Column = lineCol(raw, se.Offset-1)
	case errors.As(err, &te):
		ie.Line, ie.Column = lineCol(raw, te.Offset-1)
	}
	return man, ie
}

// lineCol is the 1-based line and column of the byte at index off.
func lineCol(raw []byte, off int64) (int64, string) {
	off = min(max(off, 0), int64(len(raw)))
	before := raw[:off]
	line := int64(bytes.Count(before, []byte("\n"))) + 1
	col := off - int64(bytes.LastIndexByte(before, '\n'))
	return line, fmt.Sprint(col)
}

// checkFileList requires paket.json to list exactly the package's data
// files, each once, with a SHA-256.
func checkFileList(manPath string, files []paket.PaketFile) error {
	var want []string
	for _, s := range paket.PaketFiles {
		want = append(want, s.Name)
	}
	seen := map[string]bool{}
	for _, f := range files {
		switch {
		case !slices.Contains(want, f.Name):
			return &warehouse.InputError{File: manPath, Msg: fmt.Sprintf("berkas %q bukan bagian paket / is not a package file (%s)", f.Name, strings.Join(want, ", "))}
		case seen[f.Name]:
			return &warehouse.InputError{File: manPath, Msg: fmt.Sprintf("berkas %s tercantum dua kali / listed twice", f.Name)}
		case len(f.SHA256) != 64:
			return &warehouse.InputError{File: manPath, Msg: fmt.Sprintf("berkas %s tanpa SHA-256 / has no SHA-256", f.Name)}
		case f.Rows < 0:
			return &warehouse.InputError{File: manPath, Msg: fmt.Sprintf("berkas %s: rows %d", f.Name, f.Rows)}
		}
		seen[f.Name] = true
	}
	for _, n := range want {
		if !seen[n] {
			return &warehouse.InputError{File: manPath, Msg: fmt.Sprintf("berkas %s tidak tercantum / is not listed", n)}
		}
	}
	return nil
}

// copyVerified copies the file at path to dst while hashing it, and
// refuses it unless the hash is want.
func copyVerified(path, want, dst string) (string, error) {
	src, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", &warehouse.InputError{File: path, Msg: "berkas paket hilang / package file missing (tercantum di paket.json / listed in paket.json)"}
		}
		return "", &warehouse.InputError{File: path, Msg: "tidak bisa dibuka / cannot be opened", Err: err}
	}
	defer src.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return "", fmt.Errorf("copy %s: %w", path, err)
	}
	h := sha256.New()
	_, err = io.Copy(io.MultiWriter(out, h), src)
	if err = errors.Join(err, out.Close()); err != nil {
		return "", &warehouse.InputError{File: path, Msg: "tidak bisa dibaca / cannot be read", Err: err}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != strings.ToLower(want) {
		return "", &warehouse.InputError{File: path, Msg: fmt.Sprintf("SHA-256 %s… berbeda dari paket.json (%s…): berkas rusak, terpotong, atau diubah / differs from paket.json: the file is corrupt, truncated or changed",
			got[:12], strings.ToLower(want)[:12])}
	}
	return dst, nil
}

// readExpect reads the CSV of instansi expected to send a package:
// instansi_id,nama_instansi, with or without that header; `,`, `;` or a
// tab between them. A malformed line is an InputError naming it.
func readExpect(path string) ([]Instansi, error) {
	raw, err := readLimited(path, 64<<20)
	if err != nil {
		return nil, err
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	first, _, _ := bytes.Cut(raw, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(raw))
	r.FieldsPerRecord = -1
	for _, d := range []rune{';', '\t'} {
		if bytes.ContainsRune(first, d) && !bytes.ContainsRune(first, ',') {
			r.Comma = d
		}
	}
	var out []Instansi
	seen := map[string]bool{}
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, &warehouse.InputError{File: path, Line: int64(pe.Line), Column: fmt.Sprint(pe.Column), Msg: "CSV tidak sah / invalid CSV", Err: pe.Err}
		}
		if err != nil {
			return nil, &warehouse.InputError{File: path, Msg: "tidak bisa dibaca / cannot be read", Err: err}
		}
		line, _ = r.FieldPos(0)
		id := strings.TrimSpace(rec[0])
		if len(out) == 0 && !seen[""] && strings.EqualFold(id, "instansi_id") {
			seen[""] = true // the header
			continue
		}
		if id == "" {
			return nil, &warehouse.InputError{File: path, Line: int64(line), Column: "instansi_id", Msg: "instansi_id kosong / empty instansi_id"}
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		name := id
		if len(rec) > 1 && strings.TrimSpace(rec[1]) != "" {
			name = strings.TrimSpace(rec[1])
		}
		out = append(out, Instansi{ID: id, Name: name})
	}
	return out, nil
}

// schemaList names the schemas Rollup reads: "1, 2".
func schemaList() string {
	var s []string
	for _, n := range paket.PaketSchemas {
		s = append(s, fmt.Sprint(n))
	}
	return strings.Join(s, ", ")
}
