package pipeline

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The bulk SQL path and the Go path load the same typed Parquet files —
// hostile values included — to the same warehouse, with the same rejects
// (line, column, code and message) and counts.
func TestParquetSQLMatchesGo(t *testing.T) {
	dir := writeDir(t, map[string]string{"unit_kerja.csv": unitCSV})
	writeParquet(t, filepath.Join(dir, "pegawai.parquet"), `SELECT * FROM (VALUES
		('198501012010121001', 'U1', 'pns', true, DATE '2020-01-01'),
		(' 198501012010121002 ', 'U1', 'PPPK', false, DATE '2020-01-01'),
		('198501012010121003', 'U2', 'PNS', NULL, DATE '2026-10-15'),
		('19850101201012100X', 'U1', 'PNS', true, DATE '2020-01-01'),
		('198501012010121004', 'U1', 'ASN', true, DATE '2020-01-01'),
		('198501012010121005', 'U1', 'PNS', true, DATE '0000-01-01'),
		('198501012010121006', '', 'PNS', true, NULL),
		('198501012010121001', 'U1', 'PNS', true, DATE '2020-01-01'),
		('198501012010121007', 'U404', 'PNS', true, DATE '2020-01-01')) t(nip, unit_id, jenis_asn, fwa_disetujui, tmt)`)
	writeParquet(t, filepath.Join(dir, "presensi.parquet"), `SELECT * FROM (VALUES
		('198501012010121001', DATE '2026-10-01', 'HADIR', 'wfh', TIME '07:30:15.9', TIME '16:00:00'),
		('198501012010121001', DATE '2026-10-02', 'present', NULL, NULL, NULL),
		('198501012010121001', DATE '2026-10-03', 'CUTI', 'XYZ', NULL, NULL),
		('198501012010121002', DATE '2026-10-01', 'sick', '', NULL, NULL),
		('198501012010121002', DATE '2026-10-02', 'HADIR', 'WFA', NULL, TIME '23:59:59.999'),
		('198501012010121002', DATE '2026-10-02', 'HADIR', 'WFO', NULL, NULL),
		('198501012010121002', NULL, 'HADIR', 'WFO', NULL, NULL),
		('198501012010121099', DATE '2026-10-04', 'HADIR', 'WFO', NULL, NULL),
		('12345', DATE '2026-10-04', 'HADIR', 'WFO', NULL, NULL),
		('198501012010121002', DATE '2026-10-05', 'BOLOS', 'WFO', NULL, NULL),
		('198501012010121002', DATE '2026-10-06', chr(9) || 'HADIR' || chr(160), ' wfo ', NULL, NULL)
		) t(nip, tanggal, status, lokasi, jam_masuk, jam_pulang)`)
	writeParquet(t, filepath.Join(dir, "rencana_aksi.parquet"), `SELECT * FROM (VALUES
		('RA1', '198501012010121001', '2026-10', 10.0, 'dokumen'),
		('RA2', '198501012010121001', '2026-1', 0.0, 'dokumen'),
		('RA3', '198501012010121001', '2026-13', 5.0, 'dokumen'),
		('RA4', '198501012010121002', '0000-10', 5.0, 'dokumen'),
		('RA5', '198501012010121002', '2026-10', -1.0, 'dokumen'),
		('RA6', '198501012010121002', '2026-10', 'NaN'::DOUBLE, 'dokumen'),
		('RA7', '198501012010121002', '2026-10-01', 3.0, 'dokumen'),
		('RA8', '198501012010121002', '2026-10', 3.0, NULL)
		) t(rencana_aksi_id, nip, bulan, target, satuan)`)
	writeParquet(t, filepath.Join(dir, "kinerja_harian.parquet"), `SELECT * FROM (VALUES
		('198501012010121001', DATE '2026-10-01', 'RA1', 2::BIGINT, 'approved'),
		('198501012010121001', DATE '2026-10-02', 'RA1', -2::BIGINT, 'DISETUJUI'),
		('198501012010121001', DATE '2026-10-02', 'RA9', 1::BIGINT, 'DRAFT'),
		('198501012010121001', DATE '2026-10-03', 'RA1', 0::BIGINT, 'Submitted')
		) t(nip, tanggal, rencana_aksi_id, realisasi, status)`)
	writeParquet(t, filepath.Join(dir, "aduan.parquet"), `SELECT * FROM (VALUES
		('T1', 'U1', TIMESTAMP '2026-10-01 08:30:00.75', TIMESTAMP '2026-10-02 09:00:00', NULL::TIMESTAMP, NULL::TIMESTAMP, 'Layanan'),
		('T2', 'U1', NULL, NULL, NULL, NULL, NULL),
		('T3', 'U2', TIMESTAMP '2026-10-03 10:00:00', NULL, TIMESTAMP '2026-10-04 10:00:00', TIMESTAMP '2026-10-20 10:00:00', '  '),
		('T1', 'U2', TIMESTAMP '2026-10-05 10:00:00', NULL, NULL, NULL, NULL)
		) t(tracking_id, unit_id, diterima, diverifikasi, ditindaklanjuti, selesai, kategori)`)
	writeParquet(t, filepath.Join(dir, "belanja.parquet"), `SELECT * FROM (VALUES
		('U1', '2026-10', 1.5::DOUBLE, 0::INTEGER, 0.25::DECIMAL(10,2), 0::BIGINT, 100::HUGEINT),
		('U2', '2026-10', -1.5::DOUBLE, 0::INTEGER, 0.0::DECIMAL(10,2), 0::BIGINT, 100::HUGEINT),
		('U2', '2026-09', 'Infinity'::DOUBLE, 0::INTEGER, 0.0::DECIMAL(10,2), 0::BIGINT, NULL::HUGEINT),
		('U1', '2026-09', 'NaN'::DOUBLE, 0::INTEGER, 0.0::DECIMAL(10,2), 0::BIGINT, 1::HUGEINT)
		) t(unit_id, bulan, listrik, air, bbm, atk, mamin)`)

	load := func(sqlPath bool) (string, []string, []InputStat) {
		defer func(v bool) { parquetSQL = v }(parquetSQL)
		parquetSQL = sqlPath
		w, _ := openTemp(t)
		if _, err := w.conn.ExecContext(context.Background(), "UPDATE meta SET v = 'shared-key' WHERE k = 'pseudonym_key'"); err != nil {
			t.Fatal(err)
		}
		before, beforeDirect := bulkFiles, directFiles
		res := mustLoad(t, w, dir)
		if used := bulkFiles - before + directFiles - beforeDirect; sqlPath != (used == 6) {
			t.Fatalf("SQL path on: %v, but %d of 6 Parquet files took it", sqlPath, used)
		}
		if sqlPath && directFiles == beforeDirect {
			t.Fatal("no file took the direct path")
		}
		var rej []string
		for _, r := range res.Rejects {
			rej = append(rej, strings.Join([]string{r.File, itoa(r.Line), r.Column, r.Code, r.Message}, ":"))
		}
		return dump(t, w), rej, res.Inputs
	}
	dGo, rGo, iGo := load(false)
	dSQL, rSQL, iSQL := load(true)
	if len(rGo) < 15 {
		t.Fatalf("only %d rejects: the fixture lost its point\n%s", len(rGo), strings.Join(rGo, "\n"))
	}
	if a, b := strings.Join(rGo, "\n"), strings.Join(rSQL, "\n"); a != b {
		t.Errorf("rejects differ:\nGo:\n%s\nSQL:\n%s", a, b)
	}
	for i := range iGo {
		if iGo[i] != iSQL[i] {
			t.Errorf("input %d: Go %+v, SQL %+v", i, iGo[i], iSQL[i])
		}
	}
	if dGo != dSQL {
		t.Errorf("warehouses differ:\nGo:\n%s\nSQL:\n%s", dGo, dSQL)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
