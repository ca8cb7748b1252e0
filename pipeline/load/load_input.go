package load

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
	"fwaeval/reports/model"
)

// fileReader is how DuckDB reads one input file: from is the table
// function (the file is its ? parameter); queries that need each row's
// line read fromLines and take the line from the expression line. A
// reader of lines already read into a table (table) takes no parameter.
type fileReader struct {
	from, fromLines, line string
	table                 bool
}

// args are the statement arguments of a query through rd: first, then
// the file unless the reader reads a table.
func (rd fileReader) args(path string, first ...any) []any {
	if rd.table {
		return first
	}
	return append(first, path)
}

// linesReader reads stg_lines (StageLines: the CSV file's lines, numbered).
var linesReader = fileReader{from: "stg_lines", fromLines: "stg_lines", line: "line", table: true}

// parquetReader reads a Parquet file: row n (from 0) is line n + 2, the
// header counting as line 1, as the Go reader numbers them.
var parquetReader = fileReader{from: "read_parquet(?)", fromLines: "read_parquet(?, file_row_number = true)", line: "file_row_number + 2"}

// csvReader reads a CSV file scanCSV found simple, every cell as text
// (columns c1, c2, …), empty cells as NULL. Row n (from 1) is on line
// n + 1; row_number() over the scan keeps the file's order (the window
// runs its pipeline on one thread).
func csvReader(sh csvShape) fileReader {
	cols := make([]string, len(sh.header))
	for k := range cols {
		cols[k] = fmt.Sprintf("'c%d': 'VARCHAR'", k+1)
	}
	compression, newLine := "'none'", "'\\n'"
	if sh.gzip {
		compression = "'gzip'"
	}
	if sh.crlf {
		newLine = "'\\r\\n'"
	}
	from := fmt.Sprintf("read_csv(?, header = false, skip = 1, auto_detect = false, delim = %s, quote = '', escape = '', "+
		"new_line = %s, compression = %s, columns = {%s})", queries.Literal(string(sh.delim)), newLine, compression, strings.Join(cols, ", "))
	return fileReader{from: from, fromLines: from, line: "row_number() OVER () + 1"}
}

// sqlInput is an input file the SQL paths can read: its reader and plan,
// its rows and its SHA-256 (a channel: Parquet files are hashed in the
// background while DuckDB reads them).
type sqlInput struct {
	plan  *filePlan
	total int64
	sum   <-chan hashResult
	// months, for a file of a fact source: the candidate months (see
	// DirectCandidateMonths) found by the CSV scan or in the Parquet
	// statistics (parquetMonths); scanned says they were found.
	months  []time.Time
	scanned bool
	// lines, for a CSV file planned to be read from stg_lines: the reader
	// StageLines numbers its lines with.
	lines string
	// broken counts the rows a Go reader rejected as a whole (a CSV
	// quoting error): in stg_reject already, not in total.
	broken int64
}

// parquetMonths returns the candidate months of a Parquet file of a fact
// source (see DirectCandidateMonths) from its row groups' statistics,
// without reading its rows: every month from the smallest value of a DATE
// or TIMESTAMP month column to the largest (a superset of the months its
// valid rows load, as the candidates may be), or the one month of a text
// month column (YYYY-MM) whose smallest and largest values are the same.
// ok is false when the statistics cannot say (DirectCandidateMonths reads
// the column then): a row group without them, another type, a text column
// with several values.
func parquetMonths(ctx context.Context, w *warehouse.Warehouse, f inputFile, names, types []string) (months []time.Time, ok bool) {
	k := slices.IndexFunc(names, func(n string) bool { return f.src.monthOf != "" && normHeader(n) == f.src.monthOf })
	if k < 0 {
		return nil, false
	}
	var groups, withStats, asTime int64
	var lo, hi sql.NullString
	var first, last sql.NullTime
	if err := w.Conn().QueryRowContext(ctx, queries.Statement(queries.Load, "ParquetMonthStats", nil), f.path, names[k]).
		Scan(&groups, &withStats, &lo, &hi, &asTime, &first, &last); err != nil || groups != withStats {
		return nil, false
	}
	if groups == 0 {
		return nil, true
	}
	switch types[k] {
	case "DATE", "TIMESTAMP":
		// More months than a few years' would each be looked up in the
		// warehouse: the column is read instead.
		if asTime != groups || last.Time.Before(first.Time) || last.Time.Sub(first.Time) > 3*366*24*time.Hour {
			return nil, false
		}
		for m := model.MonthOf(first.Time); !m.After(last.Time); m = m.AddDate(0, 1, 0) {
			months = append(months, m)
		}
		return months, true
	case "VARCHAR":
		if m, valid := monthByShape(lo.String); lo.String == hi.String && f.src.columns[columnAt(f.src, f.src.monthOf)].kind == kMonth {
			if valid {
				months = append(months, m)
			}
			return months, true
		}
	}
	return nil, false
}

// openInput opens file f, number idx of the load, for the validator: a
// Parquet file with typed columns, or a CSV file (gzipped or not) scanCSV
// finds simple, is read by DuckDB itself; any other file by its Go reader
// into stg_raw (readRaw). A CSV file of a reference source to be staged
// (numbered) is planned to be read from stg_lines.
func openInput(ctx context.Context, w *warehouse.Warehouse, f inputFile, idx int, staged bool,
	progress func(string, float64, int64)) (*sqlInput, error) {
	if sqlReaders {
		in, ok, err := openSQLInput(ctx, w, f, staged)
		if ok || err != nil {
			return in, err
		}
	}
	return readRaw(ctx, w, f, idx, progress)
}

// openSQLInput plans file f for DuckDB's own readers; ok is false when a
// Go reader must read it.
func openSQLInput(ctx context.Context, w *warehouse.Warehouse, f inputFile, staged bool) (*sqlInput, bool, error) {
	_, ext, _ := splitExt(f.path)
	switch {
	case ext == ".parquet":
		names, types, ok := parquetColumns(ctx, w, f.path)
		if !ok {
			return nil, false, nil
		}
		cols := make([]string, len(names))
		for k, n := range names {
			cols[k] = queries.Ident(n)
		}
		pl, ok, err := planFile(f, parquetReader, names, cols, types, dialect{})
		if !ok || err != nil {
			return nil, false, err
		}
		var total int64
		if err := w.Conn().QueryRowContext(ctx, queries.Statement(queries.Load, "ParquetRows", nil), f.path).Scan(&total); err != nil {
			return nil, false, nil
		}
		in := &sqlInput{plan: pl, total: total, sum: hashFile(f.path)}
		in.months, in.scanned = parquetMonths(ctx, w, f, names, types)
		return in, true, nil
	case ext == ".csv" || ext == ".csv.gz":
		sh, err := scanCSV(f.path, f.src.monthOf)
		if err != nil || !sh.simple {
			return nil, false, nil // the Go reader reports what is wrong
		}
		cols, types := make([]string, len(sh.header)), make([]string, len(sh.header))
		for k := range cols {
			cols[k], types[k] = fmt.Sprintf("c%d", k+1), "VARCHAR"
		}
		rd, lines := csvReader(sh), ""
		if staged && f.src.monthOf == "" {
			rd, lines = linesReader, rd.from
		}
		pl, ok, err := planFile(f, rd, sh.header, cols, types, dialect{indo: sh.delim == ';', bare: sh.bare})
		if !ok || err != nil {
			return nil, false, err
		}
		sum := make(chan hashResult, 1)
		sum <- hashResult{sum: sh.sha256}
		return &sqlInput{plan: pl, total: sh.rows, sum: sum, months: sh.months, scanned: f.src.monthOf != "", lines: lines}, true, nil
	}
	return nil, false, nil
}

// The text parsers, for an input i that is not NULL (trimmed); each gives
// NULL for a text the contract refuses. TestValidateDate,
// TestValidateTimeAndTimestamp and TestValidateNumber hold them to
// hand-written cases.

// isoDate is YYYY-MM-DD, the form nearly every file uses (a cast).
const isoDate = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"

// dateSQL is parseDate: YYYY-M-D or D/M/YYYY, year from 1, a real day.
func dateSQL(i string) string {
	ymd := func(y, m, d string) string {
		return fmt.Sprintf("CASE WHEN %s >= '0001' THEN TRY_CAST(%s || '-' || lpad(%s, 2, '0') || '-' || lpad(%s, 2, '0') AS DATE) END", y, y, m, d)
	}
	return fmt.Sprintf("CASE WHEN %s GLOB '%s' THEN CASE WHEN %s >= '0001' THEN TRY_CAST(%s AS DATE) END"+
		" WHEN regexp_full_match(%s, '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}') THEN %s"+
		" WHEN regexp_full_match(%s, '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}') THEN %s END",
		i, isoDate, i, i,
		i, ymd("split_part("+i+", '-', 1)", "split_part("+i+", '-', 2)", "split_part("+i+", '-', 3)"),
		i, ymd("split_part("+i+", '/', 3)", "split_part("+i+", '/', 2)", "split_part("+i+", '/', 1)"))
}

// timeRE is parseTime: H:MM or HH:MM, optionally :SS, within a day.
const timeRE = "([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?"

// HH:MM and HH:MM:SS, nearly every file's forms, go by GLOB (faster than
// the regular expression); DuckDB's cast would take hour 24, the string
// comparison does not.
func timeSQL(i string) string {
	return fmt.Sprintf("CASE WHEN (%s GLOB '[0-2][0-9]:[0-5][0-9]' OR %s GLOB '[0-2][0-9]:[0-5][0-9]:[0-5][0-9]') THEN CASE WHEN %s < '24' THEN TRY_CAST(%s AS TIME) END"+
		" WHEN regexp_full_match(%s, '%s') THEN TRY_CAST(%s AS TIME) END", i, i, i, i, i, timeRE, i)
}

// timestampSQL is parseTimestamp: a date, then optionally a space or T,
// spaces, and a time.
func timestampSQL(i string) string {
	d := dateSQL("regexp_extract(" + i + ", '^[^ T]*')")
	return fmt.Sprintf("CASE WHEN regexp_full_match(%s, '[^ T]*') THEN (%s)::TIMESTAMP"+
		" WHEN regexp_full_match(%s, '[^ T]*[ T] *%s') THEN (%s) + TRY_CAST(regexp_extract(%s, '[ T] *(.*)$', 1) AS TIME) END",
		i, dateSQL(i), i, timeRE, d, i)
}

// numberSQL is parseNumber in dialect d (the checks refuse infinities).
func numberSQL(i string, d dialect) string {
	if d.indo {
		return fmt.Sprintf("CASE WHEN regexp_full_match(%s, '[+-]?(([0-9]{1,3}(\\.[0-9]{3})+|[0-9]+)(,[0-9]+)?|,[0-9]+)') "+
			"THEN TRY_CAST(replace(replace(%s, '.', ''), ',', '.') AS DOUBLE) END", i, i)
	}
	return fmt.Sprintf("CASE WHEN regexp_full_match(%s, '[+-]?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?') "+
		"THEN TRY_CAST(%s AS DOUBLE) END", i, i)
}
