package load

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"fwaeval/pipeline/xlsx"
)

// MaxWorkbookRejects bounds the rejects sheet of periksa.xlsx: past it the
// summary says how many more there are.
const MaxWorkbookRejects = 100000

// fixes is what to do about each reject code, in the words of README's
// table "Rejected rows and how to fix them".
var fixes = map[string][2]string{
	codeMissing:   {"isi sel itu di sistem sumber lalu ekspor ulang", "fill it in the source system and export again"},
	codeInvalid:   {"perbaiki sel itu, atau format ekspornya (pengaturan tanggal dan angka)", "correct the cell, or the export's format (date and number settings)"},
	codeUnknown:   {"tambahkan pegawai, unit atau rencana yang belum ada ke ekspornya (biasanya mutasi yang terlambat)", "add the missing employee, unit or plan to its export (it is usually a late transfer)"},
	codeDuplicate: {"hapus baris ganda dari ekspor (baris pertama yang dipakai)", "remove the duplicate from the export"},
}

// checkWords are the workbook's words, Indonesian then English.
var checkWords = map[string][2]string{
	"summary":  {"Ringkasan", "Summary"},
	"rejects":  {"Penolakan", "Rejects"},
	"months":   {"Bulan", "Months"},
	"source":   {"Sumber", "Source"},
	"file":     {"Berkas", "File"},
	"read":     {"Baris dibaca", "Rows read"},
	"load":     {"Akan dimuat", "Would load"},
	"rejected": {"Ditolak", "Rejected"},
	"rate":     {"Persen ditolak", "Reject rate"},
	"limit":    {"Batas", "Limit"},
	"verdict":  {"Putusan", "Verdict"},
	"line":     {"Baris", "Line"},
	"column":   {"Kolom", "Column"},
	"code":     {"Kode", "Code"},
	"message":  {"Pesan", "Message"},
	"fix":      {"Cara memperbaiki", "How to fix"},
	"month":    {"Bulan", "Month"},
	"rows":     {"Baris", "Rows"},
	"ok":       {"diterima", "accepted"},
	"over":     {"DITOLAK: di atas batas", "REFUSED: above the limit"},
	"unread":   {"DITOLAK: tidak dapat dibaca", "REFUSED: cannot be read"},
	"accept":   {"fwaeval run akan MENERIMA folder ini", "fwaeval run would ACCEPT this folder"},
	"refuse":   {"fwaeval run akan MENOLAK folder ini", "fwaeval run would REFUSE this folder"},
	"listed":   {"penolakan tercantum di lembar Penolakan: %d dari %d", "rejects listed in the Rejects sheet: %d of %d"},
	"more":     {"%d penolakan lagi tidak dicantumkan; perbaiki yang tercantum lalu periksa lagi", "%d more rejects not listed; fix those listed and check again"},
	"unchecked": {"berkas sesudahnya tidak diperiksa (muat berhenti di sini)",
		"the files after it were not checked (the load stops there)"},
}

// CheckWorkbook writes the check's findings as an XLSX workbook in lang
// ("id" or "en"): a summary per file, every listed reject with how to fix
// it (header frozen and filtered), and the months each source holds. It
// holds where a problem is, never a row's content.
func CheckWorkbook(res *CheckResult, lang string, w io.Writer) error {
	l := 0
	if lang == "en" {
		l = 1
	}
	word := func(k string) string { return checkWords[k][l] }
	f := excelize.NewFile()
	defer f.Close()
	st, err := xlsx.NewStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", word("summary")); err != nil {
		return err
	}
	if err := checkSummary(f, st, res, word); err != nil {
		return fmt.Errorf("summary sheet: %w", err)
	}
	if err := checkRejects(f, st, res, word, l); err != nil {
		return fmt.Errorf("rejects sheet: %w", err)
	}
	if err := checkMonths(f, st, res, word); err != nil {
		return fmt.Errorf("months sheet: %w", err)
	}
	return xlsx.Write(f, w)
}

func checkSummary(f *excelize.File, st xlsx.Styles, res *CheckResult, word func(string) string) error {
	sh := word("summary")
	rows := [][]any{{word("source"), word("file"), word("read"), word("load"), word("rejected"), word("rate"), word("limit"), word("verdict")}}
	for _, in := range res.Inputs {
		rate := 0.0
		if in.RowsRead > 0 {
			rate = float64(in.RowsRejected) / float64(in.RowsRead)
		}
		verdict := word("ok")
		if month, over := overLimit(in, res.MaxRejectRate); over {
			verdict = word("over")
			if month != "" {
				verdict += " (" + month + ")" // in that month of the file
			}
		}
		rows = append(rows, []any{in.Source, in.File, in.RowsRead, in.RowsLoaded, in.RowsRejected, rate, res.MaxRejectRate, verdict})
	}
	if res.Stopped != "" {
		rows = append(rows, []any{"", xlsx.Neutralise(res.Stopped), nil, nil, nil, nil, res.MaxRejectRate, word("unread")})
	}
	rows = append(rows, nil)
	if res.Refused != nil {
		rows = append(rows, []any{word("refuse")}, []any{xlsx.Neutralise(res.Reason)})
		if res.Stopped != "" {
			rows = append(rows, []any{word("unchecked")})
		}
	} else {
		rows = append(rows, []any{word("accept")})
	}
	rows = append(rows, []any{fmt.Sprintf(word("listed"), min(int64(len(res.Rejects)), res.RejectsTotal), res.RejectsTotal)})
	if more := res.RejectsTotal - int64(len(res.Rejects)); more > 0 {
		rows = append(rows, []any{fmt.Sprintf(word("more"), more)})
	}
	if err := xlsx.SetRows(f, sh, rows); err != nil {
		return err
	}
	n := len(res.Inputs) + 1
	return xlsx.FirstError(
		f.SetCellStyle(sh, "A1", "H1", st.Header),
		f.SetCellStyle(sh, "F2", fmt.Sprintf("G%d", n+1), st.Percent),
		f.SetCellStyle(sh, "C2", fmt.Sprintf("E%d", n+1), st.Integer),
		f.SetColWidth(sh, "A", "A", 16),
		f.SetColWidth(sh, "B", "B", 32),
		f.SetColWidth(sh, "C", "G", 14),
		f.SetColWidth(sh, "H", "H", 30),
		xlsx.FreezeHeader(f, sh),
	)
}

func checkRejects(f *excelize.File, st xlsx.Styles, res *CheckResult, word func(string) string, l int) error {
	sh := word("rejects")
	if _, err := f.NewSheet(sh); err != nil {
		return err
	}
	last := fmt.Sprintf("F%d", len(res.Rejects)+1)
	if err := f.AutoFilter(sh, "A1:"+last, nil); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sh)
	if err != nil {
		return err
	}
	if err := xlsx.FirstError(
		sw.SetPanes(xlsx.FrozenHeader()),
		sw.SetColWidth(1, 1, 28), sw.SetColWidth(2, 2, 9), sw.SetColWidth(3, 4, 18),
		sw.SetColWidth(5, 5, 60), sw.SetColWidth(6, 6, 60),
	); err != nil {
		return err
	}
	hdr := []any{word("file"), word("line"), word("column"), word("code"), word("message"), word("fix")}
	if err := sw.SetRow("A1", xlsx.Styled(hdr, st.Header)); err != nil {
		return err
	}
	row := make([]any, 6)
	for i, r := range res.Rejects {
		row[0], row[1], row[2], row[3], row[4], row[5] = xlsx.Neutralise(r.File), r.Line, r.Column, r.Code, xlsx.Neutralise(r.Message), fixes[r.Code][l]
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

func checkMonths(f *excelize.File, st xlsx.Styles, res *CheckResult, word func(string) string) error {
	sh := word("months")
	if _, err := f.NewSheet(sh); err != nil {
		return err
	}
	rows := [][]any{{word("source"), word("file"), word("month"), word("rows")}}
	for _, m := range res.Months {
		rows = append(rows, []any{m.Source, xlsx.Neutralise(strings.Join(m.Files, ", ")), m.Month.Format("2006-01"), m.Rows})
	}
	if err := xlsx.SetRows(f, sh, rows); err != nil {
		return err
	}
	return xlsx.FirstError(
		f.SetCellStyle(sh, "A1", "D1", st.Header),
		f.SetCellStyle(sh, "D2", fmt.Sprintf("D%d", len(rows)), st.Integer),
		f.SetColWidth(sh, "A", "A", 16), f.SetColWidth(sh, "B", "B", 32), f.SetColWidth(sh, "C", "D", 12),
		xlsx.FreezeHeader(f, sh),
	)
}
