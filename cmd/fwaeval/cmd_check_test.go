package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The reference files the load fuzzers' presensi corpora were made
// against (pipeline/load_test.go), and a month of spending so that the
// batch has a month to report.
const (
	checkUnits = "unit_id,nama_unit,instansi_id,nama_instansi,jenis_instansi,provinsi,layanan_langsung,fwa_mulai\n" +
		"U1,Dinas Kominfo,I1,Pemprov Bengkulu,PROVINSI,Bengkulu,tidak,2026-01-05\n" +
		"U2,Dinas Dukcapil,I1,Pemprov Bengkulu,PROVINSI,Bengkulu,ya,\n"
	checkPegawai = "nip,unit_id,jenis_asn,fwa_disetujui,tmt\n" +
		"198501012010121001,U1,PNS,ya,2020-01-01\n" +
		"198501012010121002,U1,PPPK,tidak,2020-01-01\n" +
		"198501012010121003,U2,PNS,ya,2026-10-15\n"
	checkBelanja = "unit_id,bulan,listrik,air,bbm,atk,mamin\nU1,2026-10,100,10,10,10,10\nU2,2026-10,100,10,10,10,10\n"
)

// checkFolder is a complete month's folder (every required source) with
// files replacing those of the same name.
func checkFolder(t *testing.T, files map[string]string) string {
	t.Helper()
	all := map[string]string{"unit_kerja.csv": checkUnits, "pegawai.csv": checkPegawai, "belanja.csv": checkBelanja,
		"presensi.csv":       "nip,tanggal,status,lokasi\n198501012010121001,2026-10-01,HADIR,WFO\n",
		"rencana_aksi.csv":   "rencana_aksi_id,nip,bulan,target,satuan\nRA1,198501012010121001,2026-10,10,laporan\n",
		"kinerja_harian.csv": "nip,tanggal,rencana_aksi_id,realisasi,status\n198501012010121001,2026-10-01,RA1,2,DISETUJUI\n",
		"aduan.csv":          "tracking_id,unit_id,diterima\nT1,U1,2026-10-02 09:00\n",
	}
	for name, text := range files {
		for _, ext := range []string{".csv", ".csv.gz"} { // presensi.csv.gz replaces presensi.csv
			delete(all, strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".csv")+ext)
		}
		all[name] = text
	}
	return writeFiles(t, all)
}

// hostileCase is one folder to check: its presensi.csv, and optionally
// other sources.
type hostileCase struct {
	name  string
	files map[string]string
}

// hostileCorpora are the load and read fuzzers' stored inputs, each as a
// month's presensi.csv, plus hand-made folders that hit each refusal.
func hostileCorpora(t *testing.T) []hostileCase {
	t.Helper()
	var out []hostileCase
	for _, dir := range []string{"FuzzLoadCSV", "FuzzReadCSV"} {
		paths, err := filepath.Glob(filepath.Join("..", "..", "pipeline", "load", "testdata", "fuzz", dir, "*"))
		if err != nil || len(paths) == 0 {
			t.Fatalf("corpus %s: %v (%d files)", dir, err, len(paths))
		}
		sort.Strings(paths)
		for _, p := range paths {
			out = append(out, hostileCase{dir + "/" + filepath.Base(p), map[string]string{"presensi.csv": fuzzBytes(t, p)}})
		}
	}
	nip1, nip2 := "198501012010121001", "198501012010121002"
	day := func(d int) string { return strconv.Itoa(100 + d)[1:] }
	// A month of attendance with one bad row (3.4 %), or two (6.7 %).
	month := func(over bool) string {
		var b strings.Builder
		b.WriteString("nip,tanggal,status,lokasi\n")
		for d := 1; d <= 28; d++ {
			b.WriteString(nip1 + ",2026-10-" + day(d) + ",HADIR,WFO\n")
			if d == 10 || d == 20 && over {
				b.WriteString(nip2 + ",2026-10-" + day(d) + ",HADER,WFO\n")
			}
		}
		return b.String()
	}
	return append(out,
		hostileCase{"few rejects, within the limit", map[string]string{"presensi.csv": month(false)}},
		hostileCase{"rejects above the limit", map[string]string{"presensi.csv": month(true)}},
		hostileCase{"unclosed quote", map[string]string{"presensi.csv": "nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,WFO\n\"" + nip2 + ",2026-10-01,HADIR,WFO\n"}},
		hostileCase{"missing column", map[string]string{"presensi.csv": "nip,tanggal\n" + nip1 + ",2026-10-01\n"}},
		hostileCase{"duplicate unit", map[string]string{"unit_kerja.csv": checkUnits + "U2,Lagi,I1,P,PROVINSI,B,ya,\n"}},
		hostileCase{"unknown unit of an employee", map[string]string{"pegawai.csv": checkPegawai + "198501012010121004,U9,PNS,ya,2020-01-01\n"}},
		hostileCase{"later file unreadable", map[string]string{"presensi.csv": month(false), "belanja.csv": "unit_id\nU1\n"}},
		hostileCase{"corrupt gzip", map[string]string{"presensi.csv.gz": "\x1f\x8b\x08\x00garbage"}},
		hostileCase{"non-UTF-8 text", map[string]string{"presensi.csv": "nip,tanggal,status,lokasi\n" + nip1 + ",2026-10-01,HADIR,W\xffFO\n"}},
		hostileCase{"later file unreadable after a refused one", map[string]string{"presensi.csv": month(true), "belanja.csv": "unit_id\nU1\n"}},
	)
}

// fuzzBytes reads a `go test fuzz v1` file holding one []byte.
func fuzzBytes(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(strings.TrimSpace(string(b)), "\n", 2)
	if len(lines) != 2 || lines[0] != "go test fuzz v1" || !strings.HasPrefix(lines[1], "[]byte(") {
		t.Fatalf("%s: not a one-[]byte corpus file", path)
	}
	s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return s
}

type rejectKey struct {
	File, Column, Code string
	Line               int64
}

type rejectJSON struct {
	File   string `json:"file"`
	Line   int64  `json:"line"`
	Column string `json:"column"`
	Code   string `json:"code"`
}

type checkJSON struct {
	Inputs []struct {
		File     string `json:"file"`
		Read     int64  `json:"rows_read"`
		Rejected int64  `json:"rows_rejected"`
	} `json:"inputs"`
	Rejects []rejectJSON `json:"rejects"`
	Total   int64        `json:"rejects_total"`
	Stopped string       `json:"stopped"`
}

func (c checkJSON) keys(n int) []rejectKey {
	var out []rejectKey
	for i, r := range c.Rejects {
		if i == n {
			break
		}
		out = append(out, rejectKey{r.File, r.Column, r.Code, r.Line})
	}
	return out
}

// Every hostile folder: check gives load --json's rejects (file, line,
// column, code) and totals, and the exit verdict of run; the warehouse
// it checks against is not modified.
func TestCheckMatchesLoadAndRun(t *testing.T) {
	base := filepath.Join(t.TempDir(), "base.duckdb")
	ref := writeFiles(t, map[string]string{"unit_kerja.csv": checkUnits, "pegawai.csv": checkPegawai, "belanja.csv": checkBelanja})
	if code, _, stderr := runCLI(t, "load", "--data", ref, "--db", base, "--quiet"); code != 0 {
		t.Fatalf("base load: %s", stderr)
	}
	baseSum := sha256File(t, base)
	for _, c := range hostileCorpora(t) {
		t.Run(c.name, func(t *testing.T) {
			dir := checkFolder(t, c.files)
			tmp := t.TempDir()
			db := filepath.Join(tmp, "w.duckdb")
			copyFile(t, base, db)
			book := filepath.Join(tmp, "periksa.xlsx")
			code, stdout, stderr := runCLI(t, "check", "--data", dir, "--month", "2026-10", "--db", db, "--out", book, "--json", "--quiet")
			if code != 0 && code != 3 {
				t.Fatalf("check exit %d: %s", code, stderr)
			}
			if sha256File(t, db) != baseSum {
				t.Fatal("check changed the warehouse file")
			}
			if _, err := os.Stat(db + ".wal"); err == nil {
				t.Fatal("check left a write-ahead log")
			}
			var got checkJSON
			if err := json.Unmarshal([]byte(stdout), &got); err != nil {
				t.Fatalf("check --json: %v\n%s", err, stdout)
			}
			if _, err := os.Stat(book); err != nil {
				t.Fatalf("no workbook: %v", err)
			}

			runDB := filepath.Join(tmp, "run.duckdb")
			copyFile(t, base, runDB)
			runCode, _, runErr := runCLI(t, "run", "--data", dir, "--month", "2026-10", "--db", runDB, "--out", filepath.Join(tmp, "out"), "--quiet")
			if runCode != code {
				t.Fatalf("check exit %d (%s), run exit %d (%s)", code, stderr, runCode, runErr)
			}
			if code == 3 && firstLine(stderr) != firstLine(runErr) {
				t.Errorf("check says %q, run says %q", firstLine(stderr), firstLine(runErr))
			}

			loadDB := filepath.Join(tmp, "load.duckdb")
			copyFile(t, base, loadDB)
			lcode, lout, lerr := runCLI(t, "load", "--data", dir, "--db", loadDB, "--json", "--quiet", "--max-reject-rate", "1")
			if lcode != 0 {
				// The load stops at a file it cannot read: so does check,
				// with the same message.
				if lcode != 3 || code != 3 || firstLine(lerr) != "fwaeval: "+got.Stopped {
					t.Fatalf("load exit %d (%s), check exit %d (%s)", lcode, lerr, code, stderr)
				}
				return
			}
			var want checkJSON
			if err := json.Unmarshal([]byte(lout), &want); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(got.Stopped, "tidak ada baris untuk 2026-10") && len(got.Inputs) < len(want.Inputs) {
				// check --month stops, as run does, after the first
				// required source without a row of the month: what it
				// read is load's first files.
				want.Inputs = want.Inputs[:len(got.Inputs)]
				read := map[string]bool{}
				want.Total = 0
				for _, in := range want.Inputs {
					read[in.File] = true
					want.Total += in.Rejected
				}
				want.Rejects = slices.DeleteFunc(want.Rejects, func(r rejectJSON) bool { return !read[r.File] })
			}
			if got.Total != want.Total || len(got.Inputs) != len(want.Inputs) {
				t.Fatalf("check: %d rejects in %d files, load: %d in %d", got.Total, len(got.Inputs), want.Total, len(want.Inputs))
			}
			for i := range want.Inputs {
				if got.Inputs[i] != want.Inputs[i] {
					t.Errorf("file %d: check %+v, load %+v", i, got.Inputs[i], want.Inputs[i])
				}
			}
			g, w := got.keys(len(want.Rejects)), want.keys(len(want.Rejects))
			if len(g) != len(w) {
				t.Fatalf("check listed %d rejects, load %d", len(g), len(w))
			}
			for i := range w {
				if g[i] != w[i] {
					t.Fatalf("reject %d: check %+v, load %+v", i, g[i], w[i])
				}
			}
		})
	}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// A check with no warehouse file does not create one, nor its spill
// folder or log.
func TestCheckCreatesNoWarehouse(t *testing.T) {
	tmp := t.TempDir()
	db := filepath.Join(tmp, "none.duckdb")
	code, _, stderr := runCLI(t, "check", "--data", "../../sample-data", "--db", db, "--out", filepath.Join(tmp, "c.xlsx"), "--lang", "en", "--quiet")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	entries, _ := os.ReadDir(tmp)
	if len(entries) != 1 || entries[0].Name() != "c.xlsx" {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf("the folder holds %v, want only c.xlsx", names)
	}
}
