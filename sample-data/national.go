package sample

import (
	"fmt"
	"strings"
)

// The national set: every province, a selection of kabupaten and kota
// under each, and the ministries; about 30 000 units and 5.6 million
// employees (BKN, November 2025). Unit names follow real OPD structures.

var provinces = []string{"Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
	"Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta", "Jawa Barat", "Banten",
	"Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
	"Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
	"Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
	"Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah", "Papua Pegunungan", "Papua Selatan"}

// regencies lists kabupaten (K:) and kota (C:) per province, in the
// order of provinces.
var regencies = []string{
	"K:Aceh Besar,K:Pidie,K:Aceh Utara,C:Banda Aceh,C:Lhokseumawe",
	"K:Deli Serdang,K:Langkat,K:Simalungun,C:Medan,C:Pematangsiantar",
	"K:Agam,K:Pesisir Selatan,K:Tanah Datar,C:Padang,C:Bukittinggi",
	"K:Kampar,K:Bengkalis,K:Indragiri Hilir,C:Pekanbaru,C:Dumai",
	"K:Bintan,K:Karimun,C:Batam,C:Tanjungpinang",
	"K:Muaro Jambi,K:Kerinci,K:Bungo,C:Jambi",
	"K:Ogan Komering Ilir,K:Musi Banyuasin,K:Banyuasin,C:Palembang,C:Prabumulih",
	"K:Bangka,K:Belitung,C:Pangkalpinang",
	"K:Rejang Lebong,K:Bengkulu Utara,K:Kaur,C:Bengkulu",
	"K:Lampung Selatan,K:Lampung Tengah,K:Pringsewu,C:Bandar Lampung,C:Metro",
	"K:Kepulauan Seribu",
	"K:Bogor,K:Bandung,K:Garut,K:Purwakarta,K:Cirebon,C:Bandung,C:Bekasi,C:Depok",
	"K:Serang,K:Tangerang,K:Lebak,C:Tangerang,C:Cilegon",
	"K:Banyumas,K:Cilacap,K:Klaten,K:Kudus,C:Semarang,C:Surakarta",
	"K:Sleman,K:Bantul,K:Gunungkidul,C:Yogyakarta",
	"K:Malang,K:Sidoarjo,K:Jember,K:Banyuwangi,C:Surabaya,C:Malang",
	"K:Badung,K:Gianyar,K:Tabanan,C:Denpasar",
	"K:Lombok Barat,K:Lombok Timur,K:Sumbawa,C:Mataram",
	"K:Kupang,K:Sikka,K:Manggarai,C:Kupang",
	"K:Kubu Raya,K:Ketapang,K:Sambas,C:Pontianak",
	"K:Kotawaringin Timur,K:Kapuas,C:Palangka Raya",
	"K:Banjar,K:Tanah Laut,K:Hulu Sungai Selatan,C:Banjarmasin,C:Banjarbaru",
	"K:Kutai Kartanegara,K:Berau,K:Paser,C:Samarinda,C:Balikpapan",
	"K:Bulungan,K:Nunukan,C:Tarakan",
	"K:Minahasa,K:Bolaang Mongondow Selatan,K:Kepulauan Sangihe,C:Manado,C:Bitung",
	"K:Gorontalo,K:Bone Bolango,C:Gorontalo",
	"K:Donggala,K:Banggai,K:Poso,C:Palu",
	"K:Mamuju,K:Polewali Mandar,K:Majene",
	"K:Gowa,K:Bone,K:Maros,K:Luwu,C:Makassar,C:Parepare",
	"K:Konawe,K:Kolaka,K:Muna,C:Kendari",
	"K:Maluku Tengah,K:Seram Bagian Barat,C:Ambon",
	"K:Halmahera Utara,K:Halmahera Selatan,C:Ternate",
	"K:Jayapura,K:Biak Numfor,C:Jayapura",
	"K:Manokwari,K:Teluk Bintuni,K:Fakfak",
	"K:Sorong,K:Raja Ampat,C:Sorong",
	"K:Nabire,K:Mimika,K:Paniai",
	"K:Jayawijaya,K:Lanny Jaya,K:Yahukimo",
	"K:Merauke,K:Boven Digoel,K:Mappi",
}

var ministries = []string{"Kementerian Dalam Negeri", "Kementerian Luar Negeri", "Kementerian Pertahanan",
	"Kementerian Hukum", "Kementerian Keuangan", "Kementerian Pendidikan Dasar dan Menengah",
	"Kementerian Pendidikan Tinggi, Sains, dan Teknologi", "Kementerian Kesehatan", "Kementerian Agama",
	"Kementerian Ketenagakerjaan", "Kementerian Perindustrian", "Kementerian Perdagangan",
	"Kementerian Energi dan Sumber Daya Mineral", "Kementerian Pekerjaan Umum", "Kementerian Perhubungan",
	"Kementerian Komunikasi dan Digital", "Kementerian Pertanian", "Kementerian Lingkungan Hidup",
	"Kementerian Kelautan dan Perikanan", "Kementerian Desa dan Pembangunan Daerah Tertinggal",
	"Kementerian Agraria dan Tata Ruang/BPN", "Kementerian PPN/Bappenas",
	"Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "Kementerian BUMN",
	"Kementerian Sosial", "Kementerian Pariwisata", "Kementerian Koperasi", "Kementerian Kehutanan",
	"Kementerian Pemuda dan Olahraga", "Kementerian Kebudayaan", "Kementerian Imigrasi dan Pemasyarakatan",
	"Kementerian Pemberdayaan Perempuan dan Perlindungan Anak", "Kementerian Sekretariat Negara",
	"Kementerian Investasi dan Hilirisasi/BKPM"}

var lembaga = []string{"Badan Kepegawaian Negara", "Badan Pusat Statistik", "Lembaga Administrasi Negara",
	"Badan Pengawasan Keuangan dan Pembangunan", "Badan Riset dan Inovasi Nasional", "Badan Meteorologi, Klimatologi, dan Geofisika",
	"Badan Nasional Penanggulangan Bencana", "Badan Pengawas Obat dan Makanan", "Arsip Nasional Republik Indonesia",
	"Badan Informasi Geospasial"}

var places = []string{"Sukamaju", "Sukajadi", "Mekarsari", "Sidomulyo", "Tanjung Harapan", "Karangrejo", "Sumberejo",
	"Margahayu", "Cibeureum", "Kedungsari", "Pasir Putih", "Suka Damai", "Air Hitam", "Teluk Betung", "Batu Ampar",
	"Tanah Merah", "Kota Baru", "Bukit Raya", "Sungai Lilin", "Rawamangun", "Mulyorejo", "Wonosari", "Banjarsari",
	"Ciledug", "Pagar Alam", "Muara Enim", "Lubuk Linggau", "Sei Rampah", "Parit Baru", "Talang Kelapa"}

var directions = []string{"", " Utara", " Selatan", " Timur", " Barat", " Tengah", " Hilir", " Hulu", " Raya", " Baru"}

// regionalUnits are a pemda's OPD, then its front-line units.
var regionalOPD = []string{"Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat Daerah", "Badan Perencanaan Pembangunan Daerah",
	"Badan Pengelolaan Keuangan dan Aset Daerah", "Badan Pendapatan Daerah", "Badan Kepegawaian dan Pengembangan SDM",
	"Badan Kesatuan Bangsa dan Politik", "Badan Penanggulangan Bencana Daerah", "Dinas Komunikasi dan Informatika",
	"Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perumahan dan Kawasan Permukiman", "Dinas Lingkungan Hidup",
	"Dinas Perhubungan", "Dinas Pariwisata", "Dinas Tenaga Kerja", "Dinas Perindustrian dan Perdagangan",
	"Dinas Perikanan", "Dinas Pertanian dan Pangan", "Dinas Pemberdayaan Masyarakat dan Desa",
	"Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Perpustakaan dan Kearsipan", "Dinas Koperasi dan UKM",
	"Dinas Pemuda dan Olahraga", "Dinas Pengendalian Penduduk dan KB"}

var regionalFront = []string{"Dinas Kependudukan dan Pencatatan Sipil", "Dinas Penanaman Modal dan PTSP", "Dinas Sosial",
	"Dinas Kesehatan", "Dinas Pendidikan", "RSUD", "Satuan Polisi Pamong Praja"}

var centralUnits = []string{"Sekretariat Jenderal", "Inspektorat Jenderal", "Biro Perencanaan", "Biro Keuangan",
	"Biro Sumber Daya Manusia", "Biro Hukum", "Biro Umum", "Biro Hubungan Masyarakat", "Pusat Data dan Informasi",
	"Pusat Pengembangan Kompetensi", "Direktorat Jenderal I", "Direktorat Jenderal II", "Direktorat Jenderal III",
	"Badan Penelitian dan Pengembangan", "Pusat Pembinaan Jabatan Fungsional"}

// agency is an instansi of the national catalogue; central ones are
// ministries and agencies (kementerian, lembaga), the others regional
// governments.
type agency struct {
	in      instansi
	central bool
}

// nationalAgencies lists the ministries and agencies, then every province
// followed by its kabupaten and kota.
func nationalAgencies() []agency {
	var ags []agency
	for i, m := range append(append([]string{}, ministries...), lembaga...) {
		jenis := "KEMENTERIAN"
		if i >= len(ministries) {
			jenis = "LEMBAGA"
		}
		ags = append(ags, agency{instansi{fmt.Sprintf("KL-%03d", i+1), m, jenis, "DKI Jakarta", "", nil}, true})
	}
	for p, prov := range provinces {
		ags = append(ags, agency{instansi{fmt.Sprintf("PROV-%02d", p+1), "Pemerintah Provinsi " + prov, "PROVINSI", prov, "", nil}, false})
		for r, reg := range strings.Split(regencies[p], ",") {
			jenis, nama := "KABUPATEN", "Pemerintah Kabupaten "+reg[2:]
			if reg[0] == 'C' {
				jenis, nama = "KOTA", "Pemerintah Kota "+reg[2:]
			}
			ags = append(ags, agency{instansi{fmt.Sprintf("PEMDA-%02d%02d", p+1, r+1), nama, jenis, prov, "", nil}, false})
		}
	}
	return ags
}

// nationalUnits builds about target employees in about 30 000 units.
func nationalUnits(target int) []unit {
	ags := nationalAgencies()
	schedules := [][]int{{4, 5}, {1, 2}, {3}, {4}}
	starts := []string{"2026-01-05", "2026-01-05", "2026-01-07", "2026-01-08"}
	perAgency := 30000 / len(ags)
	var us []unit
	for a, g := range ags {
		if a%2 == 0 { // half the instansi adopt FWA, on 2026's schedules (units.go)
			g.in.fwaMulai, g.in.wfaDays = starts[a%4], schedules[(a/2)%4]
		}
		for i := 0; i < perAgency; i++ {
			nama, front := unitName(g.central, i)
			code := fmt.Sprintf("U%04d", i+1)
			us = add(us, g.in, code, nama, 0, front, !front, scNormal, 0)
		}
	}
	// Sizes: front-line units are smaller; then scale to the target.
	total := 0
	for i := range us {
		n := 120 + (i*7919)%260
		if us[i].layanan {
			n = 40 + (i*104729)%120
		}
		us[i].n = n
		total += n
	}
	for i := range us {
		us[i].n = max(3, us[i].n*target/total)
		us[i].aduanBase = aduanBase(us[i].layanan, scNormal, us[i].n)
	}
	return us
}

// unitName names the i-th unit of an instansi; front tells whether it
// serves the public face to face.
func unitName(central bool, i int) (string, bool) {
	if central {
		if i < len(centralUnits) {
			return centralUnits[i], false
		}
		k := i - len(centralUnits)
		if k%3 == 0 {
			return "Kantor Wilayah " + provinces[(k/3)%len(provinces)] + suffix(k/3/len(provinces)), true
		}
		return fmt.Sprintf("Direktorat %s%s", places[k%len(places)], suffix(k/len(places))), false
	}
	if i < len(regionalOPD) {
		return regionalOPD[i], false
	}
	if k := i - len(regionalOPD); k < len(regionalFront) {
		return regionalFront[k], true
	}
	k := i - len(regionalOPD) - len(regionalFront)
	place := places[(k/4)%len(places)] + suffix(k/4/len(places))
	switch k % 4 {
	case 0:
		return "Kecamatan " + place, true
	case 1:
		return "UPTD Puskesmas " + place, true
	case 2:
		return "SMP Negeri " + place, true
	}
	return "UPT Pengelolaan " + place, false
}

func suffix(n int) string {
	if n < len(directions) {
		return directions[n]
	}
	return fmt.Sprintf(" %d", n)
}
