-- name: Rollup
-- The rollup warehouse (README, "National rollup"): the aggregate packages of
-- every instansi, month by month. paket_bulan is the month a package was made
-- for; a rollup of that month replaces all its rows. Nothing here is about an
-- employee: the packages hold units and their indicators only.
CREATE TABLE paket (
    paket_bulan DATE NOT NULL, instansi_id VARCHAR NOT NULL, nama_instansi VARCHAR NOT NULL,
    jenis_instansi VARCHAR NOT NULL, provinsi VARCHAR NOT NULL, path VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
    policy_sha256 VARCHAR NOT NULL, policy_builtin BOOLEAN NOT NULL, fwaeval VARCHAR NOT NULL, as_of VARCHAR NOT NULL);

CREATE TABLE paket_unit (
    paket_bulan DATE NOT NULL, unit_id VARCHAR NOT NULL, nama_unit VARCHAR, instansi_id VARCHAR NOT NULL,
    nama_instansi VARCHAR, jenis_instansi VARCHAR, provinsi VARCHAR, layanan_langsung BOOLEAN, fwa_mulai DATE,
    induk_unit_id VARCHAR, pegawai_roster BIGINT);

CREATE TABLE paket_status (
    paket_bulan DATE NOT NULL, unit_id VARCHAR NOT NULL, nama_unit VARCHAR, instansi_id VARCHAR NOT NULL,
    bulan DATE NOT NULL, status VARCHAR NOT NULL, rules VARCHAR, evidence VARCHAR);

CREATE TABLE paket_indikator (
    paket_bulan DATE NOT NULL, unit_id VARCHAR NOT NULL, nama_unit VARCHAR, instansi_id VARCHAR NOT NULL, bulan DATE NOT NULL,
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
    belanja_operasional_baseline DOUBLE, belanja_operasional_change DOUBLE, belanja_operasional_did DOUBLE, belanja_operasional_did_rel DOUBLE);
