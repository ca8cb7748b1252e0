-- name: Warehouse
-- The warehouse: one table per input source, in docs/input.md's columns, plus
-- the load record. Every `nip` column holds the keyed-hash pseudonym of a
-- NIP (a UUID), never the NIP itself.
CREATE TABLE meta (k VARCHAR PRIMARY KEY, v VARCHAR NOT NULL);

CREATE TABLE unit_kerja (
    unit_id VARCHAR NOT NULL, nama_unit VARCHAR NOT NULL, instansi_id VARCHAR NOT NULL,
    nama_instansi VARCHAR NOT NULL, jenis_instansi VARCHAR NOT NULL, provinsi VARCHAR NOT NULL,
    layanan_langsung BOOLEAN NOT NULL, fwa_mulai DATE, induk_unit_id VARCHAR);

CREATE TABLE pegawai (
    nip UUID NOT NULL, unit_id VARCHAR NOT NULL, jenis_asn VARCHAR NOT NULL,
    fwa_disetujui BOOLEAN NOT NULL, tmt DATE NOT NULL);

CREATE TABLE presensi (
    nip UUID NOT NULL, tanggal DATE NOT NULL, status VARCHAR NOT NULL, lokasi VARCHAR,
    jam_masuk TIME, jam_pulang TIME);

CREATE TABLE rencana_aksi (
    rencana_aksi_id VARCHAR NOT NULL, nip UUID NOT NULL, bulan DATE NOT NULL,
    target DOUBLE NOT NULL, satuan VARCHAR NOT NULL);

CREATE TABLE kinerja_harian (
    nip UUID NOT NULL, tanggal DATE NOT NULL, rencana_aksi_id VARCHAR NOT NULL,
    realisasi DOUBLE NOT NULL, status VARCHAR NOT NULL);

CREATE TABLE aduan (
    tracking_id VARCHAR NOT NULL, unit_id VARCHAR NOT NULL, diterima TIMESTAMP NOT NULL,
    diverifikasi TIMESTAMP, ditindaklanjuti TIMESTAMP, selesai TIMESTAMP, kategori VARCHAR);

CREATE TABLE belanja (
    unit_id VARCHAR NOT NULL, bulan DATE NOT NULL, listrik DOUBLE NOT NULL, air DOUBLE NOT NULL,
    bbm DOUBLE NOT NULL, atk DOUBLE NOT NULL, mamin DOUBLE NOT NULL);

-- The loaded calendar; when it is empty the built-in one (kalender_bawaan)
-- is used instead.
CREATE TABLE kalender (tanggal DATE NOT NULL, jenis VARCHAR NOT NULL, keterangan VARCHAR);

-- The last load of each input file: its hash and row counts, and its
-- rejects (where and why, never the row's content).
CREATE TABLE load_file (
    source VARCHAR NOT NULL, file VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
    rows_read BIGINT NOT NULL, rows_loaded BIGINT NOT NULL, rows_rejected BIGINT NOT NULL,
    PRIMARY KEY (source, file));

CREATE TABLE load_reject (
    source VARCHAR NOT NULL, file VARCHAR NOT NULL, line BIGINT NOT NULL, "column" VARCHAR NOT NULL,
    code VARCHAR NOT NULL, message VARCHAR NOT NULL);
