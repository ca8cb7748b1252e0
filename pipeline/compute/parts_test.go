package compute

import (
	"context"
	"strings"
	"testing"
	"time"

	"fwaeval/pipeline/internal/testwh"
	"fwaeval/pipeline/warehouse"
)

// loadedSample is a fresh warehouse holding the committed sample data.
func loadedSample(t *testing.T) *warehouse.Warehouse {
	t.Helper()
	w, _ := testwh.Open(t)
	testwh.MustLoad(t, w, "../../sample-data")
	return w
}

// KinerjaBulan's grouping split into parts of the NIP range gives the
// stored months exactly what one part gives.
func TestKinerjaPartsAgree(t *testing.T) {
	w := loadedSample(t)
	ctx := context.Background()
	month := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	stored := "SELECT * FROM indikator_bulan ORDER BY bulan, unit_id"
	if _, err := Month(ctx, w, month); err != nil {
		t.Fatal(err)
	}
	one := testwh.TableText(t, w, stored)
	logs := testwh.Scalar[int64](t, w, "SELECT count(*) FROM kinerja_harian WHERE tanggal >= DATE '2026-10-01' AND tanggal < DATE '2026-11-01' AND status IN ('DIAJUKAN', 'DISETUJUI')")
	if partsFor(logs, 1<<20) != 1 || partsFor(logs, 7) != 64 {
		t.Fatalf("the sample's %d October logs: one part by default, 64 with 7 logs a part", logs)
	}
	logsPerPart = 7
	t.Cleanup(func() { logsPerPart = 0 })
	if _, err := w.Conn().ExecContext(ctx, "DELETE FROM indikator_bulan_sidik"); err != nil {
		t.Fatal(err)
	}
	res, err := Month(ctx, w, month)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Recomputed) < 2 {
		t.Fatalf("recomputed %v, want October and the months it reads", res.Recomputed)
	}
	if parts := testwh.TableText(t, w, stored); parts != one {
		t.Errorf("in 64 parts the stored months differ from one part:\n%s\nwant\n%s", parts, one)
	}
	if !strings.Contains(one, "2026-10-01") {
		t.Errorf("October not stored:\n%s", one)
	}
}

// The parts' NIP ranges cover the UUIDs end to end; DuckDB's memory limit
// reads back in bytes.
func TestNIPRangesAndMemoryLimit(t *testing.T) {
	from, to := nipRanges(3)
	want := [][2]string{
		{"00000000-0000-0000-0000-000000000000", "55555555-5555-5555-5555-555555555554"},
		{"55555555-5555-5555-5555-555555555555", "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaa9"},
		{"aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa", "ffffffff-ffff-ffff-ffff-ffffffffffff"},
	}
	for i, w := range want {
		if from[i] != w[0] || to[i] != w[1] {
			t.Errorf("part %d: %s .. %s, want %s .. %s", i+1, from[i], to[i], w[0], w[1])
		}
	}
	if f, l := nipRanges(1); f[0] != want[0][0] || l[0] != want[2][1] {
		t.Errorf("one part: %s .. %s", f[0], l[0])
	}
	for in, want := range map[string]int64{"5.5 GiB": 5905580032, "512.0 MiB": 512 << 20, "6GB": 0, "x GiB": 0, "1.0 KB": 1000} {
		if got := memoryBytes(in); got != want {
			t.Errorf("memoryBytes(%q) = %d, want %d", in, got, want)
		}
	}
}
