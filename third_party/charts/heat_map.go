package charts

import (
	"errors"
	"math"
	"slices"
	"strconv"

	"github.com/go-analyze/charts/chartdraw/matrix"
)

// HeatMapOption contains configuration options for a heat map chart. Render the chart using Painter.HeatMapChart.
type HeatMapOption struct {
	// Theme specifies the color palette used for rendering the heat map.
	Theme ColorPalette
	// BaseColorIndex specifies which color from the theme palette to use as the base for gradients.
	BaseColorIndex int
	// Padding specifies the padding around the heat map chart.
	Padding Box
	// Title contains options for rendering the chart title.
	Title TitleOption
	// Values provides the 2D data for the heat map. The outer slice represents the rows (y-axis), rendered
	// top to bottom, and the inner slice represents the columns (x-axis), rendered left to right.
	// GetNullValue() and non-finite values render as an empty cell with no label.
	Values [][]float64
	// XAxis contains configuration options for the x-axis.
	XAxis HeatMapAxis
	// YAxis contains configuration options for the y-axis.
	YAxis HeatMapAxis
	// ScaleMinValue overrides the minimum value for color gradient calculation. If nil or non-finite, calculated
	// from the data.
	ScaleMinValue *float64
	// ScaleMaxValue overrides the maximum value for color gradient calculation. If nil or non-finite, calculated
	// from the data.
	ScaleMaxValue *float64
	// ValuesLabel contains configuration for displaying numeric values on heat map cells.
	ValuesLabel SeriesLabel
}

// HeatMapAxis contains configuration options for an axis on a heat map chart.
type HeatMapAxis struct {
	// Title specifies the title to display next to the axis.
	Title string
	// TitleFontStyle specifies the font style for the axis title.
	TitleFontStyle FontStyle
	// Labels specifies custom labels for the axis. If empty, numeric indices are used.
	// Must match the data size for the corresponding axis.
	Labels []string
	// LabelFontStyle specifies the font style for the axis labels.
	LabelFontStyle FontStyle
	// LabelRotation is the rotation angle in radians for labels. Use DegreesToRadians(float64) to convert from degrees.
	LabelRotation float64
	// LabelCount is the number of labels to show on the axis. Use a smaller count to reduce text collisions.
	LabelCount int
	// LabelCountAdjustment specifies relative influence on label count.
	// Negative values result in cleaner graphs; positive values may cause text collisions.
	LabelCountAdjustment int
}

type heatMap struct {
	p   *Painter
	opt *HeatMapOption
}

// newHeatMapChart returns a heat map chart renderer.
func newHeatMapChart(p *Painter, opt HeatMapOption) *heatMap {
	return &heatMap{
		p:   p,
		opt: &opt,
	}
}

// NewHeatMapOptionWithData returns an initialized HeatMapOption with the provided data.
func NewHeatMapOptionWithData(data [][]float64) HeatMapOption {
	return HeatMapOption{
		Padding: defaultPadding,
		Values:  data,
	}
}

func (h *heatMap) renderChart(result *defaultRenderResult) (Box, error) {
	opt := h.opt
	if len(opt.Values) == 0 {
		result.renderNoData(opt.Theme)
		return h.p.box, nil
	}
	numRows := len(opt.Values)
	numCols := sliceMaxLen(opt.Values...)
	if numCols == 0 {
		result.renderNoData(opt.Theme)
		return h.p.box, nil
	}
	seriesPainter := result.seriesPainter.Child(PainterPaddingOption(NewBoxEqual(1)))

	// determine scale for map colors
	minVal, maxVal := computeMinMax(opt.Values, numCols)
	if opt.ScaleMinValue != nil && isValidExtent(*opt.ScaleMinValue) {
		minVal = *opt.ScaleMinValue
	}
	if opt.ScaleMaxValue != nil && isValidExtent(*opt.ScaleMaxValue) {
		maxVal = *opt.ScaleMaxValue
	}
	valueRange := maxVal - minVal
	if math.Abs(valueRange) <= matrix.DefaultEpsilon {
		minVal = 0
		maxVal = 1
		valueRange = maxVal - minVal
	}

	baseColor := opt.Theme.GetSeriesColor(opt.BaseColorIndex)
	// signed extents, an over-constrained box inverts and would read as positive through Width/Height
	cellsWidth := seriesPainter.box.Right - seriesPainter.box.Left
	cellsHeight := seriesPainter.box.Bottom - seriesPainter.box.Top
	if cellsWidth/numCols < 2 || cellsHeight/numRows < 2 {
		return BoxZero, errors.New("insufficient space for heat map cells")
	}
	// divide the same way the axes do so cells line up with their labels
	xValues := autoDivide(seriesPainter.Width(), numCols)
	yValues := autoDivide(seriesPainter.Height(), numRows)

	// Draw each cell, using the ratio to adjust the lightness of the base color.
	for y := range opt.Values {
		for x := 0; x < numCols; x++ {
			var value float64
			if x < len(opt.Values[y]) {
				value = opt.Values[y][x]
			}
			if !isValidExtent(value) {
				continue // no cell for a null value
			}
			ratio := (value - minVal) / valueRange
			lightDelta := (1 - ratio) * 0.4
			satDelta := (1 - ratio) * 0.1
			if opt.Theme.IsDark() {
				lightDelta *= -1
			}
			cellColor := baseColor.WithAdjustHSL(0, satDelta, lightDelta)

			seriesPainter.FilledRect(xValues[x], yValues[y], xValues[x+1], yValues[y+1],
				cellColor, cellColor, 0)
		}
	}

	if flagIs(true, opt.ValuesLabel.Show) {
		opt.ValuesLabel.FontStyle =
			fillFontStyleDefaults(opt.ValuesLabel.FontStyle, defaultLabelFontSize, opt.Theme.GetLabelTextColor(),
				seriesPainter.font)

		labelPainter := newSeriesLabelPainter(seriesPainter, []string{""}, opt.ValuesLabel, opt.Theme, opt.Padding.Right)
		for y := range opt.Values {
			for x := 0; x < numCols; x++ {
				var value float64
				if x < len(opt.Values[y]) {
					value = opt.Values[y][x]
				}
				if !isValidExtent(value) {
					continue // no label for a null value
				}
				labelPainter.Add(labelValue{
					index:     0,
					value:     value,
					x:         (xValues[x] + xValues[x+1]) >> 1,
					y:         (yValues[y] + yValues[y+1]) >> 1,
					fontStyle: opt.ValuesLabel.FontStyle,
				})
			}
		}
		if _, err := labelPainter.Render(); err != nil {
			return BoxZero, err
		}
	}

	return seriesPainter.box, nil
}

func computeMinMax(values [][]float64, numCol int) (float64, float64) {
	if len(values) == 0 || numCol == 0 {
		return 0, 0
	}
	var min, max float64
	var anyValue, shortRow bool
	for _, row := range values {
		if len(row) < numCol {
			shortRow = true
		}
		for _, v := range row {
			if !isValidExtent(v) {
				continue // null or non-finite is no value for this cell
			} else if !anyValue {
				min, max, anyValue = v, v, true
			} else if v < min {
				min = v
			} else if v > max {
				max = v
			}
		}
	}
	if shortRow { // ensure range considers potential default values
		if min > 0 {
			min = 0
		}
		if max < 0 {
			max = 0
		}
	}
	return min, max
}

func (h *heatMap) Render() (Box, error) {
	p := h.p
	opt := h.opt

	if opt.Theme == nil {
		opt.Theme = getPreferredTheme(p.theme)
	}

	numRows := len(opt.Values)
	numCols := sliceMaxLen(opt.Values...)

	// Ensure x-axis labels cover all columns.
	for len(opt.XAxis.Labels) < numCols {
		opt.XAxis.Labels = append(opt.XAxis.Labels, strconv.Itoa(len(opt.XAxis.Labels)))
	}

	xAxisOption := XAxisOption{
		Title:                opt.XAxis.Title,
		TitleFontStyle:       opt.XAxis.TitleFontStyle,
		Labels:               opt.XAxis.Labels,
		LabelFontStyle:       opt.XAxis.LabelFontStyle,
		LabelRotation:        opt.XAxis.LabelRotation,
		LabelCount:           opt.XAxis.LabelCount,
		LabelCountAdjustment: opt.XAxis.LabelCountAdjustment,
	}

	// Ensure y-axis labels cover all rows.
	for len(opt.YAxis.Labels) < numRows {
		opt.YAxis.Labels = append(opt.YAxis.Labels, strconv.Itoa(len(opt.YAxis.Labels)))
	}
	// the vertical axis renders its labels bottom-up, reverse so Labels[0] lands on the top row
	yLabels := slices.Clone(opt.YAxis.Labels)
	slices.Reverse(yLabels)

	yAxisOption := []YAxisOption{{
		Title:                opt.YAxis.Title,
		TitleFontStyle:       opt.YAxis.TitleFontStyle,
		Labels:               yLabels,
		LabelFontStyle:       opt.YAxis.LabelFontStyle,
		LabelRotation:        opt.YAxis.LabelRotation,
		LabelCountAdjustment: opt.YAxis.LabelCountAdjustment,
		LabelCount:           opt.YAxis.LabelCount,
		// TODO - remove when defaultRender supports dual category axes
		isCategoryAxis: true,
	}}

	renderResult, err := defaultRender(p, defaultRenderOption{
		theme:        opt.Theme,
		padding:      opt.Padding,
		seriesList:   heatMapFakeSeries{},
		stackSeries:  false,
		categoryAxis: &xAxisOption,
		valueAxis:    yAxisOption,
		title:        opt.Title,
		legend:       &LegendOption{Show: Ptr(false)},
	})
	if err != nil {
		return BoxZero, err
	}

	return h.renderChart(renderResult)
}

// heatMapFakeSeries is a dummy series type used solely to satisfy defaultRender's needs and notably drive axis rendering.
type heatMapFakeSeries struct{}

func (h heatMapFakeSeries) len() int {
	return 1
}

func (h heatMapFakeSeries) getSeries(_ int) series {
	return h
}

func (h heatMapFakeSeries) getSeriesName(_ int) string {
	return h.names()[0]
}

func (h heatMapFakeSeries) getSeriesValues(_ int) []float64 {
	return nil // not used, current usage is just in sumSeries, not used by defaultRender
}

func (h heatMapFakeSeries) getSeriesLen(_ int) int {
	return 0 // not used, current usage in getSeriesMaxDataCount, which is only used when categoryY is true
}

func (h heatMapFakeSeries) names() []string {
	return []string{"Heat Map"}
}

func (h heatMapFakeSeries) markPointSize() int {
	return 0
}

func (h heatMapFakeSeries) labelFontSize() float64 {
	return 0
}

func (h heatMapFakeSeries) setSeriesName(_ int, _ string) {
	// ignored
}

func (h heatMapFakeSeries) sortByNameIndex(_ map[string]int) {
	// no-op
}

func (h heatMapFakeSeries) getSeriesSymbol(_ int) SymbolShape {
	return ""
}

func (h heatMapFakeSeries) getType() string {
	return ChartTypeHeatMap
}

func (h heatMapFakeSeries) getYAxisIndex() int {
	return 0
}

func (h heatMapFakeSeries) getValues() []float64 {
	return nil // not used, both axes are category axes driven by the configured labels
}
