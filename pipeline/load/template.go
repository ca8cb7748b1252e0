package load

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"fwaeval/pipeline/xlsx"
)

// TemplateSources are the sources `fwaeval template` writes a workbook
// for, in docs/input.md's order: SOURCE.xlsx, ready to be filled and put in a
// month's folder.
func TemplateSources() []string {
	out := make([]string, len(sources))
	for i, s := range sources {
		out[i] = s.name
	}
	return out
}

// templateRows is how far down the column formats and drop-down lists
// reach (a large pemda month of presensi is about 250 000 rows).
const templateRows = 1048576

// kindWords say what a column holds, Indonesian / English.
var kindWords = map[kind]string{
	kText:      "teks / text",
	kNIP:       "NIP 18 angka, disimpan sebagai teks / 18-digit NIP, kept as text",
	kDate:      "tanggal / date",
	kTime:      "jam / time of day",
	kTimestamp: "tanggal dan jam / date and time",
	kMonth:     "bulan / month",
	kBool:      "ya atau tidak / yes or no",
	kNumber:    "angka, tidak negatif / number, not negative",
	kEnum:      "salah satu pilihan / one of a list",
}

// kindSpellings are the spellings the loader accepts beyond the
// drop-down lists.
var kindSpellings = map[kind]string{
	kNIP:       "18 angka tanpa spasi / 18 digits, no spaces",
	kDate:      "sel tanggal; teks YYYY-MM-DD atau DD/MM/YYYY / a date cell; text YYYY-MM-DD or DD/MM/YYYY",
	kTime:      "sel jam; teks HH:MM atau HH:MM:SS / a time cell; text HH:MM or HH:MM:SS",
	kTimestamp: "sel tanggal-jam; teks YYYY-MM-DD HH:MM[:SS] / a date-time cell; text YYYY-MM-DD HH:MM[:SS]",
	kMonth:     "sel tanggal (bulannya dipakai); teks YYYY-MM / a date cell (its month); text YYYY-MM",
	kBool:      "ya, tidak, y, n, true, false, 1, 0",
	kNumber:    "sel angka; teks 1250000.5 / a number cell; text 1250000.5",
}

// templateFormats are the cell formats that make a spreadsheet store what
// the loader reads whatever its locale: NIPs and codes as text (no
// 1,98501E+17), dates and times as date cells (read as serials).
var templateFormats = map[kind]string{
	kDate: "yyyy-mm-dd", kTime: "hh:mm:ss", kTimestamp: "yyyy-mm-dd hh:mm:ss", kMonth: "yyyy-mm",
}

// templateExamples are one plausible value per column.
var templateExamples = map[string]string{
	"unit_id": "KOTA-SKA-DISKOMINFO", "nama_unit": "Dinas Komunikasi dan Informatika", "instansi_id": "KOTA-SKA",
	"nama_instansi": "Pemerintah Kota Surakarta", "jenis_instansi": "KOTA", "provinsi": "Jawa Tengah",
	"layanan_langsung": "ya", "fwa_mulai": "2026-01-05", "induk_unit_id": "KOTA-SKA-SETDA",
	"nip": "198501012010121001", "jenis_asn": "PNS", "fwa_disetujui": "ya", "tmt": "2020-01-01",
	"tanggal": "2026-10-01", "presensi.status": "HADIR", "lokasi": "WFH", "jam_masuk": "07:30:00", "jam_pulang": "16:00:00",
	"rencana_aksi_id": "RA-2026-10-0001", "bulan": "2026-10", "target": "10", "satuan": "dokumen",
	"realisasi": "2", "kinerja_harian.status": "DISETUJUI", "tracking_id": "LAPOR-2026-0001",
	"diterima": "2026-10-01 08:15:00", "diverifikasi": "2026-10-02 09:00:00", "ditindaklanjuti": "2026-10-06 10:30:00",
	"selesai": "2026-10-20 15:00:00", "kategori": "Administrasi kependudukan", "listrik": "2500000", "air": "400000",
	"bbm": "1200000", "atk": "350000", "mamin": "900000", "kalender.tanggal": "2026-12-25", "jenis": "LIBUR",
	"keterangan": "Hari Raya Natal",
}

// Template writes the XLSX template of a source: sheet 1 its docs/input.md
// header (frozen), with column formats and drop-down lists; sheet 2
// what each column takes.
func Template(name string, w io.Writer) error {
	s := sourceByName(name)
	if s == nil {
		return fmt.Errorf("no source %q", name)
	}
	f := excelize.NewFile()
	defer f.Close()
	st, err := xlsx.NewStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", s.name); err != nil {
		return err
	}
	for i, c := range s.columns {
		if err := templateColumn(f, s, i, c, st); err != nil {
			return fmt.Errorf("column %s: %w", c.name, err)
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(s.columns), 1)
	if err := xlsx.FirstError(f.SetCellStyle(s.name, "A1", last, st.Header), xlsx.FreezeHeader(f, s.name)); err != nil {
		return err
	}
	if err := templateGuide(f, s, st); err != nil {
		return fmt.Errorf("guide sheet: %w", err)
	}
	return xlsx.Write(f, w)
}

func templateColumn(f *excelize.File, s *source, i int, c column, st xlsx.Styles) error {
	col, _ := excelize.ColumnNumberToName(i + 1)
	style := &excelize.Style{NumFmt: 49} // text
	switch c.kind {
	case kNumber:
		style = &excelize.Style{NumFmt: 0}
	case kDate, kTime, kTimestamp, kMonth:
		format := templateFormats[c.kind]
		style = &excelize.Style{CustomNumFmt: &format}
	}
	id, err := f.NewStyle(style)
	if err != nil {
		return err
	}
	width := 14.0
	if c.kind == kText || c.kind == kNIP || c.kind == kTimestamp {
		width = 22
	}
	if err := xlsx.FirstError(f.SetColStyle(s.name, col, id), f.SetColWidth(s.name, col, col, width),
		f.SetCellStr(s.name, col+"1", c.name)); err != nil {
		return err
	}
	var list []string
	switch c.kind {
	case kEnum:
		list = enumValues(c.enum)
	case kBool:
		list = []string{"ya", "tidak"}
	default:
		return nil
	}
	dv := excelize.NewDataValidation(!c.required)
	dv.SetSqref(fmt.Sprintf("%s2:%s%d", col, col, templateRows))
	if err := dv.SetDropList(list); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, c.name,
		"Pilih salah satu: "+strings.Join(list, ", ")+" / choose one of them")
	return f.AddDataValidation(s.name, dv)
}

// enumValues are the stored values of an enum, sorted (the drop-down).
func enumValues(enum map[string]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range enum {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

func templateGuide(f *excelize.File, s *source, st xlsx.Styles) error {
	const sheet = "Petunjuk"
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	rows := [][]any{{"Kolom / column", "Wajib / required", "Jenis / type", "Contoh / example", "Ejaan yang diterima / accepted spellings"}}
	for _, c := range s.columns {
		req := "tidak / no"
		switch {
		case c.onlyIf != "":
			req = fmt.Sprintf("bila %s = %s / when %s is %s", c.onlyIf, c.onlyIs, c.onlyIf, c.onlyIs)
		case c.required:
			req = "ya / yes"
		}
		kw := kindWords[c.kind]
		if c.positive {
			kw = "angka lebih dari 0 / number above 0"
		}
		spell := kindSpellings[c.kind]
		if c.kind == kEnum {
			var keys []string
			for k := range c.enum {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			spell = strings.Join(keys, ", ") + " (huruf besar atau kecil / any case)"
		}
		ex, ok := templateExamples[s.name+"."+c.name]
		if !ok {
			ex = templateExamples[c.name]
		}
		rows = append(rows, []any{c.name, req, kw, ex, spell})
	}
	rows = append(rows, nil,
		[]any{"Isi lembar pertama mulai baris 2, simpan sebagai " + s.name + ".xlsx di folder bulan itu, lalu jalankan fwaeval check."},
		[]any{"Fill the first sheet from row 2, save it as " + s.name + ".xlsx in the month's folder, then run fwaeval check."})
	if err := xlsx.SetRows(f, sheet, rows); err != nil {
		return err
	}
	return xlsx.FirstError(
		f.SetCellStyle(sheet, "A1", "E1", st.Header),
		f.SetColWidth(sheet, "A", "A", 18), f.SetColWidth(sheet, "B", "B", 22),
		f.SetColWidth(sheet, "C", "D", 30), f.SetColWidth(sheet, "E", "E", 80),
		xlsx.FreezeHeader(f, sheet),
	)
}
