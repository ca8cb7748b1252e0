-- The evaluated indicators of the months in e_months (a list of first days; a
-- monthly batch gives one, an export the months of its package): each month's
-- per-month values, savings, and for units on FWA in that month the policy
-- effect of five indicators against control units (docs/indicators.md).
-- Months are independent: every CTE carries its month m, so several months
-- cost one pass instead of one pass each. Reads only indikator_bulan and
-- unit_kerja.

-- name: Beda
-- Every unit's change over each baseline window W that a unit on FWA in month
-- m is judged on (W: the three months before the month of its fwa_mulai,
-- "mulai"): the unit itself over its own window, each control unit (not on
-- FWA in m) over every such window. With, for the three judged indicators,
-- the sampling variance s2 of the change and the change judged, y
-- (docs/indicators.md, "Is the change more than chance?"), and the window's
-- between-unit variance tau2 over the national pool of control units with
-- both values (DerSimonian–Laird).
CREATE OR REPLACE TEMP TABLE c_beda AS
WITH mm AS (
    SELECT m, last_day(m) AS m_end FROM (SELECT unnest(getvariable('e_months')) AS m)
), fwa AS (
    -- units on FWA in month m, with the first month after their baseline window
    SELECT mm.m, u.unit_id, u.instansi_id, date_trunc('month', u.fwa_mulai)::DATE AS mulai
    FROM mm JOIN unit_kerja u ON u.fwa_mulai <= mm.m_end
), kontrol AS (
    SELECT mm.m, u.unit_id, u.instansi_id FROM mm JOIN unit_kerja u ON u.fwa_mulai IS NULL OR u.fwa_mulai > mm.m_end
), nilai AS MATERIALIZED (
    -- one row per non-null value (UNPIVOT drops NULLs: they are skipped),
    -- with what a change's variance needs of that month: a = the
    -- employees' variance (floored at 1.0) / their count for capaian, the
    -- complaints met for follow-up, the complaints O; b = the employees
    -- with capaian, met + missed, the roster N
    SELECT unit_id, bulan, ind, val,
           CASE ind WHEN 'capaian_kinerja' THEN greatest(coalesce(capaian_var, 1.0), 1.0) / pegawai_capaian
                    WHEN 'tindak_lanjut_tepat_waktu' THEN aduan_tl_tepat
                    WHEN 'aduan_per_100_pegawai' THEN aduan_masuk END::DOUBLE AS a,
           CASE ind WHEN 'capaian_kinerja' THEN pegawai_capaian
                    WHEN 'tindak_lanjut_tepat_waktu' THEN aduan_tl_dinilai
                    WHEN 'aduan_per_100_pegawai' THEN jumlah_pegawai END::DOUBLE AS b
    FROM (UNPIVOT (SELECT unit_id, bulan, capaian_kinerja, tindak_lanjut_tepat_waktu, aduan_per_100_pegawai,
                          tingkat_kehadiran, belanja_operasional,
                          capaian_var, pegawai_capaian, aduan_tl_tepat, aduan_tl_dinilai, aduan_masuk, jumlah_pegawai
                   FROM indikator_bulan
                   -- only the months and the baseline windows: the cost does not grow with history
                   WHERE bulan IN (SELECT m FROM mm)
                      OR bulan IN (SELECT (date_trunc('month', fwa_mulai) - to_months(k))::DATE
                                   FROM unit_kerja, range(1, 4) r(k) WHERE fwa_mulai <= (SELECT max(m_end) FROM mm)))
          ON capaian_kinerja, tindak_lanjut_tepat_waktu, aduan_per_100_pegawai, tingkat_kehadiran, belanja_operasional
          INTO NAME ind VALUE val)
), jendela AS (
    SELECT DISTINCT m, mulai FROM fwa
), peserta AS (
    SELECT m, mulai, unit_id, instansi_id, false AS kontrol FROM fwa
    UNION ALL
    SELECT j.m, j.mulai, k.unit_id, k.instansi_id, true FROM jendela j JOIN kontrol k USING (m)
), dasar AS (
    -- the baseline over the window's k months with a value. Sums go
    -- through DECIMAL(38,18): exact, so the last digit does not depend on
    -- the order parallel threads add rows in.
    SELECT p.m, p.mulai, p.unit_id, p.instansi_id, p.kontrol, n.ind,
           sum(n.val::DECIMAL(38,18))::DOUBLE / count(*) AS base, count(*) AS k,
           sum(n.a::DECIMAL(38,18))::DOUBLE AS sa, sum(n.b::DECIMAL(38,18))::DOUBLE AS sb,
           sum((1 / n.b)::DECIMAL(38,18))::DOUBLE AS s_inv_b
    FROM peserta p
    JOIN nilai n ON n.unit_id = p.unit_id AND n.bulan >= p.mulai - INTERVAL 3 MONTH AND n.bulan < p.mulai
    GROUP BY ALL
), beda AS MATERIALIZED (
    SELECT d.m, d.mulai, d.unit_id, d.instansi_id, d.kontrol, d.ind, d.base, v.val - d.base AS change,
           CASE d.ind
               WHEN 'capaian_kinerja' THEN v.a + d.sa / (d.k * d.k)
               -- p̄ = (Σ met + 0.5) / (Σ n + 1) over M and W
               WHEN 'tindak_lanjut_tepat_waktu' THEN
                   (v.a + d.sa + 0.5) / (v.b + d.sb + 1) * (1 - (v.a + d.sa + 0.5) / (v.b + d.sb + 1))
                   * (1 / v.b + d.s_inv_b / (d.k * d.k))
               WHEN 'aduan_per_100_pegawai' THEN 1 / (v.a + 0.5) + 1 / (d.sa + 0.5 * d.k)
           END AS s2,
           -- complaints are judged on the log scale
           CASE WHEN d.ind = 'aduan_per_100_pegawai' THEN ln((v.a + 0.5) / v.b) - ln((d.sa + 0.5 * d.k) / d.sb)
                ELSE v.val - d.base END AS y
    FROM dasar d
    LEFT JOIN nilai v ON v.bulan = d.m AND v.unit_id = d.unit_id AND v.ind = d.ind
), pool AS (
    -- the national pool: control units with both values. Weighted sums in
    -- unit order (the weights have no bound a DECIMAL could hold): the
    -- same digits every run.
    SELECT m, mulai, ind, count(*) AS p,
           list_sum(list(1 / s2 ORDER BY unit_id)) AS sw,
           list_sum(list(1 / (s2 * s2) ORDER BY unit_id)) AS sw2,
           list_sum(list(y / s2 ORDER BY unit_id)) / list_sum(list(1 / s2 ORDER BY unit_id)) AS ybar
    FROM beda WHERE kontrol AND s2 IS NOT NULL AND y IS NOT NULL
    GROUP BY ALL
), tau AS (
    -- tau2 = max(0, (Q - (P - 1)) / (Σw - Σw² / Σw)) for P >= 3, else 0
    SELECT p.m, p.mulai, p.ind,
           CASE WHEN any_value(p.p) >= 3
                THEN coalesce(greatest(0, (list_sum(list((b.y - p.ybar) * (b.y - p.ybar) / b.s2 ORDER BY b.unit_id)) - (any_value(p.p) - 1))
                                          / nullif(any_value(p.sw) - any_value(p.sw2) / any_value(p.sw), 0)), 0)
                ELSE 0 END AS tau2
    FROM pool p JOIN beda b ON b.m = p.m AND b.mulai = p.mulai AND b.ind = p.ind AND b.kontrol AND b.s2 IS NOT NULL AND b.y IS NOT NULL
    GROUP BY p.m, p.mulai, p.ind
)
SELECT b.*, coalesce(t.tau2, 0) AS tau2
FROM beda b LEFT JOIN tau t USING (m, mulai, ind)

-- name: Efek
-- The effect of each unit on FWA in the months of e_months, for five
-- indicators: baseline, change, and the control change of the control set C
-- (the instansi's control units with both values if at least 2, else all such
-- units nationally; docs/indicators.md); for the three judged ones the
-- estimate E and its standard error.
CREATE OR REPLACE TEMP TABLE c_efek AS
WITH kb AS (
    SELECT * FROM c_beda WHERE kontrol AND change IS NOT NULL
), kelompok AS (
    -- the control set's sums, per instansi and nationally (instansi_id NULL)
    SELECT m, mulai, instansi_id, ind,
           {'n': count(*), 'beda': sum(change::DECIMAL(38,18))::DOUBLE / count(*),
            's2': list_sum(list(s2 ORDER BY unit_id)),
            'w': list_sum(list(1 / (s2 + tau2) ORDER BY unit_id)),
            'wy': list_sum(list(y / (s2 + tau2) ORDER BY unit_id))} AS c
    FROM kb GROUP BY GROUPING SETS ((m, mulai, instansi_id, ind), (m, mulai, ind))
), pilih AS (
    -- fewer than 2 controls with both values in the instansi: all controls nationally
    SELECT f.m, f.unit_id, f.ind, f.base, f.change, f.s2, f.y, f.tau2,
           CASE WHEN coalesce(pi.c.n, 0) >= 2 THEN pi.c ELSE na.c END AS c
    FROM c_beda f
    LEFT JOIN kelompok pi ON pi.m = f.m AND pi.mulai = f.mulai AND pi.ind = f.ind AND pi.instansi_id = f.instansi_id
    LEFT JOIN kelompok na ON na.m = f.m AND na.mulai = f.mulai AND na.ind = f.ind AND na.instansi_id IS NULL
    WHERE NOT f.kontrol
), grid AS (
    SELECT mm.m, u.unit_id, i.ind
    FROM (SELECT unnest(getvariable('e_months')) AS m) mm
    JOIN unit_kerja u ON u.fwa_mulai <= last_day(mm.m)
    CROSS JOIN (SELECT unnest(['capaian_kinerja', 'tindak_lanjut_tepat_waktu', 'aduan_per_100_pegawai',
                               'tingkat_kehadiran', 'belanja_operasional']) AS ind) i
), efek AS (
    SELECT g.m, g.unit_id, g.ind, p.base, p.change, p.c.beda AS kontrol,
           -- E: the DiD (the change when C is empty); for complaints the
           -- log rate ratio against C's precision-weighted mean
           CASE WHEN g.ind = 'aduan_per_100_pegawai' THEN p.y - coalesce(p.c.wy / p.c.w, 0)
                WHEN p.s2 IS NOT NULL THEN p.change - coalesce(p.c.beda, 0) END AS e,
           sqrt(p.s2 + p.tau2 + CASE WHEN p.c IS NULL THEN 0
                                     WHEN g.ind = 'aduan_per_100_pegawai' THEN 1 / p.c.w
                                     ELSE (p.c.s2 + p.c.n * p.tau2) / (p.c.n * p.c.n) END) AS se
    FROM grid g LEFT JOIN pilih p USING (m, unit_id, ind)
)
SELECT m, unit_id, ind, base, change, kontrol, e, se,
       e / nullif(se, 0) AS z,
       CASE WHEN ind = 'aduan_per_100_pegawai' THEN exp(e) END AS rr
FROM efek

-- name: HapusPlacebo
DELETE FROM indikator_placebo WHERE bulan IN (SELECT unnest(getvariable('e_months')))

-- name: SimpanPlacebo
-- The placebo check (docs/indicators.md): every control unit judged as if it
-- were on FWA, with the same formulas as Efek, against the rest of its
-- control set. Its window: the one most units on FWA of its instansi are
-- judged on in the month, else the one most units nationally are (ties: the
-- later window); none when no unit is on FWA.
INSERT INTO indikator_placebo
WITH fwa AS (
    SELECT DISTINCT m, mulai, unit_id, instansi_id FROM c_beda WHERE NOT kontrol
), modus_instansi AS (
    SELECT m, instansi_id, arg_max(mulai, (n, mulai)) AS mulai
    FROM (SELECT m, instansi_id, mulai, count(*) AS n FROM fwa GROUP BY ALL) GROUP BY ALL
), modus AS (
    SELECT m, arg_max(mulai, (n, mulai)) AS mulai
    FROM (SELECT m, mulai, count(*) AS n FROM fwa GROUP BY ALL) GROUP BY ALL
), kb AS (
    SELECT * FROM c_beda WHERE kontrol AND change IS NOT NULL AND s2 IS NOT NULL
), jumlah AS (
    SELECT m, mulai, instansi_id, ind, count(*) AS n, sum(change::DECIMAL(38,18)) AS beda,
           list_sum(list(s2 ORDER BY unit_id)) AS s2,
           list_sum(list(1 / (s2 + tau2) ORDER BY unit_id)) AS w,
           list_sum(list(y / (s2 + tau2) ORDER BY unit_id)) AS wy
    FROM kb GROUP BY ALL
), jumlah_nasional AS (
    SELECT m, mulai, ind, sum(n) AS n, sum(beda) AS beda, list_sum(list(s2 ORDER BY instansi_id)) AS s2,
           list_sum(list(w ORDER BY instansi_id)) AS w, list_sum(list(wy ORDER BY instansi_id)) AS wy
    FROM jumlah GROUP BY ALL
), tanpa AS (
    -- each control unit over its window, with its control set's sums
    -- without it: the instansi's other controls if at least 2, else all
    -- other controls nationally
    SELECT b.m, b.unit_id, b.ind, b.change, b.s2, b.y, b.tau2,
           CASE WHEN ji.n - 1 >= 2 THEN ji.n - 1 ELSE jn.n - 1 END AS n,
           CASE WHEN ji.n - 1 >= 2 THEN (ji.beda - b.change::DECIMAL(38,18)) ELSE (jn.beda - b.change::DECIMAL(38,18)) END::DOUBLE AS beda,
           CASE WHEN ji.n - 1 >= 2 THEN ji.s2 ELSE jn.s2 END - b.s2 AS c_s2,
           CASE WHEN ji.n - 1 >= 2 THEN ji.w ELSE jn.w END - 1 / (b.s2 + b.tau2) AS w,
           CASE WHEN ji.n - 1 >= 2 THEN ji.wy ELSE jn.wy END - b.y / (b.s2 + b.tau2) AS wy
    FROM kb b
    JOIN modus mo ON mo.m = b.m
    LEFT JOIN modus_instansi mi ON mi.m = b.m AND mi.instansi_id = b.instansi_id
    JOIN jumlah ji ON ji.m = b.m AND ji.mulai = b.mulai AND ji.instansi_id = b.instansi_id AND ji.ind = b.ind
    JOIN jumlah_nasional jn ON jn.m = b.m AND jn.mulai = b.mulai AND jn.ind = b.ind
    WHERE b.mulai = coalesce(mi.mulai, mo.mulai)
), efek AS (
    SELECT m, unit_id, ind,
           CASE WHEN n = 0 THEN y
                WHEN ind = 'aduan_per_100_pegawai' THEN y - wy / w
                ELSE change - beda / n END AS e,
           sqrt(s2 + tau2 + CASE WHEN n = 0 THEN 0
                                 WHEN ind = 'aduan_per_100_pegawai' THEN 1 / w
                                 ELSE (c_s2 + n * tau2) / (n * n) END) AS se
    FROM tanpa
)
SELECT m AS bulan, unit_id, ind, e, se, e / nullif(se, 0) AS z FROM efek
ORDER BY m, unit_id, ind

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
    PIVOT (SELECT m, unit_id, ind, base, change, change - kontrol AS did, (change - kontrol) / nullif(base, 0) AS did_rel,
                  se, z, rr FROM c_efek)
    ON ind IN ('capaian_kinerja', 'tindak_lanjut_tepat_waktu', 'aduan_per_100_pegawai', 'tingkat_kehadiran', 'belanja_operasional')
    USING first(base) AS baseline, first(change) AS change, first(did) AS did, first(did_rel) AS did_rel,
          first(se) AS se, first(z) AS z, first(rr) AS rr
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
       b.pegawai_capaian, b.aduan_tl_dinilai,
       e.capaian_kinerja_se, e.capaian_kinerja_z, e.tindak_lanjut_tepat_waktu_se, e.tindak_lanjut_tepat_waktu_z,
       e.aduan_per_100_pegawai_se, e.aduan_per_100_pegawai_z, e.aduan_per_100_pegawai_rr
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
-- indicators.csv: the stored row of every unit for month $1, in
-- docs/indicators.md's column order, unit by unit.
SELECT * EXCLUDE (pegawai_capaian, aduan_tl_dinilai) REPLACE (strftime(bulan, '%Y-%m') AS bulan)
FROM indikator WHERE bulan = ? ORDER BY unit_id;
