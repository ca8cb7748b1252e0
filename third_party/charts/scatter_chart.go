package charts

import (
	"math"
)

type scatterChart struct {
	p   *Painter
	opt *ScatterChartOption
}

// newScatterChart returns a scatter chart renderer.
func newScatterChart(p *Painter, opt ScatterChartOption) *scatterChart {
	return &scatterChart{
		p:   p,
		opt: &opt,
	}
}

// NewScatterChartOptionWithData returns an initialized ScatterChartOption with the SeriesList set with the provided data slice.
func NewScatterChartOptionWithData(data [][]float64) ScatterChartOption {
	return NewScatterChartOptionWithSeries(NewSeriesListScatter(data))
}

// NewScatterChartOptionWithSeries returns an initialized ScatterChartOption with the provided SeriesList.
func NewScatterChartOptionWithSeries(sl ScatterSeriesList) ScatterChartOption {
	return ScatterChartOption{
		SeriesList: sl,
		Padding:    defaultPadding,
		Theme:      GetDefaultTheme(),
		XAxis: XAxisOption{
			Labels: make([]string, getSeriesMaxDataCount(sl)),
		},
		YAxis:          make([]YAxisOption, getSeriesYAxisCount(sl)),
		ValueFormatter: defaultValueFormatter,
	}
}

// ScatterChartOption defines the options for rendering a scatter chart. Render the chart using Painter.ScatterChart.
type ScatterChartOption struct {
	// Theme specifies the colors used for the scatter chart.
	Theme ColorPalette
	// Padding specifies the padding around the chart.
	Padding Box
	// SeriesList provides the data population for the chart. Typically constructed using
	// NewSeriesListScatter or NewSeriesListScatterMultiValue.
	SeriesList ScatterSeriesList
	// XAxis contains options for the x-axis.
	XAxis XAxisOption
	// YAxis contains options for the y-axis. At most two y-axes are supported.
	YAxis []YAxisOption
	// Title contains options for rendering the chart title.
	Title TitleOption
	// Legend contains options for the data legend.
	Legend LegendOption
	// Symbol specifies the shape and size for each data point, overridable per series.
	// Shape defaults to SymbolDot; Size defaults to 2.0.
	Symbol Symbol
	// ValueFormatter defines how float values are rendered to strings, notably for numeric axis labels.
	ValueFormatter ValueFormatter
}

const defaultSymbolSize = 2.0

func (s *scatterChart) renderChart(result *defaultRenderResult) (Box, error) {
	p := s.p
	opt := s.opt
	if len(opt.SeriesList) == 0 {
		result.renderNoData(opt.Theme)
		return p.box, nil
	}
	seriesPainter := result.seriesPainter

	xValues := boundaryGapAxisPositions(seriesPainter.Width(), flagIs(true, opt.XAxis.BoundaryGap),
		max(getSeriesMaxDataCount(opt.SeriesList), len(opt.XAxis.Labels)))

	markLinePainter := newMarkLinePainter(seriesPainter)
	trendLinePainter := newTrendLinePainter(seriesPainter)
	rendererList := []renderer{markLinePainter, trendLinePainter}

	seriesNames := opt.SeriesList.names()
	var points []Point
	for index, series := range opt.SeriesList {
		seriesSymbol := series.Symbol
		if seriesSymbol.Shape == "" {
			seriesSymbol.Shape = opt.Symbol.Shape
		}
		symbolSize := seriesSymbol.Size
		if symbolSize <= 0 {
			symbolSize = opt.Symbol.Size
		}
		if symbolSize <= 0 {
			symbolSize = defaultSymbolSize
		}
		seriesThemeIndex := index
		if series.absThemeIndex != nil {
			seriesThemeIndex = *series.absThemeIndex
		}
		seriesColor := opt.Theme.GetSeriesColor(seriesThemeIndex)
		yRange := result.valueAxisRanges[series.YAxisIndex]
		var labelPainter *seriesLabelPainter
		if flagIs(true, series.Label.Show) {
			labelPainter = newSeriesLabelPainter(seriesPainter, seriesNames, series.Label, opt.Theme, opt.Padding.Right)
			rendererList = append(rendererList, labelPainter)
		}

		if points == nil {
			points = make([]Point, 0, len(series.Values))
		} else {
			points = points[:0]
		}
		for i, sampleValues := range series.Values {
			allNull := true
			for _, item := range sampleValues {
				if !isValidExtent(item) {
					continue
				}
				allNull = false
				p := Point{
					X: xValues[i],
					Y: yRange.getRestHeight(item),
				}
				points = append(points, p)

				if labelPainter != nil {
					labelPainter.Add(labelValue{
						index: index,
						value: item,
						x:     p.X,
						y:     p.Y,
					})
				}
			}
			if allNull {
				points = append(points, Point{X: xValues[i], Y: math.MaxInt32})
			}
		}

		// Draw points
		switch seriesSymbol.Shape {
		case SymbolCircle:
			seriesPainter.Dots(points, opt.Theme.GetBackgroundColor(), seriesColor, 1.0, symbolSize)
		case SymbolSquare:
			seriesPainter.squares(points, seriesColor, seriesColor, 1.0, ceilFloatToInt(symbolSize*2.0))
		case SymbolDiamond:
			seriesPainter.diamonds(points, seriesColor, seriesColor, 1.0, ceilFloatToInt(symbolSize*2.8))
		default:
			seriesPainter.Dots(points, seriesColor, seriesColor, 1.0, symbolSize)
		}

		if len(series.MarkLine.Lines) > 0 {
			markLinePainter.add(markLineRenderOption{
				fillColor:    seriesColor,
				fontColor:    opt.Theme.GetMarkTextColor(),
				strokeColor:  seriesColor,
				font:         series.Label.FontStyle.Font,
				marklines:    series.MarkLine.Lines.filterGlobal(false),
				seriesValues: series.getValues(),
				axisRange:    yRange,
				valueFormatter: getPreferredValueFormatter(series.MarkLine.ValueFormatter,
					series.Label.ValueFormatter, opt.ValueFormatter),
			})
		}
		if len(series.TrendLine) > 0 {
			trendLinePainter.add(trendLineRenderOption{
				defaultStrokeColor: opt.Theme.GetSeriesTrendColor(seriesThemeIndex),
				xValues:            xValues,
				seriesValues:       series.avgValues(),
				axisRange:          yRange,
				trends:             series.TrendLine,
				dashed:             false, // Default for scatter charts
			})
		}
	}

	if err := doRender(rendererList...); err != nil {
		return BoxZero, err
	}
	return p.box, nil
}

func (s *scatterChart) Render() (Box, error) {
	p := s.p
	opt := s.opt
	if opt.Theme == nil {
		opt.Theme = getPreferredTheme(p.theme)
	}
	// boundary gap default must be set here as it's used by the x-axis as well
	if opt.XAxis.BoundaryGap == nil {
		opt.XAxis.BoundaryGap = Ptr(false)
	}
	if opt.Legend.Symbol == "" {
		if opt.Symbol.Shape == "" {
			opt.Legend.Symbol = SymbolDot
		} else {
			opt.Legend.Symbol = opt.Symbol.Shape
		}
	}

	// TODO - scatter uses CategoryAxisOption as a faux-category axis for what is semantically value data
	renderResult, err := defaultRender(p, defaultRenderOption{
		theme:          opt.Theme,
		padding:        opt.Padding,
		seriesList:     opt.SeriesList,
		categoryAxis:   &s.opt.XAxis,
		valueAxis:      opt.YAxis,
		title:          opt.Title,
		legend:         &s.opt.Legend,
		valueFormatter: opt.ValueFormatter,
	})
	if err != nil {
		return BoxZero, err
	}
	return s.renderChart(renderResult)
}
