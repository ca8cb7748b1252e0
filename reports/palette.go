package reports

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/props"

	"fwaeval/reports/model"
)

// statusColor is each status's chart colour.
var statusColor = func() map[string]string {
	m := map[string]string{}
	for s, p := range model.StatusPalette {
		m[s] = p.Color
	}
	return m
}()

// statusFill is each status's tile and table background in the PDF.
var statusFill = func() map[string]*props.Color {
	m := map[string]*props.Color{}
	for s, p := range model.StatusPalette {
		m[s] = hexColor(p.Tint)
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
	for _, s := range model.AllStatuses() {
		p := model.StatusPalette[s]
		fmt.Fprintf(&b, ".s-%s{background:%s;border-left:4px solid %s}", s, p.Tint, p.Color)
	}
	return b.String()
}
