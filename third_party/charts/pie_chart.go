package charts

import (
	"fmt"
	"math"

	"github.com/dustin/go-humanize"

	"github.com/go-analyze/charts/chartdraw"
)

const defaultPieRadiusFactor = 0.4

type pieChart struct {
	p   *Painter
	opt *PieChartOption
}

// NewPieChartOptionWithData returns an initialized PieChartOption with the SeriesList set with the provided data slice.
func NewPieChartOptionWithData(data []float64) PieChartOption {
	return PieChartOption{
		SeriesList: NewSeriesListPie(data),
		Padding:    defaultPadding,
		Theme:      GetDefaultTheme(),
	}
}

// PieChartOption defines the options for rendering a pie chart. Render the chart using Painter.PieChart.
type PieChartOption struct {
	// Theme specifies the colors used for the pie chart.
	Theme ColorPalette
	// Padding specifies the padding around the chart.
	Padding Box
	// SeriesList provides the data population for the chart. Typically constructed using NewSeriesListPie.
	SeriesList PieSeriesList
	// Title contains options for rendering the chart title.
	Title TitleOption
	// Legend contains options for the data legend.
	Legend LegendOption
	// Radius sets the pie radius. Default is "40%".
	Radius string
	// SegmentGap provides the gap between each pie slice.
	SegmentGap float64
}

// newPieChart returns a pie chart renderer.
func newPieChart(p *Painter, opt PieChartOption) *pieChart {
	return &pieChart{
		p:   p,
		opt: &opt,
	}
}

type sector struct {
	value       float64
	radius      float64
	startAngle  float64 // starting angle (radians)
	delta       float64 // sweep angle (radians)
	midAngle    float64
	quadrant    int  // 1: top-right, 2: top-left, 3: bottom-left, 4: bottom-right
	yCenter     bool // set to true if close to center in the y-axis
	label       string
	labelStyle  *LabelStyle
	seriesLabel SeriesLabel
	color       Color
}

func newSector(radius float64, index int, value, currentValue, totalValue float64,
	label string, seriesLabel SeriesLabel, color Color) sector {
	s := sector{
		value:       value,
		radius:      radius,
		startAngle:  chartdraw.PercentToRadians(currentValue/totalValue) - math.Pi/2,
		delta:       chartdraw.PercentToRadians(value / totalValue),
		seriesLabel: seriesLabel,
		color:       color,
	}
	s.midAngle = s.startAngle + s.delta/2

	// determine quadrant based on the mid-percentage of this sector
	p := (currentValue + value/2) / totalValue
	if p < 0.25 {
		s.quadrant = 1
	} else if p < 0.5 {
		s.quadrant = 4
	} else if p < 0.75 {
		s.quadrant = 3
	} else {
		s.quadrant = 2
	}
	s.yCenter = (p > .15 && p < .35) || (p > .65 && p < .85)

	if !flagIs(false, seriesLabel.Show) { // only set the label if it's being rendered
		percent := value / totalValue
		if seriesLabel.LabelFormatter != nil {
			s.label, s.labelStyle = seriesLabel.LabelFormatter(index, label, s.value)
		} else if seriesLabel.ValueFormatter != nil {
			s.label = seriesLabel.ValueFormatter(s.value)
		} else { // default label
			s.label = label + ": " + humanize.FtoaWithDigits(percent*100, 2) + "%"
		}
	}
	return s
}

// calculateOuterLabelLines computes the basic line positions for an outer label.
func (s *sector) calculateOuterLabelLines(cx, cy int, outerRadius, labelRadius float64, labelLineLength int) (lineStartX, lineStartY, lineBranchX, lineBranchY, lineEndX, lineEndY int) {
	lineStartX = cx + int(outerRadius*math.Cos(s.midAngle))
	lineStartY = cy + int(outerRadius*math.Sin(s.midAngle))
	lineBranchX = cx + int(labelRadius*math.Cos(s.midAngle))
	lineBranchY = cy + int(labelRadius*math.Sin(s.midAngle))
	offset := labelLineLength
	if lineBranchX <= cx {
		offset = -offset
	}
	lineEndX = lineBranchX + offset
	lineEndY = lineBranchY
	return
}

// calculateAdjustedOuterLabelPosition adds collision avoidance to the outer label positions.
func (s *sector) calculateAdjustedOuterLabelPosition(cx, cy int, outerRadius, labelRadius float64, labelLineLength, prevY int,
	labelFontSize float64, textBox Box) (lineStartX, lineStartY, lineBranchX, lineBranchY, lineEndX, lineEndY, textX, textY int) {
	lsX, lsY, lbX, lbY, leX, _ := s.calculateOuterLabelLines(cx, cy, outerRadius, labelRadius, labelLineLength)
	// adjust y to avoid collisions
	threshold := ceilFloatToInt(labelFontSize) + 5
	adjustedBranchY := lbY
	if s.quadrant <= 2 { // quadrants in the top half
		if prevY-adjustedBranchY <= threshold {
			adjustedBranchY = prevY - threshold - 1
		}
	} else if adjustedBranchY-prevY <= threshold { // quadrants in the bottom half
		adjustedBranchY = prevY + threshold + 1
	}
	leY := adjustedBranchY

	// compute text position
	const textMargin = 3
	textX = leX + textMargin
	textY = leY + (textBox.Height() >> 1) - 1
	if leX <= cx {
		textX = leX - textBox.Width() - textMargin
	}
	return lsX, lsY, lbX, adjustedBranchY, leX, leY, textX, textY
}

func circleChartPosition(painter *Painter) (int, int, float64) {
	cx := painter.Width() >> 1
	cy := painter.Height() >> 1
	diameter := min(painter.Width(), painter.Height())
	return cx, cy, float64(diameter)
}

func getFlexibleRadius(diameter, defaultRadiusFactor float64, radiusValue string) float64 {
	var radius float64
	if radiusValue != "" {
		radius, _ = parseFlexibleValue(radiusValue, diameter)
	}
	if radius <= 0 {
		radius = diameter * defaultRadiusFactor
	}
	return radius
}

func (p *pieChart) renderChart(result *defaultRenderResult) (Box, error) {
	opt := p.opt
	seriesPainter := result.seriesPainter
	cx, cy, diameter := circleChartPosition(seriesPainter)
	radius := getFlexibleRadius(diameter, defaultPieRadiusFactor, opt.Radius)
	var total float64
	for index, series := range opt.SeriesList {
		if !isValidExtent(series.Value) {
			continue // null or non-finite is no value for this series
		} else if series.Value < 0 {
			return BoxZero, fmt.Errorf("unsupported negative value for series index %d", index)
		}
		if opt.Radius == "" && series.Radius != "" {
			if seriesRadius := getFlexibleRadius(diameter, defaultPieRadiusFactor, series.Radius); seriesRadius > radius {
				radius = seriesRadius
			}
		}
		total += series.Value
	}
	if len(opt.SeriesList) == 0 || total <= 0 {
		result.renderNoData(opt.Theme)
		return p.p.box, nil
	}

	_, err := renderPie(seriesPainter, cx, cy, diameter, radius, total, true, opt.SeriesList,
		opt.Theme, opt.SegmentGap, defaultPieRadiusFactor)
	return p.p.box, err
}

func renderPie(p *Painter, cx, cy int, space, radius, total float64, renderLabels bool, seriesList PieSeriesList,
	theme ColorPalette, sliceGap, defaultRadiusFactor float64) ([]sector, error) {
	if len(seriesList) == 0 {
		return nil, nil
	} else if total <= 0 {
		return nil, nil
	}

	labelLineWidth := 15
	if radius < 50 {
		labelLineWidth = 5
	}
	// compute labelRadius for outer labels
	labelRadius := radius + float64(labelLineWidth)
	seriesNames := seriesList.names()

	var currentSum float64
	// organize sectors by quadrant
	var quadrant1, quadrant2, quadrant3, quadrant4 []sector
	for index, series := range seriesList {
		if !isValidExtent(series.Value) {
			continue // no sector for an invalid or null value
		}
		seriesRadius := radius
		if series.Radius != "" {
			seriesRadius = getFlexibleRadius(space, defaultRadiusFactor, series.Radius)
		}
		color := theme.GetSeriesColor(index)
		s := newSector(seriesRadius, index, series.Value, currentSum, total,
			seriesNames[index], series.Label, color)

		switch s.quadrant {
		case 1:
			quadrant1 = append([]sector{s}, quadrant1...)
		case 2:
			quadrant2 = append(quadrant2, s)
		case 3:
			quadrant3 = append([]sector{s}, quadrant3...)
		case 4:
			quadrant4 = append(quadrant4, s)
		}
		currentSum += series.Value
	}
	sectors := append(append(append(quadrant1, quadrant4...), quadrant3...), quadrant2...)

	var currentQuadrant int
	var prevY, maxY int
	minY := cy * 2 // initialize to bottom of canvas
	for _, s := range sectors {
		// draw the pie slice
		p.moveTo(cx, cy)
		p.arcTo(cx, cy, s.radius, s.radius, s.startAngle, s.delta)
		p.lineTo(cx, cy)
		p.close()
		if sliceGap > 0 {
			p.fillStroke(s.color, theme.GetBackgroundColor(), sliceGap)
		} else {
			p.fill(s.color)
		}

		if !renderLabels || s.label == "" {
			continue
		}

		// initialize prevY for collision avoidance per quadrant
		if currentQuadrant != s.quadrant {
			currentQuadrant = s.quadrant
			if s.quadrant == 1 {
				minY = cy * 2
				maxY = 0
				prevY = cy * 2
			}
			if s.quadrant == 2 {
				prevY = minY
			}
			if s.quadrant == 3 {
				minY = cy * 2
				maxY = 0
				prevY = 0
			}
			if s.quadrant == 4 {
				prevY = maxY
			}
		}
		fontStyle := fillFontStyleDefaults(s.seriesLabel.FontStyle,
			defaultLabelFontSize, theme.GetLabelTextColor(), p.font)
		textBox := p.MeasureText(s.label, 0, fontStyle)
		// for outer labels use the adjusted positions
		lsX, lsY, lbX, lbY, leX, leY, textX, textY :=
			s.calculateAdjustedOuterLabelPosition(cx, cy, s.radius, labelRadius, labelLineWidth, prevY, fontStyle.FontSize, textBox)
		prevY = leY
		if prevY > maxY {
			maxY = prevY
		}
		if prevY < minY {
			minY = prevY
		}
		p.moveTo(lsX, lsY)
		p.lineTo(lbX, lbY)
		p.moveTo(lbX, lbY)
		p.lineTo(leX, leY)
		p.stroke(s.color, 1)

		// Apply label style overrides if present
		var backgroundColor Color
		var cornerRadius int
		var borderColor Color
		var borderWidth float64
		if s.labelStyle != nil {
			fontStyle = mergeFontStyles(s.labelStyle.FontStyle, fontStyle)
			backgroundColor = s.labelStyle.BackgroundColor
			cornerRadius = s.labelStyle.CornerRadius
			borderColor = s.labelStyle.BorderColor
			borderWidth = s.labelStyle.BorderWidth
		}

		drawLabelWithBackground(p, s.label, textX, textY, 0, fontStyle, backgroundColor, cornerRadius, borderColor, borderWidth)
	}
	return sectors, nil
}

func (p *pieChart) Render() (Box, error) {
	opt := p.opt
	if opt.Theme == nil {
		opt.Theme = getPreferredTheme(p.p.theme)
	}
	if opt.Legend.Symbol == "" {
		opt.Legend.Symbol = SymbolSquare // default to square symbol for pie charts
	}

	renderResult, err := defaultRender(p.p, defaultRenderOption{
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
		legend: &p.opt.Legend,
	})
	if err != nil {
		return BoxZero, err
	}
	return p.renderChart(renderResult)
}
