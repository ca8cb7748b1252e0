package policy

import (
	"context"
	"database/sql"
	"math"
	"strings"
	"testing"
	"time"

	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/internal/testwh"
	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// null is a NULL where a test lists float values.
var null = math.NaN()

// docs/indicators.md, "Is the change more than chance?", formula by formula,
// on stored months written straight into indikator_bulan: each case's
// expected values were worked out by hand from docs/indicators.md's formulas
// (the arithmetic is in the comments), not by the SQL under test.

// stored is one unit-month of indikator_bulan as the chance statistics
// read it. NaN is NULL.
type stored struct {
	unit, month string
	n           int     // jumlah_pegawai (N)
	cap         float64 // capaian_kinerja
	capN        int     // pegawai_capaian
	capVar      float64 // capaian_var
	o           int     // aduan_masuk (O)
	met, tl     int     // aduan_tl_tepat, aduan_tl_dinilai (met + missed)
}

// chanceUnit is a unit of unit_kerja: id, instansi, fwa_mulai ("" none).
type chanceUnit struct{ id, instansi, fwa string }

// evaluateStored replaces the warehouse's units and stored months with
// the case's and runs the effect statements for 2026-10.
func evaluateStored(t *testing.T, w *warehouse.Warehouse, units []chanceUnit, rows []stored) {
	t.Helper()
	ctx := context.Background()
	err := w.InTx(ctx, func(tx warehouse.DBTX) error {
		for _, q := range []string{"DELETE FROM unit_kerja", "DELETE FROM indikator_bulan", "DELETE FROM indikator", "DELETE FROM indikator_placebo"} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		for _, u := range units {
			var fwa any
			if u.fwa != "" {
				fwa = u.fwa
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO unit_kerja VALUES (?, ?, ?, ?, 'KOTA', 'P', false, ?::DATE, NULL)`,
				u.id, "Unit "+u.id, u.instansi, "Instansi "+u.instansi, fwa); err != nil {
				return err
			}
		}
		for _, r := range rows {
			nul := func(v float64) any {
				if math.IsNaN(v) {
					return nil
				}
				return v
			}
			var tindak any
			if r.tl > 0 {
				tindak = float64(r.met) / float64(r.tl)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO indikator_bulan (unit_id, bulan, jumlah_pegawai, capaian_kinerja,
				pegawai_capaian, capaian_var, aduan_masuk, aduan_per_100_pegawai, tindak_lanjut_tepat_waktu, aduan_tl_dinilai,
				aduan_tl_tepat) VALUES (?, ?::DATE, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				r.unit, r.month+"-01", r.n, nul(r.cap), r.capN, nul(r.capVar), r.o, 100*float64(r.o)/float64(r.n),
				tindak, r.tl, r.met); err != nil {
				return err
			}
		}
		if err := compute.SetMonths(ctx, tx, "e_months", []time.Time{time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
			return err
		}
		return compute.ExecAll(ctx, tx, queries.IndicatorsEffect, compute.EffectStatements...)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// placebo reads a control unit's placebo z-score of an indicator (NaN:
// none).
func placebo(t *testing.T, w *warehouse.Warehouse, unit, ind string) (e, se, z float64) {
	t.Helper()
	var ve, vse, vz sql.NullFloat64
	err := w.Conn().QueryRowContext(context.Background(),
		"SELECT e, se, z FROM indikator_placebo WHERE unit_id = ? AND ind = ? AND bulan = DATE '2026-10-01'", unit, ind).Scan(&ve, &vse, &vz)
	if err == sql.ErrNoRows {
		return null, null, null
	}
	if err != nil {
		t.Fatal(err)
	}
	return warehouse.NaNOr(ve), warehouse.NaNOr(vse), warehouse.NaNOr(vz)
}

// The window of units on FWA from July 2026: April, May, June.
var chanceCase1 = []stored{
	// A, on FWA: capaian 100, 98, 96 → base 98, change −18;
	// s² = 64/16 + (48/16 + 32/16 + 16/16)/3² = 4 + 6/9.
	// Follow-up: every complaint met (p̄ by the 0.5 rule).
	// Complaints 4, 6, 2 over N = 16 each, then 12.
	{"A", "2026-04", 16, 100, 16, 48, 4, 10, 10},
	{"A", "2026-05", 16, 98, 16, 32, 6, 8, 8},
	{"A", "2026-06", 16, 96, 16, 16, 2, 12, 12},
	{"A", "2026-10", 16, 80, 16, 64, 12, 10, 10},
	// B, control: capaian k = 3, change −5, s² = 40/10 + (20/10 + 20/10
	// + 1.0/10)/9: June's variance 0 is taken as 1.0; follow-up k = 2
	// (June: no complaint judged), a month without complaints (October).
	{"B", "2026-04", 10, 100, 10, 20, 1, 9, 10},
	{"B", "2026-05", 10, 100, 10, 20, 0, 8, 10},
	{"B", "2026-06", 10, 100, 10, 0, 2, 0, 0},
	{"B", "2026-10", 10, 95, 10, 40, 0, 6, 10},
	// C, control: no June row (k = 2): base 99, change +3, s² = 2 + 2/4;
	// complaints never judged (out of the follow-up control set).
	{"C", "2026-04", 20, 100, 20, 20, 3, 0, 0},
	{"C", "2026-05", 20, 98, 20, 20, 4, 0, 0},
	{"C", "2026-10", 20, 102, 20, 40, 30, 0, 0},
	// D, control with one employee: v floored at 1.0 (NULL below two
	// employees), k = 1: s² = 1/1 + (1/1)/1 = 2.
	{"D", "2026-06", 1, 101, 1, null, 0, 4, 4},
	{"D", "2026-10", 1, 99, 1, null, 1, 1, 4},
	// X, on FWA without a baseline: nothing to judge.
	{"X", "2026-10", 8, 90, 8, 10, 3, 2, 2},
}

func TestChanceStatistics(t *testing.T) {
	w, _ := testwh.Open(t)
	type want map[string]float64 // "UNIT.column" → value; NaN: NULL
	cases := []struct {
		name  string
		units []chanceUnit
		rows  []stored
		want  want
		// placebo: "UNIT.indicator" → {e, se, z}
		placebo map[string][3]float64
	}{{
		name:  "three controls in the instansi, k = 1, 2, 3, one employee, all complaints met, months without complaints",
		units: []chanceUnit{{"A", "I1", "2026-07-01"}, {"B", "I1", ""}, {"C", "I1", ""}, {"D", "I1", ""}, {"X", "I1", "2026-07-01"}},
		rows:  chanceCase1,
		want: want{
			// Capaian. Pool B, C, D: c = −5, 3, −2; s² = 4.45556, 2.5, 2;
			// w = 1/s²; c̄ = Σwc/Σw; Q = Σw(c − c̄)²; τ² = (Q − 2) /
			// (Σw − Σw²/Σw) = 11.9104. E = −18 − (−5 + 3 − 2)/3 = −16.6667;
			// V_C = (4.45556 + 2.5 + 2 + 3τ²)/9;
			// se = √(4.6667 + τ² + V_C) = 4.629001; z = −3.600489.
			"A.capaian_kinerja_did": -16.666666666666668,
			"A.capaian_kinerja_se":  4.6290010417859,
			"A.capaian_kinerja_z":   -3.600488856281734,
			// Follow-up. A: p̄ = (40 + 0.5)/(40 + 1); s² = p̄(1 − p̄)(1/10 +
			// (1/10 + 1/8 + 1/12)/9) = 0.00161734; change 0.
			// B: 0.6 − (0.9 + 0.8)/2 = −0.25; D: 0.25 − 1 = −0.75, k = 1.
			// A pool of two: τ² = 0. E = 0 − (−0.5) = 0.5;
			// V_C = (s²_B + s²_D)/4; se = 0.195453; z = 2.558165.
			"A.tindak_lanjut_tepat_waktu_did": 0.5,
			"A.tindak_lanjut_tepat_waktu_se":  0.19545263479626784,
			"A.tindak_lanjut_tepat_waktu_z":   2.5581645421213195,
			// Complaints, log scale. A: y = ln(12.5/16) − ln(13.5/48) =
			// 1.021651, s² = 1/12.5 + 1/13.5. B: ln(0.5/10) − ln(4.5/30),
			// s² = 1/0.5 + 1/4.5. C: ln(30.5/20) − ln(8/40), s² = 1/30.5
			// + 1/8. D: ln(1.5/1) − ln(0.5/1), s² = 1/1.5 + 1/0.5.
			// τ² = 1.528391; w_j = 1/(s²_j + τ²); E = y − Σw y/Σw =
			// −0.047258; se = √(s² + τ² + 1/Σw) = 1.610331.
			"A.aduan_per_100_pegawai_se": 1.610330982638843,
			"A.aduan_per_100_pegawai_z":  -0.029347021102080102,
			"A.aduan_per_100_pegawai_rr": 0.9538408767276135,
			// Not judged: no baseline, or not on FWA.
			"X.capaian_kinerja_se": null, "X.capaian_kinerja_z": null, "X.aduan_per_100_pegawai_rr": null,
			"X.tindak_lanjut_tepat_waktu_z": null,
			"B.capaian_kinerja_se":          null, "B.capaian_kinerja_z": null, "B.aduan_per_100_pegawai_rr": null,
		},
		placebo: map[string][3]float64{
			// B against C and D: −5 − (3 − 2)/2 = −5.5; V_C = (2.5 + 2 + 2τ²)/4.
			"B.capaian_kinerja": {-5.5, 4.828790540764108, -1.1390015685231358},
			"C.capaian_kinerja": {6.5, 4.674457339617751, 1.3905357408891297},
			"D.capaian_kinerja": {-1, 4.634172139649785, -0.21578827239584855},
			// Follow-up: one other control in the instansi, so all other
			// controls nationally — D alone: −0.25 − (−0.75).
			"B.tindak_lanjut_tepat_waktu": {0.5, 0.3825409341771027, 1.3070496653529837},
			"D.tindak_lanjut_tepat_waktu": {-0.5, 0.3825409341771027, -1.3070496653529837},
			"C.tindak_lanjut_tepat_waktu": {null, null, null},
			"B.aduan_per_100_pegawai":     {-2.8626006984269137, 2.225613740629521, -1.2862073261720695},
			"C.aduan_per_100_pegawai":     {2.0928836578423407, 1.9147796408522197, 1.093015411899226},
			"D.aduan_per_100_pegawai":     {0.037938692112703176, 2.314796171383885, 0.016389646994284506},
		},
	}, {
		name:  "no control unit: E is the change, τ² = 0, V_C = 0",
		units: []chanceUnit{{"A", "I1", "2026-07-01"}},
		rows:  chanceCase1[:4],
		want: want{
			// se = √(4 + 6/9); z = −18/se.
			"A.capaian_kinerja_did": null,
			"A.capaian_kinerja_se":  2.160246899469287,
			"A.capaian_kinerja_z":   -8.332380897952962,
			// se = √0.00161734; E = change = 0.
			"A.tindak_lanjut_tepat_waktu_se": math.Sqrt(0.0016173408685306381),
			"A.tindak_lanjut_tepat_waktu_z":  0,
			// E = y = 1.021651: rr = (12.5/16)/(13.5/48) = 2.7778.
			"A.aduan_per_100_pegawai_se": 0.39252270517012655,
			"A.aduan_per_100_pegawai_z":  2.602782550092686,
			"A.aduan_per_100_pegawai_rr": 2.777777777777778,
		},
	}, {
		name: "one control in the instansi: all controls nationally; two windows, each with its own pool",
		units: []chanceUnit{{"A", "I1", "2026-07-01"}, {"B", "I1", ""}, {"C", "I1", ""}, {"D", "I1", ""},
			{"E", "I2", "2026-07-15"}, {"F", "I2", ""}, {"G", "I1", "2026-06-01"}, {"H", "I3", ""}, {"K", "I3", ""}},
		rows: append(append([]stored(nil), chanceCase1[:13]...),
			// E, on FWA in I2: change −10, s² = 36/12 + 3·3/9 = 4.
			stored{"E", "2026-04", 12, 100, 12, 36, 0, 0, 0}, stored{"E", "2026-05", 12, 100, 12, 36, 0, 0, 0},
			stored{"E", "2026-06", 12, 100, 12, 36, 0, 0, 0}, stored{"E", "2026-10", 12, 90, 12, 36, 0, 0, 0},
			// F, I2's only control: change +3, s² = 25/5 + 25/5 = 10.
			stored{"F", "2026-04", 5, 90, 5, 25, 0, 0, 0}, stored{"F", "2026-10", 5, 93, 5, 25, 0, 0, 0},
			// G, on FWA from June (window March–May): change −10, s² = 2.
			stored{"G", "2026-03", 10, 95, 10, 10, 0, 0, 0}, stored{"G", "2026-10", 10, 85, 10, 10, 0, 0, 0},
			// H and K, I3's two controls, no unit on FWA in I3: H +4 (May,
			// in both windows), s² = 2 + 2; K −10 (June), s² = 5 + 5.
			stored{"H", "2026-05", 8, 80, 8, 16, 0, 0, 0}, stored{"H", "2026-10", 8, 84, 8, 16, 0, 0, 0},
			stored{"K", "2026-06", 6, 110, 6, 30, 0, 0, 0}, stored{"K", "2026-10", 6, 100, 6, 30, 0, 0, 0}),
		want: want{
			// July's window: pool B, C, D, F, H, K.
			// A: C = B, C, D; V_C = (s²_B + s²_C + s²_D + 3τ²)/9.
			"A.capaian_kinerja_se": 5.3184986953373485,
			"A.capaian_kinerja_z":  -3.133716415363248,
			// E: C = all six: −10 − (−5 + 3 − 2 + 3 + 4 − 10)/6.
			"E.capaian_kinerja_did": -8.833333333333334,
			"E.capaian_kinerja_se":  4.971121058559464,
			"E.capaian_kinerja_z":   -1.776929837209208,
			// June's window (March–May): B (k = 2), C, F, H; D and K
			// have no value there. C = B, C: −10 − (−5 + 3)/2 = −9.
			"G.capaian_kinerja_did": -9,
			"G.capaian_kinerja_se":  4.718883039751796,
			"G.capaian_kinerja_z":   -1.9072309960183678,
		},
		placebo: map[string][3]float64{
			// Every control on July's window (I1: A and G tie, the later
			// window; I2: E's; I3 has no unit on FWA: the nation's, July).
			// F: no other control in I2, so all five others nationally.
			"F.capaian_kinerja": {5, 5.59289300825085, 0.893991712808346},
			"B.capaian_kinerja": {-5.5, 5.570757850593968, -0.9872983438713956},
			// H: one other control in I3 (K), so all five others.
			"H.capaian_kinerja": {6.2, 5.051777133023709, 1.2272908793759534},
			"K.capaian_kinerja": {-10.6, 5.59289300825085, -1.8952624311536934},
		},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evaluateStored(t, w, c.units, c.rows)
			for key, exp := range c.want {
				unit, col, _ := strings.Cut(key, ".")
				got := testwh.Value(t, w, "indikator", unit, "2026-10", col)
				if !close(got, exp) {
					t.Errorf("%s = %v, want %v", key, got, exp)
				}
			}
			for key, exp := range c.placebo {
				unit, ind, _ := strings.Cut(key, ".")
				e, se, z := placebo(t, w, unit, ind)
				for i, got := range []float64{e, se, z} {
					if !close(got, exp[i]) {
						t.Errorf("placebo %s %s = %v, want %v", key, []string{"e", "se", "z"}[i], got, exp[i])
					}
				}
			}
		})
	}
}

// close compares within 1e-9 relative (NaN equals NaN).
func close(got, want float64) bool {
	if math.IsNaN(got) || math.IsNaN(want) {
		return math.IsNaN(got) == math.IsNaN(want)
	}
	return math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want))
}
