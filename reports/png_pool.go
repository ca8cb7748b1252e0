package reports

import (
	"image"
	"runtime"
	"sync"

	"github.com/go-analyze/charts/chartdraw"
)

// The charts' canvases are reused: the chart library makes each one
// through chartdraw.PNGImage (a patch of ours), and encodePNG gives it
// back once written; the canvas a chart only lays its x axis out on comes
// back through chartdraw.PNGImageDone. A canvas is 2–4 MB; made afresh
// for every chart (twice: the x axis's too), its allocation, the pages
// the system then maps in, and the garbage collection it set off took a
// fifth of a chart's time.
func init() {
	chartdraw.PNGImage = canvases.get
	chartdraw.PNGImageDone = canvases.put
}

var canvases canvasPool

// canvasPool lends canvases of any size cut from the pixel buffers it
// keeps, cleared as image.NewRGBA makes them: a unit's 800×280 chart is
// drawn in the buffer an 800×330 one was. lent records the canvases
// handed out and not yet given back (with their whole buffer): only those
// are taken back, never an image encodePNG was given by anyone else.
type canvasPool struct {
	mu   sync.Mutex
	free [][]byte
	lent map[*image.RGBA][]byte
}

// keptBuffers is how many free buffers the pool keeps: a chart's canvas
// and its x axis's one-pixel one per worker, one worker per core.
var keptBuffers = 2 * runtime.GOMAXPROCS(0)

// get returns a canvas of bounds r, every pixel zero as image.NewRGBA
// makes it.
func (p *canvasPool) get(r image.Rectangle) *image.RGBA {
	n := 4 * r.Dx() * r.Dy()
	p.mu.Lock()
	best := -1 // the smallest free buffer that holds n bytes
	for i, b := range p.free {
		if cap(b) >= n && (best < 0 || cap(b) < cap(p.free[best])) {
			best = i
		}
	}
	var buf []byte
	if best >= 0 {
		buf = p.free[best]
		p.free = append(p.free[:best], p.free[best+1:]...)
	}
	p.mu.Unlock()
	if buf == nil {
		buf = make([]byte, n)
	} else {
		clear(buf[:n])
	}
	img := &image.RGBA{Pix: buf[:n:n], Stride: 4 * r.Dx(), Rect: r}
	p.mu.Lock()
	if p.lent == nil {
		p.lent = map[*image.RGBA][]byte{}
	}
	p.lent[img] = buf
	p.mu.Unlock()
	return img
}

// put takes back a canvas that get handed out; any other image is left
// alone. When more than keptBuffers are free, the smallest goes.
func (p *canvasPool) put(img *image.RGBA) {
	p.mu.Lock()
	defer p.mu.Unlock()
	buf, ok := p.lent[img]
	if !ok {
		return
	}
	delete(p.lent, img)
	p.free = append(p.free, buf)
	if len(p.free) > keptBuffers {
		small := 0
		for i, b := range p.free {
			if cap(b) < cap(p.free[small]) {
				small = i
			}
		}
		p.free = append(p.free[:small], p.free[small+1:]...)
	}
}
