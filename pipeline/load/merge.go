package load

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// After a source is staged: references and keys checked, the reject rate
// judged, and the rows merged into the warehouse (fact months replaced,
// reference sources upserted).

// checkStaged rejects staged rows of s with unknown references and then
// duplicate keys, and drops them from staging.
func checkStaged(ctx context.Context, c *sql.Conn, s *source) error {
	for _, r := range s.refs {
		target := sourceByName(r.target)
		vars := names(s)
		vars["target"], vars["tstg"] = queries.Ident(target.name), queries.Ident("stg_"+target.name)
		vars["col"], vars["tcol"] = queries.Ident(r.column), queries.Ident(r.column)
		stmt := "RejectUnknownReference"
		if target.monthOf != "" {
			stmt, vars["tmonth"] = "RejectUnknownFactReference", queries.Ident(target.monthOf)
		}
		if err := rejectAndDrop(ctx, c, s, queries.Statement(queries.Load, stmt, vars), r.column, msgReference(r)); err != nil {
			return err
		}
	}
	if len(s.key) == 0 {
		return nil
	}
	keys := make([]string, len(s.key))
	for i, k := range s.key {
		keys[i] = queries.Ident(k)
	}
	vars := names(s)
	vars["keys"] = strings.Join(keys, ", ")
	if err := rejectAndDrop(ctx, c, s, queries.Statement(queries.Load, "RejectDuplicateKey", vars), s.key[0], msgDuplicate(s)); err != nil {
		return err
	}
	if s.uniqueAcrossMonths {
		vars["key"], vars["month"] = keys[0], queries.Ident(s.monthOf)
		msg := fmt.Sprintf("%s sudah dipakai di bulan lain di gudang data / %s is already used in another month of the warehouse", s.key[0], s.key[0])
		if err := rejectAndDrop(ctx, c, s, queries.Statement(queries.Load, "RejectTakenKey", vars), s.key[0], msg); err != nil {
			return err
		}
	}
	return nil
}

// msgReference is the message of an unknown_reference reject.
func msgReference(r reference) string {
	return fmt.Sprintf("%s tidak ditemukan di %s / %s not found in %s", r.column, r.target, r.column, r.target)
}

// msgDuplicate is the message of a duplicate_key reject within the load.
func msgDuplicate(s *source) string {
	return fmt.Sprintf("kunci (%s) ganda; baris pertama yang dipakai / duplicate key (%s); the first row is kept",
		strings.Join(s.key, ", "), strings.Join(s.key, ", "))
}

func rejectAndDrop(ctx context.Context, c *sql.Conn, s *source, stmt, column, msg string) error {
	if _, err := c.ExecContext(ctx, stmt, column, msg); err != nil {
		return fmt.Errorf("check %s (%s): %w", s.name, column, err)
	}
	if _, err := c.ExecContext(ctx, queries.Statement(queries.Load, "DropRejected", names(s))); err != nil {
		return fmt.Errorf("drop rejected %s rows: %w", s.name, err)
	}
	return nil
}

// judgeRejects counts the rejects of source s's files (idxs), as a whole
// and, for a fact source, per month (settling the months of month-less
// rejects first), and refuses the load when a file, or a month of it, is
// above the reject limit. direct says s's file went the direct path.
func (l *loader) judgeRejects(ctx context.Context, s *source, idxs []int, direct bool) error {
	c := l.w.Conn()
	counts, err := rejectCounts(ctx, c)
	if err != nil {
		return err
	}
	for _, i := range idxs {
		st := &l.stats[i]
		st.RowsRejected = counts[int64(i)]
		st.RowsLoaded = st.RowsRead - st.RowsRejected
		if st.RowsRejected > 0 && s.monthOf != "" {
			if st.Months, err = l.settleRejectMonths(ctx, s, i, direct); err != nil {
				return err
			}
		}
	}
	for _, i := range idxs {
		r, err := refusalOf(ctx, c, i, l.stats[i], l.opt.MaxRejectRate)
		if err != nil {
			return err
		}
		if r != nil {
			return l.refuse(ctx, r, i)
		}
	}
	return nil
}

// rejectCounts are the load's rejects so far per file.
func rejectCounts(ctx context.Context, c *sql.Conn) (map[int64]int64, error) {
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Load, "RejectCounts", nil))
	if err != nil {
		return nil, fmt.Errorf("count rejects: %w", err)
	}
	defer rows.Close()
	out := map[int64]int64{}
	for rows.Next() {
		var idx, n int64
		if err := rows.Scan(&idx, &n); err != nil {
			return nil, fmt.Errorf("count rejects: %w", err)
		}
		out[idx] = n
	}
	return out, rows.Err()
}

// refuse is the load refused for file idx's rejects: run hears of it
// (opt.Refused: it writes every reject so far beside the month's folder)
// before the error rolls the load back.
func (l *loader) refuse(ctx context.Context, r *Refusal, idx int) error {
	if l.opt.Refused != nil {
		res := &LoadResult{Inputs: l.stats[:idx+1], Refused: r}
		for _, st := range res.Inputs {
			res.RejectsTotal += st.RowsRejected
		}
		var err error
		if res.Rejects, err = firstRejects(ctx, l.w.Conn(), MaxListedRejects); err != nil {
			return err
		}
		if r.RejectsCSV, err = l.opt.Refused(ctx, res, l.w.Conn(), queries.Statement(queries.Load, "FirstRejects", nil), int64(math.MaxInt64)); err != nil {
			return fmt.Errorf("write the refused load's rejects: %w", err)
		}
	}
	return r.Err()
}

// merge replaces the staged months of a fact source, or upserts a
// reference source by key, then empties its staging table. After pegawai
// it keeps the NIP map the fact sources' direct path joins on.
func merge(ctx context.Context, tx warehouse.DBTX, s *source, version int64, undo bool) error {
	if err := mergeSource(ctx, tx, s, undo); err != nil {
		return err
	}
	vars := names(s)
	if s.monthOf != "" {
		vars["month"] = queries.Ident(s.monthOf)
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "RecordMonths", vars), s.name, version); err != nil {
			return fmt.Errorf("record months of %s: %w", s.name, err)
		}
	}
	if s.name == "pegawai" {
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "NIPMap", nil)); err != nil {
			return fmt.Errorf("NIP map: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "EmptyStage", vars)); err != nil {
		return fmt.Errorf("empty staging of %s: %w", s.name, err)
	}
	return nil
}

func mergeSource(ctx context.Context, tx warehouse.DBTX, s *source, undo bool) error {
	vars := names(s)
	cols := make([]string, len(s.columns))
	for i, c := range s.columns {
		cols[i] = queries.Ident(c.name)
	}
	vars["cols"] = strings.Join(cols, ", ")
	if s.monthOf == "" {
		same := make([]string, len(s.columns))
		for i, c := range s.columns {
			same[i] = fmt.Sprintf("t.%s IS NOT DISTINCT FROM %s.%s", queries.Ident(c.name), vars["stg"], queries.Ident(c.name))
		}
		vars["samerow"] = strings.Join(same, " AND ")
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "DropUnchanged", vars)); err != nil {
			return fmt.Errorf("upsert %s: %w", s.name, err)
		}
		vars["keyjoin"] = keyJoin(s)
		if undo {
			if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "UndoKeys", undoVars(s, vars))); err != nil {
				return fmt.Errorf("undo record of %s: %w", s.name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "DeleteKeys", vars)); err != nil {
			return fmt.Errorf("upsert %s: %w", s.name, err)
		}
	} else {
		vars["month"] = queries.Ident(s.monthOf)
		months, err := monthList(ctx, tx, queries.Statement(queries.Load, "StagedMonths", vars))
		if err != nil {
			return fmt.Errorf("months of %s: %w", s.name, err)
		}
		del := queries.Statement(queries.Load, "DeleteMonth", vars)
		for _, m := range months {
			if undo {
				if err := undoMonth(ctx, tx, s, m, true); err != nil {
					return err
				}
			}
			if _, err := tx.ExecContext(ctx, del, m, m.AddDate(0, 1, 0)); err != nil {
				return fmt.Errorf("replace %s %s: %w", s.name, m.Format("2006-01"), err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, queries.Statement(queries.Load, "InsertStaged", vars)); err != nil {
		return fmt.Errorf("insert %s: %w", s.name, err)
	}
	return nil
}

// keyJoin matches s's table to rows aliased s on every key column.
func keyJoin(s *source) string {
	join := make([]string, len(s.key))
	for i, k := range s.key {
		join[i] = fmt.Sprintf("%s.%s = s.%s", queries.Ident(s.name), queries.Ident(k), queries.Ident(k))
	}
	return strings.Join(join, " AND ")
}

// monthList runs a query of months (first days) and returns them.
func monthList(ctx context.Context, tx warehouse.DBTX, q string, args ...any) ([]time.Time, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []time.Time
	for rows.Next() {
		var m time.Time
		if err := rows.Scan(&m); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// firstRejects lists a load's first n rejects in file order.
func firstRejects(ctx context.Context, c *sql.Conn, n int) ([]Reject, error) {
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Load, "FirstRejects", nil), n)
	if err != nil {
		return nil, fmt.Errorf("list rejects: %w", err)
	}
	defer rows.Close()
	out := []Reject{}
	for rows.Next() {
		var r Reject
		if err := rows.Scan(&r.Source, &r.File, &r.Line, &r.Column, &r.Code, &r.Message); err != nil {
			return nil, fmt.Errorf("list rejects: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
