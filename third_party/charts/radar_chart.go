package charts

import (
	"errors"
	"math"
	"slices"

	"github.com/dustin/go-humanize"
)

var radarDefaultValueFormatter = func(v float64) string {
	return humanize.FtoaWithDigits(v, 2)
}

type radarChart struct {
	p   *Painter
	opt *RadarChartOption
}

// RadarIndicator defines the dimensions of a radar chart axis.
type RadarIndicator struct {
	// Name specifies a name for the indicator.
	Name string
	// Max is the maximum value of indicator.
	Max float64
	// Min is the minimum value of indicator.
	Min float64
	// FontStyle provides the font configuration for the indicator.
	FontStyle FontStyle
}

// NewRadarChartOptionWithData returns an initialized RadarChartOption with the SeriesList set with the provided data slice.
func NewRadarChartOptionWithData(data [][]float64, names []string, values []float64) RadarChartOption {
	return RadarChartOption{
		SeriesList:      NewSeriesListRadar(data),
		RadarIndicators: NewRadarIndicators(names, values),
		Padding:         defaultPadding,
		Theme:           GetDefaultTheme(),
	}
}

// RadarChartOption defines the options for rendering a radar chart. Render the chart using Painter.RadarChart.
type RadarChartOption struct {
	// Theme specifies the colors used for the radar chart.
	Theme ColorPalette
	// Padding specifies the padding around the chart.
	Padding Box
	// SeriesList provides the data population for the chart. Constructed using NewSeriesListRadar.
	SeriesList RadarSeriesList
	// Title contains options for rendering the chart title.
	Title TitleOption
	// Legend contains options for the data legend.
	Legend LegendOption
	// RadarIndicators provides the radar indicator list.
	RadarIndicators []RadarIndicator
	// Radius sets the chart radius. Default is "40%".
	Radius string
	// ValueFormatter defines how float values are rendered to strings, notably for series labels.
	ValueFormatter ValueFormatter
}

// NewRadarIndicators returns a radar indicator list.
func NewRadarIndicators(names []string, values []float64) []RadarIndicator {
	if len(names) != len(values) {
		return nil
	}
	indicators := make([]RadarIndicator, len(names))
	for index, name := range names {
		indicators[index] = RadarIndicator{
			Name: name,
			Max:  values[index],
		}
	}
	return indicators
}

// newRadarChart returns a radar chart renderer.
func newRadarChart(p *Painter, opt RadarChartOption) *radarChart {
	return &radarChart{
		p:   p,
		opt: &opt,
	}
}

func (r *radarChart) renderChart(result *defaultRenderResult) (Box, error) {
	opt := r.opt
	indicators := slices.Clone(opt.RadarIndicators)
	sides := len(indicators)
	if sides < 3 {
		return BoxZero, errors.New("indicator count should be at least 3")
	} else if len(opt.SeriesList) == 0 {
		result.renderNoData(opt.Theme)
		return r.p.box, nil
	}
	maxValues := make([]float64, len(indicators))
	for _, series := range opt.SeriesList {
		for index, item := range series.Values {
			if index < len(maxValues) && isValidExtent(item) && item > maxValues[index] {
				maxValues[index] = item
			}
		}
	}
	for index, indicator := range indicators {
		if indicator.Max <= 0 {
			indicators[index].Max = maxValues[index]
		}
	}

	seriesPainter := result.seriesPainter
	theme := opt.Theme

	cx, cy, diameter := circleChartPosition(seriesPainter)
	radius := getFlexibleRadius(diameter, defaultPieRadiusFactor, opt.Radius)

	divideCount := 5
	divideRadius := float64(int(radius / float64(divideCount)))
	radius = divideRadius * float64(divideCount)

	center := Point{X: cx, Y: cy}
	for i := 0; i < divideCount; i++ {
		seriesPainter.Polygon(center, divideRadius*float64(i+1), sides, theme.GetAxisSplitLineColor(), 1)
	}
	points := getPolygonPoints(center, radius, sides)
	for _, p := range points {
		seriesPainter.moveTo(center.X, center.Y)
		seriesPainter.lineTo(p.X, p.Y)
		seriesPainter.stroke(theme.GetAxisSplitLineColor(), 1)
	}

	offset := 5
	// text generation
	for index, p := range points {
		name := indicators[index].Name
		fontStyle := fillFontStyleDefaults(indicators[index].FontStyle,
			defaultLabelFontSize, theme.GetLabelTextColor(), seriesPainter.font)
		b := seriesPainter.MeasureText(name, 0, fontStyle)
		isXCenter := p.X == center.X
		isYCenter := p.Y == center.Y
		isRight := p.X > center.X
		isLeft := p.X < center.X
		isTop := p.Y < center.Y
		isBottom := p.Y > center.Y
		x := p.X
		y := p.Y
		if isXCenter {
			x -= b.Width() >> 1
			if isTop {
				y -= b.Height()
			} else {
				y += b.Height()
			}
		}
		if isYCenter {
			y += b.Height() >> 1
		}
		if isTop {
			y += offset
		}
		if isBottom {
			y += offset
		}
		if isRight {
			x += offset
		}
		if isLeft {
			x -= b.Width() + offset
		}
		seriesPainter.Text(name, x, y, 0, fontStyle)
	}

	// radar chart
	angles := getPolygonPointAngles(sides)
	maxCount := len(indicators)
	for index, series := range opt.SeriesList {
		valueFormatter := getPreferredValueFormatter(series.Label.ValueFormatter, opt.ValueFormatter,
			radarDefaultValueFormatter)
		linePoints := make([]Point, 0, maxCount)
		var anyValue bool
		for j, item := range series.Values {
			if j >= maxCount {
				continue
			} else if !isValidExtent(item) {
				linePoints = append(linePoints, Point{X: center.X, Y: math.MaxInt32})
				continue // null breaks the polygon at this spoke
			}
			anyValue = true
			indicator := indicators[j]
			var percent float64
			offset := indicator.Max - indicator.Min
			if offset > 0 {
				percent = (item - indicator.Min) / offset
			}
			r := percent * radius
			p := getPolygonPoint(center, r, angles[j])
			linePoints = append(linePoints, p)
		}
		if !anyValue {
			continue // no values to render
		}
		color := theme.GetSeriesColor(index)
		dotFillColor := ColorWhite
		if theme.IsDark() {
			dotFillColor = color
		}
		linePoints = append(linePoints, linePoints[0])
		seriesPainter.LineStroke(linePoints, color, defaultStrokeWidth)
		seriesPainter.FillArea(linePoints, color.WithAlpha(20))
		dotWidth := defaultDotWidth
		for pointIndex, point := range linePoints {
			if point.Y == math.MaxInt32 {
				continue // no dot or label for a null value
			}
			seriesPainter.Circle(dotWidth, point.X, point.Y, dotFillColor, color, defaultStrokeWidth)
			if flagIs(true, series.Label.Show) && pointIndex < len(linePoints)-1 {
				fontStyle := fillFontStyleDefaults(series.Label.FontStyle,
					defaultLabelFontSize, theme.GetLabelTextColor(), seriesPainter.font)
				valueStr := valueFormatter(series.Values[pointIndex])
				b := seriesPainter.MeasureText(valueStr, 0, fontStyle)
				seriesPainter.Text(valueStr, point.X-b.Width()/2, point.Y, 0, fontStyle)
			}
		}
	}

	return r.p.box, nil
}

func (r *radarChart) Render() (Box, error) {
	p := r.p
	opt := r.opt
	if opt.Theme == nil {
		opt.Theme = getPreferredTheme(p.theme)
	}
	if opt.Legend.Symbol == "" {
		// default to square symbol for this chart type
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
		legend: &r.opt.Legend,
	})
	if err != nil {
		return BoxZero, err
	}
	return r.renderChart(renderResult)
}
