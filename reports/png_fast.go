package reports

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"io"

	"github.com/go-analyze/charts/chartdraw"
)

// The PDF's charts are encoded by encodePNG (the chart library's PNG
// renderer takes its encoder from chartdraw.PNGEncoder, a patch of ours:
// third_party/charts/README.fwaeval.md).
func init() { chartdraw.PNGEncoder = encodePNG }

// encodePNG writes m as a PNG, fast: an opaque *image.RGBA (every chart:
// its background is opaque) as 8-bit RGB, every row filtered with "Up"
// (the row above subtracted, so a chart's flat areas become zeros; a row
// equal to the one above is not converted at all) and deflated by rleZlib
// (runs only, Huffman codes of its own). image/png tries all five filters
// on every row and deflates at the default level: 30 of the 35 ms a chart
// took; with klauspost/compress's best speed, 5.3 ms a chart of the pemda
// report, now 1.9 ms (the stretches of a row equal to the row above are
// written as runs without being converted or scanned: filterChanged), 3 %
// larger. Anything else, or a pixel that is not opaque, goes to image/png.
// The same image gives the same bytes.
func encodePNG(w io.Writer, m image.Image) error {
	rgba, ok := m.(*image.RGBA)
	if !ok || rgba.Bounds().Empty() {
		return png.Encode(w, m)
	}
	defer canvases.put(rgba) // written: the chart library is done with it
	doc, ok := encodeOpaque(rgba)
	if !ok {
		return png.Encode(w, m)
	}
	_, err := w.Write(doc)
	return err
}

// encodeOpaque is encodePNG's fast path; ok is false if a pixel is not
// opaque (the PNG would lose its alpha).
func encodeOpaque(rgba *image.RGBA) (doc []byte, ok bool) {
	b := rgba.Bounds()
	width, height := b.Dx(), b.Dy()
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits per sample, RGB; no interlace
	writeChunk(&out, "IHDR", ihdr[:])
	zw := newRLEZlib(width * height / 8) // tokens: about as many in a chart
	line := make([]byte, 1+3*width+2)    // 2 spare bytes: see upFilter
	line[0] = 2                          // filter type Up
	above := make([]byte, 4*width)       // above the first row: zeros
	for y := b.Min.Y; y < b.Max.Y; y++ {
		off := rgba.PixOffset(b.Min.X, y)
		row := rgba.Pix[off : off+4*width : off+4*width]
		if y > b.Min.Y && bytes.Equal(row, above) {
			zw.Write(filterUp)
			zw.WriteZeroRun(3 * width) // nothing changed
			continue
		}
		if y == b.Min.Y {
			if !upFilter(line[1:], row, above) {
				return nil, false
			}
			zw.Write(line[:1+3*width])
		} else if !filterChanged(zw, line[1:], row, above) {
			return nil, false
		}
		above = row
	}
	writeChunk(&out, "IDAT", zw.Close())
	writeChunk(&out, "IEND", nil)
	return out.Bytes(), true
}

// filterUp opens a row filtered with "Up" (PNG filter type 2).
var filterUp = []byte{2}

// filterChanged writes a row that differs from the one above (as RGBA
// rows, the one above already checked for opacity) filtered with "Up":
// the stretches where the two rows are equal, most of a chart row, are
// runs of zeros for zw, neither converted nor scanned; only the pixels
// that changed go through upFilter (d: scratch of the row's RGB size and
// 2 spare bytes). It reports whether those pixels are opaque.
func filterChanged(zw *rleZlib, d, row, above []byte) bool {
	zw.Write(filterUp)
	n := len(row)
	for x := 0; x < n; {
		s := x
		for x+32 <= n && equal32(row[x:x+32], above[x:x+32]) {
			x += 32
		}
		for x+8 <= n && binary.LittleEndian.Uint64(row[x:]) == binary.LittleEndian.Uint64(above[x:]) {
			x += 8
		}
		if x+8 > n && x < n && bytes.Equal(row[x:], above[x:]) {
			x = n // an equal odd pixel at the end
		}
		if x > s {
			zw.WriteZeroRun((x - s) / 4 * 3)
		}
		if x == n {
			break
		}
		s = x
		for x+8 <= n && binary.LittleEndian.Uint64(row[x:]) != binary.LittleEndian.Uint64(above[x:]) {
			x += 8
		}
		if x+8 > n {
			x = n // the odd pixel at the end goes with the changed ones
		}
		if !upFilter(d, row[s:x], above[s:x]) {
			return false
		}
		zw.Write(d[:(x-s)/4*3])
	}
	return true
}

// equal32 reports whether the 32 bytes of a and b are equal (both at
// least 32 long): four words compared at once, one branch.
func equal32(a, b []byte) bool {
	a, b = a[:32], b[:32]
	return (binary.LittleEndian.Uint64(a)^binary.LittleEndian.Uint64(b))|
		(binary.LittleEndian.Uint64(a[8:])^binary.LittleEndian.Uint64(b[8:]))|
		(binary.LittleEndian.Uint64(a[16:])^binary.LittleEndian.Uint64(b[16:]))|
		(binary.LittleEndian.Uint64(a[24:])^binary.LittleEndian.Uint64(b[24:])) == 0
}

// upFilter writes the RGB bytes of row minus those of above (RGBA rows of
// the same width), modulo 256, into d, and reports whether every pixel of
// row is opaque. Two pixels at a time, as one 64-bit word: the bytes are
// subtracted without borrows between them (the high bits set before,
// mended after), the alpha bytes dropped, and 8 bytes stored of which the
// next pair overwrites the last 2 (d has 2 spare bytes).
func upFilter(d, row, above []byte) bool {
	const h = 0x8080808080808080
	alpha := uint64(0xff000000ff000000)
	above = above[:len(row)]
	for len(row) >= 8 && len(above) >= 8 && len(d) >= 8 {
		p := binary.LittleEndian.Uint64(row)
		q := binary.LittleEndian.Uint64(above)
		alpha &= p
		v := ((p | h) - (q &^ h)) ^ ((p ^ ^q) & h)
		binary.LittleEndian.PutUint64(d, v&0xffffff|v>>8&0xffffff000000)
		row, above, d = row[8:], above[8:], d[6:]
	}
	if len(row) >= 4 && len(above) >= 4 && len(d) >= 3 { // an odd pixel at the end
		d[0], d[1], d[2] = row[0]-above[0], row[1]-above[1], row[2]-above[2]
		if row[3] != 0xff {
			return false
		}
	}
	return alpha == 0xff000000ff000000
}

// writeChunk appends one PNG chunk: length, type, data, CRC of type and data.
func writeChunk(out *bytes.Buffer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	out.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(kind))
	crc.Write(data)
	out.WriteString(kind)
	out.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	out.Write(n[:])
}
