package policy

import (
	"database/sql"
	"math"
	"testing"

	"fwaeval/pipeline/internal/testwh"
	"fwaeval/pipeline/warehouse"
)

// null is a NULL where a test lists float values.
var null = math.NaN()

func openTemp(t *testing.T) (*warehouse.Warehouse, string) { return testwh.Open(t) }

// nanOr is v, or NaN for a NULL.
func nanOr(v sql.NullFloat64) float64 {
	if !v.Valid {
		return math.NaN()
	}
	return v.Float64
}

func value(t *testing.T, w *warehouse.Warehouse, table, unit, month, col string) float64 {
	return testwh.Value(t, w, table, unit, month, col)
}
