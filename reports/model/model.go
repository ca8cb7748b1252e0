// Package model holds the plain types both reports are made of, and the
// words every layer shares (statuses, their colours, months, numbers in
// id and en). pipeline fills them; reports renders them. No side effects.
package model

import (
	"math"
	"time"
)

// Model is everything a report shows (README, "Outputs"), as plain values. The
// pipeline builds it from the warehouse; renderers only lay it out. A NaN
// float is a NULL; Suppressed units (fewer than 5 roster employees) carry
// no indicator values and no evidence numbers.
type Model struct {
	Lang      Lang
	Month     time.Time
	Instansi  []string  // names of the instansi covered
	AsOf      time.Time // the latest timestamp in the complaint data
	Generated time.Time // set by the caller; fixed for reproducible bytes

	Summary   Summary
	Attention []UnitFlag // HENTIKAN_SEMENTARA and TINJAU_ULANG units, most severe first
	Units     []UnitFlag // every unit, for the sortable table
	Trends    Trends
	Savings   []Named // savings per instansi, rupiah
	PerInst   []InstansiRow
	Quality   Quality
	Method    []Threshold // the policy in force
}

// Threshold is one threshold of the policy in force, in the unit the
// evidence speaks in.
type Threshold struct {
	Name  string
	Value float64
	Unit  ThresholdUnit
}

// ThresholdUnit says how a threshold reads: 0,80 as "80 %", 2 as "2
// bulan".
type ThresholdUnit int

const (
	UnitPercent ThresholdUnit = iota // a share or relative change: 0.8 → 80 %
	UnitPoints                       // a change of a rate: -0.1 → -10 percentage points
	UnitMonths                       // 2 → 2 bulan / 2 months
	UnitCount                        // 10 → 10
	UnitScore                        // a z-score or correlation: -1.96 → -1,96
)

// Summary is the executive summary's tiles.
type Summary struct {
	StatusCounts map[string]int
	Tiles
}

// Tiles are the month's headline figures, computed one way in the
// instansi report and the national one (which has only the packages):
// over the units the reports show (5 employees or more), means of unit
// values, each unit counting once.
type Tiles struct {
	CapaianChangeFWA  float64 // mean capaian_kinerja_change of FWA units with a DiD
	CapaianChangeCtrl float64 // mean change of their control sets: change − DiD
	TindakFWA         float64 // mean tindak_lanjut_tepat_waktu of FWA units
	TindakCtrl        float64 // mean tindak_lanjut_tepat_waktu of control units
	SavingsRupiah     float64 // Σ penghematan_rupiah
}

// UnitFlag is one unit's status with what the report may show of it.
type UnitFlag struct {
	UnitID, Name, InstansiID, Instansi string
	Status, Rules                      string
	Evidence                           string // empty when suppressed
	Employees                          int
	Suppressed                         bool
	Capaian, CapaianDidRel             float64
	Porsi, Tindak, Cakupan             float64
	// Judged holds the three judged indicators in docs/indicators.md's order
	// (capaian, follow-up, complaints); empty for units not on FWA or
	// suppressed.
	Judged []Judged
}

// Judged indicators (docs/indicators.md, "Is the change more than chance?").
const (
	JudgedCapaian = "capaian_kinerja"
	JudgedTindak  = "tindak_lanjut_tepat_waktu"
	JudgedAduan   = "aduan_per_100_pegawai"
)

// JudgedIndicators lists them in docs/indicators.md's order.
var JudgedIndicators = []string{JudgedCapaian, JudgedTindak, JudgedAduan}

// Judged is one judged indicator of a unit: the estimate E of the
// policy's effect (capaian: points; follow-up: a fraction; complaints:
// the log of the rate ratio), its standard error and z = E / SE. NaN:
// too little data to judge.
type Judged struct {
	Indicator string
	E, SE, Z  float64
}

// Trends are monthly series, oldest first, up to 12 months ending in M.
type Trends struct {
	Months                  []time.Time
	CapaianFWA, CapaianCtrl []float64
	TindakFWA, TindakCtrl   []float64
	PerUnit                 map[string]UnitTrend // paused or reviewed units only
}

// UnitTrend is one unit's monthly series for its detail section.
type UnitTrend struct {
	FWAStart time.Time // the unit's FWA start (zero when unknown)
	// Series are the indicators its rules judge, in rule order.
	Series []UnitSeries
}

// UnitSeries is one indicator of a flagged unit over the trend's months
// (an indicators.csv column: rates as fractions), and the mean of the
// same instansi's units not on FWA that month (NaN where there is none).
type UnitSeries struct {
	Indicator     string
	Unit, Control []float64
}

// Named is a labelled number.
type Named struct {
	Name  string
	Value float64
}

// InstansiRow is one row of the per-instansi table.
type InstansiRow struct {
	ID, Name     string
	Units        int
	FWAUnits     int
	Employees    int
	StatusCounts map[string]int
	Savings      float64
}

// Quality is the data-quality section.
type Quality struct {
	Sources    []SourceRows
	TopRejects []RejectReason
	// Empty lists the sources a month may lack (aduan, belanja) that
	// hold no row of it.
	Empty    []string
	Coverage float64 // mean cakupan_presensi of units with a value
	LowCover int     // units below the policy's coverage threshold
	Placebo  []Placebo
	// UnitRejects are the units' rejected rows in the months the verdict
	// reads, then those whose month could not be read; most recent month
	// first, most rows first.
	UnitRejects []UnitRejects
	// Untraced are rejected rows the verdicts cannot account for: traced
	// to no unit, above the policy's reject limit in a month the verdict
	// reads, or of a fact source and no readable month.
	Untraced []Untraced
}

// UnitRejects is one unit's rejected rows of one source in one month
// (zero: its month could not be read, or a reference source's rows),
// against its rows of that source and month (Read = loaded + rejected),
// with the commonest reason. Suppressed units' counts are not shown.
type UnitRejects struct {
	UnitID, Name   string
	Source         string
	Month          time.Time
	Rejected, Read int64
	Code, Column   string
	Suppressed     bool
}

// Untraced are rejected rows of a source that no unit could be traced to
// in Month, against the source's rows of that month (Read); or, Month
// zero, rejected rows whose month could not be read (Read 0).
type Untraced struct {
	Source         string
	Month          time.Time
	Rejected, Read int64
}

// Placebo is the placebo check of one judged indicator (docs/indicators.md):
// the control units judged as if they were on FWA, and how many of them cross
// the one-sided 97.5 % and 99.9 % limits in the direction the rules act on (a
// fall of capaian or follow-up, a rise of complaints); chance alone gives
// 2.5 % and 0.1 % of them.
type Placebo struct {
	Indicator            string
	Judged               int
	Beyond975, Beyond999 int
}

// SourceRows are one source's rows read, loaded and rejected.
type SourceRows struct {
	Source                 string
	Read, Loaded, Rejected int64
}

// RejectReason is a count of rejects of one kind.
type RejectReason struct {
	Source, Column, Code string
	Count                int64
}

// Limit95 and Limit998 are the z of the two-sided 95 % and 99.8 % intervals
// (README, "What a verdict means"): the funnels' limits, every 95 % interval,
// and the placebo check's one-sided 97.5 % and 99.9 % limits.
const (
	Limit95  = 1.96
	Limit998 = 3.09
)

// MinReportEmployees is the smallest roster whose indicators a report may
// show; smaller units are shown as suppressed (their flags still apply).
const MinReportEmployees = 5

// NaNs is n NULLs: a series no month of which has a value yet.
func NaNs(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = math.NaN()
	}
	return out
}
