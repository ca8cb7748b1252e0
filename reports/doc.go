// Package reports renders fwaeval's reports. Renderers are pure: a report
// model (plain Go values built by the pipeline) goes in, bytes come out;
// this package never reads the warehouse. This file set holds what every
// renderer shares: the embedded ECharts library and the Indonesian and
// English number and month formats.
package reports
