package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// openBook opens a workbook for reading its stored values.
func openBook(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("excelize cannot open %s: %v", path, err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// sheetRows reads a sheet's stored values (not as formatted).
func sheetRows(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	return rows
}

// libreSheets converts every sheet of a workbook to CSV with LibreOffice
// headless, as a planner's office suite reads it.
func libreSheets(t *testing.T, path string) map[string][][]string {
	t.Helper()
	bin, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatalf("LibreOffice is needed (.ci/run installs libreoffice-calc-nogui): %v", err)
	}
	out, profile := t.TempDir(), t.TempDir()
	cmd := exec.Command(bin, "--headless", "--norestore", "-env:UserInstallation=file://"+profile,
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
		"--outdir", out, path)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	base := strings.TrimSuffix(filepath.Base(path), ".xlsx")
	files, _ := filepath.Glob(filepath.Join(out, base+"-*.csv"))
	if len(files) == 0 {
		t.Fatalf("soffice wrote no CSV for %s", path)
	}
	sheets := map[string][][]string{}
	for _, p := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(p), base+"-"), ".csv")
		sheets[name] = readCSV(t, p)
	}
	return sheets
}

// headerID takes the CSV column name out of a header "Label (id)".
var headerID = regexp.MustCompile(`\(([a-z0-9_]+)\)$`)

// bookValues maps each data row's first cell (the unit) and each column's
// CSV name to the value, over all sheets.
func bookValues(t *testing.T, sheets map[string][][]string) map[[2]string]string {
	t.Helper()
	vals := map[[2]string]string{}
	for name, rows := range sheets {
		if len(rows) < 2 {
			t.Fatalf("sheet %s has no rows", name)
		}
		for j, h := range rows[0] {
			m := headerID.FindStringSubmatch(h)
			if m == nil {
				t.Fatalf("sheet %s column %d header %q names no CSV column", name, j+1, h)
			}
			for _, r := range rows[1:] {
				v := ""
				if j < len(r) {
					v = r[j]
				}
				vals[[2]string{r[0], m[1]}] = v
			}
		}
	}
	return vals
}

// sameValue compares a workbook value with the CSV's: exactly, or, for
// LibreOffice's text (15 significant digits, percentages with %), as
// numbers within the last digit.
func sameValue(csvVal, book string, exact bool) bool {
	if csvVal == book || exact {
		return csvVal == book
	}
	want, err := strconv.ParseFloat(csvVal, 64)
	if err != nil {
		return false
	}
	scale := 1.0
	if strings.HasSuffix(book, "%") {
		book, scale = strings.TrimSuffix(book, "%"), 100
	}
	got, err := strconv.ParseFloat(book, 64)
	if err != nil {
		return false
	}
	got /= scale
	return math.Abs(got-want) <= 1e-14*math.Max(1, math.Abs(want))
}

// compareWithCSV checks that every cell of the CSV is in the workbook
// with the same value, and the workbook holds no other column.
func compareWithCSV(t *testing.T, what string, csvRecs [][]string, vals map[[2]string]string, exact bool) {
	t.Helper()
	hdr := map[string]bool{}
	for _, c := range csvRecs[0] {
		hdr[c] = true
	}
	for k := range vals {
		if !hdr[k[1]] {
			t.Errorf("%s: column %s is not in the CSV", what, k[1])
		}
	}
	bad := 0
	for _, r := range csvRecs[1:] {
		for j, c := range csvRecs[0] {
			got, ok := vals[[2]string{r[0], c}]
			if !ok {
				t.Fatalf("%s: %s of %s is missing", what, c, r[0])
			}
			if !sameValue(r[j], got, exact) && bad < 5 {
				bad++
				t.Errorf("%s: %s of %s is %q, the CSV has %q", what, c, r[0], got, r[j])
			}
		}
	}
}

// The working workbooks hold the CSVs' values — to the last digit as
// stored (excelize), to LibreOffice's 15 digits as a planner opens them —
// with formula-like names neutralised as in the CSV, frozen and filtered
// headers, number formats and statuses coloured by severity.
func TestWorkbooksEqualCSVs(t *testing.T) {
	dir := copySample(t, map[string]func([][]string) [][]string{"unit_kerja.csv": func(r [][]string) [][]string {
		for _, rec := range r[1:] {
			if rec[0] == "KOTA-SKA-DLH" {
				rec[1] = `=HYPERLINK("http://evil.example/","klik")`
			}
		}
		return r
	}})
	out := t.TempDir()
	if code, _, stderr := runCLI(t, "run", "--data", dir, "--month", "2026-10", "--db", filepath.Join(t.TempDir(), "w.duckdb"), "--out", out, "--quiet"); code != 0 {
		t.Fatalf("run: %s", stderr)
	}
	month := filepath.Join(out, "2026-10")
	for _, c := range []struct{ book, csv string }{{"indikator.xlsx", "indicators.csv"}, {"rekomendasi.xlsx", "flags.csv"}} {
		path := filepath.Join(month, c.book)
		recs := readCSV(t, filepath.Join(month, c.csv))
		f := openBook(t, path)
		sheets := map[string][][]string{}
		for _, s := range f.GetSheetList() {
			sheets[s] = sheetRows(t, f, s)
			panes, err := f.GetPanes(s)
			if err != nil || !panes.Freeze || panes.YSplit != 1 {
				t.Errorf("%s sheet %s: header not frozen (%+v, %v)", c.book, s, panes, err)
			}
		}
		compareWithCSV(t, c.book+" (excelize)", recs, bookValues(t, sheets), true)
		compareWithCSV(t, c.book+" (LibreOffice)", recs, bookValues(t, libreSheets(t, path)), false)
		filters := 0
		for _, d := range f.GetDefinedName() {
			if d.Name == "_xlnm._FilterDatabase" {
				filters++
			}
		}
		if filters != len(sheets) {
			t.Errorf("%s: %d autofilters for %d sheets", c.book, filters, len(sheets))
		}
	}

	ind := openBook(t, filepath.Join(month, "indikator.xlsx"))
	if got := ind.GetSheetList(); strings.Join(got, ",") != "Presensi,Kinerja,Layanan,Anggaran,Dampak" {
		t.Errorf("indikator.xlsx sheets %v", got)
	}
	for _, c := range []struct{ sheet, col, format string }{
		{"Presensi", "G", "0.00%"}, {"Anggaran", "E", `"Rp"#,##0`}, {"Presensi", "F", "#,##0"},
	} {
		if got := cellFormat(t, ind, c.sheet, c.col+"2"); got != c.format {
			t.Errorf("indikator.xlsx %s!%s2 format %q, want %q", c.sheet, c.col, got, c.format)
		}
	}
	if w, _ := ind.GetColWidth("Presensi", "B"); w < 40 {
		t.Errorf("the unit name column is %.0f wide", w)
	}
	rek := openBook(t, filepath.Join(month, "rekomendasi.xlsx"))
	paused, rows := 0, sheetRows(t, rek, "Rekomendasi")
	col := slices.IndexFunc(rows[0], func(h string) bool { return strings.HasSuffix(h, "(status)") })
	for i, r := range rows[1:] {
		if r[col] != "HENTIKAN_SEMENTARA" {
			continue
		}
		paused++
		cell, _ := excelize.CoordinatesToCellName(col+1, i+2)
		id, _ := rek.GetCellStyle("Rekomendasi", cell)
		st, err := rek.GetStyle(id)
		if err != nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "FFEBE9" {
			t.Errorf("a paused unit's status is not red (%+v)", st)
		}
	}
	if paused == 0 {
		t.Fatal("no paused unit in the sample: the test lost its point")
	}
}

// cellFormat is the number format a cell shows with.
func cellFormat(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt != nil {
		return *st.CustomNumFmt
	}
	return map[int]string{3: "#,##0", 4: "#,##0.00", 10: "0.00%"}[st.NumFmt]
}

// periksa.xlsx: the summary agrees with load, the rejects sheet lists
// load --json's rejects with how to fix each (header frozen and
// filtered), LibreOffice reads the same, a rerun gives the same bytes,
// and no cell holds a NIP.
func TestCheckWorkbook(t *testing.T) {
	nips := map[string]bool{}
	dir := copySample(t, map[string]func([][]string) [][]string{"presensi.csv": func(r [][]string) [][]string {
		for i, rec := range r[1:] {
			nips[rec[0]] = true
			switch i % 97 {
			case 5:
				rec[2] = "HADER"
			case 6:
				rec[0] = "199912312025011999" // not an employee
				nips[rec[0]] = true
			case 7:
				rec[3] = ""
			}
		}
		return r
	}})
	tmp := t.TempDir()
	db := filepath.Join(tmp, "w.duckdb")
	code, lout, lerr := runCLI(t, "load", "--data", dir, "--db", filepath.Join(tmp, "load.duckdb"), "--json", "--quiet")
	if code != 0 {
		t.Fatalf("load: %s", lerr)
	}
	var load checkJSON
	if err := json.Unmarshal([]byte(lout), &load); err != nil {
		t.Fatal(err)
	}
	var books [2][]byte
	for i := range books {
		path := filepath.Join(tmp, "periksa"+strconv.Itoa(i)+".xlsx")
		if code, _, stderr := runCLI(t, "check", "--data", dir, "--db", db, "--out", path, "--quiet"); code != 0 {
			t.Fatalf("check: %d %s", code, stderr)
		}
		books[i], _ = os.ReadFile(path)
	}
	if !bytes.Equal(books[0], books[1]) {
		t.Error("two checks of the same folder wrote different workbooks")
	}
	path := filepath.Join(tmp, "periksa0.xlsx")
	f := openBook(t, path)
	if got := f.GetSheetList(); strings.Join(got, ",") != "Ringkasan,Penolakan,Bulan" {
		t.Fatalf("sheets %v", got)
	}
	rej := sheetRows(t, f, "Penolakan")
	if int64(len(rej)-1) != load.Total || load.Total < 100 {
		t.Fatalf("%d rejects in the workbook, load counted %d", len(rej)-1, load.Total)
	}
	if strings.Join(rej[0], "|") != "Berkas|Baris|Kolom|Kode|Pesan|Cara memperbaiki" {
		t.Errorf("rejects header %v", rej[0])
	}
	for i, r := range load.Rejects { // load lists the first 1 000
		got := rej[i+1]
		if got[0] != r.File || got[1] != strconv.FormatInt(r.Line, 10) || got[2] != r.Column || got[3] != r.Code || got[5] == "" {
			t.Fatalf("reject %d: workbook %v, load %+v", i, got, r)
		}
	}
	if panes, _ := f.GetPanes("Penolakan"); !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("rejects header not frozen: %+v", panes)
	}
	filtered := false
	for _, d := range f.GetDefinedName() {
		filtered = filtered || d.Name == "_xlnm._FilterDatabase" && strings.Contains(d.RefersTo, "Penolakan")
	}
	if !filtered {
		t.Error("rejects header not filtered")
	}
	sum := sheetRows(t, f, "Ringkasan")
	for i, in := range load.Inputs {
		r := sum[i+1]
		if r[1] != in.File || r[2] != strconv.FormatInt(in.Read, 10) || r[4] != strconv.FormatInt(in.Rejected, 10) {
			t.Errorf("summary row %v, load %+v", r, in)
		}
	}
	lo := libreSheets(t, path)
	if len(lo["Penolakan"]) != len(rej) {
		t.Fatalf("LibreOffice reads %d reject rows, excelize %d", len(lo["Penolakan"]), len(rej))
	}
	for i := range rej {
		if strings.Join(lo["Penolakan"][i], "|") != strings.Join(rej[i], "|") {
			t.Fatalf("row %d: LibreOffice %v, excelize %v", i+1, lo["Penolakan"][i], rej[i])
		}
	}
	for name, rows := range lo {
		var b strings.Builder
		csv.NewWriter(&b).WriteAll(rows)
		for _, m := range nipRun.FindAllString(b.String(), -1) {
			if nips[m] {
				t.Fatalf("sheet %s holds input NIP %s…", name, m[:6])
			}
		}
	}
}
