package load

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"fwaeval/pipeline/warehouse"
)

// A check lists the first MaxRejects rejects in file order, counts the
// rest, and its workbook's summary says how many more there are; the
// months sheet holds the months the rows would load.
func TestCheckListsFirstRejects(t *testing.T) {
	var b strings.Builder
	b.WriteString("nip,tanggal,status,lokasi\n")
	for d := 1; d <= 28; d++ {
		b.WriteString(fmt.Sprintf("%s,2026-10-%02d,HADIR,WFO\n%s,2026-10-%02d,HADER,WFO\n", nip1, d, nip2, d))
	}
	b.WriteString(nip1 + ",2026-11-02,HADIR,WFO\n")
	dir := writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV, "presensi.csv": b.String()})
	res, err := Check(context.Background(), filepath.Join(t.TempDir(), "none.duckdb"), warehouse.Settings{Threads: 1},
		CheckOptions{Load: LoadOptions{Dir: dir, MaxRejectRate: 0.5}, MaxRejects: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rejects) != 10 || res.RejectsTotal != 28 || res.Refused != nil {
		t.Fatalf("%d listed of %d, refused %v; want 10 of 28, accepted", len(res.Rejects), res.RejectsTotal, res.Refused)
	}
	for i, r := range res.Rejects {
		if r.Line != int64(3+2*i) || r.Column != "status" || r.Code != codeInvalid {
			t.Fatalf("reject %d: %+v", i, r)
		}
	}
	if len(res.Months) != 2 || res.Months[0].Rows != 28 || res.Months[1].Rows != 1 {
		t.Fatalf("months %+v", res.Months)
	}
	var book bytes.Buffer
	if err := CheckWorkbook(res, "en", &book); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&book)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Rejects")
	if len(rows) != 11 {
		t.Errorf("rejects sheet has %d rows, want the header and 10", len(rows))
	}
	sum, _ := f.GetRows("Summary")
	var text strings.Builder
	for _, r := range sum {
		text.WriteString(strings.Join(r, "|") + "\n")
	}
	for _, want := range []string{"listed in the Rejects sheet: 10 of 28", "18 more rejects not listed", "would ACCEPT"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, text.String())
		}
	}
	months, _ := f.GetRows("Months")
	if len(months) != 3 || strings.Join(months[1], "|") != "presensi|presensi.csv|2026-10|28" {
		t.Errorf("months sheet %v", months)
	}
}

// The workbook's English "how to fix" words are README's table's.
func TestFixesAreTheREADMEs(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\| [^|]+ \\| ([^|]+) \\|$")
	seen := 0
	for _, m := range row.FindAllStringSubmatch(string(raw), -1) {
		fix, ok := fixes[m[1]]
		if !ok {
			continue
		}
		seen++
		if fix[1] != strings.TrimSpace(m[2]) {
			t.Errorf("%s: the workbook says %q, README %q", m[1], fix[1], strings.TrimSpace(m[2]))
		}
	}
	if seen != len(fixes) {
		t.Errorf("README's table has %d of the %d reject codes", seen, len(fixes))
	}
}

// The workbook's verdict per file: a file under the limit as a whole but
// over it in one month says which month refuses it.
func TestCheckWorkbookNamesTheMonth(t *testing.T) {
	res := &CheckResult{MaxRejectRate: 0.05, Inputs: []InputStat{
		{Source: "presensi", File: "presensi.csv", RowsRead: 1000, RowsLoaded: 990, RowsRejected: 10,
			Months: []MonthRows{{"2026-02", 100, 1}, {"2026-03", 100, 9}}},
		{Source: "aduan", File: "aduan.csv", RowsRead: 100, RowsLoaded: 99, RowsRejected: 1, Months: []MonthRows{{"2026-03", 100, 1}}},
	}}
	var book bytes.Buffer
	if err := CheckWorkbook(res, "id", &book); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&book)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Ringkasan")
	if err != nil {
		t.Fatal(err)
	}
	if got := rows[1][7]; got != "DITOLAK: di atas batas (2026-03)" {
		t.Errorf("presensi.csv's verdict %q", got)
	}
	if got := rows[2][7]; strings.HasPrefix(got, "DITOLAK") {
		t.Errorf("aduan.csv's verdict %q", got)
	}
}
