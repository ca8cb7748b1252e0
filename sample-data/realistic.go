package sample

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Realistic noise (--noise realistic, --noise planted): units as real
// instansi have them, many of them small (6 to 250 employees), with the noise
// real data carry — each employee's output varies from month to month and
// between employees, units have small shocks of their own, complaint counts
// are Poisson with 20 % overdispersion, each complaint's follow-up is late
// with its unit's probability — and no effect of the policy at all. What the
// rules flag in such a set is flagged by chance alone: the test of their
// calibration (README, "What a verdict means"). --noise planted adds effects
// of known size to a few units on FWA.

// Noises lists the accepted --noise values.
var Noises = []string{"none", "realistic", "planted"}

// Planted effects of known size, in M-1 and M (--noise planted).
const (
	scTurun15  = "turun15"  // output −15 % (capaian −15 points)
	scLambat   = "lambat"   // follow-up within 5 working days falls to 45 %
	scMelonjak = "melonjak" // complaints threefold
)

// realisticInstansi are the instansi of a realistic set, each with its
// own FWA start (so baseline windows differ) and flexible days.
var realisticInstansi = []instansi{
	{"KAB-PWK", "Pemerintah Kabupaten Purwakarta", "KABUPATEN", "Jawa Barat", "2026-01-05", []int{5}},
	{"KOTA-SMG", "Pemerintah Kota Semarang", "KOTA", "Jawa Tengah", "2026-02-02", []int{1}},
	{"PROV-DIY", "Pemerintah Daerah DI Yogyakarta", "PROVINSI", "DI Yogyakarta", "2026-03-02", []int{4, 5}},
	{"KL-BKN", "Badan Kepegawaian Negara", "LEMBAGA", "DKI Jakarta", "2025-12-01", []int{3}},
}

// realisticPerInstansi is how many units each instansi has.
const realisticPerInstansi = 40

// realisticUnits builds a realistic set: 4 instansi of 40 units at small
// scale, 16 at pemda scale; in each, 28 units on FWA and 12 controls
// (the front-line ones among them), sizes log-uniform on 6–250. With planted,
// 12 units on FWA (one of them under 10 employees) lose 15 % of their
// output in M-1 and M, 3 their follow-up and 3 see complaints triple.
func realisticUnits(scale string, seed int64, planted bool) ([]unit, error) {
	k := map[string]int{"small": 1, "pemda": 4}[scale]
	if k == 0 {
		return nil, fmt.Errorf("--noise works with --scale small or pemda, not %q", scale)
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 0x6677))
	var us []unit
	for c := 0; c < k; c++ {
		for _, in := range realisticInstansi {
			if c > 0 {
				in.id, in.nama = fmt.Sprintf("%s-%d", in.id, c+1), fmt.Sprintf("%s %d", in.nama, c+1)
			}
			for i := 0; i < realisticPerInstansi; i++ {
				nama, front := unitName(in.jenis == "LEMBAGA", i)
				onFWA := i%10 < 7
				front = front && !onFWA // units on FWA work in the back office: no R5
				n := int(math.Round(6 * math.Pow(250.0/6, rng.Float64())))
				// complaints per employee and month: front-line units get more
				rate := 0.08 + 0.12*rng.Float64()
				if front {
					rate *= 3
				}
				us = add(us, in, fmt.Sprintf("U%03d", i+1), nama, n, front, onFWA, scNormal, rate*float64(n))
			}
		}
	}
	if planted {
		plant(us)
	}
	return us, nil
}

// plant gives effects of known size to units on FWA in the first
// instansi-groups: capaian −15 % to 11 units of 15 or more employees and
// one of 6 to 9 (the guard holds it at PANTAU), follow-up to 3 units
// with 10 or more complaints a month, a complaint surge to 3 others.
func plant(us []unit) {
	want := []struct {
		scenario string
		n        int
		ok       func(u unit) bool
	}{
		{scTurun15, 11, func(u unit) bool { return u.n >= 15 }},
		{scTurun15, 1, func(u unit) bool { return u.n >= 6 && u.n < 10 }},
		{scLambat, 3, func(u unit) bool { return u.aduanBase >= 10 }},
		{scMelonjak, 3, func(u unit) bool { return u.aduanBase >= 8 }},
	}
	for _, w := range want {
		left := w.n
		for i := range us {
			if left > 0 && us[i].fwaMulai != "" && us[i].scenario == scNormal && w.ok(us[i]) && i%3 == 0 {
				us[i].scenario = w.scenario
				left--
			}
		}
	}
}
