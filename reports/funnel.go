package reports

import (
	"fmt"
	"math"

	gc "github.com/go-analyze/charts"

	"fwaeval/reports/model"
)

// Funnel plots (README, "What a verdict means"): for each judged indicator,
// every unit on FWA's estimate E against its precision 1/SE, with the 95 %
// and 99.8 % limits (±1.96 and ±3.09 standard errors) as curves that narrow
// as precision grows — why a small unit's big swing is not flagged and a
// large unit's steady decline is.

// funnelPoint is one unit of a funnel: precision x, value y.
type funnelPoint struct {
	x, y         float64
	name, status string
}

// funnel is one judged indicator's plot, in the values a reader sees:
// points (capaian), percentage points (follow-up) or a rate ratio
// (complaints, 1 = as the controls' trend predicts).
type funnel struct {
	ind                 string
	points              []funnelPoint
	xMax, yMin, yMax    float64
	yLabels             int
	centre              float64
	limit               func(z, x float64) float64 // the limit curve at z standard errors, precision x
	title, xName, yName string
}

// funnels builds the three funnels from the units' judged indicators;
// suppressed units and units with too little data are left out.
func funnelsOf(m *Model) []funnel {
	t := func(key string) string { return textOf(m.Lang, key) }
	var out []funnel
	for k, ind := range model.JudgedIndicators {
		f := funnel{ind: ind, xName: t("axis_precision"), title: t("funnel_" + ind), yName: t("funnel_axis_" + ind)}
		switch ind {
		case model.JudgedAduan:
			f.centre = 1
			f.limit = func(z, x float64) float64 { return math.Exp(z / x) }
		case model.JudgedTindak:
			f.limit = func(z, x float64) float64 { return 100 * z / x }
		default:
			f.limit = func(z, x float64) float64 { return z / x }
		}
		for _, u := range m.Units {
			if u.Suppressed || len(u.Judged) <= k || math.IsNaN(u.Judged[k].Z) || !(u.Judged[k].SE > 0) {
				continue
			}
			j := u.Judged[k]
			y := j.E
			switch ind {
			case model.JudgedAduan:
				y = math.Exp(j.E)
			case model.JudgedTindak:
				y = 100 * j.E
			}
			f.points = append(f.points, funnelPoint{x: 1 / j.SE, y: y, name: u.Name, status: u.Status})
		}
		f.bounds()
		out = append(out, f)
	}
	return out
}

// bounds sets the axes: x from 0 past the most precise unit, y around
// the points, the centre and the 95 % limits at the most precise unit.
func (f *funnel) bounds() {
	f.yMin, f.yMax = f.centre, f.centre
	for _, p := range f.points {
		f.xMax = math.Max(f.xMax, p.x)
		f.yMin, f.yMax = math.Min(f.yMin, p.y), math.Max(f.yMax, p.y)
	}
	if f.xMax == 0 {
		f.xMax = 1
	}
	f.xMax *= 1.1
	f.yMin = math.Min(f.yMin, f.limit(-model.Limit998, f.xMax))
	f.yMax = math.Max(f.yMax, f.limit(model.Limit998, f.xMax))
	pad := (f.yMax - f.yMin) * 0.08
	if f.ind == model.JudgedAduan {
		f.yMin = math.Max(0, f.yMin-pad)
	} else {
		f.yMin -= pad
	}
	f.yMax += pad
	// round steps on both axes: x from 0 in tenths of a round maximum, y
	// on niceAxis's steps
	f.xMax = roundUp(f.xMax)
	lo, hi, n := niceAxis([][]float64{{f.yMin, f.yMax}})
	f.yMin, f.yMax, f.yLabels = *lo, *hi, n
	if f.ind == model.JudgedAduan {
		f.yMin = math.Max(0, f.yMin)
	}
}

// roundUp is the smallest round number at least v whose tenths are
// round too: 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten.
func roundUp(v float64) float64 {
	pow := math.Pow(10, math.Floor(math.Log10(v)))
	for _, f := range []float64{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8} {
		if f*pow >= v {
			return f * pow
		}
	}
	return 10 * pow
}

// curve is a limit at z standard errors sampled at n precisions from
// just above 0 to xMax, clipped to the y range (NaN outside it).
func (f *funnel) curve(z float64, n int) (xs, ys []float64) {
	for i := 1; i <= n; i++ {
		x := f.xMax * float64(i) / float64(n)
		y := f.limit(z, x)
		if y < f.yMin || y > f.yMax {
			y = math.NaN()
		}
		xs, ys = append(xs, x), append(ys, y)
	}
	return xs, ys
}

// funnelCharts are the three funnels as ECharts options: the limits as
// dashed (95 %) and dotted (99.8 %) curves, the units by status with
// their names in the tooltip, paused and reviewed units labelled (labels
// that would overlap hidden).
func funnelCharts(m *Model) []chart {
	t := func(key string) string { return textOf(m.Lang, key) }
	var out []chart
	for _, f := range funnelsOf(m) {
		var series []any
		for _, l := range []struct {
			z     float64
			name  string
			style string
		}{{model.Limit95, t("limit_95"), "dashed"}, {-model.Limit95, t("limit_95"), "dashed"}, {model.Limit998, t("limit_998"), "dotted"}, {-model.Limit998, t("limit_998"), "dotted"}} {
			xs, ys := f.curve(l.z, 60)
			data := make([][]any, len(xs))
			for i := range xs {
				data[i] = []any{point(xs[i]), point(ys[i])}
			}
			series = append(series, map[string]any{"type": "line", "name": l.name, "data": data, "showSymbol": false, "silent": true,
				"lineStyle": map[string]any{"type": l.style, "color": "#57606a", "width": 1}, "itemStyle": map[string]any{"color": "#57606a"},
				"tooltip": map[string]any{"show": false}})
		}
		byStatus := map[string][]scatterPoint{}
		for _, p := range f.points {
			byStatus[p.status] = append(byStatus[p.status], scatterPoint{name: p.name, x: p.x, y: p.y})
		}
		placeLabels(byStatus, f.xMax, f.yMin, f.yMax)
		for _, st := range statusOrder {
			if pts := byStatus[st]; len(pts) > 0 {
				series = append(series, scatterSeries(m.Lang.StatusName(st), st, pts, f.xMax))
			}
		}
		id := "chart-funnel-" + f.ind
		opt := map[string]any{
			"title":     map[string]any{"text": f.title},
			"animation": false,
			"tooltip":   map[string]any{"trigger": "item"},
			"legend":    map[string]any{"top": "bottom"},
			"xAxis":     map[string]any{"type": "value", "name": f.xName, "nameLocation": "middle", "nameGap": 28, "min": 0, "max": point(f.xMax)},
			"yAxis":     map[string]any{"type": "value", "name": f.yName, "min": point(f.yMin), "max": point(f.yMax)},
			"series":    series,
		}
		out = append(out, chart{ID: id, Title: f.title, Option: optionJSON(opt)})
	}
	return out
}

// funnelBinned is one funnel for the PDF: the limits as grey dots, the
// units by status, the paused and reviewed units numbered.
func funnelBinned(m *Model, f funnel) binned {
	b := binned{xTitle: f.xName, yTitle: f.yName, points: map[string][]binPoint{}, yMin: gc.Ptr(f.yMin), yMax: gc.Ptr(f.yMax),
		yLabels: f.yLabels}
	at := func(x float64) int { return int(math.Round(math.Min(x/f.xMax, 1) * (bins - 1))) }
	for i := range b.xLabels {
		b.xLabels[i] = m.Lang.Number(f.xMax*float64(i)/(bins-1), decimalsOf(f.xMax/10))
	}
	for _, l := range []struct {
		z     float64
		color gc.Color
	}{{model.Limit95, gc.ColorFromHex("#57606a")}, {-model.Limit95, gc.ColorFromHex("#57606a")}, {model.Limit998, gc.ColorFromHex("#afb8c1")}, {-model.Limit998, gc.ColorFromHex("#afb8c1")}} {
		xs, ys := f.curve(l.z, bins-1)
		s := binSeries{color: l.color}
		for i := range xs {
			if !math.IsNaN(ys[i]) {
				s.pts = append(s.pts, binPoint{x: at(xs[i]), v: ys[i]})
			}
		}
		b.extra = append(b.extra, s)
	}
	for _, p := range f.points {
		b.points[p.status] = append(b.points[p.status], binPoint{x: at(p.x), v: p.y, name: p.name})
	}
	return b
}

// decimalsOf is how many decimals a step needs: 0 for 5, 1 for 2.5, 2
// for 0.05.
func decimalsOf(step float64) int {
	for d := 0; d < 6; d++ {
		v := step * math.Pow(10, float64(d))
		if math.Abs(v-math.Round(v)) < 1e-9*math.Max(1, v) {
			return d
		}
	}
	return 6
}

// judgedValue formats an estimate in the reader's units: "−12,3 poin",
// "−25,0 poin %" or "2,6 ×".
func judgedValue(l Lang, ind string, e float64) string {
	switch ind {
	case model.JudgedAduan:
		return l.Number(math.Exp(e), 2) + " ×"
	case model.JudgedTindak:
		return signed(l, 100*e, 1) + " " + textOf(l, "unit_pp")
	}
	return signed(l, e, 1) + " " + textOf(l, "unit_points")
}

// judgedInterval is the 95 % interval of an estimate in the same units.
func judgedInterval(l Lang, ind string, e, se float64) string {
	lo, hi := e-model.Limit95*se, e+model.Limit95*se
	switch ind {
	case model.JudgedAduan:
		return l.Number(math.Exp(lo), 2) + " – " + l.Number(math.Exp(hi), 2) + " ×"
	case model.JudgedTindak:
		return signed(l, 100*lo, 1) + " – " + signed(l, 100*hi, 1) + " " + textOf(l, "unit_pp")
	}
	return signed(l, lo, 1) + " – " + signed(l, hi, 1) + " " + textOf(l, "unit_points")
}

// judgedRows are a unit's judged indicators as table cells: indicator,
// estimate, 95 % interval, z — or "too little data to judge".
func judgedRows(l Lang, u UnitFlag) [][4]string {
	var out [][4]string
	for _, j := range u.Judged {
		name := textOf(l, "judged_"+j.Indicator)
		if math.IsNaN(j.Z) {
			out = append(out, [4]string{name, textOf(l, "too_little"), "", ""})
			continue
		}
		out = append(out, [4]string{name, judgedValue(l, j.Indicator, j.E), judgedInterval(l, j.Indicator, j.E, j.SE), l.Number(j.Z, 2)})
	}
	return out
}

// placeboRows are the placebo check as table cells: indicator, control
// units judged, crossings of the 97.5 % and 99.9 % limits against what
// chance gives, and whether that is within chance.
func placeboRows(l Lang, ps []Placebo) [][5]string {
	var out [][5]string
	for _, p := range ps {
		verdict := textOf(l, "placebo_ok")
		if !withinChance(p.Judged, p.Beyond975, 0.025) || !withinChance(p.Judged, p.Beyond999, 0.001) {
			verdict = textOf(l, "placebo_more")
			if p.Beyond975 < int(0.025*float64(p.Judged)) {
				verdict = textOf(l, "placebo_fewer")
			}
		}
		if p.Judged == 0 {
			verdict = textOf(l, "placebo_none")
		}
		out = append(out, [5]string{textOf(l, "judged_"+p.Indicator), l.Number(float64(p.Judged), 0),
			fmt.Sprintf("%d (%s)", p.Beyond975, l.Number(0.025*float64(p.Judged), 1)),
			fmt.Sprintf("%d (%s)", p.Beyond999, l.Number(0.001*float64(p.Judged), 1)), verdict})
	}
	return out
}

// withinChance reports whether k of n lies within the central 99 % of a
// Binomial(n, p): no more and no fewer than chance plausibly gives.
func withinChance(n, k int, p float64) bool {
	if n == 0 {
		return true
	}
	below, at := 0.0, 0.0 // P(X < k), P(X = k)
	for i := 0; i <= k && i <= n; i++ {
		lg, _ := math.Lgamma(float64(n + 1))
		a, _ := math.Lgamma(float64(i + 1))
		b, _ := math.Lgamma(float64(n - i + 1))
		pr := math.Exp(lg - a - b + float64(i)*math.Log(p) + float64(n-i)*math.Log1p(-p))
		if i < k {
			below += pr
		} else {
			at = pr
		}
	}
	return below+at >= 0.005 && 1-below >= 0.005
}
