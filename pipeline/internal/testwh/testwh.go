// Package testwh gives the stages' tests real warehouses: a fresh one,
// a folder of small files, a load, a query's rows as text. Only tests
// import it (pipeline/load's own tests keep their copies: load is below
// this package).
package testwh

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fwaeval/pipeline/load"
	"fwaeval/pipeline/warehouse"
)

// WriteDir writes files (name → content) into a fresh folder.
func WriteDir(t testing.TB, files map[string]string) string {
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

// Open opens a fresh warehouse as every command does (a killed run's load
// taken back out), closed when the test ends; it returns the file too.
func Open(t testing.TB) (*warehouse.Warehouse, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	ctx := context.Background()
	w, err := warehouse.Open(ctx, path, warehouse.Settings{MemoryLimit: "1GB", Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	if err := load.Undo(ctx, w); err != nil {
		t.Fatal(err)
	}
	return w, path
}

// MustLoad loads dir, whatever its reject rate.
func MustLoad(t testing.TB, w *warehouse.Warehouse, dir string) *load.LoadResult {
	t.Helper()
	res, err := load.Load(context.Background(), w, load.LoadOptions{Dir: dir, MaxRejectRate: 1})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return res
}

// Scalar runs a one-value query.
func Scalar[T any](t testing.TB, w *warehouse.Warehouse, q string, args ...any) T {
	t.Helper()
	var v T
	if err := w.Conn().QueryRowContext(context.Background(), q, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return v
}

// TableText renders a query's rows, one per line.
func TableText(t testing.TB, w *warehouse.Warehouse, q string) string {
	t.Helper()
	_, rows, err := warehouse.QueryTable(context.Background(), w.Conn(), q)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, vals := range rows {
		fmt.Fprintln(&b, vals...)
	}
	return b.String()
}

// Value is column col of table's row of unit and month (YYYY-MM), NaN
// for a NULL.
func Value(t testing.TB, w *warehouse.Warehouse, table, unit, month, col string) float64 {
	t.Helper()
	var v sql.NullFloat64
	q := fmt.Sprintf("SELECT %s::DOUBLE FROM %s WHERE unit_id = ? AND bulan = ?::DATE", col, table)
	if err := w.Conn().QueryRowContext(context.Background(), q, unit, month+"-01").Scan(&v); err != nil {
		t.Fatalf("%s %s %s: %v", unit, month, col, err)
	}
	if !v.Valid {
		return math.NaN()
	}
	return v.Float64
}
