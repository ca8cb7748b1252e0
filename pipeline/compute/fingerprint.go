package compute

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// A stored month carries the fingerprint of what it was computed from:
// the SQL of the computation (sqlVersion) and its input rows. A month whose
// fingerprint is unchanged is not computed again.

func sqlVersion(sql string) string {
	h := sha256.Sum256([]byte(sql))
	return hex.EncodeToString(h[:8])
}

// effectFingerprints is, by "YYYY-MM", what each month of e_months would
// be evaluated from now and what its stored evaluation was ("": none).
func effectFingerprints(ctx context.Context, tx warehouse.DBTX) (map[string]fingerprint, error) {
	rows, err := tx.QueryContext(ctx, queries.Statement(queries.IndicatorsEffect, "SidikEfek", nil), effectVersion)
	if err != nil {
		return nil, fmt.Errorf("fingerprints of the evaluated months: %w", err)
	}
	fps, err := readFingerprints(rows, "")
	if err != nil {
		return nil, fmt.Errorf("fingerprints of the evaluated months: %w", err)
	}
	return fps, nil
}

// fingerprint is what a month would be computed from now (Sidik, with
// codeVersion) and what its stored values were computed from ("": none).
type fingerprint struct{ now, stored string }

// onlyAsOf reports whether the month is stored and only the as-of date
// (the fingerprint's last part) moved since.
func (fp fingerprint) onlyAsOf() bool {
	i, j := strings.LastIndexByte(fp.stored, '|'), strings.LastIndexByte(fp.now, '|')
	return fp.now != fp.stored && i >= 0 && j >= 0 && fp.stored[:i] == fp.now[:j]
}

// fingerprints returns the fingerprint of every month from..to (first
// days), by "YYYY-MM", in one query. The as_of variable must be set.
func fingerprints(ctx context.Context, tx warehouse.DBTX, from, to time.Time) (map[string]fingerprint, error) {
	rows, err := tx.QueryContext(ctx, queries.Statement(queries.IndicatorsEffect, "Sidik", nil), from, to)
	if err != nil {
		return nil, fmt.Errorf("fingerprints %s..%s: %w", from.Format("2006-01"), to.Format("2006-01"), err)
	}
	fps, err := readFingerprints(rows, codeVersion+"|")
	if err != nil {
		return nil, fmt.Errorf("fingerprints: %w", err)
	}
	return fps, nil
}

// readFingerprints reads rows of (month, fingerprint now, stored
// fingerprint or NULL) by "YYYY-MM", prefixing each fingerprint now.
func readFingerprints(rows *sql.Rows, prefix string) (map[string]fingerprint, error) {
	defer rows.Close()
	out := map[string]fingerprint{}
	for rows.Next() {
		var m time.Time
		var now string
		var stored sql.NullString
		if err := rows.Scan(&m, &now, &stored); err != nil {
			return nil, err
		}
		out[m.Format("2006-01")] = fingerprint{now: prefix + now, stored: stored.String}
	}
	return out, rows.Err()
}

// storeFingerprints records what the months' stored values were computed
// from, in one statement: stmt is SimpanSidik (per-month values) or
// SimpanSidikEfek (evaluated months).
func storeFingerprints(ctx context.Context, tx warehouse.DBTX, stmt string, months []time.Time, fps map[string]fingerprint) error {
	if len(months) == 0 {
		return nil
	}
	rows := strings.TrimSuffix(strings.Repeat("(?, ?), ", len(months)), ", ")
	args := make([]any, 0, 2*len(months))
	for _, m := range months {
		args = append(args, m, fps[m.Format("2006-01")].now)
	}
	if _, err := tx.ExecContext(ctx, queries.Statement(queries.IndicatorsEffect, stmt, map[string]string{"rows": rows}), args...); err != nil {
		return fmt.Errorf("store fingerprints (%s): %w", stmt, err)
	}
	return nil
}
