package chartdraw

import (
	"fmt"
	"math"
	"strings"
)

// TicksProvider is a type that provides ticks.
type TicksProvider interface {
	GetTicks(vf ValueFormatter) []Tick
}

// Tick represents a label on an axis.
type Tick struct {
	Value float64
	Label string
}

// Ticks is an array of ticks.
type Ticks []Tick

// Len returns the length of the ticks set.
func (t Ticks) Len() int {
	return len(t)
}

// Swap swaps two elements.
func (t Ticks) Swap(i, j int) {
	t[i], t[j] = t[j], t[i]
}

// Less returns if i's value is less than j's value.
func (t Ticks) Less(i, j int) bool {
	return t[i].Value < t[j].Value
}

// String returns a string representation of the set of ticks.
func (t Ticks) String() string {
	values := make([]string, len(t))
	for i, tick := range t {
		values[i] = fmt.Sprintf("[%d: %s]", i, tick.Label)
	}
	return strings.Join(values, ", ")
}

// GenerateContinuousTicks generates a set of ticks.
func GenerateContinuousTicks(r Renderer, ra Range, isVertical bool, style Style, vf ValueFormatter) []Tick {
	if vf == nil {
		vf = FloatValueFormatter
	}

	rangeMin, rangeMax := ra.GetMin(), ra.GetMax()
	minLabel := vf(rangeMin)
	style.GetTextOptions().WriteToRenderer(r)
	labelBox := r.MeasureText(minLabel)

	var tickSize float64
	if isVertical {
		tickSize = float64(labelBox.Height() + defaultMinimumTickVerticalSpacing)
	} else {
		tickSize = float64(labelBox.Width() + defaultMinimumTickHorizontalSpacing)
	}

	domain := float64(ra.GetDomain())
	domainRemainder := domain - (tickSize * 2)
	intermediateTickCount := int(math.Floor(domainRemainder / tickSize))

	rangeDelta := math.Abs(rangeMax - rangeMin)
	tickStep := rangeDelta / float64(intermediateTickCount)

	roundTo := GetRoundToForDelta(rangeDelta) / 10
	intermediateTickCount = min(intermediateTickCount, defaultTickCountSanityCheck)

	ticks := make([]Tick, 0, intermediateTickCount+2)
	if ra.IsDescending() {
		ticks = append(ticks, Tick{
			Value: rangeMax,
			Label: vf(rangeMax),
		})
	} else {
		ticks = append(ticks, Tick{
			Value: rangeMin,
			Label: vf(rangeMin),
		})
	}
	for x := 1; x < intermediateTickCount; x++ {
		var tickValue float64
		if ra.IsDescending() {
			tickValue = rangeMax - RoundUp(tickStep*float64(x), roundTo)
		} else {
			tickValue = rangeMin + RoundUp(tickStep*float64(x), roundTo)
		}
		ticks = append(ticks, Tick{
			Value: tickValue,
			Label: vf(tickValue),
		})
	}

	if ra.IsDescending() {
		ticks = append(ticks, Tick{
			Value: rangeMin,
			Label: vf(rangeMin),
		})
	} else {
		ticks = append(ticks, Tick{
			Value: rangeMax,
			Label: vf(rangeMax),
		})
	}

	return ticks
}
