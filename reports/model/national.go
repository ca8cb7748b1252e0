package model

import "time"

// National is everything the national rollup report shows (README, "National
// rollup"), built by the pipeline from the packages. A NaN float is a NULL.
type National struct {
	Lang      Lang
	Month     time.Time
	AsOf      time.Time // the latest as-of of the packages
	Generated time.Time // set by the caller; fixed for reproducible bytes

	Coverage     Coverage
	StatusCounts map[string]int
	Tiles        Tiles
	ByJenis      []StatusGroup // kementerian, lembaga, provinsi, kabupaten, kota
	ByProvince   []StatusGroup
	Ranking      []InstansiShare // by share of FWA units paused or reviewed
	Trend        NationalTrend
	Paused       []PausedUnit
}

// Coverage is who sent a package and under which policy.
type Coverage struct {
	Received    int
	Expected    int // 0: no list of expected instansi was given
	Missing     []NamedID
	Unexpected  []NamedID
	Duplicates  []string     // "path = other path": identical copies loaded once
	OtherPolicy []PolicyNote // packages evaluated with another policy than the built-in one
}

// NamedID is an instansi's id and name.
type NamedID struct{ ID, Name string }

// PolicyNote is an instansi whose package was evaluated with a policy
// other than the built-in one.
type PolicyNote struct {
	InstansiID, Instansi, SHA256 string
}

// StatusGroup is units per status in one jenis or province.
type StatusGroup struct {
	Name   string
	Units  int
	Counts map[string]int
}

// InstansiShare is one instansi's share of FWA units paused or reviewed.
type InstansiShare struct {
	ID, Name, Jenis, Provinsi string
	Units, FWAUnits           int
	Paused, Review            int
	Share                     float64 // (paused + review) / FWA units; NaN without FWA units
}

// NationalTrend is the 12 months ending in M, oldest first.
type NationalTrend struct {
	Months                  []time.Time
	CapaianFWA, CapaianCtrl []float64
	TindakFWA, TindakCtrl   []float64
	Savings                 []float64
}

// PausedUnit is a unit recommended for pause, with its evidence (empty
// when suppressed).
type PausedUnit struct {
	InstansiID, Instansi, UnitID, Unit string
	Evidence                           string
	Suppressed                         bool
}
