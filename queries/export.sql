-- The aggregate package of each instansi (docs/input.md, "The package an
-- instansi sends"): its units with the month's roster, their status, and
-- their evaluated indicators for M and the months before it. Units whose
-- roster is under 5 keep their ids, status, rules and roster; every other
-- value is NULL and the evidence empty. No table read here holds a NIP or a
-- pseudonym.

-- name: PaketInstansi
-- The instansi of the warehouse: id, name, jenis, province, units.
SELECT instansi_id, min(nama_instansi), min(jenis_instansi), min(provinsi), count(*)
FROM unit_kerja GROUP BY instansi_id ORDER BY instansi_id

-- name: PaketUnit
-- $1: month M. Every unit with its roster of M (0 when none).
CREATE OR REPLACE TEMP TABLE p_unit AS
SELECT u.unit_id, u.nama_unit, u.instansi_id, u.nama_instansi, u.jenis_instansi, u.provinsi,
       u.layanan_langsung, u.fwa_mulai, u.induk_unit_id, coalesce(i.jumlah_pegawai, 0) AS pegawai_roster
FROM unit_kerja u LEFT JOIN indikator i ON i.unit_id = u.unit_id AND i.bulan = $1::DATE

-- name: PaketStatus
-- $1: month M, $2: language (id/en) of the evidence.
CREATE OR REPLACE TEMP TABLE p_status AS
SELECT u.unit_id, u.nama_unit, u.instansi_id, strftime($1::DATE, '%Y-%m') AS bulan,
       coalesce(f.status, '') AS status, coalesce(f.rules, '') AS rules,
       CASE WHEN u.pegawai_roster < 5 OR f.unit_id IS NULL THEN ''
            WHEN $2 = 'en' THEN f.bukti_en ELSE f.bukti_id END AS evidence
FROM p_unit u LEFT JOIN flag f ON f.unit_id = u.unit_id AND f.bulan = $1::DATE

-- name: PaketIndikator
-- $1: the months to include (a JSON array of first days). A row is
-- emptied when its unit's roster of M, or of that month, is under 5.
CREATE OR REPLACE TEMP TABLE p_indikator AS
SELECT unit_id, nama_unit, instansi_id, strftime(bulan, '%Y-%m') AS bulan,
       CASE WHEN kecil THEN NULL
            ELSE COLUMNS(* EXCLUDE (unit_id, nama_unit, instansi_id, bulan, pegawai_capaian, aduan_tl_dinilai, kecil)) END
FROM (
    SELECT i.*, u.pegawai_roster < 5 OR coalesce(i.jumlah_pegawai, 0) < 5 AS kecil
    FROM indikator i JOIN p_unit u USING (unit_id)
    WHERE i.bulan IN (SELECT unnest(from_json($1::JSON, '["DATE"]')))
)

-- name: PaketTulisIndikator
-- {path}: the file, a quoted literal. $1: the instansi.
COPY (SELECT * FROM p_indikator WHERE instansi_id = $1 ORDER BY unit_id, bulan)
TO {path} (FORMAT parquet, COMPRESSION zstd)

-- name: PaketTulisStatus
COPY (SELECT * FROM p_status WHERE instansi_id = $1 ORDER BY unit_id)
TO {path} (FORMAT parquet, COMPRESSION zstd)

-- name: PaketTulisUnit
COPY (SELECT * FROM p_unit WHERE instansi_id = $1 ORDER BY unit_id)
TO {path} (FORMAT parquet, COMPRESSION zstd)

-- name: PaketSelesai
DROP TABLE IF EXISTS p_unit; DROP TABLE IF EXISTS p_status; DROP TABLE IF EXISTS p_indikator
