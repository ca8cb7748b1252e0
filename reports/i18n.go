package reports

import (
	"fmt"
	"strings"

	"fwaeval/reports/model"
)

// ruleNames are the policy's rules in words (reports show no rule ids).
var ruleNames = map[Lang]map[string]string{
	"id": {"R1_produktivitas_turun": "produktivitas turun", "R2_layanan_memburuk": "layanan memburuk",
		"R3_aduan_melonjak": "aduan melonjak", "R4_disiplin": "disiplin kehadiran",
		"R5_layanan_langsung": "layanan langsung dikerjakan dari luar kantor", "R6_data_kurang": "data kurang"},
	"en": {"R1_produktivitas_turun": "productivity fell", "R2_layanan_memburuk": "service worsened",
		"R3_aduan_melonjak": "complaint surge", "R4_disiplin": "attendance discipline",
		"R5_layanan_langsung": "front-line service worked away from the office", "R6_data_kurang": "not enough data"},
}

// rules names the fired rules (ids joined by ";") in words.
func ruleWords(l Lang, ids string) string {
	var out []string
	for _, id := range strings.Split(ids, ";") {
		if id = strings.TrimSpace(id); id == "" {
			continue
		}
		if n, ok := ruleNames[l][id]; ok {
			id = n
		}
		out = append(out, id)
	}
	return strings.Join(out, ", ")
}

var texts = map[string][2]string{ // id, en
	"title":          {"Evaluasi Fleksibilitas Kerja ASN", "Evaluation of Flexible Working for Civil Servants"},
	"period":         {"Periode", "Period"},
	"scope":          {"Cakupan instansi", "Agencies covered"},
	"asof":           {"Data per", "Data as of"},
	"generated":      {"Dibuat", "Generated"},
	"summary":        {"Ringkasan", "Summary"},
	"units":          {"Unit", "Units"},
	"fwa":            {"Unit FWA", "FWA units"},
	"control":        {"Unit pembanding", "Control units"},
	"capaian_change": {"Perubahan capaian kinerja sejak sebelum FWA, poin (unit FWA / unit pembanding)", "Change in performance achievement since before FWA, points (FWA units / control units)"},
	"sla":            {"Tindak lanjut aduan tepat waktu", "On-time complaint follow-up"},
	"sla_tile":       {"Tindak lanjut aduan tepat waktu, rata-rata unit (unit FWA / unit pembanding)", "On-time complaint follow-up, mean of units (FWA units / control units)"},
	"savings":        {"Penghematan", "Savings"},
	"attention":      {"Unit yang direkomendasikan dihentikan sementara atau ditinjau ulang", "Units recommended for pause or review"},
	"none":           {"Tidak ada.", "None."},
	"charts":         {"Grafik", "Charts"},
	"chart_capaian":  {"Capaian kinerja 12 bulan: FWA vs pembanding", "Performance achievement over 12 months: FWA vs control"},
	"chart_sla":      {"Tindak lanjut tepat waktu (%)", "On-time follow-up (%)"},
	"chart_savings":  {"Penghematan per instansi (Rp)", "Savings per agency (Rp)"},
	"chart_status":   {"Sebaran status", "Status distribution"},
	"chart_porsi":    {"Porsi fleksibel vs capaian kinerja per unit", "Flexible share vs performance achievement per unit"},
	"porsi":          {"Porsi fleksibel (%)", "Flexible share (%)"},
	"capaian":        {"Capaian kinerja", "Performance achievement"},
	"axis_month":     {"Bulan", "Month"},
	"axis_points":    {"Capaian kinerja (poin)", "Performance achievement (points)"},
	"axis_pct":       {"Persen (%)", "Percent (%)"},
	"axis_mixed":     {"Poin / persen", "Points / percent"},
	"per_instansi":   {"Per instansi", "Per agency"},
	"all_fwa":        {"Semua unit FWA: status dan alasannya", "Every FWA unit: its status and why"},
	"reason":         {"Alasan", "Reason"},
	"indicator":      {"Indikator", "Indicator"},
	"no_rule":        {"Tidak ada aturan yang terpicu.", "No rule fired."},
	"all_units":      {"Semua unit", "All units"},
	"filter":         {"Saring unit…", "Filter units…"},
	"unit":           {"Unit", "Unit"},
	"instansi":       {"Instansi", "Agency"},
	"status":         {"Status", "Status"},
	"rules":          {"Aturan", "Rules"},
	"evidence":       {"Bukti", "Evidence"},
	"employees":      {"Pegawai", "Employees"},
	"suppressed":     {"disembunyikan (< 5 pegawai)", "suppressed (< 5 employees)"},
	"details":        {"Rincian unit", "Unit details"},
	"quality":        {"Kualitas data", "Data quality"},
	"source":         {"Sumber", "Source"},
	"read":           {"Dibaca", "Read"},
	"loaded":         {"Dimuat", "Loaded"},
	"rejected":       {"Ditolak", "Rejected"},
	"top_rejects":    {"Alasan penolakan terbanyak", "Top reject reasons"},
	"unit_rejects":   {"Unit dengan baris ditolak (bulan yang dinilai)", "Units with rejected rows (the months judged)"},
	"month":          {"Bulan", "Month"},
	"of_rows":        {"Dari baris", "Of rows"},
	"commonest":      {"Alasan terbanyak", "Commonest reason"},
	"more_rejects":   {"… dan %s lagi: lihat rejects.csv", "… and %s more: see rejects.csv"},
	"rejected_rows":  {"Baris ditolak", "Rejected rows"},
	"rejected_of":    {"%s dari %s baris %s", "%s of %s %s rows"},
	"no_rejects":     {"Tidak ada baris unit ini yang ditolak.", "None of this unit's rows were rejected."},
	"empty_aduan":    {"Tidak ada aduan (LAPOR!) bulan ini dalam data: aduan per 100 pegawai tercatat 0 dan tindak lanjut tidak dapat dihitung. Periksa apakah ekspor LAPOR! lengkap.", "No complaints (LAPOR!) this month in the data: complaints per 100 employees count as 0 and follow-up cannot be computed. Check that the LAPOR! export is complete."},
	"empty_belanja":  {"Tidak ada data belanja bulan ini: penghematan tidak dihitung.", "No spending data this month: savings are not computed."},
	"coverage":       {"Rata-rata cakupan presensi", "Mean attendance coverage"},
	"low_cover":      {"unit di bawah batas cakupan", "units below the coverage threshold"},
	"method":         {"Metode", "Method"},
	"method_text": {"Indikator dihitung per unit dari presensi, e-Kinerja, aduan SP4N-LAPOR! dan belanja operasional; efek kebijakan diukur sebagai selisih perubahan unit FWA terhadap unit pembanding (difference-in-differences) dengan baseline tiga bulan sebelum FWA dimulai. Ubin ringkasan adalah rata-rata nilai unit (tiap unit berbobot sama, unit dengan kurang dari 5 pegawai tidak dihitung), sama dengan laporan nasional; grafik unit membandingkan unit dengan rata-rata unit pembanding di instansinya.",
		"Indicators are computed per unit from attendance, e-Kinerja, SP4N-LAPOR! complaints and operational spending; the policy effect is the unit's change minus the change in control units (difference-in-differences) against the three months before FWA started. The summary tiles are means of unit values (each unit weighing the same, units under 5 employees left out), as in the national report; a unit's charts compare it with the mean of its agency's control units."},
	"method_chance": {"Sebuah unit hanya dihentikan sementara atau ditinjau ulang bila perubahannya cukup besar untuk berarti dan sekaligus melampaui kebetulan. Unit kecil naik-turun banyak karena kebetulan saja: 12 pegawai atau 8 aduan sebulan dapat berubah sepertiga tanpa sebab apa pun. Karena itu setiap perubahan capaian kinerja, tindak lanjut aduan tepat waktu dan aduan per 100 pegawai dibandingkan dengan galat bakunya — seberapa besar perubahan itu biasa muncul karena kebetulan pada unit seukuran itu, dari sebaran capaian antarpegawai, jumlah aduan yang dinilai dan jumlah aduan, ditambah keragaman antarunit pembanding. Selang 95 % memuat efek yang sebenarnya pada 95 dari 100 unit yang diukur demikian. Penghentian sementara menuntut perubahan berarti selama bulan-bulan berturut-turut dan lolos uji penemuan palsu (Benjamini–Hochberg) atas semua unit FWA sekaligus, sehingga di antara unit yang dihentikan paling banyak sekitar 5 % yang keliru karena kebetulan. Pemeriksaan plasebo di bagian kualitas data menguji cara ini setiap bulan pada unit pembanding, yang tidak terkena kebijakan.",
		"A unit is paused or reviewed only when its change is both large enough to matter and beyond chance. Small units swing a lot by chance alone: 12 employees or 8 complaints a month can move by a third for no reason at all. So every change in performance achievement, on-time complaint follow-up and complaints per 100 employees is set against its standard error — how large a change chance alone commonly gives a unit of that size, from the spread of achievement between employees, the number of complaints judged and the number of complaints, plus the variation between control units. A 95% interval contains the true effect for 95 of 100 units measured this way. A pause needs a material change over consecutive months and passing a false-discovery test (Benjamini–Hochberg) over all FWA units together, so that at most about 5% of paused units are wrong by chance. The placebo check under data quality tests the method every month on control units, which the policy does not touch."},
	"method_thresholds":                     {"Ambang yang berlaku:", "Thresholds in force:"},
	"axis_precision":                        {"Presisi (1 / galat baku)", "Precision (1 / standard error)"},
	"funnel_capaian_kinerja":                {"Corong: perubahan capaian kinerja terhadap unit pembanding", "Funnel: change in performance achievement against control units"},
	"funnel_tindak_lanjut_tepat_waktu":      {"Corong: perubahan tindak lanjut tepat waktu terhadap unit pembanding", "Funnel: change in on-time follow-up against control units"},
	"funnel_aduan_per_100_pegawai":          {"Corong: aduan dibanding perkiraan tren unit pembanding", "Funnel: complaints against the control units' trend"},
	"funnel_axis_capaian_kinerja":           {"Perubahan (poin)", "Change (points)"},
	"funnel_axis_tindak_lanjut_tepat_waktu": {"Perubahan (poin persentase)", "Change (percentage points)"},
	"funnel_axis_aduan_per_100_pegawai":     {"Rasio terhadap perkiraan (×)", "Ratio to the prediction (×)"},
	"funnel_note": {"Setiap titik satu unit FWA, berwarna menurut statusnya; garis putus-putus batas 95 %, garis titik-titik batas 99,8 %. Unit di luar corong berubah lebih dari yang diberikan kebetulan pada unit seukurannya; penghentian atau peninjauan juga menuntut perubahan yang cukup besar untuk berarti, data yang cukup dan, untuk penghentian, dua bulan berturut-turut.",
		"Each point is a unit on FWA, coloured by its status; dashed lines are the 95% limits, dotted lines the 99.8% limits. A unit outside the funnel changed more than chance gives a unit of its size; a pause or review also needs a change large enough to matter, enough data and, for a pause, two consecutive months."},
	"limit_95":                         {"Batas 95 %", "95% limits"},
	"limit_998":                        {"Batas 99,8 %", "99.8% limits"},
	"unit_points":                      {"poin", "points"},
	"unit_pp":                          {"poin %", "pp"},
	"judged_capaian_kinerja":           {"Capaian kinerja", "Performance achievement"},
	"judged_tindak_lanjut_tepat_waktu": {"Tindak lanjut aduan tepat waktu", "On-time complaint follow-up"},
	"judged_aduan_per_100_pegawai":     {"Aduan (rasio terhadap perkiraan)", "Complaints (ratio to the prediction)"},
	"judged_heading":                   {"Efek terhadap unit pembanding, dengan ketidakpastiannya", "Effect against control units, with its uncertainty"},
	"estimate":                         {"Perkiraan efek", "Estimate"},
	"interval95":                       {"Selang 95 %", "95% interval"},
	"zscore":                           {"Skor z", "z-score"},
	"too_little":                       {"terlalu sedikit data untuk dinilai", "too little data to judge"},
	"placebo":                          {"Pemeriksaan plasebo", "Placebo check"},
	"placebo_text": {"Setiap unit pembanding dinilai seolah-olah menjalankan FWA, dengan rumus yang sama, terhadap unit pembanding lainnya. Karena kebijakan tidak menyentuh unit ini, hanya kebetulan yang membuatnya melewati batas: sekitar 2,5 % melewati batas 97,5 % dan 0,1 % batas 99,9 % (ke arah yang dinilai aturan: capaian dan tindak lanjut turun, aduan naik). Jumlah yang jauh lebih banyak berarti laporan ini terlalu mudah menandai unit.",
		"Every control unit is judged as if it were on FWA, with the same formulas, against the other control units. The policy does not touch these units, so only chance takes them past a limit: about 2.5% past the 97.5% limit and 0.1% past the 99.9% limit (in the direction the rules judge: achievement and follow-up falling, complaints rising). Many more would mean this report flags units too easily."},
	"judged_units":          {"Unit pembanding dinilai", "Control units judged"},
	"beyond975":             {"Melewati batas 97,5 % (harapan)", "Past the 97.5% limit (expected)"},
	"beyond999":             {"Melewati batas 99,9 % (harapan)", "Past the 99.9% limit (expected)"},
	"placebo_verdict":       {"Penilaian", "Verdict"},
	"placebo_ok":            {"sesuai kebetulan", "within chance"},
	"placebo_more":          {"lebih banyak dari kebetulan: periksa data", "more than chance: check the data"},
	"placebo_fewer":         {"lebih sedikit dari kebetulan (hati-hati)", "fewer than chance (cautious)"},
	"placebo_none":          {"tidak ada unit pembanding", "no control units"},
	"kehadiran":             {"Tingkat kehadiran (%)", "Attendance rate (%)"},
	"aduan100":              {"Aduan per 100 pegawai", "Complaints per 100 employees"},
	"ind_tanpa_keterangan":  {"Hari tanpa keterangan (% hari kerja)", "Days absent without reason (% of working days)"},
	"ind_pelanggaran_kuota": {"Minggu-pegawai di atas kuota WFH/WFA (%)", "Employee-weeks over the WFH/WFA quota (%)"},
	"ind_cakupan_presensi":  {"Cakupan presensi (%)", "Attendance coverage (%)"},
	"fwa_since":             {"FWA sejak %s", "FWA since %s"},
	"fwa_start":             {"Mulai FWA", "FWA start"},
	"this_unit":             {"Unit ini", "This unit"},
	"control_mean":          {"Rata-rata unit pembanding (instansi sama)", "Mean of control units (same agency)"},
	"no_data":               {"Belum ada data", "No data yet"},
	"scope_many":            {"%d instansi (lihat tabel per instansi)", "%d agencies (see the per-agency table)"},
	"capaian_did":           {"Perubahan capaian kinerja di luar perubahan unit pembanding, relatif terhadap baseline unit", "Change in performance achievement beyond the control units' change, relative to the unit's baseline"},
	"column":                {"Kolom", "Column"},
	"code":                  {"Kode", "Code"},
	"rows":                  {"Baris", "Rows"},
	"threshold":             {"Ambang", "Threshold"},
	"value":                 {"Nilai", "Value"},
	"others_n":              {"%d instansi lainnya", "%d other agencies"},

	// The national rollup report (README, "National rollup").
	"n_title":         {"Evaluasi Fleksibilitas Kerja ASN — Nasional", "Evaluation of Flexible Working for Civil Servants — National"},
	"n_scope":         {"Paket instansi", "Instansi packages"},
	"n_coverage":      {"Cakupan", "Coverage"},
	"n_received":      {"Paket diterima", "Packages received"},
	"n_of_expected":   {"dari %d yang diharapkan", "of %d expected"},
	"n_no_expect":     {"Tanpa daftar instansi yang diharapkan (--expect).", "No list of expected instansi was given (--expect)."},
	"n_missing":       {"Instansi yang belum mengirim paket", "Instansi without a package"},
	"n_none_missing":  {"Semua instansi yang diharapkan sudah mengirim paket.", "Every expected instansi sent a package."},
	"n_unexpected":    {"Paket dari instansi di luar daftar", "Packages from instansi not on the list"},
	"n_policy":        {"Paket yang dievaluasi dengan kebijakan selain bawaan", "Packages evaluated with a policy other than the built-in one"},
	"n_all_builtin":   {"Semua paket dievaluasi dengan kebijakan bawaan.", "Every package was evaluated with the built-in policy."},
	"n_duplicates":    {"Salinan identik yang dimuat sekali", "Identical copies loaded once"},
	"n_by_jenis":      {"Status per jenis instansi", "Status by type of instansi"},
	"n_by_prov":       {"Status per provinsi", "Status by province"},
	"n_chart_jenis":   {"Unit per status menurut jenis instansi", "Units per status by type of instansi"},
	"n_chart_prov":    {"Unit per status menurut provinsi", "Units per status by province"},
	"n_ranking":       {"Instansi menurut porsi unit FWA yang dihentikan sementara atau ditinjau ulang", "Instansi ranked by the share of their FWA units paused or under review"},
	"n_top20":         {"20 teratas; semua instansi ada di laporan HTML.", "Top 20; every instansi is in the HTML report."},
	"n_share":         {"Porsi", "Share"},
	"n_rank":          {"No.", "No."},
	"n_jenis":         {"Jenis", "Type"},
	"n_provinsi":      {"Provinsi", "Province"},
	"n_trends":        {"Tren nasional 12 bulan", "National trends over 12 months"},
	"n_chart_savings": {"Penghematan nasional per bulan (Rp)", "National savings per month (Rp)"},
	"n_paused":        {"Semua unit yang direkomendasikan dihentikan sementara", "Every unit recommended for pause"},
	"n_sort":          {"Klik judul kolom untuk mengurutkan.", "Click a column heading to sort."},
	"n_method_text": {"Setiap instansi menjalankan evaluasi bulanannya sendiri dan mengirim satu paket agregat: indikator per unit untuk bulan ini dan hingga 11 bulan sebelumnya, status dan bukti tiap unit, dan daftar unit dengan jumlah pegawainya. Paket tidak memuat NIP, pseudonim, atau data per pegawai, dan nilai unit dengan kurang dari 5 pegawai dikosongkan: tingkat nasional tidak menerima data pribadi apa pun (UU 27/2022). Setiap berkas diperiksa terhadap SHA-256 di paket.json sebelum dimuat. Angka nasional adalah rata-rata nilai unit dengan bobot sama per unit (perubahan capaian kinerja sejak sebelum FWA di unit FWA dan di unit pembandingnya, tindak lanjut tepat waktu), dihitung persis seperti ubin laporan bulanan tiap instansi dan jumlah untuk hitungan dan rupiah (unit per status, pegawai, penghematan). Unit FWA adalah unit yang sudah menjalankan FWA pada bulan itu; unit pembanding belum. Status tiap unit berasal dari kebijakan instansinya; paket dengan kebijakan selain bawaan disebut di bagian cakupan.",
		"Each instansi runs its own monthly evaluation and sends one aggregate package: unit indicators for the month and up to 11 months before it, each unit's status and evidence, and its units with their employee counts. A package holds no NIP, pseudonym or per-employee value, and the values of units under 5 employees are left empty: the national level receives no personal data at all (UU 27/2022). Every file is checked against its SHA-256 in paket.json before it is loaded. National figures are unit-weighted means of unit values (the change in performance achievement since before FWA in FWA units and in their control units, on-time follow-up), computed exactly as the tiles of each instansi's monthly report and sums for counts and rupiah (units per status, employees, savings). FWA units are those on FWA in the month; control units are not yet. Each unit's status comes from its instansi's policy; packages evaluated with another policy than the built-in one are named under coverage."},
}

// textOf returns a label in the report's language.
func textOf(l Lang, key string) string {
	t, ok := texts[key]
	if !ok {
		return key
	}
	if l == "en" {
		return t[1]
	}
	return t[0]
}

// signedPercent is a relative change with its sign: +3,2 % / -3,2 %.
func signedPercent(l Lang, frac float64, decimals int) string {
	s := l.Percent(frac, decimals)
	if frac > 0 && s != l.Percent(0, decimals) {
		return "+" + s
	}
	return s
}

// signed formats a change with its sign: +1,2 / -0,4.
func signed(l Lang, v float64, decimals int) string {
	s := l.Number(v, decimals)
	if v > 0 && s != l.Number(0, decimals) {
		return "+" + s
	}
	return s
}

// Threshold writes a threshold in its unit: "80 %", "-10 poin
// persentase", "2 bulan", "10", "-1,96".
func ThresholdWords(l Lang, th Threshold) string {
	trim := func(s string) string { // 10,0 → 10
		if z := l.Number(0, 1)[1:]; strings.HasSuffix(s, z) {
			return strings.TrimSuffix(s, z)
		}
		return s
	}
	switch th.Unit {
	case model.UnitPercent:
		s := trim(l.Number(th.Value*100, 1))
		if l == "en" {
			return s + "%"
		}
		return s + " %"
	case model.UnitPoints:
		return trim(signed(l, th.Value*100, 1)) + map[Lang]string{"id": " poin persentase", "en": " percentage points"}[l]
	case model.UnitMonths:
		n := l.Number(th.Value, 0)
		if l == "en" {
			if th.Value == 1 {
				return n + " month"
			}
			return n + " months"
		}
		return n + " bulan"
	case model.UnitCount:
		return l.Number(th.Value, 0)
	}
	return l.Number(th.Value, 2)
}

// Reason is a unit's status in one line: the evidence's first finding
// with its threshold but without its interval and baseline, and, for a
// unit watched rather than paused, why (too few employees with data);
// "no rule fired" for a unit that continues.
func Reason(l Lang, u UnitFlag) string {
	if u.Suppressed {
		return textOf(l, "suppressed")
	}
	if u.Evidence == "" {
		return textOf(l, "no_rule")
	}
	clauses := clausesOf(u.Evidence)
	out := dropBrackets(clauses[0])
	for _, c := range clauses[1:] {
		if strings.HasPrefix(c, "hanya ") || strings.HasPrefix(c, "only ") {
			out += "; " + dropBrackets(c)
		}
	}
	return strings.TrimSuffix(out, ".") + "."
}

// clausesOf splits an evidence sentence at "; " outside brackets.
func clausesOf(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(':
			depth++
		case s[i] == ')' && depth > 0:
			depth--
		case depth == 0 && strings.HasPrefix(s[i:], "; "):
			out = append(out, s[start:i])
			start = i + 2
		}
	}
	return append(out, s[start:])
}

// dropBrackets removes the parenthesised intervals and baselines of an
// evidence clause, keeping thresholds: "(baseline Okt–Des 2025; selang
// 95 %: 30,8–40,2 %)" goes, "(batas 80,0 %)" stays.
func dropBrackets(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s[max(i, 0):], ')')
		if i < 0 || j < 0 {
			b.WriteString(s)
			break
		}
		j += i
		b.WriteString(s[:i])
		if in := s[i : j+1]; !strings.Contains(in, "selang") && !strings.Contains(in, "interval") && !strings.Contains(in, "baseline") {
			b.WriteString(in)
		}
		s = s[j+1:]
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	return strings.NewReplacer(" ,", ",", " .", ".", " ;", ";").Replace(out)
}

// enCounts is the English sentence of the status counts, each verb
// agreeing with its number: "1 FWA unit is recommended for pause and 3
// for review; 1 continues, 2 are watched and 1 lacks data."
func enCounts(c map[string]int) string {
	pick := func(n int, one, many string) string {
		if n == 1 {
			return one
		}
		return many
	}
	p := c["HENTIKAN_SEMENTARA"]
	return fmt.Sprintf("%d FWA %s recommended for pause and %d for review; %d %s, %d %s watched and %d %s data.",
		p, pick(p, "unit is", "units are"), c["TINJAU_ULANG"],
		c["LANJUTKAN"], pick(c["LANJUTKAN"], "continues", "continue"),
		c["PANTAU"], pick(c["PANTAU"], "is", "are"),
		c["DATA_KURANG"], pick(c["DATA_KURANG"], "lacks", "lack"))
}

// SummaryText is the national summary's two sentences.
func NationalSummaryText(n *National) string {
	c, t, l := n.StatusCounts, n.Tiles, n.Lang
	if l == "en" {
		return fmt.Sprintf("In %s, %d instansi sent packages: %s %s", l.Month(n.Month), n.Coverage.Received, enCounts(c), tilesSentence(l, t))
	}
	return fmt.Sprintf("Pada %s, %d instansi mengirim paket: %d unit FWA direkomendasikan dihentikan sementara dan %d ditinjau ulang; %d dilanjutkan, %d dipantau, dan %d datanya kurang. %s",
		l.Month(n.Month), n.Coverage.Received, c["HENTIKAN_SEMENTARA"], c["TINJAU_ULANG"], c["LANJUTKAN"], c["PANTAU"], c["DATA_KURANG"], tilesSentence(l, t))
}

// tilesSentence says the headline tiles in words, the same in both
// reports.
func tilesSentence(l Lang, t Tiles) string {
	if l == "en" {
		return fmt.Sprintf("Since before FWA, performance achievement changed by %s points in FWA units on average against %s points in their control units; "+
			"on-time complaint follow-up averaged %s in FWA units and %s in control units; savings were %s.",
			signed(l, t.CapaianChangeFWA, 1), signed(l, t.CapaianChangeCtrl, 1), l.Percent(t.TindakFWA, 1), l.Percent(t.TindakCtrl, 1), l.Rupiah(t.SavingsRupiah))
	}
	return fmt.Sprintf("Sejak sebelum FWA, capaian kinerja unit FWA rata-rata berubah %s poin, dibanding %s poin pada unit pembandingnya; "+
		"tindak lanjut aduan tepat waktu rata-rata %s di unit FWA dan %s di unit pembanding; penghematan %s.",
		signed(l, t.CapaianChangeFWA, 1), signed(l, t.CapaianChangeCtrl, 1), l.Percent(t.TindakFWA, 1), l.Percent(t.TindakCtrl, 1), l.Rupiah(t.SavingsRupiah))
}

// Headline is the headline tiles: label and value, the same in both
// reports and both formats.
func Headline(l Lang, t Tiles) [][2]string {
	return [][2]string{
		{textOf(l, "capaian_change"), signed(l, t.CapaianChangeFWA, 1) + " / " + signed(l, t.CapaianChangeCtrl, 1)},
		{textOf(l, "sla_tile"), l.Percent(t.TindakFWA, 1) + " / " + l.Percent(t.TindakCtrl, 1)},
		{textOf(l, "savings"), l.Rupiah(t.SavingsRupiah)},
	}
}

// SummaryText is the executive summary's two sentences.
func SummaryText(m *Model) string {
	c, s, l := m.Summary.StatusCounts, m.Summary, m.Lang
	if l == "en" {
		return fmt.Sprintf("In %s, %s %s", l.Month(m.Month), enCounts(c), tilesSentence(l, s.Tiles))
	}
	return fmt.Sprintf("Pada %s, %d unit FWA direkomendasikan dihentikan sementara dan %d ditinjau ulang; %d dilanjutkan, %d dipantau, dan %d datanya kurang. %s",
		l.Month(m.Month), c["HENTIKAN_SEMENTARA"], c["TINJAU_ULANG"], c["LANJUTKAN"], c["PANTAU"], c["DATA_KURANG"], tilesSentence(l, s.Tiles))
}
