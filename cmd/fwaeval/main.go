// Command fwaeval evaluates the flexible working arrangement of Indonesian
// civil servants month by month: it loads the month's exports into a DuckDB
// warehouse, computes indicators, applies the policy rules and renders
// reports. See README.md and SPEC.md.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
