// Command fwaeval evaluates the flexible working arrangement of Indonesian
// civil servants month by month: it loads the month's exports into a DuckDB
// warehouse, computes indicators, applies the policy rules and renders
// reports. See README.md.
package main

import (
	"os"

	"fwaeval/pipeline/warehouse"
)

func main() {
	// FWAEVAL_TRACE=1 prints every step's seconds (bench/batch.sh).
	if os.Getenv("FWAEVAL_TRACE") != "" {
		warehouse.TraceTo = os.Stderr
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
