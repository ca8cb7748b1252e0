package load

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// DuckDB's Parquet reader and the Go reader (through stg_raw) load the
// same typed Parquet files — hostile values included — to the same
// warehouse, with the same rejects (line, column, code and message) and
// counts.
func TestParquetReadersAgree(t *testing.T) {
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

	got := sameBothWays(t, 15, dir)
	if got.sqlFiles != 7 {
		t.Errorf("%d of 7 files (6 Parquet, 1 CSV) took the SQL path", got.sqlFiles)
	}
	if got.direct == 0 {
		t.Error("no file took the direct path")
	}
}

// The same for CSV files, read by DuckDB's CSV reader with every cell as
// text: text dates, times, timestamps and numbers (both dialects), hostile
// values, and files the Go reader must read instead (quotes, a blank line,
// a row with a missing cell) next to ones DuckDB reads.
func TestCSVReadersAgree(t *testing.T) {
	files := map[string]string{
		"unit_kerja.csv": unitCSV,
		"pegawai.csv": "nip,unit_id,jenis_asn,fwa_disetujui,tmt\n" +
			"198501012010121001,U1,pns,ya,2020-01-01\n" +
			" 198501012010121002 ,U1,PPPK,Tidak,1/2/2020\n" +
			"198501012010121003,U2,PNS,,2026-10-15\n" +
			"19850101201012100X,U1,PNS,y,2020-01-01\n" +
			"198501012010121004,U1,ASN,1,2020-01-01\n" +
			"198501012010121005,U1,PNS,0,0000-01-01\n" +
			"198501012010121006,,PNS,true,\n" +
			"198501012010121001,U1,PNS,n,2020-01-01\n" +
			"198501012010121008,U1,PNS,maybe,2020-02-30\n" +
			"198501012010121007,U404,PNS,false,2020-1-1\n",
		// The Indonesian dialect: `;` and 1.250,5 numbers.
		"presensi.csv": "nip;tanggal;status;lokasi;jam_masuk;jam_pulang\n" +
			"198501012010121001;2026-10-01;HADIR;wfh;7:30;16:00:59\n" +
			"198501012010121001;2/10/2026;present;;;\n" +
			"198501012010121001;2026-10-03;CUTI;XYZ;;\n" +
			"198501012010121002;2026-10-01;sick;;24:00;\n" +
			"198501012010121002;02/10/2026;HADIR;WFA;;23:59:59\n" +
			"198501012010121002;2026-10-2;HADIR;WFO;;\n" +
			"198501012010121002;;HADIR;WFO;;\n" +
			"198501012010121099;2026-10-04;HADIR;WFO;;\n" +
			"12345;2026-10-04;HADIR;WFO;;\n" +
			"198501012010121002;2026-10-05;BOLOS;WFO;;\n" +
			"198501012010121002;2026-10-06;\tHADIR\u00a0; wfo ;07:3;\n" +
			"198501012010121002;2026-10-07;HADIR;WFO;07:30:00.5;\n" +
			"198501012010121002;2026-10-32;HADIR;WFO;;\n",
		"rencana_aksi.csv": "rencana_aksi_id;nip;bulan;target;satuan\n" +
			"RA1;198501012010121001;2026-10;1.250,5;dokumen\n" +
			"RA2;198501012010121001;2026-1;0;dokumen\n" +
			"RA3;198501012010121001;2026-13;5;dokumen\n" +
			"RA4;198501012010121002;0000-10;5;dokumen\n" +
			"RA5;198501012010121002;2026-10;-1;dokumen\n" +
			"RA6;198501012010121002;2026-10;1.5;dokumen\n" +
			"RA7;198501012010121002;2026-10-01;3;dokumen\n" +
			"RA8;198501012010121002;2026-10;,5;\n" +
			"RA9;198501012010121002;2026-10;1e3;x\n",
		"kinerja_harian.csv": "nip,tanggal,rencana_aksi_id,realisasi,status\n" +
			"198501012010121001,2026-10-01,RA1,2,approved\n" +
			"198501012010121001,2026-10-02,RA1,-2,DISETUJUI\n" +
			"198501012010121001,2026-10-02,RA9,1e400,DRAFT\n" +
			"198501012010121001,2026-10-03,RA1,.5,Submitted\n" +
			"198501012010121001,2026-10-04,RA1,1.250,DIAJUKAN\n" +
			"198501012010121001,2026-10-05,RA1,1e-400,DIAJUKAN\n",
		// Quoted: the Go reader's.
		"aduan.csv": "tracking_id,unit_id,diterima,diverifikasi,ditindaklanjuti,selesai,kategori\n" +
			"T1,U1,2026-10-01 08:30,2026-10-02T09:00:00,,,\"Layanan, umum\"\n" +
			"T2,U1,,,,,\n" +
			"T3,U2,3/10/2026 10:00,,2026-10-04,2026-10-20 25:00,  \n" +
			"T1,U2,2026-10-05 10:00,,,,\n",
		"belanja.csv": "unit_id,bulan,listrik,air,bbm,atk,mamin\n" +
			"U1,2026-10,1.5,0,0.25,0,100\n" +
			"U2,2026-10,-1.5,0,0,0,100\n" +
			"U2,2026-09,inf,0,0,0,\n" +
			"U1,2026-09,NaN,0,0,0,1\n",
	}
	dir := writeDir(t, files)
	// A second folder: aduan now simple, belanja with a blank line (Go),
	// kinerja_harian without a final newline.
	files["aduan.csv"] = strings.Replace(files["aduan.csv"], "\"Layanan, umum\"", "Layanan", 1)
	files["belanja.csv"] = strings.Replace(files["belanja.csv"], "U2,2026-10", "\nU2,2026-10", 1)
	files["kinerja_harian.csv"] = strings.TrimSuffix(files["kinerja_harian.csv"], "\n") // no final newline
	dir2 := writeDir(t, files)

	for _, d := range []string{dir, dir2} {
		if got := sameBothWays(t, 25, d); got.sqlFiles != 6 {
			t.Errorf("%d of 8 files read by DuckDB, want 6 (aduan or belanja are the Go reader's)", got.sqlFiles)
		}
	}
	// A third: presensi and pegawai gzipped (DuckDB decompresses them),
	// rencana_aksi in two gzip members (the Go reader's).
	dir3 := writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "aduan.csv": files["aduan.csv"]})
	writeGzip(t, filepath.Join(dir3, "presensi.csv.gz"), files["presensi.csv"])
	writeGzip(t, filepath.Join(dir3, "pegawai.csv.gz"), files["pegawai.csv"])
	half := strings.Index(files["rencana_aksi.csv"], "RA5")
	writeGzip(t, filepath.Join(dir3, "rencana_aksi.csv.gz"), files["rencana_aksi.csv"][:half], files["rencana_aksi.csv"][half:])
	if got := sameBothWays(t, 20, dir3); got.sqlFiles != 4 {
		t.Errorf("%d of 5 files read by DuckDB, want 4 (rencana_aksi is the Go reader's)", got.sqlFiles)
	}
	// A fourth: Windows line ends (CR LF), read by DuckDB; kinerja_harian
	// mixes them with LF, and belanja still has its blank line (both the
	// Go reader's).
	crlf := map[string]string{}
	for name, body := range files {
		crlf[name] = strings.ReplaceAll(body, "\n", "\r\n")
	}
	crlf["kinerja_harian.csv"] = strings.Replace(crlf["kinerja_harian.csv"], "\r\n", "\n", 2)
	crlf["presensi.csv"] = strings.TrimSuffix(crlf["presensi.csv"], "\r\n") // no final line end
	if got := sameBothWays(t, 25, writeDir(t, crlf)); got.sqlFiles != 5 {
		t.Errorf("%d of 7 files read by DuckDB, want 5 (belanja and kinerja_harian are the Go reader's)", got.sqlFiles)
	}
}

// writeGzip writes the parts to path, each as a gzip member of its own
// (with a file name in its header, as gzip(1) writes).
func writeGzip(t *testing.T, path string, parts ...string) {
	t.Helper()
	var b bytes.Buffer
	for _, p := range parts {
		z := gzip.NewWriter(&b)
		z.Name = filepath.Base(path)
		if _, err := z.Write([]byte(p)); err != nil {
			t.Fatal(err)
		}
		if err := z.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// bothWays is what sameBothWays saw: the Go readers' warehouse dump and
// rejects, how many files DuckDB's readers read, and how many files went
// straight into their table.
type bothWays struct {
	dump             string
	rejects          []string
	sqlFiles, direct int
}

// sameBothWays loads dirs, one after another, with DuckDB's readers off,
// then on (one pseudonym key), and requires the same rejects (line,
// column, code, message), input counts and warehouse; at least minRejects
// rejects, or the fixture lost its point.
func sameBothWays(t *testing.T, minRejects int, dirs ...string) bothWays {
	t.Helper()
	var got bothWays
	load := func(duckdbReads bool) (string, []string, []InputStat) {
		defer func(v bool) { sqlReaders = v }(sqlReaders)
		sqlReaders = duckdbReads
		w, _ := openTemp(t)
		if _, err := w.Conn().ExecContext(context.Background(), "UPDATE meta SET v = 'shared-key' WHERE k = 'pseudonym_key'"); err != nil {
			t.Fatal(err)
		}
		clear(goReads)
		beforeDirect := directFiles
		var rej []string
		var inputs []InputStat
		for _, dir := range dirs {
			res := mustLoad(t, w, dir)
			for _, r := range res.Rejects {
				rej = append(rej, strings.Join([]string{r.File, itoa(r.Line), r.Column, r.Code, r.Message}, ":"))
			}
			inputs = append(inputs, res.Inputs...)
		}
		got.sqlFiles, got.direct = len(inputs)-len(goReads), directFiles-beforeDirect
		return dump(t, w), rej, inputs
	}
	dGo, rGo, iGo := load(false)
	if got.sqlFiles != 0 {
		t.Fatalf("DuckDB's readers off, but it read %d files", got.sqlFiles)
	}
	dSQL, rSQL, iSQL := load(true)
	if len(rGo) < minRejects {
		t.Fatalf("only %d rejects: the fixture lost its point\n%s", len(rGo), strings.Join(rGo, "\n"))
	}
	if a, b := strings.Join(rGo, "\n"), strings.Join(rSQL, "\n"); a != b {
		t.Errorf("rejects differ:\nGo:\n%s\nSQL:\n%s", a, b)
	}
	if len(iGo) != len(iSQL) {
		t.Fatalf("inputs: %d Go, %d SQL", len(iGo), len(iSQL))
	}
	for i := range iGo {
		if !reflect.DeepEqual(iGo[i], iSQL[i]) {
			t.Errorf("input %d: Go %+v, SQL %+v", i, iGo[i], iSQL[i])
		}
	}
	if dGo != dSQL {
		t.Errorf("warehouses differ:\nGo:\n%s\nSQL:\n%s", dGo, dSQL)
	}
	got.dump, got.rejects = dGo, rGo
	return got
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
