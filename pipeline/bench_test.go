package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fwaeval/pipeline"
	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/load"
	"fwaeval/pipeline/warehouse"
	sample "fwaeval/sample-data"
)

// pemdaData generates the pemda set once into .cache/bench (gitignored).
func pemdaData(b *testing.B) string {
	b.Helper()
	dir := filepath.Join("..", ".cache", "bench", "pemda-csv")
	if _, err := os.Stat(filepath.Join(dir, "truth.csv")); err == nil {
		return dir
	}
	if err := sample.Generate(context.Background(), sample.Options{Scale: "pemda", Seed: 1, Out: dir}); err != nil {
		b.Fatal(err)
	}
	return dir
}

func loadedWarehouse(b *testing.B, dir string) *warehouse.Warehouse {
	b.Helper()
	w, err := pipeline.Open(context.Background(), filepath.Join(b.TempDir(), "w.duckdb"), warehouse.Settings{MemoryLimit: "4GB"})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { w.Close() })
	if _, err := load.Load(context.Background(), w, load.LoadOptions{Dir: dir, MaxRejectRate: 0}); err != nil {
		b.Fatal(err)
	}
	return w
}

func exec(b *testing.B, w *warehouse.Warehouse, q string, args ...any) {
	b.Helper()
	if _, err := w.Conn().ExecContext(context.Background(), q, args...); err != nil {
		b.Fatalf("%s: %v", q, err)
	}
}

// timeCompute times computing month m afresh (its stored values dropped).
func timeCompute(b *testing.B, w *warehouse.Warehouse, m time.Time) time.Duration {
	b.Helper()
	exec(b, w, "DELETE FROM indikator_bulan_sidik WHERE bulan = ?", m)
	start := time.Now()
	if _, err := compute.Month(context.Background(), w, m); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}

// BenchmarkComputeMonth13 compares computing 2026-10 in a warehouse that
// holds 12 earlier months (already computed, as in monthly operation) with
// computing it in a warehouse that holds that month alone. The aim: the cost
// grows with the month's rows, not with history (ratio about 1.2 at most).
func BenchmarkComputeMonth13(b *testing.B) {
	dir := pemdaData(b)
	m := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	hist := loadedWarehouse(b, dir)
	for h := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC); h.Before(m); h = h.AddDate(0, 1, 0) {
		if _, err := compute.Month(context.Background(), hist, h); err != nil {
			b.Fatal(err)
		}
	}
	alone := loadedWarehouse(b, dir)
	for _, q := range []string{
		"DELETE FROM presensi WHERE tanggal < ?", "DELETE FROM kinerja_harian WHERE tanggal < ?",
		"DELETE FROM rencana_aksi WHERE bulan < ?", "DELETE FROM aduan WHERE diterima < ?",
		"DELETE FROM belanja WHERE bulan < ?", "DELETE FROM muat_bulan WHERE bulan < ?",
	} {
		exec(b, alone, q, m)
	}
	exec(b, alone, "CHECKPOINT")
	timeCompute(b, hist, m) // warm both
	timeCompute(b, alone, m)
	b.ResetTimer()
	var tHist, tAlone time.Duration
	for i := 0; i < b.N; i++ {
		tHist += timeCompute(b, hist, m)
		tAlone += timeCompute(b, alone, m)
	}
	b.ReportMetric(tHist.Seconds()/float64(b.N), "s/month13")
	b.ReportMetric(tAlone.Seconds()/float64(b.N), "s/alone")
	b.ReportMetric(float64(tHist)/float64(tAlone), "ratio")
}
