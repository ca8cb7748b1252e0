package report

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"fwaeval/pipeline/policy"
	"fwaeval/queries"
	"fwaeval/reports/model"
)

// readRejects reads the data-quality section's rejected rows: each unit's
// in the months the verdict of month reads (and those without a month),
// and what no unit accounts for — rows traced to no unit above the
// policy's reject limit in one of those months, and rows without a
// month. m.Units must be read: a suppressed unit's counts are hidden.
func readRejects(ctx context.Context, c *sql.Conn, m *model.Model, month time.Time, p *policy.Policy) error {
	from := month.AddDate(0, -(p.MonthsRead() - 1), 0)
	suppressed := map[string]bool{}
	for _, u := range m.Units {
		suppressed[u.UnitID] = u.Suppressed
	}
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Report, "UnitRejects", nil), from, month)
	if err != nil {
		return fmt.Errorf("report rejects per unit: %w", err)
	}
	for rows.Next() {
		var r model.UnitRejects
		var bulan sql.NullTime
		if err := rows.Scan(&r.UnitID, &r.Name, &r.Source, &bulan, &r.Rejected, &r.Read, &r.Code, &r.Column); err != nil {
			rows.Close()
			return fmt.Errorf("report rejects per unit: %w", err)
		}
		r.Month, r.Suppressed = bulan.Time, suppressed[r.UnitID]
		m.Quality.UnitRejects = append(m.Quality.UnitRejects, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("report rejects per unit: %w", err)
	}
	rows, err = c.QueryContext(ctx, queries.Statement(queries.Report, "UntracedRejects", nil), from, month)
	if err != nil {
		return fmt.Errorf("report untraced rejects: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var u model.Untraced
		var bulan sql.NullTime
		if err := rows.Scan(&u.Source, &bulan, &u.Rejected, &u.Read); err != nil {
			return fmt.Errorf("report untraced rejects: %w", err)
		}
		u.Month = bulan.Time
		if !bulan.Valid || p.Lost(u.Rejected, u.Read) {
			m.Quality.Untraced = append(m.Quality.Untraced, u)
		}
	}
	return rows.Err()
}
