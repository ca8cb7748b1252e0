package load

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"fwaeval/pipeline/warehouse"
)

var errEOF = io.EOF

// csvTable reads a CSV file (optionally gzip-compressed) whose delimiter
// is detected from its header line.
type csvTable struct {
	rel   string
	f     *os.File
	size  int64
	raw   io.Reader // the file through the hash: drained at close
	gz    *gzip.Reader
	r     *csv.Reader
	br    *bufio.Reader // what r reads from: empty once the file is read
	hdr   []string
	d     dialect
	cells []cell
}

// openCSV opens path (shown to the user as rel) and reads its header. hash
// receives every byte of the file as stored on disk.
func openCSV(path, rel string, hash io.Writer) (*csvTable, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &warehouse.InputError{File: rel, Msg: "berkas tidak dapat dibuka / cannot open file", Err: err}
	}
	t := &csvTable{rel: rel, f: f}
	if st, err := f.Stat(); err == nil {
		t.size = st.Size()
	}
	t.raw = io.TeeReader(f, hash)
	in := t.raw
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		t.gz, err = gzip.NewReader(bufio.NewReaderSize(in, 1<<20))
		if err != nil {
			f.Close()
			return nil, &warehouse.InputError{File: rel, Msg: "berkas gzip rusak / not a valid gzip file", Err: err}
		}
		in = t.gz
	}
	br := bufio.NewReaderSize(in, 1<<20)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	head, _ := br.Peek(64 << 10)
	delim := detectDelimiter(head)
	t.d = dialect{indo: delim == ';'}
	t.r, t.br = csv.NewReader(br), br
	t.r.Comma = delim
	t.r.FieldsPerRecord = -1
	t.r.ReuseRecord = true
	rec, err := t.r.Read()
	if err != nil {
		t.close()
		if errors.Is(err, io.EOF) {
			return nil, &warehouse.InputError{File: rel, Line: 1, Msg: "berkas kosong, tanpa baris judul / empty file, no header line"}
		}
		return nil, t.readError(err)
	}
	for _, h := range rec {
		if !utf8.ValidString(h) {
			t.close()
			return nil, &warehouse.InputError{File: rel, Line: 1, Msg: "judul kolom bukan UTF-8 / header is not UTF-8"}
		}
		t.hdr = append(t.hdr, normHeader(h))
	}
	return t, nil
}

// detectDelimiter picks, among , ; TAB and |, the one found most often
// outside quotes on the first line; a tie goes to the earlier in that list.
func detectDelimiter(head []byte) rune {
	cands := []byte{',', ';', '\t', '|'}
	counts := make([]int, len(cands))
	inQuote := false
	for _, b := range head {
		if b == '"' {
			inQuote = !inQuote
			continue
		}
		if inQuote {
			continue
		}
		if b == '\n' || b == '\r' {
			break
		}
		for i, c := range cands {
			if b == c {
				counts[i]++
			}
		}
	}
	best := 0
	for i := range cands {
		if counts[i] > counts[best] {
			best = i
		}
	}
	return rune(cands[best])
}

func (t *csvTable) header() []string { return t.hdr }

// fraction is the share of the file's bytes (compressed, for .gz) read.
func (t *csvTable) fraction() float64 {
	pos, err := t.f.Seek(0, io.SeekCurrent)
	if err != nil || t.size <= 0 {
		return -1
	}
	return min(float64(pos)/float64(t.size), 1)
}
func (t *csvTable) dialect() dialect { return t.d }

func (t *csvTable) next() (int64, []cell, *rowReject, error) {
	rec, err := t.r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrQuote) && pe.Line > pe.StartLine {
			if _, err := t.br.Peek(1); err == io.EOF {
				return 0, nil, nil, t.unclosedQuote(pe.StartLine, pe.Line)
			}
		}
		if errors.As(err, &pe) && (errors.Is(pe.Err, csv.ErrQuote) || errors.Is(pe.Err, csv.ErrBareQuote)) {
			msg := fmt.Sprintf("tanda kutip salah di karakter %d baris %d / misplaced quote at character %d of line %d", pe.Column, pe.Line, pe.Column, pe.Line)
			return int64(pe.StartLine), nil, &rowReject{"", codeInvalid, msg}, nil
		}
		if errors.Is(err, io.EOF) {
			return 0, nil, nil, errEOF
		}
		return 0, nil, nil, t.readError(err)
	}
	line, _ := t.r.FieldPos(0)
	t.cells = t.cells[:0]
	for i, s := range rec {
		if !utf8.ValidString(s) {
			col := ""
			if i < len(t.hdr) {
				col = t.hdr[i]
			}
			return 0, nil, nil, &warehouse.InputError{File: t.rel, Line: int64(line), Column: col, Msg: "teks bukan UTF-8 / text is not UTF-8"}
		}
		t.cells = append(t.cells, cell{s: s})
	}
	return int64(line), t.cells, nil, nil
}

// unclosedQuote is the refusal of a file whose quote, opened on line
// from, is never closed: encoding/csv then reads the rest of the file, to
// line to, as one field and fails only at its end. The file is refused:
// its rows after line from were not read.
func (t *csvTable) unclosedQuote(from, to int) error {
	return &warehouse.InputError{File: t.rel, Line: int64(from), Msg: fmt.Sprintf(
		"tanda kutip yang dibuka di baris %d tidak pernah ditutup: sisa berkas (baris %d–%d) terbaca sebagai satu isian; tutup kutipnya atau hapus / "+
			"the quote opened on line %d is never closed: the rest of the file (lines %d–%d) was read as one field; close the quote or remove it",
		from, from, to, from, from, to)}
}

func (t *csvTable) readError(err error) error {
	return &warehouse.InputError{File: t.rel, Msg: "berkas tidak dapat dibaca / cannot read file", Err: err}
}

// close hashes what is left of the file (a gzip trailer, say) and closes it.
func (t *csvTable) close() error {
	io.Copy(io.Discard, t.raw)
	if t.gz != nil {
		t.gz.Close()
	}
	return t.f.Close()
}
