-- The national rollup (README, "National rollup"). The Cek* statements run in a
-- scratch in-memory database over the packages' verified copies, before
-- the rollup warehouse is opened; the others run in the warehouse.

-- name: CekKolom
-- A file's columns and their DuckDB types, in order.
DESCRIBE SELECT * FROM read_parquet($1::VARCHAR)

-- name: CekNilaiNIP
-- {col}: a column of the file $1 that no package has: how many of its
-- values are NIP-shaped (18 digits) or pseudonym-shaped (a UUID).
SELECT count(*) FILTER (WHERE regexp_matches(trim(v), '^[0-9]{18}$')),
       count(*) FILTER (WHERE regexp_matches(lower(trim(v)), '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'))
FROM (SELECT CAST({col} AS VARCHAR) AS v FROM read_parquet($1::VARCHAR))

-- name: CekFile
-- The files of the packages: $1 is a JSON array of
-- {filename, paket, name, instansi_id}.
CREATE OR REPLACE TABLE c_file AS
SELECT unnest(from_json($1::JSON, '[{"filename":"VARCHAR","paket":"INTEGER","name":"VARCHAR","instansi_id":"VARCHAR"}]'), recursive := true)

-- name: CekMuat
-- {table}: the scratch table of one kind of file; $1 the files (columns
-- by name: a schema 1 indikator.parquet lacks the chance columns).
CREATE OR REPLACE TABLE {table} AS SELECT * FROM read_parquet($1::VARCHAR[], filename = true, union_by_name = true)

-- name: CekBaris
-- Rows per file of {table}.
SELECT filename, count(*) FROM {table} GROUP BY filename

-- name: CekTeks
-- {table}, {col}: rows whose text holds an 18-digit run (a NIP) or a
-- UUID (a pseudonym), by package.
SELECT f.paket, min(t.unit_id)
FROM {table} t JOIN c_file f USING (filename)
WHERE regexp_matches(t.{col}, '(^|[^0-9])[0-9]{18}([^0-9]|$)')
   OR regexp_matches(lower(t.{col}), '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}')
GROUP BY f.paket

-- name: CekIsi
-- What a well-formed package holds, rule by rule: each row is a package
-- (its index), the file and what is wrong. $1: month M (first day).
WITH f AS (SELECT * FROM c_file),
i AS (SELECT t.*, f.paket, f.instansi_id AS paket_instansi FROM c_indikator t JOIN f USING (filename)),
s AS (SELECT t.*, f.paket, f.instansi_id AS paket_instansi FROM c_status t JOIN f USING (filename)),
u AS (SELECT t.*, f.paket, f.instansi_id AS paket_instansi FROM c_unit t JOIN f USING (filename))
SELECT paket, 'unit.parquet', 'unit ' || unit_id || ': instansi_id ' || coalesce(instansi_id, 'NULL') || ' bukan instansi paket ini / is not the package''s instansi' FROM u WHERE instansi_id IS DISTINCT FROM paket_instansi
UNION ALL SELECT paket, 'status.parquet', 'unit ' || unit_id || ': instansi_id ' || coalesce(instansi_id, 'NULL') || ' bukan instansi paket ini / is not the package''s instansi' FROM s WHERE instansi_id IS DISTINCT FROM paket_instansi
UNION ALL SELECT paket, 'indikator.parquet', 'unit ' || unit_id || ': instansi_id ' || coalesce(instansi_id, 'NULL') || ' bukan instansi paket ini / is not the package''s instansi' FROM i WHERE instansi_id IS DISTINCT FROM paket_instansi
UNION ALL SELECT paket, 'unit.parquet', 'unit_id kosong / empty unit_id' FROM u WHERE unit_id IS NULL OR unit_id = ''
UNION ALL SELECT paket, 'unit.parquet', 'unit ' || unit_id || ' tercantum dua kali / is listed twice' FROM u GROUP BY paket, unit_id HAVING count(*) > 1
UNION ALL SELECT paket, 'status.parquet', 'unit ' || unit_id || ' tercantum dua kali / is listed twice' FROM s GROUP BY paket, unit_id HAVING count(*) > 1
UNION ALL SELECT paket, 'indikator.parquet', 'unit ' || unit_id || ' bulan ' || bulan || ' tercantum dua kali / is listed twice' FROM i GROUP BY paket, unit_id, bulan HAVING count(*) > 1
UNION ALL SELECT paket, 'status.parquet', 'unit ' || unit_id || ': bulan ' || coalesce(bulan, 'NULL') || ', bukan / not ' || strftime($1::DATE, '%Y-%m') FROM s WHERE bulan IS DISTINCT FROM strftime($1::DATE, '%Y-%m')
UNION ALL SELECT paket, 'status.parquet', 'unit ' || unit_id || ': status ' || coalesce(status, 'NULL') || ' tidak dikenal / unknown' FROM s
    WHERE status IS NULL OR status NOT IN ('HENTIKAN_SEMENTARA', 'TINJAU_ULANG', 'DATA_KURANG', 'PANTAU', 'LANJUTKAN', 'TIDAK_BERLAKU')
UNION ALL SELECT paket, 'indikator.parquet', 'unit ' || unit_id || ': bulan ' || coalesce(bulan, 'NULL') || ' di luar 12 bulan paket / outside the package''s 12 months' FROM i
    WHERE NOT coalesce(regexp_matches(bulan, '^[0-9]{4}-[0-9]{2}$')
                       AND try_strptime(bulan, '%Y-%m')::DATE BETWEEN $1::DATE - INTERVAL 11 MONTH AND $1::DATE, false)
UNION ALL SELECT s.paket, 'status.parquet', 'unit ' || s.unit_id || ' tidak ada di unit.parquet / is not in unit.parquet' FROM s ANTI JOIN u ON u.paket = s.paket AND u.unit_id = s.unit_id
UNION ALL SELECT u.paket, 'status.parquet', 'unit ' || u.unit_id || ' tanpa status / has no status' FROM u ANTI JOIN s ON s.paket = u.paket AND s.unit_id = u.unit_id
UNION ALL SELECT i.paket, 'indikator.parquet', 'unit ' || i.unit_id || ' tidak ada di unit.parquet / is not in unit.parquet' FROM i ANTI JOIN u ON u.paket = i.paket AND u.unit_id = i.unit_id
UNION ALL SELECT paket, 'unit.parquet', 'unit ' || unit_id || ': pegawai_roster kosong atau negatif / empty or negative' FROM u WHERE pegawai_roster IS NULL OR pegawai_roster < 0
-- A unit under 5 employees carries status and counts only (docs/input.md,
-- "The package an instansi sends").
UNION ALL SELECT s.paket, 'status.parquet', 'unit ' || s.unit_id || ' < 5 pegawai membawa bukti / under 5 employees carries evidence'
    FROM s JOIN u ON u.paket = s.paket AND u.unit_id = s.unit_id WHERE u.pegawai_roster < 5 AND coalesce(s.evidence, '') <> ''
UNION ALL SELECT i.paket, 'indikator.parquet', 'unit ' || i.unit_id || ' < 5 pegawai membawa nilai / under 5 employees carries values'
    FROM (SELECT paket, unit_id, coalesce(*COLUMNS(* EXCLUDE (unit_id, nama_unit, instansi_id, bulan, filename, paket, paket_instansi))) AS v FROM i) i
    JOIN u ON u.paket = i.paket AND u.unit_id = i.unit_id WHERE u.pegawai_roster < 5 AND i.v IS NOT NULL
ORDER BY 1, 2, 3

-- name: HapusPaket
DELETE FROM paket WHERE paket_bulan = $1::DATE

-- name: HapusUnit
DELETE FROM paket_unit WHERE paket_bulan = $1::DATE

-- name: HapusStatus
DELETE FROM paket_status WHERE paket_bulan = $1::DATE

-- name: HapusIndikator
DELETE FROM paket_indikator WHERE paket_bulan = $1::DATE

-- name: MuatPaket
-- $1: month; $2: a JSON array of the packages' manifests and paths.
INSERT INTO paket BY NAME
SELECT $1::DATE AS paket_bulan, *
FROM (SELECT unnest(from_json($2::JSON, '[{"instansi_id":"VARCHAR","nama_instansi":"VARCHAR","jenis_instansi":"VARCHAR",
      "provinsi":"VARCHAR","path":"VARCHAR","sha256":"VARCHAR","policy_sha256":"VARCHAR","policy_builtin":"BOOLEAN",
      "fwaeval":"VARCHAR","as_of":"VARCHAR"}]'), recursive := true))

-- name: MuatUnit
INSERT INTO paket_unit BY NAME SELECT $1::DATE AS paket_bulan, * FROM read_parquet($2::VARCHAR[])

-- name: MuatStatus
INSERT INTO paket_status BY NAME
SELECT $1::DATE AS paket_bulan, * REPLACE (strptime(bulan, '%Y-%m')::DATE AS bulan) FROM read_parquet($2::VARCHAR[])

-- name: MuatIndikator
-- Columns by name: a schema 1 package's chance columns are NULL.
INSERT INTO paket_indikator BY NAME
SELECT $1::DATE AS paket_bulan, * REPLACE (strptime(bulan, '%Y-%m')::DATE AS bulan)
FROM read_parquet($2::VARCHAR[], union_by_name = true)

-- name: UnitBulan
-- Every unit of month $1's packages with its status and M's values the
-- national figures read. Suppressed units carry NULLs (their packages do).
CREATE OR REPLACE TEMP TABLE r_unit AS
SELECT u.instansi_id, u.unit_id, u.nama_unit, u.nama_instansi, u.jenis_instansi, u.provinsi, u.fwa_mulai, u.pegawai_roster,
       s.status, s.rules, s.evidence, i.capaian_kinerja, i.capaian_kinerja_change, i.capaian_kinerja_did, i.tindak_lanjut_tepat_waktu, i.penghematan_rupiah
FROM paket_unit u
JOIN paket_status s ON s.paket_bulan = u.paket_bulan AND s.instansi_id = u.instansi_id AND s.unit_id = u.unit_id
LEFT JOIN paket_indikator i ON i.paket_bulan = u.paket_bulan AND i.instansi_id = u.instansi_id AND i.unit_id = u.unit_id
     AND i.bulan = u.paket_bulan
WHERE u.paket_bulan = $1::DATE

-- name: Nasional
-- nasional.csv: one row per instansi of month $1. Means are of unit
-- values (unit-weighted), sums exact (DECIMAL) so that no digit depends
-- on the order threads add rows in.
SELECT p.instansi_id, p.nama_instansi, p.jenis_instansi, p.provinsi,
       count(r.unit_id) AS unit,
       count(*) FILTER (WHERE r.status = 'HENTIKAN_SEMENTARA') AS hentikan_sementara,
       count(*) FILTER (WHERE r.status = 'TINJAU_ULANG') AS tinjau_ulang,
       count(*) FILTER (WHERE r.status = 'DATA_KURANG') AS data_kurang,
       count(*) FILTER (WHERE r.status = 'PANTAU') AS pantau,
       count(*) FILTER (WHERE r.status = 'LANJUTKAN') AS lanjutkan,
       count(*) FILTER (WHERE r.status = 'TIDAK_BERLAKU') AS tidak_berlaku,
       count(*) FILTER (WHERE r.status <> 'TIDAK_BERLAKU') AS unit_fwa,
       coalesce(sum(r.pegawai_roster), 0) AS pegawai_roster,
       sum(r.penghematan_rupiah::DECIMAL(38,18))::DOUBLE AS penghematan_rupiah,
       sum(r.capaian_kinerja_did::DECIMAL(38,18))::DOUBLE / count(r.capaian_kinerja_did) AS capaian_kinerja_did_rata,
       sum(r.tindak_lanjut_tepat_waktu::DECIMAL(38,18))::DOUBLE / count(r.tindak_lanjut_tepat_waktu) AS tindak_lanjut_tepat_waktu_rata
FROM paket p LEFT JOIN r_unit r USING (instansi_id)
WHERE p.paket_bulan = $1::DATE
GROUP BY p.instansi_id, p.nama_instansi, p.jenis_instansi, p.provinsi
ORDER BY p.instansi_id

-- name: Ubin
-- The headline tiles of month $1's units, as the instansi report computes
-- them (reports.Tiles): the mean capaian change of FWA units with a DiD
-- and of their control sets (change − DiD), the mean on-time follow-up of
-- FWA and of control units, and savings. The packages leave units under 5
-- employees empty, as the instansi report leaves them out.
SELECT sum(capaian_kinerja_change::DECIMAL(38,18)) FILTER (WHERE fwa)::DOUBLE / count(*) FILTER (WHERE fwa),
       sum((capaian_kinerja_change - capaian_kinerja_did)::DECIMAL(38,18)) FILTER (WHERE fwa)::DOUBLE / count(*) FILTER (WHERE fwa),
       sum(tindak_lanjut_tepat_waktu::DECIMAL(38,18)) FILTER (WHERE status <> 'TIDAK_BERLAKU')::DOUBLE
         / count(tindak_lanjut_tepat_waktu) FILTER (WHERE status <> 'TIDAK_BERLAKU'),
       sum(tindak_lanjut_tepat_waktu::DECIMAL(38,18)) FILTER (WHERE status = 'TIDAK_BERLAKU')::DOUBLE
         / count(tindak_lanjut_tepat_waktu) FILTER (WHERE status = 'TIDAK_BERLAKU'),
       sum(penghematan_rupiah::DECIMAL(38,18))::DOUBLE
FROM (SELECT *, capaian_kinerja_change IS NOT NULL AND capaian_kinerja_did IS NOT NULL AND status <> 'TIDAK_BERLAKU' AS fwa FROM r_unit)

-- name: StatusPer
-- {by}: jenis_instansi or provinsi. Units per status in each group.
SELECT {by}, status, count(*) FROM r_unit GROUP BY ALL ORDER BY 1, 2

-- name: Paused
-- Every paused unit, by instansi and unit name.
SELECT instansi_id, nama_instansi, unit_id, nama_unit, coalesce(evidence, ''), pegawai_roster
FROM r_unit WHERE status = 'HENTIKAN_SEMENTARA'
ORDER BY nama_instansi, instansi_id, nama_unit, unit_id

-- name: Tren
-- Per month of month $1's packages: mean capaian and on-time follow-up
-- of the units on FWA that month and of the others (unit-weighted), and
-- the savings.
SELECT i.bulan,
       sum(i.capaian_kinerja::DECIMAL(38,18)) FILTER (WHERE u.fwa_mulai <= last_day(i.bulan))::DOUBLE
         / count(i.capaian_kinerja) FILTER (WHERE u.fwa_mulai <= last_day(i.bulan)),
       sum(i.capaian_kinerja::DECIMAL(38,18)) FILTER (WHERE u.fwa_mulai IS NULL OR u.fwa_mulai > last_day(i.bulan))::DOUBLE
         / count(i.capaian_kinerja) FILTER (WHERE u.fwa_mulai IS NULL OR u.fwa_mulai > last_day(i.bulan)),
       sum(i.tindak_lanjut_tepat_waktu::DECIMAL(38,18)) FILTER (WHERE u.fwa_mulai <= last_day(i.bulan))::DOUBLE
         / count(i.tindak_lanjut_tepat_waktu) FILTER (WHERE u.fwa_mulai <= last_day(i.bulan)),
       sum(i.tindak_lanjut_tepat_waktu::DECIMAL(38,18)) FILTER (WHERE u.fwa_mulai IS NULL OR u.fwa_mulai > last_day(i.bulan))::DOUBLE
         / count(i.tindak_lanjut_tepat_waktu) FILTER (WHERE u.fwa_mulai IS NULL OR u.fwa_mulai > last_day(i.bulan)),
       sum(i.penghematan_rupiah::DECIMAL(38,18))::DOUBLE
FROM paket_indikator i
JOIN paket_unit u ON u.paket_bulan = i.paket_bulan AND u.instansi_id = i.instansi_id AND u.unit_id = i.unit_id
WHERE i.paket_bulan = $1::DATE
GROUP BY i.bulan ORDER BY i.bulan

-- name: Selesai
DROP TABLE IF EXISTS r_unit
