package sample

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"fwaeval/pipeline"
	"fwaeval/pipeline/load"
	"fwaeval/pipeline/policy"
	"fwaeval/pipeline/warehouse"
)

func generate(t *testing.T, o Options) string {
	t.Helper()
	if o.Out == "" {
		o.Out = t.TempDir()
	}
	if err := Generate(context.Background(), o); err != nil {
		t.Fatalf("generate: %v", err)
	}
	return o.Out
}

// files returns every data file under dir (relative name → bytes).
func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".go") {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		b, err := os.ReadFile(p)
		out[rel] = b
		return err
	})
	return out
}

func TestDeterministic(t *testing.T) {
	a := files(t, generate(t, Options{Scale: "small", Seed: 7}))
	b := files(t, generate(t, Options{Scale: "small", Seed: 7}))
	c := files(t, generate(t, Options{Scale: "small", Seed: 8}))
	if len(a) != 10 {
		t.Fatalf("files = %d, want 10 (8 sources, truth, README)", len(a))
	}
	for name, body := range a {
		if !bytes.Equal(body, b[name]) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
	}
	if bytes.Equal(a["presensi.csv"], c["presensi.csv"]) || bytes.Equal(a["aduan.csv"], c["aduan.csv"]) {
		t.Error("a different seed gave the same data")
	}
}

// The committed sample-data/ must be what `make sample` writes.
func TestCommittedSampleIsFresh(t *testing.T) {
	fresh := files(t, generate(t, Options{Scale: "small", Seed: 1}))
	committed := files(t, ".")
	var names []string
	for n := range fresh {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if !bytes.Equal(fresh[n], committed[n]) {
			t.Errorf("sample-data/%s is stale: run `make sample`", n)
		}
	}
	for n := range committed {
		if _, ok := fresh[n]; !ok {
			t.Errorf("sample-data/%s is not written by the generator", n)
		}
	}
}

// loadFresh loads dir into a fresh warehouse whose pseudonym key is fixed, so
// two warehouses can be compared.
func loadFresh(t *testing.T, dir string) (*warehouse.Warehouse, *load.LoadResult) {
	t.Helper()
	w, err := pipeline.Open(context.Background(), filepath.Join(t.TempDir(), "w.duckdb"), warehouse.Settings{Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	if _, err := w.Conn().ExecContext(context.Background(), "UPDATE meta SET v = 'kunci-uji' WHERE k = 'pseudonym_key'"); err != nil {
		t.Fatal(err)
	}
	res, err := load.Load(context.Background(), w, load.LoadOptions{Dir: dir, MaxRejectRate: 0})
	if err != nil {
		t.Fatalf("load %s: %v", dir, err)
	}
	return w, res
}

func contents(t *testing.T, w *warehouse.Warehouse) string {
	t.Helper()
	var b strings.Builder
	for _, table := range []string{"unit_kerja", "pegawai", "presensi", "rencana_aksi", "kinerja_harian", "aduan", "belanja", "kalender"} {
		var n int64
		var h string
		q := fmt.Sprintf("SELECT count(*), coalesce(sum(hash(t)), 0)::VARCHAR FROM %s t", table)
		if err := w.Conn().QueryRowContext(context.Background(), q).Scan(&n, &h); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %d %s\n", table, n, h)
	}
	return b.String()
}

// Every scale loads with zero rejects, and the messy forms load to the
// same warehouse contents as the plain ones.
func TestMessyLoadsLikePlain(t *testing.T) {
	plain := generate(t, Options{Scale: "small", Seed: 3})
	messy := generate(t, Options{Scale: "small", Seed: 3, Messy: true})
	if _, err := os.Stat(filepath.Join(messy, "unit_kerja.xlsx")); err != nil {
		t.Fatalf("messy set has no XLSX: %v", err)
	}
	if _, err := os.Stat(filepath.Join(messy, "presensi")); err != nil {
		t.Fatalf("messy set has no folder source: %v", err)
	}
	wp, rp := loadFresh(t, plain)
	wm, rm := loadFresh(t, messy)
	if rp.RejectsTotal != 0 || rm.RejectsTotal != 0 {
		t.Fatalf("rejects: plain %d %v, messy %d %v", rp.RejectsTotal, rp.Rejects, rm.RejectsTotal, rm.Rejects)
	}
	if a, b := contents(t, wp), contents(t, wm); a != b {
		t.Fatalf("messy load differs from plain:\n%s\nvs\n%s", a, b)
	}
}

func TestPemdaLoadsWithoutRejects(t *testing.T) {
	if testing.Short() {
		t.Skip("pemda scale takes a few seconds")
	}
	dir := generate(t, Options{Scale: "pemda", Seed: 1})
	_, res := loadFresh(t, dir)
	var employees int64
	for _, in := range res.Inputs {
		if in.Source == "pegawai" {
			employees = in.RowsLoaded
		}
	}
	if res.RejectsTotal != 0 || employees < 7000 || employees > 9000 {
		t.Fatalf("pemda: %d rejects, %d employees", res.RejectsTotal, employees)
	}
}

// evaluateAgainstTruth loads dir, evaluates M-1 and M with the built-in
// policy and compares every unit's status and rules with truth.csv.
func evaluateAgainstTruth(t *testing.T, dir string) {
	t.Helper()
	w, _ := loadFresh(t, dir)
	raw, err := os.ReadFile(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	months := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n")[1:] {
		f := strings.Split(line, ",")
		want[f[0]+" "+f[1]] = f[2] + " " + f[3]
		months[f[1]] = true
	}
	got := map[string]string{}
	for m := range months {
		month, _ := time.Parse("2006-01", m)
		flags, err := policy.Evaluate(context.Background(), w, month, policy.Default())
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range flags {
			got[f.UnitID+" "+m] = f.Status + " " + strings.Join(f.Rules, ";")
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d flags, %d truth rows", len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q", k, got[k], v)
		}
	}
}

// The planted scenarios give exactly the intended statuses, for several
// seeds: a dip that hits every unit pauses nobody, the small noisy unit
// stays at PANTAU.
func TestScenariosMatchTruth(t *testing.T) {
	t.Run("committed small set", func(t *testing.T) { evaluateAgainstTruth(t, ".") })
	for _, seed := range seedsToTry {
		t.Run(fmt.Sprintf("small seed %d", seed), func(t *testing.T) {
			evaluateAgainstTruth(t, generate(t, Options{Scale: "small", Seed: seed}))
		})
	}
	if !testing.Short() {
		t.Run("pemda", func(t *testing.T) { evaluateAgainstTruth(t, generate(t, Options{Scale: "pemda", Seed: 1})) })
	}
}

// seedsToTry are the extra seeds TestScenariosMatchTruth generates.
var seedsToTry = []int64{2, 3}
