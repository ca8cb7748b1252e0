package chartdraw

import (
	"errors"
	"fmt"
	"math"

	"github.com/go-analyze/charts/chartdraw/matrix"
)

// Interface Assertions.
var (
	_ Series              = (*PolynomialRegressionSeries)(nil)
	_ FirstValuesProvider = (*PolynomialRegressionSeries)(nil)
	_ LastValuesProvider  = (*PolynomialRegressionSeries)(nil)
)

// PolynomialRegressionSeries implements a polynomial regression over a given inner series.
type PolynomialRegressionSeries struct {
	Name  string
	Style Style
	YAxis YAxisType

	Limit       int
	Offset      int
	Degree      int
	InnerSeries ValuesProvider

	coeffs []float64
}

// GetName returns the name of the time series.
func (prs *PolynomialRegressionSeries) GetName() string {
	return prs.Name
}

// GetStyle returns the line style.
func (prs *PolynomialRegressionSeries) GetStyle() Style {
	return prs.Style
}

// GetYAxis returns which YAxis the series draws on.
func (prs *PolynomialRegressionSeries) GetYAxis() YAxisType {
	return prs.YAxis
}

// Len returns the number of elements in the series.
func (prs *PolynomialRegressionSeries) Len() int {
	return min(prs.GetLimit(), prs.InnerSeries.Len()-prs.GetOffset())
}

// GetLimit returns the window size.
func (prs *PolynomialRegressionSeries) GetLimit() int {
	if prs.Limit == 0 {
		return prs.InnerSeries.Len()
	}
	return prs.Limit
}

// GetEndIndex returns the effective limit end.
func (prs *PolynomialRegressionSeries) GetEndIndex() int {
	windowEnd := prs.GetOffset() + prs.GetLimit()
	innerSeriesLastIndex := prs.InnerSeries.Len() - 1
	return min(windowEnd, innerSeriesLastIndex)
}

// GetOffset returns the data offset.
func (prs *PolynomialRegressionSeries) GetOffset() int {
	if prs.Offset == 0 {
		return 0
	}
	return prs.Offset
}

// Validate validates the series.
func (prs *PolynomialRegressionSeries) Validate() error {
	if prs.InnerSeries == nil {
		return errors.New("linear regression series requires InnerSeries to be set")
	}

	if prs.GetOffset() < 0 || prs.GetOffset() >= prs.InnerSeries.Len() {
		return fmt.Errorf("invalid offset; inner series has length %d but offset is %d", prs.InnerSeries.Len(), prs.GetOffset())
	} else if prs.Degree < 0 {
		return fmt.Errorf("invalid degree; must be >= 0 but was %d", prs.Degree)
	} else if prs.Len() < prs.Degree+1 {
		return fmt.Errorf("invalid degree; window length %d must be >= degree+1 (%d)", prs.Len(), prs.Degree+1)
	}

	endIndex := prs.GetEndIndex()
	if endIndex >= prs.InnerSeries.Len() {
		return fmt.Errorf("invalid window; inner series has length %d but end index is %d", prs.InnerSeries.Len(), endIndex)
	}

	return nil
}

// GetValues returns the series value for a given index.
func (prs *PolynomialRegressionSeries) GetValues(index int) (x, y float64) {
	if prs.InnerSeries == nil || prs.InnerSeries.Len() == 0 {
		return
	} else if !prs.ensureCoeffs() {
		return
	}

	effectiveIndex := prs.clampInnerIndex(index + prs.GetOffset())
	x, _ = prs.InnerSeries.GetValues(effectiveIndex)
	y = prs.apply(x)
	return
}

// GetFirstValues computes the first poly regression value.
func (prs *PolynomialRegressionSeries) GetFirstValues() (x, y float64) {
	if prs.InnerSeries == nil || prs.InnerSeries.Len() == 0 {
		return
	}
	if !prs.ensureCoeffs() {
		return
	}
	x, _ = prs.InnerSeries.GetValues(prs.clampInnerIndex(0))
	y = prs.apply(x)
	return
}

// GetLastValues computes the last poly regression value.
func (prs *PolynomialRegressionSeries) GetLastValues() (x, y float64) {
	if prs.InnerSeries == nil || prs.InnerSeries.Len() == 0 {
		return
	}
	if !prs.ensureCoeffs() {
		return
	}
	endIndex := prs.clampInnerIndex(prs.GetEndIndex())
	x, _ = prs.InnerSeries.GetValues(endIndex)
	y = prs.apply(x)
	return
}

func (prs *PolynomialRegressionSeries) ensureCoeffs() bool {
	if prs.coeffs != nil {
		return true
	}
	if err := prs.Validate(); err != nil {
		return false
	}
	coeffs, err := prs.computeCoefficients()
	if err != nil {
		return false
	}
	prs.coeffs = coeffs
	return true
}

func (prs *PolynomialRegressionSeries) clampInnerIndex(index int) int {
	if index <= 0 {
		return 0
	}
	last := prs.InnerSeries.Len() - 1
	if index > last {
		return last
	}
	return index
}

func (prs *PolynomialRegressionSeries) apply(v float64) (out float64) {
	for index, coeff := range prs.coeffs {
		out += coeff * math.Pow(v, float64(index))
	}
	return
}

func (prs *PolynomialRegressionSeries) computeCoefficients() ([]float64, error) {
	xvalues, yvalues := prs.values()
	return matrix.Poly(xvalues, yvalues, prs.Degree)
}

func (prs *PolynomialRegressionSeries) values() (xvalues, yvalues []float64) {
	startIndex := prs.GetOffset()
	endIndex := prs.GetEndIndex()

	xvalues = make([]float64, endIndex-startIndex)
	yvalues = make([]float64, endIndex-startIndex)

	for index := startIndex; index < endIndex; index++ {
		x, y := prs.InnerSeries.GetValues(index)
		xvalues[index-startIndex] = x
		yvalues[index-startIndex] = y
	}

	return
}

// Render renders the series.
func (prs *PolynomialRegressionSeries) Render(r Renderer, canvasBox Box, xrange, yrange Range, defaults Style) {
	style := prs.Style.InheritFrom(defaults)
	Draw.LineSeries(r, canvasBox, xrange, yrange, style, prs)
}
