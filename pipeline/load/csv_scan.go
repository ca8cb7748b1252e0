package load

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"io"
	"os"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// A CSV file can go to DuckDB's own reader (read_csv, parallel, ~10× the
// Go reader) only when that reader sees exactly the rows and cells Go's
// encoding/csv would, and when it cannot fail half way through a load
// (an error in a statement aborts the load's transaction). scanCSV reads
// the file once — hashing it on the way, as the manifest needs — and
// says whether it is that simple:
//   - no quote character at all, no NUL byte, and no carriage return
//     but at the end of every line when the header line ends in CR LF
//     (a Windows export: DuckDB then reads with new_line '\r\n');
//   - no blank line (encoding/csv skips them, which would shift the line
//     numbers: with none, row n of the file is on line n + 1);
//   - every line has the header's number of delimiters;
//   - valid UTF-8 throughout, and no line longer than maxSimpleLine;
//   - for a .csv.gz file, one gzip member and nothing after it (DuckDB
//     decompresses it as it reads).
// Anything else goes through the Go reader, which reports it precisely.

// maxSimpleLine is well below DuckDB's max_line_size (2 MB).
const maxSimpleLine = 1 << 20

// csvShape is what scanCSV found.
type csvShape struct {
	simple bool
	delim  byte
	header []string // the header line's fields, as written
	rows   int64    // lines after the header
	sha256 string
	// bare: every cell is printable ASCII without spaces (bytes 33–126),
	// so trimming leaves each as it is.
	bare bool
	// gzip: the file is gzip-compressed; crlf: its lines end in CR LF.
	gzip, crlf bool
	// months are the months of the month column's valid values, and a few
	// more perhaps (a superset: see monthKeys), in order.
	months []time.Time
}

// monthKeys collects the months of one column's values cheaply: a value
// of the usual shape (YYYY-MM-DD…, or YYYY-MM for a month column) counts
// by its first seven bytes, unchecked (so an impossible day may add its
// month); any other value by monthByShape.
type monthKeys struct {
	col  int
	last string
	seen map[string]bool
	// lastRaw is the last value parsed the slow way.
	lastRaw string
	other   map[time.Time]bool
}

func (mk *monthKeys) add(v []byte) {
	if len(v) >= 7 && v[4] == '-' && (len(v) == 7 || v[7] == '-') && isDigits(v[:4]) && isDigits(v[5:7]) {
		if string(v[:7]) != mk.last {
			mk.last = string(v[:7])
			mk.seen[mk.last] = true
		}
		return
	}
	if string(v) == mk.lastRaw {
		return
	}
	mk.lastRaw = string(v)
	if t, ok := monthByShape(mk.lastRaw); ok {
		mk.other[t] = true
	}
}

func (mk *monthKeys) months() []time.Time {
	set := mk.other
	for k := range mk.seen {
		if t, ok := monthByShape(k); ok {
			set[t] = true
		}
	}
	out := make([]time.Time, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	return out
}

// bareBytes reports whether b holds only bytes 33–126, line feeds and
// delim (and carriage returns, which end crlf lines). Eight bytes at a time: a word with any byte below 33 or above
// 126 (the usual bit tricks, which may also flag a word that has none) is
// looked at byte by byte.
func bareBytes(b []byte, delim byte, crlf bool) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	ok := func(c byte) bool { return c >= 33 && c <= 126 || c == '\n' || c == delim || crlf && c == '\r' }
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		if ((w-ones*33)&^w|(w+ones)|w)&highs != 0 {
			for _, c := range b[i : i+8] {
				if !ok(c) {
					return false
				}
			}
		}
	}
	for _, c := range b[i:] {
		if !ok(c) {
			return false
		}
	}
	return true
}

// bareLines is bareBytes over body's cells, its first line left out when
// it is the header (whose names may hold spaces).
func bareLines(body []byte, header bool, delim byte, crlf bool) bool {
	if header {
		k := bytes.IndexByte(body, '\n')
		if k < 0 {
			return true
		}
		body = body[k+1:]
	}
	return bareBytes(body, delim, crlf)
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// scanCSV reads the CSV file at path (gzip-compressed when it ends in
// .gz). When monthCol (a normalised header name) is given, it also
// collects the months of that column.
func scanCSV(path, monthCol string) (csvShape, error) {
	var sh csvShape
	h := sha256.New()
	src, err := openScan(path, h)
	if err != nil {
		return sh, err
	}
	defer src.f.Close()
	sh.gzip = src.rest != nil
	buf := make([]byte, src.size)
	var carry []byte // the start of a line the last read cut
	first, nDelim, bare := true, 0, true
	var mk *monthKeys
	var lines int64
	for {
		n, err := io.ReadFull(src.in, buf[len(carry):])
		last := err != nil // the file ends in this chunk
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return sh, err
		}
		if n == 0 && len(carry) == 0 {
			break
		}
		if !sh.gzip {
			h.Write(buf[len(carry) : len(carry)+n])
		}
		chunk := buf[:len(carry)+n]
		if first {
			first = false
			chunk = bytes.TrimPrefix(chunk, []byte{0xEF, 0xBB, 0xBF})
			var ok bool
			if nDelim, mk, ok = sh.readHeader(chunk, last, monthCol); !ok {
				return sh, nil // a header longer than the buffer
			}
		}
		if bytes.IndexByte(chunk, '"') >= 0 || !sh.crlf && bytes.IndexByte(chunk, '\r') >= 0 || bytes.IndexByte(chunk, 0) >= 0 {
			return sh, nil
		}
		// Whole lines; the rest waits for the next read.
		done := len(chunk)
		if !last {
			if done = bytes.LastIndexByte(chunk, '\n') + 1; done == 0 {
				return sh, nil // a line longer than the buffer
			}
		}
		body := chunk[:done]
		if !utf8.Valid(body) {
			return sh, nil
		}
		if bare {
			bare = bareLines(body, lines == 0, sh.delim, sh.crlf)
		}
		if !sh.scanLines(body, mk, nDelim, &lines) {
			return sh, nil
		}
		carry = append(carry[:0], chunk[done:]...)
		copy(buf, carry)
		if last {
			break
		}
	}
	if sh.gzip { // the rest of the file, hashed, must be empty
		if n, err := io.Copy(io.Discard, src.rest); err != nil || n > 0 {
			return sh, err
		}
	}
	sh.simple = len(sh.header) > 0 && lines > 1
	sh.bare = bare
	sh.rows = lines - 1
	sh.sha256 = hex.EncodeToString(h.Sum(nil))
	if mk != nil {
		sh.months = mk.months()
	}
	return sh, nil
}

// scanSource is a file opened for scanCSV: in gives its text and size is
// the scan's buffer. A .gz file's text is its first gzip member, its bytes
// as stored go through the hash as they are read, and rest holds what
// follows the member; a plain file is hashed by the scan as it reads it.
type scanSource struct {
	f    *os.File
	in   io.Reader
	rest *bufio.Reader
	size int64
}

func openScan(path string, h io.Writer) (*scanSource, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	src := &scanSource{f: f, in: f, size: 4 << 20}
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		src.rest = bufio.NewReader(io.TeeReader(f, h))
		z, err := gzip.NewReader(src.rest)
		if err != nil {
			f.Close()
			return nil, err
		}
		z.Multistream(false)
		src.in = z
	} else if st, err := f.Stat(); err == nil && st.Size() < src.size {
		src.size = st.Size() + 1 // a small file in one read
	}
	return src, nil
}

// readHeader reads the header line at the start of chunk: the delimiter,
// the names, the month column's place. ok is false when the header does
// not end in chunk.
func (sh *csvShape) readHeader(chunk []byte, last bool, monthCol string) (nDelim int, mk *monthKeys, ok bool) {
	end := bytes.IndexByte(chunk, '\n')
	if end < 0 && !last {
		return 0, nil, false
	}
	if end < 0 {
		end = len(chunk)
	}
	sh.delim = byte(detectDelimiter(chunk[:min(len(chunk), 64<<10)]))
	head := chunk[:end]
	if sh.crlf = end < len(chunk) && bytes.HasSuffix(head, []byte{'\r'}); sh.crlf {
		head = head[:len(head)-1]
	}
	for _, x := range bytes.Split(head, []byte{sh.delim}) {
		sh.header = append(sh.header, string(x))
	}
	for k, h := range sh.header {
		if monthCol != "" && normHeader(h) == monthCol && mk == nil {
			mk = &monthKeys{col: k, seen: map[string]bool{}, other: map[time.Time]bool{}}
		}
	}
	return len(sh.header) - 1, mk, true
}

// scanLines counts body's whole lines into lines, collecting the month
// column's keys; false when a line is empty, too long or ragged (the file
// is then not simple).
func (sh *csvShape) scanLines(body []byte, mk *monthKeys, nDelim int, lines *int64) bool {
	for len(body) > 0 {
		line, ended := body, false
		if end := bytes.IndexByte(body, '\n'); end >= 0 {
			line, body, ended = body[:end], body[end+1:], true
		} else {
			body = nil
		}
		if sh.crlf && !sh.crlfLine(&line, ended) || len(line) == 0 || len(line) > maxSimpleLine {
			return false
		}
		if mk != nil && *lines > 0 {
			// The month column's cell, counting delimiters on the way.
			rest, n := line, 0
			for n < mk.col {
				k := bytes.IndexByte(rest, sh.delim)
				if k < 0 {
					return false
				}
				rest, n = rest[k+1:], n+1
			}
			cell := rest
			if k := bytes.IndexByte(rest, sh.delim); k >= 0 {
				cell = rest[:k]
			}
			mk.add(cell)
			if n+bytes.Count(rest, []byte{sh.delim}) != nDelim {
				return false
			}
		} else if bytes.Count(line, []byte{sh.delim}) != nDelim {
			return false
		}
		*lines++
	}
	return true
}

// crlfLine takes the CR off a line of a crlf file that ended in LF; false
// when it has none, or a CR elsewhere (a last line without LF too).
func (sh *csvShape) crlfLine(line *[]byte, ended bool) bool {
	if ended {
		if len(*line) == 0 || (*line)[len(*line)-1] != '\r' {
			return false
		}
		*line = (*line)[:len(*line)-1]
	}
	return bytes.IndexByte(*line, '\r') < 0
}
