package paket

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/internal/testwh"
	"fwaeval/pipeline/policy"
)

// An export brings a package's earlier months up to date in one pass and
// leaves alone those evaluated from what they would be evaluated from now
// (their rows are not even rewritten): the stored months then equal each
// month computed on its own in a fresh warehouse. A changed unit makes
// every month stale again.
func TestExportReusesCurrentMonths(t *testing.T) {
	ctx := context.Background()
	w, _ := testwh.Open(t)
	testwh.MustLoad(t, w, "../../sample-data")
	months := func(from, to time.Time) []time.Time {
		var out []time.Time
		for m := from; !m.After(to); m = m.AddDate(0, 1, 0) {
			out = append(out, m)
		}
		return out
	}
	earlier := months(time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC))
	// A planner ran July, August and September (each evaluates M-1 too).
	for _, m := range earlier[8:] {
		if _, err := policy.Evaluate(ctx, w, m, policy.Default()); err != nil {
			t.Fatal(err)
		}
	}
	rowids := "SELECT bulan, min(rowid), max(rowid) FROM indikator GROUP BY bulan ORDER BY bulan"
	before := testwh.TableText(t, w, rowids)
	if err := computeEarlier(ctx, w, earlier); err != nil {
		t.Fatal(err)
	}
	after := testwh.TableText(t, w, rowids)
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(before), "\n") {
		if slices.Contains(strings.Split(after, "\n"), line) {
			n++
		}
	}
	if n != 4 {
		t.Errorf("%d evaluated months kept, want June to September (their inputs did not move):\nbefore\n%safter\n%s", n, before, after)
	}
	if strings.Count(after, "\n") != len(earlier) {
		t.Fatalf("months evaluated after the export:\n%s", after)
	}
	stored := "SELECT * FROM indikator WHERE bulan < DATE '2026-10-01' ORDER BY bulan, unit_id"
	fresh, _ := testwh.Open(t)
	testwh.MustLoad(t, fresh, "../../sample-data")
	for _, m := range earlier {
		if _, err := compute.Month(ctx, fresh, m); err != nil {
			t.Fatal(err)
		}
	}
	if a, b := testwh.TableText(t, w, stored), testwh.TableText(t, fresh, stored); a != b {
		t.Errorf("the months brought up to date differ from each computed on its own:\n%s\nwant\n%s", a, b)
	}
	// A unit renamed: every month is evaluated again, with the new name.
	if _, err := w.Conn().ExecContext(ctx, "UPDATE unit_kerja SET nama_unit = 'Biro Organisasi Baru' WHERE unit_id = 'PROV-BKL-ORG'"); err != nil {
		t.Fatal(err)
	}
	if err := computeEarlier(ctx, w, earlier); err != nil {
		t.Fatal(err)
	}
	if n := testwh.Scalar[int64](t, w, "SELECT count(DISTINCT bulan) FROM indikator WHERE nama_unit = 'Biro Organisasi Baru'"); n != int64(len(earlier)) {
		t.Errorf("after a rename %d months carry the new name, want %d", n, len(earlier))
	}
}
