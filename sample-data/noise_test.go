package sample

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fwaeval/pipeline/policy"
	"fwaeval/pipeline/report"
	"fwaeval/reports/model"
)

// The rules on a realistic world with no effect of the policy at all (README,
// "What a verdict means"): month by month, 2026-02 … 2026-10, at most 1.5 %
// of unit-months on FWA are put under review or paused by R1–R3 — every such
// flag is wrong — and the placebo check crosses its limits about as often as
// chance does. The log prints the figures.
func TestNoEffectIsRarelyFlagged(t *testing.T) {
	if testing.Short() {
		t.Skip("a realistic set of 160 units over 13 months")
	}
	w, _ := loadFresh(t, generate(t, Options{Scale: "small", Seed: 1, Noise: "realistic"}))
	p := onlyEffectRules(t)
	var unitMonths, flagged int
	placebo := map[string][3]int{}
	for m := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC); !m.After(LastMonth); m = m.AddDate(0, 1, 0) {
		flags, err := policy.Evaluate(context.Background(), w, m, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range flags {
			if f.Status == model.StatusNotApplicable {
				continue
			}
			unitMonths++
			if f.Status == "HENTIKAN_SEMENTARA" || f.Status == "TINJAU_ULANG" {
				flagged++
				t.Logf("%s %s %s: %s", m.Format("2006-01"), f.UnitID, f.Status, strings.Join(f.Evidence["en"], " "))
			}
		}
		rows, err := report.PlaceboCheck(context.Background(), w, m)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			c := placebo[r.Indicator]
			placebo[r.Indicator] = [3]int{c[0] + r.Judged, c[1] + r.Beyond975, c[2] + r.Beyond999}
		}
	}
	share := float64(flagged) / float64(unitMonths)
	t.Logf("no effect, 2026-02 … 2026-10: %d of %d FWA unit-months under review or paused by R1–R3 (%.2f %%)", flagged, unitMonths, 100*share)
	if unitMonths < 900 || share > 0.015 {
		t.Errorf("%d of %d unit-months flagged (%.2f %%), want at most 1.5 %%", flagged, unitMonths, 100*share)
	}
	for _, ind := range []string{"capaian_kinerja", "tindak_lanjut_tepat_waktu", "aduan_per_100_pegawai"} {
		c := placebo[ind]
		e975, e999 := 0.025*float64(c[0]), 0.001*float64(c[0])
		t.Logf("placebo %s: %d control unit-months judged; past 97.5 %%: %d (chance: %.1f); past 99.9 %%: %d (chance: %.1f)", ind, c[0], c[1], e975, c[2], e999)
		// far more than chance would mean the statistics are too narrow
		if c[0] < 300 || float64(c[1]) > 2*e975+5 || float64(c[2]) > 4*e999+3 {
			t.Errorf("placebo %s beyond chance: %v", ind, c)
		}
	}
}

// Planted effects of known size are found: a capaian fall of 15 % in M-1
// and M pauses every such unit of 10 or more employees (the one under 10
// is held at PANTAU by the guard), a follow-up collapse pauses, tripled
// complaints are reviewed — and the status and rules of every unit in
// M-1 and M are those of truth.csv, so no unplanted unit is flagged.
func TestPlantedEffectsAreFound(t *testing.T) {
	if testing.Short() {
		t.Skip("a realistic set of 160 units over 13 months")
	}
	dir := generate(t, Options{Scale: "small", Seed: 1, Noise: "planted"})
	evaluateAgainstTruth(t, dir)
	p, err := planFor(Options{Scale: "small", Seed: 1, Noise: "planted"})
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, u := range p.units {
		if u.scenario != "" {
			n[fmt.Sprintf("%s, %v", u.scenario, u.n >= 10)]++
		}
	}
	if n["turun15, true"] != 11 || n["turun15, false"] != 1 || n["lambat, true"] != 3 || n["melonjak, true"] != 3 {
		t.Errorf("planted units: %v", n)
	}
}

// onlyEffectRules is the built-in policy with R4–R6 off: what is flagged
// is flagged by R1–R3.
func onlyEffectRules(t *testing.T) *policy.Policy {
	t.Helper()
	p, err := policy.Parse("r1-r3.yaml", []byte("rules:\n  R4_disiplin: {enabled: false}\n  R5_layanan_langsung: {enabled: false}\n  R6_data_kurang: {enabled: false}\n"))
	if err != nil {
		t.Fatal(err)
	}
	return p
}
