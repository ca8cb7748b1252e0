package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fwaeval/pipeline/load"
	"fwaeval/pipeline/warehouse"
)

// The stages' tests run on real warehouses loaded from small folders.
// (pipeline/load's own tests keep the same helpers: they cannot import a
// package that imports load.)

// writeDir writes files (name → content) into a fresh folder.
func writeDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// openTemp opens a fresh warehouse, closed when the test ends.
func openTemp(t *testing.T) (*warehouse.Warehouse, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	w, err := Open(context.Background(), path, warehouse.Settings{MemoryLimit: "1GB", Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w, path
}

// mustLoad loads dir, whatever its reject rate.
func mustLoad(t *testing.T, w *warehouse.Warehouse, dir string) *load.LoadResult {
	t.Helper()
	res, err := load.Load(context.Background(), w, load.LoadOptions{Dir: dir, MaxRejectRate: 1})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return res
}

// scalar runs a one-value query.
func scalar[T any](t *testing.T, w *warehouse.Warehouse, q string, args ...any) T {
	t.Helper()
	var v T
	if err := w.Conn().QueryRowContext(context.Background(), q, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return v
}
