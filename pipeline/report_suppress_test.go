package pipeline

import (
	"context"
	"math"
	"testing"
	"time"

	"fwaeval/pipeline/policy"
	"fwaeval/pipeline/report"
)

// Units under 5 roster employees show no numbers and no evidence; their
// status stays.
func TestReportModelSuppresses(t *testing.T) {
	w := computeOn(t, computeFixture, "2026-10")
	ctx := context.Background()
	month := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	if _, err := policy.Evaluate(ctx, w, month, policy.Default()); err != nil {
		t.Fatal(err)
	}
	m, err := report.ReadModel(ctx, w, month, "en", policy.Default(), month)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range m.Units {
		if u.UnitID != "A" {
			continue
		}
		if !u.Suppressed || u.Evidence != "" || !math.IsNaN(u.Capaian) || !math.IsNaN(u.Cakupan) || u.Status == "" {
			t.Fatalf("unit A (3 employees) not suppressed: %+v", u)
		}
		return
	}
	t.Fatal("unit A missing")
}
