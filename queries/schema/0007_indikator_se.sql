-- name: IndikatorSE
-- Is a change more than chance (docs/indicators.md)? Each stored month keeps
-- what the standard errors are computed from: the sample variance of the
-- per-employee values behind capaian_kinerja (0–120 points; NULL under two
-- employees) and the complaints followed up on time (met; aduan_tl_dinilai is
-- met + missed). The evaluated month gets the seven chance columns, after the five
-- indicators' effect columns in indicators.csv. Stored months lack the new
-- inputs until computed again: the indicator SQL's version is part of every
-- fingerprint, so they are.
ALTER TABLE indikator_bulan ADD COLUMN capaian_var DOUBLE;
ALTER TABLE indikator_bulan ADD COLUMN aduan_tl_tepat BIGINT;
ALTER TABLE indikator ADD COLUMN capaian_kinerja_se DOUBLE;
ALTER TABLE indikator ADD COLUMN capaian_kinerja_z DOUBLE;
ALTER TABLE indikator ADD COLUMN tindak_lanjut_tepat_waktu_se DOUBLE;
ALTER TABLE indikator ADD COLUMN tindak_lanjut_tepat_waktu_z DOUBLE;
ALTER TABLE indikator ADD COLUMN aduan_per_100_pegawai_se DOUBLE;
ALTER TABLE indikator ADD COLUMN aduan_per_100_pegawai_z DOUBLE;
ALTER TABLE indikator ADD COLUMN aduan_per_100_pegawai_rr DOUBLE;
-- The placebo check of each evaluated month (docs/indicators.md): every
-- control unit judged as if it were on FWA; ind is the judged indicator.
CREATE TABLE indikator_placebo (bulan DATE NOT NULL, unit_id VARCHAR NOT NULL, ind VARCHAR NOT NULL,
    e DOUBLE, se DOUBLE, z DOUBLE);
