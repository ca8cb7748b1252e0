package report

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
