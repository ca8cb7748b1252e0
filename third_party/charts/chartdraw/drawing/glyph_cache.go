package drawing

// fwaeval patch: text drawn from a cache of rasterised glyphs. A chart's
// labels are a few dozen short strings; turning every glyph of them into a
// path, flattening its curves and rasterising it took a third of a PNG
// chart's time. A glyph is rasterised once per font, size and quarter-pixel
// position, and then only composited.

import (
	"errors"
	"image"
	"image/draw"
	"math"
	"sync"

	"github.com/golang/freetype/raster"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// glyphSteps is how many positions per pixel a glyph is rasterised at,
// across and down: a glyph lands within 1/8 pixel of where the path
// would have put it.
const glyphSteps = 4

type glyphKey struct {
	font    *truetype.Font
	scale   float64
	index   truetype.Index
	fx, fy  uint8
	winding bool
}

// glyphMask is a glyph's coverage and the offset of its top left corner
// from the pixel the pen is in.
type glyphMask struct {
	mask   *image.Alpha
	dx, dy int
}

var glyphs = struct {
	sync.Mutex
	m map[glyphKey]*glyphMask
}{m: map[glyphKey]*glyphMask{}}

// maxGlyphs bounds the cache; past it, it starts afresh.
const maxGlyphs = 20000

// FillStringCached draws s at x, y in the fill colour as CreateStringPath
// and Fill do, from cached glyph coverages. It needs the identity
// transform (no rotation or scaling) and returns false without drawing
// otherwise.
func (rgc *RasterGraphicContext) FillStringCached(s string, x, y float64) (bool, error) {
	if !rgc.current.Tr.IsIdentity() {
		return false, nil
	}
	f := rgc.GetFont()
	if f == nil {
		return true, errors.New("no font loaded, cannot continue")
	}
	rgc.recalc()
	src := image.NewUniform(rgc.current.FillColor)
	winding := rgc.current.FillRule == FillRuleWinding
	var prevFont *truetype.Font
	var prevIndex truetype.Index
	for _, rc := range s {
		currentFont, index := findFontForRune(f, rc)
		if prevFont != nil { // kerning from whichever font gave the previous character
			nextIndex := index
			if prevFont != currentFont {
				nextIndex = prevFont.Index(rc)
			}
			x += fUnitsToFloat64(prevFont.Kern(fixed.Int26_6(rgc.current.Scale), prevIndex, nextIndex))
		}
		ix, iy := math.Floor(x), math.Floor(y)
		fx := uint8(math.Round((x - ix) * glyphSteps))
		fy := uint8(math.Round((y - iy) * glyphSteps))
		if fx == glyphSteps {
			ix, fx = ix+1, 0
		}
		if fy == glyphSteps {
			iy, fy = iy+1, 0
		}
		g, err := cachedGlyph(glyphKey{currentFont, rgc.current.Scale, index, fx, fy, winding})
		if err != nil {
			return true, err
		}
		if g.mask != nil {
			r := g.mask.Bounds().Add(image.Pt(int(ix)+g.dx, int(iy)+g.dy))
			draw.DrawMask(rgc.img, r, src, image.Point{}, g.mask, image.Point{}, draw.Over)
		}
		x += fUnitsToFloat64(currentFont.HMetric(fixed.Int26_6(rgc.current.Scale), index).AdvanceWidth)
		prevFont, prevIndex = currentFont, index
	}
	return true, nil
}

// cachedGlyph returns the glyph's coverage, rasterising it the first time.
func cachedGlyph(k glyphKey) (*glyphMask, error) {
	glyphs.Lock()
	g := glyphs.m[k]
	glyphs.Unlock()
	if g != nil {
		return g, nil
	}
	var buf truetype.GlyphBuf
	if err := buf.Load(k.font, fixed.Int26_6(k.scale), k.index, font.HintingNone); err != nil {
		return nil, err
	}
	g = &glyphMask{}
	if len(buf.Points) > 0 {
		// The outline's pixel bounds at this offset, a pixel of margin
		// around for the antialiasing.
		ox, oy := float64(k.fx)/glyphSteps, float64(k.fy)/glyphSteps
		x0 := int(math.Floor(fUnitsToFloat64(buf.Bounds.Min.X)+ox)) - 1
		x1 := int(math.Ceil(fUnitsToFloat64(buf.Bounds.Max.X)+ox)) + 1
		y0 := int(math.Floor(-fUnitsToFloat64(buf.Bounds.Max.Y)+oy)) - 1
		y1 := int(math.Ceil(-fUnitsToFloat64(buf.Bounds.Min.Y)+oy)) + 1
		w, h := x1-x0, y1-y0
		mask := image.NewAlpha(image.Rect(0, 0, w, h))
		r := raster.NewRasterizer(w, h)
		r.UseNonZeroWinding = k.winding
		path := new(Path)
		var e0 int
		for _, e1 := range buf.Ends {
			DrawContour(path, buf.Points[e0:e1], ox-float64(x0), oy-float64(y0))
			e0 = e1
		}
		Flatten(path, FtLineBuilder{Adder: r}, 1)
		r.Rasterize(raster.NewAlphaSrcPainter(mask))
		g.mask, g.dx, g.dy = mask, x0, y0
	}
	glyphs.Lock()
	if len(glyphs.m) >= maxGlyphs {
		glyphs.m = map[glyphKey]*glyphMask{}
	}
	glyphs.m[k] = g
	glyphs.Unlock()
	return g, nil
}
