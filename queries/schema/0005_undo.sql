-- name: Undo
-- What `fwaeval run` needs to take its load back out. run commits the load
-- before computing (DuckDB reads committed rows faster, and gives back the
-- load's memory), so until the batch commits, these tables hold what the
-- load replaced: the rows of replaced fact months and upserted reference
-- keys, the months and keys it wrote, and the load records it overwrote.
-- Empty except between a run's load and its end; a run that died between
-- the two is undone when the warehouse is next opened (meta undo_pending).
CREATE TABLE undo_unit_kerja AS SELECT * FROM unit_kerja LIMIT 0;
CREATE TABLE undo_pegawai AS SELECT * FROM pegawai LIMIT 0;
CREATE TABLE undo_kalender AS SELECT * FROM kalender LIMIT 0;
CREATE TABLE undo_presensi AS SELECT * FROM presensi LIMIT 0;
CREATE TABLE undo_rencana_aksi AS SELECT * FROM rencana_aksi LIMIT 0;
CREATE TABLE undo_kinerja_harian AS SELECT * FROM kinerja_harian LIMIT 0;
CREATE TABLE undo_aduan AS SELECT * FROM aduan LIMIT 0;
CREATE TABLE undo_belanja AS SELECT * FROM belanja LIMIT 0;
CREATE TABLE undo_keys_unit_kerja (unit_id VARCHAR NOT NULL);
CREATE TABLE undo_keys_pegawai (nip UUID NOT NULL);
CREATE TABLE undo_keys_kalender (tanggal DATE NOT NULL, jenis VARCHAR NOT NULL);
CREATE TABLE undo_bulan (source VARCHAR NOT NULL, bulan DATE NOT NULL, PRIMARY KEY (source, bulan));
CREATE TABLE undo_muat_bulan AS SELECT * FROM muat_bulan LIMIT 0;
CREATE TABLE undo_load_file AS SELECT * FROM load_file LIMIT 0;
CREATE TABLE undo_files (source VARCHAR NOT NULL, file VARCHAR NOT NULL);
CREATE TABLE undo_load_reject AS SELECT * FROM load_reject LIMIT 0;
