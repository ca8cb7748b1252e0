package paket

import (
	"testing"

	"fwaeval/pipeline/internal/testwh"
	"fwaeval/pipeline/load"
	"fwaeval/pipeline/warehouse"
)

func openTemp(t *testing.T) (*warehouse.Warehouse, string) { return testwh.Open(t) }

func mustLoad(t *testing.T, w *warehouse.Warehouse, dir string) *load.LoadResult {
	return testwh.MustLoad(t, w, dir)
}

func scalar[T any](t *testing.T, w *warehouse.Warehouse, q string, args ...any) T {
	return testwh.Scalar[T](t, w, q, args...)
}

func tableText(t *testing.T, w *warehouse.Warehouse, q string) string {
	return testwh.TableText(t, w, q)
}
