-- Statements of `fwaeval sample`: a synthetic data set in the input
-- contract, generated inside an in-memory DuckDB from two small tables the
-- Go side fills (g_unit: units with their FWA schedule, size and planted
-- scenario; g_month: the months to generate) and the built-in calendar.
-- Randomness is a hash of (seed, keys), so a seed always gives the same
-- rows. Variables: seed, export_date (the day the exports were taken:
-- later events do not exist yet), month_m and month_m1 (the two evaluated
-- months, where scenarios act), dip_month (a productivity dip for everyone;
-- NULL: none), noise (realistic noise: each employee's output varies
-- from month to month, complaint counts are overdispersed Poisson,
-- follow-up is late with each unit's own probability; see realistic.go).

-- name: Macros
CREATE OR REPLACE MACRO rnd(a, b, c) AS
    (hash(getvariable('seed'), a, b, c) >> 11)::DOUBLE / 9007199254740992.0;
CREATE OR REPLACE MACRO in_scenario_months(bulan) AS
    bulan IN (getvariable('month_m'), getvariable('month_m1'));
-- A standard normal value (Box–Muller on two of rnd's uniforms).
CREATE OR REPLACE MACRO gauss(a, b, c) AS
    sqrt(-2 * ln(1 - rnd(a, b, c || ':1'))) * cos(2 * pi() * rnd(a, b, c || ':2'));
-- Minutes since midnight as a TIME.
CREATE OR REPLACE MACRO minutes_time(m) AS
    make_time(floor(m / 60)::BIGINT, (floor(m)::BIGINT % 60), 0.0);
-- An employee's action plans in a month are pure functions of (idx, month,
-- j), so daily logs can name them without joining the plan table.
CREATE OR REPLACE MACRO target_of(idx, bulan, j) AS
    (4 + floor(rnd(idx, bulan, 'target' || j) * 37))::INTEGER;
CREATE OR REPLACE MACRO plans_of(idx, bulan) AS
    2 + floor(rnd(idx, bulan, 'k') * 3)::INTEGER;
CREATE OR REPLACE MACRO plan_id(idx, bulan, j) AS
    'RA-' || strftime(bulan, '%Y%m') || '-' || idx::VARCHAR || '-' || j::VARCHAR;

-- name: Calendar
-- Working days (HK) numbered in order, and for every calendar date the
-- number of HK days up to it: event dates are placed a whole number of
-- working days after a complaint arrives.
CREATE TABLE g_hk AS
SELECT row_number() OVER (ORDER BY d) AS i, d::DATE AS tanggal
FROM generate_series((SELECT min(bulan) FROM g_month)::TIMESTAMP,
                     (SELECT max(bulan) FROM g_month) + INTERVAL 8 MONTH, INTERVAL 1 DAY) t(d)
WHERE isodow(d) <= 5
  AND d::DATE NOT IN (SELECT tanggal FROM kalender_bawaan WHERE jenis IN ('LIBUR', 'CUTI_BERSAMA'));
CREATE TABLE g_cal AS
SELECT d::DATE AS tanggal, (SELECT count(*) FROM g_hk h WHERE h.tanggal <= d::DATE) AS hk_upto
FROM generate_series((SELECT min(bulan) FROM g_month)::TIMESTAMP,
                     (SELECT max(bulan) FROM g_month) + INTERVAL 4 MONTH, INTERVAL 1 DAY) t(d);
-- Working days of each month falling to plan j of k (day-of-month mod k):
-- output per day is scaled by it, so plans are equally reachable.
CREATE TABLE g_hk_slot AS
SELECT m.bulan, k, j, count(h.i) AS n_hk
FROM g_month m
CROSS JOIN range(2, 5) tk(k)
CROSS JOIN range(1, 5) tj(j)
LEFT JOIN g_hk h ON date_trunc('month', h.tanggal) = m.bulan AND 1 + (day(h.tanggal) % k) = j
WHERE j <= k
GROUP BY ALL;

-- name: Pegawai
-- NIP = birth date (8) + CPNS month (6) + sex (1) + sequence (3). idx maps
-- one-to-one onto (birth date, sequence): idx*7919 mod 12800 spreads idx
-- over 35 years of birth dates (7919 is prime to 12800) and idx // 12800
-- is the sequence, so NIPs never repeat below 12.8 million employees.
CREATE TABLE g_pegawai AS
WITH e AS (
    SELECT u.*, u.emp_offset + unnest(range(u.n_pegawai)) AS idx FROM g_unit u
), b AS (
    SELECT e.*,
           DATE '1966-01-01' + ((idx * 7919) % 12800)::INTEGER AS lahir,
           rnd(idx, 0, 'new') < getvariable('new_share') AS baru
    FROM e
), c AS (
    SELECT b.*,
           least(year(lahir) + 21 + floor(rnd(idx, 0, 'cpns') * 9)::INTEGER, 2024) AS cpns_tahun,
           1 + floor(rnd(idx, 0, 'cpnsm') * 12)::INTEGER AS cpns_bulan
    FROM b
)
SELECT unit_idx, unit_id, idx,
       strftime(lahir, '%Y%m%d') || cpns_tahun::VARCHAR || lpad(cpns_bulan::VARCHAR, 2, '0')
           || CASE WHEN rnd(idx, 0, 'sex') < 0.5 THEN '1' ELSE '2' END
           || lpad((idx // 12800 + 1)::VARCHAR, 3, '0') AS nip,
       CASE WHEN rnd(idx, 0, 'asn') < 0.25 THEN 'PPPK' ELSE 'PNS' END AS jenis_asn,
       CASE
           WHEN baru THEN (SELECT min(bulan) FROM g_month)
               + floor(rnd(idx, 0, 'tmt') * (date_diff('day', (SELECT min(bulan) FROM g_month),
                                                       (SELECT max(bulan) FROM g_month)) + 27))::INTEGER
           ELSE greatest(make_date(cpns_tahun, cpns_bulan, 1),
                         DATE '2015-01-01' + floor(rnd(idx, 0, 'tmt') * 3800)::INTEGER)
       END::DATE AS tmt,
       fwa_mulai IS NOT NULL AND NOT baru AND rnd(idx, 0, 'fwa') < 0.85 AS fwa_disetujui
FROM c;

-- name: Hari
-- Every roster employee-day on a working day of a generated month, with
-- the day's true status (before any planted data loss). A view: at national
-- scale it is 120 million rows, streamed into each file rather than kept.
CREATE VIEW g_hari AS
WITH d AS (
    SELECT p.idx, p.nip, p.unit_idx, p.fwa_disetujui, p.tmt, h.tanggal, date_trunc('month', h.tanggal)::DATE AS bulan,
           u.scenario, u.fwa_mulai, u.wfa_dow, u.n_pegawai,
           rnd(p.idx, h.tanggal, 'status') AS r
    FROM g_pegawai p
    JOIN g_hk h ON h.tanggal >= p.tmt
    JOIN g_unit u USING (unit_idx)
    WHERE date_trunc('month', h.tanggal)::DATE IN (SELECT bulan FROM g_month)
), s AS (
    SELECT d.*,
           CASE WHEN n_pegawai < 15 THEN 0.0 ELSE 0.002 END
             + CASE WHEN scenario = 'disiplin' AND in_scenario_months(bulan) THEN 0.05 ELSE 0 END AS tk
    FROM d
)
SELECT idx, nip, unit_idx, fwa_disetujui, tmt, tanggal, bulan, scenario, fwa_mulai, wfa_dow,
       CASE
           WHEN r < tk THEN 'TANPA_KETERANGAN'
           WHEN r < tk + 0.015 THEN 'IZIN'
           WHEN r < tk + 0.035 THEN 'SAKIT'
           WHEN r < tk + 0.060 THEN 'CUTI'
           WHEN r < tk + 0.090 THEN 'DINAS_LUAR'
           ELSE 'HADIR'
       END AS status
FROM s;

-- name: Presensi
-- HADIR rows get a location (WFA/WFH on the unit's flexible days for
-- approved employees) and clock times; the `data_hilang` unit loses a
-- third of its rows in month M.
SELECT nip, tanggal, status, lokasi,
       CASE WHEN status = 'HADIR' THEN minutes_time(masuk) END AS jam_masuk,
       CASE WHEN status = 'HADIR' AND rnd(idx, tanggal, 'nopulang') >= 0.03 THEN minutes_time(pulang) END AS jam_pulang
FROM (
    SELECT h.*,
           CASE WHEN status = 'HADIR' THEN
               CASE WHEN fwa_mulai IS NOT NULL AND tanggal >= fwa_mulai AND list_contains(wfa_dow, isodow(tanggal))
                         AND (fwa_disetujui OR rnd(idx, tanggal, 'izin') < 0.03)
                         AND rnd(idx, tanggal, 'lok') < 0.93
                    THEN CASE WHEN rnd(idx, tanggal, 'wfa') < 0.6 THEN 'WFA' ELSE 'WFH' END
                    ELSE 'WFO' END
           END AS lokasi,
           420 + floor(rnd(idx, tanggal, 'masuk') * 50) AS masuk,
           420 + floor(rnd(idx, tanggal, 'masuk') * 50)
               + CASE WHEN tanggal IN (SELECT tanggal FROM kalender_bawaan WHERE jenis = 'RAMADAN') THEN 390 ELSE 450 END
               + CASE WHEN isodow(tanggal) = 5 THEN 90 ELSE 60 END
               + CASE WHEN rnd(idx, tanggal, 'psw') < 0.05 THEN -30 - floor(rnd(idx, tanggal, 'psw2') * 60)
                      ELSE floor(rnd(idx, tanggal, 'lembur') * 40) END AS pulang
    FROM g_hari h
) x
WHERE NOT (scenario = 'data_hilang' AND bulan = getvariable('month_m') AND rnd(idx, tanggal, 'hilang') < 0.35)
  AND bulan BETWEEN getvariable('out_from') AND getvariable('out_to')
ORDER BY tanggal, idx

-- name: RencanaAksi
-- Two to four action plans per employee and month, from the first month
-- the employee starts on the roster (a mid-month joiner starts next month).
CREATE TABLE g_ra AS
SELECT p.idx, p.nip, m.bulan, j,
       plan_id(p.idx, m.bulan, j) AS rencana_aksi_id,
       target_of(p.idx, m.bulan, j) AS target,
       ['dokumen', 'laporan', 'kegiatan', 'berkas', 'surat'][1 + ((p.idx + j) % 5)] AS satuan,
       plans_of(p.idx, m.bulan) AS k
FROM g_pegawai p
JOIN g_month m ON p.tmt <= m.bulan
CROSS JOIN range(1, 5) r(j)
WHERE j <= plans_of(p.idx, m.bulan);

-- name: RencanaAksiRows
SELECT rencana_aksi_id, nip, strftime(bulan, '%Y-%m') AS bulan, target, satuan
FROM g_ra WHERE bulan BETWEEN getvariable('out_from') AND getvariable('out_to')
ORDER BY bulan, idx, j

-- name: KinerjaHarian
-- One daily log on each day present or on duty travel, toward one of the
-- employee's action plans in turn. Output per day = target / (the plan's
-- working days) × the unit-month productivity factor × noise.
SELECT nip, tanggal, plan_id(idx, bulan, j) AS rencana_aksi_id,
       round(target_of(idx, bulan, j) / hs.n_hk
             * CASE WHEN bulan = getvariable('dip_month') THEN 0.85 ELSE 1.0 END
             * CASE WHEN scenario = 'produktivitas' AND in_scenario_months(bulan) THEN 0.6
                    WHEN scenario = 'kecil' AND in_scenario_months(bulan) THEN 0.7
                    WHEN scenario = 'turun15' AND in_scenario_months(bulan) THEN 0.85
                    -- absences without reason, but the work is caught up: output holds
                    WHEN scenario = 'disiplin' AND in_scenario_months(bulan) THEN 1.0 / 0.95
                    ELSE 1.0 END
             * (0.9 + 0.2 * rnd(idx, tanggal, 'real'))
             -- realistic noise: the employee's month (sd 5 %), the employee
             -- (3 %), the unit's month (2 %)
             * CASE WHEN getvariable('noise')
                    THEN greatest(0.2, 1 + 0.05 * gauss(idx, bulan, 'em') + 0.03 * gauss(idx, 0, 'ep')
                                       + 0.02 * gauss(unit_idx, bulan, 'um'))
                    ELSE 1 END, 2) AS realisasi,
       CASE
           WHEN rnd(idx, tanggal, 'kstatus') < 0.95 THEN 'DISETUJUI'
           WHEN rnd(idx, tanggal, 'kstatus') < 0.98 THEN 'DIAJUKAN'
           WHEN rnd(idx, tanggal, 'kstatus') < 0.99 THEN 'DRAFT'
           ELSE 'DITOLAK'
       END AS status
FROM (
    SELECT h.*, plans_of(h.idx, h.bulan) AS k, 1 + (day(h.tanggal) % plans_of(h.idx, h.bulan)) AS j
    FROM g_hari h
    WHERE h.status IN ('HADIR', 'DINAS_LUAR')
      AND h.tmt <= h.bulan -- mid-month joiners have no plans until next month
      AND h.bulan BETWEEN getvariable('out_from') AND getvariable('out_to')
) d
JOIN g_hk_slot hs USING (bulan, k, j)
ORDER BY tanggal, idx

-- name: Aduan
-- Complaints: a unit-month count that follows one season for every unit
-- (so only planted surges stand out) — with realistic noise a Poisson
-- draw around it —, events a whole number of working days later; events
-- after export_date have not happened yet.
CREATE TABLE g_aduan AS
WITH lam AS (
    SELECT u.unit_idx, u.unit_id, u.scenario, m.bulan,
           u.aduan_base * (1 + 0.08 * sin(month(m.bulan)))
               * CASE WHEN u.scenario = 'lonjakan' AND m.bulan = getvariable('month_m') THEN 4
                      WHEN u.scenario = 'melonjak' AND in_scenario_months(m.bulan) THEN 3 ELSE 1 END AS lam
    FROM g_unit u CROSS JOIN g_month m
), pois AS (
    -- 20 % overdispersion (variance 1.2 λ): λ times a lognormal factor of
    -- variance 0.2 / λ, then the Poisson distribution function inverted
    SELECT unit_idx, bulan, rnd(unit_idx, bulan, 'pois') AS u, l,
           unnest(range(0, (l + 10 * sqrt(l) + 10)::INTEGER)) AS k
    FROM (SELECT unit_idx, bulan, lam * exp(sqrt(ln(1 + 0.2 / lam)) * gauss(unit_idx, bulan, 'od') - ln(1 + 0.2 / lam) / 2) AS l
          FROM lam WHERE getvariable('noise') AND lam > 0)
), draw AS (
    SELECT unit_idx, bulan, coalesce(min(k) FILTER (WHERE cdf >= u), max(k)) AS n
    FROM (SELECT *, sum(exp(k * ln(l) - l - lgamma(k + 1))) OVER (PARTITION BY unit_idx, bulan ORDER BY k) AS cdf FROM pois)
    GROUP BY ALL
), n AS (
    SELECT lam.unit_idx, lam.unit_id, lam.scenario, lam.bulan,
           CASE WHEN getvariable('noise') THEN coalesce(d.n, 0) ELSE round(lam.lam) END::INTEGER AS n
    FROM lam LEFT JOIN draw d USING (unit_idx, bulan)
), a AS (
    SELECT n.*, unnest(range(n.n)) AS seq FROM n
), t AS (
    SELECT a.*,
           (bulan + floor(rnd(unit_idx, bulan, 'd' || seq) * (last_day(bulan) - bulan + 1))::INTEGER)::DATE AS tgl,
           420 + floor(rnd(unit_idx, bulan, 'j' || seq) * 540) AS menit
    FROM a
), l AS (
    SELECT t.*, c.hk_upto,
           CASE WHEN rnd(unit_idx, bulan, 'v' || seq) < 0.9 THEN floor(rnd(unit_idx, bulan, 'vl' || seq) * 4)
                ELSE 4 + floor(rnd(unit_idx, bulan, 'vl' || seq) * 3) END AS lag_v,
           CASE WHEN scenario = 'layanan' AND in_scenario_months(bulan) THEN
                    CASE WHEN rnd(unit_idx, bulan, 't' || seq) < 0.45 THEN 1 + floor(rnd(unit_idx, bulan, 'tl' || seq) * 4)
                         ELSE 7 + floor(rnd(unit_idx, bulan, 'tl' || seq) * 8) END
                WHEN scenario = 'lambat' AND in_scenario_months(bulan) THEN
                    CASE WHEN rnd(unit_idx, bulan, 't' || seq) < 0.45 THEN 1 + floor(rnd(unit_idx, bulan, 'tl' || seq) * 4)
                         ELSE 7 + floor(rnd(unit_idx, bulan, 'tl' || seq) * 8) END
                -- on time: 98.5 %; with realistic noise each unit's own 83–95 %
                WHEN rnd(unit_idx, bulan, 't' || seq)
                     < CASE WHEN getvariable('noise') THEN 0.83 + 0.12 * rnd(unit_idx, 0, 'ot') ELSE 0.985 END
                    THEN 1 + floor(rnd(unit_idx, bulan, 'tl' || seq) * 4)
                ELSE 6 + floor(rnd(unit_idx, bulan, 'tl' || seq) * 5) END AS lag_t,
           CASE WHEN rnd(unit_idx, bulan, 's' || seq) < 0.95 THEN 7 + floor(rnd(unit_idx, bulan, 'sl' || seq) * 45)
                ELSE 61 + floor(rnd(unit_idx, bulan, 'sl' || seq) * 30) END AS lag_s
    FROM t JOIN g_cal c ON c.tanggal = t.tgl
), e AS (
    SELECT l.*,
           tgl + INTERVAL (menit) MINUTE AS diterima,
           CASE WHEN lag_v = 0 THEN tgl + INTERVAL (menit + 30 + floor(rnd(unit_idx, bulan, 'vm' || seq) * 120)) MINUTE
                ELSE hv.tanggal + INTERVAL (480 + floor(rnd(unit_idx, bulan, 'vm' || seq) * 480)) MINUTE END AS verif,
           ht.tanggal + INTERVAL (480 + floor(rnd(unit_idx, bulan, 'tm' || seq) * 480)) MINUTE AS tindak,
           tgl + INTERVAL (lag_s) DAY + INTERVAL (480 + floor(rnd(unit_idx, bulan, 'sm' || seq) * 480)) MINUTE AS beres
    FROM l
    JOIN g_hk hv ON hv.i = l.hk_upto + greatest(l.lag_v, 1)
    JOIN g_hk ht ON ht.i = l.hk_upto + l.lag_t
)
SELECT unit_idx, bulan, seq,
       'LPR' || strftime(bulan, '%y%m') || lpad(unit_idx::VARCHAR, 5, '0') || lpad(seq::VARCHAR, 4, '0') AS tracking_id,
       unit_id, diterima,
       CASE WHEN verif <= getvariable('export_date') THEN verif END AS diverifikasi,
       CASE WHEN tindak <= getvariable('export_date') THEN tindak END AS ditindaklanjuti,
       CASE WHEN greatest(beres, tindak + INTERVAL 2 HOUR) <= getvariable('export_date') THEN greatest(beres, tindak + INTERVAL 2 HOUR) END AS selesai,
       ['Administrasi Kependudukan', 'Infrastruktur', 'Pelayanan Publik', 'Kepegawaian',
        'Lingkungan Hidup', 'Kesehatan', 'Perizinan'][1 + floor(rnd(unit_idx, bulan, 'kat' || seq) * 7)::INTEGER] AS kategori
FROM e
WHERE diterima <= getvariable('export_date');

-- name: AduanRows
SELECT tracking_id, unit_id, diterima, diverifikasi, ditindaklanjuti, selesai, kategori
FROM g_aduan WHERE bulan BETWEEN getvariable('out_from') AND getvariable('out_to')
ORDER BY diterima, tracking_id

-- name: Belanja
-- Operational spending per unit and month: a season shared by all units, a
-- February 2026 electricity dip everywhere (the Purwakarta pattern of 2026:
-- bills fell without FWA too), and savings in FWA units from the month FWA
-- started.
SELECT u.unit_id, strftime(m.bulan, '%Y-%m') AS bulan,
       round(u.n_pegawai * 95000 * [1.0, 0.97, 1.0, 1.03, 1.05, 1.0, 0.98, 1.0, 1.05, 1.08, 1.06, 1.02][month(m.bulan)]
             * CASE WHEN m.bulan = DATE '2026-02-01' THEN 0.85 ELSE 1 END * f.listrik
             * (0.98 + 0.04 * rnd(u.unit_idx, m.bulan, 'listrik')), -2)::BIGINT AS listrik,
       round(u.n_pegawai * 12000 * f.air * (0.98 + 0.04 * rnd(u.unit_idx, m.bulan, 'air')), -2)::BIGINT AS air,
       round(u.n_pegawai * 40000 * f.bbm * (0.97 + 0.06 * rnd(u.unit_idx, m.bulan, 'bbm')), -2)::BIGINT AS bbm,
       round(u.n_pegawai * 25000 * f.atk * (0.95 + 0.10 * rnd(u.unit_idx, m.bulan, 'atk')), -2)::BIGINT AS atk,
       round(u.n_pegawai * 60000 * f.mamin * (0.97 + 0.06 * rnd(u.unit_idx, m.bulan, 'mamin')), -2)::BIGINT AS mamin
FROM g_unit u CROSS JOIN g_month m,
LATERAL (SELECT
    CASE WHEN on_fwa THEN 0.85 ELSE 1 END AS listrik, CASE WHEN on_fwa THEN 0.95 ELSE 1 END AS air,
    CASE WHEN on_fwa THEN 0.90 ELSE 1 END AS bbm, CASE WHEN on_fwa THEN 0.93 ELSE 1 END AS atk,
    CASE WHEN on_fwa THEN 0.75 ELSE 1 END AS mamin
    FROM (SELECT u.fwa_mulai IS NOT NULL AND date_trunc('month', u.fwa_mulai) <= m.bulan AS on_fwa)) f
WHERE m.bulan BETWEEN getvariable('out_from') AND getvariable('out_to')
ORDER BY m.bulan, u.unit_idx

-- name: Kalender
SELECT tanggal, jenis, keterangan FROM kalender_bawaan ORDER BY tanggal, jenis
