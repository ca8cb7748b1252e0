package sample

import "fmt"

// Scenarios planted in units, each with a known answer (see truth).
const (
	scNormal          = ""
	scProduktivitas   = "produktivitas"    // output collapses in M-1 and M
	scLayanan         = "layanan"          // complaint follow-up collapses in M-1 and M
	scLonjakan        = "lonjakan"         // complaints surge in M
	scDisiplin        = "disiplin"         // absences without reason in M-1 and M
	scLayananLangsung = "layanan_langsung" // a front-line unit on FWA works from home
	scDataHilang      = "data_hilang"      // a third of M's attendance is missing
	scKecil           = "kecil"            // a small unit whose output drops: guard keeps it at PANTAU
)

// unit is one generated unit kerja.
type unit struct {
	id, nama, instansiID, namaInstansi, jenis, provinsi string
	layanan                                             bool
	fwaMulai                                            string // YYYY-MM-DD, "" = not on FWA
	induk                                               string
	n                                                   int   // employees
	wfaDays                                             []int // ISO weekdays of flexible location
	scenario                                            string
	aduanBase                                           float64
}

// instansi is an agency whose units share an FWA schedule.
type instansi struct {
	id, nama, jenis, provinsi string
	fwaMulai                  string
	wfaDays                   []int
}

// FWA schedules announced for 2026: Bengkulu WFA Thursday–Friday and
// Surakarta (Solo) Wednesday from January; KemenPANRB's Monday–Tuesday
// borrows Bolaang Mongondow Selatan's.
var (
	bengkulu   = instansi{"PROV-BKL", "Pemerintah Provinsi Bengkulu", "PROVINSI", "Bengkulu", "2026-01-05", []int{4, 5}}
	surakarta  = instansi{"KOTA-SKA", "Pemerintah Kota Surakarta", "KOTA", "Jawa Tengah", "2026-01-07", []int{3}}
	kemenpanrb = instansi{"KL-PANRB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "KEMENTERIAN", "DKI Jakarta", "2026-01-05", []int{1, 2}}
)

// add appends a unit of in; onFWA false makes it a control unit.
func add(us []unit, in instansi, code, nama string, n int, layanan, onFWA bool, scenario string, aduan float64) []unit {
	u := unit{
		id: in.id + "-" + code, nama: nama, instansiID: in.id, namaInstansi: in.nama, jenis: in.jenis,
		provinsi: in.provinsi, layanan: layanan, n: n, scenario: scenario, aduanBase: aduan,
	}
	if onFWA {
		u.fwaMulai, u.wfaDays = in.fwaMulai, in.wfaDays
	}
	return append(us, u)
}

// smallUnits: 12 units in 2 instansi, about 300 employees, one planted
// scenario per unit where there is room.
func smallUnits() []unit {
	var us []unit
	b, s := bengkulu, surakarta
	us = add(us, b, "KOMINFO", "Dinas Komunikasi, Informatika dan Statistik", 35, false, true, scNormal, 4)
	us = add(us, b, "BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", 40, false, true, scProduktivitas, 3)
	us = add(us, b, "ORG", "Biro Organisasi", 25, false, true, scDisiplin, 2)
	us = add(us, b, "DUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", 35, true, false, scNormal, 15)
	us = add(us, b, "RSUD", "RSUD Dr. M. Yunus", 30, true, false, scNormal, 18)
	us = add(us, b, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah", 6, false, true, scKecil, 1)
	us = add(us, s, "DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 25, true, true, scLayananLangsung, 14)
	us = add(us, s, "DISKOMINFO", "Dinas Komunikasi, Informatika, Statistik dan Persandian", 30, false, true, scLayanan, 30)
	us = add(us, s, "DLH", "Dinas Lingkungan Hidup", 25, false, true, scLonjakan, 8)
	us = add(us, s, "BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 25, false, true, scDataHilang, 3)
	us = add(us, s, "LAWEYAN", "Kecamatan Laweyan", 20, true, false, scNormal, 12)
	us = add(us, s, "JEBRES", "Kecamatan Jebres", 20, true, false, scNormal, 12)
	return us
}

// pemdaUnits: about 60 units and 8 000 employees in one province and one
// ministry, the planted scenarios spread over both.
func pemdaUnits() []unit {
	var us []unit
	b, k := bengkulu, kemenpanrb
	opd := []struct {
		code, nama string
		n          int
		layanan    bool
	}{
		{"SETDA", "Sekretariat Daerah", 260, false}, {"SETWAN", "Sekretariat DPRD", 120, false},
		{"INSP", "Inspektorat Daerah", 90, false}, {"BAPPEDA", "Badan Perencanaan Pembangunan Daerah", 110, false},
		{"BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", 160, false}, {"BAPENDA", "Badan Pendapatan Daerah", 180, false},
		{"BKD", "Badan Kepegawaian Daerah", 100, false}, {"BPSDM", "Badan Pengembangan Sumber Daya Manusia", 80, false},
		{"KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", 60, false}, {"BPBD", "Badan Penanggulangan Bencana Daerah", 90, false},
		{"KOMINFO", "Dinas Komunikasi, Informatika dan Statistik", 110, false}, {"PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", 210, false},
		{"PERKIM", "Dinas Perumahan dan Kawasan Permukiman", 90, false}, {"DLHK", "Dinas Lingkungan Hidup dan Kehutanan", 150, false},
		{"DISHUB", "Dinas Perhubungan", 160, false}, {"DISPAR", "Dinas Pariwisata", 70, false},
		{"DISNAKERTRANS", "Dinas Tenaga Kerja dan Transmigrasi", 90, false}, {"DISPERINDAG", "Dinas Perindustrian dan Perdagangan", 100, false},
		{"DKP", "Dinas Kelautan dan Perikanan", 120, false}, {"TPHP", "Dinas Tanaman Pangan, Hortikultura dan Perkebunan", 140, false},
		{"DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", 70, false}, {"DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", 60, false},
		{"ARSIP", "Dinas Perpustakaan dan Kearsipan", 80, false}, {"KOPUKM", "Dinas Koperasi dan UKM", 70, false},
		{"DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 90, true},
		{"DINSOS", "Dinas Sosial", 110, true}, {"DINKES", "Dinas Kesehatan", 180, true},
		{"DIKBUD", "Dinas Pendidikan dan Kebudayaan", 240, true}, {"RSUD", "RSUD Dr. M. Yunus", 320, true},
		{"RSJKO", "RS Khusus Jiwa Soeprapto", 150, true}, {"SAMSAT", "UPTD Samsat Kota Bengkulu", 60, true},
		{"SATPOLPP", "Satuan Polisi Pamong Praja", 140, true}, {"DUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", 60, true},
		{"BIROHUKUM", "Biro Hukum", 45, false}, {"BIROPBJ", "Biro Pengadaan Barang dan Jasa", 8, false},
	}
	plant := map[string]string{"BPKAD": scProduktivitas, "KOMINFO": scLayanan, "DISHUB": scLonjakan,
		"BKD": scDisiplin, "DPMPTSP": scLayananLangsung, "DISPAR": scDataHilang, "BIROPBJ": scKecil}
	for _, o := range opd {
		sc := plant[o.code]
		onFWA := !o.layanan || sc == scLayananLangsung
		us = add(us, b, o.code, o.nama, o.n, o.layanan, onFWA, sc, aduanBase(o.layanan, sc, o.n))
	}
	units := []struct {
		code, nama string
		n          int
		layanan    bool
	}{
		{"SETMEN", "Sekretariat Kementerian", 240, false}, {"BIROSDMO", "Biro Sumber Daya Manusia dan Organisasi", 120, false},
		{"BIROPKRB", "Biro Perencanaan, Keuangan dan Reformasi Birokrasi", 110, false}, {"BIROHUMAS", "Biro Hubungan Masyarakat, Data dan Teknologi Informasi", 130, false},
		{"BIROHKS", "Biro Hukum, Kerja Sama dan Komunikasi Publik", 90, false}, {"BIROUMUM", "Biro Umum dan Layanan Pengadaan", 160, true},
		{"DEPKELEM", "Deputi Bidang Kelembagaan dan Tata Laksana", 170, false}, {"DEPSDMA", "Deputi Bidang Sumber Daya Manusia Aparatur", 180, false},
		{"DEPRB", "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan", 170, false},
		{"DEPYANLIK", "Deputi Bidang Pelayanan Publik", 160, false}, {"DEPTATA", "Deputi Bidang Transformasi Digital Pemerintah", 140, false},
		{"INSPEKTORAT", "Inspektorat", 80, false}, {"ASDEPSDM", "Asisten Deputi Kebijakan Manajemen Talenta", 70, false},
		{"ASDEPKIN", "Asisten Deputi Kinerja dan Penghargaan ASN", 65, false}, {"ASDEPJF", "Asisten Deputi Jabatan Fungsional", 60, false},
		{"ASDEPYAN", "Asisten Deputi Standardisasi Pelayanan Publik", 55, false}, {"ASDEPPENGADUAN", "Asisten Deputi Pengelolaan Pengaduan Pelayanan Publik", 75, false},
		{"ASDEPSPBE", "Asisten Deputi Sistem Pemerintahan Berbasis Elektronik", 60, false}, {"ASDEPAKUNTA", "Asisten Deputi Akuntabilitas Aparatur", 55, false},
		{"PUSDATIN", "Pusat Data dan Informasi", 70, false}, {"PERPUS", "Perpustakaan dan Arsip", 40, true},
		{"KLINIK", "Klinik Pratama Kementerian", 35, true}, {"LAYANAN", "Unit Layanan Terpadu", 50, true},
		{"PROTOKOL", "Bagian Protokol dan Tata Usaha Pimpinan", 45, true}, {"TIMKERJA", "Tim Kerja Evaluasi Kelembagaan", 9, false},
	}
	plantK := map[string]string{"DEPSDMA": scProduktivitas, "ASDEPPENGADUAN": scLayanan, "DEPYANLIK": scLonjakan,
		"BIROUMUM": scLayananLangsung, "TIMKERJA": scKecil}
	for _, o := range units {
		sc := plantK[o.code]
		onFWA := !o.layanan || sc == scLayananLangsung
		us = add(us, k, o.code, o.nama, o.n, o.layanan, onFWA, sc, aduanBase(o.layanan, sc, o.n))
	}
	// Grow every unit but the small ones to about 8 000 employees in all.
	for i := range us {
		if us[i].scenario != scKecil {
			us[i].n = us[i].n * 6 / 5
		}
	}
	return us
}

// aduanBase is a unit's monthly complaint count before the season: front
// line units and complaint-handling units get many, others few (below the
// 10 that R3 needs, so only planted surges can fire).
func aduanBase(layanan bool, scenario string, n int) float64 {
	switch {
	case scenario == scLayanan:
		return 30
	case scenario == scLonjakan:
		return 8
	case layanan:
		return 12 + float64(n%7)
	}
	return float64(1 + n%6)
}

// expected is the status and fired rules of a scenario in month M-1 and M.
type expected struct{ statusM1, rulesM1, statusM, rulesM string }

func truthOf(u unit) expected {
	if u.fwaMulai == "" {
		return expected{"TIDAK_BERLAKU", "", "TIDAK_BERLAKU", ""}
	}
	switch u.scenario {
	case scProduktivitas:
		return expected{"PANTAU", "R1_produktivitas_turun", "HENTIKAN_SEMENTARA", "R1_produktivitas_turun"}
	case scLayanan:
		return expected{"PANTAU", "R2_layanan_memburuk", "HENTIKAN_SEMENTARA", "R2_layanan_memburuk"}
	case scLonjakan:
		return expected{"LANJUTKAN", "", "TINJAU_ULANG", "R3_aduan_melonjak"}
	case scDisiplin:
		return expected{"TINJAU_ULANG", "R4_disiplin", "TINJAU_ULANG", "R4_disiplin"}
	case scLayananLangsung:
		return expected{"TINJAU_ULANG", "R5_layanan_langsung", "TINJAU_ULANG", "R5_layanan_langsung"}
	case scDataHilang:
		return expected{"LANJUTKAN", "", "DATA_KURANG", "R6_data_kurang"}
	case scKecil:
		return expected{"PANTAU", "R1_produktivitas_turun", "PANTAU", "R1_produktivitas_turun"}
	case scTurun15:
		if u.n < 10 {
			return expected{"PANTAU", "R1_produktivitas_turun", "PANTAU", "R1_produktivitas_turun"}
		}
		return expected{"PANTAU", "R1_produktivitas_turun", "HENTIKAN_SEMENTARA", "R1_produktivitas_turun"}
	case scLambat:
		return expected{"PANTAU", "R2_layanan_memburuk", "HENTIKAN_SEMENTARA", "R2_layanan_memburuk"}
	case scMelonjak:
		return expected{"TINJAU_ULANG", "R3_aduan_melonjak", "TINJAU_ULANG", "R3_aduan_melonjak"}
	}
	return expected{"LANJUTKAN", "", "LANJUTKAN", ""}
}

// scenarioText describes a scenario for the data set's README.
func scenarioText(sc string) string {
	switch sc {
	case scProduktivitas:
		return "output per employee falls to 60 % in M-1 and M (R1: PANTAU, then HENTIKAN_SEMENTARA)"
	case scLayanan:
		return "complaint follow-up within 5 working days falls to about 45 % in M-1 and M (R2)"
	case scLonjakan:
		return "complaints rise 4-fold in M (R3)"
	case scTurun15:
		return "output falls by 15 % in M-1 and M (R1; under 10 employees the guard holds it at PANTAU)"
	case scLambat:
		return "complaint follow-up within 5 working days falls to about 45 % in M-1 and M (R2)"
	case scMelonjak:
		return "complaints triple in M-1 and M (R3)"
	case scDisiplin:
		return "5 % of days absent without reason in M-1 and M (R4)"
	case scLayananLangsung:
		return "front-line unit on FWA whose staff work away from the office on its flexible day (R5)"
	case scDataHilang:
		return "35 % of M's attendance rows missing (R6)"
	case scKecil:
		return "fewer than 10 employees; output falls to 70 % in M-1 and M, but the R1 guard allows PANTAU at most"
	}
	return fmt.Sprintf("scenario %q", sc)
}
