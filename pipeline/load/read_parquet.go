package load

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"fwaeval/pipeline/warehouse"
)

// parquetTable reads a Parquet file through DuckDB. Typed values become
// canonical text (dates, times) or spreadsheet numbers; row n's line is
// n+1, as if the file had a header line.
//
// duckdb-go materialises a query's whole result, so the file is read in
// batches of parquetBatch rows selected by file_row_number, which DuckDB
// prunes by row group: memory stays bounded whatever the file's size.
type parquetTable struct {
	ctx   context.Context
	conn  *sql.Conn
	path  string
	rel   string
	rows  *sql.Rows
	types []string
	hdr   []string
	vals  []any
	ptrs  []any
	cells []cell
	line  int64
	next0 int64 // first file_row_number of the next batch
	total int64 // rows in the file, from its metadata
	inRun int64 // rows read from the current batch
}

// parquetBatch is a variable so tests can cross batch boundaries.
var parquetBatch int64 = 1 << 20

const parquetQuery = "SELECT * EXCLUDE (file_row_number) FROM read_parquet(?, file_row_number = true) " +
	"WHERE file_row_number >= ? AND file_row_number < ? ORDER BY file_row_number"

func openParquet(ctx context.Context, conn *sql.Conn, path, rel string, hash io.Writer) (*parquetTable, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &warehouse.InputError{File: rel, Msg: "berkas tidak dapat dibuka / cannot open file", Err: err}
	}
	_, err = io.Copy(hash, f)
	f.Close()
	if err != nil {
		return nil, &warehouse.InputError{File: rel, Msg: "berkas tidak dapat dibaca / cannot read file", Err: err}
	}
	t := &parquetTable{ctx: ctx, conn: conn, path: path, rel: rel, line: 1}
	// The row count only drives progress; a file without it still loads.
	_ = conn.QueryRowContext(ctx, "SELECT sum(num_rows)::BIGINT FROM parquet_file_metadata(?)", path).Scan(&t.total)
	if err := t.batch(); err != nil {
		return nil, err
	}
	rows := t.rows
	cts, err := rows.ColumnTypes()
	if err != nil {
		rows.Close()
		return nil, &warehouse.InputError{File: rel, Msg: "bukan berkas Parquet yang sah / not a valid Parquet file", Err: err}
	}
	for _, ct := range cts {
		t.hdr = append(t.hdr, normHeader(ct.Name()))
		t.types = append(t.types, ct.DatabaseTypeName())
	}
	t.vals = make([]any, len(cts))
	t.ptrs = make([]any, len(cts))
	for i := range t.vals {
		t.ptrs[i] = &t.vals[i]
	}
	return t, nil
}

func (t *parquetTable) header() []string { return t.hdr }

// fraction is the share of the file's rows read.
func (t *parquetTable) fraction() float64 {
	if t.total <= 0 {
		return -1
	}
	return min(float64(t.line-1)/float64(t.total), 1)
}
func (t *parquetTable) dialect() dialect { return dialect{} }

// batch opens the query for the next parquetBatch rows.
func (t *parquetTable) batch() error {
	if t.rows != nil {
		t.rows.Close()
	}
	rows, err := t.conn.QueryContext(t.ctx, parquetQuery, t.path, t.next0, t.next0+parquetBatch)
	if err != nil {
		return &warehouse.InputError{File: t.rel, Msg: "bukan berkas Parquet yang sah / not a valid Parquet file", Err: err}
	}
	t.rows, t.inRun = rows, 0
	t.next0 += parquetBatch
	return nil
}

func (t *parquetTable) next() (int64, []cell, *rowReject, error) {
	for !t.rows.Next() {
		if err := t.rows.Err(); err != nil {
			return 0, nil, nil, &warehouse.InputError{File: t.rel, Line: t.line + 1, Msg: "berkas Parquet rusak / corrupt Parquet file", Err: err}
		}
		if t.inRun < parquetBatch {
			return 0, nil, nil, errEOF
		}
		if err := t.batch(); err != nil {
			return 0, nil, nil, err
		}
	}
	t.inRun++
	t.line++
	if err := t.rows.Scan(t.ptrs...); err != nil {
		return 0, nil, nil, &warehouse.InputError{File: t.rel, Line: t.line, Msg: "baris Parquet tidak dapat dibaca / cannot read Parquet row", Err: err}
	}
	t.cells = t.cells[:0]
	for i, v := range t.vals {
		t.cells = append(t.cells, parquetCell(v, t.types[i]))
	}
	return t.line, t.cells, nil, nil
}

// parquetCell turns one scanned value into a cell.
func parquetCell(v any, typ string) cell {
	switch x := v.(type) {
	case nil:
		return cell{}
	case string:
		return cell{s: x}
	case []byte:
		return cell{s: string(x)}
	case bool:
		return cell{s: strconv.FormatBool(x)}
	case float64:
		return cell{s: strconv.FormatFloat(x, 'f', -1, 64), num: true}
	case float32:
		return cell{s: strconv.FormatFloat(float64(x), 'f', -1, 32), num: true}
	case int64, int32, int16, int8, uint64, uint32, uint16, uint8, int, uint:
		return cell{s: fmt.Sprint(x), num: true}
	case *big.Int:
		return cell{s: x.String(), num: true}
	case duckdb.Decimal:
		return cell{s: x.String(), num: true}
	case time.Time:
		switch {
		case typ == "DATE":
			return cell{s: x.Format("2006-01-02")}
		case strings.HasPrefix(typ, "TIME") && !strings.HasPrefix(typ, "TIMESTAMP"):
			return cell{s: x.Format("15:04:05")}
		}
		return cell{s: x.Format("2006-01-02 15:04:05")}
	}
	return cell{s: fmt.Sprint(v)}
}

func (t *parquetTable) close() error { return t.rows.Close() }
