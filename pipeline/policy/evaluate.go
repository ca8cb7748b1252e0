package policy

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
	"fwaeval/reports/model"
)

// unitMonth is what the rules read of one unit in one month.
type unitMonth struct {
	unitID         string
	layanan        bool
	fwaMulai       sql.NullTime
	capaian        sql.NullFloat64
	capaianDidRel  sql.NullFloat64
	pegawaiCapaian sql.NullInt64
	tindak         sql.NullFloat64
	tindakDid      sql.NullFloat64
	tindakDinilai  sql.NullInt64
	aduanDidRel    sql.NullFloat64
	aduanMasuk     sql.NullInt64
	tanpaKet       sql.NullFloat64
	kuota          sql.NullFloat64
	porsi          sql.NullFloat64
	cakupan        sql.NullFloat64
	// Change against the unit's own baseline, which the rules use when no
	// control unit has both values (the DiD is then NULL; docs/indicators.md).
	capaianChange sql.NullFloat64
	capaianBase   sql.NullFloat64
	tindakChange  sql.NullFloat64
	aduanChange   sql.NullFloat64
	aduanBase     sql.NullFloat64
	capaianDid    sql.NullFloat64
	// Is the change more than chance (docs/indicators.md)? Standard error and
	// z of the three judged indicators, and the complaints' rate ratio.
	capaianSE, capaianZ sql.NullFloat64
	tindakSE, tindakZ   sql.NullFloat64
	aduanSE, aduanZ     sql.NullFloat64
	aduanRR             sql.NullFloat64
	// rejects are the unit's rejected rows of the month, by source.
	rejects map[string]rejected
}

// effect is the value a rule compares: the DiD when there is one, else the
// unit's own change (relative: divided by its baseline). noControl says the
// fallback was used.
func effect(did, change, base sql.NullFloat64, relative bool) (v sql.NullFloat64, noControl bool) {
	if did.Valid || !change.Valid {
		return did, false
	}
	if !relative {
		return change, true
	}
	if !base.Valid || base.Float64 == 0 {
		return sql.NullFloat64{}, false
	}
	return sql.NullFloat64{Float64: change.Float64 / base.Float64, Valid: true}, true
}

func (u *unitMonth) r1Effect() (sql.NullFloat64, bool) {
	return effect(u.capaianDidRel, u.capaianChange, u.capaianBase, true)
}

func (u *unitMonth) r2Effect() (sql.NullFloat64, bool) {
	return effect(u.tindakDid, u.tindakChange, sql.NullFloat64{}, false)
}

func (u *unitMonth) r3Effect() (sql.NullFloat64, bool) {
	return effect(u.aduanDidRel, u.aduanChange, u.aduanBase, true)
}

// onFWA reports whether the unit is on FWA in month m (fwa_mulai on or
// before m's last day).
func (u *unitMonth) onFWA(m time.Time) bool {
	return u.fwaMulai.Valid && !u.fwaMulai.Time.After(m.AddDate(0, 1, -1))
}

// Flag is one unit's evaluation in a month.
type Flag struct {
	UnitID   string
	Status   string
	Rules    []string
	Evidence map[string][]string // by language: "id", "en"
}

// Evaluate applies the policy to month and stores the flags. The months
// the rules read (M and the earlier months of a consecutive-month branch)
// are computed first; compute.Month does no work for months still current.
func Evaluate(ctx context.Context, w *warehouse.Warehouse, month time.Time, p *Policy) ([]Flag, error) {
	n := p.MonthsRead()
	hists := map[string][]*unitMonth{}
	var order []string
	for k := n - 1; k >= 0; k-- {
		m := month.AddDate(0, -k, 0)
		if _, err := compute.Month(ctx, w, m); err != nil {
			return nil, err
		}
		rows, err := readUnitMonths(ctx, w.Conn(), m)
		if err != nil {
			return nil, err
		}
		if err := readUnitRejects(ctx, w.Conn(), m, rows); err != nil {
			return nil, err
		}
		for _, r := range rows {
			if hists[r.unitID] == nil {
				hists[r.unitID] = make([]*unitMonth, n)
			}
			hists[r.unitID][k] = r
			if k == 0 {
				order = append(order, r.unitID)
			}
		}
	}
	pass := falseDiscoveries(p, month, hists)
	var flags []Flag
	for _, id := range order {
		flags = append(flags, judge(p, month, hists[id], pass[id]))
	}
	if err := storeFlags(ctx, w, month, flags); err != nil {
		return nil, err
	}
	return flags, nil
}

func readUnitMonths(ctx context.Context, c *sql.Conn, m time.Time) ([]*unitMonth, error) {
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Evaluate, "UnitBulan", nil), m)
	if err != nil {
		return nil, fmt.Errorf("read indicators %s: %w", m.Format("2006-01"), err)
	}
	defer rows.Close()
	var out []*unitMonth
	for rows.Next() {
		u := &unitMonth{}
		if err := rows.Scan(&u.unitID, &u.layanan, &u.fwaMulai, &u.capaian, &u.capaianDidRel, &u.pegawaiCapaian,
			&u.tindak, &u.tindakDid, &u.tindakDinilai, &u.aduanDidRel, &u.aduanMasuk, &u.tanpaKet, &u.kuota,
			&u.porsi, &u.cakupan, &u.capaianChange, &u.capaianBase, &u.tindakChange,
			&u.aduanChange, &u.aduanBase, &u.capaianDid, &u.capaianSE, &u.capaianZ, &u.tindakSE, &u.tindakZ,
			&u.aduanSE, &u.aduanZ, &u.aduanRR); err != nil {
			return nil, fmt.Errorf("read indicators %s: %w", m.Format("2006-01"), err)
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// judge evaluates one unit; hist[0] is month M, hist[k] month M-k (nil
// when the unit is absent then); pass is its false-discovery verdict. A
// comparison with NULL is false.
func judge(p *Policy, month time.Time, hist []*unitMonth, pass fdr) Flag {
	u := hist[0]
	f := Flag{UnitID: u.unitID, Evidence: map[string][]string{}}
	if !u.onFWA(month) {
		f.Status = model.StatusNotApplicable
		return f
	}
	fire := func(rule, status string, ev evidence) {
		f.Rules = append(f.Rules, rule)
		if f.Status == "" || model.Severity(status) < model.Severity(f.Status) {
			f.Status = status
		}
		for _, lang := range []string{"id", "en"} {
			f.Evidence[lang] = append(f.Evidence[lang], ev(lang))
		}
	}
	r := &p.Rules
	ls := &losses{p: p, month: month, hist: hist}
	judgeEffects(p, month, hist, pass, ls, fire)
	if r.R4.Enabled && !ls.lost("R4", 1) && (ge(u.tanpaKet, r.R4.TKMin) || ge(u.kuota, r.R4.KuotaMin)) {
		fire("R4_disiplin", r.R4.Status, evidenceR4(u, r.R4.TKMin, r.R4.KuotaMin))
	}
	if r.R5.Enabled && u.layanan && !ls.lost("R5", 1) && gt(u.porsi, r.R5.PorsiAbove) {
		fire("R5_layanan_langsung", r.R5.Status, evidenceR5(u, r.R5.PorsiAbove))
	}
	if r.R6.Enabled {
		cover := !ls.lost(coverage, 1) && lt(u.cakupan, r.R6.CakupanBelow)
		noCapaian := !ls.lost(noCapaian, 1) && !u.capaian.Valid
		if cover || noCapaian || len(ls.found) > 0 {
			fire("R6_data_kurang", r.R6.Status, evidenceR6(u, r.R6.CakupanBelow, cover, noCapaian, ls.found))
		}
	}
	if f.Status == "" {
		f.Status = "LANJUTKAN"
	}
	return f
}

// judgeEffects applies R1–R3: a change large enough to matter (material)
// in M and in each earlier month of the rule, the unit passing the
// false-discovery test on z over those months (R1, R2) or z over them at
// least the limit (R3); else, for R1 and R2, material in M with z_M
// beyond the single-month limit.
func judgeEffects(p *Policy, month time.Time, hist []*unitMonth, pass fdr, ls *losses, fire func(string, string, evidence)) {
	u, r := hist[0], &p.Rules
	if r.R1.Enabled && !ls.lost("R1", r.R1.Months) {
		guard := func(x *unitMonth) bool {
			return x.pegawaiCapaian.Valid && x.pegawaiCapaian.Int64 >= int64(r.R1.MinPegawai)
		}
		material := func(x *unitMonth) bool { return x != nil && le(first(x.r1Effect()), r.R1.DidRelMax) }
		severe := pass.r1 && consecutive(hist, r.R1.Months, month, func(x *unitMonth) bool { return material(x) && guard(x) })
		if severe || material(u) && le(u.capaianZ, r.R1.ZSingle) {
			c := chanceOf(p, month, hist, severe, r.R1.Months, capaianZ, false)
			status := r.R1.StatusSingl
			if severe {
				status = r.R1.Status
			}
			fire("R1_produktivitas_turun", status, evidenceR1(u, month, c, guard(u), r.R1.MinPegawai))
		}
	}
	if r.R2.Enabled && !ls.lost("R2", r.R2.Months) {
		material := func(x *unitMonth) bool {
			return x != nil && lt(x.tindak, r.R2.RateBelow) && le(first(x.r2Effect()), r.R2.DidMax) &&
				x.tindakDinilai.Valid && x.tindakDinilai.Int64 >= int64(r.R2.MinDinilai)
		}
		severe := pass.r2 && consecutive(hist, r.R2.Months, month, material)
		if severe || material(u) && le(u.tindakZ, r.R2.ZSingle) {
			c := chanceOf(p, month, hist, severe, r.R2.Months, tindakZ, false)
			status := r.R2.StatusSingl
			if severe {
				status = r.R2.Status
			}
			fire("R2_layanan_memburuk", status, evidenceR2(u, month, c, r.R2.RateBelow))
		}
	}
	if r.R3.Enabled && !ls.lost("R3", r.R3.Months) {
		material := func(x *unitMonth) bool {
			return x != nil && ge(first(x.r3Effect()), r.R3.DidRelMin) && x.aduanMasuk.Valid && x.aduanMasuk.Int64 >= int64(r.R3.MinMasuk)
		}
		single := material(u) && ge(u.aduanZ, r.R3.ZSingle)
		z, ok := zOver(hist, r.R3.Months, month, p.Rho, aduanZ)
		severe := !single && ok && z >= r.R3.ZMonths && consecutive(hist, r.R3.Months, month, material)
		if single || severe {
			fire("R3_aduan_melonjak", r.R3.Status, evidenceR3(u, month, chanceOf(p, month, hist, severe, r.R3.Months, aduanZ, true)))
		}
	}
}

// chance is what an effect sentence says of the months judged and of
// chance: over n months (severe) or M alone, and the probability of a
// change at least this large arising by chance (one-sided, from z over
// those months).
type chance struct {
	severe bool
	months int
	p      float64
}

func chanceOf(p *Policy, month time.Time, hist []*unitMonth, severe bool, n int, z func(*unitMonth) sql.NullFloat64, rise bool) chance {
	c := chance{severe: severe, months: n}
	v := z(hist[0]).Float64
	if severe {
		v, _ = zOver(hist, n, month, p.Rho, z)
	}
	if rise {
		v = -v
	}
	c.p = normalCDF(v)
	return c
}

// consecutive reports whether ok holds, with the unit on FWA, in each of
// the n months M, M-1, ..., each judged with its own month's values.
func consecutive(hist []*unitMonth, n int, month time.Time, ok func(*unitMonth) bool) bool {
	for k := 0; k < n; k++ {
		if k >= len(hist) || hist[k] == nil || !hist[k].onFWA(month.AddDate(0, -k, 0)) || !ok(hist[k]) {
			return false
		}
	}
	return true
}

func first(v sql.NullFloat64, _ bool) sql.NullFloat64 { return v }

func le(v sql.NullFloat64, x float64) bool { return v.Valid && v.Float64 <= x }
func lt(v sql.NullFloat64, x float64) bool { return v.Valid && v.Float64 < x }
func ge(v sql.NullFloat64, x float64) bool { return v.Valid && v.Float64 >= x }
func gt(v sql.NullFloat64, x float64) bool { return v.Valid && v.Float64 > x }

func storeFlags(ctx context.Context, w *warehouse.Warehouse, month time.Time, flags []Flag) error {
	return w.InTx(ctx, func(tx warehouse.DBTX) error {
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Evaluate, "HapusFlag", nil), month); err != nil {
			return fmt.Errorf("store flags: %w", err)
		}
		// Many rows per statement: a national month has ~30 000 units.
		const chunk = 500
		for from := 0; from < len(flags); from += chunk {
			part := flags[from:min(from+chunk, len(flags))]
			rows := strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?), ", len(part)), ", ")
			args := make([]any, 0, 6*len(part))
			for _, f := range part {
				args = append(args, f.UnitID, month, f.Status, strings.Join(f.Rules, ";"),
					strings.Join(f.Evidence["id"], " "), strings.Join(f.Evidence["en"], " "))
			}
			if _, err := tx.ExecContext(ctx, queries.Statement(queries.Evaluate, "SimpanFlag", map[string]string{"rows": rows}), args...); err != nil {
				return fmt.Errorf("store flags: %w", err)
			}
		}
		return nil
	})
}
