package paket

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"
)

// An aggregate package (docs/input.md, "The package an instansi sends") is
// what an instansi sends the national level for a month: its units, their
// status and their indicators, and no personal data. Export writes packages;
// Rollup reads them. This file is the format both sides share.

// PaketSchema is the package format version export writes in paket.json.
// Schema 2 adds docs/indicators.md's chance columns (chanceColumns) to
// indikator.parquet; Rollup reads schemas 1 and 2 (a schema 1 package
// simply lacks them) and refuses any other.
const PaketSchema = 2

// PaketSchemas are the schemas Rollup reads.
var PaketSchemas = []int{1, 2}

// PaketManifest is paket.json.
type PaketManifest struct {
	Schema        int         `json:"schema"`
	Fwaeval       string      `json:"fwaeval"`
	Month         string      `json:"month"`
	InstansiID    string      `json:"instansi_id"`
	NamaInstansi  string      `json:"nama_instansi"`
	JenisInstansi string      `json:"jenis_instansi"`
	Provinsi      string      `json:"provinsi"`
	PolicySHA256  string      `json:"policy_sha256"`
	PolicyBuiltin bool        `json:"policy_builtin"`
	AsOf          string      `json:"as_of"`
	Files         []PaketFile `json:"files"`
}

// PaketFile is one data file of a package as paket.json lists it.
type PaketFile struct {
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
	Rows   int64  `json:"rows"`
}

// PaketColumn is a column of a package file: its name and DuckDB type.
type PaketColumn struct{ Name, Type string }

// PaketFileSpec is one data file of a package and its exact columns.
type PaketFileSpec struct {
	Name    string
	Table   string // the rollup warehouse table it loads into
	Columns []PaketColumn
}

// indikatorColumns are indicators.csv's columns (docs/indicators.md), bulan as
// YYYY-MM text as in the CSV.
var indikatorColumns = func() []PaketColumn {
	cols := []PaketColumn{{"unit_id", "VARCHAR"}, {"nama_unit", "VARCHAR"}, {"instansi_id", "VARCHAR"}, {"bulan", "VARCHAR"},
		{"hari_kerja", "BIGINT"}, {"jumlah_pegawai", "BIGINT"}}
	for _, n := range []string{"cakupan_presensi", "tingkat_kehadiran", "tanpa_keterangan", "porsi_fleksibel",
		"pelanggaran_kuota", "fleksibel_tanpa_izin", "kepatuhan_jam", "capaian_kinerja", "kepatuhan_kinerja_harian",
		"rasio_output_fleksibel"} {
		cols = append(cols, PaketColumn{n, "DOUBLE"})
	}
	cols = append(cols, PaketColumn{"aduan_masuk", "BIGINT"})
	for _, n := range []string{"aduan_per_100_pegawai", "verifikasi_tepat_waktu", "tindak_lanjut_tepat_waktu",
		"penyelesaian_60_hari", "median_hari_tindak_lanjut", "belanja_operasional", "penghematan_rupiah", "penghematan_persen"} {
		cols = append(cols, PaketColumn{n, "DOUBLE"})
	}
	for _, x := range EffectIndicators {
		for _, part := range []string{"baseline", "change", "did", "did_rel"} {
			cols = append(cols, PaketColumn{x + "_" + part, "DOUBLE"})
		}
	}
	for _, n := range chanceColumns {
		cols = append(cols, PaketColumn{n, "DOUBLE"})
	}
	return cols
}()

// chanceColumns are indicators.csv's last seven columns (docs/indicators.md,
// "Is the change more than chance?"), new in package schema 2.
var chanceColumns = []string{"capaian_kinerja_se", "capaian_kinerja_z", "tindak_lanjut_tepat_waktu_se",
	"tindak_lanjut_tepat_waktu_z", "aduan_per_100_pegawai_se", "aduan_per_100_pegawai_z", "aduan_per_100_pegawai_rr"}

// EffectIndicators are the five indicators whose policy effect is
// measured (docs/indicators.md), in the column order of indicators.csv.
var EffectIndicators = []string{"capaian_kinerja", "tindak_lanjut_tepat_waktu", "aduan_per_100_pegawai", "tingkat_kehadiran", "belanja_operasional"}

// PaketFiles are a package's data files in the order paket.json lists
// them.
var PaketFiles = []PaketFileSpec{
	{"indikator.parquet", "paket_indikator", indikatorColumns},
	{"status.parquet", "paket_status", []PaketColumn{{"unit_id", "VARCHAR"}, {"nama_unit", "VARCHAR"}, {"instansi_id", "VARCHAR"},
		{"bulan", "VARCHAR"}, {"status", "VARCHAR"}, {"rules", "VARCHAR"}, {"evidence", "VARCHAR"}}},
	{"unit.parquet", "paket_unit", []PaketColumn{{"unit_id", "VARCHAR"}, {"nama_unit", "VARCHAR"}, {"instansi_id", "VARCHAR"},
		{"nama_instansi", "VARCHAR"}, {"jenis_instansi", "VARCHAR"}, {"provinsi", "VARCHAR"}, {"layanan_langsung", "BOOLEAN"},
		{"fwa_mulai", "DATE"}, {"induk_unit_id", "VARCHAR"}, {"pegawai_roster", "BIGINT"}}},
}

// PaketFilesOf are the data files of a package of the schema: a schema 1
// indikator.parquet has no chance columns.
func PaketFilesOf(schema int) []PaketFileSpec {
	if schema >= 2 {
		return PaketFiles
	}
	out := slices.Clone(PaketFiles)
	out[0].Columns = indikatorColumns[:len(indikatorColumns)-len(chanceColumns)]
	return out
}

// PaketDir is the folder name of instansi id's package for month:
// paket-ID-YYYY-MM. An id with characters a file name should not hold
// keeps its safe characters and gets a short hash of the whole id, so two
// ids never share a folder.
func PaketDir(id string, month time.Time) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	safe := b.String()
	if safe != id || id == "" || len(id) > 64 {
		h := sha256.Sum256([]byte(id))
		safe = fmt.Sprintf("%.48s~%s", safe, hex.EncodeToString(h[:4]))
	}
	return "paket-" + safe + "-" + month.Format("2006-01")
}
