package charts

import (
	"math"
	"slices"
	"strings"
)

// SeriesLabel configures how individual data point labels are rendered on charts.
type SeriesLabel struct {
	// Show controls whether data labels are displayed for this series.
	// Use Ptr(true) to show labels, Ptr(false) to hide them, or nil for chart-specific defaults.
	Show *bool
	// LabelFormatter provides complete control over label content and per-point styling.
	// When set, this takes precedence for label production.
	LabelFormatter SeriesLabelFormatter
	// ValueFormatter functions as the simplest method of number formatting or customization.
	// Only utilized when other methods are not set.
	ValueFormatter ValueFormatter
	// FontStyle specifies the default font styling for labels in this series.
	// Individual labels can override this via LabelFormatter's LabelStyle return value.
	FontStyle FontStyle
	// Distance specifies the pixel distance between the label and its associated data point or chart element.
	Distance int // TODO - do we want to replace with just Offset?
	// Offset specifies an offset from the position.
	Offset OffsetInt
}

// LabelStyle contains optional styling overrides for individual label rendering.
// All fields are optional - zero values mean "use default styling from series or theme".
type LabelStyle struct {
	// FontStyle overrides font properties (color, size, family) for this specific label.
	FontStyle FontStyle
	// BackgroundColor provides a background color behind the label text.
	BackgroundColor Color
	// CornerRadius sets the radius for rounded corners on the background rectangle.
	CornerRadius int
	// BorderColor sets the border color around the label background.
	BorderColor Color
	// BorderWidth sets the width of the border around the label background.
	BorderWidth float64
}

// SeriesLabelFormatter is a function that generates custom labels with optional per-point styling.
// This provides full control over label content and appearance for each data point.
//
// Parameters:
//   - index: The data point index within the series
//   - name: The series name for this data point
//   - val: The numeric value for this data point
//
// Returns:
//   - string: The label text to display. Return "" to hide the label for this point
//   - *LabelStyle: Optional styling override for this specific label. Return nil
//     to use default series/theme styling.
type SeriesLabelFormatter func(index int, name string, val float64) (string, *LabelStyle)

// splitLabelText splits text by newlines and returns non-empty lines
func splitLabelText(text string) []string {
	arr := strings.Split(text, "\n")
	result := make([]string, 0, len(arr))
	for _, v := range arr {
		v = strings.TrimSpace(v)
		if v != "" {
			result = append(result, v)
		}
	}
	return result
}

var (
	// LabelFormatterValueShort provides a short value with at most 2 decimal places.
	LabelFormatterValueShort = func(index int, name string, val float64) (string, *LabelStyle) {
		return defaultValueFormatter(val), nil
	}

	// LabelFormatterNameShortValue puts the series name next to the value with up to 2 decimal places.
	LabelFormatterNameShortValue = func(index int, name string, val float64) (string, *LabelStyle) {
		return name + ": " + defaultValueFormatter(val), nil
	}
)

// LabelFormatterThresholdMin returns a SeriesLabelFormatter that only shows labels for values above the specified threshold.
// Values at or below the threshold will have empty labels (effectively hiding them).
func LabelFormatterThresholdMin(threshold float64) SeriesLabelFormatter {
	return func(index int, name string, val float64) (string, *LabelStyle) {
		if val >= threshold {
			return defaultValueFormatter(val), nil
		}
		return "", nil
	}
}

// LabelFormatterThresholdMax returns a SeriesLabelFormatter that only shows labels for values at or below the specified threshold.
// Values above the threshold will have empty labels (effectively hiding them).
func LabelFormatterThresholdMax(threshold float64) SeriesLabelFormatter {
	return func(index int, name string, val float64) (string, *LabelStyle) {
		if val <= threshold {
			return defaultValueFormatter(val), nil
		}
		return "", nil
	}
}

// LabelFormatterTopN returns a SeriesLabelFormatter that only shows labels for the top N highest values in the provided slice.
// This formatter requires the complete data values to determine which values are in the top N.
func LabelFormatterTopN(values []float64, n int) SeriesLabelFormatter {
	if n <= 0 {
		return func(index int, name string, val float64) (string, *LabelStyle) {
			return "", nil
		}
	} else if len(values) <= n {
		return LabelFormatterValueShort // Threshold below minimum, show all values
	}

	// Sort values in ascending order to find the nth highest
	sortedValues := slices.Clone(values)
	slices.Sort(sortedValues)

	// set threshold to the nth highest (from the end of ascending sorted slice)
	threshold := sortedValues[len(sortedValues)-n]
	return LabelFormatterThresholdMin(threshold)
}

// LabelFormatterGradientGreenRed returns a SeriesLabelFormatter that colors labels from green (minimum) to red (maximum).
// This formatter requires the complete data values to determine the min/max range for color interpolation.
func LabelFormatterGradientGreenRed(values []float64) SeriesLabelFormatter {
	return LabelFormatterGradientColor(values, ColorGreen, ColorYellowAlt1, ColorRed)
}

// LabelFormatterGradientRedGreen returns a SeriesLabelFormatter that colors labels from red (minimum) to green (maximum).
// This formatter requires the complete data values to determine the min/max range for color interpolation.
func LabelFormatterGradientRedGreen(values []float64) SeriesLabelFormatter {
	return LabelFormatterGradientColor(values, ColorRed, ColorYellowAlt1, ColorGreen)
}

// LabelFormatterGradientColor returns a SeriesLabelFormatter that colors labels with a gradient between multiple colors.
// The minimum value gets the first color, maximum value gets the last color, and intermediate values are interpolated.
// For two colors: lowColor -> highColor. For three+ colors: first -> second -> ... -> last.
// This formatter requires the complete data values to determine the min/max range for color interpolation.
func LabelFormatterGradientColor(values []float64, colors ...Color) SeriesLabelFormatter {
	// Handle case where no colors are provided
	if len(colors) == 0 {
		colors = []Color{ColorBlack} // default to black
	}

	summary := summarizePopulationData(values)
	minVal, maxVal := summary.Min, summary.Max

	// Handle edge case where all values are the same
	if minVal == maxVal {
		return func(index int, name string, val float64) (string, *LabelStyle) {
			return defaultValueFormatter(val), &LabelStyle{
				FontStyle: FontStyle{FontColor: colors[0]},
			}
		}
	}

	return func(index int, name string, val float64) (string, *LabelStyle) {
		// Calculate the interpolation factor (0.0 = min, 1.0 = max)
		factor := (val - minVal) / (maxVal - minVal)
		if factor < 0 {
			factor = 0
		} else if factor > 1 {
			factor = 1
		}

		// Interpolate between the colors
		interpolatedColor := interpolateMultipleColors(colors, factor)

		return defaultValueFormatter(val), &LabelStyle{
			FontStyle: FontStyle{FontColor: interpolatedColor},
		}
	}
}

// interpolateColor linearly interpolates between two colors.
// factor should be between 0.0 (returns color1) and 1.0 (returns color2).
func interpolateColor(color1, color2 Color, factor float64) Color {
	if factor < 0 {
		factor = 0
	} else if factor > 1 {
		factor = 1
	}
	lerp := func(a, b uint8) uint8 {
		return uint8(math.Round(float64(a) + factor*(float64(b)-float64(a))))
	}
	return Color{
		R: lerp(color1.R, color2.R),
		G: lerp(color1.G, color2.G),
		B: lerp(color1.B, color2.B),
		A: lerp(color1.A, color2.A),
	}
}

// interpolateMultipleColors interpolates between multiple colors based on a factor (0.0 to 1.0).
// For a single color, returns that color.
// For two colors, behaves like interpolateColor.
// For three+ colors, divides the factor range equally between color segments.
func interpolateMultipleColors(colors []Color, factor float64) Color {
	if len(colors) == 0 {
		return ColorBlack // fallback
	}
	if len(colors) == 1 {
		return colors[0]
	}
	// Clamp factor to [0, 1] range for all cases
	if factor < 0 {
		factor = 0
	} else if factor > 1 {
		factor = 1
	}

	if len(colors) == 2 {
		return interpolateColor(colors[0], colors[1], factor)
	}

	// For 3+ colors, divide the factor range into segments
	numSegments := len(colors) - 1
	segmentSize := 1.0 / float64(numSegments)

	// Find which segment the factor falls into
	segmentIndex := int(factor / segmentSize)

	// Handle edge case where factor is exactly 1.0
	if segmentIndex >= numSegments {
		segmentIndex = numSegments - 1
	}

	// Calculate the local factor within this segment (0.0 to 1.0)
	localFactor := (factor - float64(segmentIndex)*segmentSize) / segmentSize

	// Interpolate between the two colors in this segment
	return interpolateColor(colors[segmentIndex], colors[segmentIndex+1], localFactor)
}

type labelRenderValue struct {
	text            string
	fontStyle       FontStyle
	dataIndex       int
	x               int
	y               int
	radians         float64
	backgroundColor Color
	cornerRadius    int
	borderColor     Color
	borderWidth     float64
}

type labelValue struct {
	index     int
	dataIndex int // series data index, used to correlate mark point label suppression
	value     float64
	x         int
	y         int
	radians   float64
	fontStyle FontStyle
	vertical  bool
	flipped   bool // place label below (vertical) or left (horizontal) of the anchor, for negative bars
	offset    OffsetInt
}

type seriesLabelPainter struct {
	p            *Painter
	seriesNames  []string
	label        *SeriesLabel
	theme        ColorPalette
	rightPadding int
	values       []labelRenderValue
}

func newSeriesLabelPainter(p *Painter, seriesNames []string, label SeriesLabel,
	theme ColorPalette, rightPadding int) *seriesLabelPainter {
	return &seriesLabelPainter{
		p:            p,
		seriesNames:  seriesNames,
		label:        &label,
		theme:        theme,
		rightPadding: rightPadding,
	}
}

func (o *seriesLabelPainter) Add(value labelValue) {
	label := o.label
	if flagIs(false, label.Show) {
		return
	}
	distance := label.Distance
	if distance == 0 {
		distance = 5
	}
	var text string
	var labelStyleOverride *LabelStyle
	if label.LabelFormatter != nil {
		var name string
		if len(o.seriesNames) > value.index {
			name = o.seriesNames[value.index]
		}
		text, labelStyleOverride = label.LabelFormatter(value.index, name, value.value)
	} else {
		if label.ValueFormatter == nil {
			label.ValueFormatter = defaultValueFormatter
		}
		text = label.ValueFormatter(value.value)
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return // nothing to render
	}

	labelFontStyle := mergeFontStyles(label.FontStyle, value.fontStyle, FontStyle{
		FontColor: o.theme.GetLabelTextColor(),
		FontSize:  defaultLabelFontSize,
		Font:      getPreferredFont(label.FontStyle.Font, value.fontStyle.Font),
	})
	if labelStyleOverride != nil { // Prefer per-point style overrides if present
		labelFontStyle = mergeFontStyles(labelStyleOverride.FontStyle, labelFontStyle)
	}

	// Measure text accounting for potential multi-line content
	lines := splitLabelText(text)
	var textBox Box
	if len(lines) <= 1 {
		textBox = o.p.MeasureText(text, value.radians, labelFontStyle)
	} else {
		// For multi-line text, calculate total dimensions
		var maxWidth, totalHeight int
		for _, line := range lines {
			lineBox := o.p.MeasureText(line, value.radians, labelFontStyle)
			w := lineBox.Width()
			h := lineBox.Height()
			if w > maxWidth {
				maxWidth = w
			}
			totalHeight += h
		}
		textBox = Box{Left: 0, Top: 0, Right: maxWidth, Bottom: totalHeight, IsSet: true}
	}
	renderValue := labelRenderValue{
		text:      text,
		fontStyle: labelFontStyle,
		dataIndex: value.dataIndex,
		x:         value.x,
		y:         value.y,
		radians:   value.radians,
	}

	// Set background color, corner radius, and border styling if specified
	if labelStyleOverride != nil {
		renderValue.backgroundColor = labelStyleOverride.BackgroundColor
		renderValue.cornerRadius = labelStyleOverride.CornerRadius
		renderValue.borderColor = labelStyleOverride.BorderColor
		renderValue.borderWidth = labelStyleOverride.BorderWidth
	}
	if value.vertical {
		renderValue.x -= textBox.Width() >> 1
		if value.flipped {
			renderValue.y += distance + textBox.Height()
		} else {
			renderValue.y -= distance
		}
	} else {
		if value.flipped {
			renderValue.x -= distance + textBox.Width()
			if renderValue.x < 0 {
				renderValue.x = 0 // slide right to stay within bounds
			}
		} else {
			// Start with default positioning
			renderValue.x += distance

			// Check if label would extend beyond painter width boundary and adjust if needed
			// Allow labels to extend into the right padding space if configured
			maxAllowedX := o.p.Width() + o.rightPadding
			labelEndX := renderValue.x + textBox.Width()
			if labelEndX > maxAllowedX {
				// Slide label left just enough to keep it within bounds (including padding)
				overhang := labelEndX - maxAllowedX
				renderValue.x -= overhang
			}
		}

		renderValue.y += textBox.Height() >> 1
		renderValue.y -= 2
	}
	if value.radians != 0 {
		renderValue.x = value.x + (textBox.Width() >> 1) - 1
	}
	renderValue.x += value.offset.Left
	renderValue.y += value.offset.Top
	o.values = append(o.values, renderValue)
}

// drawLabelWithBackground draws a text label with optional background styling.
// This helper function can be used by various chart types to render labels with custom styling.
// Supports multi-line text separated by '\n' characters.
//
// Parameters:
//   - p: The painter instance to draw on
//   - text: The text to render (empty strings are ignored, supports '\n' for line breaks)
//   - x, y: Text position coordinates
//   - radians: Text rotation angle in radians
//   - fontStyle: Font styling for the text
//   - backgroundColor: Background color (transparent colors are ignored)
//   - cornerRadius: Corner radius for background rectangle (negative values are treated as 0)
//   - borderColor: Border color around the background (transparent colors are ignored)
//   - borderWidth: Width of the border around the background (values <= 0 are ignored)
func drawLabelWithBackground(p *Painter, text string, x, y int, radians float64, fontStyle FontStyle,
	backgroundColor Color, cornerRadius int, borderColor Color, borderWidth float64) {
	if text == "" {
		return
	}

	if cornerRadius < 0 {
		cornerRadius = 0
	}

	// Split text into lines
	lines := splitLabelText(text)
	if len(lines) == 0 {
		return
	}

	// Measure all lines to determine total dimensions
	var textMaxWidth, textTotalHeight int
	lineHeights := make([]int, len(lines))
	lineWidths := make([]int, len(lines))

	for i, line := range lines {
		lineBox := p.MeasureText(line, radians, fontStyle)
		w := lineBox.Width()
		h := lineBox.Height()
		if w > textMaxWidth {
			textMaxWidth = w
		}
		textTotalHeight += h
		lineHeights[i] = h
		lineWidths[i] = w
	}

	if !backgroundColor.IsTransparent() || (!borderColor.IsTransparent() && borderWidth > 0) {
		const padding = 4
		bgBox := Box{
			Left:   x - padding,
			Top:    y - textTotalHeight - padding,
			Right:  x + textMaxWidth + padding,
			Bottom: y + padding,
		}

		if cornerRadius > 0 {
			// Clamp corner radius to prevent visual artifacts
			boxWidth := bgBox.Width() / 2
			boxHeight := bgBox.Height() / 2
			maxRadius := boxWidth
			if boxHeight < boxWidth {
				maxRadius = boxHeight
			}
			if cornerRadius > maxRadius {
				cornerRadius = maxRadius
			}
			p.roundedRect(bgBox, cornerRadius, roundTopLeft|roundTopRight|roundBottomRight|roundBottomLeft, backgroundColor, borderColor, borderWidth)
		} else {
			p.FilledRect(bgBox.Left, bgBox.Top, bgBox.Right, bgBox.Bottom, backgroundColor, borderColor, borderWidth)
		}
	}

	// Render each line
	currentY := y - textTotalHeight
	for i, line := range lines {
		// Center each line horizontally within the total width
		lineX := x + (textMaxWidth-lineWidths[i])>>1
		currentY += lineHeights[i]
		p.Text(line, lineX, currentY, radians, fontStyle)
	}
}

func (o *seriesLabelPainter) Render() (Box, error) {
	for _, item := range o.values {
		if item.text != "" {
			drawLabelWithBackground(o.p, item.text, item.x, item.y, item.radians,
				item.fontStyle, item.backgroundColor, item.cornerRadius, item.borderColor, item.borderWidth)
		}
	}
	return BoxZero, nil
}
