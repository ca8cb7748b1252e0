package reports

import (
	"bytes"
	"image"
	"image/png"
	"testing"

	"github.com/go-analyze/charts/chartdraw"
)

// Text drawn from the glyph cache (a patch of ours in the vendored chart
// library) looks as text drawn by filling its outline: glyphs sit within
// an eighth of a pixel of their place, so only their edges' coverage may
// differ a little.
func TestTextFromCacheMatchesOutlines(t *testing.T) {
	m := testModel("id")
	var charts [2]image.Image
	for i, cached := range []bool{false, true} {
		chartdraw.TextFromCache = cached
		b, err := modelTrendPNG(m, [][]float64{m.Trends.CapaianFWA, m.Trends.CapaianCtrl}, 1, []string{"FWA", "pembanding"}, "", 800, 330)
		chartdraw.TextFromCache = true
		if err != nil {
			t.Fatal(err)
		}
		if charts[i], err = png.Decode(bytes.NewReader(b)); err != nil {
			t.Fatal(err)
		}
	}
	var sum, ink, worst int64
	r := charts[0].Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			a, _, _, _ := charts[0].At(x, y).RGBA()
			b, _, _, _ := charts[1].At(x, y).RGBA()
			d := int64(a>>8) - int64(b>>8)
			if d < 0 {
				d = -d
			}
			sum += d
			worst = max(worst, d)
			ink += 255 - int64(a>>8)
		}
	}
	t.Logf("difference %d of ink %d (%.2f %%), worst pixel %d/255", sum, ink, 100*float64(sum)/float64(ink), worst)
	if sum == 0 {
		t.Fatal("no difference at all: was the cache used?")
	}
	if float64(sum) > 0.03*float64(ink) {
		t.Fatalf("cached text differs by %d of %d (more than 3 %% of the ink)", sum, ink)
	}
}
