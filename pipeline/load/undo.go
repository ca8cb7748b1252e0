package load

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// `run` commits its load before computing: DuckDB reads committed rows
// faster than a transaction's own, and gives back the memory of the load's
// staging only at a commit (a national compute took ~165 s inside the
// load's transaction, ~105 s after it). So that a failure or Ctrl-C in a
// later stage still leaves the warehouse as it was, a load with
// LoadOptions.Undo keeps what it replaces (schema/0005_undo.sql) and marks
// the warehouse; the batch's own transaction forgets it all when it
// commits (ForgetUndo), and Undo takes the load back out otherwise. A
// process killed in between leaves the mark: the next Open undoes it.

// undoVars adds the undo tables' names to a source's statement variables.
func undoVars(s *source, vars map[string]string) map[string]string {
	v := map[string]string{}
	for k, x := range vars {
		v[k] = x
	}
	v["undo"] = queries.Ident("undo_" + s.name)
	v["undokeys"] = queries.Ident("undo_keys_" + s.name)
	keys := make([]string, len(s.key))
	for i, k := range s.key {
		keys[i] = queries.Ident(k)
	}
	v["keys"] = strings.Join(keys, ", ")
	return v
}

// undoMonth records that the load writes month m of fact source s, and,
// with keep, keeps the month's rows as they are (before it replaces them).
func undoMonth(ctx context.Context, tx warehouse.DBTX, s *source, m time.Time, keep bool) error {
	vars := undoVars(s, names(s))
	vars["month"] = queries.Ident(s.monthOf)
	if keep {
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "UndoFactMonth", vars), m, m.AddDate(0, 1, 0)); err != nil {
			return fmt.Errorf("undo record of %s: %w", s.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "UndoMonth", nil), s.name, m); err != nil {
		return fmt.Errorf("undo record of %s: %w", s.name, err)
	}
	return nil
}

// UndoPending reports whether a run's load waits for its batch.
func UndoPending(ctx context.Context, w *warehouse.Warehouse) (bool, error) {
	var n int64
	if err := w.Conn().QueryRowContext(ctx, queries.Statement(queries.Load, "UndoPending", nil)).Scan(&n); err != nil {
		return false, fmt.Errorf("undo record: %w", err)
	}
	return n > 0, nil
}

// ForgetUndo ends a run's batch: its load stays. Inside the batch's
// transaction, so it commits with the batch.
func ForgetUndo(ctx context.Context, w *warehouse.Warehouse) error {
	return w.InTx(ctx, func(tx warehouse.DBTX) error {
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "UndoForget", nil)); err != nil {
			return fmt.Errorf("forget undo record: %w", err)
		}
		return nil
	})
}

// Undo takes a run's committed load back out, in one transaction: the
// warehouse is then as it was before the run. Nothing to do when no load
// is pending.
func Undo(ctx context.Context, w *warehouse.Warehouse) error {
	w.Changed() // the months compute.Month did may change
	pending, err := UndoPending(ctx, w)
	if err != nil || !pending {
		return err
	}
	return w.InTx(ctx, func(tx warehouse.DBTX) error {
		for _, s := range sources {
			vars := undoVars(s, names(s))
			if s.monthOf != "" {
				vars["month"], vars["source"] = queries.Ident(s.monthOf), queries.Literal(s.name)
				if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "UndoFact", vars)); err != nil {
					return fmt.Errorf("undo %s: %w", s.name, err)
				}
				continue
			}
			vars["keyjoin"] = keyJoin(s)
			if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "UndoReference", vars)); err != nil {
				return fmt.Errorf("undo %s: %w", s.name, err)
			}
		}
		for _, name := range []string{"UndoRecords", "UndoForget"} {
			if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, name, nil)); err != nil {
				return fmt.Errorf("undo load: %w", err)
			}
		}
		return nil
	})
}
