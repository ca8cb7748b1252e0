package compute

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// EffectStatements turn stored months into the evaluated months of the
// list e_months.
var EffectStatements = []string{"Beda", "Efek", "Hemat", "HapusIndikator", "SimpanIndikator", "HapusPlacebo", "SimpanPlacebo"}

// codeVersion changes whenever the indicator SQL does, so that stored
// months computed by older SQL are recomputed; effectVersion likewise for
// the effect SQL and the evaluated months.
var codeVersion, effectVersion = sqlVersion(queries.IndicatorsMonth), sqlVersion(queries.IndicatorsEffect)

// Result says what Compute did.
type Result struct {
	Month time.Time
	// Recomputed lists the months whose per-unit values were computed
	// afresh; the other months read were still current.
	Recomputed []time.Time
	// Rejudged lists the months whose complaints alone were judged again
	// (only the as-of date had moved).
	Rejudged []time.Time
	InRange  bool
}

// TrendMonths is how many months the reports' trend charts cover (M and
// the 11 before it); Compute judges their complaints in M's pass.
const TrendMonths = 12

// Compute computes the indicators of month (its first day) for every unit
// and stores them in the warehouse, in one transaction. It computes the
// per-month values of M and of the months M's effects read (baseline
// windows, M-12) when they are missing or stale, and only those.
//
// Inside a Batch, a month computed already is not computed again while no
// stored month has changed since (run's evaluate stage computes M, which
// its compute stage has just done, and M-1).
func Month(ctx context.Context, w *warehouse.Warehouse, month time.Time) (*Result, error) {
	key := computedKey(month.Format("2006-01"))
	if done, _ := w.Memo(key).(*Result); done != nil {
		return &Result{Month: month, InRange: done.InRange}, nil
	}
	res := &Result{Month: month}
	err := w.InTx(ctx, func(tx warehouse.DBTX) error {
		// The report's trend months whose complaints only need judging
		// again go in the same pass as those M reads (see Refresh).
		var window []time.Time
		for k := TrendMonths - 1; k >= 0; k-- {
			window = append(window, month.AddDate(0, -k, 0))
		}
		var err error
		res.Recomputed, res.Rejudged, res.InRange, err = Months(ctx, tx, []time.Time{month}, window, false)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("compute %s: %w", month.Format("2006-01"), err)
	}
	if len(res.Recomputed) > 0 || len(res.Rejudged) > 0 {
		w.Changed() // stored months changed: what was computed from them may be stale
	}
	w.Remember(key, res)
	return res, nil
}

// computedKey is the key under which a Batch remembers a month Compute
// brought up to date.
type computedKey string

// MonthHeld is nil when month lies within the months the warehouse holds
// data for (docs/indicators.md: from the first to the last month of any fact
// source), and otherwise an *InputError naming them: a report of a month
// without data would be all empty.
func MonthHeld(ctx context.Context, w *warehouse.Warehouse, month time.Time) error {
	first, last, err := DataRange(ctx, w.Conn())
	if err != nil {
		return err
	}
	m := month.Format("2006-01")
	if first == nil {
		return &warehouse.InputError{File: "--month", Msg: fmt.Sprintf(
			"tidak ada data untuk %s; gudang data belum berisi bulan apa pun / no data for %s; the warehouse holds no month yet", m, m)}
	}
	if month.Before(*first) || month.After(*last) {
		a, b := first.Format("2006-01"), last.Format("2006-01")
		return &warehouse.InputError{File: "--month", Msg: fmt.Sprintf(
			"tidak ada data untuk %s; bulan yang ada: %s s.d. %s / no data for %s; months held: %s to %s", m, a, b, m, a, b)}
	}
	return nil
}

// Months stores the evaluated indicators of the months (first
// days), all in one pass of the effect statements, after bringing up to
// date the per-month values they read (each month, the month a year
// before, the baseline windows) and judging again the complaints of the
// months in also whose as-of date moved. With reuse, a month whose
// evaluated indicators are stored and computed from what it would be
// computed from now is left as it is. It reports which months' per-month
// values were computed afresh or judged again, and whether the last of
// the months lies within the data range.
func Months(ctx context.Context, tx warehouse.DBTX, months, also []time.Time, reuse bool) (recomputed, rejudged []time.Time, inRange bool, err error) {
	last := months[len(months)-1]
	asOf, err := AsOf(ctx, tx, last)
	if err != nil {
		return nil, nil, false, err
	}
	if err := warehouse.SetVar(ctx, tx, "as_of", asOf); err != nil {
		return nil, nil, false, err
	}
	first, end, err := DataRange(ctx, tx)
	if err != nil {
		return nil, nil, false, err
	}
	if err := SetMonths(ctx, tx, "e_months", months); err != nil {
		return nil, nil, false, err
	}
	needed, err := monthsNeeded(ctx, tx)
	if err != nil {
		return nil, nil, false, err
	}
	if recomputed, rejudged, err = Refresh(ctx, tx, needed, also, first, end); err != nil {
		return nil, nil, false, err
	}
	inRange = first != nil && !last.Before(*first) && !last.After(*end)
	// Refresh moved m_start/m_end to the months it computed.
	if err := setMonth(ctx, tx, last); err != nil {
		return nil, nil, false, err
	}
	return recomputed, rejudged, inRange, computeEffects(ctx, tx, months, reuse)
}

// computeEffects runs the effect statements once for the months (with
// reuse, only for those whose fingerprint moved; e_months holds the
// months) and stores their fingerprints.
func computeEffects(ctx context.Context, tx warehouse.DBTX, months []time.Time, reuse bool) error {
	fps, err := effectFingerprints(ctx, tx)
	if err != nil {
		return err
	}
	todo := months
	if reuse {
		todo = nil
		for _, m := range months {
			if fp := fps[m.Format("2006-01")]; fp.now != fp.stored {
				todo = append(todo, m)
			}
		}
		if len(todo) == 0 {
			return nil
		}
		if err := SetMonths(ctx, tx, "e_months", todo); err != nil {
			return err
		}
	}
	if err := ExecAll(ctx, tx, queries.IndicatorsEffect, EffectStatements...); err != nil {
		return err
	}
	return storeFingerprints(ctx, tx, "SimpanSidikEfek", todo, fps)
}

// Refresh brings the stored values of the months up to date
// (ascending; months outside first..last, the data range, are cleared),
// and of the months in also only where their complaints need judging
// again. A month whose fingerprint moved only by the as-of date has its
// complaints judged again, all such months in one pass: each month brings
// a new as-of date, and the months whose SLA windows it may still close
// (about three) would otherwise be computed afresh, one by one, every
// month. That pass is the complaints pass of the last month computed
// afresh, when there is one (a monthly batch computes its new month), so
// the complaints are read once. The others are computed afresh one by
// one (refreshMonth). The fingerprints are stored together at the end.
func Refresh(ctx context.Context, tx warehouse.DBTX, months, also []time.Time, first, last *time.Time) (recomputed, rejudged []time.Time, err error) {
	all := append(append([]time.Time(nil), months...), also...)
	if len(all) == 0 {
		return nil, nil, nil
	}
	fps, err := fingerprints(ctx, tx, slices.MinFunc(all, time.Time.Compare), slices.MaxFunc(all, time.Time.Compare))
	if err != nil {
		return nil, nil, err
	}
	type month struct {
		m  time.Time
		in bool
		fp fingerprint
	}
	var fresh []month // to compute afresh, or clear, in the order given
	seen := map[string]bool{}
	for i, m := range all {
		key := m.Format("2006-01")
		if seen[key] {
			continue
		}
		seen[key] = true
		in := first != nil && !m.Before(*first) && !m.After(*last)
		fp := fps[key]
		switch {
		case in && fp.onlyAsOf():
			rejudged = append(rejudged, m)
		case i < len(months):
			fresh = append(fresh, month{m, in, fp})
		}
	}
	sort.Slice(rejudged, func(i, j int) bool { return rejudged[i].Before(rejudged[j]) })
	with := -1 // the month whose complaints pass judges the others again
	for k, f := range fresh {
		if f.in && f.fp.now != f.fp.stored {
			with = k
		}
	}
	for k, f := range fresh {
		var again []time.Time
		if k == with {
			again = rejudged
		}
		did, err := refreshMonth(ctx, tx, f.m, f.in, f.fp, again)
		if err != nil {
			return nil, nil, err
		}
		if did {
			recomputed = append(recomputed, f.m)
		}
	}
	if with < 0 {
		if err := rejudge(ctx, tx, rejudged); err != nil {
			return nil, nil, err
		}
	}
	return recomputed, rejudged, storeFingerprints(ctx, tx, "SimpanSidik", append(slices.Clone(recomputed), rejudged...), fps)
}

// MonthsJSON is a JSON array of the months' first days, for a query's
// from_json(?::JSON, '["DATE"]').
func MonthsJSON(months []time.Time) string {
	days := make([]string, len(months))
	for i, m := range months {
		days[i] = `"` + m.Format("2006-01-02") + `"`
	}
	return "[" + strings.Join(days, ",") + "]"
}

// SetMonths sets a month list variable (aduan_months, aduan_lagi).
func SetMonths(ctx context.Context, tx warehouse.DBTX, name string, months []time.Time) error {
	if _, err := tx.ExecContext(ctx, "SET VARIABLE "+name+" = from_json(?::JSON, '[\"DATE\"]')", MonthsJSON(months)); err != nil {
		return fmt.Errorf("set %s: %w", name, err)
	}
	return nil
}

// rejudge judges the complaints of the months again, in one pass of their
// own.
func rejudge(ctx context.Context, tx warehouse.DBTX, months []time.Time) error {
	if len(months) == 0 {
		return nil
	}
	for _, name := range []string{"aduan_months", "aduan_lagi"} {
		if err := SetMonths(ctx, tx, name, months); err != nil {
			return fmt.Errorf("months to judge again: %w", err)
		}
	}
	if err := ExecAll(ctx, tx, queries.IndicatorsMonth, "AduanBulan", "SimpanAduan"); err != nil {
		return fmt.Errorf("judge complaints again: %w", err)
	}
	return nil
}

// refreshMonth computes month m's stored values afresh when its
// fingerprint changed (reporting whether it did); outside the data range
// it clears them (values are NULL there). The complaints of the months in
// again are judged again in the same pass.
func refreshMonth(ctx context.Context, tx warehouse.DBTX, m time.Time, inRange bool, fp fingerprint, again []time.Time) (bool, error) {
	if inRange && fp.now == fp.stored {
		return false, nil
	}
	if !inRange && fp.stored == "" {
		// Nothing stored, nothing to clear: a month's values and its
		// fingerprint are stored, and cleared, together.
		return false, nil
	}
	if fp.now == "" {
		return false, fmt.Errorf("no fingerprint for %s", m.Format("2006-01"))
	}
	if err := setMonth(ctx, tx, m); err != nil {
		return false, err
	}
	if !inRange {
		if err := ExecAll(ctx, tx, queries.IndicatorsMonth, "HapusBulan"); err != nil {
			return false, err
		}
		return false, ExecAll(ctx, tx, queries.IndicatorsEffect, "HapusSidik")
	}
	if len(again) > 0 {
		if err := SetMonths(ctx, tx, "aduan_months", append([]time.Time{m}, again...)); err != nil {
			return false, err
		}
		if err := SetMonths(ctx, tx, "aduan_lagi", again); err != nil {
			return false, err
		}
	}
	if err := computeMonth(ctx, tx, len(again) > 0); err != nil {
		return false, fmt.Errorf("month %s: %w", m.Format("2006-01"), err)
	}
	return true, nil
}

// ExecAll runs the named statements of one SQL file, in order.
func ExecAll(ctx context.Context, tx warehouse.DBTX, file string, names ...string) error {
	for _, name := range names {
		t := time.Now()
		if _, err := tx.ExecContext(ctx, queries.Statement(file, name, nil)); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		warehouse.Trace("compute", name, t)
		traceMemory(ctx, tx)
	}
	return nil
}

// setMonth sets m_start and m_end to month m, and aduan_months to it alone.
func setMonth(ctx context.Context, tx warehouse.DBTX, m time.Time) error {
	if _, err := tx.ExecContext(ctx, "SET VARIABLE m_start = ?::DATE", m); err != nil {
		return fmt.Errorf("set month: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "SET VARIABLE m_end = ?::DATE", m.AddDate(0, 1, -1)); err != nil {
		return fmt.Errorf("set month: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "SET VARIABLE aduan_months = [?::DATE]", m); err != nil {
		return fmt.Errorf("set month: %w", err)
	}
	return nil
}

// AsOf is the latest timestamp in aduan; with no complaints at all it
// is the month's end (no window can be judged anyway).
func AsOf(ctx context.Context, tx warehouse.DBTX, month time.Time) (time.Time, error) {
	var t sql.NullTime
	if err := tx.QueryRowContext(ctx, queries.Statement(queries.IndicatorsMonth, "AsOf", nil)).Scan(&t); err != nil {
		return time.Time{}, fmt.Errorf("as-of date: %w", err)
	}
	if !t.Valid {
		return month.AddDate(0, 1, -1), nil
	}
	return t.Time, nil
}

func DataRange(ctx context.Context, tx warehouse.DBTX) (*time.Time, *time.Time, error) {
	var first, last sql.NullTime
	if err := tx.QueryRowContext(ctx, queries.Statement(queries.IndicatorsEffect, "Rentang", nil)).Scan(&first, &last); err != nil {
		return nil, nil, fmt.Errorf("data range: %w", err)
	}
	if !first.Valid {
		return nil, nil, nil
	}
	return &first.Time, &last.Time, nil
}

func monthsNeeded(ctx context.Context, tx warehouse.DBTX) ([]time.Time, error) {
	rows, err := tx.QueryContext(ctx, queries.Statement(queries.IndicatorsEffect, "BulanPerlu", nil))
	if err != nil {
		return nil, fmt.Errorf("months needed: %w", err)
	}
	defer rows.Close()
	var out []time.Time
	for rows.Next() {
		var m time.Time
		if err := rows.Scan(&m); err != nil {
			return nil, fmt.Errorf("months needed: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
