package sample

import "fmt"

// A packages data set is many instansi, each evaluated on its own: the test
// and benchmark input of the national rollup (README, "National rollup").
// Each instansi carries one of the small set's two six-unit halves, scenarios
// planted, plus units of ordinary work; three in four adopt FWA. Instansi
// come from a catalogue that starts with the national set's (ministries,
// provinces, kabupaten and kota) and goes on with made-up kabupaten, so any
// number can be drawn; seed s draws entries (s-1)·N to s·N-1, so data sets of
// different seeds share no instansi.

// unitsPerInstansi is how many units an instansi of a packages set has.
var unitsPerInstansi = map[string]int{"small": 6, "pemda": 30, "national": 50}

// templateUnit is a planted unit of a template half.
type templateUnit struct {
	code, nama string
	n          int
	layanan    bool
	onFWA      bool
	scenario   string
	aduan      float64
}

// The small set's two halves (smallUnits), as templates.
var packageTemplates = [2][]templateUnit{{
	{"KOMINFO", "Dinas Komunikasi, Informatika dan Statistik", 35, false, true, scNormal, 4},
	{"BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", 40, false, true, scProduktivitas, 3},
	{"ORG", "Biro Organisasi", 25, false, true, scDisiplin, 2},
	{"DUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", 35, true, false, scNormal, 15},
	{"RSUD", "Rumah Sakit Umum Daerah", 30, true, false, scNormal, 18},
	{"BAPPEDA", "Badan Perencanaan Pembangunan Daerah", 6, false, true, scKecil, 1},
}, {
	{"DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 25, true, true, scLayananLangsung, 14},
	{"DISKOMINFO", "Dinas Komunikasi, Informatika, Statistik dan Persandian", 30, false, true, scLayanan, 30},
	{"DLH", "Dinas Lingkungan Hidup", 25, false, true, scLonjakan, 8},
	{"BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 25, false, true, scDataHilang, 3},
	{"KEC1", "Kecamatan Kota", 20, true, false, scNormal, 12},
	{"KEC2", "Kecamatan Pinggiran", 20, true, false, scNormal, 12},
}}

// catalogue orders the national agencies for a packages set: a ministry
// or agency after every four regional governments while both last.
func catalogue(ags []agency) []agency {
	var central, regional []agency
	for _, a := range ags {
		if a.central {
			central = append(central, a)
		} else {
			regional = append(regional, a)
		}
	}
	var order []agency
	for len(central)+len(regional) > 0 {
		if len(central) > 0 && (len(order)%5 == 0 || len(regional) == 0) {
			order, central = append(order, central[0]), central[1:]
			continue
		}
		order, regional = append(order, regional[0]), regional[1:]
	}
	return order
}

// instansiAt is the i-th instansi of the packages catalogue: order's,
// then made-up kabupaten and kota.
func instansiAt(i int, order []agency) agency {
	if i < len(order) {
		return order[i]
	}
	j := i - len(order)
	jenis, kind := "KABUPATEN", "Kabupaten"
	if j%5 == 4 {
		jenis, kind = "KOTA", "Kota"
	}
	prov := provinces[j%len(provinces)]
	name := fmt.Sprintf("Pemerintah %s %s%s", kind, places[(j/len(provinces))%len(places)], suffix(j/len(provinces)/len(places)))
	return agency{instansi{fmt.Sprintf("PEMDA-X%04d", j+1), name, jenis, prov, "", nil}, false}
}

// packageUnits builds n instansi of scale's size for seed.
func packageUnits(scale string, n int, seed int64) []unit {
	per := unitsPerInstansi[scale]
	order := catalogue(nationalAgencies())
	first := int(max(seed-1, 0)) * n
	schedules := [][]int{{4, 5}, {1, 2}, {3}, {4}}
	starts := []string{"2026-01-05", "2026-01-05", "2026-01-07", "2026-01-08"}
	var us []unit
	for k := range n {
		a := instansiAt(first+k, order)
		idx := first + k
		adopt := idx%4 != 3
		if adopt {
			a.in.fwaMulai, a.in.wfaDays = starts[idx%4], schedules[(idx/4)%4]
		}
		for _, t := range packageTemplates[idx%2] {
			sc := t.scenario
			if !adopt {
				sc = scNormal // nothing is judged in an instansi without FWA
			}
			us = add(us, a.in, t.code, t.nama, t.n, t.layanan, t.onFWA && adopt, sc, t.aduan)
		}
		for i := 0; i < per-len(packageTemplates[0]); i++ {
			nama, front := unitName(a.central, len(regionalOPD)+len(regionalFront)+i)
			size := packageUnitSize(scale, idx, i)
			us = add(us, a.in, fmt.Sprintf("U%03d", i+1), nama, size, front, adopt && !front, scNormal, aduanBase(front, scNormal, size))
		}
	}
	return us
}

// packageUnitSize is the size of an ordinary unit: small at national
// scale (3 to 12 employees, some under the reports' minimum of 5), a
// regional office's at pemda scale.
func packageUnitSize(scale string, instansi, i int) int {
	h := (instansi*7919 + i*104729) % 1000
	if scale == "pemda" {
		return 40 + h%160
	}
	return 3 + h%10
}
