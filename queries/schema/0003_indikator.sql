-- name: Indikator
-- The calendar in force: the loaded one, or the built-in one while none
-- is loaded (docs/input.md).
CREATE VIEW kalender_aktif AS
SELECT tanggal, jenis FROM kalender
UNION ALL
SELECT tanggal, jenis FROM kalender_bawaan WHERE NOT EXISTS (SELECT 1 FROM kalender);

-- Which load last wrote each month of each fact source: the months that
-- exist, and a version for deciding whether a stored aggregate is stale.
CREATE SEQUENCE muat_seq;
CREATE TABLE muat_bulan (source VARCHAR NOT NULL, bulan DATE NOT NULL, versi BIGINT NOT NULL, PRIMARY KEY (source, bulan));

-- Per-unit monthly aggregates (docs/indicators.md's per-month indicators),
-- kept so that computing a month reads that month's rows plus these small
-- rows. pegawai_capaian and aduan_tl_dinilai are the counts the rules' guards
-- use.
CREATE TABLE indikator_bulan (
    unit_id VARCHAR NOT NULL, bulan DATE NOT NULL,
    hari_kerja BIGINT, jumlah_pegawai BIGINT, cakupan_presensi DOUBLE, tingkat_kehadiran DOUBLE,
    tanpa_keterangan DOUBLE, porsi_fleksibel DOUBLE, pelanggaran_kuota DOUBLE, fleksibel_tanpa_izin DOUBLE,
    kepatuhan_jam DOUBLE, capaian_kinerja DOUBLE, kepatuhan_kinerja_harian DOUBLE, rasio_output_fleksibel DOUBLE,
    aduan_masuk BIGINT, aduan_per_100_pegawai DOUBLE, verifikasi_tepat_waktu DOUBLE, tindak_lanjut_tepat_waktu DOUBLE,
    penyelesaian_60_hari DOUBLE, median_hari_tindak_lanjut DOUBLE, belanja_operasional DOUBLE,
    pegawai_capaian BIGINT, aduan_tl_dinilai BIGINT);
-- The fingerprint of the inputs each stored month was computed from.
CREATE TABLE indikator_bulan_sidik (bulan DATE PRIMARY KEY, sidik VARCHAR NOT NULL);

-- The evaluated indicators of a month: the per-month values plus savings and
-- the policy-effect columns (docs/indicators.md), as indicators.csv writes
-- them.
CREATE TABLE indikator (
    unit_id VARCHAR NOT NULL, nama_unit VARCHAR, instansi_id VARCHAR, bulan DATE NOT NULL,
    hari_kerja BIGINT, jumlah_pegawai BIGINT, cakupan_presensi DOUBLE, tingkat_kehadiran DOUBLE,
    tanpa_keterangan DOUBLE, porsi_fleksibel DOUBLE, pelanggaran_kuota DOUBLE, fleksibel_tanpa_izin DOUBLE,
    kepatuhan_jam DOUBLE, capaian_kinerja DOUBLE, kepatuhan_kinerja_harian DOUBLE, rasio_output_fleksibel DOUBLE,
    aduan_masuk BIGINT, aduan_per_100_pegawai DOUBLE, verifikasi_tepat_waktu DOUBLE, tindak_lanjut_tepat_waktu DOUBLE,
    penyelesaian_60_hari DOUBLE, median_hari_tindak_lanjut DOUBLE, belanja_operasional DOUBLE,
    penghematan_rupiah DOUBLE, penghematan_persen DOUBLE,
    capaian_kinerja_baseline DOUBLE, capaian_kinerja_change DOUBLE, capaian_kinerja_did DOUBLE, capaian_kinerja_did_rel DOUBLE,
    tindak_lanjut_tepat_waktu_baseline DOUBLE, tindak_lanjut_tepat_waktu_change DOUBLE, tindak_lanjut_tepat_waktu_did DOUBLE, tindak_lanjut_tepat_waktu_did_rel DOUBLE,
    aduan_per_100_pegawai_baseline DOUBLE, aduan_per_100_pegawai_change DOUBLE, aduan_per_100_pegawai_did DOUBLE, aduan_per_100_pegawai_did_rel DOUBLE,
    tingkat_kehadiran_baseline DOUBLE, tingkat_kehadiran_change DOUBLE, tingkat_kehadiran_did DOUBLE, tingkat_kehadiran_did_rel DOUBLE,
    belanja_operasional_baseline DOUBLE, belanja_operasional_change DOUBLE, belanja_operasional_did DOUBLE, belanja_operasional_did_rel DOUBLE,
    pegawai_capaian BIGINT, aduan_tl_dinilai BIGINT);

-- Months already in a warehouse loaded before this migration.
INSERT INTO muat_bulan
SELECT DISTINCT 'presensi', date_trunc('month', tanggal)::DATE, 0 FROM presensi
UNION SELECT DISTINCT 'rencana_aksi', bulan, 0 FROM rencana_aksi
UNION SELECT DISTINCT 'kinerja_harian', date_trunc('month', tanggal)::DATE, 0 FROM kinerja_harian
UNION SELECT DISTINCT 'aduan', date_trunc('month', diterima)::DATE, 0 FROM aduan
UNION SELECT DISTINCT 'belanja', bulan, 0 FROM belanja;
