-- name: PaketSE
-- Package schema 2: indikator.parquet carries docs/indicators.md's chance
-- columns (NULL for a schema 1 package's rows).
ALTER TABLE paket_indikator ADD COLUMN capaian_kinerja_se DOUBLE;
ALTER TABLE paket_indikator ADD COLUMN capaian_kinerja_z DOUBLE;
ALTER TABLE paket_indikator ADD COLUMN tindak_lanjut_tepat_waktu_se DOUBLE;
ALTER TABLE paket_indikator ADD COLUMN tindak_lanjut_tepat_waktu_z DOUBLE;
ALTER TABLE paket_indikator ADD COLUMN aduan_per_100_pegawai_se DOUBLE;
ALTER TABLE paket_indikator ADD COLUMN aduan_per_100_pegawai_z DOUBLE;
ALTER TABLE paket_indikator ADD COLUMN aduan_per_100_pegawai_rr DOUBLE;
