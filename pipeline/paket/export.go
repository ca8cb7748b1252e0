package paket

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fwaeval/pipeline/compute"
	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// ExportOptions say what the packages record.
type ExportOptions struct {
	Version string // fwaeval's version, recorded in paket.json
	Lang    string // language of the evidence: id or en
	Policy  []byte // YAML text of the policy the month was evaluated with
	// PolicyBuiltin says Policy is the built-in one (policy.IsBuiltin).
	PolicyBuiltin bool
	// Instansi picks one instansi; empty exports every instansi.
	Instansi string
}

// Paket is one package written by Export.
type Paket struct {
	Path     string
	Manifest PaketManifest
}

// Export writes the month's aggregate package of each instansi
// (docs/input.md, "The package an instansi sends") into o, each as a folder
// paket-ID-YYYY-MM that appears whole. Evaluate must have run for month. The
// months of the package before M (up to 11, those within the data range) are
// brought up to date — those whose inputs moved since they were evaluated
// computed again, in one pass — so their indicators are what a run of that
// month would write now. An unknown Instansi is an InputError.
func Export(ctx context.Context, w *warehouse.Warehouse, month time.Time, o ExportOptions, outs *outputs.Folder) ([]Paket, error) {
	months, err := paketMonths(ctx, w, month)
	if err != nil {
		return nil, err
	}
	var earlier []time.Time
	for _, m := range months {
		if m.Before(month) {
			earlier = append(earlier, m)
		}
	}
	t := time.Now()
	if err := computeEarlier(ctx, w, earlier); err != nil {
		return nil, fmt.Errorf("export %s: %w", month.Format("2006-01"), err)
	}
	t = warehouse.Trace("export", "earlier months computed", t)
	var out []Paket
	err = w.InTx(ctx, func(tx warehouse.DBTX) error {
		insts, err := exportInstansi(ctx, tx, o.Instansi)
		if err != nil {
			return err
		}
		if err := preparePaket(ctx, tx, month, months, o.Lang); err != nil {
			return err
		}
		t = warehouse.Trace("export", "tables", t)
		var asOf sql.NullTime
		if err := tx.QueryRowContext(ctx, queries.Statement(queries.Report, "AsOfReport", nil)).Scan(&asOf); err != nil {
			return fmt.Errorf("as-of date: %w", err)
		}
		sum := sha256.Sum256(o.Policy)
		policySHA := hex.EncodeToString(sum[:])
		for _, in := range insts {
			man := in
			man.Schema, man.Fwaeval, man.Month = PaketSchema, o.Version, month.Format("2006-01")
			man.PolicySHA256, man.PolicyBuiltin = policySHA, o.PolicyBuiltin
			if asOf.Valid {
				man.AsOf = asOf.Time.Format(time.RFC3339)
			}
			path, err := outs.WriteDir(PaketDir(in.InstansiID, month), func(dir string) error {
				return writePaket(ctx, tx, dir, &man)
			})
			if err != nil {
				return fmt.Errorf("package of %s: %w", in.InstansiID, err)
			}
			out = append(out, Paket{Path: path, Manifest: man})
		}
		t = warehouse.Trace("export", fmt.Sprintf("%d packages written", len(out)), t)
		_, err = tx.ExecContext(ctx, queries.Statement(queries.Export, "PaketSelesai", nil))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("export %s: %w", month.Format("2006-01"), err)
	}
	return out, nil
}

// computeEarlier brings the evaluated indicators of the months (a
// package's months before M) up to date: those whose inputs moved since
// they were stored are computed again, in one pass.
func computeEarlier(ctx context.Context, w *warehouse.Warehouse, months []time.Time) error {
	if len(months) == 0 {
		return nil
	}
	return w.InTx(ctx, func(tx warehouse.DBTX) error {
		recomputed, rejudged, _, err := compute.Months(ctx, tx, months, nil, true)
		if len(recomputed)+len(rejudged) > 0 {
			w.Changed() // stored months changed (see compute.Month)
		}
		return err
	})
}

// paketMonths are the months a package of month holds: M and the up to
// 11 months before it that lie within the data range, oldest first.
func paketMonths(ctx context.Context, w *warehouse.Warehouse, month time.Time) ([]time.Time, error) {
	var months []time.Time
	err := w.InTx(ctx, func(tx warehouse.DBTX) error {
		first, last, err := compute.DataRange(ctx, tx)
		if err != nil || first == nil {
			return err
		}
		for k := compute.TrendMonths - 1; k >= 0; k-- {
			if m := month.AddDate(0, -k, 0); !m.Before(*first) && !m.After(*last) {
				months = append(months, m)
			}
		}
		return nil
	})
	return months, err
}

// exportInstansi lists the instansi to export, with the names paket.json
// carries.
func exportInstansi(ctx context.Context, tx warehouse.DBTX, only string) ([]PaketManifest, error) {
	rows, err := tx.QueryContext(ctx, queries.Statement(queries.Export, "PaketInstansi", nil))
	if err != nil {
		return nil, fmt.Errorf("list instansi: %w", err)
	}
	defer rows.Close()
	var all, out []PaketManifest
	for rows.Next() {
		var m PaketManifest
		var units int
		if err := rows.Scan(&m.InstansiID, &m.NamaInstansi, &m.JenisInstansi, &m.Provinsi, &units); err != nil {
			return nil, fmt.Errorf("list instansi: %w", err)
		}
		all = append(all, m)
		if only == "" || m.InstansiID == only {
			out = append(out, m)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list instansi: %w", err)
	}
	if len(out) == 0 && only != "" {
		ids := make([]string, len(all))
		for i, m := range all {
			ids[i] = m.InstansiID
		}
		return nil, &warehouse.InputError{File: "--instansi", Msg: fmt.Sprintf("instansi %q tidak ada di gudang data / is not in the warehouse; ada / held: %s",
			only, strings.Join(ids, ", "))}
	}
	return out, nil
}

// preparePaket builds the month's package tables for every instansi.
func preparePaket(ctx context.Context, tx warehouse.DBTX, month time.Time, months []time.Time, lang string) error {
	for _, s := range []struct {
		name string
		args []any
	}{{"PaketUnit", []any{month}}, {"PaketStatus", []any{month, lang}}, {"PaketIndikator", []any{compute.MonthsJSON(months)}}} {
		if _, err := tx.ExecContext(ctx, queries.Statement(queries.Export, s.name, nil), s.args...); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return nil
}

// paketWriters are the statements that write each data file, in
// PaketFiles order.
var paketWriters = []string{"PaketTulisIndikator", "PaketTulisStatus", "PaketTulisUnit"}

// writePaket writes one instansi's data files and its paket.json into dir.
func writePaket(ctx context.Context, tx warehouse.DBTX, dir string, man *PaketManifest) error {
	man.Files = nil
	for i, spec := range PaketFiles {
		path := filepath.Join(dir, spec.Name)
		q := queries.Statement(queries.Export, paketWriters[i], map[string]string{"path": queries.Literal(path)})
		res, err := tx.ExecContext(ctx, q, man.InstansiID)
		if err != nil {
			return fmt.Errorf("write %s: %w", spec.Name, err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return fmt.Errorf("write %s: %w", spec.Name, err)
		}
		sum, err := fileSHA256(path)
		if err != nil {
			return err
		}
		man.Files = append(man.Files, PaketFile{Name: spec.Name, SHA256: sum, Rows: n})
	}
	return outputs.WriteAtomic(filepath.Join(dir, "paket.json"), func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(man)
	})
}

// fileSHA256 is the hex SHA-256 of a file's bytes.
func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("hash %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
