package reports

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math/rand"
	"testing"
)

// encodePNG's files decode (with image/png) to exactly the image drawn:
// a real chart, random opaque images of odd sizes, and images it leaves to
// image/png (transparent, empty).
func TestEncodePNG(t *testing.T) {
	m := &Model{Lang: "id"}
	chart, err := modelTrendPNG(m, [][]float64{{1, 2, 3, 2.5}, {2, 1, 0.5, 3}}, 1, []string{"a", "b"}, "%", 400, 200)
	if err != nil {
		t.Fatal(err)
	}
	drawn, err := png.Decode(bytes.NewReader(chart))
	if err != nil {
		t.Fatalf("the chart does not decode: %v", err)
	}
	// The chart library used encodePNG: encoding the decoded image again
	// gives the same bytes.
	var again bytes.Buffer
	if err := encodePNG(&again, drawn); err != nil || !bytes.Equal(again.Bytes(), chart) {
		t.Fatalf("the chart was not written by encodePNG (%v)", err)
	}
	r := rand.New(rand.NewSource(1))
	var imgs []*image.RGBA
	for _, size := range [][2]int{{1, 1}, {3, 7}, {64, 1}, {257, 33}} {
		img := image.NewRGBA(image.Rect(0, 0, size[0], size[1]))
		for i := range img.Pix {
			img.Pix[i] = byte(r.Intn(256))
			if i%4 == 3 {
				img.Pix[i] = 255
			}
		}
		imgs = append(imgs, img)
	}
	// Runs of equal rows (not converted, written as zeros), then a row
	// that differs; the same with one transparent pixel in the last row
	// (image/png keeps its alpha); a sub-image (rows are found by offset).
	stripes := image.NewRGBA(image.Rect(0, 0, 9, 12))
	for y := range 12 {
		for x := range 9 {
			stripes.Set(x, y, color.RGBA{byte(y / 4 * 70), byte(x), 200, 255})
		}
	}
	stripes.Set(0, 6, color.RGBA{9, 9, 9, 255}) // rows differing from the one
	stripes.Set(8, 2, color.RGBA{9, 9, 9, 255}) // above in one end pixel only
	late := image.NewRGBA(stripes.Bounds())
	copy(late.Pix, stripes.Pix)
	late.Set(4, 11, color.RGBA{}) // transparent (exact through image/png)
	late2 := image.NewRGBA(stripes.Bounds())
	copy(late2.Pix, stripes.Pix)
	late2.Set(5, 11, color.RGBA{}) // the second pixel of a pair
	late3 := image.NewRGBA(stripes.Bounds())
	copy(late3.Pix, stripes.Pix)
	late3.Set(8, 11, color.RGBA{}) // the last, odd pixel of a row
	sub := imgs[3].SubImage(image.Rect(5, 3, 200, 30)).(*image.RGBA)
	clear := image.NewRGBA(image.Rect(0, 0, 5, 5))
	clear.Set(1, 1, color.RGBA{10, 20, 30, 255})
	imgs = append(imgs, stripes, late, late2, late3, sub, clear, image.NewRGBA(image.Rect(0, 0, 0, 0)))
	for k, img := range imgs {
		var buf bytes.Buffer
		err := encodePNG(&buf, img)
		if img.Bounds().Empty() {
			if err == nil {
				t.Fatal("an empty image was encoded (image/png refuses it)")
			}
			continue
		}
		if err != nil {
			t.Fatalf("image %d: %v", k, err)
		}
		back, err := png.Decode(&buf)
		if err != nil {
			t.Fatalf("image %d does not decode: %v", k, err)
		}
		o := img.Bounds().Min
		for y := 0; y < img.Bounds().Dy(); y++ {
			for x := 0; x < img.Bounds().Dx(); x++ {
				r1, g1, b1, a1 := img.At(o.X+x, o.Y+y).RGBA()
				r2, g2, b2, a2 := back.At(x, y).RGBA()
				if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
					t.Fatalf("image %d pixel (%d,%d): %v, decoded %v", k, x, y, img.At(o.X+x, o.Y+y), back.At(x, y))
				}
			}
		}
	}
}
