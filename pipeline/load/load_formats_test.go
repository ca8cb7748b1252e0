package load

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"fwaeval/pipeline/warehouse"
)

// dataDump is dump without the load record, whose file names differ.
func dataDump(t *testing.T, w *warehouse.Warehouse) string {
	d := dump(t, w)
	return d[:strings.Index(d, "## load_file")]
}

func gz(t *testing.T, s string) string {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(s))
	z.Close()
	return b.String()
}

// writeXLSX writes rows to the first sheet; a value of type float64,
// bool or time.Time becomes a typed cell, strings become text cells.
func writeXLSX(t *testing.T, path string, rows [][]any) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 22})
	for r, row := range rows {
		for c, v := range row {
			name, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if err := f.SetCellValue("Sheet1", name, v); err != nil {
				t.Fatal(err)
			}
			if _, ok := v.(time.Time); ok {
				f.SetCellStyle("Sheet1", name, name, dateStyle)
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// writeParquet writes the result of a DuckDB query to a Parquet file.
func writeParquet(t *testing.T, path, query string) {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("COPY (" + query + ") TO '" + path + "' (FORMAT parquet)"); err != nil {
		t.Fatal(err)
	}
}

func TestLoadFormatsAgree(t *testing.T) {
	presensi := "nip,tanggal,status,lokasi,jam_masuk,jam_pulang\n" +
		nip1 + ",2026-10-01,HADIR,WFH,07:30,16:00\n" + nip2 + ",2026-10-01,CUTI,,,\n"
	aduan := "tracking_id,unit_id,diterima,ditindaklanjuti,kategori\nT1,U1,2026-10-01 08:30:00,2026-10-03,Layanan\n"
	belanja := "unit_id,bulan,listrik,air,bbm,atk,mamin\nU1,2026-10,1250000.5,2000,0,0,300\nU2,2026-10,10,0,0,0,0\n"
	plain := writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV,
		"presensi.csv": presensi, "aduan.csv": aduan, "belanja.csv": belanja})

	messy := writeDir(t, map[string]string{
		"presensi.csv.gz": gz(t, strings.ReplaceAll(presensi, "\n", "\r\n")),
		"belanja/a.csv":   "unit_id;bulan;listrik;air;bbm;atk;mamin\nU1;2026-10;1.250.000,5;2.000;0;0;300\n",
		"belanja/b.csv":   "\ufeffunit_id,bulan,listrik,air,bbm,atk,mamin\nU2,2026-10,10,0,0,0,0\n",
		"belanja/x.txt":   "ignored",
	})
	d := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	writeXLSX(t, filepath.Join(messy, "unit_kerja.xlsx"), [][]any{
		{"Unit_ID", "nama unit", "instansi_id", "nama_instansi", "jenis_instansi", "provinsi", "layanan_langsung", "fwa_mulai"},
		{"U1", "Dinas Kominfo", "I1", "Pemprov Bengkulu", "provinsi", "Bengkulu", false, d("2026-01-05")},
		{},
		{"U2", "Dinas Dukcapil", "I1", "Pemprov Bengkulu", "PROVINSI", "Bengkulu", "ya", ""},
	})
	writeXLSX(t, filepath.Join(messy, "aduan.xlsx"), [][]any{
		{"tracking_id", "unit_id", "diterima", "ditindaklanjuti", "kategori"},
		{"T1", "U1", 46296.354166666664, "03/10/2026", "Layanan"},
	})
	writeParquet(t, filepath.Join(messy, "pegawai.parquet"), `SELECT * FROM (VALUES
		('198501012010121001', 'U1', 'PNS', true, DATE '2020-01-01'),
		('198501012010121002', 'U1', 'PPPK', false, DATE '2020-01-01'),
		('198501012010121003', 'U2', 'PNS', true, DATE '2026-10-15')) t(nip, unit_id, jenis_asn, fwa_disetujui, tmt)`)

	w1, _ := openTemp(t)
	w2, _ := openTemp(t)
	// The pseudonym key differs per warehouse; give both the same one.
	k1 := scalar[string](t, w1, "SELECT v FROM meta WHERE k = 'pseudonym_key'")
	if _, err := w2.Conn().ExecContext(context.Background(), "UPDATE meta SET v = ? WHERE k = 'pseudonym_key'", k1); err != nil {
		t.Fatal(err)
	}
	r1 := mustLoad(t, w1, plain)
	r2 := mustLoad(t, w2, messy)
	if r1.RejectsTotal != 0 || r2.RejectsTotal != 0 {
		t.Fatalf("rejects: plain %v, messy %v", r1.Rejects, r2.Rejects)
	}
	if a, b := dataDump(t, w1), dataDump(t, w2); a != b {
		t.Fatalf("messy forms load differently:\n%s\nvs\n%s", a, b)
	}
	var files []string
	for _, in := range r2.Inputs {
		files = append(files, in.File)
	}
	if got := strings.Join(files, " "); got != "unit_kerja.xlsx pegawai.parquet presensi.csv.gz aduan.xlsx belanja/a.csv belanja/b.csv" {
		t.Errorf("files = %s", got)
	}
	raw, _ := os.ReadFile(filepath.Join(messy, "unit_kerja.xlsx"))
	if r2.Inputs[0].SHA256 == "" || len(raw) == 0 {
		t.Error("no hash")
	}
}

// An XLSX row's line is its sheet row number, empty rows included.
func TestLoadXLSXLines(t *testing.T) {
	dir := writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV})
	writeXLSX(t, filepath.Join(dir, "belanja.xlsx"), [][]any{
		{"unit_id", "bulan", "listrik", "air", "bbm", "atk", "mamin"},
		{"U1", "2026-10", 1.0, 0.0, 0.0, 0.0, 0.0},
		{},
		{},
		{"U2", "2026-10", "1,5", 0.0, 0.0, 0.0, 0.0},
	})
	w, _ := openTemp(t)
	res := mustLoad(t, w, dir)
	if got := rejectsOf(res); !equalStrings(got, []string{"belanja.xlsx:5:listrik:invalid_value"}) {
		t.Fatalf("rejects = %q", got)
	}
}

// A Parquet file read over several batches keeps every row and its line.
func TestLoadParquetBatches(t *testing.T) {
	defer func(n int64) { parquetBatch = n }(parquetBatch)
	parquetBatch = 10
	dir := writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV})
	writeParquet(t, filepath.Join(dir, "belanja.parquet"), `SELECT CASE WHEN i = 23 THEN 'U404' ELSE 'U' || (1 + i % 2) END AS unit_id,
		strftime(DATE '2024-01-01' + to_months(i::INTEGER), '%Y-%m') AS bulan, i * 1000.5 AS listrik, 0 AS air, 0 AS bbm, 0 AS atk, 0 AS mamin
		FROM range(25) t(i)`)
	w, _ := openTemp(t)
	res := mustLoad(t, w, dir)
	if got := rejectsOf(res); !equalStrings(got, []string{"belanja.parquet:25:unit_id:unknown_reference"}) {
		t.Fatalf("rejects = %q", got)
	}
	if in := res.Inputs[2]; in.RowsRead != 25 || in.RowsLoaded != 24 {
		t.Fatalf("belanja: %+v", in)
	}
	if got := scalar[float64](t, w, "SELECT sum(listrik) FROM belanja"); got != 1000.5*(300-23) {
		t.Fatalf("sum listrik = %v", got)
	}
}

// XLSX time cells are fractions of a day; date-time cells are serials.
func TestLoadXLSXTimes(t *testing.T) {
	dir := writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV})
	writeXLSX(t, filepath.Join(dir, "presensi.xlsx"), [][]any{
		{"nip", "tanggal", "status", "lokasi", "jam_masuk", "jam_pulang"},
		{nip1, 46296.0, "HADIR", "WFO", 0.3125, "16:00"}, // 2026-10-01, 07:30
	})
	w, _ := openTemp(t)
	res := mustLoad(t, w, dir)
	if res.RejectsTotal != 0 {
		t.Fatalf("rejects: %v", res.Rejects)
	}
	if got := scalar[string](t, w, "SELECT tanggal || ' ' || jam_masuk || ' ' || jam_pulang FROM presensi"); got != "2026-10-01 07:30:00 16:00:00" {
		t.Fatalf("row = %q", got)
	}
}

// A spreadsheet number in a date, time, timestamp or month column is an
// Excel serial, handed to the validator in the contract's text form; a
// number outside the serials' range, or in another column, as it is.
func TestCellText(t *testing.T) {
	for _, c := range []struct {
		in   cell
		k    kind
		want string
	}{
		{cell{"45658", true}, kDate, "2025-01-01"}, // Excel's serial of 1 January 2025
		{cell{"45658.75", true}, kDate, "2025-01-01"},
		{cell{"45658.75", true}, kTimestamp, "2025-01-01 18:00:00"},
		{cell{"45658.75", true}, kTime, "18:00:00"},
		{cell{"0.3125", true}, kTime, "07:30:00"},
		{cell{"0.31250001", true}, kTime, "07:30:00"}, // rounded to the second
		{cell{"45688", true}, kMonth, "2025-01"},      // 31 January
		{cell{"1", true}, kDate, "1899-12-31"},
		{cell{"2958465", true}, kDate, "9999-12-31"},
		{cell{"2958466", true}, kDate, "2958466"}, // beyond 9999: left to fail
		{cell{"-1", true}, kDate, "-1"},
		{cell{"NaN", true}, kTimestamp, "NaN"},
		{cell{"45658", false}, kDate, "45658"}, // text, not a serial
		{cell{"45658", true}, kNumber, "45658"},
		{cell{"45658", true}, kText, "45658"},
	} {
		if got := cellText(c.in, c.k); got != c.want {
			t.Errorf("cellText(%+v, %v) = %q, want %q", c.in, c.k, got, c.want)
		}
	}
}
