package charts

import (
	"cmp"
	"math"
	"slices"

	"github.com/go-analyze/bulk"
)

const (
	SeriesMarkTypeMax     = "max"
	SeriesMarkTypeMin     = "min"
	SeriesMarkTypeAverage = "average"
	SeriesMarkTypeMedian  = "median"
)

// SeriesMark describes a single mark line or point type.
type SeriesMark struct {
	// Type is the mark data type: "max", "min", "average", "median".
	// "average" and "median" are only for mark line.
	Type string
	// Global specifies the mark references the sum of all series. Only used when
	// the Series is "Stacked" and the mark is on the LAST Series of the SeriesList.
	Global bool
}

// NewSeriesMarkList returns a SeriesMarkList initialized for the given types.
func NewSeriesMarkList(markTypes ...string) SeriesMarkList {
	return appendMarks(nil, false, markTypes)
}

// NewSeriesMarkGlobalList returns a slice of SeriesMark initialized for the given types with the global flag set.
// Global marks reference the sum of all series. Only used when the Series is "Stacked" and the mark is
// on the LAST Series of the SeriesList.
func NewSeriesMarkGlobalList(markTypes ...string) SeriesMarkList {
	return appendMarks(nil, true, markTypes)
}

func appendMarks(m SeriesMarkList, global bool, markTypes []string) SeriesMarkList {
	for _, mt := range markTypes {
		if !hasMarkType(m, global, mt) {
			m = append(m, SeriesMark{
				Type:   mt,
				Global: global,
			})
		}
	}
	return m
}

// SeriesMarkList is a slice of SeriesMark values.
type SeriesMarkList []SeriesMark

func (m SeriesMarkList) splitGlobal() (SeriesMarkList, SeriesMarkList) {
	return bulk.SliceSplit(func(v SeriesMark) bool {
		return !v.Global
	}, m)
}

func (m SeriesMarkList) filterGlobal(global bool) SeriesMarkList {
	return bulk.SliceFilter(func(v SeriesMark) bool {
		return v.Global == global
	}, m)
}

func hasMarkType(seriesMarks []SeriesMark, global bool, typeStr string) bool {
	return slices.ContainsFunc(seriesMarks, func(sm SeriesMark) bool {
		return sm.Global == global && sm.Type == typeStr
	})
}

// GenericSeries references a population of data for any chart type. Chart-specific fields are only active
// for chart types that support them.
type GenericSeries struct {
	// Type is the series chart type. Default is "line".
	Type string
	// Values provides the series data values.
	// For ChartTypeCandlestick, the Values field must contain OHLC data encoded as groups of 4 consecutive
	// float64 values: [Open, High, Low, Close, ...]. For N candlesticks, Values must have exactly N*4 elements.
	// For ChartTypeViolin, Values encodes mirrored extents as interleaved pairs: [A0, B0, A1, B1, ...].
	Values []float64
	// YAxisIndex is the y-axis to apply the series to: must be 0 or 1.
	YAxisIndex int
	// Label provides the series labels.
	Label SeriesLabel
	// Name specifies a name for the series.
	Name string
	// Radius for circular charts. Default is "40%".
	Radius string
	// MarkPoint provides a mark point configuration for this series. If Label is enabled, MarkPoint
	// replaces the label where rendered.
	MarkPoint SeriesMarkPoint
	// MarkLine provides a mark line configuration for this series. When using MarkLine, configure
	// padding on the chart's right side to ensure space for the values.
	MarkLine SeriesMarkLine
}

func (g *GenericSeries) getYAxisIndex() int {
	return g.YAxisIndex
}

func (g *GenericSeries) getValues() []float64 {
	if g.Type != ChartTypeViolin && g.Type != ChartTypeHorizontalViolin {
		return g.Values
	}
	// Generic violin values are encoded pairwise as [A0,B0,A1,B1,...].
	pairCount := len(g.Values) / 2
	return expandViolinValues(pairCount, func(index int) (float64, float64) {
		baseIndex := index * 2
		return g.Values[baseIndex], g.Values[baseIndex+1]
	})
}

func (g *GenericSeries) getType() string {
	return g.Type
}

// GenericSeriesList provides the data populations for any chart type configured through ChartOption.
type GenericSeriesList []GenericSeries

func (g GenericSeriesList) names() []string {
	return seriesNames(g)
}

func (g GenericSeriesList) len() int {
	return len(g)
}

func (g GenericSeriesList) getSeries(index int) series {
	return &g[index]
}

func (g GenericSeriesList) getSeriesName(index int) string {
	return g[index].Name
}

func (g GenericSeriesList) getSeriesValues(index int) []float64 {
	return g[index].Values
}

func (g GenericSeriesList) getSeriesLen(index int) int {
	switch g[index].Type {
	case ChartTypeCandlestick:
		if l := len(g[index].Values); l%4 == 0 {
			return l / 4
		}
		return len(g[index].Values) // invalid OHLC format, each value will get its own candle
	case ChartTypeViolin, ChartTypeHorizontalViolin:
		return len(g[index].Values) / 2
	default:
		return len(g[index].Values)
	}
}

func (g GenericSeriesList) getSeriesSymbol(i int) SymbolShape {
	if g[i].Type == ChartTypeCandlestick {
		return symbolCandlestick // return type here so captured for defaultRender in ChartOptions render
	}
	return ""
}

func (g GenericSeriesList) markPointSize() int {
	var size int
	for _, s := range g {
		size = max(size, s.MarkPoint.effectiveSymbolSize())
	}
	return size
}

func (g GenericSeriesList) labelFontSize() float64 {
	var size float64
	for _, s := range g {
		size = visibleLabelFontSize(s.Label, size)
	}
	return size
}

func (g GenericSeriesList) setSeriesName(index int, name string) {
	g[index].Name = name
}

func (g GenericSeriesList) sortByNameIndex(dict map[string]int) {
	slices.SortFunc(g, func(a, b GenericSeries) int {
		return cmp.Compare(dict[a.Name], dict[b.Name])
	})
}

// SetSeriesLabels sets the label for all elements in the series.
func (g GenericSeriesList) SetSeriesLabels(label SeriesLabel) {
	for i := range g {
		g[i].Label = label
	}
}

// LineSeries references a population of data for line charts.
type LineSeries struct {
	// Values provides the series data values.
	Values []float64
	// YAxisIndex is the index for the axis, it must be 0 or 1.
	YAxisIndex int
	// Label provides the series labels.
	Label SeriesLabel
	// Name specifies a name for the series.
	Name string
	// MarkPoint provides a configuration for mark points for this series. If Label is also enabled, the MarkPoint
	// will replace the label where rendered.
	MarkPoint SeriesMarkPoint
	// MarkLine provides a configuration for mark lines for this series. When using a MarkLine, you will want to
	// configure padding to the chart on the right for the values.
	MarkLine SeriesMarkLine
	// TrendLine provides configurations for trend lines for this series.
	TrendLine []SeriesTrendLine
	// Symbol specifies a custom shape and size for the series.
	Symbol Symbol

	// absThemeIndex represents the series index when combined with other chart types.
	absThemeIndex *int
}

func (l *LineSeries) getYAxisIndex() int {
	return l.YAxisIndex
}

func (l *LineSeries) getValues() []float64 {
	return l.Values
}

func (l *LineSeries) getType() string {
	return ChartTypeLine
}

func (l *LineSeries) Summary() PopulationSummary {
	return summarizePopulationData(l.Values)
}

// LineSeriesList provides the data populations for line charts (LineChartOption).
type LineSeriesList []LineSeries

func (l LineSeriesList) names() []string {
	return seriesNames(l)
}

// SumSeries returns a float64 slice with the sum of each series.
func (l LineSeriesList) SumSeries() []float64 {
	return sumSeries(l)
}

// SumSeriesValues returns a float64 slice with each series totaled by the value index.
func (l LineSeriesList) SumSeriesValues() []float64 {
	return sumSeriesData(l, -1)
}

func (l LineSeriesList) len() int {
	return len(l)
}

func (l LineSeriesList) getSeries(index int) series {
	return &l[index]
}

func (l LineSeriesList) getSeriesName(index int) string {
	return l[index].Name
}

func (l LineSeriesList) getSeriesValues(index int) []float64 {
	return l[index].Values
}

func (l LineSeriesList) getSeriesLen(index int) int {
	return len(l[index].Values)
}

func (l LineSeriesList) getSeriesSymbol(index int) SymbolShape {
	return l[index].Symbol.Shape
}

func (l LineSeriesList) markPointSize() int {
	var size int
	for _, s := range l {
		size = max(size, s.MarkPoint.effectiveSymbolSize())
	}
	return size
}

func (l LineSeriesList) labelFontSize() float64 {
	var size float64
	for _, s := range l {
		size = visibleLabelFontSize(s.Label, size)
	}
	return size
}

func (l LineSeriesList) setSeriesName(index int, name string) {
	l[index].Name = name
}

func (l LineSeriesList) sortByNameIndex(dict map[string]int) {
	slices.SortFunc(l, func(a, b LineSeries) int {
		return cmp.Compare(dict[a.Name], dict[b.Name])
	})
}

// SetSeriesLabels sets the label for all elements in the series.
func (l LineSeriesList) SetSeriesLabels(label SeriesLabel) {
	for i := range l {
		l[i].Label = label
	}
}

func (l LineSeriesList) ToGenericSeriesList() GenericSeriesList {
	result := make([]GenericSeries, len(l))
	for i, s := range l {
		result[i] = GenericSeries{
			Values:     s.Values,
			YAxisIndex: s.YAxisIndex,
			Label:      s.Label,
			Name:       s.Name,
			Type:       ChartTypeLine,
			MarkLine:   s.MarkLine,
			MarkPoint:  s.MarkPoint,
		}
	}
	return result
}

// ScatterSeries references a population of data for scatter charts.
type ScatterSeries struct {
	// Values provides the series data values.
	Values [][]float64
	// YAxisIndex is the index for the axis, it must be 0 or 1.
	YAxisIndex int
	// Label provides the series labels.
	Label SeriesLabel
	// Name specifies a name for the series.
	Name string
	// MarkLine provides a configuration for mark lines for this series. When using a MarkLine, you will want to
	// configure padding to the chart on the right for the values.
	MarkLine SeriesMarkLine
	// TrendLine provides configurations for trend lines for this series.
	TrendLine []SeriesTrendLine
	// Symbol specifies a custom shape and size for the series.
	Symbol Symbol

	// absThemeIndex represents the series index when combined with other chart types.
	absThemeIndex *int
}

func (s *ScatterSeries) getYAxisIndex() int {
	return s.YAxisIndex
}

func (s *ScatterSeries) getValues() []float64 {
	if len(s.Values) == 0 {
		return nil
	}
	result := make([]float64, 0, len(s.Values)*len(s.Values[0]))
	for _, v := range s.Values {
		result = append(result, v...)
	}
	return result
}

func (s *ScatterSeries) avgValues() []float64 {
	values := make([]float64, len(s.Values))
	for i, v := range s.Values {
		var sum float64
		var count int
		for _, x := range v {
			if isValidExtent(x) {
				sum += x
				count++
			}
		}
		if count == 0 {
			values[i] = GetNullValue() // no valid samples at this point
		} else {
			values[i] = sum / float64(count)
		}
	}
	return values
}

func (s *ScatterSeries) getType() string {
	return ChartTypeScatter
}

func (s *ScatterSeries) Summary() PopulationSummary {
	return summarizePopulationData(s.getValues())
}

// ScatterSeriesList provides the data populations for scatter charts (ScatterChartOption).
type ScatterSeriesList []ScatterSeries

func (s ScatterSeriesList) names() []string {
	return seriesNames(s)
}

// SumSeries returns a float64 slice with the sum of each series.
func (s ScatterSeriesList) SumSeries() []float64 {
	return sumSeries(s)
}

func (s ScatterSeriesList) len() int {
	return len(s)
}

func (s ScatterSeriesList) getSeries(index int) series {
	return &s[index]
}

func (s ScatterSeriesList) getSeriesName(index int) string {
	return s[index].Name
}

func (s ScatterSeriesList) getSeriesValues(index int) []float64 {
	return s[index].getValues()
}

func (s ScatterSeriesList) getSeriesLen(index int) int {
	return len(s[index].Values)
}

func (s ScatterSeriesList) getSeriesSymbol(index int) SymbolShape {
	return s[index].Symbol.Shape
}

func (s ScatterSeriesList) markPointSize() int {
	return 0
}

func (s ScatterSeriesList) labelFontSize() float64 {
	var size float64
	for _, series := range s {
		size = visibleLabelFontSize(series.Label, size)
	}
	return size
}

func (s ScatterSeriesList) setSeriesName(index int, name string) {
	s[index].Name = name
}

func (s ScatterSeriesList) sortByNameIndex(dict map[string]int) {
	slices.SortFunc(s, func(a, b ScatterSeries) int {
		return cmp.Compare(dict[a.Name], dict[b.Name])
	})
}

// SetSeriesLabels sets the label for all elements in the series.
func (s ScatterSeriesList) SetSeriesLabels(label SeriesLabel) {
	for i := range s {
		s[i].Label = label
	}
}

func (s ScatterSeriesList) ToGenericSeriesList() GenericSeriesList {
	result := make([]GenericSeries, len(s))
	for i, series := range s {
		result[i] = GenericSeries{
			Values:     series.avgValues(),
			YAxisIndex: series.YAxisIndex,
			Label:      series.Label,
			Name:       series.Name,
			Type:       ChartTypeScatter,
			MarkLine:   series.MarkLine,
		}
	}
	return result
}

// BarSeries references a population of data for bar charts.
type BarSeries struct {
	// Values provides the series data values.
	Values []float64
	// YAxisIndex is the index for the axis, it must be 0 or 1.
	YAxisIndex int
	// Label provides the series labels.
	Label SeriesLabel
	// Name specifies a name for the series.
	Name string
	// MarkPoint provides a configuration for mark points for this series. If Label is also enabled, the MarkPoint
	// will replace the label where rendered.
	MarkPoint SeriesMarkPoint
	// MarkLine provides a configuration for mark lines for this series. When using a MarkLine, you will want to
	// configure padding to the chart on the right for the values.
	MarkLine SeriesMarkLine

	// absThemeIndex represents the series index when combined with other chart types.
	absThemeIndex *int
	// horizontal marks this series as a horizontal bar for correct type reporting.
	horizontal bool
}

func (b *BarSeries) getYAxisIndex() int {
	return b.YAxisIndex
}

func (b *BarSeries) getValues() []float64 {
	return b.Values
}

func (b *BarSeries) getType() string {
	if b.horizontal {
		return ChartTypeHorizontalBar
	}
	return ChartTypeBar
}

func (b *BarSeries) Summary() PopulationSummary {
	return summarizePopulationData(b.Values)
}

// BarSeriesList provides the data populations for bar charts (BarChartOption).
type BarSeriesList []BarSeries

func (b BarSeriesList) names() []string {
	return seriesNames(b)
}

// SumSeries returns a float64 slice with the sum of each series.
func (b BarSeriesList) SumSeries() []float64 {
	return sumSeries(b)
}

// SumSeriesValues returns a float64 slice with each series totaled by the value index.
func (b BarSeriesList) SumSeriesValues() []float64 {
	return sumSeriesData(b, -1)
}

func (b BarSeriesList) len() int {
	return len(b)
}

func (b BarSeriesList) getSeries(index int) series {
	return &b[index]
}

func (b BarSeriesList) getSeriesName(index int) string {
	return b[index].Name
}

func (b BarSeriesList) getSeriesValues(index int) []float64 {
	return b[index].Values
}

func (b BarSeriesList) getSeriesLen(index int) int {
	return len(b[index].Values)
}

func (b BarSeriesList) getSeriesSymbol(_ int) SymbolShape {
	return ""
}

func (b BarSeriesList) markPointSize() int {
	var size int
	for _, s := range b {
		size = max(size, s.MarkPoint.effectiveSymbolSize())
	}
	return size
}

func (b BarSeriesList) labelFontSize() float64 {
	var size float64
	for _, s := range b {
		size = visibleLabelFontSize(s.Label, size)
	}
	return size
}

func (b BarSeriesList) setSeriesName(index int, name string) {
	b[index].Name = name
}

func (b BarSeriesList) sortByNameIndex(dict map[string]int) {
	slices.SortFunc(b, func(a, b BarSeries) int {
		return cmp.Compare(dict[a.Name], dict[b.Name])
	})
}

// SetSeriesLabels sets the label for all elements in the series.
func (b BarSeriesList) SetSeriesLabels(label SeriesLabel) {
	for i := range b {
		b[i].Label = label
	}
}

func (b BarSeriesList) ToGenericSeriesList() GenericSeriesList {
	result := make([]GenericSeries, len(b))
	for i, s := range b {
		result[i] = GenericSeries{
			Values:     s.Values,
			YAxisIndex: s.YAxisIndex,
			Label:      s.Label,
			Name:       s.Name,
			Type:       s.getType(),
			MarkLine:   s.MarkLine,
			MarkPoint:  s.MarkPoint,
		}
	}
	return result
}

// FunnelSeries references a population of data for funnel charts.
type FunnelSeries struct {
	// Value provides the value for the funnel section.
	Value float64
	// Label provides the series labels.
	Label SeriesLabel
	// Name specifies a name for the series.
	Name string
}

func (f *FunnelSeries) getYAxisIndex() int {
	return 0
}

func (f *FunnelSeries) getValues() []float64 {
	return []float64{f.Value}
}

func (f *FunnelSeries) getType() string {
	return ChartTypeFunnel
}

// FunnelSeriesList provides the data populations for funnel charts (FunnelChartOption).
type FunnelSeriesList []FunnelSeries

func (f FunnelSeriesList) names() []string {
	return seriesNames(f)
}

func (f FunnelSeriesList) len() int {
	return len(f)
}

func (f FunnelSeriesList) getSeries(index int) series {
	return &f[index]
}

func (f FunnelSeriesList) getSeriesName(index int) string {
	return f[index].Name
}

func (f FunnelSeriesList) getSeriesValues(index int) []float64 {
	return []float64{f[index].Value}
}

func (f FunnelSeriesList) getSeriesLen(_ int) int {
	return 1
}

func (f FunnelSeriesList) getSeriesSymbol(_ int) SymbolShape {
	return ""
}

func (f FunnelSeriesList) markPointSize() int {
	return 0 // not supported on this chart type
}

func (f FunnelSeriesList) labelFontSize() float64 {
	return 0 // no value axis on this chart type
}

func (f FunnelSeriesList) setSeriesName(index int, name string) {
	f[index].Name = name
}

func (f FunnelSeriesList) sortByNameIndex(dict map[string]int) {
	slices.SortFunc(f, func(a, b FunnelSeries) int {
		return cmp.Compare(dict[a.Name], dict[b.Name])
	})
}

// SetSeriesLabels sets the label for all elements in the series.
func (f FunnelSeriesList) SetSeriesLabels(label SeriesLabel) {
	for i := range f {
		f[i].Label = label
	}
}

func (f FunnelSeriesList) ToGenericSeriesList() GenericSeriesList {
	result := make([]GenericSeries, len(f))
	for i, s := range f {
		result[i] = GenericSeries{
			Values: []float64{s.Value},
			Label:  s.Label,
			Name:   s.Name,
			Type:   ChartTypeFunnel,
		}
	}
	return result
}

// PieSeries references a population of data for pie charts.
type PieSeries struct {
	// Value provides the value for the pie section.
	Value float64
	// Label provides the series labels.
	Label SeriesLabel
	// Name specifies a name for the series.
	Name string
	// Radius for Pie chart, e.g.: 40%, default is "40%"
	Radius string
}

func (p *PieSeries) getYAxisIndex() int {
	return 0
}

func (p *PieSeries) getValues() []float64 {
	return []float64{p.Value}
}

func (p *PieSeries) getType() string {
	return ChartTypePie
}

// PieSeriesList provides the data populations for pie charts (PieChartOption).
type PieSeriesList []PieSeries

func (p PieSeriesList) SumSeries() float64 {
	var sum float64
	for _, s := range p {
		if isValidExtent(s.Value) {
			sum += s.Value
		}
	}
	return sum
}

// MaxValue returns the maximum value within the series, or MinInt64 if no values.
func (p PieSeriesList) MaxValue() float64 {
	maxValue := float64(math.MinInt64)
	for _, s := range p {
		if isValidExtent(s.Value) && s.Value > maxValue {
			maxValue = s.Value
		}
	}
	return maxValue
}

func (p PieSeriesList) names() []string {
	return seriesNames(p)
}

func (p PieSeriesList) len() int {
	return len(p)
}

func (p PieSeriesList) getSeries(index int) series {
	return &p[index]
}

func (p PieSeriesList) getSeriesName(index int) string {
	return p[index].Name
}

func (p PieSeriesList) getSeriesValues(index int) []float64 {
	return []float64{p[index].Value}
}

func (p PieSeriesList) getSeriesLen(_ int) int {
	return 1
}

func (p PieSeriesList) getSeriesSymbol(_ int) SymbolShape {
	return ""
}

func (p PieSeriesList) markPointSize() int {
	return 0 // not supported on this chart type
}

func (p PieSeriesList) labelFontSize() float64 {
	return 0 // no value axis on this chart type
}

func (p PieSeriesList) setSeriesName(index int, name string) {
	p[index].Name = name
}

func (p PieSeriesList) sortByNameIndex(dict map[string]int) {
	slices.SortFunc(p, func(a, b PieSeries) int {
		return cmp.Compare(dict[a.Name], dict[b.Name])
	})
}

// SetSeriesLabels sets the label for all elements in the series.
func (p PieSeriesList) SetSeriesLabels(label SeriesLabel) {
	for i := range p {
		p[i].Label = label
	}
}

func (p PieSeriesList) ToGenericSeriesList() GenericSeriesList {
	result := make([]GenericSeries, len(p))
	for i, s := range p {
		result[i] = GenericSeries{
			Values: []float64{s.Value},
			Label:  s.Label,
			Name:   s.Name,
			Type:   ChartTypePie,
			Radius: s.Radius,
		}
	}
	return result
}

// DoughnutSeries references a population of data for doughnut charts.
type DoughnutSeries struct {
	// Value provides the value for the Doughnut section.
	Value float64
	// Label provides the series labels.
	Label SeriesLabel
	// Name specifies a name for the series.
	Name string
	// Radius for Doughnut chart, e.g.: 40%, default is "40%"
	Radius string
}

func (d *DoughnutSeries) getYAxisIndex() int {
	return 0
}

func (d *DoughnutSeries) getValues() []float64 {
	return []float64{d.Value}
}

func (d *DoughnutSeries) getType() string {
	return ChartTypeDoughnut
}

// DoughnutSeriesList provides the data populations for Doughnut charts (DoughnutChartOption).
type DoughnutSeriesList []DoughnutSeries

func (d DoughnutSeriesList) SumSeries() float64 {
	var sum float64
	for _, s := range d {
		if isValidExtent(s.Value) {
			sum += s.Value
		}
	}
	return sum
}

// MaxValue returns the maximum value within the series, or MinInt64 if no values.
func (d DoughnutSeriesList) MaxValue() float64 {
	maxValue := float64(math.MinInt64)
	for _, s := range d {
		if isValidExtent(s.Value) && s.Value > maxValue {
			maxValue = s.Value
		}
	}
	return maxValue
}

func (d DoughnutSeriesList) names() []string {
	return seriesNames(d)
}

func (d DoughnutSeriesList) len() int {
	return len(d)
}

func (d DoughnutSeriesList) getSeries(index int) series {
	return &d[index]
}

func (d DoughnutSeriesList) getSeriesName(index int) string {
	return d[index].Name
}

func (d DoughnutSeriesList) getSeriesValues(index int) []float64 {
	return []float64{d[index].Value}
}

func (d DoughnutSeriesList) getSeriesLen(_ int) int {
	return 1
}

func (d DoughnutSeriesList) getSeriesSymbol(_ int) SymbolShape {
	return ""
}

func (d DoughnutSeriesList) markPointSize() int {
	return 0 // not supported on this chart type
}

func (d DoughnutSeriesList) labelFontSize() float64 {
	return 0 // no value axis on this chart type
}

func (d DoughnutSeriesList) setSeriesName(index int, name string) {
	d[index].Name = name
}

func (d DoughnutSeriesList) sortByNameIndex(dict map[string]int) {
	slices.SortFunc(d, func(a, b DoughnutSeries) int {
		return cmp.Compare(dict[a.Name], dict[b.Name])
	})
}

// SetSeriesLabels sets the label for all elements in the series.
func (d DoughnutSeriesList) SetSeriesLabels(label SeriesLabel) {
	for i := range d {
		d[i].Label = label
	}
}

func (d DoughnutSeriesList) ToGenericSeriesList() GenericSeriesList {
	result := make([]GenericSeries, len(d))
	for i, s := range d {
		result[i] = GenericSeries{
			Values: []float64{s.Value},
			Label:  s.Label,
			Name:   s.Name,
			Type:   ChartTypeDoughnut,
			Radius: s.Radius,
		}
	}
	return result
}

func (d DoughnutSeriesList) toPieSeriesList() PieSeriesList {
	result := make([]PieSeries, len(d))
	for i, s := range d {
		result[i] = PieSeries(s)
	}
	return result
}

// RadarSeries references a population of data for radar charts.
type RadarSeries struct {
	// Values provides the series data list.
	Values []float64
	// Label provides the series labels.
	Label SeriesLabel
	// Name specifies a name for the series.
	Name string
}

func (r *RadarSeries) getYAxisIndex() int {
	return 0
}

func (r *RadarSeries) getValues() []float64 {
	return r.Values
}

func (r *RadarSeries) getType() string {
	return ChartTypeRadar
}

// RadarSeriesList provides the data populations for radar charts (RadarChartOption).
type RadarSeriesList []RadarSeries

func (r RadarSeriesList) names() []string {
	return seriesNames(r)
}

func (r RadarSeriesList) len() int {
	return len(r)
}

func (r RadarSeriesList) getSeries(index int) series {
	return &r[index]
}

func (r RadarSeriesList) getSeriesName(index int) string {
	return r[index].Name
}

func (r RadarSeriesList) getSeriesValues(index int) []float64 {
	return r[index].Values
}

func (r RadarSeriesList) getSeriesLen(index int) int {
	return len(r[index].Values)
}

func (r RadarSeriesList) getSeriesSymbol(_ int) SymbolShape {
	return ""
}

func (r RadarSeriesList) markPointSize() int {
	return 0 // not supported on this chart type
}

func (r RadarSeriesList) labelFontSize() float64 {
	return 0 // no value axis on this chart type
}

func (r RadarSeriesList) setSeriesName(index int, name string) {
	r[index].Name = name
}

func (r RadarSeriesList) sortByNameIndex(dict map[string]int) {
	slices.SortFunc(r, func(a, b RadarSeries) int {
		return cmp.Compare(dict[a.Name], dict[b.Name])
	})
}

// SetSeriesLabels sets the label for all elements in the series.
func (r RadarSeriesList) SetSeriesLabels(label SeriesLabel) {
	for i := range r {
		r[i].Label = label
	}
}

func (r RadarSeriesList) ToGenericSeriesList() GenericSeriesList {
	result := make([]GenericSeries, len(r))
	for i, s := range r {
		result[i] = GenericSeries{
			Values: s.Values,
			Label:  s.Label,
			Name:   s.Name,
			Type:   ChartTypeRadar,
		}
	}
	return result
}

// seriesList contains internal functions for operations that occur across chart types. Most of this interface usage
// is within `series.go` and `charts.go`.
type seriesList interface {
	len() int
	getSeries(index int) series
	getSeriesName(index int) string
	getSeriesValues(index int) []float64
	getSeriesLen(i int) int
	names() []string
	markPointSize() int     // largest mark point pin width across series, 0 when none
	labelFontSize() float64 // largest font size across series with labels shown, 0 when none
	setSeriesName(index int, name string)
	sortByNameIndex(dict map[string]int)
	getSeriesSymbol(index int) SymbolShape
	//SetSeriesLabels(label SeriesLabel) // informally included in interface (not used internally in interface)
}

// visibleLabelFontSize accumulates the largest configured font size among shown labels.
func visibleLabelFontSize(label SeriesLabel, current float64) float64 {
	if !flagIs(true, label.Show) {
		return current
	}
	fontSize := label.FontStyle.FontSize
	if fontSize == 0 {
		fontSize = defaultLabelFontSize
	}
	return max(current, fontSize)
}

// series interface is used to provide the raw series struct to callers of seriesList, allowing direct type checks.
type series interface {
	getType() string
	getYAxisIndex() int
	getValues() []float64
}

func expandSingleValueScatterSeries(vals []float64) [][]float64 {
	result := make([][]float64, len(vals))
	for i, v := range vals {
		result[i] = []float64{v}
	}
	return result
}

func filterSeriesList[T any](sl seriesList, chartType string) T {
	switch chartType {
	case ChartTypeLine:
		result := make(LineSeriesList, 0, sl.len())
		for i := 0; i < sl.len(); i++ {
			s := sl.getSeries(i)
			if chartTypeMatch(chartType, s.getType()) {
				switch v := s.(type) {
				case *LineSeries:
					result = append(result, *v)
				case *GenericSeries:
					result = append(result, LineSeries{
						Values:        v.Values,
						YAxisIndex:    v.YAxisIndex,
						Label:         v.Label,
						Name:          v.Name,
						MarkLine:      v.MarkLine,
						MarkPoint:     v.MarkPoint,
						absThemeIndex: Ptr(i),
					})
				}
			}
		}
		return any(result).(T)
	case ChartTypeScatter:
		result := make(ScatterSeriesList, 0, sl.len())
		for i := 0; i < sl.len(); i++ {
			s := sl.getSeries(i)
			if chartTypeMatch(chartType, s.getType()) {
				switch v := s.(type) {
				case *ScatterSeries:
					result = append(result, *v)
				case *GenericSeries:
					result = append(result, ScatterSeries{
						Values:        expandSingleValueScatterSeries(v.Values),
						YAxisIndex:    v.YAxisIndex,
						Label:         v.Label,
						Name:          v.Name,
						MarkLine:      v.MarkLine,
						absThemeIndex: Ptr(i),
					})
				}
			}
		}
		return any(result).(T)
	case ChartTypeBar:
		result := make(BarSeriesList, 0, sl.len())
		for i := 0; i < sl.len(); i++ {
			s := sl.getSeries(i)
			if chartTypeMatch(chartType, s.getType()) {
				switch v := s.(type) {
				case *BarSeries:
					result = append(result, *v)
				case *GenericSeries:
					result = append(result, BarSeries{
						Values:        v.Values,
						YAxisIndex:    v.YAxisIndex,
						Label:         v.Label,
						Name:          v.Name,
						MarkLine:      v.MarkLine,
						MarkPoint:     v.MarkPoint,
						absThemeIndex: Ptr(i),
					})
				}
			}
		}
		return any(result).(T)
	case ChartTypeHorizontalBar:
		result := make(BarSeriesList, 0, sl.len())
		for i := 0; i < sl.len(); i++ {
			s := sl.getSeries(i)
			if chartTypeMatch(chartType, s.getType()) {
				switch v := s.(type) {
				case *BarSeries:
					bs := *v
					bs.horizontal = true
					result = append(result, bs)
				case *GenericSeries:
					result = append(result, BarSeries{
						Values:        v.Values,
						Label:         v.Label,
						Name:          v.Name,
						MarkLine:      v.MarkLine,
						MarkPoint:     v.MarkPoint,
						absThemeIndex: Ptr(i),
						horizontal:    true,
					})
				}
			}
		}
		return any(result).(T)
	case ChartTypePie:
		result := make(PieSeriesList, 0, sl.len())
		for i := 0; i < sl.len(); i++ {
			s := sl.getSeries(i)
			if chartTypeMatch(chartType, s.getType()) {
				switch v := s.(type) {
				case *PieSeries:
					result = append(result, *v)
				case *GenericSeries:
					result = append(result, PieSeries{
						Value:  sumValidValues(v.Values),
						Label:  v.Label,
						Name:   v.Name,
						Radius: v.Radius,
					})
				}
			}
		}
		return any(result).(T)
	case ChartTypeDoughnut:
		result := make(DoughnutSeriesList, 0, sl.len())
		for i := 0; i < sl.len(); i++ {
			s := sl.getSeries(i)
			if chartTypeMatch(chartType, s.getType()) {
				switch v := s.(type) {
				case *DoughnutSeries:
					result = append(result, *v)
				case *GenericSeries:
					result = append(result, DoughnutSeries{
						Value:  sumValidValues(v.Values),
						Label:  v.Label,
						Name:   v.Name,
						Radius: v.Radius,
					})
				}
			}
		}
		return any(result).(T)
	case ChartTypeRadar:
		result := make(RadarSeriesList, 0, sl.len())
		for i := 0; i < sl.len(); i++ {
			s := sl.getSeries(i)
			if chartTypeMatch(chartType, s.getType()) {
				switch v := s.(type) {
				case *RadarSeries:
					result = append(result, *v)
				case *GenericSeries:
					result = append(result, RadarSeries{
						Values: v.Values,
						Label:  v.Label,
						Name:   v.Name,
					})
				}
			}
		}
		return any(result).(T)
	case ChartTypeFunnel:
		result := make(FunnelSeriesList, 0, sl.len())
		for i := 0; i < sl.len(); i++ {
			s := sl.getSeries(i)
			if chartTypeMatch(chartType, s.getType()) {
				switch v := s.(type) {
				case *FunnelSeries:
					result = append(result, *v)
				case *GenericSeries:
					result = append(result, FunnelSeries{
						Value: sumValidValues(v.Values),
						Label: v.Label,
						Name:  v.Name,
					})
				}
			}
		}
		return any(result).(T)
	case ChartTypeCandlestick:
		result := make(CandlestickSeriesList, 0, sl.len())
		for i := 0; i < sl.len(); i++ {
			s := sl.getSeries(i)
			if chartTypeMatch(chartType, s.getType()) {
				switch v := s.(type) {
				case *CandlestickSeries:
					result = append(result, *v)
				case *GenericSeries:
					// Convert GenericSeries to CandlestickSeries
					// If Values length is divisible by 4, assume it contains OHLC data
					// Otherwise, create basic OHLC where O=H=L=C (flat line) from single values
					var ohlcData []OHLCData
					if len(v.Values)%4 == 0 && len(v.Values) > 0 {
						// Assume OHLC encoding: groups of 4 consecutive values
						candleCount := len(v.Values) / 4
						ohlcData = make([]OHLCData, candleCount)
						for j := 0; j < candleCount; j++ {
							baseIdx := j * 4
							ohlcData[j] = OHLCData{
								Open:  v.Values[baseIdx],
								High:  v.Values[baseIdx+1],
								Low:   v.Values[baseIdx+2],
								Close: v.Values[baseIdx+3],
							}
						}
					} else {
						// Fallback: create basic OHLC where O=H=L=C (flat line) from single values
						ohlcData = make([]OHLCData, len(v.Values))
						for j, val := range v.Values {
							ohlcData[j] = OHLCData{
								Open:  val,
								High:  val,
								Low:   val,
								Close: val,
							}
						}
					}
					result = append(result, CandlestickSeries{
						Data:           ohlcData,
						YAxisIndex:     v.YAxisIndex,
						Label:          v.Label,
						Name:           v.Name,
						CloseMarkLine:  v.MarkLine,
						CloseMarkPoint: v.MarkPoint,
						absThemeIndex:  Ptr(i),
					})
				}
			}
		}
		return any(result).(T)
	case ChartTypeViolin, ChartTypeHorizontalViolin:
		isHorizontal := chartType == ChartTypeHorizontalViolin
		result := make(ViolinSeriesList, 0, sl.len())
		for i := 0; i < sl.len(); i++ {
			s := sl.getSeries(i)
			if chartTypeMatch(chartType, s.getType()) {
				switch v := s.(type) {
				case *ViolinSeries:
					vs := *v
					vs.horizontal = isHorizontal
					result = append(result, vs)
				case *GenericSeries:
					// decode pairwise: [A0,B0,A1,B1,...] -> [][2]float64
					pairs := make([][2]float64, 0, len(v.Values)/2)
					for j := 0; j+1 < len(v.Values); j += 2 {
						pairs = append(pairs, [2]float64{v.Values[j], v.Values[j+1]})
					}
					result = append(result, ViolinSeries{
						Data:          pairs,
						YAxisIndex:    v.YAxisIndex,
						Name:          v.Name,
						MarkLine:      v.MarkLine,
						horizontal:    isHorizontal,
						absThemeIndex: Ptr(i),
					})
				}
			}
		}
		return any(result).(T)
	default:
		var zero T
		return zero
	}
}

func chartTypeMatch(expected, actual string) bool {
	return expected == "" || expected == actual || (expected == ChartTypeLine && actual == "")
}

func getSeriesYAxisCount(sl seriesList) int {
	for i := 0; i < sl.len(); i++ {
		axis := sl.getSeries(i).getYAxisIndex()
		if axis == 1 {
			return 2
		} else if axis != 0 {
			return -1
		}
	}
	return 1
}

// stackedSeriesBounds returns the first and last series index on the first y-axis, the only axis
// which stacks. Both are -1 when no series are on the first y-axis.
func stackedSeriesBounds(sl seriesList) (first, last int) {
	first, last = -1, -1
	for i := 0; i < sl.len(); i++ {
		if sl.getSeries(i).getYAxisIndex() == 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// nextStackedSeriesIndex returns the series index stacked directly above the given index,
// or -1 when nothing stacks above it.
func nextStackedSeriesIndex(sl seriesList, index int) int {
	for i := index + 1; i < sl.len(); i++ {
		if sl.getSeries(i).getYAxisIndex() == 0 {
			return i
		}
	}
	return -1
}

// getSeriesMinMaxSumMax returns the min, max, and min/max diverging stack sums of the series for
// a given y-axis index (either 0 or 1). Positive and negative values sum separately per index,
// matching diverging stack rendering. calcSum provides an optimization to only calculate the sum
// extents if they will be used.
func getSeriesMinMaxSumMax(sl seriesList, yaxisIndex int, calcSum bool) (float64, float64, float64, float64) {
	minValue := math.MaxFloat64
	maxValue := -math.MaxFloat64
	sumMin := math.MaxFloat64
	sumMax := -math.MaxFloat64
	var posSums, negSums []float64
	if calcSum {
		posSums = make([]float64, getSeriesMaxDataCount(sl))
		negSums = make([]float64, len(posSums))
	}
	for i := 0; i < sl.len(); i++ {
		series := sl.getSeries(i)
		if series.getYAxisIndex() != yaxisIndex {
			continue
		}
		for valueIndex, item := range series.getValues() {
			if !isValidExtent(item) {
				continue
			}

			if item > maxValue {
				maxValue = item
			}
			if item < minValue {
				minValue = item
			}
			if calcSum {
				if valueIndex >= len(posSums) {
					posSums = append(posSums, make([]float64, valueIndex-len(posSums)+1)...)
					negSums = append(negSums, make([]float64, valueIndex-len(negSums)+1)...)
				}
				if item >= 0 {
					posSums[valueIndex] += item
					if posSums[valueIndex] > sumMax {
						sumMax = posSums[valueIndex]
					}
				} else {
					negSums[valueIndex] += item
					if negSums[valueIndex] < sumMin {
						sumMin = negSums[valueIndex]
					}
				}
			}
		}
	}
	if maxValue > sumMax {
		sumMax = maxValue
	}
	if sumMin == math.MaxFloat64 {
		sumMin = minValue // no negative values to stack below zero
	}
	// If min was not updated then there were no valid data points. Return
	// zeros to avoid propagating sentinel values like math.MaxFloat64 which
	// can corrupt downstream range calculations.
	if minValue == math.MaxFloat64 && maxValue == -math.MaxFloat64 {
		return 0, 0, 0, 0
	}
	return minValue, maxValue, sumMin, sumMax
}

// NewSeriesListGeneric returns a Generic series list for the given values and chart type (used in ChartOption).
func NewSeriesListGeneric(values [][]float64, chartType string) GenericSeriesList {
	seriesList := make([]GenericSeries, len(values))
	for index, v := range values {
		seriesList[index] = GenericSeries{
			Values: v,
			Type:   chartType,
		}
	}
	return seriesList
}

// LineSeriesOption provides series customization for NewSeriesListLine.
type LineSeriesOption struct {
	Label     SeriesLabel
	Names     []string
	MarkPoint SeriesMarkPoint
	MarkLine  SeriesMarkLine
	TrendLine []SeriesTrendLine
}

// NewSeriesListLine builds a SeriesList for a line chart. The first dimension of the values indicates the population
// of the data, while the second dimension provides the samples for the population.
func NewSeriesListLine(values [][]float64, opts ...LineSeriesOption) LineSeriesList {
	var opt LineSeriesOption
	if len(opts) != 0 {
		opt = opts[0]
	}

	seriesList := make([]LineSeries, len(values))
	for index, v := range values {
		s := LineSeries{
			Values:    v,
			Label:     opt.Label,
			MarkPoint: opt.MarkPoint,
			MarkLine:  opt.MarkLine,
			TrendLine: opt.TrendLine,
		}
		if index < len(opt.Names) {
			s.Name = opt.Names[index]
		}
		seriesList[index] = s
	}
	return seriesList
}

// ScatterSeriesOption provides series customization for NewSeriesListScatter and NewSeriesListScatterMultiValue.
type ScatterSeriesOption struct {
	Label     SeriesLabel
	Names     []string
	MarkLine  SeriesMarkLine
	TrendLine []SeriesTrendLine
}

// NewSeriesListScatter builds a SeriesList for a scatter chart. The first dimension of the values indicates the population
// of the data, while the second dimension provides the samples for the population.
func NewSeriesListScatter(values [][]float64, opts ...ScatterSeriesOption) ScatterSeriesList {
	var opt ScatterSeriesOption
	if len(opts) != 0 {
		opt = opts[0]
	}

	seriesList := make([]ScatterSeries, len(values))
	for index, v := range values {
		s := ScatterSeries{
			Values:    expandSingleValueScatterSeries(v),
			Label:     opt.Label,
			MarkLine:  opt.MarkLine,
			TrendLine: opt.TrendLine,
		}
		if index < len(opt.Names) {
			s.Name = opt.Names[index]
		}
		seriesList[index] = s
	}
	return seriesList
}

// NewSeriesListScatterMultiValue builds a SeriesList for a scatter charts. The first dimension of the values indicates
// the population of the data, while the second dimension provides the samples for the population. Multiple values for
// a single sample can be provided using the last dimension.
func NewSeriesListScatterMultiValue(values [][][]float64, opts ...ScatterSeriesOption) ScatterSeriesList {
	var opt ScatterSeriesOption
	if len(opts) != 0 {
		opt = opts[0]
	}

	seriesList := make([]ScatterSeries, len(values))
	for index, v := range values {
		s := ScatterSeries{
			Values:    v,
			Label:     opt.Label,
			MarkLine:  opt.MarkLine,
			TrendLine: opt.TrendLine,
		}
		if index < len(opt.Names) {
			s.Name = opt.Names[index]
		}
		seriesList[index] = s
	}
	return seriesList
}

// BarSeriesOption provides series customization for NewSeriesListBar.
type BarSeriesOption struct {
	Label     SeriesLabel
	Names     []string
	MarkPoint SeriesMarkPoint
	MarkLine  SeriesMarkLine
}

// NewSeriesListBar builds a SeriesList for a bar chart. The first dimension of the values indicates the population
// of the data, while the second dimension provides the samples for the population (on the X-Axis).
func NewSeriesListBar(values [][]float64, opts ...BarSeriesOption) BarSeriesList {
	var opt BarSeriesOption
	if len(opts) != 0 {
		opt = opts[0]
	}

	seriesList := make([]BarSeries, len(values))
	for index, v := range values {
		s := BarSeries{
			Values:    v,
			Label:     opt.Label,
			MarkPoint: opt.MarkPoint,
			MarkLine:  opt.MarkLine,
		}
		if index < len(opt.Names) {
			s.Name = opt.Names[index]
		}
		seriesList[index] = s
	}
	return seriesList
}

// PieSeriesOption provides series customization for NewSeriesListPie.
type PieSeriesOption struct {
	Label SeriesLabel
	Names []string
}

// NewSeriesListPie builds a SeriesList for a pie chart.
func NewSeriesListPie(values []float64, opts ...PieSeriesOption) PieSeriesList {
	var opt PieSeriesOption
	if len(opts) != 0 {
		opt = opts[0]
	}

	result := make([]PieSeries, len(values))
	for index, v := range values {
		s := PieSeries{
			Value: v,
			Label: opt.Label,
		}
		if index < len(opt.Names) {
			s.Name = opt.Names[index]
		}
		result[index] = s
	}
	return result
}

// DoughnutSeriesOption provides series customization for NewSeriesListDoughnut.
type DoughnutSeriesOption struct {
	Label SeriesLabel
	Names []string
}

// NewSeriesListDoughnut builds a SeriesList for a doughnut chart.
func NewSeriesListDoughnut(values []float64, opts ...DoughnutSeriesOption) DoughnutSeriesList {
	var opt DoughnutSeriesOption
	if len(opts) != 0 {
		opt = opts[0]
	}

	result := make([]DoughnutSeries, len(values))
	for index, v := range values {
		s := DoughnutSeries{
			Value: v,
			Label: opt.Label,
		}
		if index < len(opt.Names) {
			s.Name = opt.Names[index]
		}
		result[index] = s
	}
	return result
}

// RadarSeriesOption provides series customization for NewSeriesListRadar.
type RadarSeriesOption struct {
	Label SeriesLabel
	Names []string
}

// NewSeriesListRadar builds a SeriesList for a Radar chart.
func NewSeriesListRadar(values [][]float64, opts ...RadarSeriesOption) RadarSeriesList {
	var opt RadarSeriesOption
	if len(opts) != 0 {
		opt = opts[0]
	}

	result := make([]RadarSeries, len(values))
	for index, v := range values {
		s := RadarSeries{
			Values: v,
			Label:  opt.Label,
		}
		if index < len(opt.Names) {
			s.Name = opt.Names[index]
		}
		result[index] = s
	}
	return result
}

// FunnelSeriesOption provides series customization for NewSeriesListFunnel.
type FunnelSeriesOption struct {
	Label SeriesLabel
	Names []string
}

// NewSeriesListFunnel builds a series list for funnel charts.
func NewSeriesListFunnel(values []float64, opts ...FunnelSeriesOption) FunnelSeriesList {
	var opt FunnelSeriesOption
	if len(opts) != 0 {
		opt = opts[0]
	}

	seriesList := make([]FunnelSeries, len(values))
	for index, value := range values {
		s := FunnelSeries{
			Value: value,
			Label: opt.Label,
		}
		if index < len(opt.Names) {
			s.Name = opt.Names[index]
		}
		seriesList[index] = s
	}
	return seriesList
}

// OHLCData represents Open, High, Low, Close financial data for a single time period.
// All values must satisfy: High >= Open, Close and Low <= Open, Close for valid candlesticks.
type OHLCData struct {
	// Open is the opening price for the time period.
	Open float64
	// High is the highest price during the time period.
	High float64
	// Low is the lowest price during the time period.
	Low float64
	// Close is the closing price for the time period.
	Close float64
}

const (
	// CandleStyleFilled always fills bodies.
	CandleStyleFilled = "filled"
	// CandleStyleTraditional uses hollow bullish, filled bearish.
	CandleStyleTraditional = "traditional"
	// CandleStyleOutline always outlines only.
	CandleStyleOutline = "outline"
)

// CandlestickSeries references OHLC data for candlestick charts.
type CandlestickSeries struct {
	// Data provides OHLC data for each time period.
	Data []OHLCData
	// YAxisIndex is the index for the axis, it must be 0 or 1.
	YAxisIndex int
	// Label provides the series labels.
	Label SeriesLabel
	// Name specifies a name for the series.
	Name string

	// OpenMarkPoint provides mark points for open values.
	OpenMarkPoint SeriesMarkPoint
	// OpenMarkLine provides mark lines for open values.
	OpenMarkLine SeriesMarkLine
	// OpenTrendLine provides trend lines for open values.
	OpenTrendLine []SeriesTrendLine
	// HighMarkPoint provides mark points for high values.
	HighMarkPoint SeriesMarkPoint
	// HighMarkLine provides mark lines for high values.
	HighMarkLine SeriesMarkLine
	// HighTrendLine provides trend lines for high values.
	HighTrendLine []SeriesTrendLine
	// LowMarkPoint provides mark points for low values.
	LowMarkPoint SeriesMarkPoint
	// LowMarkLine provides mark lines for low values.
	LowMarkLine SeriesMarkLine
	// LowTrendLine provides trend lines for low values.
	LowTrendLine []SeriesTrendLine
	// CloseMarkPoint provides mark points for close values.
	CloseMarkPoint SeriesMarkPoint
	// CloseMarkLine provides mark lines for close values.
	CloseMarkLine SeriesMarkLine
	// CloseTrendLine provides trend lines for close values.
	CloseTrendLine []SeriesTrendLine

	// ShowWicks hides wicks when false (body only). Overrides chart-level setting.
	ShowWicks *bool
	// CandleStyle specifies the visual style: CandleStyleFilled, CandleStyleTraditional, or CandleStyleOutline.
	CandleStyle string
	// PatternConfig configures automatic pattern detection and labeling.
	PatternConfig *CandlestickPatternConfig

	// absThemeIndex represents the series index when combined with other chart types.
	absThemeIndex *int
}

func (k *CandlestickSeries) getYAxisIndex() int {
	return k.YAxisIndex
}

// getValues returns only High and Low values for range calculations.
// Candlesticks cannot be meaningfully summed or aggregated, but the full price range
// (High/Low) is needed for axis scaling.
func (k *CandlestickSeries) getValues() []float64 {
	// candlestick can't be summed or flattened, so values are only used for range
	// for that reason we only add the high and low values here
	result := make([]float64, 0, len(k.Data)*2)
	for _, ohlc := range k.Data {
		result = append(result, ohlc.High, ohlc.Low)
	}
	return result
}

func (k *CandlestickSeries) getType() string {
	return ChartTypeCandlestick
}

func (k *CandlestickSeries) Summary() PopulationSummary {
	return summarizePopulationData(k.getValues())
}

// validateOHLCData ensures OHLC data follows financial market rules.
func validateOHLCData(ohlc OHLCData) bool {
	return validateOHLCOpen(ohlc) && validateOHLCClose(ohlc)
}

// validateOHLCHighLow validates that High >= Low and neither is null.
func validateOHLCHighLow(ohlc OHLCData) bool {
	if !isValidExtent(ohlc.High) || !isValidExtent(ohlc.Low) {
		return false
	}
	return ohlc.High >= ohlc.Low
}

// validateOHLCOpen validates that Open is within the High-Low range.
func validateOHLCOpen(ohlc OHLCData) bool {
	if !isValidExtent(ohlc.Open) || !validateOHLCHighLow(ohlc) {
		return false
	}
	return ohlc.High >= ohlc.Open && ohlc.Low <= ohlc.Open
}

// validateOHLCClose validates that Close is within the High-Low range.
func validateOHLCClose(ohlc OHLCData) bool {
	if !isValidExtent(ohlc.Close) || !validateOHLCHighLow(ohlc) {
		return false
	}
	return ohlc.High >= ohlc.Close && ohlc.Low <= ohlc.Close
}

// CandlestickSeriesList holds multiple CandlestickSeries values.
type CandlestickSeriesList []CandlestickSeries

func (k CandlestickSeriesList) names() []string {
	return seriesNames(k)
}

func (k CandlestickSeriesList) len() int {
	return len(k)
}

// SumSeries returns a float64 slice with the sum of each series.
// For candlestick series, this sums the High and Low values (used for range calculations).
func (k CandlestickSeriesList) SumSeries() []float64 {
	return sumSeries(k)
}

func (k CandlestickSeriesList) getSeries(index int) series {
	return &k[index]
}

func (k CandlestickSeriesList) getSeriesName(index int) string {
	return k[index].Name
}

func (k CandlestickSeriesList) getSeriesValues(index int) []float64 {
	return k[index].getValues()
}

func (k CandlestickSeriesList) getSeriesLen(index int) int {
	return len(k[index].Data)
}

func (k CandlestickSeriesList) getSeriesSymbol(_ int) SymbolShape {
	return "" // no need to set symbol here, configured globally in candlestick_chart.go before defaultRender
}

func (k CandlestickSeriesList) labelFontSize() float64 {
	var size float64
	for _, s := range k {
		size = visibleLabelFontSize(s.Label, size)
	}
	return size
}

func (k CandlestickSeriesList) markPointSize() int {
	var size int
	for _, s := range k {
		size = max(size, s.OpenMarkPoint.effectiveSymbolSize(), s.HighMarkPoint.effectiveSymbolSize(),
			s.LowMarkPoint.effectiveSymbolSize(), s.CloseMarkPoint.effectiveSymbolSize())
	}
	return size
}

func (k CandlestickSeriesList) setSeriesName(index int, name string) {
	k[index].Name = name
}

func (k CandlestickSeriesList) sortByNameIndex(dict map[string]int) {
	slices.SortFunc(k, func(a, b CandlestickSeries) int {
		return cmp.Compare(dict[a.Name], dict[b.Name])
	})
}

// SetSeriesLabels sets the label for all elements in the series.
func (k CandlestickSeriesList) SetSeriesLabels(label SeriesLabel) {
	for i := range k {
		k[i].Label = label
	}
}

// ToGenericSeriesList converts candlestick series to generic series format.
// Each candlestick is encoded as 4 consecutive float64 values: [Open, High, Low, Close].
// Invalid OHLC data is encoded with null values to maintain the 4-element structure.
func (k CandlestickSeriesList) ToGenericSeriesList() GenericSeriesList {
	result := make([]GenericSeries, len(k))
	for i, s := range k {
		// Encode OHLC data as four in-order float64 values per candlestick
		values := make([]float64, 0, len(s.Data)*4)
		for _, ohlc := range s.Data {
			if validateOHLCData(ohlc) {
				values = append(values, ohlc.Open, ohlc.High, ohlc.Low, ohlc.Close)
			} else if validateOHLCHighLow(ohlc) {
				values = append(values, GetNullValue(), ohlc.High, ohlc.Low, GetNullValue())
			} else { // For invalid OHLC data, use null values to maintain structure
				values = append(values, GetNullValue(), GetNullValue(), GetNullValue(), GetNullValue())
			}
		}
		result[i] = GenericSeries{
			Values:     values,
			YAxisIndex: s.YAxisIndex,
			Label:      s.Label,
			Name:       s.Name,
			Type:       ChartTypeCandlestick,
			// For generic representation, use close values as primary
			MarkLine:  s.CloseMarkLine,
			MarkPoint: s.CloseMarkPoint,
		}
	}
	return result
}

// CandlestickSeriesOption configures optional elements when building
// candlestick series.
type CandlestickSeriesOption struct {
	// Label styles the series labels.
	Label SeriesLabel
	// Names provide data names for each series.
	Names []string
	// OpenMarkPoint marks open prices.
	OpenMarkPoint SeriesMarkPoint
	// OpenMarkLine draws reference lines for open prices.
	OpenMarkLine SeriesMarkLine
	// OpenTrendLine adds trend lines based on opens.
	OpenTrendLine []SeriesTrendLine
	// HighMarkPoint marks high prices.
	HighMarkPoint SeriesMarkPoint
	// HighMarkLine draws reference lines for highs.
	HighMarkLine SeriesMarkLine
	// HighTrendLine adds trend lines based on highs.
	HighTrendLine []SeriesTrendLine
	// LowMarkPoint marks low prices.
	LowMarkPoint SeriesMarkPoint
	// LowMarkLine draws reference lines for lows.
	LowMarkLine SeriesMarkLine
	// LowTrendLine adds trend lines based on lows.
	LowTrendLine []SeriesTrendLine
	// CloseMarkPoint marks closing prices.
	CloseMarkPoint SeriesMarkPoint
	// CloseMarkLine draws reference lines for closes.
	CloseMarkLine SeriesMarkLine
	// CloseTrendLine adds trend lines based on closes.
	CloseTrendLine []SeriesTrendLine
	// CandleStyle sets the drawing style for candles.
	CandleStyle string
	// PatternConfig configures candlestick pattern detection.
	PatternConfig *CandlestickPatternConfig
}

// NewSeriesListCandlestick builds a SeriesList for candlestick charts from OHLC data.
func NewSeriesListCandlestick(data [][]OHLCData, opts ...CandlestickSeriesOption) CandlestickSeriesList {
	var opt CandlestickSeriesOption
	if len(opts) != 0 {
		opt = opts[0]
	}

	seriesList := make([]CandlestickSeries, len(data))
	for index, ohlcData := range data {
		s := CandlestickSeries{
			Data:           ohlcData,
			Label:          opt.Label,
			OpenMarkPoint:  opt.OpenMarkPoint,
			OpenMarkLine:   opt.OpenMarkLine,
			OpenTrendLine:  opt.OpenTrendLine,
			HighMarkPoint:  opt.HighMarkPoint,
			HighMarkLine:   opt.HighMarkLine,
			HighTrendLine:  opt.HighTrendLine,
			LowMarkPoint:   opt.LowMarkPoint,
			LowMarkLine:    opt.LowMarkLine,
			LowTrendLine:   opt.LowTrendLine,
			CloseMarkPoint: opt.CloseMarkPoint,
			CloseMarkLine:  opt.CloseMarkLine,
			CloseTrendLine: opt.CloseTrendLine,
			CandleStyle:    opt.CandleStyle,
			PatternConfig:  opt.PatternConfig,
		}
		if index < len(opt.Names) {
			s.Name = opt.Names[index]
		}
		seriesList[index] = s
	}
	return seriesList
}

// ExtractOpenPrices extracts open prices from OHLC data.
func (k *CandlestickSeries) ExtractOpenPrices() []float64 {
	result := make([]float64, len(k.Data))
	for i, ohlc := range k.Data {
		if validateOHLCOpen(ohlc) {
			result[i] = ohlc.Open
		} else {
			result[i] = GetNullValue()
		}
	}
	return result
}

// ExtractClosePrices extracts close prices from OHLC data for use with indicators.
func (k *CandlestickSeries) ExtractClosePrices() []float64 {
	result := make([]float64, len(k.Data))
	for i, ohlc := range k.Data {
		if validateOHLCClose(ohlc) {
			result[i] = ohlc.Close
		} else {
			result[i] = GetNullValue()
		}
	}
	return result
}

// ExtractHighPrices extracts high prices from OHLC data.
func (k *CandlestickSeries) ExtractHighPrices() []float64 {
	result := make([]float64, len(k.Data))
	for i, ohlc := range k.Data {
		if validateOHLCHighLow(ohlc) {
			result[i] = ohlc.High
		} else {
			result[i] = GetNullValue()
		}
	}
	return result
}

// ExtractLowPrices extracts low prices from OHLC data.
func (k *CandlestickSeries) ExtractLowPrices() []float64 {
	result := make([]float64, len(k.Data))
	for i, ohlc := range k.Data {
		if validateOHLCHighLow(ohlc) {
			result[i] = ohlc.Low
		} else {
			result[i] = GetNullValue()
		}
	}
	return result
}

// AggregateCandlestick combines each group of factor consecutive candles into one, keeping
// the first open, last close, highest high, and lowest low. Invalid candles are skipped; a
// group with no valid range becomes a null candle so positions stay aligned. A factor of 1
// or less returns data unchanged.
func AggregateCandlestick(data CandlestickSeries, factor int) CandlestickSeries {
	if factor <= 1 {
		return data
	}

	aggregated := make([]OHLCData, 0, len(data.Data)/factor)
	for i := 0; i < len(data.Data); i += factor {
		end := min(i+factor, len(data.Data))

		var agg OHLCData
		var haveRange, haveOpen, haveClose bool
		for j := i; j < end; j++ {
			c := data.Data[j]
			if validateOHLCHighLow(c) {
				if !haveRange {
					agg.High, agg.Low, haveRange = c.High, c.Low, true
				} else {
					if c.High > agg.High {
						agg.High = c.High
					}
					if c.Low < agg.Low {
						agg.Low = c.Low
					}
				}
			}
			if !haveOpen && validateOHLCOpen(c) {
				agg.Open, haveOpen = c.Open, true
			}
			if validateOHLCClose(c) { // last valid close wins
				agg.Close, haveClose = c.Close, true
			}
		}

		if !haveRange { // no valid range, emit null placeholder gap
			null := GetNullValue()
			agg = OHLCData{Open: null, High: null, Low: null, Close: null}
		} else {
			if !haveOpen {
				agg.Open = GetNullValue()
			}
			if !haveClose {
				agg.Close = GetNullValue()
			}
		}
		aggregated = append(aggregated, agg)
	}

	result := data
	result.Data = aggregated
	return result
}

// ViolinSeries references a population of data for violin charts.
type ViolinSeries struct {
	// Data contains [A,B] pairs where A is the extent toward the negative direction and B toward the positive.
	Data [][2]float64
	// Stats contains sample-based summary statistics. Required for mark lines to render.
	// Populated automatically by NewViolinChartOptionWithSamples.
	Stats *PopulationSummary
	// YAxisIndex must be 0 for violin charts.
	YAxisIndex int
	// Name specifies a name for the series.
	Name string
	// MarkLine provides mark line configuration for the series. Mark lines only render when Stats is set.
	MarkLine SeriesMarkLine

	// absThemeIndex represents the series index when combined with other chart types.
	absThemeIndex *int
	// horizontal marks this series as a horizontal violin for correct type reporting.
	horizontal bool
}

func (v *ViolinSeries) getYAxisIndex() int {
	return v.YAxisIndex
}

func (v *ViolinSeries) getType() string {
	if v.horizontal {
		return ChartTypeHorizontalViolin
	}
	return ChartTypeViolin
}

func (v *ViolinSeries) getValues() []float64 {
	return expandViolinValues(len(v.Data), func(index int) (float64, float64) {
		return v.Data[index][0], v.Data[index][1]
	})
}

func isValidExtent(v float64) bool {
	return v != GetNullValue() && !math.IsNaN(v) && !math.IsInf(v, 0)
}

// sumValidValues returns the sum of values, skipping null/NaN/Inf.
func sumValidValues(values []float64) float64 {
	var total float64
	for _, v := range values {
		if isValidExtent(v) {
			total += v
		}
	}
	return total
}

func expandViolinValues(pairCount int, pairAt func(index int) (float64, float64)) []float64 {
	// 0 for spine + up to 4 values per pair when both sides are valid.
	result := make([]float64, 0, 1+pairCount*4)
	result = append(result, 0)
	for i := 0; i < pairCount; i++ {
		a, b := pairAt(i)
		if isValidExtent(a) {
			abs := math.Abs(a)
			result = append(result, -abs, abs)
		}
		if isValidExtent(b) {
			abs := math.Abs(b)
			result = append(result, -abs, abs)
		}
	}
	return result
}

// ViolinSeriesList provides the data populations for violin charts (ViolinChartOption).
type ViolinSeriesList []ViolinSeries

func (vl ViolinSeriesList) names() []string {
	return seriesNames(vl)
}

func (vl ViolinSeriesList) len() int {
	return len(vl)
}

func (vl ViolinSeriesList) getSeries(index int) series {
	return &vl[index]
}

func (vl ViolinSeriesList) getSeriesName(index int) string {
	return vl[index].Name
}

func (vl ViolinSeriesList) getSeriesValues(index int) []float64 {
	return vl[index].getValues()
}

func (vl ViolinSeriesList) getSeriesLen(index int) int {
	return len(vl[index].Data)
}

func (vl ViolinSeriesList) getSeriesSymbol(_ int) SymbolShape {
	return ""
}

func (vl ViolinSeriesList) markPointSize() int {
	return 0
}

func (vl ViolinSeriesList) labelFontSize() float64 {
	return 0 // series labels are not supported on this chart type
}

func (vl ViolinSeriesList) setSeriesName(index int, name string) {
	vl[index].Name = name
}

func (vl ViolinSeriesList) sortByNameIndex(dict map[string]int) {
	slices.SortFunc(vl, func(a, b ViolinSeries) int {
		return cmp.Compare(dict[a.Name], dict[b.Name])
	})
}

// ToGenericSeriesList encodes violin data as pairs [A0,B0,A1,B1,...] in GenericSeries Values.
func (vl ViolinSeriesList) ToGenericSeriesList() GenericSeriesList {
	result := make([]GenericSeries, len(vl))
	for i, s := range vl {
		values := make([]float64, 0, len(s.Data)*2)
		for _, pair := range s.Data {
			values = append(values, pair[0], pair[1])
		}
		result[i] = GenericSeries{
			Values:     values,
			YAxisIndex: s.YAxisIndex,
			Name:       s.Name,
			Type:       s.getType(),
			MarkLine:   s.MarkLine,
		}
	}
	return result
}

// ViolinSeriesOption provides series customization for NewSeriesListViolin.
type ViolinSeriesOption struct {
	// Names provide data names for each series.
	Names []string
	// MarkLine provides mark lines for all series.
	MarkLine SeriesMarkLine
}

// NewSeriesListViolin builds a ViolinSeriesList from [A,B] pair data per series.
func NewSeriesListViolin(values [][][2]float64, opts ...ViolinSeriesOption) ViolinSeriesList {
	var opt ViolinSeriesOption
	if len(opts) != 0 {
		opt = opts[0]
	}

	seriesList := make([]ViolinSeries, len(values))
	for index, v := range values {
		s := ViolinSeries{
			Data:     v,
			MarkLine: opt.MarkLine,
		}
		if index < len(opt.Names) {
			s.Name = opt.Names[index]
		}
		seriesList[index] = s
	}
	return seriesList
}

type PopulationSummary struct {
	// Max is the maximum value in the series.
	Max float64
	// MaxFirstIndex is the first index of the maximum value in the series. If the series is empty this value will be -1.
	MaxFirstIndex int
	// MaxIndex is the index of the maximum value in the series. If the series is empty this value will be -1.
	MaxIndex int
	// Min is the minimum value in the series.
	Min float64
	// MinFirstIndex is the first index of the minimum value in the series. If the series is empty this value will be -1.
	MinFirstIndex int
	// MinIndex is the index of the minimum value in the series. If the series is empty this value will be -1.
	MinIndex int
	// Average is the mean of all values in the series.
	Average float64
	// AverageIndex is the index of the value closest to the average. If the series is empty this value will be -1.
	AverageIndex int
	// Median is the middle value of the series when it is sorted in ascending order.
	Median float64
	// MedianIndex is the index of the value closest to the median. If the series is empty this value will be -1.
	MedianIndex int
	// StandardDeviation is a measure of the amount of variation or dispersion of a set of values. A low standard
	// deviation indicates that the values tend to be close to the mean of the set, while a high standard deviation
	// indicates that the values are spread out over a wider range.
	StandardDeviation float64
	// Skewness measures the asymmetry of the distribution of values in the series around the mean. If skewness is zero,
	// the data are perfectly symmetrical, although not necessarily normal. If skewness is positive, the data is skewed
	// right, meaning that the right tail is longer or fatter than the left. If skewness is negative, the data is skewed
	// left, meaning that the left tail is longer or fatter than the right.
	Skewness float64
	// Kurtosis is a measure of the "tailedness" of the probability distribution of a real-valued random variable.
	// High kurtosis in a data set is an indicator of substantial outliers. A negative kurtosis indicates a relatively flat distribution.
	Kurtosis float64
}

// summarizePopulationData returns numeric summary of the values (population statistics).
func summarizePopulationData(data []float64) PopulationSummary {
	var minFirstIndex, minIndex, maxFirstIndex, maxIndex int
	minValue, maxValue := math.MaxFloat64, -math.MaxFloat64
	var sum, sumSq, sumCu, sumQd float64
	sortedData := make([]float64, 0, len(data))
	for i, x := range data {
		if !isValidExtent(x) {
			continue
		}
		sortedData = append(sortedData, x)

		if x < minValue {
			minValue = x
			minFirstIndex = i
			minIndex = i
		} else if i > 0 && x == minValue && data[i-1] != minValue {
			minIndex = i // update the index to be the first point we returned to a minimum value
		}
		if x > maxValue {
			maxValue = x
			maxFirstIndex = i
			maxIndex = i
		} else if i > 0 && x == maxValue && data[i-1] != maxValue {
			maxIndex = i // update the index to be the first point we returned to a maximum value
		}

		sum += x
		sumSq += x * x
		sumCu += x * x * x
		sumQd += x * x * x * x
	}
	slices.Sort(sortedData) // sort non-null values for median and other computations
	ni := len(sortedData)
	if ni == 0 {
		return PopulationSummary{
			MinFirstIndex: -1,
			MinIndex:      -1,
			MaxFirstIndex: -1,
			MaxIndex:      -1,
			AverageIndex:  -1,
			MedianIndex:   -1,
		}
	}
	nf := float64(ni)

	// Compute average (mean)
	mean := sum / nf
	// Compute median
	var median float64
	mid := ni / 2
	if ni%2 == 0 {
		median = (sortedData[mid-1] + sortedData[mid]) / 2.0
	} else {
		median = sortedData[mid]
	}

	// locate the data points closest to the average and median
	averageIndex, medianIndex := -1, -1
	var averageDelta, medianDelta float64
	for i, x := range data {
		if !isValidExtent(x) {
			continue
		}
		if d := math.Abs(x - mean); averageIndex < 0 || d < averageDelta {
			averageIndex = i
			averageDelta = d
		}
		if d := math.Abs(x - median); medianIndex < 0 || d < medianDelta {
			medianIndex = i
			medianDelta = d
		}
	}

	// Compute population variance = E[X^2] - (E[X])^2
	variance := sumSq/nf - mean*mean
	stdDev := math.Sqrt(variance)
	// Compute population skewness:
	// thirdCentral = Σ x^3 - 3μΣ x^2 + 3μ^2Σ x - nμ^3
	// skewness = thirdCentral / (n * σ^3)
	var skewness float64
	if stdDev != 0 { // zero stdDev will result in a divide by zero
		thirdCentral := sumCu - 3*mean*sumSq + 3*mean*mean*sum - nf*mean*mean*mean
		skewness = thirdCentral / (nf * stdDev * stdDev * stdDev)
	}

	// Compute population excess kurtosis:
	// fourthCentral = Σ x^4
	//                 - 4μΣ x^3
	//                 + 6μ^2Σ x^2
	//                 - 4μ^3Σ x
	//                 + nμ^4
	// kurtosis = (fourthCentral / (n * σ^4))
	// We don't subtract 3 (excess kurtosis) in our implementation.
	var kurtosis float64
	if variance != 0 {
		fourthCentral := sumQd -
			4*mean*sumCu +
			6*mean*mean*sumSq -
			4*mean*mean*mean*sum +
			nf*mean*mean*mean*mean

		kurtosis = fourthCentral / (nf * variance * variance)
	} // else, all points might be the same => kurtosis is undefined

	return PopulationSummary{
		Max:               maxValue,
		MaxFirstIndex:     maxFirstIndex,
		MaxIndex:          maxIndex,
		Min:               minValue,
		MinFirstIndex:     minFirstIndex,
		MinIndex:          minIndex,
		Average:           mean,
		AverageIndex:      averageIndex,
		Median:            median,
		MedianIndex:       medianIndex,
		StandardDeviation: stdDev,
		Skewness:          skewness,
		Kurtosis:          kurtosis,
	}
}

// seriesNames returns the names of series list.
func seriesNames(sl seriesList) []string {
	names := make([]string, sl.len())
	for index := range names {
		names[index] = sl.getSeriesName(index)
	}
	return names
}

func sumSeries(sl seriesList) []float64 {
	sumValues := make([]float64, sl.len())
	for i := range sumValues {
		sumValues[i] = sumValidValues(sl.getSeriesValues(i))
	}
	return sumValues
}

func sumSeriesData(sl seriesList, yaxisIndex int) []float64 {
	seriesLen := sl.len()
	// check for fast path result
	switch seriesLen {
	case 0:
		return make([]float64, 0)
	case 1:
		s := sl.getSeries(0)
		if yaxisIndex < 0 || s.getYAxisIndex() == yaxisIndex {
			return s.getValues() // single series needs no summing
		}
	}

	sumValues := make([]float64, getSeriesMaxDataCount(sl))
	for i1 := 0; i1 < seriesLen; i1++ {
		s := sl.getSeries(i1)
		if yaxisIndex > -1 && s.getYAxisIndex() != yaxisIndex {
			continue
		}
		for i2, f := range s.getValues() {
			if isValidExtent(f) {
				sumValues[i2] += f
			}
		}
	}
	return sumValues
}

func getSeriesMaxDataCount(sl seriesList) (result int) {
	for i := 0; i < sl.len(); i++ {
		count := sl.getSeriesLen(i)
		if count > result {
			result = count
		}
	}
	return
}

func allSeriesMatchType(sl seriesList, chartType string) bool {
	if sl == nil || sl.len() == 0 {
		return false
	}
	for i := 0; i < sl.len(); i++ {
		if !chartTypeMatch(chartType, sl.getSeries(i).getType()) {
			return false
		}
	}
	return true
}
