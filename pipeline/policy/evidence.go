package policy

import (
	"database/sql"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"fwaeval/reports/model"
)

// evidence renders one fired rule's sentence in a language ("id", "en").
type evidence func(lang string) string

// pct formats a fraction as a percentage with one decimal: "14,2 %" in
// Indonesian, "14.2%" in English.
func pct(lang string, frac float64) string {
	s := strconv.FormatFloat(math.Round(frac*1000)/10, 'f', 1, 64)
	if lang == "id" {
		return strings.Replace(s, ".", ",", 1) + " %"
	}
	return s + "%"
}

// points formats a difference of fractions in percentage points.
func points(lang string, frac float64) string {
	s := strconv.FormatFloat(math.Round(frac*1000)/10, 'f', 1, 64)
	if lang == "id" {
		return strings.Replace(s, ".", ",", 1)
	}
	return s
}

// baselineLabel names a unit's baseline window: "Okt–Des 2025".
func baselineLabel(lang string, fwaMulai time.Time) string {
	start := model.MonthOf(fwaMulai)
	a, b := start.AddDate(0, -3, 0), start.AddDate(0, -1, 0)
	short := model.Lang(lang).ShortMonth
	if a.Year() == b.Year() {
		return fmt.Sprintf("%s–%s %d", short(a.Month()), short(b.Month()), b.Year())
	}
	return fmt.Sprintf("%s %d–%s %d", short(a.Month()), a.Year(), short(b.Month()), b.Year())
}

// when says "for 2 consecutive months" or "in October 2026".
func when(lang string, severe bool, n int, month time.Time) string {
	switch {
	case severe && lang == "id":
		return fmt.Sprintf("selama %d bulan berturut-turut", n)
	case severe:
		return fmt.Sprintf("for %d consecutive months", n)
	case lang == "id":
		return "pada " + model.Lang(lang).Month(month)
	}
	return "in " + model.Lang(lang).Month(month)
}

// number formats x with one decimal, "1,7" in Indonesian and "1.7" in
// English, a minus sign for a negative value.
func number(lang string, x float64) string {
	s := strconv.FormatFloat(math.Abs(math.Round(x*10)/10), 'f', 1, 64)
	if lang == "id" {
		s = strings.Replace(s, ".", ",", 1)
	}
	if math.Round(x*10) < 0 {
		s = "−" + s
	}
	return s
}

// interval says "selang 95 %: 8,1–20,3 %" / "95% interval: 8.1–20.3%"
// for the bounds lo, hi in unit ("%", " poin" / " points", " kali" /
// " times").
func interval(lang string, lo, hi float64, unit [2]string) string {
	if lang == "id" {
		return fmt.Sprintf("selang 95 %%: %s–%s%s", number(lang, lo), number(lang, hi), unit[0])
	}
	return fmt.Sprintf("95%% interval: %s–%s%s", number(lang, lo), number(lang, hi), unit[1])
}

var (
	unitPct    = [2]string{" %", "%"}
	unitPoints = [2]string{" poin", " points"}
	unitTimes  = [2]string{" kali", " times"}
)

// byChance says in words how rarely chance alone gives a change this
// large: "kurang dari 1 dari 1.000 kali" / "less than 1 time in 1,000".
func byChance(lang string, p float64) string {
	for _, b := range []struct {
		p      float64
		id, en string
	}{{0.0001, "10.000", "10,000"}, {0.001, "1.000", "1,000"}, {0.01, "100", "100"}, {0.05, "20", "20"}} {
		if p < b.p {
			if lang == "id" {
				return "kurang dari 1 dari " + b.id + " kali"
			}
			return "less than 1 time in " + b.en
		}
	}
	n := int(math.Round(1 / p))
	if lang == "id" {
		return fmt.Sprintf("sekitar 1 dari %d kali", n)
	}
	return fmt.Sprintf("about 1 time in %d", n)
}

// chanceClause closes an effect sentence: "; penurunan sebesar ini muncul
// karena kebetulan kurang dari 1 dari 1.000 kali".
func chanceClause(lang string, rise bool, p float64) string {
	switch {
	case lang == "id" && rise:
		return "; lonjakan sebesar ini muncul karena kebetulan " + byChance(lang, p)
	case lang == "id":
		return "; penurunan sebesar ini muncul karena kebetulan " + byChance(lang, p)
	case rise:
		return "; a rise this large arises by chance " + byChance(lang, p)
	}
	return "; a fall this large arises by chance " + byChance(lang, p)
}

// estimate is the judged indicator's E (docs/indicators.md): the DiD, or the
// change when no control unit has both values.
func estimate(did, change sql.NullFloat64) float64 {
	if did.Valid {
		return did.Float64
	}
	return change.Float64
}

func evidenceR1(u *unitMonth, month time.Time, c chance, guard bool, minPegawai int) evidence {
	return func(lang string) string {
		eff, own := u.r1Effect()
		e, se, base := estimate(u.capaianDid, u.capaianChange), u.capaianSE.Float64, u.capaianBase.Float64
		// a fall, in percent of the baseline: the interval's bounds swap
		iv := interval(lang, -100*(e+model.Limit95*se)/base, -100*(e-model.Limit95*se)/base, unitPct)
		bl := baselineLabel(lang, u.fwaMulai.Time)
		// The fall is a share of the unit's baseline: said so, beside
		// what it is measured against.
		of := map[string]string{"id": " dari baseline-nya", "en": " of its baseline"}[lang]
		if own {
			of = ""
		}
		var s string
		if lang == "id" {
			s = fmt.Sprintf("Capaian kinerja turun %s%s %s %s (baseline %s; %s)", pct(lang, -eff.Float64), of, against(lang, own, false), when(lang, c.severe, c.months, month), bl, iv)
			if !guard {
				s += fmt.Sprintf("; hanya %d pegawai berdata kinerja (minimal %d untuk status lebih berat)", u.pegawaiCapaian.Int64, minPegawai)
			}
		} else {
			s = fmt.Sprintf("Performance achievement fell by %s%s %s %s (baseline %s; %s)", pct(lang, -eff.Float64), of, against(lang, own, false), when(lang, c.severe, c.months, month), bl, iv)
			if !guard {
				s += fmt.Sprintf("; only %d employees have performance data (at least %d for a more severe status)", u.pegawaiCapaian.Int64, minPegawai)
			}
		}
		return s + chanceClause(lang, false, c.p) + "."
	}
}

func evidenceR2(u *unitMonth, month time.Time, c chance, below float64) evidence {
	return func(lang string) string {
		eff, own := u.r2Effect()
		e, se := estimate(u.tindakDid, u.tindakChange), u.tindakSE.Float64
		iv := interval(lang, -100*(e+model.Limit95*se), -100*(e-model.Limit95*se), unitPoints)
		var s string
		if lang == "id" {
			s = fmt.Sprintf("Tindak lanjut aduan tepat waktu %s (batas %s), turun %s poin persentase %s %s (%s), dari %d aduan dinilai",
				pct(lang, u.tindak.Float64), pct(lang, below), points(lang, -eff.Float64), against(lang, own, false), when(lang, c.severe, c.months, month), iv, u.tindakDinilai.Int64)
		} else {
			s = fmt.Sprintf("On-time complaint follow-up %s (threshold %s), down %s percentage points %s %s (%s), over %d assessed complaints",
				pct(lang, u.tindak.Float64), pct(lang, below), points(lang, -eff.Float64), against(lang, own, false), when(lang, c.severe, c.months, month), iv, u.tindakDinilai.Int64)
		}
		return s + chanceClause(lang, false, c.p) + "."
	}
}

// against names what a change is measured against, in words a reader
// takes in at once: deeper (a fall, rise false) or higher (a rise) than in
// control units, or, when no control unit has both values, against the
// unit's own baseline.
func against(lang string, own, rise bool) string {
	switch {
	case own && lang == "id":
		return "dibanding baseline unit sendiri (tanpa unit pembanding)"
	case own:
		return "against the unit's own baseline (no control units)"
	case lang == "id" && rise:
		return "lebih tinggi daripada di unit pembanding"
	case lang == "id":
		return "lebih dalam daripada di unit pembanding"
	}
	return "more than in control units"
}

func evidenceR3(u *unitMonth, month time.Time, c chance) evidence {
	return func(lang string) string {
		_, own := u.r3Effect()
		e, se := math.Log(u.aduanRR.Float64), u.aduanSE.Float64
		iv := interval(lang, math.Exp(e-model.Limit95*se), math.Exp(e+model.Limit95*se), unitTimes)
		var s string
		switch {
		case lang == "id" && own:
			s = fmt.Sprintf("Aduan %s kali baseline unit sendiri (tanpa unit pembanding) %s (%s); %d aduan masuk",
				number(lang, u.aduanRR.Float64), when(lang, c.severe, c.months, month), iv, u.aduanMasuk.Int64)
		case lang == "id":
			s = fmt.Sprintf("Aduan %s kali dari yang diperkirakan tren unit pembanding %s (%s); %d aduan masuk",
				number(lang, u.aduanRR.Float64), when(lang, c.severe, c.months, month), iv, u.aduanMasuk.Int64)
		case own:
			s = fmt.Sprintf("Complaints %s times the unit's own baseline (no control units) %s (%s); %d complaints received",
				number(lang, u.aduanRR.Float64), when(lang, c.severe, c.months, month), iv, u.aduanMasuk.Int64)
		default:
			s = fmt.Sprintf("Complaints %s times what the control units' trend predicts %s (%s); %d complaints received",
				number(lang, u.aduanRR.Float64), when(lang, c.severe, c.months, month), iv, u.aduanMasuk.Int64)
		}
		return s + chanceClause(lang, true, c.p) + "."
	}
}

func evidenceR4(u *unitMonth, tkMin, kuotaMin float64) evidence {
	return func(lang string) string {
		var parts []string
		if ge(u.tanpaKet, tkMin) {
			if lang == "id" {
				parts = append(parts, fmt.Sprintf("hari tanpa keterangan %s dari hari kerja (batas %s)", pct(lang, u.tanpaKet.Float64), pct(lang, tkMin)))
			} else {
				parts = append(parts, fmt.Sprintf("days absent without reason %s of working days (limit %s)", pct(lang, u.tanpaKet.Float64), pct(lang, tkMin)))
			}
		}
		if ge(u.kuota, kuotaMin) {
			if lang == "id" {
				parts = append(parts, fmt.Sprintf("minggu-pegawai di atas kuota 2 hari WFH/WFA %s (batas %s)", pct(lang, u.kuota.Float64), pct(lang, kuotaMin)))
			} else {
				parts = append(parts, fmt.Sprintf("employee-weeks over the 2-day WFH/WFA quota %s (limit %s)", pct(lang, u.kuota.Float64), pct(lang, kuotaMin)))
			}
		}
		s := strings.Join(parts, "; ")
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
}

func evidenceR5(u *unitMonth, above float64) evidence {
	return func(lang string) string {
		if lang == "id" {
			return fmt.Sprintf("Unit layanan langsung bekerja dari luar kantor pada %s hari hadir (batas %s).", pct(lang, u.porsi.Float64), pct(lang, above))
		}
		return fmt.Sprintf("Front-line unit worked away from the office on %s of attended days (limit %s).", pct(lang, u.porsi.Float64), pct(lang, above))
	}
}

// evidenceR6 says why the unit's data is not enough: its coverage below
// the policy's (cover), no capaian (noCapaian), and each source and month
// whose rows it lost, with the rules not judged for it.
func evidenceR6(u *unitMonth, below float64, cover, noCapaian bool, lost []*loss) evidence {
	return func(lang string) string {
		var parts []string
		if cover {
			if lang == "id" {
				parts = append(parts, fmt.Sprintf("cakupan presensi %s (minimal %s)", pct(lang, u.cakupan.Float64), pct(lang, below)))
			} else {
				parts = append(parts, fmt.Sprintf("attendance coverage %s (at least %s)", pct(lang, u.cakupan.Float64), pct(lang, below)))
			}
		}
		if noCapaian {
			if lang == "id" {
				parts = append(parts, "tidak ada data capaian kinerja")
			} else {
				parts = append(parts, "no performance achievement data")
			}
		}
		for _, l := range lost {
			parts = append(parts, lostSentence(lang, l))
		}
		s := strings.Join(parts, "; ")
		if len(lost) > 0 {
			s += map[string]string{"id": " — perbaiki lalu muat ulang, lihat rejects.csv", "en": " — fix and load again, see rejects.csv"}[lang]
		}
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
}

// lostSentence says what a unit lost of a source in a month and what was
// not judged for it: "1.403 baris kinerja_harian unit ini ditolak pada
// Oktober 2026 (100,0 % dari 1.403 baris; terbanyak invalid_value nip:
// nip harus 18 digit angka); R1 tidak dinilai".
func lostSentence(lang string, l *loss) string {
	lg := model.Lang(lang)
	n, read := lg.Number(float64(l.rows), 0), lg.Number(float64(l.read), 0)
	share := pct(lang, float64(l.rows)/float64(l.read))
	msg := l.message
	if id, en, ok := strings.Cut(msg, " / "); ok {
		msg = map[string]string{"id": id, "en": en}[lang]
	}
	why := strings.TrimSpace(l.code + " " + l.column)
	if lang == "id" {
		s := fmt.Sprintf("%s baris %s unit ini ditolak pada %s (%s dari %s baris; terbanyak %s: %s)", n, l.source, lg.Month(l.month), share, read, why, msg)
		if len(l.rules) > 0 {
			s += "; " + ruleNames(lang, l.rules) + " tidak dinilai"
		}
		return s
	}
	s := fmt.Sprintf("%s %s rows of this unit rejected in %s (%s of %s rows; most %s: %s)", n, l.source, lg.Month(l.month), share, read, why, msg)
	if len(l.rules) > 0 {
		s += "; " + ruleNames(lang, l.rules) + " not judged"
	}
	return s
}

// ruleNames lists the rules not judged: "R4 dan R5", "R1, R2 and R3".
func ruleNames(lang string, rules []string) string {
	and := map[string]string{"id": " dan ", "en": " and "}[lang]
	if len(rules) < 2 {
		return strings.Join(rules, "")
	}
	return strings.Join(rules[:len(rules)-1], ", ") + and + rules[len(rules)-1]
}
