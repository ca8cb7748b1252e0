package policy

import (
	"database/sql"
	"math"
	"sort"
	"time"
)

// The rules' test of chance (README, "What a verdict means"): a change fires
// R1–R3 only when it is large enough to matter and its z (indicators.csv's
// *_z, docs/indicators.md) is beyond what chance gives a unit of its size.

// zOver combines a unit's z over the n months M, M-1, ...: their sum over
// sqrt(n + n(n-1)·rho), the months sharing the baseline (n = 2: the
// README's z₂ = (z_M + z_M−1) / √(2 + 2ρ)). ok is false when the unit is not on
// FWA in one of the months or has no z in it.
func zOver(hist []*unitMonth, n int, month time.Time, rho float64, z func(*unitMonth) sql.NullFloat64) (float64, bool) {
	sum := 0.0
	for k := 0; k < n; k++ {
		if k >= len(hist) || hist[k] == nil || !hist[k].onFWA(month.AddDate(0, -k, 0)) {
			return 0, false
		}
		v := z(hist[k])
		if !v.Valid {
			return 0, false
		}
		sum += v.Float64
	}
	return sum / math.Sqrt(float64(n)+float64(n*(n-1))*rho), true
}

// normalCDF is Φ, the standard normal distribution function.
func normalCDF(z float64) float64 { return 0.5 * math.Erfc(-z/math.Sqrt2) }

// discoveries is the Benjamini–Hochberg procedure at level q over the
// p-values of a family, by unit: sorted by (p, unit id), the units ranked
// 1..k pass, k being the largest rank with p₍k₎ ≤ k/m · q.
func discoveries(p map[string]float64, q float64) map[string]bool {
	ids := make([]string, 0, len(p))
	for id := range p {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if p[ids[i]] != p[ids[j]] {
			return p[ids[i]] < p[ids[j]]
		}
		return ids[i] < ids[j]
	})
	k, m := 0, float64(len(ids))
	for i, id := range ids {
		if p[id] <= float64(i+1)/m*q {
			k = i + 1
		}
	}
	pass := make(map[string]bool, k)
	for _, id := range ids[:k] {
		pass[id] = true
	}
	return pass
}

// fdr says whether a unit passed the false-discovery test of R1 and of
// R2 in the month.
type fdr struct{ r1, r2 bool }

func capaianZ(u *unitMonth) sql.NullFloat64 { return u.capaianZ }
func tindakZ(u *unitMonth) sql.NullFloat64  { return u.tindakZ }
func aduanZ(u *unitMonth) sql.NullFloat64   { return u.aduanZ }

// falseDiscoveries runs the test for R1 and R2 over their families: every
// unit on FWA in each of the rule's months with a z in each, in the whole
// warehouse; a unit's p is Φ of its z over those months (a fall). A unit
// the rule does not judge for rows it lost is left out: its z, computed
// without them, must not move another unit's verdict.
func falseDiscoveries(p *Policy, month time.Time, hists map[string][]*unitMonth) map[string]fdr {
	r := &p.Rules
	p1, p2 := map[string]float64{}, map[string]float64{}
	for id, hist := range hists {
		ls := &losses{p: p, month: month, hist: hist}
		if z, ok := zOver(hist, r.R1.Months, month, p.Rho, capaianZ); ok && !ls.lost("R1", r.R1.Months) {
			p1[id] = normalCDF(z)
		}
		if z, ok := zOver(hist, r.R2.Months, month, p.Rho, tindakZ); ok && !ls.lost("R2", r.R2.Months) {
			p2[id] = normalCDF(z)
		}
	}
	d1, d2 := discoveries(p1, r.R1.FDRLevel), discoveries(p2, r.R2.FDRLevel)
	out := make(map[string]fdr, len(hists))
	for id := range hists {
		out[id] = fdr{d1[id], d2[id]}
	}
	return out
}
