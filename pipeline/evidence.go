package pipeline

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// evidence renders one fired rule's sentence in a language ("id", "en").
type evidence func(lang string) string

var (
	monthsID      = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
	monthsEN      = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthsShortID = []string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
	monthsShortEN = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

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

func monthName(lang string, m time.Time) string {
	if lang == "id" {
		return fmt.Sprintf("%s %d", monthsID[m.Month()-1], m.Year())
	}
	return fmt.Sprintf("%s %d", monthsEN[m.Month()-1], m.Year())
}

// baselineLabel names a unit's baseline window: "Okt–Des 2025".
func baselineLabel(lang string, fwaMulai time.Time) string {
	start := monthOf(fwaMulai)
	a, b := start.AddDate(0, -3, 0), start.AddDate(0, -1, 0)
	short := monthsShortEN
	if lang == "id" {
		short = monthsShortID
	}
	if a.Year() == b.Year() {
		return fmt.Sprintf("%s–%s %d", short[a.Month()-1], short[b.Month()-1], b.Year())
	}
	return fmt.Sprintf("%s %d–%s %d", short[a.Month()-1], a.Year(), short[b.Month()-1], b.Year())
}

// when says "for 2 consecutive months" or "in October 2026".
func when(lang string, severe bool, n int, month time.Time) string {
	switch {
	case severe && lang == "id":
		return fmt.Sprintf("selama %d bulan berturut-turut", n)
	case severe:
		return fmt.Sprintf("for %d consecutive months", n)
	case lang == "id":
		return "pada " + monthName(lang, month)
	}
	return "in " + monthName(lang, month)
}

func evidenceR1(u *unitMonth, month time.Time, severe bool, n int, guard bool, minPegawai int) evidence {
	return func(lang string) string {
		eff, own := u.r1Effect()
		drop := pct(lang, -eff.Float64)
		base := baselineLabel(lang, u.fwaMulai.Time)
		var s string
		if lang == "id" {
			s = fmt.Sprintf("Capaian kinerja turun %s %s (baseline %s) %s", drop, against(lang, own, false), base, when(lang, severe, n, month))
			if !guard {
				s += fmt.Sprintf("; hanya %d pegawai berdata kinerja (minimal %d untuk status lebih berat)", u.pegawaiCapaian.Int64, minPegawai)
			}
		} else {
			s = fmt.Sprintf("Performance achievement fell %s %s (baseline %s) %s", drop, against(lang, own, false), base, when(lang, severe, n, month))
			if !guard {
				s += fmt.Sprintf("; only %d employees have performance data (at least %d for a more severe status)", u.pegawaiCapaian.Int64, minPegawai)
			}
		}
		return s + "."
	}
}

func evidenceR2(u *unitMonth, month time.Time, severe bool, n int, below float64) evidence {
	return func(lang string) string {
		eff, own := u.r2Effect()
		if lang == "id" {
			return fmt.Sprintf("Tindak lanjut aduan tepat waktu %s (batas %s), turun %s poin persentase %s, dari %d aduan dinilai, %s.",
				pct(lang, u.tindak.Float64), pct(lang, below), points(lang, -eff.Float64), against(lang, own, false), u.tindakDinilai.Int64, when(lang, severe, n, month))
		}
		return fmt.Sprintf("On-time complaint follow-up %s (threshold %s), down %s percentage points %s, over %d assessed complaints, %s.",
			pct(lang, u.tindak.Float64), pct(lang, below), points(lang, -eff.Float64), against(lang, own, false), u.tindakDinilai.Int64, when(lang, severe, n, month))
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

func evidenceR3(u *unitMonth, month time.Time) evidence {
	return func(lang string) string {
		eff, own := u.r3Effect()
		if lang == "id" {
			return fmt.Sprintf("Aduan per 100 pegawai naik %s %s; %d aduan masuk pada %s.",
				pct(lang, eff.Float64), against(lang, own, true), u.aduanMasuk.Int64, monthName(lang, month))
		}
		return fmt.Sprintf("Complaints per 100 employees rose %s %s; %d complaints received in %s.",
			pct(lang, eff.Float64), against(lang, own, true), u.aduanMasuk.Int64, monthName(lang, month))
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

func evidenceR6(u *unitMonth, below float64) evidence {
	return func(lang string) string {
		var parts []string
		if lt(u.cakupan, below) {
			if lang == "id" {
				parts = append(parts, fmt.Sprintf("cakupan presensi %s (minimal %s)", pct(lang, u.cakupan.Float64), pct(lang, below)))
			} else {
				parts = append(parts, fmt.Sprintf("attendance coverage %s (at least %s)", pct(lang, u.cakupan.Float64), pct(lang, below)))
			}
		}
		if !u.capaian.Valid {
			if lang == "id" {
				parts = append(parts, "tidak ada data capaian kinerja")
			} else {
				parts = append(parts, "no performance achievement data")
			}
		}
		s := strings.Join(parts, "; ")
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
}
