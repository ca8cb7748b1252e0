package load

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// The files of TestRejectsPerUnitMonth, each bad row with the unit and
// month its reject is traced to (U1: nip1, nip2; U2: nip3, and nip4,
// whose pegawai row is rejected).
var attributionFiles = map[string]string{
	"unit_kerja.csv": unitCSV,
	"pegawai.csv": pegawaiCSV +
		"198501012010121004,U2,PNS,ya,2026-02-30\n", // L5 invalid tmt: U2, no month
	"presensi.csv": "nip,tanggal,status,lokasi,jam_masuk,jam_pulang\n" +
		nip1 + ",2026-10-01,HADIR,WFO,,\n" +
		nip1 + ",2026-10-02,HADIR,WFO,,\n" +
		nip1 + ",2026-09-30,HADIR,WFO,,\n" +
		"19850101 201012 1 001,2026-10-05,HADIR,WFO,,\n" + // L5 invalid nip: its digits are nip1's, U1 October
		nip2 + ",2026-10-32,HADIR,WFO,,\n" + // L6 no such day: U1 October
		nip2 + ",31/09/2026,HADIR,WFO,,\n" + // L7 no such day: U1 September
		nip2 + ",kemarin,HADIR,WFO,,\n" + // L8 no month at all: U1, month unknown
		"198501012010121003,2026-10-01,HADIR,,,\n" + // L9 lokasi missing: U2 October
		"198501012010121004,2026-10-01,HADIR,WFO,,\n" + // L10 not in pegawai: its rejected pegawai row's U2
		"123,2026-10-01,HADIR,WFO,,\n" + // L11 a NIP of no one: no unit, October
		nip2 + ",2026-10-01,IZIN,,,\n",
	"rencana_aksi.csv": "rencana_aksi_id,nip,bulan,target,satuan\n" +
		"RA1," + nip1 + ",2026-10,10,laporan\n" +
		"RA2," + nip2 + ",2026-09,5,laporan\n" +
		"RA3,198501012010121003,2026-10,0,laporan\n" + // L4 target 0: U2 October
		"RA4," + nip2 + ",2026-10,5,laporan\n",
	"kinerja_harian.csv": "nip,tanggal,rencana_aksi_id,realisasi,status\n" +
		nip1 + ",2026-10-03,RA1,2,DISETUJUI\n" +
		"NIP. 198501012010121002,2026-10-03,RA4,1,DISETUJUI\n" + // L3 invalid nip: nip2's digits, U1 October
		nip2 + ",2026-13-01,RA2,1,DISETUJUI\n" + // L4 no month 13: RA2's month, U1 September
		"bad,2026-10-04,RA1,1,DISETUJUI\n" + // L5 no NIP: RA1's employee's U1, October
		nip2 + ",2026-10-05,RA4,1,DISETUJUI\n",
	"aduan.csv": "tracking_id,unit_id,diterima,diverifikasi,ditindaklanjuti,selesai,kategori\n" +
		"T1,U1,2026-10-02 08:00,,,,\n" +
		"T2,U1,2026-10-40 08:00,,,,\n" + // L3 no such day: U1 October
		"T3,UX,2026-10-03 08:00,,,,\n", // L4 unknown unit: no unit, October
}

// attributionWant is load_reject_unit after loading attributionFiles:
// source, unit, month, rows rejected, rows the table holds of that unit
// and month, the commonest code and column (a tie: the first row's), its
// rows, file and line — counted by hand from the comments above.
var attributionWant = []string{
	"aduan - 2026-10 1 1 unknown_reference unit_id 1 aduan.csv 4", // rows_loaded: October's complaints
	"aduan U1 2026-10 1 1 invalid_value diterima 1 aduan.csv 3",
	"kinerja_harian U1 2026-09 1 0 invalid_value tanggal 1 kinerja_harian.csv 4",
	"kinerja_harian U1 2026-10 2 2 invalid_value nip 2 kinerja_harian.csv 3",
	"pegawai U2 - 1 1 invalid_value tmt 1 pegawai.csv 5",         // rows_loaded: U2's employees
	"presensi - 2026-10 1 3 invalid_value nip 1 presensi.csv 11", // rows_loaded: October's rows
	"presensi U1 - 1 0 invalid_value tanggal 1 presensi.csv 8",
	"presensi U1 2026-09 1 1 invalid_value tanggal 1 presensi.csv 7",
	"presensi U1 2026-10 2 3 invalid_value nip 1 presensi.csv 5",
	"presensi U2 2026-10 2 0 missing_value lokasi 1 presensi.csv 9",
	"rencana_aksi U2 2026-10 1 0 invalid_value target 1 rencana_aksi.csv 4",
}

// attributionMonths are each fact file's months with rejects: rows read
// (loaded + rejected) and rejected that month.
var attributionMonths = map[string][]MonthRows{
	"presensi.csv":       {{"2026-09", 2, 1}, {"2026-10", 8, 5}},
	"rencana_aksi.csv":   {{"2026-10", 3, 1}},
	"kinerja_harian.csv": {{"2026-09", 1, 1}, {"2026-10", 4, 2}},
	"aduan.csv":          {{"2026-10", 3, 2}},
}

// Every reject is traced to a unit and a month through what its row
// says, the same on every path: DuckDB's CSV reader and the direct path,
// the Go readers, and each fact source as a folder of two files (staged;
// the lines are then the files' own).
func TestRejectsPerUnitMonth(t *testing.T) {
	query := "SELECT source, coalesce(unit_id, '-'), coalesce(strftime(bulan, '%Y-%m'), '-'), rows_rejected, rows_loaded, code, \"column\", code_rows, file, line FROM load_reject_unit ORDER BY ALL"
	got := func(t *testing.T, dir string, goReaders bool) (string, *LoadResult) {
		defer func(v bool) { sqlReaders = v }(sqlReaders)
		sqlReaders = !goReaders
		w, _ := openTemp(t)
		before := directFiles
		res := mustLoad(t, w, dir)
		if n := directFiles - before; !goReaders && !strings.Contains(res.Inputs[2].File, "/") && n != 3 {
			t.Errorf("%d files took the direct path, want 3 (presensi, kinerja_harian, aduan)", n)
		}
		return tableText(t, w, query), res
	}
	want := strings.Join(attributionWant, "\n") + "\n"
	for _, goReaders := range []bool{false, true} {
		t.Run(fmt.Sprintf("go readers %v", goReaders), func(t *testing.T) {
			text, res := got(t, writeDir(t, attributionFiles), goReaders)
			if text != want {
				t.Errorf("load_reject_unit:\n%s\nwant:\n%s", text, want)
			}
			for _, in := range res.Inputs {
				if m := attributionMonths[in.File]; !reflect.DeepEqual(in.Months, m) {
					t.Errorf("%s: months %+v, want %+v", in.File, in.Months, m)
				}
			}
		})
	}
	t.Run("folders", func(t *testing.T) {
		files := map[string]string{}
		for name, body := range attributionFiles {
			src := strings.TrimSuffix(name, ".csv")
			if s := sourceByName(src); s == nil || s.monthOf == "" {
				files[name] = body
				continue
			}
			lines := strings.SplitAfter(body, "\n")
			half := 1 + (len(lines)-1)/2
			files[src+"/1.csv"] = strings.Join(lines[:half], "")
			files[src+"/2.csv"] = lines[0] + strings.Join(lines[half:], "")
		}
		text, _ := got(t, writeDir(t, files), false)
		strip := func(s string) string { // file and line are the halves' own
			var out []string
			for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
				f := strings.Fields(l)
				out = append(out, strings.Join(f[:len(f)-2], " "))
			}
			return strings.Join(out, "\n")
		}
		// presensi/2.csv (lines 8 to 12) brings October alone: its
		// month-less row (kemarin) is October's.
		wantHalves := strings.Replace(strings.Replace(strip(want),
			"presensi U1 - 1 0 invalid_value tanggal 1\n", "", 1),
			"presensi U1 2026-10 2 3 invalid_value nip 1", "presensi U1 2026-10 3 3 invalid_value tanggal 2", 1)
		if strip(text) != wantHalves {
			t.Errorf("load_reject_unit:\n%s\nwant:\n%s", strip(text), wantHalves)
		}
	})
	// A second load of October's complaints, all valid, replaces
	// October's complaint rejects; the other sources' stay.
	t.Run("a month loaded again", func(t *testing.T) {
		w, _ := openTemp(t)
		mustLoad(t, w, writeDir(t, attributionFiles))
		mustLoad(t, w, writeDir(t, map[string]string{"aduan.csv": "tracking_id,unit_id,diterima\nT1,U1,2026-10-02 08:00\n"}))
		text := tableText(t, w, query)
		if strings.Contains(text, "aduan") || !strings.Contains(text, "presensi U1 2026-10 2 3") {
			t.Errorf("after October's complaints loaded again:\n%s", text)
		}
	})
}

// month_of_text: the month a date-like text names, its day aside (a
// rejected row's month); nip_digits: the pseudonym of a NIP's digits when
// they are 18. Hand-written cases, then random texts that must never make
// the SQL fail.
func TestMonthOfTextAndNIPDigits(t *testing.T) {
	v := newValidator(t)
	ctx := context.Background()
	for in, want := range map[string]string{
		"2026-10-05": "2026-10", "2026-10-32": "2026-10", "2026-1-5": "2026-01", "2026-10": "2026-10", "2026/10/05": "2026-10",
		"2026-10-05 25:00": "2026-10", "2026-10-05T07:30": "2026-10", "31/09/2026": "2026-09", "5/1/2026": "2026-01",
		"05.10.2026": "2026-10", "05-10-2026": "2026-10", "31/09/2026 08:00": "2026-09", "10-2026": "2026-10",
		"2026-13-01": "", "2026-00-01": "", "0000-05-01": "", "1/13/2026": "", "5 Oktober 2026": "", "kemarin": "",
		"20261005": "", "123/2026": "", "2026": "", "": "", "99999-10-01": "",
	} {
		var got sql.NullString
		if err := v.db.QueryRowContext(ctx, "SELECT strftime(month_of_text(?), '%Y-%m')", in).Scan(&got); err != nil {
			t.Fatalf("month_of_text(%q): %v", in, err)
		}
		if got.String != want {
			t.Errorf("month_of_text(%q) = %q, want %q", in, got.String, want)
		}
	}
	for in, want := range map[string]string{
		"19850101 201012 1 001": pseudonymOf("k", nip1), "NIP. 198501012010121001": pseudonymOf("k", nip1),
		"'198501012010121001": pseudonymOf("k", nip1), "19850101.201012.1.001": pseudonymOf("k", nip1), nip1: pseudonymOf("k", nip1),
		"1.98501E+17": "", "12345": "", nip1 + "0": "", "": "",
	} {
		var got sql.NullString
		if err := v.db.QueryRowContext(ctx, "SELECT nip_digits(?)::VARCHAR", in).Scan(&got); err != nil {
			t.Fatalf("nip_digits(%q): %v", in, err)
		}
		if got.String != want {
			t.Errorf("nip_digits(%q) = %q, want %q", in, got.String, want)
		}
	}
	for _, s := range append(randomValues(2), "\u00a0", "١٢/٠٩/٢٠٢٦", "２０２６-１０-０５", strings.Repeat("9", 400)) {
		if _, err := v.db.ExecContext(ctx, "SELECT month_of_text(?), nip_digits(?)", s, s); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
	}
}

// A month whose every row a file rejects is not written (the warehouse
// keeps the month's earlier rows), so that month's rows read are its
// rejects alone, not the earlier rows plus them: the reject limit per
// month judges what the file brought.
func TestMonthAllRejectedCountsItsOwnRows(t *testing.T) {
	w, _ := openTemp(t)
	head := "nip,tanggal,status,lokasi,jam_masuk,jam_pulang\n"
	mustLoad(t, w, writeDir(t, map[string]string{"unit_kerja.csv": unitCSV, "pegawai.csv": pegawaiCSV,
		"presensi.csv": head + nip1 + ",2026-10-01,HADIR,WFO,,\n" + nip1 + ",2026-10-02,HADIR,WFO,,\n" + nip2 + ",2026-10-01,HADIR,WFO,,\n"}))
	res := mustLoad(t, w, writeDir(t, map[string]string{
		"presensi.csv": head + nip1 + ",2026-09-30,HADIR,WFO,,\n" + nip1 + ",2026-10-05,BOLOS,,,\n"}))
	want := []MonthRows{{"2026-10", 1, 1}}
	if in := res.Inputs[0]; in.File != "presensi.csv" || !reflect.DeepEqual(in.Months, want) {
		t.Errorf("%s: months %+v, want %+v", in.File, in.Months, want)
	}
	if got := tableText(t, w, "SELECT count(*) FROM presensi WHERE tanggal >= DATE '2026-10-01'"); got != "3\n" {
		t.Errorf("October's earlier rows: %s", got)
	}
}
