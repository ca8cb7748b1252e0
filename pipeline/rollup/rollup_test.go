package rollup

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/paket"
	"fwaeval/pipeline/warehouse"
)

// Package folders: a plain id as it is; an id with characters a file name
// should not hold gets its safe characters and a hash of the whole id, so
// ids that differ only there do not share a folder.
func TestPaketDir(t *testing.T) {
	m := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	if got := paket.PaketDir("PROV-BKL", m); got != "paket-PROV-BKL-2026-10" {
		t.Errorf("plain id: %s", got)
	}
	seen := map[string]string{}
	for _, id := range []string{"a/b", "a_b", "a\\b", "../..", "", strings.Repeat("x", 200), "Kab. Bandung", "Kab._Bandung"} {
		d := paket.PaketDir(id, m)
		if strings.ContainsAny(d, "/\\ ") || filepath.Base(d) != d || !strings.HasPrefix(d, "paket-") || len(d) > 90 {
			t.Errorf("%q → %q is not a safe folder name", id, d)
		}
		if other, ok := seen[d]; ok {
			t.Errorf("%q and %q share the folder %s", id, other, d)
		}
		seen[d] = id
	}
}

// The list of expected instansi: with or without its header, `,` or `;`,
// a BOM, duplicates kept once, a name defaulting to the id; an empty id
// or a broken quote names its line.
func TestReadExpect(t *testing.T) {
	cases := []struct {
		name, body string
		want       string // "ID=Name;…", or the error's text
	}{
		{"header", "instansi_id,nama_instansi\nA,Satu\nB,Dua\n", "A=Satu;B=Dua"},
		{"no header", "A,Satu\nB\n", "A=Satu;B=B"},
		{"semicolons and BOM", "\xef\xbb\xbfinstansi_id;nama_instansi\nA;Satu, Dua\n", "A=Satu, Dua"},
		{"duplicate", "A,Satu\nA,Lagi\n", "A=Satu"},
		{"empty id", "instansi_id,nama_instansi\nA,Satu\n,Dua\n", "e.csv:3:instansi_id"},
		{"broken quote", "A,Satu\n\"B,Dua\n", "e.csv:2:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "e.csv")
			os.WriteFile(path, []byte(c.body), 0o644)
			got, err := readExpect(path)
			if err != nil {
				var ie *warehouse.InputError
				if !errors.As(err, &ie) || !strings.Contains(err.Error(), c.want) {
					t.Fatalf("error %v, want one with %q", err, c.want)
				}
				return
			}
			var parts []string
			for _, e := range got {
				parts = append(parts, e.ID+"="+e.Name)
			}
			if s := strings.Join(parts, ";"); s != c.want {
				t.Errorf("got %s, want %s", s, c.want)
			}
		})
	}
}

// paket.json is read strictly: a syntax error names its line and column,
// a wrong type its place, an unknown key is refused.
func TestParsePaketManifest(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"syntax", "{\n  \"schema\": 1,\n  \"month\" \"2026-10\"\n}", "p.json:3:11"},
		{"type", "{\"schema\": \"satu\"}", "p.json:1:17: bukan paket.json yang sah / not a valid paket.json: json: cannot unmarshal string into Go struct field PaketManifest.schema"},
		{"unknown key", "{\"schema\": 1, \"nip\": []}", "unknown field \"nip\""},
		{"trailing data", "{\"schema\": 1} {}", "data after"},
	}
	for _, c := range cases {
		_, err := parsePaketManifest("p.json", []byte(c.body))
		var ie *warehouse.InputError
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an InputError with %q", c.name, err, c.want)
		}
	}
	if m, err := parsePaketManifest("p.json", []byte(`{"schema":1,"month":"2026-10","instansi_id":"X","files":[]}`)); err != nil || m.InstansiID != "X" {
		t.Errorf("a good manifest: %+v %v", m, err)
	}
}

// A staged package folder replaces the old one whole: after the swap the
// folder holds only the new files, and no temporary folder is left.
func TestReplaceDir(t *testing.T) {
	dir := t.TempDir()
	for _, round := range []string{"one", "two"} {
		o := outputs.NewFolder(dir, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), true)
		if _, err := o.WriteDir("paket-X-2026-10", func(d string) error {
			return os.WriteFile(filepath.Join(d, round+".txt"), []byte(round), 0o644)
		}); err != nil {
			t.Fatal(err)
		}
		if entries, _ := os.ReadDir(filepath.Join(o.Dir, "paket-X-2026-10")); round == "two" && len(entries) != 1 {
			t.Fatal("the folder changed before Commit")
		}
		if err := o.Commit(); err != nil {
			t.Fatal(err)
		}
		entries, _ := os.ReadDir(filepath.Join(o.Dir, "paket-X-2026-10"))
		if len(entries) != 1 || entries[0].Name() != round+".txt" {
			t.Fatalf("after round %s the folder holds %v", round, entries)
		}
		if all, _ := os.ReadDir(o.Dir); len(all) != 1 {
			t.Fatalf("left beside the package: %v", all)
		}
		if len(o.Files) != 1 || o.Files[0].File != "paket-X-2026-10/"+round+".txt" || o.Files[0].Bytes != int64(len(round)) {
			t.Fatalf("recorded %+v", o.Files)
		}
	}
	o := outputs.NewFolder(dir, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), true)
	o.WriteDir("paket-X-2026-10", func(d string) error { return os.WriteFile(filepath.Join(d, "three.txt"), nil, 0o644) })
	o.Discard()
	if entries, _ := os.ReadDir(filepath.Join(o.Dir, "paket-X-2026-10")); len(entries) != 1 || entries[0].Name() != "two.txt" {
		t.Fatalf("Discard changed the folder: %v", entries)
	}
	if all, _ := os.ReadDir(o.Dir); len(all) != 1 {
		t.Fatalf("Discard left %v", all)
	}
}

// No paket.json, however broken, makes the manifest reader panic; what
// it refuses is an InputError.
func FuzzPaketManifest(f *testing.F) {
	f.Add([]byte(`{"schema":1,"fwaeval":"v","month":"2026-10","instansi_id":"X","files":[{"name":"unit.parquet","sha256":"00","rows":1}]}`))
	f.Add([]byte("{\n\"schema\": 1,\n\"month\" \"x\"}"))
	f.Add([]byte(`{"files":[{"rows":-1}]} x`))
	f.Add([]byte("\xff\xfe{"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := parsePaketManifest("p.json", raw)
		if err != nil {
			var ie *warehouse.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("not an InputError: %v", err)
			}
			return
		}
		checkFileList("p.json", m.Files)
	})
}

// No list of expected instansi makes readExpect panic.
func FuzzExpect(f *testing.F) {
	f.Add([]byte("instansi_id,nama_instansi\nA,Satu\n"))
	f.Add([]byte("A;\"B\nC\";D\n\n,"))
	f.Add([]byte("\xef\xbb\xbf\t\t\n"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, raw []byte) {
		path := filepath.Join(dir, "e.csv")
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readExpect(path)
		if err != nil {
			var ie *warehouse.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("not an InputError: %v", err)
			}
			return
		}
		for _, e := range got {
			if e.ID == "" {
				t.Fatal("an empty id was accepted")
			}
		}
	})
}
