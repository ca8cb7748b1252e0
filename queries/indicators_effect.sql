-- The evaluated indicators of the months in e_months (a list of first
-- days; a monthly batch gives one, an export the months of its package):
-- each month's per-month values, savings, and for units on FWA in that
-- month the policy effect of five indicators against control units
-- (SPEC §4). Months are independent: every CTE carries its month m, so
-- several months cost one pass instead of one pass each. Reads only
-- indikator_bulan and unit_kerja.

-- name: Efek
CREATE OR REPLACE TEMP TABLE c_efek AS
WITH mm AS (
    SELECT m, last_day(m) AS m_end FROM (SELECT unnest(getvariable('e_months')) AS m)
), fwa AS (
    -- units on FWA in month m, with the first month of their baseline window's end
    SELECT mm.m, u.unit_id, u.instansi_id, date_trunc('month', u.fwa_mulai)::DATE AS mulai
    FROM mm JOIN unit_kerja u ON u.fwa_mulai <= mm.m_end
), kontrol AS (
    SELECT mm.m, u.unit_id, u.instansi_id FROM mm JOIN unit_kerja u ON u.fwa_mulai IS NULL OR u.fwa_mulai > mm.m_end
), nilai AS (
    -- one row per non-null value (UNPIVOT drops NULLs: they are skipped)
    UNPIVOT (SELECT unit_id, bulan, capaian_kinerja, tindak_lanjut_tepat_waktu, aduan_per_100_pegawai,
                    tingkat_kehadiran, belanja_operasional FROM indikator_bulan
             -- only the months and the baseline windows: the cost does not grow with history
             WHERE bulan IN (SELECT m FROM mm)
                OR bulan IN (SELECT (date_trunc('month', fwa_mulai) - to_months(k))::DATE
                             FROM unit_kerja, range(1, 4) r(k) WHERE fwa_mulai <= (SELECT max(m_end) FROM mm)))
    ON capaian_kinerja, tindak_lanjut_tepat_waktu, aduan_per_100_pegawai, tingkat_kehadiran, belanja_operasional
    INTO NAME ind VALUE val
), bulan_m AS (
    SELECT bulan AS m, unit_id, ind, val FROM nilai WHERE bulan IN (SELECT m FROM mm)
), jendela AS (
    SELECT DISTINCT m, mulai FROM fwa
), kontrol_beda AS (
    -- each control's change against the mean over a baseline window.
    -- Means go through DECIMAL(38,18): exact sums, so the last digit does
    -- not depend on the order parallel threads add rows in.
    SELECT j.m, j.mulai, k.instansi_id, n.ind, b.val - (sum((n.val)::DECIMAL(38,18))::DOUBLE / count(n.val)) AS beda
    FROM jendela j
    JOIN nilai n ON n.bulan >= j.mulai - INTERVAL 3 MONTH AND n.bulan < j.mulai
    JOIN kontrol k ON k.m = j.m AND k.unit_id = n.unit_id
    JOIN bulan_m b ON b.m = j.m AND b.unit_id = n.unit_id AND b.ind = n.ind
    GROUP BY j.m, j.mulai, k.instansi_id, n.unit_id, n.ind, b.val
), per_instansi AS (
    SELECT m, mulai, instansi_id, ind, (sum((beda)::DECIMAL(38,18))::DOUBLE / count(beda)) AS beda, count(*) AS n FROM kontrol_beda GROUP BY ALL
), nasional AS (
    SELECT m, mulai, ind, (sum((beda)::DECIMAL(38,18))::DOUBLE / count(beda)) AS beda FROM kontrol_beda GROUP BY ALL
), baseline AS (
    SELECT f.m, f.unit_id, n.ind, (sum((n.val)::DECIMAL(38,18))::DOUBLE / count(n.val)) AS base
    FROM fwa f JOIN nilai n ON n.unit_id = f.unit_id AND n.bulan >= f.mulai - INTERVAL 3 MONTH AND n.bulan < f.mulai
    GROUP BY ALL
), grid AS (
    SELECT f.*, i.ind
    FROM fwa f CROSS JOIN (SELECT unnest(['capaian_kinerja', 'tindak_lanjut_tepat_waktu', 'aduan_per_100_pegawai',
                                          'tingkat_kehadiran', 'belanja_operasional']) AS ind) i
)
SELECT g.m, g.unit_id, g.ind, b.base,
       v.val - b.base AS change,
       -- fewer than 2 controls with both values in the instansi: all controls nationally
       CASE WHEN coalesce(pi.n, 0) >= 2 THEN pi.beda ELSE na.beda END AS kontrol
FROM grid g
LEFT JOIN baseline b USING (m, unit_id, ind)
LEFT JOIN bulan_m v USING (m, unit_id, ind)
LEFT JOIN per_instansi pi ON pi.m = g.m AND pi.mulai = g.mulai AND pi.instansi_id = g.instansi_id AND pi.ind = g.ind
LEFT JOIN nasional na ON na.m = g.m AND na.mulai = g.mulai AND na.ind = g.ind

-- name: Hemat
-- Savings against the same month a year earlier, else the mean of the
-- baseline window months with spending; FWA units only.
CREATE OR REPLACE TEMP TABLE c_hemat AS
WITH mm AS (
    SELECT m, last_day(m) AS m_end FROM (SELECT unnest(getvariable('e_months')) AS m)
), fwa AS (
    SELECT mm.m, u.unit_id, date_trunc('month', u.fwa_mulai)::DATE AS mulai
    FROM mm JOIN unit_kerja u ON u.fwa_mulai <= mm.m_end
), dasar AS (
    SELECT f.m, f.unit_id,
           coalesce((SELECT y.belanja_operasional FROM indikator_bulan y
                     WHERE y.unit_id = f.unit_id AND y.bulan = f.m - INTERVAL 12 MONTH),
                    (SELECT (sum((w.belanja_operasional)::DECIMAL(38,18))::DOUBLE / count(w.belanja_operasional)) FROM indikator_bulan w
                     WHERE w.unit_id = f.unit_id AND w.bulan >= f.mulai - INTERVAL 3 MONTH AND w.bulan < f.mulai)) AS dasar
    FROM fwa f
)
SELECT d.m, d.unit_id, d.dasar - b.belanja_operasional AS penghematan_rupiah,
       (d.dasar - b.belanja_operasional) / nullif(d.dasar, 0) AS penghematan_persen
FROM dasar d LEFT JOIN indikator_bulan b ON b.unit_id = d.unit_id AND b.bulan = d.m

-- name: HapusIndikator
DELETE FROM indikator WHERE bulan IN (SELECT unnest(getvariable('e_months')))

-- name: SimpanIndikator
INSERT INTO indikator
WITH e AS (
    PIVOT (SELECT m, unit_id, ind, base, change, change - kontrol AS did, (change - kontrol) / nullif(base, 0) AS did_rel FROM c_efek)
    ON ind IN ('capaian_kinerja', 'tindak_lanjut_tepat_waktu', 'aduan_per_100_pegawai', 'tingkat_kehadiran', 'belanja_operasional')
    USING first(base) AS baseline, first(change) AS change, first(did) AS did, first(did_rel) AS did_rel
    GROUP BY m, unit_id
), mm AS (
    SELECT unnest(getvariable('e_months')) AS m
)
SELECT u.unit_id, u.nama_unit, u.instansi_id, mm.m,
       b.hari_kerja, b.jumlah_pegawai, b.cakupan_presensi, b.tingkat_kehadiran, b.tanpa_keterangan, b.porsi_fleksibel,
       b.pelanggaran_kuota, b.fleksibel_tanpa_izin, b.kepatuhan_jam, b.capaian_kinerja, b.kepatuhan_kinerja_harian,
       b.rasio_output_fleksibel, b.aduan_masuk, b.aduan_per_100_pegawai, b.verifikasi_tepat_waktu,
       b.tindak_lanjut_tepat_waktu, b.penyelesaian_60_hari, b.median_hari_tindak_lanjut, b.belanja_operasional,
       h.penghematan_rupiah, h.penghematan_persen,
       e.capaian_kinerja_baseline, e.capaian_kinerja_change, e.capaian_kinerja_did, e.capaian_kinerja_did_rel,
       e.tindak_lanjut_tepat_waktu_baseline, e.tindak_lanjut_tepat_waktu_change, e.tindak_lanjut_tepat_waktu_did, e.tindak_lanjut_tepat_waktu_did_rel,
       e.aduan_per_100_pegawai_baseline, e.aduan_per_100_pegawai_change, e.aduan_per_100_pegawai_did, e.aduan_per_100_pegawai_did_rel,
       e.tingkat_kehadiran_baseline, e.tingkat_kehadiran_change, e.tingkat_kehadiran_did, e.tingkat_kehadiran_did_rel,
       e.belanja_operasional_baseline, e.belanja_operasional_change, e.belanja_operasional_did, e.belanja_operasional_did_rel,
       b.pegawai_capaian, b.aduan_tl_dinilai
FROM mm CROSS JOIN unit_kerja u
LEFT JOIN indikator_bulan b ON b.unit_id = u.unit_id AND b.bulan = mm.m
LEFT JOIN c_hemat h ON h.m = mm.m AND h.unit_id = u.unit_id
LEFT JOIN e ON e.m = mm.m AND e.unit_id = u.unit_id
ORDER BY mm.m, u.unit_id

-- name: Rentang
-- The months with data: from the first to the last month of any fact source.
SELECT min(bulan), max(bulan) FROM muat_bulan

-- name: BulanPerlu
-- The months the indicators of the months in e_months read: each month,
-- the month a year before (savings), and the baseline windows of the
-- units on FWA in any of them.
WITH mm AS (SELECT unnest(getvariable('e_months')) AS m)
SELECT DISTINCT m FROM (
    SELECT m FROM mm
    UNION ALL SELECT (m - INTERVAL 12 MONTH)::DATE FROM mm
    UNION ALL
    SELECT (date_trunc('month', fwa_mulai) - to_months(k))::DATE
    FROM unit_kerja, range(1, 4) r(k) WHERE fwa_mulai <= (SELECT last_day(max(m)) FROM mm)
) ORDER BY m

-- name: Sidik
-- What each month $1..$2 would be computed from now, with the fingerprint
-- stored with it (NULL: none): the loads of its fact months, the roster up
-- to it, the calendar, the units, and the as-of date while the month's SLA
-- windows may still be open. All months in one pass: the roster's hashes
-- are summed by month of tmt once, then cumulated.
WITH b AS (
    SELECT d::DATE AS bulan FROM generate_series($1::DATE::TIMESTAMP, $2::DATE::TIMESTAMP, INTERVAL 1 MONTH) t(d)
), muat AS (
    SELECT bulan, string_agg(source || '=' || versi, ',' ORDER BY source) AS s
    FROM muat_bulan WHERE bulan BETWEEN $1::DATE AND $2::DATE GROUP BY bulan
), roster AS (
    SELECT date_trunc('month', tmt)::DATE AS dari, sum(hash(nip, unit_id, tmt, fwa_disetujui)) AS h
    FROM pegawai WHERE tmt <= last_day($2::DATE) GROUP BY ALL
), tetap AS (
    SELECT (SELECT coalesce(sum(hash(tanggal, jenis)), 0) FROM kalender_aktif)::VARCHAR AS kalender,
           (SELECT coalesce(sum(hash(unit_id)), 0) FROM unit_kerja)::VARCHAR AS unit
)
SELECT b.bulan,
       coalesce(muat.s, '')
    || '|' || coalesce((SELECT sum(h) FROM roster WHERE dari <= b.bulan), 0)::VARCHAR
    || '|' || tetap.kalender
    || '|' || tetap.unit
    || '|' || CASE WHEN getvariable('as_of')::DATE <= last_day(b.bulan) + INTERVAL 100 DAY
                   THEN getvariable('as_of')::VARCHAR ELSE 'tetap' END,
       s.sidik
FROM b CROSS JOIN tetap
LEFT JOIN muat USING (bulan)
LEFT JOIN indikator_bulan_sidik s USING (bulan)
ORDER BY b.bulan

-- name: SimpanSidik
-- {rows} is one "(?, ?)" per month.
INSERT OR REPLACE INTO indikator_bulan_sidik VALUES {rows}

-- name: SidikEfek
-- For each month of e_months, what its evaluated indicators would be
-- computed from now — $1, the effect SQL's version; the units (their ids,
-- names, instansi and FWA start); the stored fingerprint of each month
-- the effect statements read for it (BulanPerlu's months, '-' for none)
-- — and what they were computed from (NULL: not stored).
WITH mm AS (
    SELECT unnest(getvariable('e_months')) AS m
), perlu AS (
    SELECT m, m AS b FROM mm
    UNION SELECT m, (m - INTERVAL 12 MONTH)::DATE FROM mm
    UNION SELECT mm.m, (date_trunc('month', u.fwa_mulai) - to_months(k))::DATE
          FROM mm, unit_kerja u, range(1, 4) r(k) WHERE u.fwa_mulai <= last_day(mm.m)
), unit AS (
    SELECT coalesce(sum(hash(unit_id, nama_unit, instansi_id, fwa_mulai)), 0)::VARCHAR AS h FROM unit_kerja
)
SELECT p.m, md5($1 || '|' || any_value(unit.h) || '|' || string_agg(p.b::VARCHAR || '=' || coalesce(s.sidik, '-'), ',' ORDER BY p.b)),
       any_value(st.sidik)
FROM perlu p CROSS JOIN unit
LEFT JOIN indikator_bulan_sidik s ON s.bulan = p.b
LEFT JOIN indikator_sidik st ON st.bulan = p.m
GROUP BY p.m ORDER BY p.m

-- name: SimpanSidikEfek
-- {rows} is one "(?, ?)" per month.
INSERT OR REPLACE INTO indikator_sidik VALUES {rows}

-- name: HapusSidik
DELETE FROM indikator_bulan_sidik WHERE bulan = getvariable('m_start')

-- name: IndicatorsCSV
-- indicators.csv: the stored row of every unit for month $1, in SPEC §4's
-- column order, unit by unit.
SELECT * EXCLUDE (pegawai_capaian, aduan_tl_dinilai) REPLACE (strftime(bulan, '%Y-%m') AS bulan)
FROM indikator WHERE bulan = ? ORDER BY unit_id;
