package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// fillTemplate fills a template's first sheet with a CSV's records the way
// a planner's spreadsheet stores them, going by the guide's column types:
// dates and times as date cells, numbers as numbers, yes/no from the
// drop-down, the rest (NIPs too) as text.
func fillTemplate(t *testing.T, path string, recs [][]string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	hdr, _ := f.GetRows(sheet)
	types := map[string]string{}
	guide, _ := f.GetRows("Petunjuk")
	for _, r := range guide[1:] {
		if len(r) > 2 {
			types[r[0]] = r[2]
		}
	}
	pos := map[string]int{}
	for i, c := range recs[0] {
		pos[c] = i
	}
	if strings.Join(hdr[0], ",") != strings.Join(recs[0], ",") {
		t.Fatalf("%s header %v, the sample's %v", path, hdr[0], recs[0])
	}
	for i, r := range recs[1:] {
		for j, col := range hdr[0] {
			v := r[pos[col]]
			if v == "" {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(j+1, i+2)
			if err := f.SetCellValue(sheet, cell, typed(t, types[col], v)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// typed turns a CSV value into what a spreadsheet cell of the guide's
// type holds.
func typed(t *testing.T, typ, v string) any {
	t.Helper()
	parse := func(layouts ...string) time.Time {
		for _, l := range layouts {
			if d, err := time.Parse(l, v); err == nil {
				return d
			}
		}
		t.Fatalf("%q is not a %s", v, typ)
		return time.Time{}
	}
	switch {
	case strings.HasPrefix(typ, "tanggal dan jam"):
		return parse("2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04:05")
	case strings.HasPrefix(typ, "tanggal"):
		return parse("2006-01-02")
	case strings.HasPrefix(typ, "bulan"):
		return parse("2006-01")
	case strings.HasPrefix(typ, "jam"):
		d := parse("15:04:05", "15:04")
		return time.Duration(d.Hour())*time.Hour + time.Duration(d.Minute())*time.Minute + time.Duration(d.Second())*time.Second
	case strings.HasPrefix(typ, "angka"):
		n, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatal(err)
		}
		return n
	case strings.HasPrefix(typ, "ya atau tidak"):
		return map[string]string{"true": "ya", "false": "tidak"}[v]
	}
	return v
}

// The templates, filled from the sample data: 0 rejects, every row
// loaded, and the month's indicators and flags byte-identical to those of
// the sample's CSVs. The templates carry the guide, drop-down lists and
// formats, and the same bytes when written again.
func TestTemplateFilledLoads(t *testing.T) {
	tmpl := t.TempDir()
	code, stdout, stderr := runCLI(t, "template", "--out", tmpl)
	if code != 0 {
		t.Fatalf("template: %s", stderr)
	}
	if n := strings.Count(stdout, ".xlsx"); n != len(sampleSources) {
		t.Fatalf("%d templates written:\n%s", n, stdout)
	}
	again := t.TempDir()
	runCLI(t, "template", "--out", again)
	data := t.TempDir()
	for _, name := range sampleSources {
		src := strings.TrimSuffix(name, ".csv") + ".xlsx"
		a, _ := os.ReadFile(filepath.Join(tmpl, src))
		if b, _ := os.ReadFile(filepath.Join(again, src)); !bytes.Equal(a, b) {
			t.Errorf("%s differs when written again", src)
		}
		copyFile(t, filepath.Join(tmpl, src), filepath.Join(data, src))
		fillTemplate(t, filepath.Join(data, src), readCSV(t, filepath.Join("../../sample-data", name)))
	}

	f := openBook(t, filepath.Join(tmpl, "presensi.xlsx"))
	dvs, err := f.GetDataValidations("presensi")
	if err != nil || len(dvs) != 2 {
		t.Fatalf("presensi.xlsx: %d drop-down lists (%v), want status and lokasi", len(dvs), err)
	}
	if !strings.Contains(dvs[0].Formula1+dvs[1].Formula1, "TANPA_KETERANGAN") {
		t.Errorf("status list %q %q", dvs[0].Formula1, dvs[1].Formula1)
	}
	if got := cellFormat(t, f, "presensi", "B2"); got != "yyyy-mm-dd" {
		t.Errorf("tanggal's format %q", got)
	}
	if id, _ := f.GetCellStyle("presensi", "A2"); id == 0 {
		t.Error("nip has no text format")
	} else if st, _ := f.GetStyle(id); st.NumFmt != 49 {
		t.Errorf("nip's format %d, want text (49)", st.NumFmt)
	}

	outX, outC := t.TempDir(), t.TempDir()
	code, runOut, runErr := runCLI(t, "run", "--data", data, "--month", "2026-10", "--db", filepath.Join(t.TempDir(), "w.duckdb"), "--out", outX, "--quiet", "--json")
	if code != 0 {
		t.Fatalf("run on the filled templates: %s", runErr)
	}
	var load checkJSON // the manifest's inputs and rejects
	if err := json.Unmarshal([]byte(runOut), &load); err != nil {
		t.Fatal(err)
	}
	if len(load.Rejects) != 0 || len(load.Inputs) != len(sampleSources) {
		t.Fatalf("%d rejects in %d files; first: %+v", len(load.Rejects), len(load.Inputs), load.Rejects[:min(3, len(load.Rejects))])
	}
	for _, in := range load.Inputs {
		if want := csvRows(t, filepath.Join("../../sample-data", strings.TrimSuffix(in.File, ".xlsx")+".csv")); in.Read != want || in.Rejected != 0 {
			t.Errorf("%s: %d rows read, %d rejected; the CSV has %d", in.File, in.Read, in.Rejected, want)
		}
	}
	if code, _, stderr := runCLI(t, "run", "--data", "../../sample-data", "--month", "2026-10", "--db", filepath.Join(t.TempDir(), "w.duckdb"), "--out", outC, "--quiet"); code != 0 {
		t.Fatalf("run on the sample: %s", stderr)
	}
	for _, name := range []string{"indicators.csv", "flags.csv"} {
		a, _ := os.ReadFile(filepath.Join(outX, "2026-10", name))
		b, _ := os.ReadFile(filepath.Join(outC, "2026-10", name))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s from the filled templates differs from the CSVs' (%d and %d bytes)", name, len(a), len(b))
		}
	}
}
