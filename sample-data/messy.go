package sample

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// messify rewrites the plain CSV files of dir in the forms real exports
// take, keeping the logical data: loading either form gives the same
// warehouse.
func messify(dir string, months []time.Time) error {
	steps := []func(string) error{messyUnits, messyPegawai, messyPresensi, messyRencana, messyKinerja, messyAduan, messyBelanja}
	for _, step := range steps {
		if err := step(dir); err != nil {
			return err
		}
	}
	return nil
}

// form is how one rewritten CSV file is written.
type form struct {
	comma     rune
	bom, crlf bool
	gzip      bool
	header    func(string) string
	value     func(col, v string, row int) string
}

// rewrite copies src (plain CSV) into dst in form f; keep, if non-nil,
// selects the rows (by their values) that go to this file.
func rewrite(src, dst string, f form, keep func(rec map[string]string) bool) error {
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("messy %s: %w", filepath.Base(src), err)
	}
	defer in.Close()
	r := csv.NewReader(bufio.NewReaderSize(in, 1<<20))
	hdr, err := r.Read()
	if err != nil {
		return fmt.Errorf("messy %s: %w", filepath.Base(src), err)
	}
	tmp := dst + ".tmp"
	out, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("messy %s: %w", filepath.Base(dst), err)
	}
	var sink io.Writer = out
	var z *gzip.Writer
	if f.gzip {
		z = gzip.NewWriter(out)
		z.ModTime = time.Time{} // deterministic bytes
		sink = z
	}
	bw := bufio.NewWriterSize(sink, 1<<20)
	if f.bom {
		bw.WriteString("\ufeff")
	}
	w := csv.NewWriter(bw)
	w.Comma, w.UseCRLF = f.comma, f.crlf
	names := make([]string, len(hdr))
	for i, h := range hdr {
		names[i] = h
		if f.header != nil {
			names[i] = f.header(h)
		}
	}
	w.Write(names)
	rec := map[string]string{}
	for row := 1; ; row++ {
		vals, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			out.Close()
			return fmt.Errorf("messy %s: %w", filepath.Base(src), err)
		}
		for i, h := range hdr {
			rec[h] = vals[i]
		}
		if keep != nil && !keep(rec) {
			continue
		}
		for i, h := range hdr {
			if f.value != nil {
				vals[i] = f.value(h, vals[i], row)
			}
		}
		w.Write(vals)
	}
	w.Flush()
	err = firstErr(w.Error(), bw.Flush())
	if z != nil {
		err = firstErr(err, z.Close())
	}
	if err = firstErr(err, out.Close()); err != nil {
		return fmt.Errorf("messy %s: %w", filepath.Base(dst), err)
	}
	return os.Rename(tmp, dst)
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// titleHeader turns `unit_id` into `Unit Id`: matched after normalising.
func titleHeader(h string) string {
	parts := strings.Split(h, "_")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, " ")
}

// dayFirst turns 2026-10-05 (and a following time) into 5/10/2026.
func dayFirst(v string) string {
	if len(v) < 10 || v[4] != '-' {
		return v
	}
	d, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return v
	}
	return d.Format("2/1/2006") + v[10:]
}

// indoNumber writes a plain number the Indonesian way: 1234500.5 → 1.234.500,5.
func indoNumber(v string) string {
	if v == "" {
		return v
	}
	intPart, frac, hasFrac := strings.Cut(v, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	s := b.String()
	if neg {
		s = "-" + s
	}
	if hasFrac {
		s += "," + frac
	}
	return s
}

var english = map[string]string{"HADIR": "PRESENT", "IZIN": "PERMIT", "SAKIT": "SICK", "CUTI": "LEAVE",
	"DINAS_LUAR": "DUTY_TRAVEL", "TANPA_KETERANGAN": "ABSENT", "DIAJUKAN": "SUBMITTED", "DISETUJUI": "APPROVED", "DITOLAK": "REJECTED"}

func messyUnits(dir string) error {
	src := filepath.Join(dir, "unit_kerja.csv")
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("messy unit_kerja: %w", err)
	}
	rows, err := csv.NewReader(in).ReadAll()
	in.Close()
	if err != nil {
		return fmt.Errorf("messy unit_kerja: %w", err)
	}
	f := excelize.NewFile()
	defer f.Close()
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			var val any = v
			switch {
			case r == 0:
				val = titleHeader(v)
			case rows[0][c] == "layanan_langsung":
				val = v == "true"
			case rows[0][c] == "fwa_mulai" && v != "":
				d, _ := time.Parse("2006-01-02", v)
				val = d
				f.SetCellStyle("Sheet1", cell, cell, dateStyle)
			}
			if err := f.SetCellValue("Sheet1", cell, val); err != nil {
				return fmt.Errorf("messy unit_kerja: %w", err)
			}
		}
	}
	f.SetSheetName("Sheet1", "Unit Kerja")
	buf, err := f.WriteToBuffer()
	if err != nil {
		return fmt.Errorf("messy unit_kerja: %w", err)
	}
	if err := writeFile(filepath.Join(dir, "unit_kerja.xlsx"), buf.Bytes()); err != nil {
		return err
	}
	return os.Remove(src)
}

func messyPegawai(dir string) error {
	src := filepath.Join(dir, "pegawai.csv")
	dst := filepath.Join(dir, "pegawai.semicolon")
	err := rewrite(src, dst, form{comma: ';', bom: true, crlf: true,
		header: func(h string) string { return strings.ToUpper(strings.ReplaceAll(h, "_", " ")) },
		value: func(col, v string, row int) string {
			switch col {
			case "tmt":
				return dayFirst(v)
			case "fwa_disetujui":
				return map[string]string{"true": "Ya", "false": "Tidak"}[v]
			}
			return v
		}}, nil)
	if err != nil {
		return err
	}
	return os.Rename(dst, src)
}

func messyPresensi(dir string) error {
	src := filepath.Join(dir, "presensi.csv")
	months, err := monthsIn(src, "tanggal")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, "presensi"), 0o755); err != nil {
		return err
	}
	for i, m := range months {
		name := m + ".csv"
		f := form{comma: ',', gzip: i%3 == 1, header: titleHeader}
		if f.gzip {
			name += ".gz"
		}
		alias := i%2 == 1
		f.value = func(col, v string, row int) string {
			switch col {
			case "tanggal":
				if row%2 == 0 {
					return dayFirst(v)
				}
			case "status":
				if alias {
					if e, ok := english[v]; ok {
						return strings.ToLower(e)
					}
				}
			case "lokasi":
				return strings.ToLower(v)
			}
			return v
		}
		month := m
		if err := rewrite(src, filepath.Join(dir, "presensi", name), f, func(r map[string]string) bool {
			return strings.HasPrefix(r["tanggal"], month)
		}); err != nil {
			return err
		}
	}
	return os.Remove(src)
}

// monthsIn lists the YYYY-MM values of a date column, in order of first
// appearance (the files are sorted by date).
func monthsIn(path, col string) ([]string, error) {
	in, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("messy %s: %w", filepath.Base(path), err)
	}
	defer in.Close()
	r := csv.NewReader(bufio.NewReaderSize(in, 1<<20))
	r.ReuseRecord = true
	hdr, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("messy %s: %w", filepath.Base(path), err)
	}
	at := -1
	for i, h := range hdr {
		if h == col {
			at = i
		}
	}
	seen := map[string]bool{}
	var out []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("messy %s: %w", filepath.Base(path), err)
		}
		if m := rec[at][:7]; !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
}

func inPlace(dir, name string, f form) error {
	src := filepath.Join(dir, name)
	tmp := src + ".messy"
	if err := rewrite(src, tmp, f, nil); err != nil {
		return err
	}
	return os.Rename(tmp, src)
}

func messyRencana(dir string) error {
	return inPlace(dir, "rencana_aksi.csv", form{comma: ';', crlf: true, value: func(col, v string, _ int) string {
		if col == "target" {
			return indoNumber(v)
		}
		return v
	}})
}

func messyKinerja(dir string) error {
	return inPlace(dir, "kinerja_harian.csv", form{comma: '\t', header: titleHeader, value: func(col, v string, row int) string {
		switch col {
		case "status":
			if e, ok := english[v]; ok && row%3 == 0 {
				return e
			}
		case "tanggal":
			if row%5 == 0 {
				return dayFirst(v)
			}
		}
		return v
	}})
}

func messyAduan(dir string) error {
	return inPlace(dir, "aduan.csv", form{comma: '|', bom: true, value: func(col, v string, row int) string {
		switch col {
		case "diterima", "diverifikasi", "ditindaklanjuti", "selesai":
			if row%2 == 0 {
				return strings.Replace(dayFirst(v), " ", "T", 1)
			}
			return dayFirst(v)
		}
		return v
	}})
}

func messyBelanja(dir string) error {
	return inPlace(dir, "belanja.csv", form{comma: ';', bom: true, crlf: true, header: titleHeader, value: func(col, v string, _ int) string {
		switch col {
		case "listrik", "air", "bbm", "atk", "mamin":
			return indoNumber(v)
		}
		return v
	}})
}
