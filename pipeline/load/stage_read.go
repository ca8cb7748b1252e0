package load

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"slices"
	"strings"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// The Go readers: a file DuckDB does not read as the contract reads it
// (XLSX, a CSV with quotes, blank lines, CR or gzip, a Parquet file with
// unusual column types) is read in Go, row by row, and its cells put as
// text into stg_raw with the line each row started on. From there it is a
// file like any other: the one validator (load_sql.go) reads stg_raw as it
// reads a CSV file, on the direct or the staged path.

// sqlReaders lets DuckDB read the files it can (openSQLInput); tests switch
// it off to read the same files with the Go readers.
var sqlReaders = true

// goReads holds the paths of the files the Go readers read (tests check
// which reader ran).
var goReads = map[string]bool{}

// rawReader reads stg_raw.
var rawReader = fileReader{from: "stg_raw", fromLines: "stg_raw", line: "line", table: true}

// readRaw reads file f, number idx of the load, with its Go reader into
// stg_raw; a row the reader finds broken as a whole (a CSV quoting error)
// goes to stg_reject.
func readRaw(ctx context.Context, w *warehouse.Warehouse, f inputFile, idx int,
	progress func(string, float64, int64)) (in *sqlInput, err error) {
	// The readers sit on third-party decoders (zip, XML, Parquet): should
	// one of them panic on a hostile file, the file is refused, not the run.
	defer func() {
		if r := recover(); r != nil {
			in, err = nil, &warehouse.InputError{File: f.rel, Msg: "berkas tidak dapat dibaca / cannot read file", Err: fmt.Errorf("decoder failure: %v", r)}
		}
	}()
	h := sha256.New()
	t, err := openTable(ctx, w, f, h)
	if err != nil {
		return nil, err
	}
	defer func() {
		if t != nil {
			t.close()
		}
	}()
	r, err := newRawRows(f, t, int64(idx)<<ridBits)
	if err != nil {
		return nil, err
	}
	if _, err := w.Conn().ExecContext(ctx, queries.Statement(queries.Load, "StageRaw", map[string]string{"cols": r.defs})); err != nil {
		return nil, fmt.Errorf("stage %s: %w", f.rel, err)
	}
	tick := func(n int64) {
		if progress != nil {
			progress(f.rel, t.fraction(), n)
		}
	}
	tick(0)
	in = &sqlInput{plan: r.plan}
	err = w.Conn().Raw(func(dc any) error {
		return r.append(ctx, dc.(driver.Conn), in, tick)
	})
	if err != nil {
		return nil, err
	}
	t.close() // hashes the rest of the file
	t = nil
	sum := make(chan hashResult, 1)
	sum <- hashResult{sum: hex.EncodeToString(h.Sum(nil))}
	in.sum = sum
	goReads[f.path] = true
	return in, nil
}

func openTable(ctx context.Context, w *warehouse.Warehouse, f inputFile, h hash.Hash) (table, error) {
	_, ext, _ := splitExt(f.path)
	switch ext {
	case ".xlsx":
		return openXLSX(f.path, f.rel, h)
	case ".parquet":
		// A second connection: the first is busy appending.
		c, err := w.NewConn(ctx)
		if err != nil {
			return nil, fmt.Errorf("open reader connection: %w", err)
		}
		t, err := openParquet(ctx, c, f.path, f.rel, h)
		if err != nil {
			c.Close()
			return nil, err
		}
		return &closingTable{t, c}, nil
	}
	return openCSV(f.path, f.rel, h)
}

// closingTable closes a table's own connection with it.
type closingTable struct {
	table
	c *sql.Conn
}

func (t *closingTable) close() error {
	if t.c == nil {
		return nil
	}
	err := errors.Join(t.table.close(), t.c.Close())
	t.c = nil
	return err
}

// columnIndex maps each contract column to its header position; the first
// of repeated headers wins. A missing required column is an input error.
func columnIndex(f inputFile, hdr []string) ([]int, error) {
	pos := map[string]int{}
	for i, h := range hdr {
		if _, ok := pos[h]; !ok {
			pos[h] = i
		}
	}
	at := make([]int, len(f.src.columns))
	for i, c := range f.src.columns {
		j, ok := pos[c.name]
		if !ok {
			j = -1
			if c.required || c.onlyIf != "" {
				return nil, &warehouse.InputError{File: f.rel, Line: 1, Column: c.name,
					Msg: fmt.Sprintf("kolom wajib %s tidak ada di baris judul / required column %s is missing from the header", c.name, c.name)}
			}
		}
		at[i] = j
	}
	return at, nil
}

// rawRows puts a Go reader's rows into stg_raw: one text column per
// source column the file has (defs; at header position pos, of kind
// kinds), planned for the validator as a file of those columns.
type rawRows struct {
	t     table
	base  int64
	pos   []int
	kinds []kind
	plan  *filePlan
	defs  string
	rec   []driver.Value
	// month is the place of a fact source's month column in rec (0: none);
	// months collects its values' months by shape (the candidate months,
	// as scanCSV finds a CSV file's), last is the last value looked at.
	month  int
	months map[time.Time]bool
	last   string
}

func newRawRows(f inputFile, t table, base int64) (*rawRows, error) {
	at, err := columnIndex(f, t.header())
	if err != nil {
		return nil, err
	}
	r := &rawRows{t: t, base: base}
	var names, cols, types, defs []string
	for k, c := range f.src.columns {
		if at[k] >= 0 {
			if c.name == f.src.monthOf {
				r.month, r.months = len(r.pos)+1, map[time.Time]bool{}
			}
			r.pos, r.kinds = append(r.pos, at[k]), append(r.kinds, c.kind)
			names, cols, types = append(names, c.name), append(cols, queries.Ident(c.name)), append(types, "VARCHAR")
			defs = append(defs, queries.Ident(c.name)+" VARCHAR")
		}
	}
	// The cells go in trimmed (strings.TrimSpace: the characters clean()
	// trims in SQL), empty ones as NULL: bare, as clean() would leave them.
	plan, ok, err := planFile(f, rawReader, names, cols, types, dialect{indo: t.dialect().indo, bare: true})
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%s: the validator does not cover a text column", f.rel)
	}
	r.plan, r.defs, r.rec = plan, strings.Join(defs, ", "), make([]driver.Value, len(r.pos)+1)
	return r, nil
}

// append appends every row of the file to stg_raw (counted in in.total)
// through the appenders of connection dc; a broken row goes to stg_reject
// (in.broken).
func (r *rawRows) append(ctx context.Context, dc driver.Conn, in *sqlInput, tick func(int64)) (err error) {
	raw, err := duckdb.NewAppender(dc, "temp", "main", "stg_raw")
	if err != nil {
		return fmt.Errorf("open appender: %w", err)
	}
	rejs, err := duckdb.NewAppender(dc, "temp", "main", "stg_reject")
	if err != nil {
		raw.Close()
		return fmt.Errorf("open reject appender: %w", err)
	}
	defer func() { err = errors.Join(err, raw.Close(), rejs.Close()) }()
	for {
		line, cells, rej, err := r.t.next()
		if err == errEOF {
			r.monthsTo(in)
			return nil
		}
		if err != nil {
			return err
		}
		if n := in.total + in.broken + 1; n%65536 == 0 {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			tick(n)
		}
		if rej != nil {
			in.broken++
			if err := rejs.AppendRow(r.base|line, rej.column, rej.code, rej.message, nil, nil, nil, nil); err != nil {
				return fmt.Errorf("stage reject: %w", err)
			}
			continue
		}
		r.rec[0] = line
		for k, p := range r.pos {
			r.rec[k+1] = nil
			if p < len(cells) {
				if c := (cell{strings.TrimSpace(cells[p].s), cells[p].num}); c.s != "" {
					r.rec[k+1] = cellText(c, r.kinds[k])
				}
			}
		}
		if s, ok := r.rec[r.month].(string); ok && r.month > 0 && s != r.last {
			r.last = s
			if m, ok := monthByShape(s); ok {
				r.months[m] = true
			}
		}
		if err := raw.AppendRow(r.rec...); err != nil {
			return fmt.Errorf("stage row: %w", err)
		}
		in.total++
	}
}

// monthsTo gives in the file's candidate months, when it has a month
// column.
func (r *rawRows) monthsTo(in *sqlInput) {
	if r.month == 0 {
		return
	}
	in.scanned = true
	for m := range r.months {
		in.months = append(in.months, m)
	}
	slices.SortFunc(in.months, func(a, b time.Time) int { return a.Compare(b) })
}
