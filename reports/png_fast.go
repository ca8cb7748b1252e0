package reports

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"io"

	"github.com/go-analyze/charts/chartdraw"
	"github.com/klauspost/compress/zlib"
)

// The PDF's charts are encoded by encodePNG (the chart library's PNG
// renderer takes its encoder from chartdraw.PNGEncoder, a patch of ours:
// third_party/charts/README.fwaeval.md).
func init() { chartdraw.PNGEncoder = encodePNG }

// encodePNG writes m as a PNG, fast: an opaque *image.RGBA (every chart:
// its background is opaque) as 8-bit RGB, every row filtered with "Up"
// (the row above subtracted, so a chart's flat areas become zeros; a row
// equal to the one above is not converted at all) and deflated at best
// speed by klauspost/compress (already in the build through duckdb-go;
// faster than compress/flate here). image/png tries all five filters on
// every row and deflates at the default level: 30 of the 35 ms a chart
// took. Anything else, or a pixel that is not opaque, goes to image/png.
// The same image gives the same bytes.
func encodePNG(w io.Writer, m image.Image) error {
	rgba, ok := m.(*image.RGBA)
	if !ok || rgba.Bounds().Empty() {
		return png.Encode(w, m)
	}
	doc, ok, err := encodeOpaque(rgba)
	if err != nil {
		return err
	}
	if !ok {
		return png.Encode(w, m)
	}
	_, err = w.Write(doc)
	return err
}

// encodeOpaque is encodePNG's fast path; ok is false if a pixel is not
// opaque (the PNG would lose its alpha).
func encodeOpaque(rgba *image.RGBA) (doc []byte, ok bool, err error) {
	b := rgba.Bounds()
	width, height := b.Dx(), b.Dy()
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits per sample, RGB; no interlace
	writeChunk(&out, "IHDR", ihdr[:])
	var idat bytes.Buffer
	zw, err := zlib.NewWriterLevel(&idat, zlib.BestSpeed)
	if err != nil {
		return nil, false, err
	}
	line := make([]byte, 1+3*width)
	same := make([]byte, 1+3*width) // a row equal to the one above: zeros
	line[0], same[0] = 2, 2         // filter type Up
	above := make([]byte, 4*width)  // above the first row: zeros
	for y := b.Min.Y; y < b.Max.Y; y++ {
		off := rgba.PixOffset(b.Min.X, y)
		row := rgba.Pix[off : off+4*width : off+4*width]
		filtered := same
		if y == b.Min.Y || !bytes.Equal(row, above) {
			filtered = line
			d := line[1 : 1+3*width : 1+3*width]
			alpha := byte(0xff)
			for x := range width {
				i, j := 4*x, 3*x
				p, q := row[i:i+4:i+4], above[i:i+3:i+3]
				o := d[j : j+3 : j+3]
				o[0], o[1], o[2] = p[0]-q[0], p[1]-q[1], p[2]-q[2]
				alpha &= p[3]
			}
			if alpha != 0xff {
				return nil, false, nil
			}
		}
		if _, err := zw.Write(filtered); err != nil {
			return nil, false, err
		}
		above = row
	}
	if err := zw.Close(); err != nil {
		return nil, false, err
	}
	writeChunk(&out, "IDAT", idat.Bytes())
	writeChunk(&out, "IEND", nil)
	return out.Bytes(), true, nil
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
