package policy

import (
	"bytes"
	"database/sql"
	"errors"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fwaeval/reports/model"
)

var (
	evalMonth = time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	fwaStart  = sql.NullTime{Time: time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), Valid: true}
)

func f64(v float64) sql.NullFloat64 { return sql.NullFloat64{Float64: v, Valid: true} }
func i64(v int64) sql.NullInt64     { return sql.NullInt64{Int64: v, Valid: true} }

// healthy is a unit on FWA that fires no rule.
func healthy() *unitMonth {
	return &unitMonth{unitID: "U", fwaMulai: fwaStart, capaian: f64(85), capaianDidRel: f64(0.01), capaianDid: f64(0.85),
		capaianBase: f64(85), capaianChange: f64(1), capaianSE: f64(3), capaianZ: f64(0.28), pegawaiCapaian: i64(30),
		tindak: f64(0.95), tindakDid: f64(0), tindakChange: f64(0), tindakSE: f64(0.05), tindakZ: f64(0), tindakDinilai: i64(20),
		aduanDidRel: f64(0), aduanMasuk: i64(12), aduanSE: f64(0.3), aduanZ: f64(0), aduanRR: f64(1),
		tanpaKet: f64(0.001), kuota: f64(0), porsi: f64(0.2), cakupan: f64(1)}
}

// judgeAlone judges a unit whose false-discovery family is itself alone
// (m = 1: it passes when p <= the level).
func judgeAlone(p *Policy, month time.Time, hist []*unitMonth) Flag {
	return judge(p, month, hist, falseDiscoveries(p, month, map[string][]*unitMonth{hist[0].unitID: hist})[hist[0].unitID])
}

// fall sets a capaian fall of rel (relative to the baseline 85) with z.
func fall(rel, z float64) func(*unitMonth) {
	return func(u *unitMonth) {
		u.capaianDidRel, u.capaianDid, u.capaianZ = f64(rel), f64(rel*85), f64(z)
		u.capaianSE = f64(rel * 85 / z)
	}
}

// late sets follow-up rate, its DiD and z.
func late(rate, did, z float64) func(*unitMonth) {
	return func(u *unitMonth) {
		u.tindak, u.tindakDid, u.tindakZ, u.tindakSE = f64(rate), f64(did), f64(z), f64(did/z)
	}
}

// surge sets a complaint rise of rel with n complaints and z (rate ratio 2).
func surge(rel float64, n int64, z float64) func(*unitMonth) {
	return func(u *unitMonth) {
		u.aduanDidRel, u.aduanMasuk, u.aduanZ, u.aduanRR, u.aduanSE = f64(rel), i64(n), f64(z), f64(2), f64(math.Log(2)/z)
	}
}

func both(a, b func(*unitMonth)) func(*unitMonth) {
	return func(u *unitMonth) { a(u); b(u) }
}

func TestRules(t *testing.T) {
	p := Default()
	cases := []struct {
		name       string
		m, m1      func(u *unitMonth) // edits of month M and M-1 (nil: healthy)
		status     string
		rules      string
		inEvidence string
	}{
		{"healthy unit continues", nil, nil, "LANJUTKAN", "", ""},
		{"not on FWA: TIDAK_BERLAKU and no rules", func(u *unitMonth) { u.fwaMulai = sql.NullTime{}; u.cakupan = f64(0.1) }, nil, "TIDAK_BERLAKU", "", ""},
		{"FWA starting after M: TIDAK_BERLAKU", func(u *unitMonth) { u.fwaMulai = sql.NullTime{Time: evalMonth.AddDate(0, 1, 0), Valid: true} }, nil, "TIDAK_BERLAKU", "", ""},
		// R1: material (r <= -0.10) and beyond chance.
		{"R1 material in M with z <= -1.96: PANTAU", fall(-0.142, -2.5), nil, "PANTAU", "R1_produktivitas_turun", "Oktober 2026"},
		{"R1 z exactly -1.96 fires", fall(-0.142, -1.96), nil, "PANTAU", "R1_produktivitas_turun", ""},
		{"R1 material but within chance (z -1.95): nothing", fall(-0.142, -1.95), nil, "LANJUTKAN", "", ""},
		{"R1 beyond chance but not material (r -0.05): nothing", fall(-0.05, -4), nil, "LANJUTKAN", "", ""},
		{"R1 r exactly -0.10 is material", fall(-0.10, -3), nil, "PANTAU", "R1_produktivitas_turun", ""},
		{"R1 r just above -0.10 is not", fall(-0.0999, -3), nil, "LANJUTKAN", "", ""},
		{"R1 NULL does not fire", func(u *unitMonth) { u.capaianDidRel, u.capaianZ = sql.NullFloat64{}, f64(-5) }, nil, "LANJUTKAN", "", ""},
		{"R1 NULL z does not fire", func(u *unitMonth) { fall(-0.3, -5)(u); u.capaianZ = sql.NullFloat64{} }, nil, "LANJUTKAN", "", ""},
		// z2 = (-3 - 2.5)/sqrt(2.5) = -3.48, p = 0.00025 <= 0.05
		{"R1 in M and M-1, beyond chance together: HENTIKAN_SEMENTARA", fall(-0.142, -3), fall(-0.2, -2.5),
			"HENTIKAN_SEMENTARA", "R1_produktivitas_turun", "turun 14,2 % dari baseline-nya lebih dalam daripada di unit pembanding selama 2 bulan berturut-turut (baseline Okt–Des 2025; selang 95 %: 4,9–23,5 %); penurunan sebesar ini muncul karena kebetulan kurang dari 1 dari 1.000 kali."},
		// z2 = -2/sqrt(2.5) = -1.26, p = 0.10 > 0.05; z_M -1 > -1.96
		{"R1 material in both months, within chance: nothing", fall(-0.2, -1), fall(-0.2, -1), "LANJUTKAN", "", ""},
		// z2 = (-2 + 0.5)/sqrt(2.5) = -0.95: not discovered; z_M -2: PANTAU
		{"R1 two months not beyond chance, M alone is: PANTAU", fall(-0.2, -2), fall(-0.2, 0.5), "PANTAU", "R1_produktivitas_turun", "pada Oktober 2026"},
		{"R1 M-1 not material: PANTAU", fall(-0.2, -3), fall(-0.05, -3), "PANTAU", "R1_produktivitas_turun", ""},
		{"R1 M-1 without z: PANTAU", fall(-0.2, -3), func(u *unitMonth) { fall(-0.2, -3)(u); u.capaianZ = sql.NullFloat64{} },
			"PANTAU", "R1_produktivitas_turun", ""},
		{"R1 guard in M: PANTAU at most", both(fall(-0.3, -4), func(u *unitMonth) { u.pegawaiCapaian = i64(9) }), fall(-0.3, -4),
			"PANTAU", "R1_produktivitas_turun", "hanya 9 pegawai"},
		{"R1 guard exactly 10 allows the pause", both(fall(-0.3, -4), func(u *unitMonth) { u.pegawaiCapaian = i64(10) }),
			both(fall(-0.3, -4), func(u *unitMonth) { u.pegawaiCapaian = i64(10) }), "HENTIKAN_SEMENTARA", "R1_produktivitas_turun", ""},
		{"R1 guard in M-1: PANTAU at most", fall(-0.3, -4), both(fall(-0.3, -4), func(u *unitMonth) { u.pegawaiCapaian = i64(5) }),
			"PANTAU", "R1_produktivitas_turun", ""},
		{"R1 two-month branch needs FWA in M-1",
			both(fall(-0.3, -4), func(u *unitMonth) { u.fwaMulai = sql.NullTime{Time: evalMonth, Valid: true} }),
			both(fall(-0.3, -4), func(u *unitMonth) { u.fwaMulai = sql.NullTime{Time: evalMonth, Valid: true} }),
			"PANTAU", "R1_produktivitas_turun", ""},
		// R2: material (rate < 0.80, d <= -0.10, >= 5 judged) and beyond chance.
		{"R2 in M only: PANTAU", late(0.5, -0.4, -3), nil, "PANTAU", "R2_layanan_memburuk", "50,0 %"},
		{"R2 in M and M-1: HENTIKAN_SEMENTARA", late(0.5, -0.4, -3), late(0.6, -0.3, -2.5),
			"HENTIKAN_SEMENTARA", "R2_layanan_memburuk", "turun 40,0 poin persentase lebih dalam daripada di unit pembanding selama 2 bulan berturut-turut (selang 95 %: 13,9–66,1 poin), dari 20 aduan dinilai; penurunan sebesar ini muncul karena kebetulan kurang dari 1 dari 1.000 kali."},
		{"R2 within chance: nothing", late(0.5, -0.4, -1.5), late(0.5, -0.4, -0.5), "LANJUTKAN", "", ""},
		{"R2 at exactly 0.80 is not material (strictly below)", late(0.80, -0.4, -3), nil, "LANJUTKAN", "", ""},
		{"R2 DiD exactly -0.10 is material", late(0.7, -0.10, -3), nil, "PANTAU", "R2_layanan_memburuk", ""},
		{"R2 needs 5 judged complaints", both(late(0.5, -0.4, -3), func(u *unitMonth) { u.tindakDinilai = i64(4) }), nil, "LANJUTKAN", "", ""},
		{"R2 exactly 5 judged complaints", both(late(0.5, -0.4, -3), func(u *unitMonth) { u.tindakDinilai = i64(5) }), nil, "PANTAU", "R2_layanan_memburuk", ""},
		{"R2 M-1 with too few complaints: PANTAU", late(0.5, -0.4, -3), both(late(0.5, -0.4, -3), func(u *unitMonth) { u.tindakDinilai = i64(3) }),
			"PANTAU", "R2_layanan_memburuk", ""},
		// R3: material (r >= 0.25, >= 5 complaints); z_M >= 3.09, or z2 >= 2.58 over two material months.
		{"R3 surge with z exactly 3.09", surge(0.25, 5, 3.09), nil, "TINJAU_ULANG", "R3_aduan_melonjak",
			"Aduan 2,0 kali dari yang diperkirakan tren unit pembanding pada Oktober 2026 (selang 95 %: 1,3–3,1 kali); 5 aduan masuk; lonjakan sebesar ini muncul karena kebetulan kurang dari 1 dari 100 kali."},
		{"R3 z just below 3.09 in M alone", surge(0.6, 20, 3.0899), nil, "LANJUTKAN", "", ""},
		// z2 = 2 * 2.1 / sqrt(2.5) = 2.656
		{"R3 two material months with z2 >= 2.58", surge(0.6, 20, 2.1), surge(0.6, 20, 2.1), "TINJAU_ULANG", "R3_aduan_melonjak", "selama 2 bulan berturut-turut"},
		// z2 = 2 * 2 / sqrt(2.5) = 2.53
		{"R3 two material months with z2 < 2.58", surge(0.6, 20, 2), surge(0.6, 20, 2), "LANJUTKAN", "", ""},
		{"R3 z2 high but M-1 not material", surge(0.6, 20, 2.1), surge(0.1, 20, 2.1), "LANJUTKAN", "", ""},
		{"R3 needs 5 complaints", surge(2, 4, 6), nil, "LANJUTKAN", "", ""},
		{"R3 just below +0.25", surge(0.2499, 20, 6), nil, "LANJUTKAN", "", ""},
		{"R4 absences at exactly 0.02", func(u *unitMonth) { u.tanpaKet = f64(0.02) }, nil, "TINJAU_ULANG", "R4_disiplin", "tanpa keterangan 2,0 %"},
		{"R4 quota at exactly 0.10", func(u *unitMonth) { u.kuota = f64(0.10) }, nil, "TINJAU_ULANG", "R4_disiplin", "kuota"},
		{"R4 just below both", func(u *unitMonth) { u.tanpaKet = f64(0.0199); u.kuota = f64(0.0999) }, nil, "LANJUTKAN", "", ""},
		{"R5 front-line above 0.05", func(u *unitMonth) { u.layanan = true; u.porsi = f64(0.0501) }, nil, "TINJAU_ULANG", "R5_layanan_langsung", ""},
		{"R5 exactly 0.05 does not fire", func(u *unitMonth) { u.layanan = true; u.porsi = f64(0.05) }, nil, "LANJUTKAN", "", ""},
		{"R5 not front-line", func(u *unitMonth) { u.porsi = f64(0.9) }, nil, "LANJUTKAN", "", ""},
		{"R6 coverage below 0.80", func(u *unitMonth) { u.cakupan = f64(0.7999) }, nil, "DATA_KURANG", "R6_data_kurang", "Cakupan presensi 80,0 %"},
		{"R6 coverage exactly 0.80 does not fire", func(u *unitMonth) { u.cakupan = f64(0.80) }, nil, "LANJUTKAN", "", ""},
		{"R6 NULL capaian fires", func(u *unitMonth) { u.capaian = sql.NullFloat64{} }, nil, "DATA_KURANG", "R6_data_kurang", "Tidak ada data capaian"},
		{"R6 NULL coverage does not fire by itself", func(u *unitMonth) { u.cakupan = sql.NullFloat64{} }, nil, "LANJUTKAN", "", ""},
		// E = change = -15 points, se 5: 15 ± 9.8 of 100
		{"no controls: R1 uses change / baseline", func(u *unitMonth) {
			u.capaianDidRel, u.capaianDid, u.capaianChange, u.capaianBase, u.capaianSE, u.capaianZ = sql.NullFloat64{}, sql.NullFloat64{}, f64(-15), f64(100), f64(5), f64(-3)
		}, nil, "PANTAU", "R1_produktivitas_turun", "turun 15,0 % dibanding baseline unit sendiri (tanpa unit pembanding) pada Oktober 2026 (baseline Okt–Des 2025; selang 95 %: 5,2–24,8 %)"},
		{"no controls and no change: R1 silent", func(u *unitMonth) { u.capaianDidRel, u.capaianZ = sql.NullFloat64{}, f64(-4) }, nil, "LANJUTKAN", "", ""},
		{"a DiD takes precedence over the own change", func(u *unitMonth) {
			u.capaianDidRel, u.capaianChange, u.capaianBase, u.capaianZ = f64(0), f64(-50), f64(100), f64(-5)
		}, nil, "LANJUTKAN", "", ""},
		{"no controls: R2 uses the change", func(u *unitMonth) {
			u.tindak, u.tindakDid, u.tindakChange, u.tindakZ, u.tindakSE = f64(0.5), sql.NullFloat64{}, f64(-0.3), f64(-3), f64(0.1)
		}, nil, "PANTAU", "R2_layanan_memburuk", "turun 30,0 poin persentase dibanding baseline unit sendiri"},
		{"no controls: R3 uses change / baseline", func(u *unitMonth) {
			surge(0, 12, 4)(u)
			u.aduanDidRel, u.aduanChange, u.aduanBase = sql.NullFloat64{}, f64(30), f64(100)
		}, nil, "TINJAU_ULANG", "R3_aduan_melonjak", "Aduan 2,0 kali baseline unit sendiri (tanpa unit pembanding)"},
		{"most severe wins; every fired rule listed in table order",
			both(fall(-0.3, -4), func(u *unitMonth) { u.cakupan = f64(0.5); u.tanpaKet = f64(0.1) }), fall(-0.3, -4),
			"HENTIKAN_SEMENTARA", "R1_produktivitas_turun;R4_disiplin;R6_data_kurang", ""},
		{"TINJAU_ULANG outranks DATA_KURANG and PANTAU", both(fall(-0.3, -4), func(u *unitMonth) { u.cakupan = f64(0.5); u.kuota = f64(0.5) }), nil,
			"TINJAU_ULANG", "R1_produktivitas_turun;R4_disiplin;R6_data_kurang", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, m1 := healthy(), healthy()
			if c.m != nil {
				c.m(m)
			}
			if c.m1 != nil {
				c.m1(m1)
			}
			f := judgeAlone(p, evalMonth, []*unitMonth{m, m1})
			if f.Status != c.status || strings.Join(f.Rules, ";") != c.rules {
				t.Fatalf("status %s rules %q; want %s %q", f.Status, strings.Join(f.Rules, ";"), c.status, c.rules)
			}
			if len(f.Evidence["id"]) != len(f.Rules) || len(f.Evidence["en"]) != len(f.Rules) {
				t.Fatalf("evidence %v for rules %v", f.Evidence, f.Rules)
			}
			if c.inEvidence != "" && !strings.Contains(strings.Join(f.Evidence["id"], " "), c.inEvidence) {
				t.Fatalf("evidence %q lacks %q", f.Evidence["id"], c.inEvidence)
			}
			for _, lang := range []string{"id", "en"} {
				for _, e := range f.Evidence[lang] {
					for _, word := range []string{" z ", "z =", " p ", "p =", "τ"} {
						if strings.Contains(e, word) {
							t.Errorf("%s evidence names %q: %s", lang, word, e)
						}
					}
				}
			}
		})
	}
}

func TestEvidenceEnglish(t *testing.T) {
	m, m1 := healthy(), healthy()
	fall(-0.142, -3)(m)
	fall(-0.2, -2.5)(m1)
	f := judgeAlone(Default(), evalMonth, []*unitMonth{m, m1})
	want := "Performance achievement fell by 14.2% of its baseline more than in control units for 2 consecutive months (baseline Oct–Dec 2025; 95% interval: 4.9–23.5%); a fall this large arises by chance less than 1 time in 1,000."
	if f.Evidence["en"][0] != want {
		t.Fatalf("en evidence %q", f.Evidence["en"][0])
	}
}

// How unlikely chance is, in words: the bands and their edges.
func TestByChance(t *testing.T) {
	for _, c := range []struct {
		p      float64
		id, en string
	}{
		{0.00005, "kurang dari 1 dari 10.000 kali", "less than 1 time in 10,000"},
		{0.0001, "kurang dari 1 dari 1.000 kali", "less than 1 time in 1,000"},
		{0.005, "kurang dari 1 dari 100 kali", "less than 1 time in 100"},
		{0.02, "kurang dari 1 dari 20 kali", "less than 1 time in 20"},
		{0.05, "sekitar 1 dari 20 kali", "about 1 time in 20"},
		{0.25, "sekitar 1 dari 4 kali", "about 1 time in 4"},
	} {
		if got := byChance("id", c.p); got != c.id {
			t.Errorf("id %v: %q, want %q", c.p, got, c.id)
		}
		if got := byChance("en", c.p); got != c.en {
			t.Errorf("en %v: %q, want %q", c.p, got, c.en)
		}
	}
}

// z over consecutive months: z₂ = (z_M + z_M−1) / √(2 + 2ρ) (README, "The
// policy file").
func TestZOver(t *testing.T) {
	m, m1, m2 := healthy(), healthy(), healthy()
	m.capaianZ, m1.capaianZ, m2.capaianZ = f64(-3), f64(-2.5), f64(-1)
	hist := []*unitMonth{m, m1, m2}
	for _, c := range []struct {
		n    int
		rho  float64
		want float64
	}{
		{1, 0.25, -3},
		{2, 0.25, -5.5 / math.Sqrt(2.5)},
		{2, 0, -5.5 / math.Sqrt(2)},
		{3, 0.25, -6.5 / math.Sqrt(3+6*0.25)},
	} {
		got, ok := zOver(hist, c.n, evalMonth, c.rho, capaianZ)
		if !ok || math.Abs(got-c.want) > 1e-12 {
			t.Errorf("n %d rho %v: %v %v, want %v", c.n, c.rho, got, ok, c.want)
		}
	}
	m1.capaianZ = sql.NullFloat64{}
	if _, ok := zOver(hist, 2, evalMonth, 0.25, capaianZ); ok {
		t.Error("a month without z must leave the unit out")
	}
	if _, ok := zOver(hist[:1], 2, evalMonth, 0.25, capaianZ); ok {
		t.Error("a month without the unit must leave it out")
	}
}

// Benjamini–Hochberg at 0.05, with ties and with m = 1.
func TestDiscoveries(t *testing.T) {
	for _, c := range []struct {
		name string
		p    map[string]float64
		want string
	}{
		{"m = 1 at the level passes", map[string]float64{"A": 0.05}, "A"},
		{"m = 1 above the level fails", map[string]float64{"A": 0.0501}, ""},
		// thresholds 0.0125, 0.025, 0.0375, 0.05
		{"the largest rank under its threshold", map[string]float64{"A": 0.01, "B": 0.02, "C": 0.04, "D": 0.5}, "A,B"},
		// A (0.03) is above its own 0.025, but B at rank 2 is under 0.05:
		// step-up, so both pass
		{"a later rank carries the earlier ones", map[string]float64{"A": 0.03, "B": 0.035}, "A,B"},
		// ties sorted by unit id: C, A, B all 0.02 against 0.0167, 0.0333, 0.05
		{"ties pass together", map[string]float64{"C": 0.02, "A": 0.02, "B": 0.02}, "A,B,C"},
		// 0.03 each against 0.0083, 0.0167, 0.025; the rest far above
		{"ties fail together", map[string]float64{"C": 0.03, "A": 0.03, "B": 0.03, "D": 0.9, "E": 0.9, "F": 0.9}, ""},
		{"an empty family", map[string]float64{}, ""},
		// ranked by p, not by id: B (0.01) first, then A (0.5)
		{"ranked by p", map[string]float64{"A": 0.5, "B": 0.01}, "B"},
	} {
		t.Run(c.name, func(t *testing.T) {
			pass := discoveries(c.p, 0.05)
			var got []string
			for id := range c.p {
				if pass[id] {
					got = append(got, id)
				}
			}
			slices.Sort(got)
			if strings.Join(got, ",") != c.want {
				t.Fatalf("passed %v, want %s", got, c.want)
			}
		})
	}
}

func TestCustomPolicy(t *testing.T) {
	text := `rules:
  R1_produktivitas_turun:
    capaian_kinerja_did_rel_max: -0.2
    consecutive_months: 3
    status: TINJAU_ULANG
  R4_disiplin:
    enabled: false
`
	// Regression: a file named like the built-in one must still start from it.
	p, err := Parse("policy.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if p.Rules.R1.MinPegawai != 10 || p.Rules.R2.Months != 2 {
		t.Fatalf("keys not given must keep the built-in values: %+v", p.Rules.R1)
	}
	bad := healthy()
	fall(-0.25, -4)(bad)
	bad.tanpaKet = f64(0.5)
	// -0.25 in three months: TINJAU_ULANG; R4 is off.
	f := judgeAlone(p, evalMonth, []*unitMonth{bad, bad, bad})
	if f.Status != "TINJAU_ULANG" || strings.Join(f.Rules, ";") != "R1_produktivitas_turun" {
		t.Fatalf("got %s %v", f.Status, f.Rules)
	}
	// Only two months: the single-month status.
	if f := judgeAlone(p, evalMonth, []*unitMonth{bad, bad, healthy()}); f.Status != "PANTAU" {
		t.Fatalf("two of three months: %s", f.Status)
	}
	// -0.15 no longer fires.
	mild := healthy()
	fall(-0.15, -4)(mild)
	if f := judgeAlone(p, evalMonth, []*unitMonth{mild, mild, mild}); f.Status != "LANJUTKAN" {
		t.Fatalf("-0.15 with threshold -0.2: %s", f.Status)
	}
}

func TestInvalidPolicy(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"unknown key", "rules:\n  R1_produktivitas_turun:\n    treshold: 1\n", "bad.yaml:3: rules.R1_produktivitas_turun.treshold"},
		{"unknown rule", "rules:\n  R9: {}\n", "bad.yaml:2: rules.R9"},
		{"wrong type", "rules:\n  R3_aduan_melonjak:\n    min_aduan_masuk: banyak\n", "bad.yaml:3: rules.R3_aduan_melonjak.min_aduan_masuk"},
		{"unknown status", "rules:\n  R4_disiplin:\n    status: BUBARKAN\n", "bad.yaml:3: rules.R4_disiplin.status"},
		{"months out of range", "rules:\n  R2_layanan_memburuk:\n    consecutive_months: 0\n", "bad.yaml:3: rules.R2_layanan_memburuk.consecutive_months"},
		{"a level of 0", "rules:\n  R1_produktivitas_turun:\n    fdr_level: 0\n", "bad.yaml:3: rules.R1_produktivitas_turun.fdr_level"},
		{"a level above 1", "rules:\n  R2_layanan_memburuk:\n    fdr_level: 5\n", "bad.yaml:3: rules.R2_layanan_memburuk.fdr_level"},
		{"a correlation above 1", "rho: 1.5\n", "bad.yaml:1: rho"},
		{"a negative correlation", "rho: -0.5\n", "bad.yaml:1: rho"},
		{"not YAML", "rules: [\n", "bad.yaml:"},
		// One clean message in each language, the value quoted.
		{"a percentage", "rules:\n  R1_produktivitas_turun:\n    capaian_kinerja_did_rel_max: 2%\n",
			`bad.yaml:3: rules.R1_produktivitas_turun.capaian_kinerja_did_rel_max: nilai "2%" harus angka / value "2%" must be a number`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("bad.yaml", []byte(c.text))
			var pe *PolicyError
			if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("err = %v, want a PolicyError starting %q", err, c.want)
			}
		})
	}
}

// Values that parse but make no sense are refused with FILE:LINE: key:
// reason, a percent written for a fraction with the fraction meant.
func TestPolicyValuesMakeSense(t *testing.T) {
	rule := func(r, kv string) string { return "rules:\n  " + r + ":\n    " + kv + "\n" }
	const (
		share = "harus pecahan antara 0 dan 1"
		fall  = "harus antara -1 dan 0"
		count = "harus bilangan bulat 1–1000 / must be a whole number 1–1000"
	)
	cases := []struct{ name, text, want string }{
		{"a coverage percent", rule("R6_data_kurang", "cakupan_presensi_below: 80"),
			"bad.yaml:3: rules.R6_data_kurang.cakupan_presensi_below: 80 — maksud Anda 0.80? " + share},
		{"an on-time percent", rule("R2_layanan_memburuk", "tindak_lanjut_tepat_waktu_below: 75.5"), "75.5 — maksud Anda 0.755?"},
		{"a negative share", rule("R4_disiplin", "tanpa_keterangan_min: -5"), "bad.yaml:3: rules.R4_disiplin.tanpa_keterangan_min: -5 " + share},
		{"a share above 100", rule("R4_disiplin", "pelanggaran_kuota_min: 250"), "pelanggaran_kuota_min: 250 " + share},
		{"a front-line share as a percent", rule("R5_layanan_langsung", "porsi_fleksibel_above: 5"), "5 — maksud Anda 0.05?"},
		{"a reject rate as a percent", rule("R6_data_kurang", "reject_rate_max: 2"), "rules.R6_data_kurang.reject_rate_max: 2 — maksud Anda 0.02?"},
		{"not a number", rule("R5_layanan_langsung", "porsi_fleksibel_above: .nan"), "porsi_fleksibel_above: NaN " + share},
		{"a fall as a percent", rule("R1_produktivitas_turun", "capaian_kinerja_did_rel_max: -5"),
			"bad.yaml:3: rules.R1_produktivitas_turun.capaian_kinerja_did_rel_max: -5 — maksud Anda -0.05? " + fall},
		{"a fall of zero", rule("R1_produktivitas_turun", "capaian_kinerja_did_rel_max: 0"), "capaian_kinerja_did_rel_max: 0 " + fall},
		{"a fall that is a rise", rule("R2_layanan_memburuk", "tindak_lanjut_tepat_waktu_did_max: 0.1"), "tindak_lanjut_tepat_waktu_did_max: 0.1 " + fall},
		{"a fall below -100 %", rule("R2_layanan_memburuk", "tindak_lanjut_tepat_waktu_did_max: -250"), "tindak_lanjut_tepat_waktu_did_max: -250 " + fall},
		{"a rise of zero", rule("R3_aduan_melonjak", "aduan_per_100_pegawai_did_rel_min: 0"), "aduan_per_100_pegawai_did_rel_min: 0 harus lebih dari 0"},
		{"a rise as a percent", rule("R3_aduan_melonjak", "aduan_per_100_pegawai_did_rel_min: 25"), "25 — maksud Anda 0.25?"},
		{"a fall's z on the rise side", rule("R1_produktivitas_turun", "z_max_single: 1.96"), "rules.R1_produktivitas_turun.z_max_single: 1.96 harus negatif"},
		{"a fall's z of zero", rule("R2_layanan_memburuk", "z_max_single: 0"), "z_max_single: 0 harus negatif"},
		{"a rise's z on the fall side", rule("R3_aduan_melonjak", "z_min_single: -3.09"), "z_min_single: -3.09 harus positif"},
		{"a rise's z over months of zero", rule("R3_aduan_melonjak", "z_min_consecutive: 0"), "z_min_consecutive: 0 harus positif"},
		{"a negative count", rule("R1_produktivitas_turun", "min_pegawai_capaian: -5"), "bad.yaml:3: rules.R1_produktivitas_turun.min_pegawai_capaian: -5 " + count},
		{"a count of zero", rule("R2_layanan_memburuk", "min_aduan_dinilai: 0"), "min_aduan_dinilai: 0 " + count},
		{"a count too large", rule("R3_aduan_melonjak", "min_aduan_masuk: 5000"), "min_aduan_masuk: 5000 " + count},
		{"min_rows of zero", rule("R6_data_kurang", "min_rows: 0"), "rules.R6_data_kurang.min_rows: 0 " + count},
		{"a level as a percent", rule("R1_produktivitas_turun", "fdr_level: 5"), "rules.R1_produktivitas_turun.fdr_level: 5 — maksud Anda 0.05?"},
		{"months beyond a year", rule("R3_aduan_melonjak", "consecutive_months: 13"), "consecutive_months: 13 harus bilangan bulat 1–12"},
		{"a misspelt key", rule("R1_produktivitas_turun", "capaian_kinerja_did_rel_mx: -0.2"),
			"bad.yaml:3: rules.R1_produktivitas_turun.capaian_kinerja_did_rel_mx: kunci tidak dikenal; maksud Anda capaian_kinerja_did_rel_max? / unknown key; did you mean capaian_kinerja_did_rel_max?"},
		{"a misspelt rule", "rules:\n  R6_data_krang:\n    enabled: false\n", "bad.yaml:2: rules.R6_data_krang: kunci tidak dikenal; maksud Anda R6_data_kurang?"},
		{"a misspelt top-level key", "rhoo: 0.3\n", "bad.yaml:1: rhoo: kunci tidak dikenal; maksud Anda rho?"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("bad.yaml", []byte(c.text))
			var pe *PolicyError
			if !errors.As(err, &pe) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want a PolicyError with %q", err, c.want)
			}
		})
	}
	// The edges of each range are sensible values.
	for _, ok := range []string{
		rule("R6_data_kurang", "cakupan_presensi_below: 1"), rule("R4_disiplin", "tanpa_keterangan_min: 0"),
		rule("R1_produktivitas_turun", "capaian_kinerja_did_rel_max: -1"), rule("R3_aduan_melonjak", "aduan_per_100_pegawai_did_rel_min: 10"),
		rule("R1_produktivitas_turun", "min_pegawai_capaian: 1000"), rule("R6_data_kurang", "min_rows: 1"),
		rule("R6_data_kurang", "reject_rate_max: 1"), rule("R2_layanan_memburuk", "fdr_level: 1"), "rho: 0\n",
	} {
		if _, err := Parse("ok.yaml", []byte(ok)); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
}

// Every policy the README and docs show is accepted as it is.
func TestDocumentedPoliciesParse(t *testing.T) {
	docs, _ := filepath.Glob("../../docs/*.md")
	n := 0
	for _, doc := range append([]string{"../../README.md"}, docs...) {
		b, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, block := range regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllSubmatch(b, -1) {
			if !bytes.Contains(block[1], []byte("rules:")) && !bytes.Contains(block[1], []byte("rho:")) {
				continue // not a policy (a mapping file)
			}
			n++
			if _, err := Parse(doc, block[1]); err != nil {
				t.Errorf("%s: a documented policy is refused: %v", doc, err)
			}
		}
	}
	if n == 0 {
		t.Fatal("no policy example found in README.md or docs/")
	}
}

// The built-in policy equals README's table ("The policy file").
func TestDefaultPolicyIsSpec(t *testing.T) {
	p := Default()
	r := p.Rules
	got := []any{p.Rho, r.R1.DidRelMax, r.R1.Months, r.R1.MinPegawai, r.R1.FDRLevel, r.R1.ZSingle, r.R1.Status, r.R1.StatusSingl,
		r.R2.RateBelow, r.R2.DidMax, r.R2.MinDinilai, r.R2.Months, r.R2.FDRLevel, r.R2.ZSingle, r.R2.Status, r.R2.StatusSingl,
		r.R3.DidRelMin, r.R3.MinMasuk, r.R3.ZSingle, r.R3.Months, r.R3.ZMonths, r.R3.Status,
		r.R4.TKMin, r.R4.KuotaMin, r.R4.Status, r.R5.PorsiAbove, r.R5.Status, r.R6.CakupanBelow, r.R6.RejectRateMax, r.R6.MinRows, r.R6.Status}
	want := []any{0.25, -0.10, 2, 10, 0.05, -1.96, "HENTIKAN_SEMENTARA", "PANTAU",
		0.80, -0.10, 5, 2, 0.05, -1.96, "HENTIKAN_SEMENTARA", "PANTAU",
		0.25, 5, 3.09, 2, 2.58, "TINJAU_ULANG",
		0.02, 0.10, "TINJAU_ULANG", 0.05, "TINJAU_ULANG", 0.80, 0.02, 1, "DATA_KURANG"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("value %d = %v, want %v", i, got[i], want[i])
		}
	}
	if !(r.R1.Enabled && r.R2.Enabled && r.R3.Enabled && r.R4.Enabled && r.R5.Enabled && r.R6.Enabled) {
		t.Error("a built-in rule is off")
	}
}

// FuzzParsePolicy: no policy text makes the parser panic, and whatever it
// accepts has known statuses and month counts in range.
func FuzzParsePolicy(f *testing.F) {
	f.Add(string(DefaultYAML))
	f.Add("rules:\n  R1_produktivitas_turun:\n    consecutive_months: 3\n")
	f.Add("rules: [1, 2]\n")
	f.Add("rules:\n  R4_disiplin: ~\n")
	f.Add("&a [*a]")
	f.Add("rules:\n  R2_layanan_memburuk:\n    status: !!binary aGVsbG8=\n")
	f.Fuzz(func(t *testing.T, text string) {
		p, err := Parse("f.yaml", []byte(text))
		if err != nil {
			return
		}
		if model.Severity(p.Rules.R1.Status) >= len(model.Statuses) || p.Rules.R1.Months < 1 || p.Rules.R2.Months > 12 {
			t.Fatalf("accepted an invalid policy: %+v", p.Rules)
		}
	})
}

// lostRows sets n of read rows of source rejected in the unit's month
// (the commonest reason: a NIP that is not 18 digits).
func lostRows(source string, month time.Time, n, read int64) func(*unitMonth) {
	return func(u *unitMonth) {
		if u.rejects == nil {
			u.rejects = map[string]rejected{}
		}
		u.rejects[source] = rejected{source: source, month: month, rows: n, read: read, code: "invalid_value", column: "nip",
			message: "nip harus 18 digit angka / nip must be 18 digits"}
	}
}

// A unit that lost rows of a source in a month a rule reads is not judged
// by that rule: R6 says what it lost (README, "Rejected rows and
// verdicts"); the limit is a share strictly above reject_rate_max (0.02)
// and at least min_rows rows.
func TestRejectsKeepRulesFromJudging(t *testing.T) {
	sep := evalMonth.AddDate(0, -1, 0)
	severe := fall(-0.3, -4) // R1 pauses on it in M and M-1
	sayOct := "3 baris kinerja_harian unit ini ditolak pada Oktober 2026 (3,0 % dari 100 baris; terbanyak invalid_value nip: nip harus 18 digit angka); R1 tidak dinilai — perbaiki lalu muat ulang, lihat rejects.csv."
	cases := []struct {
		name         string
		edit         func(*Policy)
		m, m1        func(*unitMonth)
		status       string
		rules        string
		evidenceID   string // the whole of R6's evidence, when given
		inEvidenceEN string
	}{
		{"R1 would pause; 3 % of M's daily logs lost: not judged", nil,
			both(severe, lostRows("kinerja_harian", evalMonth, 3, 100)), severe, "DATA_KURANG", "R6_data_kurang", sayOct,
			"3 kinerja_harian rows of this unit rejected in October 2026 (3.0% of 100 rows; most invalid_value nip: nip must be 18 digits); R1 not judged — fix and load again, see rejects.csv."},
		{"exactly 2 % is not above the limit: R1 pauses", nil,
			both(severe, lostRows("kinerja_harian", evalMonth, 2, 100)), severe, "HENTIKAN_SEMENTARA", "R1_produktivitas_turun", "", ""},
		{"rencana_aksi lost in M-1, a month R1's two-month branch reads", nil,
			severe, both(severe, lostRows("rencana_aksi", sep, 5, 40)), "DATA_KURANG", "R6_data_kurang",
			"5 baris rencana_aksi unit ini ditolak pada September 2026 (12,5 % dari 40 baris; terbanyak invalid_value nip: nip harus 18 digit angka); R1 tidak dinilai — perbaiki lalu muat ulang, lihat rejects.csv.", ""},
		{"a healthy unit that lost rows is DATA_KURANG, not LANJUTKAN", nil,
			lostRows("kinerja_harian", evalMonth, 3, 100), nil, "DATA_KURANG", "R6_data_kurang", sayOct, ""},
		{"min_rows 5: three rows are not enough to stop R1", func(p *Policy) { p.Rules.R6.MinRows = 5 },
			both(severe, lostRows("kinerja_harian", evalMonth, 3, 100)), severe, "HENTIKAN_SEMENTARA", "R1_produktivitas_turun", "", ""},
		{"a higher reject_rate_max: 3 % is within it", func(p *Policy) { p.Rules.R6.RejectRateMax = 0.05 },
			both(severe, lostRows("kinerja_harian", evalMonth, 3, 100)), severe, "HENTIKAN_SEMENTARA", "R1_produktivitas_turun", "", ""},
		{"presensi lost: R4, R5 and coverage not judged (coverage not said), R1 still pauses on e-Kinerja",
			nil, both(severe, both(lostRows("presensi", evalMonth, 50, 400), func(u *unitMonth) {
				u.tanpaKet, u.layanan, u.porsi, u.cakupan = f64(0.5), true, f64(0.5), f64(0.1)
			})), severe,
			"HENTIKAN_SEMENTARA", "R1_produktivitas_turun;R6_data_kurang",
			"50 baris presensi unit ini ditolak pada Oktober 2026 (12,5 % dari 400 baris; terbanyak invalid_value nip: nip harus 18 digit angka); R4 dan R5 tidak dinilai — perbaiki lalu muat ulang, lihat rejects.csv.",
			"; R4 and R5 not judged"},
		{"a unit not serving the public face to face: R5 is not named", nil,
			both(lostRows("presensi", evalMonth, 50, 400), func(u *unitMonth) { u.tanpaKet = f64(0.5) }), nil,
			"DATA_KURANG", "R6_data_kurang", "", "; R4 not judged"},
		{"complaints lost: R2 and R3 not judged", nil,
			both(surge(0.5, 20, 4), lostRows("aduan", evalMonth, 1, 20)), nil, "DATA_KURANG", "R6_data_kurang",
			"1 baris aduan unit ini ditolak pada Oktober 2026 (5,0 % dari 20 baris; terbanyak invalid_value nip: nip harus 18 digit angka); R2 dan R3 tidak dinilai — perbaiki lalu muat ulang, lihat rejects.csv.", ""},
		{"rows lost in both months: one sentence each", nil,
			both(severe, lostRows("kinerja_harian", evalMonth, 3, 100)), both(severe, lostRows("kinerja_harian", sep, 100, 100)),
			"DATA_KURANG", "R6_data_kurang", "", "; 100 kinerja_harian rows of this unit rejected in September 2026 (100.0% of 100 rows;"},
		{"coverage and capaian still said when their sources are whole", nil,
			both(lostRows("aduan", evalMonth, 5, 5), func(u *unitMonth) { u.cakupan = f64(0.5); u.capaian = sql.NullFloat64{} }), nil,
			"DATA_KURANG", "R6_data_kurang", "Cakupan presensi 50,0 % (minimal 80,0 %); tidak ada data capaian kinerja; 5 baris aduan unit ini ditolak pada Oktober 2026 (100,0 % dari 5 baris; terbanyak invalid_value nip: nip harus 18 digit angka); R2 dan R3 tidak dinilai — perbaiki lalu muat ulang, lihat rejects.csv.", ""},
		{"rows lost of a source no rule reads (belanja): nothing", nil,
			lostRows("belanja", evalMonth, 1, 1), nil, "LANJUTKAN", "", "", ""},
		{"rows lost two months back, outside R1's two months: judged", nil,
			severe, severe, "HENTIKAN_SEMENTARA", "R1_produktivitas_turun", "", ""},
		{"R6 off: the rule still does not judge the lost source, and nothing is said", func(p *Policy) { p.Rules.R6.Enabled = false },
			both(severe, lostRows("kinerja_harian", evalMonth, 3, 100)), severe, "LANJUTKAN", "", "", ""},
		{"not on FWA: TIDAK_BERLAKU whatever was lost", nil,
			both(lostRows("presensi", evalMonth, 400, 400), func(u *unitMonth) { u.fwaMulai = sql.NullTime{} }), nil, "TIDAK_BERLAKU", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := Default()
			if c.edit != nil {
				c.edit(p)
			}
			m, m1, m2 := healthy(), healthy(), healthy()
			if c.m != nil {
				c.m(m)
			}
			if c.m1 != nil {
				c.m1(m1)
			}
			lostRows("kinerja_harian", evalMonth.AddDate(0, -2, 0), 50, 50)(m2) // M-2: read by no rule here
			f := judgeAlone(p, evalMonth, []*unitMonth{m, m1, m2})
			if f.Status != c.status || strings.Join(f.Rules, ";") != c.rules {
				t.Fatalf("status %s rules %q; want %s %q\n%v", f.Status, strings.Join(f.Rules, ";"), c.status, c.rules, f.Evidence["id"])
			}
			if len(f.Rules) == 0 {
				return
			}
			r6 := f.Evidence["id"][len(f.Evidence["id"])-1]
			if c.evidenceID != "" && r6 != c.evidenceID {
				t.Errorf("evidence\n%q, want\n%q", r6, c.evidenceID)
			}
			if en := strings.Join(f.Evidence["en"], " "); c.inEvidenceEN != "" && !strings.Contains(en, c.inEvidenceEN) {
				t.Errorf("English evidence %q lacks %q", en, c.inEvidenceEN)
			}
		})
	}
}

// A unit not judged by R1 for rows it lost is left out of R1's
// false-discovery family: its z, computed without those rows, must not
// help another unit to a pause. A (lost, z far below) B (p = 0.03) and C
// (p = 0.9): with A, B is second of three against 2/3 · 0.05 = 0.0333 and
// passes; without A, first of two against 1/2 · 0.05 = 0.025, and fails.
func TestLostUnitLeavesTheFamily(t *testing.T) {
	p := Default()
	hist := func(z float64, lost bool) []*unitMonth {
		m, m1 := healthy(), healthy()
		m.capaianZ, m1.capaianZ = f64(z), f64(z)
		if lost {
			lostRows("kinerja_harian", evalMonth, 50, 100)(m)
		}
		return []*unitMonth{m, m1}
	}
	// z over two months = 2z / sqrt(2.5); p = Φ of it.
	zB := -1.880793608 * math.Sqrt(2.5) / 2 // Φ⁻¹(0.03)
	for _, c := range []struct {
		lost bool
		want bool
	}{{false, true}, {true, false}} {
		hists := map[string][]*unitMonth{"A": hist(-8, c.lost), "B": hist(zB, false), "C": hist(2.5, false)}
		pass := falseDiscoveries(p, evalMonth, hists)
		if pass["B"].r1 != c.want || pass["A"].r1 == c.lost {
			t.Errorf("A lost rows %v: B passes %v, A %v; want B %v", c.lost, pass["B"].r1, pass["A"].r1, c.want)
		}
	}
}
