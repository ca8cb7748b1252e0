package charts

import (
	"fmt"

	"github.com/dustin/go-humanize"
)

type funnelChart struct {
	p   *Painter
	opt *FunnelChartOption
}

// newFunnelChart returns a funnel chart renderer.
func newFunnelChart(p *Painter, opt FunnelChartOption) *funnelChart {
	return &funnelChart{
		p:   p,
		opt: &opt,
	}
}

// NewFunnelChartOptionWithData returns an initialized FunnelChartOption with the SeriesList set with the provided data slice.
func NewFunnelChartOptionWithData(data []float64) FunnelChartOption {
	return FunnelChartOption{
		SeriesList: NewSeriesListFunnel(data),
		Padding:    defaultPadding,
		Theme:      GetDefaultTheme(),
	}
}

// FunnelChartOption defines the options for rendering a funnel chart. Render the chart using Painter.FunnelChart.
type FunnelChartOption struct {
	// Theme specifies the colors used for the chart.
	Theme ColorPalette
	// Padding specifies the padding around the chart.
	Padding Box
	// SeriesList provides the data population for the chart. Typically constructed using NewSeriesListFunnel.
	SeriesList FunnelSeriesList
	// Title contains options for rendering the chart title.
	Title TitleOption
	// Legend contains options for the data legend.
	Legend LegendOption
}

func (f *funnelChart) renderChart(result *defaultRenderResult) (Box, error) {
	opt := f.opt
	seriesCount := len(opt.SeriesList)
	if seriesCount == 0 {
		result.renderNoData(opt.Theme)
		return f.p.box, nil
	}
	seriesPainter := result.seriesPainter
	var maxValue float64
	var anyValue bool
	for index, item := range opt.SeriesList {
		if !isValidExtent(item.Value) {
			continue // null or non-finite is no value for this series
		} else if item.Value < 0 {
			return BoxZero, fmt.Errorf("unsupported negative value for series index %d", index)
		}
		anyValue = true
		if item.Value > maxValue {
			maxValue = item.Value
		}
	}
	if !anyValue {
		result.renderNoData(opt.Theme)
		return f.p.box, nil
	}
	theme := opt.Theme
	gap := 2
	height := seriesPainter.Height()
	width := seriesPainter.Width()

	h := (height - gap*(seriesCount-1)) / seriesCount

	var y int
	widthList := make([]int, seriesCount)
	nullList := make([]bool, seriesCount)
	textList := make([]string, seriesCount)
	labelStyleList := make([]*LabelStyle, seriesCount)
	seriesNames := opt.SeriesList.names()
	for index, item := range opt.SeriesList {
		percent := 1.0 // full width when the maximum value is 0
		nullValue := !isValidExtent(item.Value)
		if nullValue {
			percent = 0 // no band for a null value
			nullList[index] = true
		} else if maxValue != 0 {
			percent = item.Value / maxValue
		}
		widthList[index] = int(percent * float64(width))
		if !nullValue && !flagIs(false, item.Label.Show) { // no label for a null band
			if item.Label.LabelFormatter != nil {
				textList[index], labelStyleList[index] = item.Label.LabelFormatter(index, seriesNames[index], item.Value)
			} else if item.Label.ValueFormatter != nil {
				textList[index] = item.Label.ValueFormatter(item.Value)
			} else { // default label
				textList[index] = seriesNames[index] + "(" + humanize.FtoaWithDigits(percent*100, 2) + "%)"
			}
		}
	}

	for index, w := range widthList {
		if nullList[index] {
			y += h + gap // the slot is kept so the remaining bands stay aligned with their colors
			continue     // no band or label for a null value
		}
		var nextWidth int
		if index+1 < len(widthList) {
			if nullList[index+1] {
				nextWidth = w // flat bottom rather than a taper into an unknown value
			} else {
				nextWidth = widthList[index+1]
			}
		}
		topStartX := (width - w) >> 1
		topEndX := topStartX + w
		bottomStartX := (width - nextWidth) >> 1
		bottomEndX := bottomStartX + nextWidth
		points := []Point{
			{
				X: topStartX,
				Y: y,
			},
			{
				X: topEndX,
				Y: y,
			},
			{
				X: bottomEndX,
				Y: y + h,
			},
			{
				X: bottomStartX,
				Y: y + h,
			},
			{
				X: topStartX,
				Y: y,
			},
		}

		seriesPainter.FillArea(points, theme.GetSeriesColor(index))

		text := textList[index]
		fontStyle := fillFontStyleDefaults(opt.SeriesList[index].Label.FontStyle,
			defaultLabelFontSize, theme.GetLabelTextColor(), seriesPainter.font)

		// Apply label style overrides if present
		var backgroundColor Color
		var cornerRadius int
		var borderColor Color
		var borderWidth float64
		if labelStyleList[index] != nil {
			fontStyle = mergeFontStyles(labelStyleList[index].FontStyle, fontStyle)
			backgroundColor = labelStyleList[index].BackgroundColor
			cornerRadius = labelStyleList[index].CornerRadius
			borderColor = labelStyleList[index].BorderColor
			borderWidth = labelStyleList[index].BorderWidth
		}

		textBox := seriesPainter.MeasureText(text, 0, fontStyle)
		textX := width>>1 - textBox.Width()>>1
		textY := y + h>>1
		drawLabelWithBackground(seriesPainter, text, textX, textY, 0, fontStyle, backgroundColor, cornerRadius, borderColor, borderWidth)
		y += h + gap
	}

	return f.p.box, nil
}

func (f *funnelChart) Render() (Box, error) {
	p := f.p
	opt := f.opt
	if opt.Theme == nil {
		opt.Theme = getPreferredTheme(p.theme)
	}
	if opt.Legend.Symbol == "" {
		opt.Legend.Symbol = SymbolSquare
	}

	renderResult, err := defaultRender(p, defaultRenderOption{
		theme:      opt.Theme,
		padding:    opt.Padding,
		seriesList: opt.SeriesList,
		categoryAxis: &CategoryAxisOption{
			Show: Ptr(false),
		},
		valueAxis: []ValueAxisOption{
			{
				Show: Ptr(false),
			},
		},
		title:  opt.Title,
		legend: &f.opt.Legend,
	})
	if err != nil {
		return BoxZero, err
	}
	return f.renderChart(renderResult)
}
