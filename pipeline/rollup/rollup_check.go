package rollup

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"fwaeval/pipeline/paket"
	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// nipName matches column names that say they hold NIPs or pseudonyms.
var nipName = regexp.MustCompile(`(?i)^(nip|nip_.*|.*_nip|pseudonim.*|pseudonym.*)$`)

// Check reads the verified copies in a scratch in-memory database (the rollup
// warehouse is not opened yet) and refuses, as an InputError naming the
// package's file, any file whose columns differ from docs/input.md's package
// — a NIP-shaped column is named as such — whose rows differ from
// paket.json's count, or whose rows are not what a package holds: units of
// another instansi, a status month other than M, indicator months outside M's
// twelve, NIP- or pseudonym-shaped text, values of a unit under 5 employees.
func (set *RollupSet) Check(ctx context.Context, s warehouse.Settings) error {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return fmt.Errorf("open scratch database: %w", err)
	}
	defer db.Close()
	c, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("open scratch database: %w", err)
	}
	defer c.Close()
	if s.MemoryLimit != "" {
		if _, err := c.ExecContext(ctx, "SET memory_limit = "+queries.Literal(s.MemoryLimit)); err != nil {
			return fmt.Errorf("configure scratch database: %w", err)
		}
	}
	for _, p := range set.Pakets {
		for _, spec := range paket.PaketFilesOf(p.Manifest.Schema) {
			if err := checkColumns(ctx, c, p, spec); err != nil {
				return err
			}
		}
	}
	if err := set.stageForCheck(ctx, c); err != nil {
		return err
	}
	if err := set.checkRows(ctx, c); err != nil {
		return err
	}
	if err := set.checkText(ctx, c); err != nil {
		return err
	}
	return set.checkContent(ctx, c)
}

// checkColumns compares a file's columns with its list in docs/input.md.
func checkColumns(ctx context.Context, c *sql.Conn, p *PaketIn, spec paket.PaketFileSpec) error {
	path := filepath.Join(p.Path, spec.Name)
	rows, err := c.QueryContext(ctx, queries.Statement(queries.Rollup, "CekKolom", nil), p.copies[spec.Name])
	if err != nil {
		return &warehouse.InputError{File: path, Msg: "bukan berkas Parquet yang bisa dibaca / not a readable Parquet file", Err: err}
	}
	var got []paket.PaketColumn
	for rows.Next() {
		var name, typ string
		var null, key, def, extra sql.NullString
		if err := rows.Scan(&name, &typ, &null, &key, &def, &extra); err != nil {
			rows.Close()
			return fmt.Errorf("columns of %s: %w", path, err)
		}
		got = append(got, paket.PaketColumn{Name: name, Type: typ})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return &warehouse.InputError{File: path, Msg: "bukan berkas Parquet yang bisa dibaca / not a readable Parquet file", Err: err}
	}
	want := map[string]string{}
	for _, col := range spec.Columns {
		want[col.Name] = col.Type
	}
	have := map[string]bool{}
	for _, col := range got {
		have[col.Name] = true
		typ, ok := want[col.Name]
		if !ok {
			return &warehouse.InputError{File: path, Msg: extraColumn(ctx, c, p.copies[spec.Name], col.Name)}
		}
		if typ != col.Type {
			return &warehouse.InputError{File: path, Msg: fmt.Sprintf("kolom %s bertipe %s, seharusnya / has type %s, expected %s", col.Name, col.Type, col.Type, typ)}
		}
	}
	for _, col := range spec.Columns {
		if !have[col.Name] {
			return &warehouse.InputError{File: path, Msg: fmt.Sprintf("kolom %s hilang / column %s missing", col.Name, col.Name)}
		}
	}
	for i, col := range spec.Columns {
		if got[i].Name != col.Name {
			return &warehouse.InputError{File: path, Msg: fmt.Sprintf("urutan kolom berbeda dari docs/input.md / columns out of order: %s where %s belongs", got[i].Name, col.Name)}
		}
	}
	return nil
}

// extraColumn says what is wrong with a column no package has: named
// like a NIP, holding NIP- or pseudonym-shaped values, or just unknown.
func extraColumn(ctx context.Context, c *sql.Conn, file, name string) string {
	const personal = "; paket tidak boleh memuat data pribadi / a package may hold no personal data"
	if nipName.MatchString(name) {
		return fmt.Sprintf("kolom %s berbentuk NIP / column %s is a NIP column%s", name, name, personal)
	}
	var nips, uuids int64
	q := queries.Statement(queries.Rollup, "CekNilaiNIP", map[string]string{"col": queries.Ident(name)})
	if err := c.QueryRowContext(ctx, q, file).Scan(&nips, &uuids); err == nil {
		switch {
		case nips > 0:
			return fmt.Sprintf("kolom %s berisi %d nilai berbentuk NIP (18 digit) / column %s holds %d NIP-shaped values (18 digits)%s", name, nips, name, nips, personal)
		case uuids > 0:
			return fmt.Sprintf("kolom %s berisi %d nilai berbentuk pseudonim (UUID) / column %s holds %d pseudonym-shaped values (UUIDs)%s", name, uuids, name, uuids, personal)
		}
	}
	return fmt.Sprintf("kolom %s tidak dikenal (docs/input.md) / unexpected column %s", name, name)
}

// scratchTables are the scratch tables of each kind of file, in
// PaketFiles order.
var scratchTables = []string{"c_indikator", "c_status", "c_unit"}

// fileRef is one verified copy: which package, which file.
type fileRef struct {
	Filename   string `json:"filename"`
	Paket      int    `json:"paket"`
	Name       string `json:"name"`
	InstansiID string `json:"instansi_id"`
}

// stageForCheck loads every copy into the scratch tables, with its file.
func (set *RollupSet) stageForCheck(ctx context.Context, c *sql.Conn) error {
	var refs []fileRef
	for i, p := range set.Pakets {
		for _, spec := range paket.PaketFiles {
			refs = append(refs, fileRef{p.copies[spec.Name], i, spec.Name, p.Manifest.InstansiID})
		}
	}
	list, err := json.Marshal(refs)
	if err != nil {
		return err
	}
	if _, err := c.ExecContext(ctx, queries.Statement(queries.Rollup, "CekFile", nil), string(list)); err != nil {
		return fmt.Errorf("list package files: %w", err)
	}
	for k, spec := range paket.PaketFiles {
		files := set.copiesOf(spec.Name)
		q := queries.Statement(queries.Rollup, "CekMuat", map[string]string{"table": scratchTables[k]})
		if _, err := c.ExecContext(ctx, q, files); err != nil {
			return &warehouse.InputError{File: spec.Name, Msg: "paket tidak bisa dibaca / the packages cannot be read", Err: err}
		}
	}
	return nil
}

// copiesOf lists every package's verified copy of the file name.
func (set *RollupSet) copiesOf(name string) []string {
	out := make([]string, len(set.Pakets))
	for i, p := range set.Pakets {
		out[i] = p.copies[name]
	}
	return out
}

// checkRows compares each file's rows with paket.json's count.
func (set *RollupSet) checkRows(ctx context.Context, c *sql.Conn) error {
	for k, spec := range paket.PaketFiles {
		rows, err := c.QueryContext(ctx, queries.Statement(queries.Rollup, "CekBaris", map[string]string{"table": scratchTables[k]}))
		if err != nil {
			return fmt.Errorf("count rows: %w", err)
		}
		n := map[string]int64{}
		for rows.Next() {
			var f string
			var c int64
			if err := rows.Scan(&f, &c); err != nil {
				rows.Close()
				return fmt.Errorf("count rows: %w", err)
			}
			n[f] = c
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("count rows: %w", err)
		}
		for _, p := range set.Pakets {
			for _, f := range p.Manifest.Files {
				if f.Name == spec.Name && n[p.copies[f.Name]] != f.Rows {
					return &warehouse.InputError{File: filepath.Join(p.Path, f.Name), Msg: fmt.Sprintf("%d baris, paket.json menyebut / rows, paket.json says %d", n[p.copies[f.Name]], f.Rows)}
				}
			}
		}
	}
	return nil
}

// checkText refuses text holding an 18-digit run (a NIP) or a UUID (a
// pseudonym), whatever the column.
func (set *RollupSet) checkText(ctx context.Context, c *sql.Conn) error {
	for k, spec := range paket.PaketFiles {
		for _, col := range spec.Columns {
			if col.Type != "VARCHAR" {
				continue
			}
			q := queries.Statement(queries.Rollup, "CekTeks", map[string]string{"table": scratchTables[k], "col": queries.Ident(col.Name)})
			var paket int
			var unit sql.NullString
			err := c.QueryRowContext(ctx, q+" ORDER BY 1 LIMIT 1").Scan(&paket, &unit)
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return fmt.Errorf("look for NIPs in %s.%s: %w", spec.Name, col.Name, err)
			}
			return &warehouse.InputError{File: filepath.Join(set.Pakets[paket].Path, spec.Name),
				Msg: fmt.Sprintf("kolom %s, unit %s: teks berbentuk NIP atau pseudonim / text shaped like a NIP or a pseudonym; paket tidak boleh memuat data pribadi / a package may hold no personal data", col.Name, unit.String)}
		}
	}
	return nil
}

// checkContent runs CekIsi's rules and refuses the first package that
// breaks one.
func (set *RollupSet) checkContent(ctx context.Context, c *sql.Conn) error {
	var paket int
	var file, msg string
	err := c.QueryRowContext(ctx, queries.Statement(queries.Rollup, "CekIsi", nil)+" LIMIT 1", set.Month).Scan(&paket, &file, &msg)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("check package contents: %w", err)
	}
	return &warehouse.InputError{File: filepath.Join(set.Pakets[paket].Path, file), Msg: strings.TrimSpace(msg)}
}
