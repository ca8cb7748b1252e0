package pipeline

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"
)

// IndicatorsCSV writes OUT/YYYY-MM/indicators.csv for month from the
// stored indicators, atomically, and returns its path.
func IndicatorsCSV(ctx context.Context, w *Warehouse, month time.Time, out string) (string, error) {
	q := `SELECT * EXCLUDE (pegawai_capaian, aduan_tl_dinilai) REPLACE (strftime(bulan, '%Y-%m') AS bulan)
	      FROM indikator WHERE bulan = ? ORDER BY unit_id`
	path := filepath.Join(out, month.Format("2006-01"), "indicators.csv")
	if err := writeQueryCSV(ctx, w.conn, path, q, month); err != nil {
		return "", fmt.Errorf("write indicators.csv: %w", err)
	}
	return path, nil
}

// WriteAtomic writes a file through a temporary file in the same folder and
// a rename, so readers see the whole file or the previous one, never a part.
// The file is made readable by all (0644): outputs are shared.
func WriteAtomic(path string, write func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // no-op once renamed
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		f.Close()
		return err
	}
	if err := firstError(bw.Flush(), f.Chmod(0o644), f.Sync(), f.Close()); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// writeQueryCSV writes a query's result as CSV: its column names as the
// header, numbers in the shortest form that reads back to the same value,
// NULL as an empty cell. The file appears whole or not at all.
func writeQueryCSV(ctx context.Context, c *sql.Conn, path, q string, args ...any) error {
	rows, err := c.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	return WriteAtomic(path, func(w io.Writer) error {
		cw := csv.NewWriter(w)
		cw.Write(cols)
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		rec := make([]string, len(cols))
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				return err
			}
			for i, v := range vals {
				rec[i] = formatValue(v)
			}
			cw.Write(rec)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		cw.Flush()
		return cw.Error()
	})
}

// formatValue renders one value for a CSV cell.
func formatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case float32:
		return strconv.FormatFloat(float64(x), 'f', -1, 32)
	case int64:
		return strconv.FormatInt(x, 10)
	case int32:
		return strconv.FormatInt(int64(x), 10)
	case *big.Int:
		return x.String()
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		return x.Format("2006-01-02")
	case duckdb.Decimal:
		return x.String()
	}
	return fmt.Sprint(v)
}

func firstError(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
