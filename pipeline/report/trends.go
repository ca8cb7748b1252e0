package report

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
	"fwaeval/reports/model"
)

// The trend charts: the month and the 11 before it, for the instansi as a
// whole and for each flagged unit against its control units.

func readTrends(ctx context.Context, c *sql.Conn, m *model.Model, from, to time.Time) error {
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Report, "Trend", nil), from, to)
	if err != nil {
		return fmt.Errorf("report trend: %w", err)
	}
	defer rows.Close()
	t := &m.Trends
	for rows.Next() {
		var b time.Time
		var cf, cc, tf, tc sql.NullFloat64
		if err := rows.Scan(&b, &cf, &cc, &tf, &tc); err != nil {
			return fmt.Errorf("report trend: %w", err)
		}
		t.Months = append(t.Months, b)
		t.CapaianFWA, t.CapaianCtrl = append(t.CapaianFWA, warehouse.NaNOr(cf)), append(t.CapaianCtrl, warehouse.NaNOr(cc))
		t.TindakFWA, t.TindakCtrl = append(t.TindakFWA, warehouse.NaNOr(tf)), append(t.TindakCtrl, warehouse.NaNOr(tc))
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("report trend: %w", err)
	}
	units := map[string]string{}
	for _, u := range m.Attention {
		if !u.Suppressed {
			units[u.UnitID] = u.Rules
		}
	}
	t.PerUnit, err = readUnitTrends(ctx, c, units, t.Months, from, to)
	return err
}

// ruleIndicators are the indicators each rule judges: what a flagged
// unit's charts plot.
var ruleIndicators = map[string][]string{
	"R1_produktivitas_turun": {"capaian_kinerja"},
	"R2_layanan_memburuk":    {"tindak_lanjut_tepat_waktu"},
	"R3_aduan_melonjak":      {"aduan_per_100_pegawai"},
	"R4_disiplin":            {"tanpa_keterangan", "pelanggaran_kuota"},
	"R5_layanan_langsung":    {"porsi_fleksibel"},
	"R6_data_kurang":         {"cakupan_presensi"},
}

// trendColumns are UnitTrends' indicator pairs, in its column order.
var trendColumns = []string{"capaian_kinerja", "tindak_lanjut_tepat_waktu", "aduan_per_100_pegawai",
	"tanpa_keterangan", "pelanggaran_kuota", "porsi_fleksibel", "cakupan_presensi"}

// readUnitTrends reads the flagged units' months in one query, each
// aligned to the trend's months: the indicators of the rules that fired
// (units maps a unit to its rules, "R1_…;R4_…").
func readUnitTrends(ctx context.Context, c *sql.Conn, units map[string]string, months []time.Time, from, to time.Time) (map[string]model.UnitTrend, error) {
	out := map[string]model.UnitTrend{}
	if len(units) == 0 {
		return out, nil
	}
	n := len(months)
	var ids []string
	for u, rules := range units {
		ids = append(ids, u)
		var tr model.UnitTrend
		seen := map[string]bool{}
		for _, r := range strings.Split(rules, ";") {
			for _, ind := range ruleIndicators[r] {
				if !seen[ind] {
					seen[ind] = true
					tr.Series = append(tr.Series, model.UnitSeries{Indicator: ind, Unit: model.NaNs(n), Control: model.NaNs(n)})
				}
			}
		}
		out[u] = tr
	}
	sort.Strings(ids)
	at := map[time.Time]int{}
	for i, mo := range months {
		at[mo] = i
	}
	raw, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Report, "UnitTrends", nil), string(raw), from, to)
	if err != nil {
		return nil, fmt.Errorf("report trends of units: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var unit string
		var b time.Time
		var start sql.NullTime
		v := make([]sql.NullFloat64, 2*len(trendColumns))
		dest := []any{&unit, &b, &start}
		for k := range v {
			dest = append(dest, &v[k])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("report trends of units: %w", err)
		}
		tr := out[unit]
		tr.FWAStart = start.Time
		if i, ok := at[b]; ok {
			for _, s := range tr.Series {
				k := slices.Index(trendColumns, s.Indicator)
				s.Unit[i], s.Control[i] = warehouse.NaNOr(v[2*k]), warehouse.NaNOr(v[2*k+1])
			}
		}
		out[unit] = tr
	}
	return out, rows.Err()
}
