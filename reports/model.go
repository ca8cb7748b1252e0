package reports

import "fwaeval/reports/model"

// The renderers lay out the plain types of reports/model (what the
// pipeline fills); these short names are those types, not copies.
type (
	Model         = model.Model
	National      = model.National
	Lang          = model.Lang
	Summary       = model.Summary
	Tiles         = model.Tiles
	Threshold     = model.Threshold
	ThresholdUnit = model.ThresholdUnit
	UnitFlag      = model.UnitFlag
	Judged        = model.Judged
	Trends        = model.Trends
	UnitTrend     = model.UnitTrend
	UnitSeries    = model.UnitSeries
	Named         = model.Named
	InstansiRow   = model.InstansiRow
	Quality       = model.Quality
	Placebo       = model.Placebo
	SourceRows    = model.SourceRows
	RejectReason  = model.RejectReason
	Coverage      = model.Coverage
	NamedID       = model.NamedID
	PolicyNote    = model.PolicyNote
	StatusGroup   = model.StatusGroup
	InstansiShare = model.InstansiShare
	NationalTrend = model.NationalTrend
	PausedUnit    = model.PausedUnit
)

// statusOrder is every status, most severe first, then TIDAK_BERLAKU.
var statusOrder = model.AllStatuses()
