package reports

import (
	"bytes"
	"image"
	"testing"
)

// A canvas used again starts cleared: a chart drawn after another, on its
// canvas, is the chart drawn first. Only canvases the pool lent are taken
// back.
func TestCanvasReuse(t *testing.T) {
	m := &Model{Lang: "id"}
	draw := func(series []float64) []byte {
		t.Helper()
		b, err := modelTrendPNG(m, [][]float64{series}, 1, []string{"a"}, "", 300, 150)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	first := draw([]float64{1, 2, 3})
	other := draw([]float64{9, 1, 9})
	again := draw([]float64{1, 2, 3})
	if !bytes.Equal(first, again) || bytes.Equal(first, other) {
		t.Fatal("a chart drawn on a used canvas differs from the same chart drawn first")
	}
	// Every canvas a chart took came back: its own once encoded, the one
	// its x axis was laid out on right after.
	if n := len(canvases.lent); n != 0 {
		t.Fatalf("%d canvases still lent after the charts were drawn", n)
	}
	r := image.Rect(0, 0, 7, 3)
	c := canvases.get(r)
	for i := range c.Pix {
		c.Pix[i] = 0xff
	}
	canvases.put(c)
	if c := canvases.get(r); !bytes.Equal(c.Pix, make([]byte, len(c.Pix))) {
		t.Fatal("a canvas lent again is not cleared")
	} else {
		for i := range c.Pix {
			c.Pix[i] = 0xff
		}
		canvases.put(c)
	}
	// A smaller canvas is cut from a buffer a larger one gave back.
	small := canvases.get(image.Rect(0, 0, 5, 2))
	if &small.Pix[0] != &c.Pix[0] || small.Stride != 20 || len(small.Pix) != 40 {
		t.Fatalf("a 5×2 canvas was not cut from the free 7×3 buffer (stride %d, %d bytes)", small.Stride, len(small.Pix))
	}
	if !bytes.Equal(small.Pix, make([]byte, len(small.Pix))) {
		t.Fatal("a canvas cut from a used buffer is not cleared")
	}
	canvases.put(small)
	mine := image.NewRGBA(image.Rect(0, 0, 300, 150))
	canvases.put(mine)
	for range 8 {
		if c := canvases.get(image.Rect(0, 0, 300, 150)); c == mine {
			t.Fatal("an image the pool never lent was taken into it")
		}
	}
}
