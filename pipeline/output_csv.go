package pipeline

import (
	"fwaeval/pipeline/warehouse"

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

	"fwaeval/queries"
)

// IndicatorsCSV writes indicators.csv for month from the stored
// indicators into o and returns its path.
func IndicatorsCSV(ctx context.Context, w *warehouse.Warehouse, month time.Time, o *Outputs) (string, error) {
	path, err := writeQueryCSV(ctx, w.Conn(), o, "indicators.csv", queries.Statement(queries.IndicatorsEffect, "IndicatorsCSV", nil), month)
	if err != nil {
		return "", fmt.Errorf("write indicators.csv: %w", err)
	}
	return path, nil
}

// writeQueryCSV writes a query's result as CSV: its column names as the
// header, numbers in the shortest form that reads back to the same value,
// NULL as an empty cell. The file appears whole or not at all.
func writeQueryCSV(ctx context.Context, c *sql.Conn, o *Outputs, name, q string, args ...any) (string, error) {
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
		return neutralise(x)
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

// neutralise keeps a text cell from being run as a formula when the CSV
// is opened in a spreadsheet: text starting with =, +, -, @, a tab or a
// carriage return gets a leading apostrophe (OWASP's CSV injection
// advice). Numbers are written by formatValue's numeric cases and never
// pass through here.
func neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func firstError(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
