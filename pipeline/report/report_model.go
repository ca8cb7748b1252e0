package report

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"time"

	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/policy"
	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
	"fwaeval/reports/model"
)

// ReadModel reads the evaluated month from the warehouse into the model
// the renderers lay out. Evaluate must have run for month. Months of the
// trend window missing from the stored per-month values are computed.
func ReadModel(ctx context.Context, w *warehouse.Warehouse, month time.Time, lang string, p *policy.Policy, generated time.Time) (*model.Model, error) {
	from := month.AddDate(0, -(compute.TrendMonths - 1), 0)
	if err := ensureMonths(ctx, w, from, month); err != nil {
		return nil, err
	}
	m := &model.Model{Lang: model.Lang(lang), Month: month, Generated: generated,
		Summary: model.Summary{StatusCounts: map[string]int{}}}
	var asOf sql.NullTime
	if err := w.Conn().QueryRowContext(ctx, queries.Statement(queries.Report, "AsOfReport", nil)).Scan(&asOf); err != nil {
		return nil, fmt.Errorf("report as-of: %w", err)
	}
	m.AsOf = asOf.Time
	var err error
	if err := readReportUnits(ctx, w.Conn(), m, month, lang); err != nil {
		return nil, err
	}
	if err := readTrends(ctx, w.Conn(), m, from, month); err != nil {
		return nil, err
	}
	if err := readQuality(ctx, w.Conn(), m, month, p); err != nil {
		return nil, err
	}
	if err := readRejects(ctx, w.Conn(), m, month, p); err != nil {
		return nil, err
	}
	if m.Quality.Placebo, err = PlaceboCheck(ctx, w, month); err != nil {
		return nil, err
	}
	m.Method = methodOf(p, lang)
	return m, nil
}

// ensureMonths makes sure the per-month values of every month from..to
// within the data range are stored and current.
func ensureMonths(ctx context.Context, w *warehouse.Warehouse, from, to time.Time) error {
	return w.InTx(ctx, func(tx warehouse.DBTX) error {
		asOf, err := compute.AsOf(ctx, tx, to)
		if err != nil {
			return err
		}
		if err := warehouse.SetVar(ctx, tx, "as_of", asOf); err != nil {
			return err
		}
		first, last, err := compute.DataRange(ctx, tx)
		if err != nil || first == nil {
			return err
		}
		var months []time.Time
		for m := from; !m.After(to); m = m.AddDate(0, 1, 0) {
			if !m.Before(*first) && !m.After(*last) {
				months = append(months, m)
			}
		}
		recomputed, rejudged, err := compute.Refresh(ctx, tx, months, nil, first, last)
		if len(recomputed)+len(rejudged) > 0 {
			w.Changed() // stored months changed (see compute.Month)
		}
		return err
	})
}

func readReportUnits(ctx context.Context, c *sql.Conn, m *model.Model, month time.Time, lang string) error {
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Report, "UnitsOfMonth", nil), lang, month, month)
	if err != nil {
		return fmt.Errorf("report units: %w", err)
	}
	defer rows.Close()
	inst := map[string]*model.InstansiRow{}
	var t tileSums
	for rows.Next() {
		r, err := scanUnit(rows)
		if err != nil {
			return fmt.Errorf("report units: %w", err)
		}
		u := r.u
		m.Summary.StatusCounts[u.Status]++
		t.add(r, &m.Summary)
		addToInstansi(inst, r)
		m.Units = append(m.Units, u)
		if u.Status == "HENTIKAN_SEMENTARA" || u.Status == "TINJAU_ULANG" {
			m.Attention = append(m.Attention, u)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("report units: %w", err)
	}
	t.set(&m.Summary)
	sort.SliceStable(m.Attention, func(i, j int) bool {
		a, b := m.Attention[i], m.Attention[j]
		if model.Severity(a.Status) != model.Severity(b.Status) {
			return model.Severity(a.Status) < model.Severity(b.Status)
		}
		return a.Name < b.Name
	})
	for _, r := range inst {
		m.PerInst = append(m.PerInst, *r)
		m.Instansi = append(m.Instansi, r.Name)
		m.Savings = append(m.Savings, model.Named{Name: r.Name, Value: r.Savings})
	}
	sort.Slice(m.PerInst, func(i, j int) bool { return m.PerInst[i].Name < m.PerInst[j].Name })
	sort.Strings(m.Instansi)
	sort.Slice(m.Savings, func(i, j int) bool { return m.Savings[i].Name < m.Savings[j].Name })
	return nil
}

// unitRow is one row of UnitsOfMonth: the unit as the reports show it
// (a suppressed unit without numbers), and what the tiles and the
// instansi table add up.
type unitRow struct {
	u                          model.UnitFlag
	change, did, tindak, hemat sql.NullFloat64
}

func scanUnit(rows *sql.Rows) (unitRow, error) {
	var r unitRow
	u := &r.u
	var capaian, didRel, porsi, cakupan sql.NullFloat64
	var judged [9]sql.NullFloat64
	if err := rows.Scan(&u.UnitID, &u.Name, &u.InstansiID, &u.Instansi, &u.Status, &u.Rules, &u.Evidence,
		&u.Employees, &capaian, &didRel, &porsi, &r.tindak, &cakupan, &r.change, &r.did, &r.hemat,
		&judged[0], &judged[1], &judged[2], &judged[3], &judged[4], &judged[5], &judged[6], &judged[7], &judged[8]); err != nil {
		return r, err
	}
	u.Capaian, u.CapaianDidRel, u.Porsi, u.Tindak, u.Cakupan = warehouse.NaNOr(capaian), warehouse.NaNOr(didRel), warehouse.NaNOr(porsi), warehouse.NaNOr(r.tindak), warehouse.NaNOr(cakupan)
	if u.Status != model.StatusNotApplicable {
		for k, ind := range model.JudgedIndicators {
			j := model.Judged{Indicator: ind, E: warehouse.NaNOr(judged[3*k]), SE: warehouse.NaNOr(judged[3*k+1]), Z: warehouse.NaNOr(judged[3*k+2])}
			if math.IsNaN(j.Z) {
				j.E, j.SE = math.NaN(), math.NaN() // too little data to judge
			}
			u.Judged = append(u.Judged, j)
		}
	}
	if u.Employees < model.MinReportEmployees {
		u.Suppressed, u.Evidence, u.Judged = true, "", nil
		u.Capaian, u.CapaianDidRel, u.Porsi, u.Tindak, u.Cakupan = math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN()
	}
	return r, nil
}

// tileSums adds up the tiles (model.Tiles): means of unit values over the
// units shown, in unit order, as the national report computes them; and
// the savings.
type tileSums struct {
	changeFWA, changeCtrl, tindakFWA, tindakCtrl float64
	nChange, nTindakFWA, nTindakCtrl             int
}

func (t *tileSums) add(r unitRow, s *model.Summary) {
	if r.u.Suppressed {
		return
	}
	fwa := r.u.Status != model.StatusNotApplicable
	if fwa && r.change.Valid && r.did.Valid {
		t.changeFWA += r.change.Float64
		t.changeCtrl += r.change.Float64 - r.did.Float64
		t.nChange++
	}
	switch {
	case r.tindak.Valid && fwa:
		t.tindakFWA += r.tindak.Float64
		t.nTindakFWA++
	case r.tindak.Valid:
		t.tindakCtrl += r.tindak.Float64
		t.nTindakCtrl++
	}
	if r.hemat.Valid {
		s.SavingsRupiah += r.hemat.Float64
	}
}

func (t *tileSums) set(s *model.Summary) {
	s.CapaianChangeFWA, s.CapaianChangeCtrl = math.NaN(), math.NaN()
	if t.nChange > 0 {
		s.CapaianChangeFWA, s.CapaianChangeCtrl = t.changeFWA/float64(t.nChange), t.changeCtrl/float64(t.nChange)
	}
	s.TindakFWA, s.TindakCtrl = math.NaN(), math.NaN()
	if t.nTindakFWA > 0 {
		s.TindakFWA = t.tindakFWA / float64(t.nTindakFWA)
	}
	if t.nTindakCtrl > 0 {
		s.TindakCtrl = t.tindakCtrl / float64(t.nTindakCtrl)
	}
}

// addToInstansi counts a unit into its instansi's row.
func addToInstansi(inst map[string]*model.InstansiRow, r unitRow) {
	u := r.u
	row := inst[u.InstansiID]
	if row == nil {
		row = &model.InstansiRow{ID: u.InstansiID, Name: u.Instansi, StatusCounts: map[string]int{}}
		inst[u.InstansiID] = row
	}
	row.Units++
	row.Employees += u.Employees
	row.StatusCounts[u.Status]++
	if u.Status != model.StatusNotApplicable {
		row.FWAUnits++
	}
	if r.hemat.Valid && !u.Suppressed {
		row.Savings += r.hemat.Float64
	}
}

func readQuality(ctx context.Context, c *sql.Conn, m *model.Model, month time.Time, p *policy.Policy) error {
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Report, "EmptySources", nil), month)
	if err != nil {
		return fmt.Errorf("report data quality: %w", err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return fmt.Errorf("report data quality: %w", err)
		}
		m.Quality.Empty = append(m.Quality.Empty, s)
	}
	rows.Close()
	rows, err = c.QueryContext(ctx, queries.Statement(queries.Report, "SourceRows", nil))
	if err != nil {
		return fmt.Errorf("report data quality: %w", err)
	}
	for rows.Next() {
		var s model.SourceRows
		if err := rows.Scan(&s.Source, &s.Read, &s.Loaded, &s.Rejected); err != nil {
			rows.Close()
			return fmt.Errorf("report data quality: %w", err)
		}
		m.Quality.Sources = append(m.Quality.Sources, s)
	}
	rows.Close()
	rows, err = c.QueryContext(ctx, queries.Statement(queries.Report, "TopRejects", nil))
	if err != nil {
		return fmt.Errorf("report rejects: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r model.RejectReason
		if err := rows.Scan(&r.Source, &r.Column, &r.Code, &r.Count); err != nil {
			return fmt.Errorf("report rejects: %w", err)
		}
		m.Quality.TopRejects = append(m.Quality.TopRejects, r)
	}
	var sum float64
	var n int
	for _, u := range m.Units {
		if !u.Suppressed && !math.IsNaN(u.Cakupan) {
			sum += u.Cakupan
			n++
			if u.Cakupan < p.Rules.R6.CakupanBelow {
				m.Quality.LowCover++
			}
		}
	}
	m.Quality.Coverage = math.NaN()
	if n > 0 {
		m.Quality.Coverage = sum / float64(n)
	}
	return rows.Err()
}

// methodOf lists the thresholds in force, for the method section.
func methodOf(p *policy.Policy, lang string) []model.Threshold {
	r := p.Rules
	l := 0
	if lang == "en" {
		l = 1
	}
	rows := []struct {
		name [2]string
		v    float64
		unit model.ThresholdUnit
	}{
		{[2]string{"Produktivitas turun: selisih relatif capaian kinerja terhadap pembanding ≤", "Productivity fell: performance achievement relative to control ≤"}, r.R1.DidRelMax, model.UnitPercent},
		{[2]string{"Produktivitas turun: bulan berturut-turut untuk status penuh", "Productivity fell: consecutive months for the full status"}, float64(r.R1.Months), model.UnitMonths},
		{[2]string{"Produktivitas turun: pegawai berdata kinerja, minimal", "Productivity fell: employees with performance data, at least"}, float64(r.R1.MinPegawai), model.UnitCount},
		{[2]string{"Produktivitas turun: skor z satu bulan (pantau) ≤", "Productivity fell: z-score of one month (watch) ≤"}, r.R1.ZSingle, model.UnitScore},
		{[2]string{"Produktivitas turun: tingkat uji penemuan palsu", "Productivity fell: false-discovery level"}, r.R1.FDRLevel, model.UnitPercent},
		{[2]string{"Layanan memburuk: tindak lanjut aduan tepat waktu <", "Service worsened: on-time complaint follow-up <"}, r.R2.RateBelow, model.UnitPercent},
		{[2]string{"Layanan memburuk: perubahan tindak lanjut terhadap pembanding ≤", "Service worsened: change in follow-up against control ≤"}, r.R2.DidMax, model.UnitPoints},
		{[2]string{"Layanan memburuk: aduan dinilai, minimal", "Service worsened: complaints assessed, at least"}, float64(r.R2.MinDinilai), model.UnitCount},
		{[2]string{"Layanan memburuk: bulan berturut-turut untuk status penuh", "Service worsened: consecutive months for the full status"}, float64(r.R2.Months), model.UnitMonths},
		{[2]string{"Layanan memburuk: skor z satu bulan (pantau) ≤", "Service worsened: z-score of one month (watch) ≤"}, r.R2.ZSingle, model.UnitScore},
		{[2]string{"Layanan memburuk: tingkat uji penemuan palsu", "Service worsened: false-discovery level"}, r.R2.FDRLevel, model.UnitPercent},
		{[2]string{"Aduan melonjak: kenaikan relatif aduan per 100 pegawai terhadap pembanding ≥", "Complaint surge: relative rise in complaints per 100 employees against control ≥"}, r.R3.DidRelMin, model.UnitPercent},
		{[2]string{"Aduan melonjak: aduan masuk, minimal", "Complaint surge: complaints received, at least"}, float64(r.R3.MinMasuk), model.UnitCount},
		{[2]string{"Aduan melonjak: skor z satu bulan ≥", "Complaint surge: z-score of one month ≥"}, r.R3.ZSingle, model.UnitScore},
		{[2]string{"Aduan melonjak: skor z bulan berturut-turut ≥", "Complaint surge: z-score over consecutive months ≥"}, r.R3.ZMonths, model.UnitScore},
		{[2]string{"Aduan melonjak: bulan berturut-turut", "Complaint surge: consecutive months"}, float64(r.R3.Months), model.UnitMonths},
		{[2]string{"Korelasi skor z bulan berturut-turut (baseline sama)", "Correlation of consecutive months' z-scores (shared baseline)"}, p.Rho, model.UnitScore},
		{[2]string{"Disiplin: hari tanpa keterangan ≥", "Discipline: days absent without reason ≥"}, r.R4.TKMin, model.UnitPercent},
		{[2]string{"Disiplin: minggu-pegawai di atas kuota WFH/WFA ≥", "Discipline: employee-weeks over the WFH/WFA quota ≥"}, r.R4.KuotaMin, model.UnitPercent},
		{[2]string{"Layanan langsung: porsi kerja dari luar kantor >", "Front-line service: share of work away from the office >"}, r.R5.PorsiAbove, model.UnitPercent},
		{[2]string{"Data kurang: cakupan presensi <", "Not enough data: attendance coverage <"}, r.R6.CakupanBelow, model.UnitPercent},
	}
	out := make([]model.Threshold, len(rows))
	for i, row := range rows {
		out[i] = model.Threshold{Name: row.name[l], Value: row.v, Unit: row.unit}
	}
	return out
}

// PlaceboCheck reads the placebo check of month (docs/indicators.md), one row
// per judged indicator in docs/indicators.md's order: the control units
// judged as if they were on FWA, and how many cross the 97.5 % and 99.9 %
// limits.
func PlaceboCheck(ctx context.Context, w *warehouse.Warehouse, month time.Time) ([]model.Placebo, error) {
	rows, err := w.Conn().QueryContext(ctx, queries.Statement(queries.Report, "Placebo", nil), month, model.Limit95, model.Limit998)
	if err != nil {
		return nil, fmt.Errorf("placebo check: %w", err)
	}
	defer rows.Close()
	by := map[string]model.Placebo{}
	for rows.Next() {
		var p model.Placebo
		if err := rows.Scan(&p.Indicator, &p.Judged, &p.Beyond975, &p.Beyond999); err != nil {
			return nil, fmt.Errorf("placebo check: %w", err)
		}
		by[p.Indicator] = p
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("placebo check: %w", err)
	}
	out := make([]model.Placebo, len(model.JudgedIndicators))
	for i, ind := range model.JudgedIndicators {
		out[i] = by[ind]
		out[i].Indicator = ind
	}
	return out, nil
}
