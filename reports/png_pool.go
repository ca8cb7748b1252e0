package reports

import (
	"image"
	"sync"

	"github.com/go-analyze/charts/chartdraw"
)

// The charts' canvases are reused: the chart library makes each one
// through chartdraw.PNGImage (a patch of ours), and encodePNG gives it
// back once written. A canvas is 3.6 MB; made afresh for every chart, its
// allocation and the garbage collection it set off took a fifth of a
// chart's time.
func init() { chartdraw.PNGImage = canvases.get }

var canvases canvasPool

// canvasPool holds cleared-on-demand canvases by size. lent records the
// canvases handed out and not yet given back: only those are taken back,
// never an image encodePNG was given by anyone else.
type canvasPool struct {
	mu   sync.Mutex
	free map[image.Rectangle][]*image.RGBA
	lent map[*image.RGBA]bool
}

// get returns a canvas of bounds r, every pixel zero as image.NewRGBA
// makes it.
func (p *canvasPool) get(r image.Rectangle) *image.RGBA {
	p.mu.Lock()
	var img *image.RGBA
	if free := p.free[r]; len(free) > 0 {
		img, p.free[r] = free[len(free)-1], free[:len(free)-1]
	}
	if p.lent == nil {
		p.lent, p.free = map[*image.RGBA]bool{}, map[image.Rectangle][]*image.RGBA{}
	}
	p.mu.Unlock()
	if img == nil {
		img = image.NewRGBA(r)
	} else {
		clear(img.Pix)
	}
	p.mu.Lock()
	p.lent[img] = true
	p.mu.Unlock()
	return img
}

// put takes back a canvas that get handed out; any other image is left
// alone. At most a few canvases of a size are kept (one per worker).
func (p *canvasPool) put(img *image.RGBA) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.lent[img] {
		return
	}
	delete(p.lent, img)
	if r := img.Rect; len(p.free[r]) < 4 {
		p.free[r] = append(p.free[r], img)
	}
}
