package outputs

import (
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"fwaeval/pipeline/warehouse"
	"fwaeval/pipeline/xlsx"
	"fwaeval/queries"
)

// IndicatorsCSV writes indicators.csv for month from the stored
// indicators into o and returns its path.
func IndicatorsCSV(ctx context.Context, w *warehouse.Warehouse, month time.Time, o *Folder) (string, error) {
	path, err := WriteQueryCSV(ctx, w.Conn(), o, "indicators.csv", queries.Statement(queries.IndicatorsEffect, "IndicatorsCSV", nil), month)
	if err != nil {
		return "", fmt.Errorf("write indicators.csv: %w", err)
	}
	return path, nil
}

// WriteQueryCSV writes a query's result as CSV: its column names as the
// header, numbers in the shortest form that reads back to the same value,
// NULL as an empty cell. The file appears whole or not at all.
func WriteQueryCSV(ctx context.Context, c *sql.Conn, o *Folder, name, q string, args ...any) (string, error) {
	rows, err := c.QueryContext(ctx, q, args...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return "", err
	}
	return o.Write(name, func(w io.Writer) error {
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
		return xlsx.Neutralise(x)
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

// FlagsCSV writes flags.csv for month, with the evidence in lang, into o
// and returns its path.
func FlagsCSV(ctx context.Context, w *warehouse.Warehouse, month time.Time, lang string, o *Folder) (string, error) {
	path, err := WriteQueryCSV(ctx, w.Conn(), o, "flags.csv", queries.Statement(queries.Evaluate, "FlagsCSV", nil), lang, month)
	if err != nil {
		return "", fmt.Errorf("write flags.csv: %w", err)
	}
	return path, nil
}

// RejectsCSV writes rejects.csv beside the manifest: every reject of the
// files (the manifest lists the first MaxListedRejects), as
// source, file, line, column, code and message; never a row's content.
func RejectsCSV(ctx context.Context, w *warehouse.Warehouse, files []string, o *Folder) (string, error) {
	path, err := WriteQueryCSV(ctx, w.Conn(), o, "rejects.csv", queries.Statement(queries.Load, "RejectsCSV", nil), strings.Join(files, "\n"))
	if err != nil {
		return "", fmt.Errorf("write rejects.csv: %w", err)
	}
	return path, nil
}
