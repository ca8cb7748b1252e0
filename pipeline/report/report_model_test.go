package report

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"fwaeval/pipeline/internal/testwh"
	"fwaeval/pipeline/policy"
	"fwaeval/pipeline/warehouse"
)

func TestReportModelOnSample(t *testing.T) {
	w, _ := testwh.Open(t)
	testwh.MustLoad(t, w, "../../sample-data")
	ctx := context.Background()
	month := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	p := policy.Default()
	if _, err := policy.Evaluate(ctx, w, month, p); err != nil {
		t.Fatal(err)
	}
	m, err := ReadModel(ctx, w, month, "id", p, month)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"HENTIKAN_SEMENTARA": 2, "TINJAU_ULANG": 3, "DATA_KURANG": 1, "PANTAU": 1, "LANJUTKAN": 1, "TIDAK_BERLAKU": 4}
	for s, n := range want {
		if m.Summary.StatusCounts[s] != n {
			t.Errorf("%s: %d units, want %d", s, m.Summary.StatusCounts[s], n)
		}
	}
	var order []string
	for _, u := range m.Attention {
		order = append(order, u.UnitID)
	}
	if got := strings.Join(order, " "); got != "PROV-BKL-BPKAD KOTA-SKA-DISKOMINFO PROV-BKL-ORG KOTA-SKA-DLH KOTA-SKA-DPMPTSP" {
		t.Errorf("attention order (most severe, then name): %s", got)
	}
	if len(m.Units) != 12 || len(m.Instansi) != 2 || len(m.PerInst) != 2 {
		t.Errorf("units %d, instansi %d, rows %d", len(m.Units), len(m.Instansi), len(m.PerInst))
	}
	tr := m.Trends
	if len(tr.Months) != 12 || tr.Months[0].Format("2006-01") != "2025-11" || tr.Months[11].Format("2006-01") != "2026-10" {
		t.Fatalf("trend months %v", tr.Months)
	}
	if !math.IsNaN(tr.CapaianFWA[0]) || math.IsNaN(tr.CapaianCtrl[0]) || math.IsNaN(tr.CapaianFWA[11]) {
		t.Errorf("no unit is on FWA before January 2026: FWA %v ctrl %v", tr.CapaianFWA[0], tr.CapaianCtrl[0])
	}
	if len(tr.PerUnit) != 5 {
		t.Errorf("per-unit trends: %d", len(tr.PerUnit))
	}
	// Each flagged unit's charts are the indicators of its rules (BPKAD:
	// R1, capaian; ORG: R4, absence and quota; DLH: R3, complaints), with
	// its FWA start.
	for unit, want := range map[string]string{"PROV-BKL-BPKAD": "capaian_kinerja", "PROV-BKL-ORG": "tanpa_keterangan pelanggaran_kuota",
		"KOTA-SKA-DLH": "aduan_per_100_pegawai", "KOTA-SKA-DISKOMINFO": "tindak_lanjut_tepat_waktu", "KOTA-SKA-DPMPTSP": "porsi_fleksibel"} {
		var got []string
		for _, s := range tr.PerUnit[unit].Series {
			got = append(got, s.Indicator)
		}
		if strings.Join(got, " ") != want || tr.PerUnit[unit].FWAStart.IsZero() {
			t.Errorf("%s charts %v (FWA start %v), want %s", unit, got, tr.PerUnit[unit].FWAStart, want)
		}
	}
	if bp := tr.PerUnit["PROV-BKL-BPKAD"].Series[0].Unit; !(bp[11] < bp[9]*0.7) {
		t.Errorf("BPKAD's trend does not show its collapse: %v", bp)
	}
	// Every series holds the unit's stored values month by month, and the
	// mean of its instansi's units not on FWA that month.
	for unit, ut := range tr.PerUnit {
		for _, s := range ut.Series {
			for i, mo := range tr.Months {
				var own, ctrl sql.NullFloat64
				q := fmt.Sprintf(`SELECT (SELECT %[1]s FROM indikator_bulan WHERE unit_id = $1 AND bulan = $2),
					(SELECT avg(b.%[1]s) FROM indikator_bulan b JOIN unit_kerja k USING (unit_id)
					 WHERE b.bulan = $2 AND k.instansi_id = (SELECT instansi_id FROM unit_kerja WHERE unit_id = $1)
					   AND (k.fwa_mulai IS NULL OR k.fwa_mulai > last_day(b.bulan)))`, s.Indicator)
				if err := w.Conn().QueryRowContext(ctx, q, unit, mo).Scan(&own, &ctrl); err != nil {
					t.Fatalf("%s %s: %v", unit, mo.Format("2006-01"), err)
				}
				same := func(v float64, stored sql.NullFloat64) bool {
					return !stored.Valid && math.IsNaN(v) || stored.Valid && math.Abs(v-stored.Float64) <= 1e-9*math.Max(1, math.Abs(v))
				}
				if !same(s.Unit[i], own) || !same(s.Control[i], ctrl) {
					t.Errorf("%s %s %s: unit %v control %v, stored %v, mean %v", unit, s.Indicator, mo.Format("2006-01"), s.Unit[i], s.Control[i], warehouse.NaNOr(own), warehouse.NaNOr(ctrl))
				}
			}
		}
	}
	if len(m.Quality.Sources) != 8 || m.Quality.Sources[0].Read != m.Quality.Sources[0].Loaded || len(m.Quality.TopRejects) != 0 {
		t.Errorf("quality %+v", m.Quality)
	}
	if m.Summary.SavingsRupiah <= 0 || !(m.Summary.TindakFWA > 0 && m.Summary.TindakFWA < 1) {
		t.Errorf("summary %+v", m.Summary)
	}
	if m.Summary.CapaianChangeFWA >= m.Summary.CapaianChangeCtrl {
		t.Errorf("FWA units changed %v, controls %v: the planted collapses should pull FWA below", m.Summary.CapaianChangeFWA, m.Summary.CapaianChangeCtrl)
	}
}
