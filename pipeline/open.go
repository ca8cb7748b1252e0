package pipeline

import (
	"context"
	"fmt"

	"fwaeval/pipeline/load"
	"fwaeval/pipeline/warehouse"
)

// Open opens the warehouse (warehouse.Open) and takes back out the load
// of a run that was killed between its load and its end (Undo), so every
// command starts from a warehouse as a finished run left it.
func Open(ctx context.Context, file string, s warehouse.Settings) (*warehouse.Warehouse, error) {
	w, err := warehouse.Open(ctx, file, s)
	if err != nil {
		return nil, err
	}
	if err := load.Undo(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("undo an interrupted run: %w", err)
	}
	return w, nil
}
