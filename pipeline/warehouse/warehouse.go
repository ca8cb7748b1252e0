package warehouse

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"path"
	"sort"
	"strconv"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2" // registers the "duckdb" driver

	"fwaeval/queries"
)

// Settings are the DuckDB resource settings of one process.
type Settings struct {
	// MemoryLimit is DuckDB's memory_limit ("6GB"); empty keeps DuckDB's.
	MemoryLimit string
	// Threads is DuckDB's threads; 0 keeps DuckDB's (one per core).
	Threads int
	// TempDir is where large operations spill; empty: FILE.tmp beside the
	// warehouse.
	TempDir string
}

// Warehouse is an open DuckDB warehouse, used over one connection so that
// temporary staging tables and transactions belong to one session.
type Warehouse struct {
	db   *sql.DB
	conn *sql.Conn
	// batch is set while Batch holds a transaction open on conn.
	batch bool
	path  string
	// closed is set by Close (run closes early, then again on its way out).
	closed bool
	// memo holds, inside a Batch, what a stage remembers until the stored
	// rows change (compute's months brought up to date: see Memo).
	memo map[any]any
}

// Open opens (creating if needed) the warehouse at path, applies pending
// migrations and makes sure it has a pseudonymisation key. It returns an
// error wrapping ErrBusy when another process holds the file.
func Open(ctx context.Context, file string, s Settings) (*Warehouse, error) {
	w, err := OpenSchema(ctx, file, s, queries.Schema, "schema/*.sql")
	if err != nil {
		return nil, err
	}
	if err := w.ensureKey(ctx); err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}

// OpenSchema opens the DuckDB file with the settings and applies the
// migrations matching glob in schema (the rollup's warehouse has its own;
// "none" applies nothing).
func OpenSchema(ctx context.Context, file string, s Settings, schema fs.FS, glob string) (*Warehouse, error) {
	db, err := sql.Open("duckdb", file)
	if err != nil {
		return nil, openError(file, err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		db.Close()
		return nil, openError(file, err)
	}
	w := &Warehouse{db: db, conn: conn, path: file}
	if err := w.configure(ctx, s); err != nil {
		w.Close()
		return nil, err
	}
	if err := w.migrate(ctx, schema, glob); err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}

// openError classifies a failure to open: DuckDB's file lock held by
// another process becomes ErrBusy (its text names that process's PID).
func openError(file string, err error) error {
	if strings.Contains(err.Error(), "Could not set lock") || strings.Contains(err.Error(), "Conflicting lock") {
		return fmt.Errorf("open warehouse %s: %w", file, ErrBusy)
	}
	return fmt.Errorf("open warehouse %s: %w", file, err)
}

func (w *Warehouse) configure(ctx context.Context, s Settings) error {
	tmp := s.TempDir
	if tmp == "" && w.path != "" && w.path != ":memory:" {
		tmp = w.path + ".tmp"
	}
	var stmts []string
	if s.MemoryLimit != "" {
		stmts = append(stmts, "SET memory_limit = "+queries.Literal(s.MemoryLimit))
	}
	if s.Threads > 0 {
		stmts = append(stmts, "SET threads = "+strconv.Itoa(s.Threads))
	}
	if tmp != "" {
		stmts = append(stmts, "SET temp_directory = "+queries.Literal(tmp))
	}
	// Insertion order is kept so that staged rows stay in file order.
	stmts = append(stmts, "SET preserve_insertion_order = true")
	// jemalloc's background threads give freed memory back to the system
	// as the batch goes: without them a national run kept what the load
	// had freed and peaked at 8.7 GB in compute (6.6 GB with them).
	stmts = append(stmts, "SET allocator_background_threads = true")
	// No vacuum unless there are deleted rows to give back (Close): the
	// tables grow a month at a time, and a checkpoint's vacuum would merge
	// the last, partly filled row groups of the month before with the new
	// month's first ones, writing and compressing them again (a third of
	// a pemda month's batch, every month).
	stmts = append(stmts, "SET max_vacuum_tasks = 0")
	for _, q := range stmts {
		if _, err := w.conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("configure warehouse (%s): %w", q, err)
		}
	}
	return nil
}

// migrate applies the schema files whose number is above the stored
// version, each in its own transaction with the version bump.
func (w *Warehouse) migrate(ctx context.Context, schema fs.FS, glob string) error {
	if _, err := w.conn.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	var cur int
	if err := w.conn.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_version").Scan(&cur); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	names, err := fs.Glob(schema, glob)
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		n, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: bad number: %w", name, err)
		}
		if n <= cur {
			continue
		}
		body, err := fs.ReadFile(schema, name)
		if err != nil {
			return fmt.Errorf("read migration %s: %w", name, err)
		}
		if err := w.InTx(ctx, func(tx DBTX) error {
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, "INSERT INTO schema_version VALUES (?)", n)
			return err
		}); err != nil {
			return fmt.Errorf("apply migration %s: %w", name, err)
		}
	}
	return nil
}

// Migrate applies the warehouse's migrations and makes its key, inside
// the caller's transaction (check opens with none and rolls them back).
func (w *Warehouse) Migrate(ctx context.Context) error {
	if err := w.migrate(ctx, queries.Schema, "schema/*.sql"); err != nil {
		return err
	}
	return w.ensureKey(ctx)
}

// NewConn is a second connection to the warehouse, for a reader while the
// first is busy (an appender); the caller closes it.
func (w *Warehouse) NewConn(ctx context.Context) (*sql.Conn, error) { return w.db.Conn(ctx) }

// ensureKey creates the warehouse's pseudonymisation key once.
func (w *Warehouse) ensureKey(ctx context.Context) error {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return fmt.Errorf("create pseudonym key: %w", err)
	}
	_, err := w.conn.ExecContext(ctx,
		"INSERT INTO meta SELECT 'pseudonym_key', ? WHERE NOT EXISTS (SELECT 1 FROM meta WHERE k = 'pseudonym_key')", hex.EncodeToString(b))
	if err != nil {
		return fmt.Errorf("store pseudonym key: %w", err)
	}
	return nil
}

// Memo is what was remembered under key in this Batch (nil outside one,
// or once the rows changed: Changed).
func (w *Warehouse) Memo(key any) any { return w.memo[key] }

// Remember keeps v under key until the Batch ends or the rows change;
// outside a Batch it does nothing.
func (w *Warehouse) Remember(key, v any) {
	if w.memo != nil {
		w.memo[key] = v
	}
}

// Changed forgets what the Batch remembered: the stored rows changed (a
// load, an undo, months computed again).
func (w *Warehouse) Changed() { clear(w.memo) }

// InBatch reports whether a Batch holds its transaction open.
func (w *Warehouse) InBatch() bool { return w.batch }

// DBTX is where statements run: a transaction, or the connection while a
// Batch holds its transaction open.
type DBTX interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// InTx runs fn in a transaction on the warehouse's connection, rolling back
// on error or cancellation. Inside a Batch, fn joins the batch's
// transaction.
func (w *Warehouse) InTx(ctx context.Context, fn func(tx DBTX) error) error {
	if w.batch {
		return fn(w.conn)
	}
	tx, err := w.conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		return errors.Join(err, rollback(tx))
	}
	return tx.Commit()
}

// Batch runs fn in one transaction: every change fn makes to the warehouse
// (load, computed months, flags) commits together, or none does. An error
// or a cancelled ctx rolls everything back, as does a killed process
// (DuckDB discards an uncommitted transaction when it reopens the file).
func (w *Warehouse) Batch(ctx context.Context, fn func() error) error {
	if w.batch {
		return errors.New("batch already open")
	}
	if _, err := w.conn.ExecContext(ctx, "BEGIN TRANSACTION"); err != nil {
		return fmt.Errorf("begin batch: %w", err)
	}
	w.batch, w.memo = true, map[any]any{}
	err := fn()
	if err == nil {
		err = ctx.Err()
	}
	w.batch, w.memo = false, nil
	if err != nil {
		// The context may be cancelled: roll back regardless.
		if _, rerr := w.conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK"); rerr != nil {
			return errors.Join(err, fmt.Errorf("roll back batch: %w", rerr))
		}
		return err
	}
	if _, err := w.conn.ExecContext(context.WithoutCancel(ctx), "COMMIT"); err != nil {
		return fmt.Errorf("commit batch: %w", err)
	}
	return nil
}

func rollback(tx *sql.Tx) error {
	if err := tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return err
	}
	return nil
}

// Conn is the warehouse's single connection.
func (w *Warehouse) Conn() *sql.Conn { return w.conn }

// Close closes the connection and the database, checkpointing it. The
// checkpoint vacuums (merges row groups, dropping deleted rows) only when
// some table holds at least a row group's worth of deleted rows.
func (w *Warehouse) Close() error {
	if w.closed {
		return nil
	}
	w.closed = true
	var err error
	if !w.batch {
		err = w.vacuumIfDeleted(context.Background())
	}
	return errors.Join(err, w.conn.Close(), w.db.Close())
}

// rowGroupRows is DuckDB's row group size: a vacuum can only give back
// whole row groups.
const rowGroupRows = 122880

// vacuumIfDeleted turns the checkpoint's vacuum on when a table holds at
// least rowGroupRows deleted rows (rows on disk minus rows visible): a
// reference source upserted month after month, a month loaded again, the
// undo record emptied. count(*) of a table without deletes is read from
// its metadata, so the check costs next to nothing.
func (w *Warehouse) vacuumIfDeleted(ctx context.Context) error {
	rows, err := w.conn.QueryContext(ctx, queries.Statement(queries.Warehouse, "RowsOnDisk", nil), 2*rowGroupRows)
	if err != nil {
		return fmt.Errorf("rows on disk: %w", err)
	}
	// Read them all first: the connection runs one query at a time.
	type table struct {
		name   string
		onDisk int64
	}
	var tables []table
	for rows.Next() {
		var t table
		if err := rows.Scan(&t.name, &t.onDisk); err != nil {
			rows.Close()
			return fmt.Errorf("rows on disk: %w", err)
		}
		tables = append(tables, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("rows on disk: %w", err)
	}
	if len(tables) == 0 {
		return nil
	}
	// Their visible rows, in one query: a row of counts.
	counts := make([]string, len(tables))
	visible := make([]int64, len(tables))
	dest := make([]any, len(tables))
	for i, t := range tables {
		counts[i] = "(SELECT count(*) FROM " + queries.Ident(t.name) + ")"
		dest[i] = &visible[i]
	}
	if err := w.conn.QueryRowContext(ctx, "SELECT "+strings.Join(counts, ", ")).Scan(dest...); err != nil {
		return fmt.Errorf("visible rows: %w", err)
	}
	for i, t := range tables {
		if t.onDisk-visible[i] >= rowGroupRows {
			Tracef("close vacuum: %s has %d deleted rows", t.name, t.onDisk-visible[i])
			if _, err := w.conn.ExecContext(ctx, "RESET max_vacuum_tasks"); err != nil {
				return fmt.Errorf("turn vacuum on: %w", err)
			}
			return nil
		}
	}
	return nil
}

// QueryTable reads a query's whole result.
func QueryTable(ctx context.Context, c *sql.Conn, q string, args ...any) ([]string, [][]any, error) {
	rows, err := c.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, nil, err
	}
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, nil, err
		}
		out = append(out, vals)
	}
	return cols, out, rows.Err()
}

// SetVar sets the DuckDB variable name (getvariable in the queries).
func SetVar(ctx context.Context, tx DBTX, name string, v any) error {
	if _, err := tx.ExecContext(ctx, "SET VARIABLE "+name+" = ?", v); err != nil {
		return fmt.Errorf("set %s: %w", name, err)
	}
	return nil
}

// NaNOr is a NULLable number as the report models hold it: NaN for NULL.
func NaNOr(v sql.NullFloat64) float64 {
	if !v.Valid {
		return math.NaN()
	}
	return v.Float64
}
