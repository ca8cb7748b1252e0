package load

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// The direct path and the staged path give the same warehouse, rejects
// and counts over two loads: the first with its pegawai (NIPs from the
// map), rejects of every kind and unknown references; the second a rerun
// of the same month (replaced first) plus a new month, whose pegawai file
// holds one new employee only, so the others' NIPs are hashed and looked
// up in the warehouse.
func TestDirectMatchesStaged(t *testing.T) {
	dir1 := writeDir(t, map[string]string{"unit_kerja.csv": unitCSV})
	writeParquet(t, filepath.Join(dir1, "pegawai.parquet"), `SELECT * FROM (VALUES
		('198501012010121001', 'U1', 'PNS', true, DATE '2020-01-01'),
		('198501012010121002', 'U1', 'PPPK', false, DATE '2020-01-01'),
		('198501012010121009', 'U404', 'PNS', true, DATE '2020-01-01')) t(nip, unit_id, jenis_asn, fwa_disetujui, tmt)`)
	writeParquet(t, filepath.Join(dir1, "presensi.parquet"), `SELECT * FROM (VALUES
		('198501012010121001', DATE '2026-10-01', 'HADIR', 'wfh', TIME '07:30:15', TIME '16:00:00'),
		(' 198501012010121001', DATE '2026-10-02', 'present', 'WFO', NULL, NULL),
		('198501012010121002', DATE '2026-10-01', 'sick', 'XYZ', NULL, NULL),
		('198501012010121002', DATE '2026-10-02', 'HADIR', NULL, NULL, NULL),
		('198501012010121009', DATE '2026-10-02', 'HADIR', 'WFO', NULL, NULL),
		('1985010120101210', DATE '2026-10-03', 'HADIR', 'WFO', NULL, NULL),
		('198501012010121002', DATE '2026-10-05', 'BOLOS', 'WFO', NULL, NULL),
		('198501012010121002', NULL, 'IZIN', NULL, NULL, NULL)
		) t(nip, tanggal, status, lokasi, jam_masuk, jam_pulang)`)
	writeParquet(t, filepath.Join(dir1, "rencana_aksi.parquet"), `SELECT * FROM (VALUES
		('RA1', '198501012010121001', '2026-10', 10.0, 'dokumen'),
		('RA2', '198501012010121002', '2026-10', 4.0, 'laporan'),
		('RA3', '198501012010121009', '2026-10', 4.0, 'laporan'),
		('RA4', '198501012010121002', '2026-10', 0.0, 'laporan')
		) t(rencana_aksi_id, nip, bulan, target, satuan)`)
	writeParquet(t, filepath.Join(dir1, "kinerja_harian.parquet"), `SELECT * FROM (VALUES
		('198501012010121001', DATE '2026-10-01', 'RA1', 2.5, 'approved'),
		('198501012010121002', DATE '2026-10-02', 'RA2', 1.0, 'DIAJUKAN'),
		('198501012010121002', DATE '2026-10-02', 'RA9', 1.0, 'DRAFT'),
		('198501012010121099', DATE '2026-10-02', 'RA9', 1.0, 'DRAFT'),
		('198501012010121001', DATE '2026-10-03', 'RA1', -1.0, 'DISETUJUI')
		) t(nip, tanggal, rencana_aksi_id, realisasi, status)`)
	writeParquet(t, filepath.Join(dir1, "aduan.parquet"), `SELECT * FROM (VALUES
		('T1', 'U1', TIMESTAMP '2026-10-01 08:30:00', TIMESTAMP '2026-10-02 09:00:00', NULL::TIMESTAMP, NULL::TIMESTAMP, 'Layanan'),
		('T2', 'U9', TIMESTAMP '2026-10-03 10:00:00', NULL, NULL, NULL, NULL)
		) t(tracking_id, unit_id, diterima, diverifikasi, ditindaklanjuti, selesai, kategori)`)
	writeParquet(t, filepath.Join(dir1, "belanja.parquet"), `SELECT * FROM (VALUES
		('U1', '2026-10', 1.5::DOUBLE, 0.0, 0.0, 0.0, 100.0),
		('U2', '2026-10', 2.5::DOUBLE, 0.0, 0.0, 0.0, 100.0)
		) t(unit_id, bulan, listrik, air, bbm, atk, mamin)`)

	dir2 := writeDir(t, nil)
	writeParquet(t, filepath.Join(dir2, "pegawai.parquet"), `SELECT * FROM (VALUES
		('198501012010121003', 'U2', 'PNS', true, DATE '2026-10-15')) t(nip, unit_id, jenis_asn, fwa_disetujui, tmt)`)
	writeParquet(t, filepath.Join(dir2, "presensi.parquet"), `SELECT * FROM (VALUES
		('198501012010121001', DATE '2026-10-01', 'HADIR', 'WFA', NULL, NULL),
		('198501012010121003', DATE '2026-10-16', 'CUTI', NULL, NULL, NULL),
		('198501012010121003', DATE '2026-11-02', 'HADIR', 'WFO', TIME '08:00', TIME '17:00'),
		('198501012010121077', DATE '2026-11-02', 'HADIR', 'WFO', NULL, NULL)
		) t(nip, tanggal, status, lokasi, jam_masuk, jam_pulang)`)
	// An action plan id of 2026-10 used again in 2026-11: taken (ids are
	// unique across months), so this file goes the staged way.
	writeParquet(t, filepath.Join(dir2, "rencana_aksi.parquet"), `SELECT * FROM (VALUES
		('RA1', '198501012010121003', '2026-11', 5.0, 'dokumen'),
		('RA11', '198501012010121003', '2026-11', 5.0, 'dokumen')
		) t(rencana_aksi_id, nip, bulan, target, satuan)`)

	// November's daily logs: RA11 is November's (found among the file's
	// month), RA1 October's (found only in the last pass over every
	// month), RA77 nobody's.
	dir3 := writeDir(t, nil)
	writeParquet(t, filepath.Join(dir3, "kinerja_harian.parquet"), `SELECT * FROM (VALUES
		('198501012010121003', DATE '2026-11-02', 'RA11', 1.0, 'DISETUJUI'),
		('198501012010121001', DATE '2026-11-03', 'RA1', 2.0, 'DISETUJUI'),
		('198501012010121001', DATE '2026-11-04', 'RA77', 3.0, 'DISETUJUI')
		) t(nip, tanggal, rencana_aksi_id, realisasi, status)`)

	got := sameBothWays(t, 13, dir1, dir2, dir3)
	if got.direct != 7 {
		t.Errorf("%d of 7 fact files took the direct path", got.direct)
	}
	if !strings.Contains(got.dump, "2026-11-03") || strings.Contains(got.dump, "2026-11-04") ||
		!strings.Contains(strings.Join(got.rejects, "\n"), "kinerja_harian.parquet:4:rencana_aksi_id") {
		t.Errorf("November's log of October's RA1 not loaded, or of RA77 not rejected:\n%s", strings.Join(got.rejects, "\n"))
	}
	dGo, rGo := got.dump, got.rejects
	if !strings.Contains(dGo, "RA11") || !strings.Contains(strings.Join(rGo, "\n"), "rencana_aksi.parquet:2:rencana_aksi_id") {
		t.Errorf("the second load's taken id RA1 was not rejected, or RA11 not loaded:\n%s", strings.Join(rGo, "\n"))
	}
	if !strings.Contains(dGo, "2026-11-02") || strings.Contains(dGo, "WFH") {
		t.Errorf("the second load did not replace 2026-10 and add 2026-11:\n%s", dGo)
	}
}

// A Parquet file's candidate months come from its row groups' statistics
// when they can: every month from the first to the last date, the one
// month of a text column holding one value; otherwise the column is read.
func TestParquetMonths(t *testing.T) {
	w, _ := openTemp(t)
	dir := t.TempDir()
	cases := []struct {
		src, query string
		ok         bool
		want       string
	}{
		{"presensi", `SELECT '198501012010121001' AS nip, d::DATE AS tanggal FROM (VALUES (DATE '2026-12-01'), (DATE '2026-10-03')) t(d)`, true, "2026-10 2026-11 2026-12"},
		{"aduan", `SELECT 'T1' AS tracking_id, TIMESTAMP '2026-09-30 23:59:00' AS diterima UNION ALL SELECT 'T2', TIMESTAMP '2026-10-01 00:00:00'`, true, "2026-09 2026-10"},
		{"rencana_aksi", `SELECT 'RA1' AS rencana_aksi_id, '2026-11' AS bulan UNION ALL SELECT 'RA2', '2026-11'`, true, "2026-11"},
		{"rencana_aksi", `SELECT 'RA1' AS rencana_aksi_id, '2026-13' AS bulan`, true, ""},
		{"rencana_aksi", `SELECT 'RA1' AS rencana_aksi_id, '2026-10' AS bulan UNION ALL SELECT 'RA2', '2026-11'`, false, ""},
		{"presensi", `SELECT '198501012010121001' AS nip, d::DATE AS tanggal FROM (VALUES (DATE '2020-01-01'), (DATE '2026-01-01')) t(d)`, false, ""},
		{"presensi", `SELECT '198501012010121001' AS nip, '2026-10-01' AS tanggal`, false, ""},
	}
	for i, c := range cases {
		path := filepath.Join(dir, fmt.Sprintf("%d.parquet", i))
		writeParquet(t, path, c.query)
		names, types, ok := parquetColumns(context.Background(), w, path)
		if !ok {
			t.Fatalf("case %d: columns of %s", i, path)
		}
		months, ok := parquetMonths(context.Background(), w, inputFile{src: sourceByName(c.src), path: path}, names, types)
		var got []string
		for _, m := range months {
			got = append(got, m.Format("2006-01"))
		}
		if ok != c.ok || strings.Join(got, " ") != c.want {
			t.Errorf("case %d (%s): months %v, ok %v; want %q, %v", i, c.src, got, ok, c.want, c.ok)
		}
	}
}
