package load

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fwaeval/pipeline/warehouse"
)

// Fixture rows valid against each other: two units, three employees.
const (
	unitCSV = "unit_id,nama_unit,instansi_id,nama_instansi,jenis_instansi,provinsi,layanan_langsung,fwa_mulai\n" +
		"U1,Dinas Kominfo,I1,Pemprov Bengkulu,PROVINSI,Bengkulu,tidak,2026-01-05\n" +
		"U2,Dinas Dukcapil,I1,Pemprov Bengkulu,PROVINSI,Bengkulu,ya,\n"
	pegawaiCSV = "nip,unit_id,jenis_asn,fwa_disetujui,tmt\n" +
		"198501012010121001,U1,PNS,ya,2020-01-01\n" +
		"198501012010121002,U1,PPPK,tidak,2020-01-01\n" +
		"198501012010121003,U2,PNS,ya,2026-10-15\n"
	nip1 = "198501012010121001"
	nip2 = "198501012010121002"
)

// writeDir writes files (name → content) into a fresh data directory.
func writeDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// pseudonymOf is the pseudonym of nip under key, computed apart from the
// load's SQL: the first 16 bytes of SHA-256(key ":" nip), as a UUID.
func pseudonymOf(key, nip string) string {
	sum := sha256.Sum256([]byte(key + ":" + nip))
	h := hex.EncodeToString(sum[:16])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// openTemp opens a fresh warehouse file in a temporary directory.
func openTemp(t *testing.T) (*warehouse.Warehouse, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	w, err := openUndone(context.Background(), path, warehouse.Settings{MemoryLimit: "1GB", Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w, path
}

func mustLoad(t *testing.T, w *warehouse.Warehouse, dir string) *LoadResult {
	t.Helper()
	res, err := Load(context.Background(), w, LoadOptions{Dir: dir, MaxRejectRate: 1})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return res
}

// openUndone opens a warehouse as every command does (pipeline.Open):
// a killed run's load taken back out.
func openUndone(ctx context.Context, path string, s warehouse.Settings) (*warehouse.Warehouse, error) {
	w, err := warehouse.Open(ctx, path, s)
	if err != nil {
		return nil, err
	}
	if err := Undo(ctx, w); err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}

// scalar runs a one-value query.
func scalar[T any](t *testing.T, w *warehouse.Warehouse, q string, args ...any) T {
	t.Helper()
	var v T
	if err := w.Conn().QueryRowContext(context.Background(), q, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return v
}

// tableText renders a query's rows, one per line.
func tableText(t *testing.T, w *warehouse.Warehouse, q string) string {
	t.Helper()
	_, rows, err := warehouse.QueryTable(context.Background(), w.Conn(), q)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, vals := range rows {
		fmt.Fprintln(&b, vals...)
	}
	return b.String()
}

// dump renders every data table's contents, sorted, for comparing states.
func dump(t *testing.T, w *warehouse.Warehouse) string {
	t.Helper()
	var b strings.Builder
	for _, s := range append(sources, &source{name: "load_file"}, &source{name: "load_reject"}, &source{name: "load_reject_unit"}) {
		fmt.Fprintf(&b, "## %s\n%s", s.name, tableText(t, w, fmt.Sprintf("SELECT * FROM %s ORDER BY ALL", s.name)))
	}
	return b.String()
}

// rejectsOf lists "file:line:column:code" of a result's rejects.
func rejectsOf(res *LoadResult) []string {
	var out []string
	for _, r := range res.Rejects {
		out = append(out, fmt.Sprintf("%s:%d:%s:%s", r.File, r.Line, r.Column, r.Code))
	}
	return out
}

func equalStrings(a, b []string) bool {
	return strings.Join(a, "\n") == strings.Join(b, "\n")
}

// One fixture per reject code, each with the exact line and column.
func TestLoadRejectCodes(t *testing.T) {
	cases := []struct {
		name, source, body string
		want               []string
	}{
		{"missing_value", "presensi.csv",
			"nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,WFO\n" + nip1 + ",,HADIR,WFO\n",
			[]string{"presensi.csv:3:tanggal:missing_value"}},
		{"missing lokasi when HADIR", "presensi.csv",
			"nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,\n" + nip1 + ",2026-10-02,SAKIT,\n",
			[]string{"presensi.csv:2:lokasi:missing_value"}},
		{"invalid_value impossible date", "presensi.csv",
			"nip,tanggal,status,lokasi\n" + nip1 + ",2026-02-30,HADIR,WFO\n",
			[]string{"presensi.csv:2:tanggal:invalid_value"}},
		{"invalid_value short nip", "presensi.csv",
			"nip,tanggal,status,lokasi\n12345,2026-10-01,HADIR,WFO\n",
			[]string{"presensi.csv:2:nip:invalid_value"}},
		{"invalid_value unknown enum", "presensi.csv",
			"nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,BOLOS,WFO\n",
			[]string{"presensi.csv:2:status:invalid_value"}},
		{"invalid_value optional time", "presensi.csv",
			"nip,tanggal,status,lokasi,jam_masuk\n" + nip1 + ",2026-10-01,SAKIT,,25:00\n",
			[]string{"presensi.csv:2:jam_masuk:invalid_value"}},
		{"invalid_value negative number", "belanja.csv",
			"unit_id,bulan,listrik,air,bbm,atk,mamin\nU1,2026-10,-1,0,0,0,0\n",
			[]string{"belanja.csv:2:listrik:invalid_value"}},
		{"invalid_value zero target", "rencana_aksi.csv",
			"rencana_aksi_id,nip,bulan,target,satuan\nRA1," + nip1 + ",2026-10,0,dokumen\n",
			[]string{"rencana_aksi.csv:2:target:invalid_value"}},
		{"first problem in column order wins", "presensi.csv",
			"nip,tanggal,status,lokasi\n1," + "2026-02-30,BOLOS,WFO\n",
			[]string{"presensi.csv:2:nip:invalid_value"}},
		{"unknown_reference nip", "presensi.csv",
			"nip,tanggal,status,lokasi\n198501012010121999,2026-10-01,HADIR,WFO\n",
			[]string{"presensi.csv:2:nip:unknown_reference"}},
		{"parse problem before reference", "presensi.csv",
			"nip,tanggal,status,lokasi\n198501012010121999,2026-13-01,HADIR,WFO\n",
			[]string{"presensi.csv:2:tanggal:invalid_value"}},
		{"unknown_reference rencana_aksi", "kinerja_harian.csv",
			"nip,tanggal,rencana_aksi_id,realisasi,status\n" + nip1 + ",2026-10-01,RA404,1,DISETUJUI\n",
			[]string{"kinerja_harian.csv:2:rencana_aksi_id:unknown_reference"}},
		{"duplicate_key first row wins", "presensi.csv",
			"nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,WFO\n" + nip1 + ",01/10/2026,SAKIT,\n" + nip1 + ",2026-10-1,IZIN,\n",
			[]string{"presensi.csv:3:nip:duplicate_key", "presensi.csv:4:nip:duplicate_key"}},
		{"duplicate check only among otherwise valid rows", "presensi.csv",
			"nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,BOLOS,\n" + nip1 + ",2026-10-01,HADIR,WFO\n",
			[]string{"presensi.csv:2:status:invalid_value"}},
		{"duplicate_key aduan", "aduan.csv",
			"tracking_id,unit_id,diterima\nT1,U1,2026-10-01 08:00\nT1,U2,2026-10-02\n",
			[]string{"aduan.csv:3:tracking_id:duplicate_key"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, _ := openTemp(t)
			dir := writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV, c.source: c.body})
			res := mustLoad(t, w, dir)
			if got := rejectsOf(res); !equalStrings(got, c.want) {
				t.Fatalf("rejects = %q, want %q", got, c.want)
			}
			for _, in := range res.Inputs {
				if in.RowsRead != in.RowsLoaded+in.RowsRejected {
					t.Fatalf("%s: read %d != loaded %d + rejected %d", in.File, in.RowsRead, in.RowsLoaded, in.RowsRejected)
				}
			}
		})
	}
}

// The forms docs/input.md allows: BOM, CRLF, `;` with Indonesian numbers,
// day-first dates, quoted delimiters and newlines, English aliases, header
// spelling; line numbers count physical lines.
func TestLoadMessyCSV(t *testing.T) {
	w, _ := openTemp(t)
	belanja := "\ufeffUnit ID;BULAN;listrik;air;bbm;atk;mamin;catatan\r\n" +
		"U1;2026-10;1.250.000,50;0;10.000;5;0;\"baris;\r\ndua\"\r\n" +
		"U2;2026-10;2.5;0;0;0;0;x\r\n" +
		"U2;2026-09;1.000;0;0;0;0;x\r\n"
	presensi := "nip|tanggal|status|lokasi|jam_masuk|jam_pulang\n" +
		nip1 + "|5/10/2026|present|wfh|7:30|16:00:00\n" +
		"\n" +
		nip2 + "|06/10/2026|DUTY_TRAVEL|WFO||\n"
	aduan := "tracking_id\tunit_id\tditerima\tselesai\tkategori\n" +
		"T1\tU1\t2026-10-01T08:00:00\t02/10/2026 09:15\t\"multi\nline\"\n" +
		"T2\tU1\t2026-10-01\t2026-10-40\tx\n"
	dir := writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV,
		"belanja.csv": belanja, "presensi.csv": presensi, "aduan.csv": aduan})
	res := mustLoad(t, w, dir)
	// Rows spanning two physical lines push the next row's line to 4.
	want := []string{"aduan.csv:4:selesai:invalid_value", "belanja.csv:4:listrik:invalid_value"}
	if got := rejectsOf(res); !equalStrings(got, want) {
		t.Fatalf("rejects = %q, want %q", got, want)
	}
	if got := scalar[string](t, w, "SELECT status || ' ' || coalesce(lokasi, 'NULL') FROM presensi WHERE tanggal = DATE '2026-10-06'"); got != "DINAS_LUAR NULL" {
		t.Errorf("non-HADIR row = %q, want lokasi ignored", got)
	}
	if got := scalar[float64](t, w, "SELECT listrik FROM belanja WHERE unit_id = 'U1'"); got != 1250000.5 {
		t.Errorf("listrik = %v, want 1250000.5", got)
	}
	if got := scalar[float64](t, w, "SELECT listrik FROM belanja WHERE unit_id = 'U2'"); got != 1000 {
		t.Errorf("listrik U2 2026-09 = %v, want 1000", got)
	}
	if got := scalar[string](t, w, "SELECT status || ' ' || lokasi || ' ' || tanggal || ' ' || jam_masuk || ' ' || jam_pulang FROM presensi WHERE status = 'HADIR'"); got != "HADIR WFH 2026-10-05 07:30:00 16:00:00" {
		t.Errorf("presensi row = %q", got)
	}
	if got := scalar[string](t, w, "SELECT strftime(selesai, '%Y-%m-%d %H:%M') FROM aduan WHERE tracking_id = 'T1'"); got != "2026-10-02 09:15" {
		t.Errorf("selesai = %q", got)
	}
	if got := scalar[string](t, w, "SELECT kategori FROM aduan WHERE tracking_id = 'T1'"); got != "multi\nline" {
		t.Errorf("kategori = %q", got)
	}
}

func TestLoadIdempotentAndMonthReplacement(t *testing.T) {
	w, _ := openTemp(t)
	oct := "nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,WFO\n" + nip2 + ",2026-10-01,SAKIT,\n"
	sep := "nip,tanggal,status,lokasi\n" + nip1 + ",2026-09-01,HADIR,WFO\n"
	base := map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV,
		"presensi/2026-09.csv": sep, "presensi/2026-10.csv": oct}
	dir := writeDir(t, base)
	first := mustLoad(t, w, dir)
	before := dump(t, w)
	second := mustLoad(t, w, dir)
	if after := dump(t, w); after != before {
		t.Fatalf("second load changed the warehouse:\n%s\nvs\n%s", before, after)
	}
	if fmt.Sprint(first.Inputs) != fmt.Sprint(second.Inputs) {
		t.Fatalf("counts differ: %v vs %v", first.Inputs, second.Inputs)
	}
	// A new October file replaces October only; September stays.
	dir2 := writeDir(t, map[string]string{"presensi.csv": "nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-02,HADIR,WFA\n"})
	mustLoad(t, w, dir2)
	if got := scalar[int64](t, w, "SELECT count(*) FROM presensi WHERE tanggal >= DATE '2026-10-01'"); got != 1 {
		t.Errorf("October rows = %d, want 1 (replaced)", got)
	}
	if got := scalar[int64](t, w, "SELECT count(*) FROM presensi WHERE tanggal < DATE '2026-10-01'"); got != 1 {
		t.Errorf("September rows = %d, want 1 (kept)", got)
	}
	// A reference source is upserted: U1 renamed, U2 kept.
	mustLoad(t, w, writeDir(t, map[string]string{"unit_kerja.csv": strings.Replace(unitCSV, "Dinas Kominfo,", "Dinas Kominfo Baru,", 1)}))
	if got := scalar[string](t, w, "SELECT string_agg(nama_unit, '|' ORDER BY unit_id) FROM unit_kerja"); got != "Dinas Kominfo Baru|Dinas Dukcapil" {
		t.Errorf("units = %q", got)
	}
}

// A bad last source, a reject rate over the limit, or an undecodable file
// leave the warehouse exactly as it was.
func TestLoadAtomic(t *testing.T) {
	cases := []struct {
		name, file, body string
		rate             float64
		wantFile         string
	}{
		{"missing required column in last source", "kalender.csv", "tanggal,keterangan\n2026-10-01,x\n", 1, "kalender.csv:1:jenis"},
		{"reject rate over limit", "belanja.csv", "unit_id,bulan,listrik,air,bbm,atk,mamin\nU1,2026-10,x,0,0,0,0\nU2,2026-10,1,0,0,0,0\n", 0.05, "belanja.csv"},
		{"undecodable gzip", "aduan.csv.gz", "not gzip at all", 1, "aduan.csv.gz"},
		{"not UTF-8", "aduan.csv", "tracking_id,unit_id,diterima\nT1,U1,\xff\xfe2026\n", 1, "aduan.csv:2:diterima"},
		{"corrupt xlsx", "kalender.xlsx", "PK\x03\x04 broken", 1, "kalender.xlsx"},
		{"corrupt parquet", "belanja.parquet", "PAR1 nope", 1, "belanja.parquet"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, _ := openTemp(t)
			mustLoad(t, w, writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV}))
			before := dump(t, w)
			dir := writeDir(t, map[string]string{
				"unit_kerja.csv": strings.ReplaceAll(unitCSV, "Dinas", "Badan"),
				"presensi.csv":   "nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,WFO\n",
				c.file:           c.body,
			})
			_, err := Load(context.Background(), w, LoadOptions{Dir: dir, MaxRejectRate: c.rate})
			var ie *warehouse.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an InputError", err)
			}
			if !strings.HasPrefix(ie.Error(), c.wantFile) {
				t.Fatalf("error %q does not start with %q", ie.Error(), c.wantFile)
			}
			if after := dump(t, w); after != before {
				t.Fatalf("warehouse changed after a refused load")
			}
		})
	}
}

// No raw NIP is stored: the warehouse file is searched byte for byte.
func TestLoadPseudonymises(t *testing.T) {
	w, path := openTemp(t)
	mustLoad(t, w, writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV,
		"presensi.csv": "nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,WFO\n"}))
	var key string
	w.Conn().QueryRowContext(context.Background(), "SELECT v FROM meta WHERE k = 'pseudonym_key'").Scan(&key)
	if n := scalar[int64](t, w, "SELECT count(*) FROM presensi WHERE nip = ?::UUID", pseudonymOf(key, nip1)); n != 1 {
		t.Errorf("%d presensi rows under the pseudonym of SHA-256(key:nip), want 1", n)
	}
	if _, err := w.Conn().ExecContext(context.Background(), "CHECKPOINT"); err != nil {
		t.Fatal(err)
	}
	w.Close()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, nip := range []string{nip1, nip2, "198501012010121003"} {
		if strings.Contains(string(raw), nip) {
			t.Errorf("raw NIP %s found in the warehouse file", nip)
		}
	}
}
