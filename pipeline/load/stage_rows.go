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
	"strings"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"fwaeval/pipeline/warehouse"
)

// The Go path: a file the SQL path does not cover (XLSX, a CSV that
// DuckDB would read otherwise than Go) is read row by row, each value
// checked by the validator, and appended to its staging table.

// parquetSQL sends typed Parquet files down the bulk SQL path
// (load_sql.go); tests switch it off to compare with the Go path.
var parquetSQL = true

// stageFile parses one file into its staging table; rejects go to
// stg_reject. It returns the file's hash and rows read.
func stageFile(ctx context.Context, w *warehouse.Warehouse, p pseudonymizer, idx int, f inputFile,
	progress func(string, float64, int64)) (st InputStat, err error) {
	st = InputStat{Source: f.src.name, File: f.rel}
	if parquetSQL {
		if progress != nil {
			progress(f.rel, -1, 0)
		}
		sst, ok, err := stageSQL(ctx, w, p, idx, f)
		if err != nil || ok {
			if ok && progress != nil {
				progress(f.rel, 1, sst.RowsRead)
			}
			return sst, err
		}
	}
	// The readers sit on third-party decoders (zip, XML, Parquet): should
	// one of them panic on a hostile file, the file is refused, not the run.
	defer func() {
		if r := recover(); r != nil {
			err = &warehouse.InputError{File: f.rel, Msg: "berkas tidak dapat dibaca / cannot read file", Err: fmt.Errorf("decoder failure: %v", r)}
		}
	}()
	h := sha256.New()
	t, err := openTable(ctx, w, f, h)
	if err != nil {
		return st, err
	}
	closed := false
	closeTable := func() {
		if !closed {
			closed = true
			t.close()
		}
	}
	defer closeTable()
	at, err := columnIndex(f, t.header())
	if err != nil {
		return st, err
	}
	v := newValidator(f.src, t.dialect(), p, at)
	tick := func(n int64) {
		if progress != nil {
			progress(f.rel, t.fraction(), n)
		}
	}
	tick(0)
	err = w.Conn().Raw(func(dc any) (err error) {
		st.RowsRead, err = appendFile(ctx, dc.(driver.Conn), f.src, t, v, int64(idx)<<ridBits, tick)
		return err
	})
	if err != nil {
		return st, err
	}
	closeTable() // hashes the rest of the file
	if progress != nil {
		progress(f.rel, 1, st.RowsRead)
	}
	st.SHA256 = hex.EncodeToString(h.Sum(nil))
	_, err = w.Conn().ExecContext(ctx, "INSERT INTO stg_file VALUES (?, ?, ?, ?, ?)", idx, st.Source, st.File, st.SHA256, st.RowsRead)
	if err != nil {
		return st, fmt.Errorf("record staged file %s: %w", f.rel, err)
	}
	return st, nil
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

// appendFile appends table t's rows to source s's staging table through
// the appenders of connection dc: rows, rejects, and pegawai's NIPs.
func appendFile(ctx context.Context, dc driver.Conn, s *source, t table, v *validator, base int64, tick func(int64)) (int64, error) {
	rows, err := duckdb.NewAppender(dc, "temp", "main", "stg_"+s.name)
	if err != nil {
		return 0, fmt.Errorf("open appender for %s: %w", s.name, err)
	}
	rejs, err := duckdb.NewAppender(dc, "temp", "main", "stg_reject")
	if err != nil {
		rows.Close()
		return 0, fmt.Errorf("open reject appender: %w", err)
	}
	var nips *duckdb.Appender
	if s.name == "pegawai" {
		if nips, err = duckdb.NewAppender(dc, "temp", "main", "stg_nip"); err != nil {
			rows.Close()
			rejs.Close()
			return 0, fmt.Errorf("open NIP appender: %w", err)
		}
	}
	n, err := appendRows(ctx, t, v, base, rows, rejs, nips, tick)
	err = errors.Join(err, rows.Close(), rejs.Close())
	if nips != nil {
		err = errors.Join(err, nips.Close())
	}
	return n, err
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

// appendRows reads every row of t, appending valid ones to rows and
// problems to rejs. With nips set (pegawai), each valid row's NIP and its
// pseudonym go there too: the NIP map of this load (stg_nip). It returns
// the number of rows read.
func appendRows(ctx context.Context, t table, v *validator, base int64, rows, rejs, nips *duckdb.Appender, tick func(int64)) (int64, error) {
	vals := make([]any, len(v.src.columns))
	rec := make([]driver.Value, len(v.src.columns)+1)
	var n int64
	for {
		line, cells, rej, err := t.next()
		if err == errEOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n++
		if n%65536 == 0 {
			if ctx.Err() != nil {
				return n, ctx.Err()
			}
			tick(n)
		}
		if rej == nil {
			rej = v.row(cells, vals)
		}
		if rej != nil {
			if err := rejs.AppendRow(base|line, rej.column, rej.code, rej.message); err != nil {
				return n, fmt.Errorf("stage reject: %w", err)
			}
			continue
		}
		rec[0] = base | line
		for i, x := range vals {
			rec[i+1] = x
		}
		if err := rows.AppendRow(rec...); err != nil {
			return n, fmt.Errorf("stage row: %w", err)
		}
		if nips != nil {
			if err := nips.AppendRow(strings.TrimSpace(cells[v.at[0]].s), vals[0]); err != nil {
				return n, fmt.Errorf("stage NIP: %w", err)
			}
		}
	}
}
