package load

import (
	"context"
	"path/filepath"
	"testing"

	"fwaeval/pipeline/warehouse"
)

// A load kept for undo and then undone leaves the warehouse exactly as it
// was — replaced fact months (direct and staged paths), upserted reference
// rows, new months, load records and rejects; one forgotten stays; and a
// warehouse closed with a load pending is undone when it is next opened.
func TestUndo(t *testing.T) {
	ctx := context.Background()
	dirA := writeDir(t, map[string]string{
		"unit_kerja.csv": unitCSV,
		"pegawai.csv":    pegawaiCSV,
		"aduan.csv": "tracking_id,unit_id,diterima\n" +
			"T1,U1,2026-09-03 08:00\n" +
			"T2,U2,2026-10-01 09:00\n",
	})
	writeParquet(t, filepath.Join(dirA, "presensi.parquet"), `SELECT * FROM (VALUES
		('`+nip1+`', DATE '2026-09-01', 'HADIR', 'WFO', NULL::TIME, NULL::TIME),
		('`+nip1+`', DATE '2026-10-01', 'HADIR', 'WFH', NULL, NULL),
		('`+nip2+`', DATE '2026-10-01', 'SAKIT', NULL, NULL, NULL)) t(nip, tanggal, status, lokasi, jam_masuk, jam_pulang)`)
	dirB := writeDir(t, map[string]string{
		"unit_kerja.csv": unitCSV + "U3,Dinas Baru,I1,Pemprov Bengkulu,PROVINSI,Bengkulu,ya,\n",
		"pegawai.csv":    "nip,unit_id,jenis_asn,fwa_disetujui,tmt\n" + nip1 + ",U2,PNS,tidak,2021-01-01\n198501012010121004,U3,PNS,ya,2026-01-01\n",
		"aduan.csv": "tracking_id,unit_id,diterima\n" +
			"T3,U1,2026-10-05 08:00\n" +
			"T4,U9,2026-11-02 09:00\n",
	})
	writeParquet(t, filepath.Join(dirB, "presensi.parquet"), `SELECT * FROM (VALUES
		('`+nip1+`', DATE '2026-10-02', 'HADIR', 'WFA', NULL::TIME, NULL::TIME),
		('198501012010121004', DATE '2026-11-02', 'HADIR', 'WFO', NULL, NULL),
		('198501012010121077', DATE '2026-11-02', 'HADIR', 'WFO', NULL, NULL)) t(nip, tanggal, status, lokasi, jam_masuk, jam_pulang)`)

	sameKey := func(w *warehouse.Warehouse) {
		if _, err := w.Conn().ExecContext(ctx, "UPDATE meta SET v = 'shared-key' WHERE k = 'pseudonym_key'"); err != nil {
			t.Fatal(err)
		}
	}
	w, path := openTemp(t)
	sameKey(w)
	mustLoad(t, w, dirA)
	before := dump(t, w)
	loadUndo := func() {
		t.Helper()
		if _, err := Load(ctx, w, LoadOptions{Dir: dirB, MaxRejectRate: 1, Undo: true}); err != nil {
			t.Fatal(err)
		}
		if p, err := UndoPending(ctx, w); err != nil || !p {
			t.Fatalf("no load pending after a load for undo (%v)", err)
		}
	}
	loadUndo()
	if dump(t, w) == before {
		t.Fatal("the second load changed nothing: the fixture lost its point")
	}
	if err := Undo(ctx, w); err != nil {
		t.Fatal(err)
	}
	if got := dump(t, w); got != before {
		t.Errorf("undo did not restore the warehouse:\nbefore:\n%s\nafter:\n%s", before, got)
	}
	if p, _ := UndoPending(ctx, w); p {
		t.Error("still pending after undo")
	}
	if n := scalar[int64](t, w, "SELECT (SELECT count(*) FROM undo_pegawai) + (SELECT count(*) FROM undo_bulan) + (SELECT count(*) FROM undo_presensi)"); n != 0 {
		t.Errorf("undo tables hold %d rows after undo", n)
	}

	// Forgotten, the load stays: the same as loading B plainly.
	loadUndo()
	if err := ForgetUndo(ctx, w); err != nil {
		t.Fatal(err)
	}
	w2, _ := openTemp(t)
	sameKey(w2)
	mustLoad(t, w2, dirA)
	mustLoad(t, w2, dirB)
	want := dump(t, w2)
	if got := dump(t, w); got != want {
		t.Errorf("a forgotten undo record changed the load:\nwant:\n%s\ngot:\n%s", want, got)
	}

	// Pending when the process stops: undone at the next open.
	if err := Undo(ctx, w); err != nil { // nothing pending: a no-op
		t.Fatal(err)
	}
	afterB := dump(t, w)
	loadUndo()
	w.Close()
	w3, err := openUndone(ctx, path, warehouse.Settings{MemoryLimit: "1GB", Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer w3.Close()
	if got := dump(t, w3); got != afterB {
		t.Errorf("opening did not undo a pending load:\nwant:\n%s\ngot:\n%s", afterB, got)
	}
}
