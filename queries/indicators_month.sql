-- Per-unit indicators of one month M (docs/indicators.md), from M's rows only.
-- Variables: m_start (first day of M), m_end (last day of M).
-- Temporary tables c_* hold the month's working days, roster and the
-- partial results of each theme; SimpanBulan combines them.

-- name: HariKerja
-- HK(M): Monday–Friday dates of M not marked LIBUR or CUTI_BERSAMA; each
-- with whether it is a Friday (90-minute break) and a RAMADAN day.
CREATE OR REPLACE TEMP TABLE c_hk AS
SELECT d::DATE AS tanggal, isodow(d) = 5 AS jumat,
       d::DATE IN (SELECT tanggal FROM kalender_aktif WHERE jenis = 'RAMADAN') AS ramadan
FROM generate_series(getvariable('m_start')::TIMESTAMP, getvariable('m_end')::TIMESTAMP, INTERVAL 1 DAY) t(d)
WHERE isodow(d) <= 5
  AND d::DATE NOT IN (SELECT tanggal FROM kalender_aktif WHERE jenis IN ('LIBUR', 'CUTI_BERSAMA'))

-- name: Roster
-- Roster(u, M): employees with tmt <= last day of M; hk_exp is the number
-- of M's HK days on or after tmt (their share of E).
CREATE OR REPLACE TEMP TABLE c_roster AS
WITH dari AS (
    -- for each day of M, the HK days of M on or after it
    SELECT d::DATE AS tanggal, (SELECT count(*) FROM c_hk h WHERE h.tanggal >= d::DATE) AS n
    FROM generate_series(getvariable('m_start')::TIMESTAMP, getvariable('m_end')::TIMESTAMP, INTERVAL 1 DAY) t(d)
)
SELECT p.nip, p.unit_id, p.tmt, p.fwa_disetujui,
       CASE WHEN p.tmt <= getvariable('m_start') THEN (SELECT count(*) FROM c_hk) ELSE d.n END AS hk_exp
FROM pegawai p LEFT JOIN dari d ON d.tanggal = p.tmt
WHERE p.tmt <= getvariable('m_end')

-- name: PresensiBulan
-- Counted presensi rows (roster employees, M's HK days, on or after tmt),
-- gathered per employee in one pass: counts per status, the HADIR and the
-- flexible (WFH/WFA) days of M as bit masks (bit d-1 = day d), and the
-- working hours. The masks give the employee-weeks of the quota rule here
-- and the employee-days the e-Kinerja indicators match daily logs to
-- (KinerjaBulan), so no query builds a row per employee-day.
-- The rows are grouped by NIP alone and meet the roster afterwards, once
-- per employee: joining every row to the roster (its unit, approval and
-- tmt) cost twice the grouping at national scale. Only the employees who
-- start after M's first day (telat, few) are looked up per row, for their
-- rows before tmt; rows of employees not on the roster drop at the end.
-- The grouping keeps two values per employee instead of seven (national:
-- 18 s → 12 s), unpacked afterwards; a (NIP, day) has one row (the load
-- keeps keys unique), so no field can overflow into the next:
--   paket, one sum: bits 0–23 worked seconds (≤ 23 days × 27000),
--     24–31 and 32–39 the HADIR days with both clock times outside and on
--     RAMADAN (their required minutes), 40–47 rows, 48–55 HADIR or
--     DINAS_LUAR rows, 56–62 TANPA_KETERANGAN rows;
--   hari, one bit_or: bits 0–30 the HADIR days, 32–62 the flexible ones.
CREATE OR REPLACE TEMP TABLE c_pegawai_bulan AS
WITH telat AS (
    SELECT nip, tmt FROM c_roster WHERE tmt > getvariable('m_start')
), e AS (
    SELECT p.nip,
           sum((1::BIGINT << 40)
               + CASE WHEN p.status IN ('HADIR', 'DINAS_LUAR') THEN 1::BIGINT << 48 ELSE 0 END
               + CASE WHEN p.status = 'TANPA_KETERANGAN' THEN 1::BIGINT << 56 ELSE 0 END
               -- worked = out - in - break (60 min, 90 on Friday), floored
               -- at 0, capped at required = 450 min (390 on RAMADAN days);
               -- whole seconds, exact whatever order rows are summed in
               + CASE WHEN p.status = 'HADIR' AND p.jam_masuk IS NOT NULL AND p.jam_pulang IS NOT NULL
                      THEN least(greatest(date_diff('second', p.jam_masuk, p.jam_pulang) - CASE WHEN h.jumat THEN 5400 ELSE 3600 END, 0),
                                 CASE WHEN h.ramadan THEN 23400 ELSE 27000 END)
                           + CASE WHEN h.ramadan THEN 1::BIGINT << 32 ELSE 1::BIGINT << 24 END
                      ELSE 0 END)::BIGINT AS paket,
           bit_or(CASE WHEN p.status = 'HADIR'
                       THEN (1::BIGINT << (day(p.tanggal) - 1))
                            | CASE WHEN p.lokasi IN ('WFH', 'WFA') THEN 1::BIGINT << (day(p.tanggal) + 31) ELSE 0 END
                       ELSE 0 END) AS hari
    FROM presensi p
    JOIN c_hk h ON h.tanggal = p.tanggal
    LEFT JOIN telat t ON t.nip = p.nip
    WHERE p.tanggal BETWEEN getvariable('m_start') AND getvariable('m_end')
      AND (t.tmt IS NULL OR p.tanggal >= t.tmt)
    GROUP BY p.nip
)
SELECT ro.unit_id, e.nip, ro.fwa_disetujui,
       (paket >> 40) & 255 AS n_baris, (paket >> 48) & 255 AS n_hadir_dl, paket >> 56 AS n_tk,
       hari & 2147483647 AS m_hadir, hari >> 32 AS m_fleks,
       paket & 16777215 AS jam_kerja_s,
       450 * ((paket >> 24) & 255) + 390 * ((paket >> 32) & 255) AS jam_wajib
FROM e JOIN c_roster ro USING (nip);

CREATE OR REPLACE TEMP TABLE c_presensi AS
WITH minggu AS (
    -- M's ISO weeks as masks of their HK days
    SELECT bit_or(1::BIGINT << (day(tanggal) - 1)) AS m FROM c_hk GROUP BY date_trunc('week', tanggal)
), kuota AS (
    -- employee-weeks with a HADIR day, and with more than 2 flexible days
    SELECT e.unit_id,
           count(*) FILTER (WHERE e.m_hadir & w.m <> 0) AS minggu_hadir,
           count(*) FILTER (WHERE bit_count(e.m_fleks & w.m) > 2) AS minggu_langgar
    FROM c_pegawai_bulan e CROSS JOIN minggu w
    GROUP BY ALL
)
SELECT e.unit_id,
       sum(e.n_baris) AS n_baris, sum(e.n_hadir_dl) AS n_hadir_dl, sum(e.n_tk) AS n_tk,
       sum(bit_count(e.m_hadir)) AS n_hadir, sum(bit_count(e.m_fleks)) AS n_fleks,
       coalesce(sum(bit_count(e.m_fleks)) FILTER (WHERE NOT e.fwa_disetujui), 0) AS n_fleks_tanpa_izin,
       any_value(k.minggu_hadir) AS minggu_hadir, any_value(k.minggu_langgar) AS minggu_langgar,
       sum(e.jam_kerja_s) / 60.0 AS jam_kerja, sum(e.jam_wajib) AS jam_wajib
FROM c_pegawai_bulan e LEFT JOIN kuota k USING (unit_id)
GROUP BY e.unit_id

-- name: BarisKinerja
-- The month's daily logs that KinerjaBulan groups: how many parts of the
-- NIP range its grouping is split into (pipeline/compute_parts.go).
SELECT count(*) FROM kinerja_harian
WHERE tanggal BETWEEN getvariable('m_start') AND getvariable('m_end') AND status IN ('DIAJUKAN', 'DISETUJUI')

-- name: KinerjaBagian
-- One part of KinerjaBulan's per_ra: the month's daily logs of employees
-- whose pseudonym lies in the part's range (nip_dari[i] ..
-- nip_sampai[i], inclusive; i is filled in), gathered per (rencana aksi,
-- employee) with the employee's HADIR and flexible days of M
-- (c_pegawai_bulan's masks).
-- Fractional values are summed in fixed point: HUGEINT millionths of a
-- millionth of a millionth (x * 1e18), exact, so parallel scans give the
-- same last digit every run, whatever the parts; as precise as
-- DECIMAL(38,18) and as wide (to 1.7e20), but DECIMAL(38,18) turned back
-- into DOUBLE cost ~0.4 µs a value, 20 s a national month.
SELECT k.rencana_aksi_id, k.nip,
       sum((k.realisasi * 1e18)::HUGEINT) FILTER (WHERE k.status = 'DISETUJUI') AS approved,
       coalesce(bit_or(1::BIGINT << (day(k.tanggal) - 1)) FILTER (WHERE k.status IN ('DIAJUKAN', 'DISETUJUI')), 0) AS m_lapor,
       sum((k.realisasi * 1e18)::HUGEINT) FILTER (WHERE k.status = 'DISETUJUI' AND (e.m_fleks >> (day(k.tanggal) - 1)) & 1 = 1) AS r_fleks,
       sum((k.realisasi * 1e18)::HUGEINT) FILTER (WHERE k.status = 'DISETUJUI' AND ((e.m_hadir & ~e.m_fleks) >> (day(k.tanggal) - 1)) & 1 = 1) AS r_wfo
FROM kinerja_harian k
LEFT JOIN (SELECT nip, m_hadir, m_fleks FROM c_pegawai_bulan
           WHERE nip BETWEEN getvariable('nip_dari')[{i}] AND getvariable('nip_sampai')[{i}]) e ON e.nip = k.nip
-- DRAFT and DITOLAK logs count for nothing below
WHERE k.tanggal BETWEEN getvariable('m_start') AND getvariable('m_end') AND k.status IN ('DIAJUKAN', 'DISETUJUI')
  AND k.nip BETWEEN getvariable('nip_dari')[{i}] AND getvariable('nip_sampai')[{i}]
GROUP BY k.rencana_aksi_id, k.nip

-- name: KinerjaBulan
-- capaian_kinerja from M's rencana aksi of roster employees; the daily-log
-- compliance and the flexible/WFO output ratio over counted HADIR days.
-- M's daily logs are gathered per (rencana aksi, employee): KinerjaBagian
-- once per part of the NIP range, joined by UNION ALL. The grouping holds
-- about a row per log until rows are merged; in parts that each fit in
-- memory it does not spill (a national month, 111 M logs: 52 s in one
-- part, 28 s in four or six, each part scanning the month's logs).
-- One FULL JOIN then puts every group next to its plan if the plan is
-- M's (its target and owner), and every plan of M without logs in too
-- (approved 0): capaian and most targets come from it; the few logs
-- toward another month's plan find theirs in M-1..M+1, then anywhere
-- (four joins on the plan id before: national 30 s → 16 s).
CREATE OR REPLACE TEMP TABLE c_kinerja AS
-- j is read three times (rencana, hilang, harian): MATERIALIZED computes
-- it once, and its memory is given back when the statement ends (a TEMP
-- table would hold it until the batch's transaction commits).
WITH j AS MATERIALIZED (
    SELECT rencana_aksi_id, p.nip, p.approved, p.m_lapor, p.r_fleks, p.r_wfo, d.target, d.bulan, d.pemilik
    FROM (
{per_ra}
    ) p
    FULL JOIN (
        -- M's plans: one month's, so the join does not grow with history
        SELECT rencana_aksi_id, target, bulan, nip AS pemilik FROM rencana_aksi
        WHERE bulan = getvariable('m_start')
    ) d USING (rencana_aksi_id)
), rencana AS (
    -- M's plans: approved = the realisasi of their DISETUJUI logs in M,
    -- whoever logged them
    SELECT rencana_aksi_id, any_value(target) AS target, any_value(pemilik) AS pemilik,
           coalesce(sum(approved), 0)::DOUBLE / 1e18 AS approved
    FROM j WHERE bulan = getvariable('m_start')
    GROUP BY rencana_aksi_id
), per_pegawai AS (
    SELECT ro.unit_id, ro.nip,
           sum((least(r.approved / r.target, 1.2) * 1e18)::HUGEINT)::DOUBLE / 1e18 / count(*) AS c
    FROM rencana r JOIN c_roster ro ON ro.nip = r.pemilik
    GROUP BY ALL
), capaian AS (
    -- with the sum of squares of the per-employee values (0–120 points),
    -- for their sample variance (docs/indicators.md's standard error): in fixed
    -- point like the mean, exact, in the same pass
    SELECT unit_id, 100 * (sum((c * 1e18)::HUGEINT)::DOUBLE / 1e18 / count(c)) AS capaian_kinerja, count(*) AS pegawai_capaian,
           sum((pow(100 * c, 2) * 1e18)::HUGEINT)::DOUBLE / 1e18 AS kuadrat
    FROM per_pegawai GROUP BY ALL
), hilang AS MATERIALIZED (
    -- the plans of logs toward another month's plan (few; none at all
    -- when every log names a plan of its own month)
    SELECT DISTINCT rencana_aksi_id FROM j WHERE target IS NULL
), sekitar AS (
    -- their targets among the plans of M-1 and M+1 first (a scan the zone
    -- maps keep to those months)
    SELECT rencana_aksi_id, target FROM rencana_aksi
    WHERE bulan IN (getvariable('m_start') - INTERVAL 1 MONTH, getvariable('m_start') + INTERVAL 1 MONTH)
      AND rencana_aksi_id IN (SELECT rencana_aksi_id FROM hilang)
), lain AS (
    -- then in the whole table for those still missing (rarer; a scan
    -- DuckDB skips when none is)
    SELECT * FROM sekitar
    UNION ALL
    SELECT ra.rencana_aksi_id, ra.target FROM rencana_aksi ra
    JOIN (SELECT rencana_aksi_id FROM hilang WHERE rencana_aksi_id NOT IN (SELECT rencana_aksi_id FROM sekitar)) USING (rencana_aksi_id)
), harian AS (
    -- per employee: the days with a submitted or approved log, and the
    -- normalised approved output (realisasi / target) on flexible and WFO
    -- HADIR days; logs naming a plan that is not in the warehouse count
    -- for neither
    SELECT j.nip, bit_or(j.m_lapor) AS m_lapor,
           sum((j.r_fleks::DOUBLE / coalesce(j.target, l.target))::HUGEINT) AS output_fleks,
           sum((j.r_wfo::DOUBLE / coalesce(j.target, l.target))::HUGEINT) AS output_wfo
    FROM j LEFT JOIN lain l USING (rencana_aksi_id)
    WHERE j.nip IS NOT NULL AND coalesce(j.target, l.target) IS NOT NULL
    GROUP BY j.nip
), hari AS (
    SELECT e.unit_id,
           sum(bit_count(e.m_hadir)) AS hari_hadir,
           sum(bit_count(e.m_hadir & coalesce(k.m_lapor, 0))) AS hari_lapor,
           sum(bit_count(e.m_fleks)) AS hari_fleks,
           sum(bit_count(e.m_hadir & ~e.m_fleks)) AS hari_wfo,
           coalesce(sum(k.output_fleks), 0)::DOUBLE / 1e18 AS output_fleks,
           coalesce(sum(k.output_wfo), 0)::DOUBLE / 1e18 AS output_wfo
    FROM c_pegawai_bulan e LEFT JOIN harian k USING (nip)
    WHERE e.m_hadir <> 0
    GROUP BY e.unit_id
)
SELECT coalesce(c.unit_id, h.unit_id) AS unit_id, c.capaian_kinerja, c.pegawai_capaian,
       -- (Σx² − n·mean²) / (n − 1), NULL under two employees
       greatest(0, c.kuadrat - c.pegawai_capaian * c.capaian_kinerja * c.capaian_kinerja) / nullif(c.pegawai_capaian - 1, 0) AS capaian_var,
       h.hari_hadir, h.hari_lapor, h.hari_fleks, h.hari_wfo, h.output_fleks, h.output_wfo
FROM capaian c FULL JOIN hari h USING (unit_id)

-- name: AsOf
-- The as-of date: the latest timestamp in the warehouse's aduan table.
SELECT greatest(max(diterima), max(diverifikasi), max(ditindaklanjuti), max(selesai)) FROM aduan

-- name: AduanBulan
-- The complaints of the months in aduan_months (M, with the months whose
-- complaints are judged again in M's pass, or those months alone: see
-- refreshMonths) per unit and month, with their SLA outcome per window:
-- met, missed (late, or not done and the window closed by the as-of date)
-- or pending (NULL). Working days between a and b: HK dates d with
-- date(a) < d <= date(b).
CREATE OR REPLACE TEMP TABLE c_aduan AS
WITH hk AS (
    SELECT d::DATE AS tanggal,
           sum(CASE WHEN isodow(d) <= 5 AND d::DATE NOT IN
                         (SELECT tanggal FROM kalender_aktif WHERE jenis IN ('LIBUR', 'CUTI_BERSAMA'))
                    THEN 1 ELSE 0 END) OVER (ORDER BY d) AS n
    FROM generate_series(list_min(getvariable('aduan_months'))::TIMESTAMP,
                         greatest(getvariable('as_of')::DATE, last_day(list_max(getvariable('aduan_months'))))::TIMESTAMP,
                         INTERVAL 1 DAY) t(d)
), a AS (
    SELECT a.unit_id, a.diterima::DATE AS t0, a.diverifikasi, a.ditindaklanjuti, a.selesai, h0.n AS n0,
           CASE WHEN a.diverifikasi::DATE <= a.diterima::DATE THEN 0 ELSE hv.n - h0.n END AS hk_verif,
           CASE WHEN a.ditindaklanjuti::DATE <= a.diterima::DATE THEN 0 ELSE ht.n - h0.n END AS hk_tindak,
           ha.n - h0.n AS hk_asof
    FROM aduan a
    JOIN hk h0 ON h0.tanggal = a.diterima::DATE
    LEFT JOIN hk hv ON hv.tanggal = a.diverifikasi::DATE
    LEFT JOIN hk ht ON ht.tanggal = a.ditindaklanjuti::DATE
    JOIN hk ha ON ha.tanggal = getvariable('as_of')::DATE
    WHERE a.diterima >= list_min(getvariable('aduan_months'))
      AND a.diterima < list_max(getvariable('aduan_months')) + INTERVAL 1 MONTH
      AND list_contains(getvariable('aduan_months'), date_trunc('month', a.diterima)::DATE)
), s AS (
    SELECT a.*,
           CASE WHEN diverifikasi IS NOT NULL THEN hk_verif <= 3 WHEN hk_asof > 3 THEN false END AS verif_ok,
           CASE WHEN ditindaklanjuti IS NOT NULL THEN hk_tindak <= 5 WHEN hk_asof > 5 THEN false END AS tindak_ok,
           CASE WHEN selesai IS NOT NULL THEN selesai::DATE - t0 <= 60
                WHEN getvariable('as_of')::DATE - t0 > 60 THEN false END AS selesai_ok
    FROM a
)
SELECT date_trunc('month', t0)::DATE AS bulan, unit_id, count(*) AS aduan_masuk,
       count(*) FILTER (WHERE verif_ok) AS verif_met, count(verif_ok) AS verif_dinilai,
       count(*) FILTER (WHERE tindak_ok) AS tindak_met, count(tindak_ok) AS tindak_dinilai,
       count(*) FILTER (WHERE selesai_ok) AS selesai_met, count(selesai_ok) AS selesai_dinilai,
       median(hk_tindak::DOUBLE) FILTER (WHERE ditindaklanjuti IS NOT NULL) AS median_hari_tindak_lanjut
FROM s GROUP BY ALL

-- name: BelanjaBulan
CREATE OR REPLACE TEMP TABLE c_belanja AS
SELECT unit_id, listrik + air + bbm + atk + mamin AS belanja_operasional
FROM belanja WHERE bulan = getvariable('m_start')

-- name: HapusBulan
DELETE FROM indikator_bulan WHERE bulan = getvariable('m_start')

-- name: SimpanBulan
-- One row per unit of unit_kerja. A ratio with a zero denominator is NULL.
INSERT INTO indikator_bulan
WITH ro AS (SELECT unit_id, count(*) AS jumlah_pegawai, sum(hk_exp) AS e FROM c_roster GROUP BY ALL)
SELECT u.unit_id, getvariable('m_start') AS bulan,
       (SELECT count(*) FROM c_hk) AS hari_kerja,
       coalesce(ro.jumlah_pegawai, 0) AS jumlah_pegawai,
       coalesce(p.n_baris, 0) / nullif(ro.e, 0) AS cakupan_presensi,
       coalesce(p.n_hadir_dl, 0) / nullif(ro.e, 0) AS tingkat_kehadiran,
       coalesce(p.n_tk, 0) / nullif(ro.e, 0) AS tanpa_keterangan,
       p.n_fleks / nullif(p.n_hadir, 0) AS porsi_fleksibel,
       p.minggu_langgar / nullif(p.minggu_hadir, 0) AS pelanggaran_kuota,
       p.n_fleks_tanpa_izin / nullif(p.n_fleks, 0) AS fleksibel_tanpa_izin,
       p.jam_kerja / nullif(p.jam_wajib, 0) AS kepatuhan_jam,
       k.capaian_kinerja,
       k.hari_lapor / nullif(k.hari_hadir, 0) AS kepatuhan_kinerja_harian,
       (k.output_fleks / nullif(k.hari_fleks, 0)) / nullif(k.output_wfo / nullif(k.hari_wfo, 0), 0) AS rasio_output_fleksibel,
       coalesce(a.aduan_masuk, 0) AS aduan_masuk,
       100.0 * coalesce(a.aduan_masuk, 0) / nullif(ro.jumlah_pegawai, 0) AS aduan_per_100_pegawai,
       a.verif_met / nullif(a.verif_dinilai, 0) AS verifikasi_tepat_waktu,
       a.tindak_met / nullif(a.tindak_dinilai, 0) AS tindak_lanjut_tepat_waktu,
       a.selesai_met / nullif(a.selesai_dinilai, 0) AS penyelesaian_60_hari,
       a.median_hari_tindak_lanjut,
       b.belanja_operasional,
       coalesce(k.pegawai_capaian, 0) AS pegawai_capaian,
       coalesce(a.tindak_dinilai, 0) AS aduan_tl_dinilai,
       k.capaian_var,
       coalesce(a.tindak_met, 0) AS aduan_tl_tepat
FROM unit_kerja u
LEFT JOIN ro USING (unit_id)
LEFT JOIN c_presensi p USING (unit_id)
LEFT JOIN c_kinerja k USING (unit_id)
LEFT JOIN c_aduan a ON a.unit_id = u.unit_id AND a.bulan = getvariable('m_start')
LEFT JOIN c_belanja b USING (unit_id)
ORDER BY u.unit_id

-- name: SimpanAduan
-- Only the as-of date moved since the months in aduan_lagi were stored
-- (see Sidik): their complaints' SLA windows are judged again. Nothing
-- else reads the as-of date, and the month's complaints themselves did
-- not change, so a unit without complaints keeps its values; the others
-- get SimpanBulan's.
UPDATE indikator_bulan b SET
    verifikasi_tepat_waktu = a.verif_met / nullif(a.verif_dinilai, 0),
    tindak_lanjut_tepat_waktu = a.tindak_met / nullif(a.tindak_dinilai, 0),
    penyelesaian_60_hari = a.selesai_met / nullif(a.selesai_dinilai, 0),
    median_hari_tindak_lanjut = a.median_hari_tindak_lanjut,
    aduan_tl_dinilai = coalesce(a.tindak_dinilai, 0),
    aduan_tl_tepat = coalesce(a.tindak_met, 0)
FROM c_aduan a
WHERE b.unit_id = a.unit_id AND b.bulan = a.bulan AND list_contains(getvariable('aduan_lagi'), a.bulan)

-- name: Bersihkan
-- The large per-employee temporary table of a month, once it is stored:
-- it holds memory the next stages need.
DROP TABLE IF EXISTS c_pegawai_bulan
