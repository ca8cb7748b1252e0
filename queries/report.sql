-- Statements that read what the reports show (README, "Outputs"). The
-- pipeline turns their rows into reports.Model; the renderers never see the
-- warehouse.

-- name: UnitsOfMonth
-- Every unit with its flag and the values the report shows, month M.
SELECT u.unit_id, u.nama_unit, u.instansi_id, u.nama_instansi,
       coalesce(f.status, ''), coalesce(f.rules, ''),
       coalesce(CASE WHEN ? = 'en' THEN f.bukti_en ELSE f.bukti_id END, ''),
       coalesce(i.jumlah_pegawai, 0),
       i.capaian_kinerja, i.capaian_kinerja_did_rel, i.porsi_fleksibel, i.tindak_lanjut_tepat_waktu, i.cakupan_presensi,
       i.capaian_kinerja_change, i.capaian_kinerja_did, i.penghematan_rupiah,
       -- the judged indicators' E (the DiD, else the change; complaints:
       -- the log rate ratio), standard error and z
       coalesce(i.capaian_kinerja_did, i.capaian_kinerja_change), i.capaian_kinerja_se, i.capaian_kinerja_z,
       coalesce(i.tindak_lanjut_tepat_waktu_did, i.tindak_lanjut_tepat_waktu_change), i.tindak_lanjut_tepat_waktu_se, i.tindak_lanjut_tepat_waktu_z,
       ln(i.aduan_per_100_pegawai_rr), i.aduan_per_100_pegawai_se, i.aduan_per_100_pegawai_z
FROM unit_kerja u
LEFT JOIN flag f ON f.unit_id = u.unit_id AND f.bulan = ?
LEFT JOIN indikator i ON i.unit_id = u.unit_id AND i.bulan = ?
ORDER BY u.unit_id

-- name: Trend
-- Per month: mean capaian and on-time follow-up of units on FWA that month
-- and of the others, unit-weighted over the unit-months the reports show
-- (5 employees or more that month and in the last month, $2): what the
-- national report computes from the packages.
SELECT b.bulan,
       -- exact sums (DECIMAL) so reruns give the same last digit
       sum(b.capaian_kinerja::DECIMAL(38,18)) FILTER (WHERE u.fwa_mulai <= last_day(b.bulan))::DOUBLE
         / nullif(count(b.capaian_kinerja) FILTER (WHERE u.fwa_mulai <= last_day(b.bulan)), 0) AS capaian_fwa,
       sum(b.capaian_kinerja::DECIMAL(38,18)) FILTER (WHERE u.fwa_mulai IS NULL OR u.fwa_mulai > last_day(b.bulan))::DOUBLE
         / nullif(count(b.capaian_kinerja) FILTER (WHERE u.fwa_mulai IS NULL OR u.fwa_mulai > last_day(b.bulan)), 0) AS capaian_ctrl,
       sum(b.tindak_lanjut_tepat_waktu::DECIMAL(38,18)) FILTER (WHERE u.fwa_mulai <= last_day(b.bulan))::DOUBLE
         / nullif(count(b.tindak_lanjut_tepat_waktu) FILTER (WHERE u.fwa_mulai <= last_day(b.bulan)), 0) AS tindak_fwa,
       sum(b.tindak_lanjut_tepat_waktu::DECIMAL(38,18)) FILTER (WHERE u.fwa_mulai IS NULL OR u.fwa_mulai > last_day(b.bulan))::DOUBLE
         / nullif(count(b.tindak_lanjut_tepat_waktu) FILTER (WHERE u.fwa_mulai IS NULL OR u.fwa_mulai > last_day(b.bulan)), 0) AS tindak_ctrl
FROM indikator_bulan b JOIN unit_kerja u USING (unit_id)
JOIN indikator_bulan last ON last.unit_id = b.unit_id AND last.bulan = $2
WHERE b.bulan BETWEEN $1 AND $2 AND coalesce(b.jumlah_pegawai, 0) >= 5 AND coalesce(last.jumlah_pegawai, 0) >= 5
GROUP BY b.bulan ORDER BY b.bulan

-- name: UnitTrends
-- The monthly values of the units in the JSON array $1, for their detail
-- charts: each indicator a rule judges, the unit's value and the mean of
-- the same instansi's units not on FWA that month (exact sums), and the
-- unit's FWA start.
WITH want AS (
    SELECT k.unit_id, k.instansi_id, k.fwa_mulai FROM unit_kerja k
    WHERE k.unit_id IN (SELECT unnest(from_json($1::JSON, '["VARCHAR"]')))
), ctrl AS (
    SELECT k.instansi_id, b.bulan,
           sum(b.capaian_kinerja::DECIMAL(38,18))::DOUBLE / nullif(count(b.capaian_kinerja), 0) AS capaian_kinerja,
           sum(b.tindak_lanjut_tepat_waktu::DECIMAL(38,18))::DOUBLE / nullif(count(b.tindak_lanjut_tepat_waktu), 0) AS tindak_lanjut_tepat_waktu,
           sum(b.aduan_per_100_pegawai::DECIMAL(38,18))::DOUBLE / nullif(count(b.aduan_per_100_pegawai), 0) AS aduan_per_100_pegawai,
           sum(b.tanpa_keterangan::DECIMAL(38,18))::DOUBLE / nullif(count(b.tanpa_keterangan), 0) AS tanpa_keterangan,
           sum(b.pelanggaran_kuota::DECIMAL(38,18))::DOUBLE / nullif(count(b.pelanggaran_kuota), 0) AS pelanggaran_kuota,
           sum(b.porsi_fleksibel::DECIMAL(38,18))::DOUBLE / nullif(count(b.porsi_fleksibel), 0) AS porsi_fleksibel,
           sum(b.cakupan_presensi::DECIMAL(38,18))::DOUBLE / nullif(count(b.cakupan_presensi), 0) AS cakupan_presensi
    FROM indikator_bulan b JOIN unit_kerja k USING (unit_id)
    WHERE b.bulan BETWEEN $2 AND $3 AND (k.fwa_mulai IS NULL OR k.fwa_mulai > last_day(b.bulan))
      AND k.instansi_id IN (SELECT instansi_id FROM want)
    GROUP BY ALL
)
SELECT w.unit_id, b.bulan, w.fwa_mulai,
       b.capaian_kinerja, c.capaian_kinerja, b.tindak_lanjut_tepat_waktu, c.tindak_lanjut_tepat_waktu,
       b.aduan_per_100_pegawai, c.aduan_per_100_pegawai, b.tanpa_keterangan, c.tanpa_keterangan,
       b.pelanggaran_kuota, c.pelanggaran_kuota, b.porsi_fleksibel, c.porsi_fleksibel,
       b.cakupan_presensi, c.cakupan_presensi
FROM want w JOIN indikator_bulan b ON b.unit_id = w.unit_id AND b.bulan BETWEEN $2 AND $3
LEFT JOIN ctrl c ON c.instansi_id = w.instansi_id AND c.bulan = b.bulan
ORDER BY w.unit_id, b.bulan

-- name: SourceRows
SELECT source, sum(rows_read), sum(rows_loaded), sum(rows_rejected)
FROM load_file GROUP BY source ORDER BY source

-- name: EmptySources
-- The fact sources a month may lack (aduan, belanja) that hold no row of
-- month $1: the reports' data-quality section says so.
SELECT 'aduan' WHERE NOT EXISTS (SELECT 1 FROM aduan WHERE diterima >= $1::DATE AND diterima < $1::DATE + INTERVAL 1 MONTH)
UNION ALL
SELECT 'belanja' WHERE NOT EXISTS (SELECT 1 FROM belanja WHERE bulan = $1::DATE)

-- name: TopRejects
SELECT source, "column", code, count(*) AS n
FROM load_reject GROUP BY ALL ORDER BY n DESC, source, "column", code LIMIT 10

-- name: UnitRejects
-- Each unit's rejected rows (load_reject_unit) in months $1 to $2, then
-- those without a month: rejected, of its rows of that source and month,
-- the commonest code and column.
SELECT r.unit_id, u.nama_unit, r.source, r.bulan, r.rows_rejected, r.rows_loaded + r.rows_rejected, r.code, r."column"
FROM load_reject_unit r JOIN unit_kerja u USING (unit_id)
WHERE r.bulan BETWEEN $1 AND $2 OR r.bulan IS NULL
ORDER BY r.bulan DESC NULLS LAST, r.rows_rejected DESC, r.unit_id, r.source

-- name: UntracedRejects
-- Rejected rows traced to no unit in months $1 to $2, against the
-- source's rows of the month (rows_loaded of such a row is the source's
-- loaded rows of it); then, per fact source (one with loaded months),
-- the rejected rows whose month could not be read.
SELECT r.source, r.bulan, r.rows_rejected, r.rows_loaded + a.rejected
FROM load_reject_unit r
JOIN (SELECT source, bulan, sum(rows_rejected) AS rejected FROM load_reject_unit WHERE bulan BETWEEN $1 AND $2 GROUP BY ALL) a USING (source, bulan)
WHERE r.unit_id IS NULL
UNION ALL
SELECT source, NULL, sum(rows_rejected), 0 FROM load_reject_unit
WHERE bulan IS NULL AND source IN (SELECT source FROM muat_bulan)
GROUP BY source
ORDER BY 2 DESC NULLS LAST, 1

-- name: AsOfReport
SELECT greatest(max(diterima), max(diverifikasi), max(ditindaklanjuti), max(selesai)) FROM aduan

-- name: Placebo
-- The placebo check of month $1 (docs/indicators.md): per judged indicator, the
-- control units judged as if on FWA, and how many cross the one-sided
-- limits $2 (97.5 %) and $3 (99.9 %) in the direction the rules act on.
SELECT ind, count(z),
       count(*) FILTER (WHERE CASE WHEN ind = 'aduan_per_100_pegawai' THEN z ELSE -z END >= $2),
       count(*) FILTER (WHERE CASE WHEN ind = 'aduan_per_100_pegawai' THEN z ELSE -z END >= $3)
FROM indikator_placebo WHERE bulan = $1::DATE
GROUP BY ind
