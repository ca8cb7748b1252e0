-- name: KalenderBawaan
-- The built-in national calendar for 2025–2026, used whenever the
-- warehouse's `kalender` table is empty (a loaded kalender replaces it).
--
-- Sources:
--   2025: Surat Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan
--         dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024,
--         Nomor 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama
--         Tahun 2025, with its August 2025 change adding cuti bersama on
--         18 August 2025.
--   2026: SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, Menteri
--         PANRB) tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026,
--         signed September 2025.
--   RAMADAN: 1 Ramadan 1446 H – 30 Ramadan 1446 H (1–30 March 2025) and
--         1447 H (19 February – 20 March 2026), the Kementerian Agama
--         isbat dates; Ramadan working hours follow Perpres 21/2023.
-- Dates that fall on a weekend are listed too: they do not change HK(M).
CREATE TABLE kalender_bawaan (tanggal DATE NOT NULL, jenis VARCHAR NOT NULL, keterangan VARCHAR);

INSERT INTO kalender_bawaan VALUES
    ('2025-01-01', 'LIBUR', 'Tahun Baru 2025 Masehi'),
    ('2025-01-27', 'LIBUR', 'Isra Mikraj Nabi Muhammad SAW'),
    ('2025-01-28', 'CUTI_BERSAMA', 'Tahun Baru Imlek 2576 Kongzili'),
    ('2025-01-29', 'LIBUR', 'Tahun Baru Imlek 2576 Kongzili'),
    ('2025-03-28', 'CUTI_BERSAMA', 'Hari Suci Nyepi Tahun Baru Saka 1947'),
    ('2025-03-29', 'LIBUR', 'Hari Suci Nyepi Tahun Baru Saka 1947'),
    ('2025-03-31', 'LIBUR', 'Idul Fitri 1446 H'),
    ('2025-04-01', 'LIBUR', 'Idul Fitri 1446 H'),
    ('2025-04-02', 'CUTI_BERSAMA', 'Idul Fitri 1446 H'),
    ('2025-04-03', 'CUTI_BERSAMA', 'Idul Fitri 1446 H'),
    ('2025-04-04', 'CUTI_BERSAMA', 'Idul Fitri 1446 H'),
    ('2025-04-07', 'CUTI_BERSAMA', 'Idul Fitri 1446 H'),
    ('2025-04-18', 'LIBUR', 'Wafat Yesus Kristus'),
    ('2025-04-20', 'LIBUR', 'Kebangkitan Yesus Kristus (Paskah)'),
    ('2025-05-01', 'LIBUR', 'Hari Buruh Internasional'),
    ('2025-05-12', 'LIBUR', 'Hari Raya Waisak 2569 BE'),
    ('2025-05-13', 'CUTI_BERSAMA', 'Hari Raya Waisak 2569 BE'),
    ('2025-05-29', 'LIBUR', 'Kenaikan Yesus Kristus'),
    ('2025-05-30', 'CUTI_BERSAMA', 'Kenaikan Yesus Kristus'),
    ('2025-06-01', 'LIBUR', 'Hari Lahir Pancasila'),
    ('2025-06-06', 'LIBUR', 'Idul Adha 1446 H'),
    ('2025-06-09', 'CUTI_BERSAMA', 'Idul Adha 1446 H'),
    ('2025-06-27', 'LIBUR', 'Tahun Baru Islam 1447 H'),
    ('2025-08-17', 'LIBUR', 'Hari Kemerdekaan Republik Indonesia'),
    ('2025-08-18', 'CUTI_BERSAMA', 'Hari Kemerdekaan Republik Indonesia'),
    ('2025-09-05', 'LIBUR', 'Maulid Nabi Muhammad SAW'),
    ('2025-12-25', 'LIBUR', 'Hari Raya Natal'),
    ('2025-12-26', 'CUTI_BERSAMA', 'Hari Raya Natal'),
    ('2026-01-01', 'LIBUR', 'Tahun Baru 2026 Masehi'),
    ('2026-01-16', 'LIBUR', 'Isra Mikraj Nabi Muhammad SAW'),
    ('2026-02-16', 'CUTI_BERSAMA', 'Tahun Baru Imlek 2577 Kongzili'),
    ('2026-02-17', 'LIBUR', 'Tahun Baru Imlek 2577 Kongzili'),
    ('2026-03-18', 'CUTI_BERSAMA', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
    ('2026-03-19', 'LIBUR', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
    ('2026-03-20', 'CUTI_BERSAMA', 'Idul Fitri 1447 H'),
    ('2026-03-21', 'LIBUR', 'Idul Fitri 1447 H'),
    ('2026-03-22', 'LIBUR', 'Idul Fitri 1447 H'),
    ('2026-03-23', 'CUTI_BERSAMA', 'Idul Fitri 1447 H'),
    ('2026-03-24', 'CUTI_BERSAMA', 'Idul Fitri 1447 H'),
    ('2026-04-03', 'LIBUR', 'Wafat Yesus Kristus'),
    ('2026-04-05', 'LIBUR', 'Kebangkitan Yesus Kristus (Paskah)'),
    ('2026-05-01', 'LIBUR', 'Hari Buruh Internasional'),
    ('2026-05-14', 'LIBUR', 'Kenaikan Yesus Kristus'),
    ('2026-05-15', 'CUTI_BERSAMA', 'Kenaikan Yesus Kristus'),
    ('2026-05-27', 'LIBUR', 'Idul Adha 1447 H'),
    ('2026-05-28', 'CUTI_BERSAMA', 'Idul Adha 1447 H'),
    ('2026-05-31', 'LIBUR', 'Hari Raya Waisak 2570 BE'),
    ('2026-06-01', 'LIBUR', 'Hari Lahir Pancasila'),
    ('2026-06-16', 'LIBUR', 'Tahun Baru Islam 1448 H'),
    ('2026-08-17', 'LIBUR', 'Hari Kemerdekaan Republik Indonesia'),
    ('2026-08-25', 'LIBUR', 'Maulid Nabi Muhammad SAW'),
    ('2026-12-24', 'CUTI_BERSAMA', 'Hari Raya Natal'),
    ('2026-12-25', 'LIBUR', 'Hari Raya Natal');

INSERT INTO kalender_bawaan
SELECT d::DATE, 'RAMADAN', 'Ramadan 1446 H' FROM generate_series(DATE '2025-03-01', DATE '2025-03-30', INTERVAL 1 DAY) t(d);
INSERT INTO kalender_bawaan
SELECT d::DATE, 'RAMADAN', 'Ramadan 1447 H' FROM generate_series(DATE '2026-02-19', DATE '2026-03-20', INTERVAL 1 DAY) t(d);
