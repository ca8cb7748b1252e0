package pipeline

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/internal/testwh"
	"fwaeval/pipeline/load"
	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/warehouse"
)

// The fixture for indicator tests. Units: A (on FWA from 2026-09-01,
// instansi I1), D (on FWA, no employees), G (on FWA, I2), controls B (I1),
// C and F (I2). The calendar is replaced: 7 Oct 2026 LIBUR, 8 Oct
// CUTI_BERSAMA, 13 and 16 Oct RAMADAN; so HK(Oct 2026) = 20 days.
const (
	nA1, nA2, nA3 = "199001012020011001", "199001012020011002", "199001012020011003"
	nB1, nC1, nF1 = "199001012020011004", "199001012020011005", "199001012020011006"
	nG1           = "199001012020011007"
)

var computeFixture = map[string]string{
	"unit_kerja.csv": "unit_id,nama_unit,instansi_id,nama_instansi,jenis_instansi,provinsi,layanan_langsung,fwa_mulai\n" +
		"A,Unit A,I1,Instansi 1,KABUPATEN,Jawa Barat,tidak,2026-09-01\n" +
		"B,Unit B,I1,Instansi 1,KABUPATEN,Jawa Barat,ya,\n" +
		"C,Unit C,I2,Instansi 2,KOTA,Jawa Barat,ya,\n" +
		"D,Unit D,I1,Instansi 1,KABUPATEN,Jawa Barat,tidak,2026-09-01\n" +
		"F,Unit F,I2,Instansi 2,KOTA,Jawa Barat,ya,2027-01-01\n" +
		"G,Unit G,I2,Instansi 2,KOTA,Jawa Barat,tidak,2026-09-01\n",
	"pegawai.csv": "nip,unit_id,jenis_asn,fwa_disetujui,tmt\n" +
		nA1 + ",A,PNS,ya,2020-01-01\n" + nA2 + ",A,PNS,tidak,2020-01-01\n" + nA3 + ",A,PPPK,tidak,2026-10-19\n" +
		nB1 + ",B,PNS,tidak,2020-01-01\n" + nC1 + ",C,PNS,tidak,2020-01-01\n" + nF1 + ",F,PNS,tidak,2020-01-01\n" +
		nG1 + ",G,PNS,ya,2020-01-01\n",
	"kalender.csv": "tanggal,jenis,keterangan\n2026-10-07,LIBUR,x\n2026-10-08,CUTI_BERSAMA,x\n2026-10-13,RAMADAN,x\n2026-10-16,RAMADAN,x\n",
	"presensi.csv": "nip,tanggal,status,lokasi,jam_masuk,jam_pulang\n" +
		nA1 + ",2026-10-01,HADIR,WFO,07:30,16:00\n" + // Thu: 510-60 = 450 of 450
		nA1 + ",2026-10-02,HADIR,WFH,07:30,16:00\n" + // Fri: 510-90 = 420 of 450
		nA1 + ",2026-10-05,HADIR,WFA,07:30,17:00\n" + // 570-60 = 510, capped at 450
		nA1 + ",2026-10-06,HADIR,WFH,,\n" + // no times: not in kepatuhan_jam
		nA1 + ",2026-10-07,HADIR,WFO,07:30,16:00\n" + // LIBUR: not counted anywhere
		nA1 + ",2026-10-09,TANPA_KETERANGAN,,,\n" +
		nA1 + ",2026-10-12,HADIR,WFA,08:00,07:00\n" + // out before in: worked 0
		nA1 + ",2026-10-13,HADIR,WFO,07:30,15:00\n" + // RAMADAN Tue: 450-60 = 390 of 390
		nA1 + ",2026-10-16,HADIR,WFO,07:30,15:00\n" + // RAMADAN Fri: 450-90 = 360 of 390
		nA1 + ",2026-10-17,HADIR,WFO,07:30,16:00\n" + // Saturday: not counted
		nA2 + ",2026-10-19,HADIR,WFH,,\n" + nA2 + ",2026-10-20,HADIR,WFH,,\n" + nA2 + ",2026-10-21,HADIR,WFA,,\n" +
		nA2 + ",2026-10-22,HADIR,WFO,,\n" + nA2 + ",2026-10-23,SAKIT,WFH,,\n" + nA2 + ",2026-10-26,DINAS_LUAR,,,\n" +
		nA3 + ",2026-10-15,HADIR,WFO,07:30,16:00\n" + // before tmt: not counted
		nA3 + ",2026-10-20,HADIR,WFO,07:00,16:00\n" + // 540-60 = 480, capped at 450
		nA3 + ",2026-10-21,IZIN,,,\n",
	"rencana_aksi.csv": "rencana_aksi_id,nip,bulan,target,satuan\n" +
		"A1-06," + nA1 + ",2026-06,10,x\nA2-06," + nA2 + ",2026-06,10,x\nA1-08," + nA1 + ",2026-08,10,x\nA2-08," + nA2 + ",2026-08,10,x\n" +
		"A1-10," + nA1 + ",2026-10,10,x\nA2-10," + nA2 + ",2026-10,10,x\n" +
		"B-06," + nB1 + ",2026-06,10,x\nB-07," + nB1 + ",2026-07,10,x\nB-08," + nB1 + ",2026-08,10,x\nB-10," + nB1 + ",2026-10,10,x\n" +
		"C-06," + nC1 + ",2026-06,10,x\nC-08," + nC1 + ",2026-08,10,x\nC-10," + nC1 + ",2026-10,10,x\n" +
		"F-06," + nF1 + ",2026-06,10,x\nF-07," + nF1 + ",2026-07,10,x\nF-08," + nF1 + ",2026-08,10,x\nF-10," + nF1 + ",2026-10,10,x\n" +
		"G-06," + nG1 + ",2026-06,10,x\nG-07," + nG1 + ",2026-07,10,x\nG-08," + nG1 + ",2026-08,10,x\nG-10," + nG1 + ",2026-10,10,x\n",
	"kinerja_harian.csv": "nip,tanggal,rencana_aksi_id,realisasi,status\n" +
		nA1 + ",2026-06-15,A1-06,8,DISETUJUI\n" + nA2 + ",2026-06-15,A2-06,6,DISETUJUI\n" +
		nA1 + ",2026-08-14,A1-08,10,DISETUJUI\n" + nA2 + ",2026-08-14,A2-08,10,DISETUJUI\n" +
		nA1 + ",2026-10-01,A1-10,2,DISETUJUI\n" + // WFO day: output 0.2
		nA1 + ",2026-10-02,A1-10,1,DISETUJUI\n" + // WFH day: output 0.1
		nA1 + ",2026-10-05,A1-10,1,DIAJUKAN\n" + // counts as a log, not as approved
		nA1 + ",2026-10-17,A1-10,1,DISETUJUI\n" + // Saturday: capaian only
		nA2 + ",2026-10-19,A2-10,15,DISETUJUI\n" + // WFH day: output 1.5; capaian capped at 1.2
		nA2 + ",2026-09-30,A2-10,5,DISETUJUI\n" + // dated in September: not October's
		nB1 + ",2026-06-15,B-06,10,DISETUJUI\n" + nB1 + ",2026-07-15,B-07,10,DISETUJUI\n" + nB1 + ",2026-08-14,B-08,10,DISETUJUI\n" + nB1 + ",2026-10-15,B-10,9,DISETUJUI\n" +
		nC1 + ",2026-06-15,C-06,5,DISETUJUI\n" + nC1 + ",2026-08-14,C-08,7,DISETUJUI\n" + nC1 + ",2026-10-15,C-10,8,DISETUJUI\n" +
		nF1 + ",2026-06-15,F-06,10,DISETUJUI\n" + nF1 + ",2026-07-15,F-07,10,DISETUJUI\n" + nF1 + ",2026-08-14,F-08,10,DISETUJUI\n" + nF1 + ",2026-10-15,F-10,10,DISETUJUI\n" +
		nG1 + ",2026-06-15,G-06,10,DISETUJUI\n" + nG1 + ",2026-07-15,G-07,10,DISETUJUI\n" + nG1 + ",2026-08-14,G-08,10,DISETUJUI\n" + nG1 + ",2026-10-15,G-10,6,DISETUJUI\n",
	"aduan.csv": "tracking_id,unit_id,diterima,diverifikasi,ditindaklanjuti,selesai\n" +
		"T1,A,2026-10-01 09:00,2026-10-01 15:00,2026-10-01 16:00,2026-10-05 10:00\n" + // same day: 0 working days
		"T2,A,2026-10-02 10:00,2026-10-06 10:00,2026-10-12 10:00,\n" + // holiday in the window: 5,6,9,12 = 4 days
		"T3,A,2026-10-05 10:00,,2026-10-15 10:00,\n" + // 6,9,12,13,14,15 = 6 days: missed
		"T4,A,2026-10-28 10:00,,,\n" + // 3 working days by the as-of date: pending
		"T6,A,2026-10-01 10:00,,2026-10-02 10:00,\n" + // 1 day
		"T5,B,2026-10-30 08:00,,,2026-11-02 09:00\n" + // the as-of date: 2026-11-02 09:00
		"T7,A,2026-08-14 10:00,,2026-08-14 11:00,\n" + // 80 days by the as-of date: missed
		"T8,A,2026-08-20 10:00,,2026-08-20 11:00,2026-10-19 09:00\n", // exactly 60 days: met
	"belanja.csv": "unit_id,bulan,listrik,air,bbm,atk,mamin\n" +
		"A,2025-10,1000,0,0,0,0\nA,2026-10,500,100,100,50,50\n" +
		"G,2026-06,600,0,0,0,0\nG,2026-08,400,0,0,0,0\nG,2026-10,450,0,0,0,0\n",
}

func computeOn(t *testing.T, files map[string]string, month string) *warehouse.Warehouse {
	t.Helper()
	w, _ := testwh.Open(t)
	if res := testwh.MustLoad(t, w, testwh.WriteDir(t, files)); res.RejectsTotal != 0 {
		t.Fatalf("fixture rejects: %v", res.Rejects)
	}
	m, _ := time.Parse("2006-01", month)
	if _, err := compute.Month(context.Background(), w, m); err != nil {
		t.Fatal(err)
	}
	return w
}

var null = math.NaN()

func checkValues(t *testing.T, w *warehouse.Warehouse, table, month string, want map[string]float64) {
	t.Helper()
	for key, exp := range want {
		unit, col, _ := strings.Cut(key, ".")
		got := testwh.Value(t, w, table, unit, month, col)
		if math.IsNaN(exp) != math.IsNaN(got) || !math.IsNaN(exp) && math.Abs(got-exp) > 1e-9 {
			t.Errorf("%s %s = %v, want %v", key, month, got, exp)
		}
	}
}

func TestIndicatorsByRule(t *testing.T) {
	w := computeOn(t, computeFixture, "2026-10")
	cases := []struct {
		name  string
		month string
		table string
		want  map[string]float64
	}{
		{"working days exclude LIBUR and CUTI_BERSAMA", "2026-10", "indikator", map[string]float64{"A.hari_kerja": 20, "B.hari_kerja": 20}},
		{"roster includes a mid-month starter", "2026-10", "indikator", map[string]float64{"A.jumlah_pegawai": 3}},
		// E = 20 + 20 + 10 (a3 from Monday 19 Oct); 16 counted rows.
		{"employee starting mid-month: E and rows from tmt", "2026-10", "indikator", map[string]float64{
			"A.cakupan_presensi": 16.0 / 50, "A.tingkat_kehadiran": 13.0 / 50, "A.tanpa_keterangan": 1.0 / 50}},
		{"flexible share and unapproved flexible days", "2026-10", "indikator", map[string]float64{
			"A.porsi_fleksibel": 7.0 / 12, "A.fleksibel_tanpa_izin": 3.0 / 7}},
		// employee-weeks with HADIR: a1 ×3, a2 ×1 (the DINAS_LUAR week does not count), a3 ×1; a2 has 3 flexible days in one week.
		{"quota: more than 2 flexible days in an ISO week", "2026-10", "indikator", map[string]float64{"A.pelanggaran_kuota": 1.0 / 5}},
		// 450+420+450+0+390+360+450 of 450×5 + 390×2
		{"RAMADAN days and the Friday break", "2026-10", "indikator", map[string]float64{"A.kepatuhan_jam": 2520.0 / 3030}},
		// a1: 4/10; a2: 15/10 capped at 1.2; a3 has no plan
		{"capaian capped at 1.2, any day of M, only M's rows", "2026-10", "indikator", map[string]float64{"A.capaian_kinerja": 80}},
		// (40 − 80)² + (120 − 80)² over n − 1 = 1; one employee: NULL
		{"the employees' capaian variance", "2026-10", "indikator_bulan", map[string]float64{
			"A.capaian_var": 3200, "A.pegawai_capaian": 2, "B.capaian_var": null, "B.pegawai_capaian": 1}},
		// T1, T2, T6 met of T1, T2, T3, T6 judged
		{"complaints followed up on time, and judged", "2026-10", "indikator_bulan", map[string]float64{
			"A.aduan_tl_tepat": 3, "A.aduan_tl_dinilai": 4, "D.aduan_tl_tepat": 0}},
		{"daily log compliance over HADIR days", "2026-10", "indikator", map[string]float64{"A.kepatuhan_kinerja_harian": 4.0 / 12}},
		// flexible: (0.1 + 1.5) / 7 days; WFO: 0.2 / 5 days
		{"output ratio flexible vs WFO", "2026-10", "indikator", map[string]float64{"A.rasio_output_fleksibel": (1.6 / 7) / (0.2 / 5)}},
		{"complaints per 100 employees", "2026-10", "indikator", map[string]float64{"A.aduan_masuk": 5, "A.aduan_per_100_pegawai": 500.0 / 3}},
		// verified: T1, T2 met; T3, T6 missed (window closed); T4 pending
		{"verification: pending vs missed at the as-of date", "2026-10", "indikator", map[string]float64{"A.verifikasi_tepat_waktu": 0.5}},
		// follow-up: T1 (same day, 0), T2 (holiday inside: 4), T6 (1) met; T3 (6) missed; T4 pending
		{"follow-up: same day and holiday inside the window", "2026-10", "indikator", map[string]float64{"A.tindak_lanjut_tepat_waktu": 0.75}},
		{"resolution: only decided complaints count", "2026-10", "indikator", map[string]float64{"A.penyelesaian_60_hari": 1}},
		{"median of an even count", "2026-10", "indikator", map[string]float64{"A.median_hari_tindak_lanjut": 2.5}},
		{"60 days: exactly 60 met, open beyond 60 missed", "2026-08", "indikator_bulan", map[string]float64{"A.penyelesaian_60_hari": 0.5}},
		{"zero denominators are NULL", "2026-10", "indikator", map[string]float64{
			"D.jumlah_pegawai": 0, "D.cakupan_presensi": null, "D.porsi_fleksibel": null, "D.capaian_kinerja": null,
			"D.aduan_masuk": 0, "D.aduan_per_100_pegawai": null, "D.verifikasi_tepat_waktu": null, "D.rasio_output_fleksibel": null}},
		{"spending", "2026-10", "indikator", map[string]float64{"A.belanja_operasional": 800, "B.belanja_operasional": null}},
		{"savings against the same month a year earlier", "2026-10", "indikator", map[string]float64{
			"A.penghematan_rupiah": 200, "A.penghematan_persen": 0.2}},
		{"savings against the baseline window when there is no year-earlier row", "2026-10", "indikator", map[string]float64{
			"G.penghematan_rupiah": 50, "G.penghematan_persen": 0.1, "B.penghematan_rupiah": null}},
		// A: June 70, July missing, August 100
		{"baseline months partly missing", "2026-10", "indikator", map[string]float64{
			"A.capaian_kinerja_baseline": 85, "A.capaian_kinerja_change": -5}},
		// I1 has one control with both values (B): national B (-10), C (80-60), F (0): mean 10/3
		{"control group too small in the instansi: national fallback", "2026-10", "indikator", map[string]float64{
			"A.capaian_kinerja_did": -5 - 10.0/3, "A.capaian_kinerja_did_rel": (-5 - 10.0/3) / 85}},
		// I2 has C (+20) and F (0): mean 10
		{"control group within the instansi", "2026-10", "indikator", map[string]float64{
			"G.capaian_kinerja_baseline": 100, "G.capaian_kinerja_change": -40, "G.capaian_kinerja_did": -50, "G.capaian_kinerja_did_rel": -0.5}},
		{"no control has both values: DiD NULL", "2026-10", "indikator", map[string]float64{
			"G.belanja_operasional_baseline": 500, "G.belanja_operasional_change": -50, "G.belanja_operasional_did": null}},
		{"units not on FWA have no effect columns", "2026-10", "indikator", map[string]float64{
			"B.capaian_kinerja_baseline": null, "B.capaian_kinerja_did": null, "F.capaian_kinerja_change": null}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkValues(t, w, c.table, c.month, c.want) })
	}
}

func TestIndicatorsOutsideDataRange(t *testing.T) {
	w := computeOn(t, computeFixture, "2027-02")
	checkValues(t, w, "indikator", "2027-02", map[string]float64{
		"A.hari_kerja": null, "A.jumlah_pegawai": null, "A.aduan_masuk": null, "A.capaian_kinerja": null, "A.penghematan_rupiah": null})
	if n := testwh.Scalar[int64](t, w, "SELECT count(*) FROM indikator WHERE bulan = DATE '2027-02-01'"); n != 6 {
		t.Errorf("rows = %d, want one per unit (6)", n)
	}
}

// Computing again reuses stored months; reloading a month recomputes it.
func TestComputeReusesStoredMonths(t *testing.T) {
	w := computeOn(t, computeFixture, "2026-10")
	ctx := context.Background()
	res, err := compute.Month(ctx, w, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Recomputed) != 0 {
		t.Fatalf("recomputed %v with nothing changed", res.Recomputed)
	}
	testwh.MustLoad(t, w, testwh.WriteDir(t, map[string]string{"belanja.csv": "unit_id,bulan,listrik,air,bbm,atk,mamin\nA,2026-10,900,0,0,0,0\n"}))
	res, err = compute.Month(ctx, w, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Recomputed) != 1 || res.Recomputed[0].Format("2006-01") != "2026-10" {
		t.Fatalf("recomputed %v, want only 2026-10", res.Recomputed)
	}
	checkValues(t, w, "indikator", "2026-10", map[string]float64{"A.belanja_operasional": 900, "A.penghematan_rupiah": 100})
	// An employee who joins in October is in October's roster only: the
	// earlier months (M-12, A's baseline) stay as they were computed.
	testwh.MustLoad(t, w, testwh.WriteDir(t, map[string]string{"pegawai.csv": "nip,unit_id,jenis_asn,fwa_disetujui,tmt\n" +
		"199001012020011099,B,PNS,tidak,2026-10-05\n"}))
	res, err = compute.Month(ctx, w, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Recomputed) != 1 || res.Recomputed[0].Format("2006-01") != "2026-10" {
		t.Fatalf("recomputed %v after an October joiner, want only 2026-10", res.Recomputed)
	}
	// One who joined long ago is in every month's roster.
	testwh.MustLoad(t, w, testwh.WriteDir(t, map[string]string{"pegawai.csv": "nip,unit_id,jenis_asn,fwa_disetujui,tmt\n" +
		"199001012020011098,B,PNS,tidak,2019-01-01\n"}))
	res, err = compute.Month(ctx, w, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range res.Recomputed {
		got = append(got, m.Format("2006-01"))
	}
	if strings.Join(got, " ") != "2025-10 2026-06 2026-07 2026-08 2026-10" {
		t.Fatalf("recomputed %v after a joiner of 2019, want every month needed (M-12, 2026-06..08, M)", got)
	}
}

// openWithSeptember is a warehouse with computeFixture and a September
// complaint whose window a later as-of date closes (60 days to finish:
// 28 November), pseudonymised with a fixed key so that two of them store
// the same values.
func openWithSeptember(t *testing.T) *warehouse.Warehouse {
	t.Helper()
	w, _ := testwh.Open(t)
	if _, err := w.Conn().ExecContext(context.Background(), "UPDATE meta SET v = 'shared-key' WHERE k = 'pseudonym_key'"); err != nil {
		t.Fatal(err)
	}
	testwh.MustLoad(t, w, testwh.WriteDir(t, computeFixture))
	testwh.MustLoad(t, w, testwh.WriteDir(t, map[string]string{"aduan/2026-09.csv": "tracking_id,unit_id,diterima,diverifikasi,ditindaklanjuti,selesai\n" +
		"T10,A,2026-09-29 10:00,2026-09-29 11:00,2026-09-29 12:00,\n"}))
	return w
}

// A later load that only moves the as-of date (complaints of a later
// month) makes the stored months whose SLA windows were still open judge
// their complaints again, and nothing else: the stored values then equal
// those of a warehouse computed afresh from the same files.
func TestComputeRejudgesComplaints(t *testing.T) {
	later := map[string]string{"aduan.csv": "tracking_id,unit_id,diterima,diverifikasi,ditindaklanjuti,selesai\n" +
		"T9,B,2026-12-01 10:00,,,\n"}
	ctx := context.Background()
	m := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	// computeBoth computes September, then October (which stores the
	// months October reads).
	computeBoth := func(w *warehouse.Warehouse) (recomputed, rejudged []time.Time) {
		t.Helper()
		for _, month := range []time.Time{m.AddDate(0, -1, 0), m} {
			res, err := compute.Month(ctx, w, month)
			if err != nil {
				t.Fatal(err)
			}
			recomputed, rejudged = append(recomputed, res.Recomputed...), append(rejudged, res.Rejudged...)
		}
		return recomputed, rejudged
	}
	w := openWithSeptember(t)
	computeBoth(w)
	before := testwh.Value(t, w, "indikator", "A", "2026-10", "verifikasi_tepat_waktu")
	if got := testwh.Value(t, w, "indikator_bulan", "A", "2026-09", "penyelesaian_60_hari"); !math.IsNaN(got) {
		t.Fatalf("September's penyelesaian_60_hari is %v: T10 still had days to finish (none judged)", got)
	}
	testwh.MustLoad(t, w, testwh.WriteDir(t, later))
	recomputed, rejudged := computeBoth(w)
	if len(recomputed) != 0 || len(rejudged) < 3 {
		t.Fatalf("recomputed %v, rejudged %v: want only complaints judged again, in 2026-10, 2026-09 and the baseline months", recomputed, rejudged)
	}
	if after := testwh.Value(t, w, "indikator", "A", "2026-10", "verifikasi_tepat_waktu"); after == before {
		t.Fatalf("verifikasi_tepat_waktu stayed %v: the moved as-of date should close T4's window", after)
	}
	if got := testwh.Value(t, w, "indikator_bulan", "A", "2026-09", "penyelesaian_60_hari"); got != 0 {
		t.Fatalf("September's penyelesaian_60_hari is %v: T10's 60 days ended before the new as-of date", got)
	}
	fresh := openWithSeptember(t)
	testwh.MustLoad(t, fresh, testwh.WriteDir(t, later))
	computeBoth(fresh)
	for _, q := range []string{"SELECT * FROM indikator_bulan ORDER BY ALL", "SELECT * FROM indikator ORDER BY ALL", "SELECT * FROM indikator_bulan_sidik ORDER BY ALL"} {
		if a, b := testwh.TableText(t, w, q), testwh.TableText(t, fresh, q); a != b {
			t.Errorf("%s:\nrejudged:\n%s\nfresh:\n%s", q, a, b)
		}
	}
}

// A load that brings a month's data again (its fingerprint changes) and
// moves the as-of date, as a monthly batch's does, has that month computed
// afresh and the complaints of the months whose windows were open judged
// again in the same complaints pass: the stored values equal those of a
// warehouse computed from the same files at once.
func TestComputeJudgesAgainInTheMonthsPass(t *testing.T) {
	later := map[string]string{
		"aduan.csv": "tracking_id,unit_id,diterima,diverifikasi,ditindaklanjuti,selesai\n" +
			"T9,B,2026-12-01 10:00,,,\n",
		"belanja/2026-10.csv": "unit_id,bulan,listrik,air,bbm,atk,mamin\n" +
			"A,2026-10,400,100,100,50,50\nG,2026-10,300,0,0,0,0\n",
	}
	ctx := context.Background()
	m := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	w := openWithSeptember(t)
	for _, month := range []time.Time{m.AddDate(0, -1, 0), m} { // September stored too
		if _, err := compute.Month(ctx, w, month); err != nil {
			t.Fatal(err)
		}
	}
	testwh.MustLoad(t, w, testwh.WriteDir(t, later))
	res, err := compute.Month(ctx, w, m)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Recomputed) != 1 || !res.Recomputed[0].Equal(m) || !slices.ContainsFunc(res.Rejudged, m.AddDate(0, -1, 0).Equal) {
		t.Fatalf("recomputed %v, rejudged %v: want 2026-10 computed afresh, 2026-09 among the months judged again", res.Recomputed, res.Rejudged)
	}
	if got := testwh.Value(t, w, "indikator_bulan", "A", "2026-09", "penyelesaian_60_hari"); got != 0 {
		t.Fatalf("September's penyelesaian_60_hari is %v: T10's 60 days ended before the new as-of date", got)
	}
	if got := testwh.Value(t, w, "indikator_bulan", "A", "2026-10", "belanja_operasional"); got != 700 {
		t.Fatalf("October's belanja_operasional is %v, want 700 from the new file", got)
	}
	// As run's evaluate stage does: September's evaluated indicators from
	// its values judged again.
	sep, err := compute.Month(ctx, w, m.AddDate(0, -1, 0))
	if err != nil {
		t.Fatal(err)
	}
	if len(sep.Recomputed)+len(sep.Rejudged) != 0 {
		t.Fatalf("September after October: recomputed %v, rejudged %v; want nothing left to refresh", sep.Recomputed, sep.Rejudged)
	}
	fresh := openWithSeptember(t)
	testwh.MustLoad(t, fresh, testwh.WriteDir(t, later))
	for _, month := range []time.Time{m.AddDate(0, -1, 0), m} {
		if _, err := compute.Month(ctx, fresh, month); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{"SELECT * FROM indikator_bulan ORDER BY ALL", "SELECT * FROM indikator ORDER BY ALL", "SELECT * FROM indikator_bulan_sidik ORDER BY ALL"} {
		if a, b := testwh.TableText(t, w, q), testwh.TableText(t, fresh, q); a != b {
			t.Errorf("%s:\njudged again in October's pass:\n%s\nfresh:\n%s", q, a, b)
		}
	}
}

func TestIndicatorsCSV(t *testing.T) {
	w := computeOn(t, computeFixture, "2026-10")
	month := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	path, err := outputs.IndicatorsCSV(context.Background(), w, month, outputs.NewFolder(t.TempDir(), month, false))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	wantHeader := "unit_id,nama_unit,instansi_id,bulan,hari_kerja,jumlah_pegawai,cakupan_presensi,tingkat_kehadiran,tanpa_keterangan," +
		"porsi_fleksibel,pelanggaran_kuota,fleksibel_tanpa_izin,kepatuhan_jam,capaian_kinerja,kepatuhan_kinerja_harian," +
		"rasio_output_fleksibel,aduan_masuk,aduan_per_100_pegawai,verifikasi_tepat_waktu,tindak_lanjut_tepat_waktu," +
		"penyelesaian_60_hari,median_hari_tindak_lanjut,belanja_operasional,penghematan_rupiah,penghematan_persen," +
		"capaian_kinerja_baseline,capaian_kinerja_change,capaian_kinerja_did,capaian_kinerja_did_rel," +
		"tindak_lanjut_tepat_waktu_baseline,tindak_lanjut_tepat_waktu_change,tindak_lanjut_tepat_waktu_did,tindak_lanjut_tepat_waktu_did_rel," +
		"aduan_per_100_pegawai_baseline,aduan_per_100_pegawai_change,aduan_per_100_pegawai_did,aduan_per_100_pegawai_did_rel," +
		"tingkat_kehadiran_baseline,tingkat_kehadiran_change,tingkat_kehadiran_did,tingkat_kehadiran_did_rel," +
		"belanja_operasional_baseline,belanja_operasional_change,belanja_operasional_did,belanja_operasional_did_rel," +
		"capaian_kinerja_se,capaian_kinerja_z,tindak_lanjut_tepat_waktu_se,tindak_lanjut_tepat_waktu_z," +
		"aduan_per_100_pegawai_se,aduan_per_100_pegawai_z,aduan_per_100_pegawai_rr"
	if lines[0] != wantHeader {
		t.Fatalf("header:\n%s\nwant\n%s", lines[0], wantHeader)
	}
	if len(lines) != 7 || !strings.HasPrefix(lines[1], "A,Unit A,I1,2026-10,20,3,0.32,0.26,0.02,0.5833333333333334,0.2,") {
		t.Fatalf("rows:\n%s", strings.Join(lines[1:], "\n"))
	}
	if !strings.HasPrefix(lines[2], "B,Unit B,I1,2026-10,20,1,0,0,0,,,,,90,,,1,100,") {
		t.Fatalf("B row: %s", lines[2])
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Fatalf("leftover files: %v", entries)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Fatalf("mode %v, want 0644 (regression: temp files are created 0600)", st.Mode().Perm())
	}
}

// A log naming another month's plan, near (September's) or far (June's),
// still counts toward the output ratio and daily-log compliance, but not
// toward any month's capaian.
func TestOutputOfFarPlan(t *testing.T) {
	files := map[string]string{}
	for k, v := range computeFixture {
		files[k] = v
	}
	files["rencana_aksi.csv"] += "A1-09," + nA1 + ",2026-09,10,x\n"
	files["kinerja_harian.csv"] += nA1 + ",2026-10-06,A1-06,10,DISETUJUI\n" + // a WFH day; June's plan
		nA1 + ",2026-10-12,A1-09,5,DISETUJUI\n" // a WFA day; September's plan
	w := computeOn(t, files, "2026-10")
	checkValues(t, w, "indikator", "2026-10", map[string]float64{
		"A.rasio_output_fleksibel":   (3.1 / 7) / (0.2 / 5),
		"A.kepatuhan_kinerja_harian": 6.0 / 12,
		"A.capaian_kinerja":          80,
	})
}

// A log toward another employee's plan counts toward that plan's
// approved output (the owner's capaian) and toward the logging employee's
// daily-log compliance and output ratio, normalised by the plan's target.
func TestPlanLoggedByAnother(t *testing.T) {
	files := map[string]string{}
	for k, v := range computeFixture {
		files[k] = v
	}
	files["kinerja_harian.csv"] += nA2 + ",2026-10-20,A1-10,3,DISETUJUI\n" // A2's WFH day; A1's plan
	w := computeOn(t, files, "2026-10")
	checkValues(t, w, "indikator", "2026-10", map[string]float64{
		"A.capaian_kinerja":          100 * (0.7 + 1.2) / 2,
		"A.rasio_output_fleksibel":   (1.9 / 7) / (0.2 / 5),
		"A.kepatuhan_kinerja_harian": 5.0 / 12,
	})
}

// Inside a batch a month computed already is not computed again until a
// stored month changes: here a load does (new belanja for October).
func TestComputeOncePerBatch(t *testing.T) {
	w := computeOn(t, computeFixture, "2026-10")
	ctx := context.Background()
	m := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	stray := "INSERT INTO indikator (unit_id, bulan) VALUES ('ZZ', DATE '2026-10-01')"
	strays := "SELECT count(*) FROM indikator WHERE unit_id = 'ZZ'"
	err := w.Batch(ctx, func() error {
		if _, err := compute.Month(ctx, w, m); err != nil {
			return err
		}
		if _, err := w.Conn().ExecContext(ctx, stray); err != nil {
			return err
		}
		// Computed already: October's indicators are not written again.
		if _, err := compute.Month(ctx, w, m); err != nil {
			return err
		}
		if n := testwh.Scalar[int64](t, w, strays); n != 1 {
			t.Errorf("October was computed twice in the batch (stray rows %d)", n)
		}
		if _, err := load.Load(ctx, w, load.LoadOptions{Dir: testwh.WriteDir(t, map[string]string{"belanja.csv": "unit_id,bulan,listrik,air,bbm,atk,mamin\nA,2026-10,900,0,0,0,0\n"}), MaxRejectRate: 1}); err != nil {
			return err
		}
		res, err := compute.Month(ctx, w, m)
		if err != nil {
			return err
		}
		if len(res.Recomputed) != 1 || testwh.Scalar[int64](t, w, strays) != 0 {
			t.Errorf("after a load October was not computed again: recomputed %v", res.Recomputed)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checkValues(t, w, "indikator", "2026-10", map[string]float64{"A.belanja_operasional": 900})
}
