-- Statements of `fwaeval evaluate` (README, "What a verdict means"). The
-- rules themselves are in pipeline/evaluate.go; these read their inputs and
-- store their outcome.

-- name: UnitBulan
-- Every unit with the month's values the rules read.
SELECT u.unit_id, u.layanan_langsung, u.fwa_mulai,
       i.capaian_kinerja, i.capaian_kinerja_did_rel, i.pegawai_capaian,
       i.tindak_lanjut_tepat_waktu, i.tindak_lanjut_tepat_waktu_did, i.aduan_tl_dinilai,
       i.aduan_per_100_pegawai_did_rel, i.aduan_masuk, i.tanpa_keterangan, i.pelanggaran_kuota,
       i.porsi_fleksibel, i.cakupan_presensi,
       i.capaian_kinerja_change, i.capaian_kinerja_baseline, i.tindak_lanjut_tepat_waktu_change,
       i.aduan_per_100_pegawai_change, i.aduan_per_100_pegawai_baseline, i.capaian_kinerja_did,
       i.capaian_kinerja_se, i.capaian_kinerja_z, i.tindak_lanjut_tepat_waktu_se, i.tindak_lanjut_tepat_waktu_z,
       i.aduan_per_100_pegawai_se, i.aduan_per_100_pegawai_z, i.aduan_per_100_pegawai_rr
FROM unit_kerja u
LEFT JOIN indikator i ON i.unit_id = u.unit_id AND i.bulan = ?
ORDER BY u.unit_id

-- name: UnitRejects
-- Each unit's rejected rows of month $1 per source (load_reject_unit):
-- how many, of how many of that unit and month, the commonest code and
-- column and its message. evaluate's R6 does not judge a unit on a source
-- it lost rows of.
SELECT unit_id, source, rows_rejected, rows_loaded + rows_rejected, code, "column", message
FROM load_reject_unit WHERE bulan = $1 AND unit_id IS NOT NULL
ORDER BY unit_id, source

-- name: HapusFlag
DELETE FROM flag WHERE bulan = ?

-- name: SimpanFlag
-- {rows} is one "(?, ?, ?, ?, ?, ?)" per flag of the chunk.
INSERT INTO flag VALUES {rows}

-- name: FlagsCSV
-- flags.csv's own columns, then the unit's and instansi's names (after
-- them, so that its own columns keep their places).
SELECT f.unit_id, strftime(f.bulan, '%Y-%m') AS bulan, f.status, f.rules,
       CASE WHEN ? = 'en' THEN f.bukti_en ELSE f.bukti_id END AS evidence,
       u.nama_unit, u.nama_instansi
FROM flag f LEFT JOIN unit_kerja u USING (unit_id)
WHERE f.bulan = ? ORDER BY f.unit_id
