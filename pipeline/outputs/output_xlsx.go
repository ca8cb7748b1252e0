package outputs

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"
	"github.com/xuri/excelize/v2"

	"fwaeval/pipeline/warehouse"
	"fwaeval/pipeline/xlsx"
	"fwaeval/queries"
	"fwaeval/reports/model"
)

// The XLSX working files hold the CSVs' numbers to the last digit: each
// number is written with as many decimals as its shortest exact form
// (excelize's default rounds to Excel's 15 significant digits), so a
// reader that takes the stored value gets the CSV's value back.

// colKind is how a column's numbers are shown.
type colKind int

const (
	kindText colKind = iota
	kindCount
	kindRate // a fraction, shown as a percentage
	kindScore
	kindRupiah
	kindProse // long text, wrapped
)

// indicatorGroups are indikator.xlsx's sheets: the key columns, then each
// group's columns of indicators.csv with its Indonesian header.
var indicatorGroups = []struct {
	sheet string
	cols  []indicatorCol
}{
	{"Presensi", []indicatorCol{
		{"hari_kerja", "Hari kerja", kindCount}, {"jumlah_pegawai", "Jumlah pegawai", kindCount},
		{"cakupan_presensi", "Cakupan presensi", kindRate}, {"tingkat_kehadiran", "Tingkat kehadiran", kindRate},
		{"tanpa_keterangan", "Tanpa keterangan", kindRate}, {"porsi_fleksibel", "Porsi kerja fleksibel", kindRate},
		{"pelanggaran_kuota", "Pelanggaran kuota WFH/WFA", kindRate}, {"fleksibel_tanpa_izin", "Fleksibel tanpa izin", kindRate},
		{"kepatuhan_jam", "Kepatuhan jam kerja", kindRate}}},
	{"Kinerja", []indicatorCol{
		{"capaian_kinerja", "Capaian kinerja", kindScore}, {"kepatuhan_kinerja_harian", "Kepatuhan kinerja harian", kindRate},
		{"rasio_output_fleksibel", "Rasio output fleksibel/WFO", kindScore}}},
	{"Layanan", []indicatorCol{
		{"aduan_masuk", "Aduan masuk", kindCount}, {"aduan_per_100_pegawai", "Aduan per 100 pegawai", kindScore},
		{"verifikasi_tepat_waktu", "Verifikasi tepat waktu", kindRate}, {"tindak_lanjut_tepat_waktu", "Tindak lanjut tepat waktu", kindRate},
		{"penyelesaian_60_hari", "Selesai dalam 60 hari", kindRate}, {"median_hari_tindak_lanjut", "Median hari kerja sampai tindak lanjut", kindScore}}},
	{"Anggaran", []indicatorCol{
		{"belanja_operasional", "Belanja operasional", kindRupiah}, {"penghematan_rupiah", "Penghematan", kindRupiah},
		{"penghematan_persen", "Penghematan (persen)", kindRate}}},
	{"Dampak", effectCols()},
}

type indicatorCol struct {
	id, label string
	kind      colKind
}

// indicatorKeys open every sheet of indikator.xlsx.
var indicatorKeys = []indicatorCol{
	{"unit_id", "Kode unit", kindText}, {"nama_unit", "Nama unit", kindText},
	{"instansi_id", "Kode instansi", kindText}, {"bulan", "Bulan", kindText},
}

// effectCols are the baseline, change and difference-in-differences
// columns of the five effect indicators, then the standard errors, z and
// rate ratio of the three judged ones.
func effectCols() []indicatorCol {
	var out []indicatorCol
	for _, x := range []struct {
		id, label string
		kind      colKind
	}{
		{"capaian_kinerja", "capaian kinerja", kindScore}, {"tindak_lanjut_tepat_waktu", "tindak lanjut tepat waktu", kindRate},
		{"aduan_per_100_pegawai", "aduan per 100 pegawai", kindScore}, {"tingkat_kehadiran", "tingkat kehadiran", kindRate},
		{"belanja_operasional", "belanja operasional", kindRupiah},
	} {
		out = append(out,
			indicatorCol{x.id + "_baseline", "Dasar " + x.label, x.kind},
			indicatorCol{x.id + "_change", "Perubahan " + x.label, x.kind},
			indicatorCol{x.id + "_did", "Selisih dengan pembanding, " + x.label, x.kind},
			indicatorCol{x.id + "_did_rel", "Selisih relatif, " + x.label, kindRate})
	}
	// is the change more than chance (docs/indicators.md)
	return append(out,
		indicatorCol{"capaian_kinerja_se", "Galat baku, capaian kinerja", kindScore},
		indicatorCol{"capaian_kinerja_z", "Skor z, capaian kinerja", kindScore},
		indicatorCol{"tindak_lanjut_tepat_waktu_se", "Galat baku, tindak lanjut tepat waktu", kindRate},
		indicatorCol{"tindak_lanjut_tepat_waktu_z", "Skor z, tindak lanjut tepat waktu", kindScore},
		indicatorCol{"aduan_per_100_pegawai_se", "Galat baku (skala log), aduan", kindScore},
		indicatorCol{"aduan_per_100_pegawai_z", "Skor z, aduan", kindScore},
		indicatorCol{"aduan_per_100_pegawai_rr", "Aduan terhadap perkiraan tren pembanding (kali)", kindScore})
}

// IndicatorsXLSX writes indikator.xlsx for month beside indicators.csv,
// from the same query, and returns its path.
func IndicatorsXLSX(ctx context.Context, w *warehouse.Warehouse, month time.Time, o *Folder) (string, error) {
	return writeQueryXLSX(ctx, w.Conn(), o, "indikator.xlsx", indicatorsWorkbook,
		queries.Statement(queries.IndicatorsEffect, "IndicatorsCSV", nil), month)
}

// writeQueryXLSX writes a query's result as a workbook that fill lays
// out, given the result's columns, each column's index and the rows.
func writeQueryXLSX(ctx context.Context, c *sql.Conn, o *Folder, name string,
	fill func(f *excelize.File, st xlsx.Styles, cols []string, pos map[string]int, rows [][]any) error,
	q string, args ...any) (string, error) {
	cols, rows, err := warehouse.QueryTable(ctx, c, q, args...)
	if err != nil {
		return "", fmt.Errorf("write %s: %w", name, err)
	}
	path, err := o.Write(name, func(out io.Writer) error {
		f := excelize.NewFile()
		defer f.Close()
		st, err := xlsx.NewStyles(f)
		if err != nil {
			return err
		}
		pos := map[string]int{}
		for i, c := range cols {
			pos[c] = i
		}
		if err := fill(f, st, cols, pos, rows); err != nil {
			return err
		}
		return xlsx.Write(f, out)
	})
	if err != nil {
		return "", fmt.Errorf("write %s: %w", name, err)
	}
	return path, nil
}

func indicatorsWorkbook(f *excelize.File, st xlsx.Styles, cols []string, pos map[string]int, rows [][]any) error {
	placed := map[string]bool{}
	for i, g := range indicatorGroups {
		sheetCols := append(append([]indicatorCol{}, indicatorKeys...), g.cols...)
		if i == len(indicatorGroups)-1 {
			sheetCols = append(sheetCols, unplaced(cols, placed)...)
		}
		if err := tableSheet(f, st, i, g.sheet, sheetCols, pos, rows); err != nil {
			return fmt.Errorf("sheet %s: %w", g.sheet, err)
		}
		for _, c := range g.cols {
			placed[c.id] = true
		}
	}
	return nil
}

// unplaced are the query's columns no group names (none today; a column
// added to indicators.csv still reaches the workbook).
func unplaced(cols []string, placed map[string]bool) []indicatorCol {
	var out []indicatorCol
	for _, c := range cols {
		keyed := false
		for _, k := range indicatorKeys {
			keyed = keyed || k.id == c
		}
		if !placed[c] && !keyed && !isEffectCol(c) {
			out = append(out, indicatorCol{c, c, kindScore})
		}
	}
	return out
}

func isEffectCol(c string) bool {
	for _, e := range effectCols() {
		if e.id == c {
			return true
		}
	}
	return false
}

// tableSheet writes one sheet: a frozen, filtered header of labels (each
// followed by its CSV column name), then the rows' values of those
// columns in their number formats.
func tableSheet(f *excelize.File, st xlsx.Styles, idx int, sheet string, cols []indicatorCol, pos map[string]int, rows [][]any) error {
	if idx == 0 {
		if err := f.SetSheetName("Sheet1", sheet); err != nil {
			return err
		}
	} else if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	for j, c := range cols {
		name, _ := excelize.ColumnNumberToName(j + 1)
		width, style := 16.0, 0
		switch c.kind {
		case kindCount:
			style = st.Integer
		case kindRate:
			style = st.Percent
		case kindScore:
			style = st.Decimal
		case kindRupiah:
			style, width = st.Rupiah, 18
		case kindProse:
			style, width = st.Wrap, 100
		}
		switch c.id {
		case "nama_unit":
			width = 48
		case "unit_id", "instansi_id":
			width = 24
		case "bulan":
			width = 9
		case "status":
			width = 22
		case "rules":
			width = 36
		}
		if err := xlsx.FirstError(f.SetColWidth(sheet, name, name, width), f.SetColStyle(sheet, name, style)); err != nil {
			return err
		}
		cell, _ := excelize.CoordinatesToCellName(j+1, 1)
		if err := f.SetCellStr(sheet, cell, c.label+" ("+c.id+")"); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(cols), 1)
	if err := xlsx.FirstError(f.SetCellStyle(sheet, "A1", last, st.Header), f.SetRowHeight(sheet, 1, 45)); err != nil {
		return err
	}
	for i, r := range rows {
		for j, c := range cols {
			k, ok := pos[c.id]
			if !ok {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(j+1, i+2)
			if err := setExact(f, sheet, cell, r[k]); err != nil {
				return err
			}
		}
	}
	end, _ := excelize.CoordinatesToCellName(len(cols), len(rows)+1)
	return xlsx.FirstError(f.AutoFilter(sheet, "A1:"+end, nil), xlsx.FreezeHeader(f, sheet))
}

// setExact writes one value: a number exactly as the CSV has it, text
// neutralised as in the CSV, NULL as an empty cell.
func setExact(f *excelize.File, sheet, cell string, v any) error {
	switch x := v.(type) {
	case nil:
		return nil
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return f.SetCellStr(sheet, cell, formatValue(x))
		}
		return f.SetCellFloat(sheet, cell, x, decimals(strconv.FormatFloat(x, 'f', -1, 64)), 64)
	case float32:
		return setExact(f, sheet, cell, float64(x))
	case int64:
		return f.SetCellInt(sheet, cell, x)
	case int32:
		return f.SetCellInt(sheet, cell, int64(x))
	case *big.Int, duckdb.Decimal:
		s := formatValue(x)
		if n, err := strconv.ParseFloat(s, 64); err == nil && strconv.FormatFloat(n, 'f', -1, 64) == s {
			return f.SetCellFloat(sheet, cell, n, decimals(s), 64)
		}
		return f.SetCellStr(sheet, cell, s)
	case bool:
		return f.SetCellBool(sheet, cell, x)
	}
	return f.SetCellStr(sheet, cell, formatValue(v))
}

// decimals counts the digits after the point of a number's text.
func decimals(s string) int {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

// flagCols are rekomendasi.xlsx's columns, those of flags.csv.
var flagCols = []indicatorCol{
	{"unit_id", "Kode unit", kindText}, {"nama_unit", "Nama unit", kindText}, {"nama_instansi", "Nama instansi", kindText},
	{"bulan", "Bulan", kindText}, {"status", "Status", kindText},
	{"rules", "Aturan yang berlaku", kindText}, {"evidence", "Bukti", kindProse},
}

// FlagsXLSX writes rekomendasi.xlsx for month beside flags.csv, from the
// same query (evidence in lang), and returns its path.
func FlagsXLSX(ctx context.Context, w *warehouse.Warehouse, month time.Time, lang string, o *Folder) (string, error) {
	return writeQueryXLSX(ctx, w.Conn(), o, "rekomendasi.xlsx", flagsWorkbook,
		queries.Statement(queries.Evaluate, "FlagsCSV", nil), lang, month)
}

func flagsWorkbook(f *excelize.File, st xlsx.Styles, _ []string, pos map[string]int, rows [][]any) error {
	const sheet = "Rekomendasi"
	if err := tableSheet(f, st, 0, sheet, flagCols, pos, rows); err != nil {
		return err
	}
	var err error
	fills := map[string]int{}
	for _, s := range model.AllStatuses() {
		if s == model.StatusNotApplicable {
			continue // control units keep a plain cell
		}
		// the reports' tints, as excelize wants them: RRGGBB
		color := strings.ToUpper(strings.TrimPrefix(model.StatusPalette[s].Tint, "#"))
		if fills[s], err = f.NewStyle(&excelize.Style{
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
			Font: &excelize.Font{Bold: s == "HENTIKAN_SEMENTARA"},
		}); err != nil {
			return err
		}
	}
	for i, r := range rows {
		s, _ := r[pos["status"]].(string)
		if id, ok := fills[s]; ok {
			cell, _ := excelize.CoordinatesToCellName(5, i+2)
			if err := f.SetCellStyle(sheet, cell, cell, id); err != nil {
				return err
			}
		}
	}
	return nil
}
