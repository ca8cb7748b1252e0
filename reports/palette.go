package reports

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/props"
)

// statusPalette is the one palette of every status in both formats, most
// severe reddest: color in charts (HTML and PNG) and as a tile's edge,
// tint as the background of a tile or a table cell.
var statusPalette = map[string]struct{ color, tint string }{
	"HENTIKAN_SEMENTARA": {"#cf222e", "#ffebe9"},
	"TINJAU_ULANG":       {"#d4a72c", "#fff8c5"},
	"DATA_KURANG":        {"#8c959f", "#eaeef2"},
	"PANTAU":             {"#0969da", "#ddf4ff"},
	"LANJUTKAN":          {"#1a7f37", "#dafbe1"},
	"TIDAK_BERLAKU":      {"#d0d7de", "#f6f8fa"},
}

// statusColor is each status's chart colour.
var statusColor = func() map[string]string {
	m := map[string]string{}
	for s, p := range statusPalette {
		m[s] = p.color
	}
	return m
}()

// statusFill is each status's tile and table background in the PDF.
var statusFill = func() map[string]*props.Color {
	m := map[string]*props.Color{}
	for s, p := range statusPalette {
		m[s] = hexColor(p.tint)
	}
	return m
}()

// hexColor reads #rrggbb.
func hexColor(h string) *props.Color {
	v, _ := strconv.ParseUint(strings.TrimPrefix(h, "#"), 16, 32)
	return &props.Color{Red: int(v >> 16 & 0xff), Green: int(v >> 8 & 0xff), Blue: int(v & 0xff)}
}

// statusCSS is the HTML's status classes: tint behind, colour at the edge.
func statusCSS() string {
	var b strings.Builder
	for _, s := range statusOrder {
		p := statusPalette[s]
		fmt.Fprintf(&b, ".s-%s{background:%s;border-left:4px solid %s}", s, p.tint, p.color)
	}
	return b.String()
}
