package pipeline

import (
	"database/sql"
	"errors"
	"strings"
	"testing"
	"time"
)

var (
	evalMonth = time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	fwaStart  = sql.NullTime{Time: time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), Valid: true}
)

func f64(v float64) sql.NullFloat64 { return sql.NullFloat64{Float64: v, Valid: true} }
func i64(v int64) sql.NullInt64     { return sql.NullInt64{Int64: v, Valid: true} }

// healthy is a unit on FWA that fires no rule.
func healthy() *unitMonth {
	return &unitMonth{unitID: "U", fwaMulai: fwaStart, capaian: f64(85), capaianDidRel: f64(0.01), pegawaiCapaian: i64(30),
		tindak: f64(0.95), tindakDid: f64(0), tindakDinilai: i64(20), aduanDidRel: f64(0), aduanMasuk: i64(12),
		tanpaKet: f64(0.001), kuota: f64(0), porsi: f64(0.2), cakupan: f64(1)}
}

func TestRules(t *testing.T) {
	p := DefaultPolicy()
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
		{"R1 in M only: PANTAU", func(u *unitMonth) { u.capaianDidRel = f64(-0.142) }, nil, "PANTAU", "R1_produktivitas_turun", "Oktober 2026"},
		{"R1 in M and M-1: HENTIKAN_SEMENTARA", func(u *unitMonth) { u.capaianDidRel = f64(-0.142) }, func(u *unitMonth) { u.capaianDidRel = f64(-0.2) },
			"HENTIKAN_SEMENTARA", "R1_produktivitas_turun", "turun 14,2 % lebih dalam daripada di unit pembanding (baseline Okt–Des 2025) selama 2 bulan berturut-turut."},
		{"R1 exactly at -0.10 fires", func(u *unitMonth) { u.capaianDidRel = f64(-0.10) }, nil, "PANTAU", "R1_produktivitas_turun", ""},
		{"R1 just above -0.10 does not", func(u *unitMonth) { u.capaianDidRel = f64(-0.0999) }, nil, "LANJUTKAN", "", ""},
		{"R1 NULL does not fire", func(u *unitMonth) { u.capaianDidRel = sql.NullFloat64{} }, nil, "LANJUTKAN", "", ""},
		{"R1 guard in M: PANTAU at most", func(u *unitMonth) { u.capaianDidRel = f64(-0.3); u.pegawaiCapaian = i64(9) }, func(u *unitMonth) { u.capaianDidRel = f64(-0.3) },
			"PANTAU", "R1_produktivitas_turun", "hanya 9 pegawai"},
		{"R1 guard exactly 10 allows the pause", func(u *unitMonth) { u.capaianDidRel = f64(-0.3); u.pegawaiCapaian = i64(10) }, func(u *unitMonth) { u.capaianDidRel = f64(-0.3); u.pegawaiCapaian = i64(10) },
			"HENTIKAN_SEMENTARA", "R1_produktivitas_turun", ""},
		{"R1 guard in M-1: PANTAU at most", func(u *unitMonth) { u.capaianDidRel = f64(-0.3) }, func(u *unitMonth) { u.capaianDidRel = f64(-0.3); u.pegawaiCapaian = i64(5) },
			"PANTAU", "R1_produktivitas_turun", ""},
		{"R1 two-month branch needs FWA in M-1", func(u *unitMonth) {
			u.capaianDidRel = f64(-0.3)
			u.fwaMulai = sql.NullTime{Time: evalMonth, Valid: true}
		},
			func(u *unitMonth) {
				u.capaianDidRel = f64(-0.3)
				u.fwaMulai = sql.NullTime{Time: evalMonth, Valid: true}
			}, "PANTAU", "R1_produktivitas_turun", ""},
		{"R2 in M only: PANTAU", func(u *unitMonth) { u.tindak = f64(0.5); u.tindakDid = f64(-0.4) }, nil, "PANTAU", "R2_layanan_memburuk", "50,0 %"},
		{"R2 in M and M-1: HENTIKAN_SEMENTARA", func(u *unitMonth) { u.tindak = f64(0.5); u.tindakDid = f64(-0.4) }, func(u *unitMonth) { u.tindak = f64(0.6); u.tindakDid = f64(-0.3) },
			"HENTIKAN_SEMENTARA", "R2_layanan_memburuk", "selama 2 bulan"},
		{"R2 at exactly 0.80 does not fire (strictly below)", func(u *unitMonth) { u.tindak = f64(0.80); u.tindakDid = f64(-0.4) }, nil, "LANJUTKAN", "", ""},
		{"R2 DiD exactly -0.10 fires", func(u *unitMonth) { u.tindak = f64(0.7); u.tindakDid = f64(-0.10) }, nil, "PANTAU", "R2_layanan_memburuk", ""},
		{"R2 needs 10 assessed complaints", func(u *unitMonth) { u.tindak = f64(0.5); u.tindakDid = f64(-0.4); u.tindakDinilai = i64(9) }, nil, "LANJUTKAN", "", ""},
		{"R2 exactly 10 assessed complaints", func(u *unitMonth) { u.tindak = f64(0.5); u.tindakDid = f64(-0.4); u.tindakDinilai = i64(10) }, nil, "PANTAU", "R2_layanan_memburuk", ""},
		{"R2 M-1 with too few complaints: PANTAU", func(u *unitMonth) { u.tindak = f64(0.5); u.tindakDid = f64(-0.4) }, func(u *unitMonth) { u.tindak = f64(0.5); u.tindakDid = f64(-0.4); u.tindakDinilai = i64(3) },
			"PANTAU", "R2_layanan_memburuk", ""},
		{"R3 surge at exactly +0.25 with 10 complaints", func(u *unitMonth) { u.aduanDidRel = f64(0.25); u.aduanMasuk = i64(10) }, nil, "TINJAU_ULANG", "R3_aduan_melonjak", "10 aduan masuk"},
		{"R3 needs 10 complaints", func(u *unitMonth) { u.aduanDidRel = f64(2); u.aduanMasuk = i64(9) }, nil, "LANJUTKAN", "", ""},
		{"R3 just below +0.25", func(u *unitMonth) { u.aduanDidRel = f64(0.2499) }, nil, "LANJUTKAN", "", ""},
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
		{"no controls: R1 uses change / baseline", func(u *unitMonth) {
			u.capaianDidRel, u.capaianChange, u.capaianBase = sql.NullFloat64{}, f64(-15), f64(100)
		}, nil, "PANTAU", "R1_produktivitas_turun", "turun 15,0 % dibanding baseline unit sendiri (tanpa unit pembanding)"},
		{"no controls and no change: R1 silent", func(u *unitMonth) { u.capaianDidRel = sql.NullFloat64{} }, nil, "LANJUTKAN", "", ""},
		{"a DiD takes precedence over the own change", func(u *unitMonth) {
			u.capaianDidRel, u.capaianChange, u.capaianBase = f64(0), f64(-50), f64(100)
		}, nil, "LANJUTKAN", "", ""},
		{"no controls: R2 uses the change", func(u *unitMonth) {
			u.tindak, u.tindakDid, u.tindakChange = f64(0.5), sql.NullFloat64{}, f64(-0.3)
		}, nil, "PANTAU", "R2_layanan_memburuk", "turun 30,0 poin persentase dibanding baseline unit sendiri"},
		{"no controls: R3 uses change / baseline", func(u *unitMonth) {
			u.aduanDidRel, u.aduanChange, u.aduanBase = sql.NullFloat64{}, f64(30), f64(100)
		}, nil, "TINJAU_ULANG", "R3_aduan_melonjak", "naik 30,0 %"},
		{"most severe wins; every fired rule listed in table order",
			func(u *unitMonth) { u.capaianDidRel = f64(-0.3); u.cakupan = f64(0.5); u.tanpaKet = f64(0.1) },
			func(u *unitMonth) { u.capaianDidRel = f64(-0.3) },
			"HENTIKAN_SEMENTARA", "R1_produktivitas_turun;R4_disiplin;R6_data_kurang", ""},
		{"TINJAU_ULANG outranks DATA_KURANG and PANTAU", func(u *unitMonth) { u.capaianDidRel = f64(-0.3); u.cakupan = f64(0.5); u.kuota = f64(0.5) }, nil,
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
			f := judge(p, evalMonth, []*unitMonth{m, m1})
			if f.Status != c.status || strings.Join(f.Rules, ";") != c.rules {
				t.Fatalf("status %s rules %q; want %s %q", f.Status, strings.Join(f.Rules, ";"), c.status, c.rules)
			}
			if len(f.Evidence["id"]) != len(f.Rules) || len(f.Evidence["en"]) != len(f.Rules) {
				t.Fatalf("evidence %v for rules %v", f.Evidence, f.Rules)
			}
			if c.inEvidence != "" && !strings.Contains(strings.Join(f.Evidence["id"], " "), c.inEvidence) {
				t.Fatalf("evidence %q lacks %q", f.Evidence["id"], c.inEvidence)
			}
		})
	}
}

func TestEvidenceEnglish(t *testing.T) {
	m, m1 := healthy(), healthy()
	m.capaianDidRel, m1.capaianDidRel = f64(-0.142), f64(-0.2)
	f := judge(DefaultPolicy(), evalMonth, []*unitMonth{m, m1})
	want := "Performance achievement fell 14.2% more than in control units (baseline Oct–Dec 2025) for 2 consecutive months."
	if f.Evidence["en"][0] != want {
		t.Fatalf("en evidence %q", f.Evidence["en"][0])
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
	p, err := ParsePolicy("policy.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if p.Rules.R1.MinPegawai != 10 || p.Rules.R2.Months != 2 {
		t.Fatalf("keys not given must keep the built-in values: %+v", p.Rules.R1)
	}
	bad := healthy()
	bad.capaianDidRel, bad.tanpaKet = f64(-0.25), f64(0.5)
	// -0.25 in three months: TINJAU_ULANG; R4 is off.
	f := judge(p, evalMonth, []*unitMonth{bad, bad, bad})
	if f.Status != "TINJAU_ULANG" || strings.Join(f.Rules, ";") != "R1_produktivitas_turun" {
		t.Fatalf("got %s %v", f.Status, f.Rules)
	}
	// Only two months: the single-month status.
	if f := judge(p, evalMonth, []*unitMonth{bad, bad, healthy()}); f.Status != "PANTAU" {
		t.Fatalf("two of three months: %s", f.Status)
	}
	// -0.15 no longer fires.
	mild := healthy()
	mild.capaianDidRel = f64(-0.15)
	if f := judge(p, evalMonth, []*unitMonth{mild, mild, mild}); f.Status != "LANJUTKAN" {
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
		{"not YAML", "rules: [\n", "bad.yaml:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParsePolicy("bad.yaml", []byte(c.text))
			var pe *PolicyError
			if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("err = %v, want a PolicyError starting %q", err, c.want)
			}
		})
	}
}

// The built-in policy equals SPEC §5's table.
func TestDefaultPolicyIsSpec(t *testing.T) {
	r := DefaultPolicy().Rules
	got := []any{r.R1.DidRelMax, r.R1.Months, r.R1.MinPegawai, r.R1.Status, r.R1.StatusSingl,
		r.R2.RateBelow, r.R2.DidMax, r.R2.MinDinilai, r.R2.Months, r.R2.Status, r.R2.StatusSingl,
		r.R3.DidRelMin, r.R3.MinMasuk, r.R3.Status, r.R4.TKMin, r.R4.KuotaMin, r.R4.Status,
		r.R5.PorsiAbove, r.R5.Status, r.R6.CakupanBelow, r.R6.Status}
	want := []any{-0.10, 2, 10, "HENTIKAN_SEMENTARA", "PANTAU", 0.80, -0.10, 10, 2, "HENTIKAN_SEMENTARA", "PANTAU",
		0.25, 10, "TINJAU_ULANG", 0.02, 0.10, "TINJAU_ULANG", 0.05, "TINJAU_ULANG", 0.80, "DATA_KURANG"}
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
	f.Add(string(DefaultPolicyYAML))
	f.Add("rules:\n  R1_produktivitas_turun:\n    consecutive_months: 3\n")
	f.Add("rules: [1, 2]\n")
	f.Add("rules:\n  R4_disiplin: ~\n")
	f.Add("&a [*a]")
	f.Add("rules:\n  R2_layanan_memburuk:\n    status: !!binary aGVsbG8=\n")
	f.Fuzz(func(t *testing.T, text string) {
		p, err := ParsePolicy("f.yaml", []byte(text))
		if err != nil {
			return
		}
		if severity(p.Rules.R1.Status) >= len(Statuses) || p.Rules.R1.Months < 1 || p.Rules.R2.Months > 12 {
			t.Fatalf("accepted an invalid policy: %+v", p.Rules)
		}
	})
}
