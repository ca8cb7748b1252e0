// Package queries holds fwaeval's SQL. The .sql files are the source; this
// file only embeds them, one variable per file, and the schema migrations
// as an ordered file system.
//
// A file may hold several statements, each opened by a header line
// `-- name: Name`; Statement picks one by name so logs can name it.
// Identifiers that vary (a source's table, its key columns) appear as
// `{placeholders}` and are filled by the caller with quoted identifiers;
// values are always bind parameters.
package queries

import (
	"embed"
	"fmt"
	"strings"
)

// Schema holds the ordered migrations, schema/NNNN_name.sql.
//
//go:embed schema/*.sql
var Schema embed.FS

// RollupSchema holds the ordered migrations of the rollup warehouse,
// rollup_schema/NNNN_name.sql.
//
//go:embed rollup_schema/*.sql
var RollupSchema embed.FS

// Rollup holds the statements that check, load and combine the
// aggregate packages.
//
//go:embed rollup.sql
var Rollup string

// Load holds the statements that validate staged rows and merge them.
//
//go:embed load.sql
var Load string

// IndicatorsMonth holds the statements that compute one month's per-unit
// indicators from that month's rows.
//
//go:embed indicators_month.sql
var IndicatorsMonth string

// IndicatorsEffect holds the statements that turn stored monthly values
// into the evaluated month: savings, baseline, change and DiD.
//
//go:embed indicators_effect.sql
var IndicatorsEffect string

// Evaluate holds the statements of the evaluation stage.
//
//go:embed evaluate.sql
var Evaluate string

// Report holds the statements that read what the reports show.
//
//go:embed report.sql
var Report string

// Export holds the statements that write the aggregate packages.
//
//go:embed export.sql
var Export string

// Warehouse holds the statements about the warehouse file itself.
//
//go:embed warehouse.sql
var Warehouse string

// Sample holds the statements that generate synthetic data sets.
//
//go:embed sample.sql
var Sample string

// Statement returns the statement called name in file, with each
// `{key}` replaced by vars[key]. It panics on a name that is not there:
// the files are compiled in, so that is a programming error caught by tests.
func Statement(file, name string, vars map[string]string) string {
	body, ok := section(file, name)
	if !ok {
		panic(fmt.Sprintf("queries: no statement %q", name))
	}
	for k, v := range vars {
		body = strings.ReplaceAll(body, "{"+k+"}", v)
	}
	return body
}

func section(file, name string) (string, bool) {
	head := "-- name: " + name + "\n"
	i := strings.Index(file, head)
	if i < 0 {
		return "", false
	}
	body := file[i+len(head):]
	if j := strings.Index(body, "-- name: "); j >= 0 {
		body = body[:j]
	}
	return "-- name: " + name + "\n" + strings.TrimSpace(body), true
}

// Ident quotes an SQL identifier for DuckDB.
func Ident(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// Literal quotes a string as an SQL literal, for the few places that take
// no bind parameter (SET, COPY's path, a generated CASE).
func Literal(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
