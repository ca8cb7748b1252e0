package rollup

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"time"

	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/paket"
	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
	"fwaeval/reports/model"
)

// OpenRollup opens (creating if needed) the rollup warehouse at file (README,
// "National rollup"), applying its migrations. It returns an error wrapping
// ErrBusy when another process holds the file.
func OpenRollup(ctx context.Context, file string, s warehouse.Settings) (*warehouse.Warehouse, error) {
	return warehouse.OpenSchema(ctx, file, s, queries.RollupSchema, "rollup_schema/*.sql")
}

// paketRow is a package as the paket table stores it.
type paketRow struct {
	InstansiID    string `json:"instansi_id"`
	NamaInstansi  string `json:"nama_instansi"`
	JenisInstansi string `json:"jenis_instansi"`
	Provinsi      string `json:"provinsi"`
	Path          string `json:"path"`
	SHA256        string `json:"sha256"`
	PolicySHA256  string `json:"policy_sha256"`
	PolicyBuiltin bool   `json:"policy_builtin"`
	Fwaeval       string `json:"fwaeval"`
	AsOf          string `json:"as_of"`
}

// LoadRollup replaces the set's month in the rollup warehouse with the
// set's packages, read from their verified copies. Inside a Batch it
// joins the batch's transaction.
func LoadRollup(ctx context.Context, w *warehouse.Warehouse, set *RollupSet) error {
	var rows []paketRow
	for _, p := range set.Pakets {
		m := p.Manifest
		rows = append(rows, paketRow{m.InstansiID, m.NamaInstansi, m.JenisInstansi, m.Provinsi, p.Path, p.SHA256,
			m.PolicySHA256, m.PolicyBuiltin, m.Fwaeval, m.AsOf})
	}
	list, err := json.Marshal(rows)
	if err != nil {
		return err
	}
	err = w.InTx(ctx, func(tx warehouse.DBTX) error {
		for _, name := range []string{"HapusPaket", "HapusUnit", "HapusStatus", "HapusIndikator"} {
			if _, err := tx.ExecContext(ctx, queries.Statement(queries.Rollup, name, nil), set.Month); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Rollup, "MuatPaket", nil), set.Month, string(list)); err != nil {
			return fmt.Errorf("store packages: %w", err)
		}
		for _, s := range []struct{ stmt, file string }{
			{"MuatUnit", "unit.parquet"}, {"MuatStatus", "status.parquet"}, {"MuatIndikator", "indikator.parquet"}} {
			if _, err := tx.ExecContext(ctx, queries.Statement(queries.Rollup, s.stmt, nil), set.Month, set.copiesOf(s.file)); err != nil {
				return fmt.Errorf("load %s: %w", s.file, err)
			}
		}
		_, err := tx.ExecContext(ctx, queries.Statement(queries.Rollup, "UnitBulan", nil), set.Month)
		return err
	})
	if err != nil {
		return fmt.Errorf("load packages of %s: %w", set.Month.Format("2006-01"), err)
	}
	return nil
}

// NasionalCSV writes nasional.csv, one row per instansi of the month
// loaded by LoadRollup, into o.
func NasionalCSV(ctx context.Context, w *warehouse.Warehouse, month time.Time, o *outputs.Folder) (string, error) {
	path, err := outputs.WriteQueryCSV(ctx, w.Conn(), o, "nasional.csv", queries.Statement(queries.Rollup, "Nasional", nil), month)
	if err != nil {
		return "", fmt.Errorf("write nasional.csv: %w", err)
	}
	return path, nil
}

// NationalModel reads the national report's model of the month loaded by
// LoadRollup.
func NationalModel(ctx context.Context, w *warehouse.Warehouse, set *RollupSet, lang string) (*model.National, error) {
	n := &model.National{Lang: model.Lang(lang), Month: set.Month, StatusCounts: map[string]int{}}
	n.Coverage = coverageOf(set)
	for _, p := range set.Pakets {
		if t, err := time.Parse(time.RFC3339, p.Manifest.AsOf); err == nil && t.After(n.AsOf) {
			n.AsOf = t
		}
	}
	c := w.Conn()
	for _, step := range []func(context.Context, *sql.Conn, *model.National) error{readTiles, readGroups, readRanking, readPaused} {
		if err := step(ctx, c, n); err != nil {
			return nil, err
		}
	}
	if err := readNationalTrend(ctx, c, n); err != nil {
		return nil, err
	}
	return n, nil
}

func coverageOf(set *RollupSet) model.Coverage {
	cv := model.Coverage{Received: len(set.Pakets), Expected: len(set.Expected)}
	for _, m := range set.Missing {
		cv.Missing = append(cv.Missing, model.NamedID{ID: m.ID, Name: m.Name})
	}
	for _, m := range set.Unexpected {
		cv.Unexpected = append(cv.Unexpected, model.NamedID{ID: m.ID, Name: m.Name})
	}
	for _, d := range set.Duplicates {
		cv.Duplicates = append(cv.Duplicates, d.Path+" = "+d.SameAs)
	}
	for _, p := range set.Pakets {
		if !p.Manifest.PolicyBuiltin {
			cv.OtherPolicy = append(cv.OtherPolicy, model.PolicyNote{InstansiID: p.Manifest.InstansiID,
				Instansi: p.Manifest.NamaInstansi, SHA256: p.Manifest.PolicySHA256})
		}
	}
	return cv
}

func readTiles(ctx context.Context, c *sql.Conn, n *model.National) error {
	var v [5]sql.NullFloat64
	if err := c.QueryRowContext(ctx, queries.Statement(queries.Rollup, "Ubin", nil)).Scan(&v[0], &v[1], &v[2], &v[3], &v[4]); err != nil {
		return fmt.Errorf("national tiles: %w", err)
	}
	t := &n.Tiles
	t.CapaianChangeFWA, t.CapaianChangeCtrl, t.TindakFWA, t.TindakCtrl, t.SavingsRupiah = warehouse.NaNOr(v[0]), warehouse.NaNOr(v[1]), warehouse.NaNOr(v[2]), warehouse.NaNOr(v[3]), warehouse.NaNOr(v[4])
	return nil
}

// readGroups reads units per status nationally, per jenis and per
// province.
func readGroups(ctx context.Context, c *sql.Conn, n *model.National) error {
	for _, by := range []string{"jenis_instansi", "provinsi"} {
		rows, err := c.QueryContext(ctx, queries.Statement(queries.Rollup, "StatusPer", map[string]string{"by": by}))
		if err != nil {
			return fmt.Errorf("status per %s: %w", by, err)
		}
		var groups []model.StatusGroup
		for rows.Next() {
			var name sql.NullString
			var status string
			var k int
			if err := rows.Scan(&name, &status, &k); err != nil {
				rows.Close()
				return fmt.Errorf("status per %s: %w", by, err)
			}
			if len(groups) == 0 || groups[len(groups)-1].Name != name.String {
				groups = append(groups, model.StatusGroup{Name: name.String, Counts: map[string]int{}})
			}
			g := &groups[len(groups)-1]
			g.Counts[status] += k
			g.Units += k
			if by == "jenis_instansi" {
				n.StatusCounts[status] += k
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("status per %s: %w", by, err)
		}
		if by == "jenis_instansi" {
			n.ByJenis = orderJenis(groups)
		} else {
			n.ByProvince = groups
		}
	}
	return nil
}

// jenisOrder is docs/input.md's order of jenis_instansi.
var jenisOrder = []string{"KEMENTERIAN", "LEMBAGA", "PROVINSI", "KABUPATEN", "KOTA"}

func orderJenis(gs []model.StatusGroup) []model.StatusGroup {
	rank := func(s string) int {
		for i, j := range jenisOrder {
			if strings.EqualFold(j, s) {
				return i
			}
		}
		return len(jenisOrder)
	}
	sort.SliceStable(gs, func(i, j int) bool { return rank(gs[i].Name) < rank(gs[j].Name) })
	return gs
}

// readRanking ranks the instansi by the share of their FWA units paused
// or under review; ties by the number of such units, then by name.
func readRanking(ctx context.Context, c *sql.Conn, n *model.National) error {
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Rollup, "Nasional", nil), n.Month)
	if err != nil {
		return fmt.Errorf("instansi ranking: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r model.InstansiShare
		var roster int64
		var dk, pantau, lanjut, tb int
		var hemat, did, tl sql.NullFloat64
		if err := rows.Scan(&r.ID, &r.Name, &r.Jenis, &r.Provinsi, &r.Units, &r.Paused, &r.Review, &dk, &pantau, &lanjut, &tb,
			&r.FWAUnits, &roster, &hemat, &did, &tl); err != nil {
			return fmt.Errorf("instansi ranking: %w", err)
		}
		r.Share = math.NaN()
		if r.FWAUnits > 0 {
			r.Share = float64(r.Paused+r.Review) / float64(r.FWAUnits)
		}
		n.Ranking = append(n.Ranking, r)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("instansi ranking: %w", err)
	}
	sort.SliceStable(n.Ranking, func(i, j int) bool {
		a, b := n.Ranking[i], n.Ranking[j]
		if math.IsNaN(a.Share) != math.IsNaN(b.Share) {
			return !math.IsNaN(a.Share)
		}
		if a.Share != b.Share && !math.IsNaN(a.Share) {
			return a.Share > b.Share
		}
		if a.Paused+a.Review != b.Paused+b.Review {
			return a.Paused+a.Review > b.Paused+b.Review
		}
		return a.Name < b.Name || a.Name == b.Name && a.ID < b.ID
	})
	return nil
}

func readPaused(ctx context.Context, c *sql.Conn, n *model.National) error {
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Rollup, "Paused", nil))
	if err != nil {
		return fmt.Errorf("paused units: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var u model.PausedUnit
		var roster int64
		if err := rows.Scan(&u.InstansiID, &u.Instansi, &u.UnitID, &u.Unit, &u.Evidence, &roster); err != nil {
			return fmt.Errorf("paused units: %w", err)
		}
		if roster < model.MinReportEmployees {
			u.Suppressed, u.Evidence = true, ""
		}
		n.Paused = append(n.Paused, u)
	}
	return rows.Err()
}

// readNationalTrend reads the 12 months ending in M; a month no package
// holds is NULL.
func readNationalTrend(ctx context.Context, c *sql.Conn, n *model.National) error {
	t := &n.Trend
	at := map[time.Time]int{}
	for k := compute.TrendMonths - 1; k >= 0; k-- {
		m := n.Month.AddDate(0, -k, 0)
		at[m] = len(t.Months)
		t.Months = append(t.Months, m)
	}
	t.CapaianFWA, t.CapaianCtrl, t.TindakFWA, t.TindakCtrl, t.Savings = model.NaNs(compute.TrendMonths), model.NaNs(compute.TrendMonths), model.NaNs(compute.TrendMonths), model.NaNs(compute.TrendMonths), model.NaNs(compute.TrendMonths)
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Rollup, "Tren", nil), n.Month)
	if err != nil {
		return fmt.Errorf("national trend: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var b time.Time
		var v [5]sql.NullFloat64
		if err := rows.Scan(&b, &v[0], &v[1], &v[2], &v[3], &v[4]); err != nil {
			return fmt.Errorf("national trend: %w", err)
		}
		if i, ok := at[b]; ok {
			t.CapaianFWA[i], t.CapaianCtrl[i], t.TindakFWA[i], t.TindakCtrl[i], t.Savings[i] = warehouse.NaNOr(v[0]), warehouse.NaNOr(v[1]), warehouse.NaNOr(v[2]), warehouse.NaNOr(v[3]), warehouse.NaNOr(v[4])
		}
	}
	return rows.Err()
}

// RollupManifest is the rollup's manifest.json: every package loaded with
// its path, hash and policy, the copies left out, who is missing, and the
// outputs.
type RollupManifest struct {
	Version    string          `json:"version"`
	Month      string          `json:"month"`
	Packages   []RollupPackage `json:"packages"`
	Duplicates []Duplicate     `json:"duplicates"`
	Missing    []Instansi      `json:"missing"`
	Unexpected []Instansi      `json:"unexpected"`
	Outputs    []outputs.File  `json:"outputs"`
}

// NewRollupManifest is the manifest of the set's rollup.
func NewRollupManifest(version string, set *RollupSet) *RollupManifest {
	m := &RollupManifest{Version: version, Month: set.Month.Format("2006-01"), Packages: []RollupPackage{},
		Duplicates: set.Duplicates, Missing: set.Missing, Unexpected: set.Unexpected, Outputs: []outputs.File{}}
	for _, p := range set.Pakets {
		pm := p.Manifest
		m.Packages = append(m.Packages, RollupPackage{Path: p.Path, InstansiID: pm.InstansiID, NamaInstansi: pm.NamaInstansi,
			SHA256: p.SHA256, PolicySHA256: pm.PolicySHA256, PolicyBuiltin: pm.PolicyBuiltin, Fwaeval: pm.Fwaeval, Files: pm.Files})
	}
	for _, l := range []*[]Duplicate{&m.Duplicates} {
		if *l == nil {
			*l = []Duplicate{}
		}
	}
	for _, l := range []*[]Instansi{&m.Missing, &m.Unexpected} {
		if *l == nil {
			*l = []Instansi{}
		}
	}
	return m
}

// Encode writes the manifest as indented JSON.
func (m *RollupManifest) Encode(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(m)
}

// RollupPackage is one loaded package in the rollup's manifest.
type RollupPackage struct {
	Path          string            `json:"path"`
	InstansiID    string            `json:"instansi_id"`
	NamaInstansi  string            `json:"nama_instansi"`
	SHA256        string            `json:"sha256"`
	PolicySHA256  string            `json:"policy_sha256"`
	PolicyBuiltin bool              `json:"policy_builtin"`
	Fwaeval       string            `json:"fwaeval"`
	Files         []paket.PaketFile `json:"files"`
}
