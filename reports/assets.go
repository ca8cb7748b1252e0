package reports

import _ "embed"

// EChartsJS is ECharts 5 (npm package `echarts`, version pinned in
// package-lock.json), committed here with its licence (LICENSE-echarts, NOTICE-echarts;
// `make test` checks it against the lockfile) and inlined into
// report.html so the page works opened from disk with no network.
//
//go:embed assets/echarts.min.js
var EChartsJS []byte
