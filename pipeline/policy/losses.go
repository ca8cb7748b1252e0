package policy

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"

	"fwaeval/queries"
)

// Rows a unit lost keep the rules from judging it on them (README,
// "Rejected rows and verdicts"): load_reject_unit's counts per unit and
// month, read with the month's indicators.

// rejected is a unit's rejected rows of one source in one month, against
// its rows of it (read = loaded + rejected), with the commonest reason.
type rejected struct {
	source                string
	month                 time.Time
	rows, read            int64
	code, column, message string
}

// readUnitRejects attaches month m's rejected rows to its units.
func readUnitRejects(ctx context.Context, c *sql.Conn, m time.Time, units []*unitMonth) error {
	byID := make(map[string]*unitMonth, len(units))
	for _, u := range units {
		byID[u.unitID] = u
	}
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Evaluate, "UnitRejects", nil), m)
	if err != nil {
		return fmt.Errorf("read rejects per unit %s: %w", m.Format("2006-01"), err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		r := rejected{month: m}
		if err := rows.Scan(&id, &r.source, &r.rows, &r.read, &r.code, &r.column, &r.message); err != nil {
			return fmt.Errorf("read rejects per unit %s: %w", m.Format("2006-01"), err)
		}
		if u := byID[id]; u != nil {
			if u.rejects == nil {
				u.rejects = map[string]rejected{}
			}
			u.rejects[r.source] = r
		}
	}
	return rows.Err()
}

// losses finds the sources a unit lost rows of in the months a rule reads
// (README, "Rejected rows and verdicts"): more than reject_rate_max of its
// rows of the source in one of those months rejected, and at least
// min_rows. A rule that reads such a source is not judged; R6 says what
// was lost (found, each source and month once, with the rules it kept
// from judging).
type losses struct {
	p     *Policy
	month time.Time
	hist  []*unitMonth
	found []*loss
}

// reads are the sources each rule reads (README, "Rejected rows and
// verdicts"), and each of R6's own branches, whose sentence a loss
// replaces (they are not named among the rules not judged).
var reads = map[string][]string{
	"R1": {"rencana_aksi", "kinerja_harian"}, "R2": {"aduan"}, "R3": {"aduan"},
	"R4": {"presensi"}, "R5": {"presensi"},
	coverage: {"presensi"}, noCapaian: {"rencana_aksi", "kinerja_harian"},
}

const (
	coverage  = "R6 coverage"
	noCapaian = "R6 no capaian"
)

// loss is one source and month a unit lost rows of, and the rules not
// judged for it.
type loss struct {
	rejected
	rules []string
}

// lost reports whether the unit lost rows of a source rule reads in the
// months M, M-1, ... (months of them), noting each such loss and the rule.
func (ls *losses) lost(rule string, months int) bool {
	any := false
	for k := 0; k < months && k < len(ls.hist); k++ {
		if ls.hist[k] == nil {
			continue
		}
		for _, s := range reads[rule] {
			x, ok := ls.hist[k].rejects[s]
			if !ok || !ls.p.Lost(x.rows, x.read) {
				continue
			}
			any = true
			ls.note(x, rule)
		}
	}
	return any
}

func (ls *losses) note(x rejected, rule string) {
	var l *loss
	for _, f := range ls.found {
		if f.source == x.source && f.month.Equal(x.month) {
			l = f
		}
	}
	if l == nil {
		l = &loss{rejected: x}
		ls.found = append(ls.found, l)
	}
	if rule != coverage && rule != noCapaian && !slices.Contains(l.rules, rule) {
		l.rules = append(l.rules, rule)
	}
}
