-- Statements of `fwaeval load`. Rows are validated by generated queries
-- (pipeline/load/load_sql.go) and go straight into their warehouse table
-- (the direct path) or into TEMP staging tables (stg_<source>: a row id,
-- then the warehouse table's columns); these statements check references
-- and keys on the staged rows, then merge them into the warehouse inside
-- one transaction.
-- A row id (rid) is file_idx << 40 | line: ordering by rid is file order.

-- name: StageTable
CREATE OR REPLACE TEMP TABLE {stg} AS SELECT 0::BIGINT AS rid, * FROM {table} LIMIT 0

-- name: StageRejects
-- The load's rejects. Beside where and why, what the row says of whose it
-- was (docs/input.md, "Rejects per unit and month"): the pseudonym of its
-- NIP (also of one written with spaces or dots), its unit_id, the
-- rencana aksi it names and the month of its date or month column (also
-- of an impossible date: 2026-09-31 is September's). pipeline/load's
-- attribute.go turns them into a unit and a month once the load is merged.
CREATE OR REPLACE TEMP TABLE stg_reject (
    rid BIGINT NOT NULL, "column" VARCHAR NOT NULL, code VARCHAR NOT NULL, message VARCHAR NOT NULL,
    nip UUID, unit VARCHAR, ra VARCHAR, bulan DATE)

-- name: StageFiles
CREATE OR REPLACE TEMP TABLE stg_file (
    file_idx BIGINT NOT NULL, source VARCHAR NOT NULL, file VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL, rows_read BIGINT NOT NULL)

-- name: StageNIPs
-- This load's NIP map: each valid pegawai row's NIP and its pseudonym.
-- It lives in this session's memory only, never in the warehouse file,
-- and lets the fact sources' direct path find a row's pseudonym (and that
-- its employee exists) with one join instead of a hash per row.
CREATE OR REPLACE TEMP TABLE stg_nip (raw VARCHAR NOT NULL, p UUID NOT NULL);
CREATE OR REPLACE TEMP TABLE stg_nipmap (raw VARCHAR NOT NULL, p UUID NOT NULL)

-- name: NIPMap
-- After pegawai is merged: the NIPs of this load that are employees of the
-- warehouse, once each.
CREATE OR REPLACE TEMP TABLE stg_nipmap AS
SELECT DISTINCT raw, p FROM stg_nip WHERE p IN (SELECT nip FROM pegawai);
CREATE OR REPLACE TEMP TABLE stg_nip AS SELECT * FROM stg_nip LIMIT 0

-- name: EmptyStage
-- A source's staging table once it is merged. TEMP tables hold memory,
-- and a DELETE would not give it back: the table is replaced.
CREATE OR REPLACE TEMP TABLE {stg} AS SELECT * FROM {stg} LIMIT 0

-- name: DropNIPMap
-- The end of a load: the NIP map is not kept.
CREATE OR REPLACE TEMP TABLE stg_nipmap AS SELECT * FROM stg_nipmap LIMIT 0

-- name: RejectUnknownReference
-- The target is a reference source: its keys after this load are the
-- warehouse's plus the staged ones.
INSERT INTO stg_reject
SELECT s.rid, ?, 'unknown_reference', ?, {attr}
FROM {stg} s
WHERE NOT EXISTS (SELECT 1 FROM {target} t WHERE t.{tcol} = s.{col})
  AND NOT EXISTS (SELECT 1 FROM {tstg} t WHERE t.{tcol} = s.{col})

-- name: RejectUnknownFactReference
-- The target is a fact source: the staged months replace the warehouse's.
INSERT INTO stg_reject
SELECT s.rid, ?, 'unknown_reference', ?, {attr}
FROM {stg} s
WHERE NOT EXISTS (
        SELECT 1 FROM {target} t
        WHERE t.{tcol} = s.{col}
          AND date_trunc('month', t.{tmonth}) NOT IN (SELECT date_trunc('month', x.{tmonth}) FROM {tstg} x))
  AND NOT EXISTS (SELECT 1 FROM {tstg} t WHERE t.{tcol} = s.{col})

-- name: RejectTakenKey
-- An id already used in a warehouse month that this load does not replace.
INSERT INTO stg_reject
SELECT s.rid, ?, 'duplicate_key', ?, {attr}
FROM {stg} s
WHERE EXISTS (
    SELECT 1 FROM {table} t
    WHERE t.{key} = s.{key}
      AND date_trunc('month', t.{month}) NOT IN (SELECT date_trunc('month', x.{month}) FROM {stg} x))

-- name: RejectDuplicateKey
-- The first row in file order keeps the key; later ones are rejected.
INSERT INTO stg_reject
SELECT s.rid, ?, 'duplicate_key', ?, {attr}
FROM (SELECT *, row_number() OVER (PARTITION BY {keys} ORDER BY rid) AS n FROM {stg}) s
WHERE n > 1

-- name: DropRejected
DELETE FROM {stg} WHERE rid IN (SELECT rid FROM stg_reject)

-- name: RejectCounts
SELECT rid >> 40 AS file_idx, count(*) AS n FROM stg_reject GROUP BY ALL

-- name: StagedMonths
SELECT DISTINCT date_trunc('month', {month})::DATE AS m FROM {stg} ORDER BY m

-- name: DeleteMonth
DELETE FROM {table} WHERE {month} >= ? AND {month} < ?

-- name: DropUnchanged
-- A reference source's staged rows that the warehouse already holds as
-- they are: nothing to replace (a month's pegawai file is mostly last
-- month's), so nothing is deleted, written again or kept for undo.
DELETE FROM {stg} USING {table} t WHERE {samerow}

-- name: DeleteKeys
DELETE FROM {table} USING {stg} s WHERE {keyjoin}

-- name: InsertStaged
INSERT INTO {table} SELECT {cols} FROM {stg} ORDER BY rid

-- name: ForgetFiles
DELETE FROM load_file USING stg_file f WHERE load_file.source = f.source AND load_file.file = f.file

-- name: ForgetRejects
DELETE FROM load_reject USING stg_file f WHERE load_reject.source = f.source AND load_reject.file = f.file

-- name: RecordFiles
INSERT INTO load_file
SELECT f.source, f.file, f.sha256, f.rows_read, f.rows_read - coalesce(r.n, 0), coalesce(r.n, 0)
FROM stg_file f
LEFT JOIN (SELECT rid >> 40 AS file_idx, count(*) AS n FROM stg_reject GROUP BY ALL) r USING (file_idx)
ORDER BY f.file_idx

-- name: RecordRejects
INSERT INTO load_reject
SELECT f.source, f.file, r.rid & 1099511627775, r."column", r.code, r.message
FROM stg_reject r JOIN stg_file f ON f.file_idx = r.rid >> 40
ORDER BY r.rid

-- name: FirstRejects
SELECT f.source, f.file, r.rid & 1099511627775 AS line, r."column", r.code, r.message
FROM stg_reject r JOIN stg_file f ON f.file_idx = r.rid >> 40
ORDER BY r.rid
LIMIT ?

-- name: RejectMonthsOfPlans
-- Rejects of file $1 (kinerja_harian) without a month of their own: the
-- month of the rencana aksi they name.
UPDATE stg_reject SET bulan = ra.bulan
FROM rencana_aksi ra
WHERE stg_reject.rid >> 40 = $1 AND stg_reject.bulan IS NULL AND ra.rencana_aksi_id = stg_reject.ra

-- name: StagedMonthsOfFile
-- The months staged file $1 brings rows of.
SELECT DISTINCT date_trunc('month', {month})::DATE AS m FROM {stg} WHERE rid >> 40 = $1 ORDER BY m

-- name: WrittenMonths
-- The months of source $1 the load (version $2) wrote.
SELECT bulan FROM muat_bulan WHERE source = $1 AND versi = $2 ORDER BY bulan

-- name: RejectMonthsOfFile
-- File $2 brings one month, $1: its month-less rejects are of it.
UPDATE stg_reject SET bulan = $1 WHERE rid >> 40 = $2 AND bulan IS NULL

-- name: RejectsByMonth
SELECT bulan, count(*) FROM stg_reject WHERE rid >> 40 = ? AND bulan IS NOT NULL GROUP BY ALL

-- name: StagedRowsByMonth
SELECT date_trunc('month', {month})::DATE, count(*) FROM {stg} WHERE rid >> 40 = ? GROUP BY ALL

-- name: TopRejectGroups
-- The commonest kinds of reject of file $1 (in month $2 unless NULL): code
-- and column, rows, the first line and its message.
SELECT code, "column", count(*) AS n, min(rid) & 1099511627775, arg_min(message, rid)
FROM stg_reject WHERE rid >> 40 = $1 AND ($2::DATE IS NULL OR bulan = $2::DATE)
GROUP BY code, "column" ORDER BY n DESC, min(rid) LIMIT $3

-- name: AttributeRejects
-- This load's rejects per source, unit and month (schema/0008): each
-- reject's unit is its own unit_id, else its employee's in pegawai, else
-- the unit of its employee's rejected pegawai row, else the unit of the
-- employee of the rencana aksi it names; the commonest (code, column) of
-- each group, its first line and message. rows_loaded is filled in next.
CREATE OR REPLACE TEMP TABLE stg_reject_unit AS
WITH rejected_pegawai AS (
    SELECT r.nip, min(u.unit_id) AS unit_id
    FROM stg_reject r JOIN stg_file f ON f.file_idx = r.rid >> 40 JOIN unit_kerja u ON u.unit_id = r.unit
    WHERE f.source = 'pegawai' AND r.nip IS NOT NULL
    GROUP BY r.nip
), r AS (
    SELECT f.source, r.rid, r."column", r.code, r.message, r.bulan,
           coalesce(uk.unit_id, pg.unit_id, rp.unit_id, pa.unit_id) AS unit_id
    FROM stg_reject r JOIN stg_file f ON f.file_idx = r.rid >> 40
    LEFT JOIN unit_kerja uk ON uk.unit_id = r.unit
    LEFT JOIN pegawai pg ON pg.nip = r.nip
    LEFT JOIN rejected_pegawai rp ON rp.nip = r.nip
    LEFT JOIN rencana_aksi ra ON ra.rencana_aksi_id = r.ra
    LEFT JOIN pegawai pa ON pa.nip = ra.nip
), g AS (
    SELECT source, unit_id, bulan, code, "column", count(*) AS n, min(rid) AS first, arg_min(message, rid) AS message
    FROM r GROUP BY ALL
)
SELECT g.source, g.unit_id, g.bulan, sum(g.n) OVER (PARTITION BY g.source, g.unit_id, g.bulan) AS rows_rejected,
       0::BIGINT AS rows_loaded, g.code, g."column", g.message, g.n AS code_rows, f.file, g.first & 1099511627775 AS line
FROM g JOIN stg_file f ON f.file_idx = g.first >> 40
QUALIFY row_number() OVER (PARTITION BY g.source, g.unit_id, g.bulan ORDER BY g.n DESC, g.first) = 1

-- name: NoRejectUnits
-- A load without rejects: none to trace (ForgetRejectUnits still drops
-- the counts of the months it wrote).
CREATE OR REPLACE TEMP TABLE stg_reject_unit AS SELECT * FROM load_reject_unit LIMIT 0

-- name: RejectUnitMonths
-- Source $1's groups and the range of their months.
SELECT count(*), min(bulan), max(bulan) FROM stg_reject_unit WHERE source = $1

-- name: RowsOfUnitsByMonth
-- The rows the warehouse holds of each unit and month of source $1 with
-- rejects ({unit} through {join}), months $2 to $3.
UPDATE stg_reject_unit SET rows_loaded = c.n
FROM (SELECT {unit} AS unit_id, date_trunc('month', t.{month})::DATE AS bulan, count(*) AS n
      FROM {table} t {join}
      WHERE t.{month} >= $2 AND t.{month} < $3
        AND {unit} IN (SELECT unit_id FROM stg_reject_unit WHERE source = $1)
      GROUP BY ALL) c
WHERE stg_reject_unit.source = $1 AND stg_reject_unit.unit_id = c.unit_id AND stg_reject_unit.bulan = c.bulan

-- name: RowsOfMonths
-- For rejects traced to no unit: the source's rows of the month.
UPDATE stg_reject_unit SET rows_loaded = c.n
FROM (SELECT date_trunc('month', t.{month})::DATE AS bulan, count(*) AS n
      FROM {table} t WHERE t.{month} >= $2 AND t.{month} < $3 GROUP BY ALL) c
WHERE stg_reject_unit.source = $1 AND stg_reject_unit.unit_id IS NULL AND stg_reject_unit.bulan = c.bulan

-- name: RowsOfUnits
-- A reference source's rows of each unit with rejects.
UPDATE stg_reject_unit SET rows_loaded = c.n
FROM (SELECT {unit} AS unit_id, count(*) AS n FROM {table} t {join}
      WHERE {unit} IN (SELECT unit_id FROM stg_reject_unit WHERE source = $1) GROUP BY ALL) c
WHERE stg_reject_unit.source = $1 AND stg_reject_unit.unit_id = c.unit_id AND stg_reject_unit.bulan IS NULL

-- name: RowsOfSource
UPDATE stg_reject_unit SET rows_loaded = (SELECT count(*) FROM {table})
WHERE source = $1 AND unit_id IS NULL AND bulan IS NULL

-- name: ForgetRejectUnits
-- The months of each source this load wrote ($1: its version) or rejected
-- rows of, and the source's month-less rows: RecordRejectUnits replaces
-- them with this load's.
DELETE FROM load_reject_unit
WHERE source IN (SELECT source FROM stg_file)
  AND (bulan IS NULL
       OR EXISTS (SELECT 1 FROM muat_bulan m WHERE m.versi = $1 AND m.source = load_reject_unit.source AND m.bulan = load_reject_unit.bulan)
       OR EXISTS (SELECT 1 FROM stg_reject_unit n WHERE n.source = load_reject_unit.source AND n.bulan = load_reject_unit.bulan))

-- name: RecordRejectUnits
INSERT INTO load_reject_unit SELECT * FROM stg_reject_unit ORDER BY source, unit_id NULLS LAST, bulan NULLS LAST;
DROP TABLE stg_reject_unit

-- name: RecordMonths
-- A fact source's staged months get a new version (indicator caches of
-- those months become stale).
INSERT OR REPLACE INTO muat_bulan
SELECT ?, m, ? FROM (SELECT DISTINCT date_trunc('month', {month})::DATE AS m FROM {stg})

-- name: NextLoadVersion
SELECT nextval('muat_seq')

-- name: BulkKey
-- The validator's constants, as bind parameters: the warehouse's pseudonym
-- key, then (BulkTrim) the characters Go's strings.TrimSpace removes.
SET VARIABLE pseudo_key = ?

-- name: BulkTrim
SET VARIABLE trim_set = ?

-- name: BulkMacros
-- pseudo(nip): the keyed hash of pipeline.pseudonymizer, the first 16
-- bytes of SHA-256(key ":" nip) as a UUID. clean(x): x trimmed like Go's
-- strings.TrimSpace, NULL when nothing is left. trim() with that set of
-- characters is slow (half the time of a national load went there), so a
-- value starting and ending with printable ASCII, which trimming leaves
-- as it is, skips it.
CREATE OR REPLACE TEMP MACRO pseudo(n) AS (sha256(getvariable('pseudo_key') || ':' || n)[1:32])::UUID;
CREATE OR REPLACE TEMP MACRO clean(x) AS nullif(
    CASE WHEN ascii(x) BETWEEN 33 AND 126 AND ascii(reverse(x)) BETWEEN 33 AND 126 THEN x
         ELSE trim(x, getvariable('trim_set')) END, '');
-- Whose a rejected row was, and of which month (StageRejects), read only
-- on rejected rows. nip_digits(x): the pseudonym of the NIP's digits when
-- they are 18 (19850101 201001 1 001 is that employee's). month_of_text(x):
-- the month a date-like text names, its day aside: YYYY-MM… or …MM/YYYY
-- (also with - or .), NULL when it names none.
CREATE OR REPLACE TEMP MACRO nip_digits(x) AS
    CASE WHEN length(regexp_replace(x, '[^0-9]', '', 'g')) = 18 THEN pseudo(regexp_replace(x, '[^0-9]', '', 'g')) END;
CREATE OR REPLACE TEMP MACRO month_from(y, m) AS
    CASE WHEN TRY_CAST(m AS INT) BETWEEN 1 AND 12 AND TRY_CAST(y AS INT) BETWEEN 1 AND 9999
         THEN make_date(TRY_CAST(y AS INT), TRY_CAST(m AS INT), 1) END;
CREATE OR REPLACE TEMP MACRO month_of_text(x) AS coalesce(
    month_from(regexp_extract(x, '^\s*([0-9]{4})[-/.]([0-9]{1,2})([^0-9]|$)', 1), regexp_extract(x, '^\s*([0-9]{4})[-/.]([0-9]{1,2})([^0-9]|$)', 2)),
    month_from(regexp_extract(x, '(^|[^0-9])([0-9]{1,2})[-/.]([0-9]{4})([^0-9]|$)', 3), regexp_extract(x, '(^|[^0-9])([0-9]{1,2})[-/.]([0-9]{4})([^0-9]|$)', 2)))

-- name: ParquetColumns
-- A Parquet file's columns and their DuckDB types.
SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))

-- name: ParquetMonthStats
-- A Parquet column's row groups, how many of them have statistics, its
-- smallest and largest value by them (as text), and the same as
-- timestamps where every statistic reads as one.
SELECT count(*), count(stats_min_value) FILTER (WHERE stats_max_value IS NOT NULL),
       min(stats_min_value), max(stats_max_value),
       count(TRY_CAST(stats_min_value AS TIMESTAMP)) FILTER (WHERE TRY_CAST(stats_max_value AS TIMESTAMP) IS NOT NULL),
       min(TRY_CAST(stats_min_value AS TIMESTAMP)), max(TRY_CAST(stats_max_value AS TIMESTAMP))
FROM parquet_metadata(?) WHERE path_in_schema = ?

-- name: ParquetRows
-- A Parquet file's row count, from its metadata.
SELECT sum(num_rows)::BIGINT FROM parquet_file_metadata(?)

-- name: StageSQLRows
-- A file's valid rows, validated and pseudonymised. The staged query is
-- generated from the source's columns (pipeline/load/load_sql.go): each
-- row's id (file index in the high bits, $1; its line, the header being
-- line 1, in the low bits), its values and the number of its first
-- problem; $2 is the file (none when the reader is a table).
INSERT INTO {stg}
SELECT rid, {outs} FROM ({staged}) WHERE r IS NULL

-- name: StageSQLRejects
-- The same file's rejected rows: where and why, never the content, and
-- whose they were ({attr}, StageRejects).
INSERT INTO stg_reject
SELECT s.rid, m.col, m.code, m.message, {attr}
FROM ({staged}) s JOIN (VALUES {reasons}) m(r, col, code, message) USING (r)

-- name: DirectInsert
-- The direct path (pipeline/load_direct.go): a typed Parquet file of a fact
-- source goes from the file into its warehouse table in one statement,
-- validated, pseudonymised and reference-checked on the way. The checked
-- query is generated: each row's values o1, o2, …, the number r of its
-- first problem, and f1, f2, … whether each reference exists.
INSERT INTO {table} ({cols})
SELECT {outs} FROM ({checked}) WHERE r IS NULL AND ({refs_ok})

-- name: DirectMonths
-- The months the same rows would load (to replace them first on a rerun).
SELECT DISTINCT date_trunc('month', {omonth})::DATE AS m FROM ({checked}) WHERE r IS NULL AND ({refs_ok}) ORDER BY m

-- name: DirectCandidateMonths
-- The months of the file's valid month values: a cheap superset of the
-- months it loads.
SELECT DISTINCT date_trunc('month', v)::DATE AS m FROM ({month_values}) WHERE v IS NOT NULL ORDER BY m

-- name: RowsInMonth
SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {month} >= ? AND {month} < ? LIMIT 1)

-- name: LoadedMonths
SELECT DISTINCT date_trunc('month', {month})::DATE AS m FROM {table} WHERE {month} >= ? AND {month} < ? ORDER BY m

-- name: DirectRejects
-- The rows the direct path did not load: where and why. A row's first
-- problem in column order, else its first unknown reference.
INSERT INTO stg_reject
SELECT s.rid, m.col, m.code, m.message, {attr}
FROM (SELECT rid, coalesce(r, {ref_reason}) AS r, {carry} FROM ({checked})) s
JOIN (VALUES {reasons}) m(r, col, code, message) USING (r)

-- name: DirectDupDays
-- Whether a loaded month has a key twice, for keys ending in the month's
-- date column: per remaining key, the rows against the distinct days.
SELECT count(*) FROM (
    SELECT count(*) AS n, bit_count(bit_or(1::BIGINT << (day({month}) - 1))) AS d
    FROM {table} WHERE {month} >= ? AND {month} < ? GROUP BY {keys})
WHERE n <> d

-- name: DirectDupKeys
-- Whether a key of the loaded months ($1 to $2) is used twice: within
-- them, or in another month (ids unique across months). The other months
-- are only scanned for their keys and probed against the loaded ones, so
-- the cost grows with the load (and with history by one column's scan),
-- not by grouping every key ever loaded.
SELECT (SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {month} >= $1 AND {month} < $2 GROUP BY {keys} HAVING count(*) > 1))
     + (SELECT count(*) FROM (SELECT {keys} FROM {table} WHERE NOT ({month} >= $1 AND {month} < $2)) o
        SEMI JOIN (SELECT {keys} FROM {table} WHERE {month} >= $1 AND {month} < $2) n USING ({keys}))

-- name: DirectUndoRejects
DELETE FROM stg_reject WHERE rid >> 40 = ?

-- name: RecordMonth
INSERT OR REPLACE INTO muat_bulan VALUES (?, ?, ?)

-- name: StageLines
-- A reference source's CSV file, its lines numbered (row 1 is line 2).
-- row_number() runs on one thread: numbering apart from parsing lets the
-- parsing (a pseudonym per row for pegawai) run on all of them.
CREATE OR REPLACE TEMP TABLE stg_lines AS SELECT row_number() OVER () + 1 AS line, * FROM {reader}

-- name: StageChecked
-- A reference source's file, checked once (the staged query; $1 and $2
-- as for StageSQLRows): its valid rows, its NIP map (pegawai) and its
-- rejects are each read from here, instead of the file three times.
CREATE OR REPLACE TEMP TABLE stg_checked AS {staged}

-- name: StageCheckedRows
INSERT INTO {stg} SELECT rid, {outs} FROM stg_checked WHERE r IS NULL

-- name: StageCheckedNIPs
-- pegawai's NIP map (see StageNIPs).
INSERT INTO stg_nip SELECT i1, o1 FROM stg_checked WHERE r IS NULL

-- name: StageCheckedRejects
INSERT INTO stg_reject
SELECT s.rid, m.col, m.code, m.message, {attr}
FROM stg_checked s JOIN (VALUES {reasons}) m(r, col, code, message) USING (r)

-- name: DropChecked
DROP TABLE IF EXISTS stg_checked;
DROP TABLE IF EXISTS stg_lines;
DROP TABLE IF EXISTS stg_raw

-- name: UndoBegin
-- run's load (see schema/0005_undo.sql): the small load records as they
-- were, and the mark that a load is waiting for its batch.
INSERT INTO undo_muat_bulan SELECT * FROM muat_bulan;
INSERT INTO undo_load_file SELECT * FROM load_file;
INSERT INTO undo_load_reject_unit SELECT * FROM load_reject_unit;
INSERT INTO meta VALUES ('undo_pending', 'run')

-- name: UndoFactMonth
-- A fact month the load replaces: its rows as they were, kept.
INSERT INTO {undo} SELECT * FROM {table} WHERE {month} >= ? AND {month} < ?

-- name: UndoMonth
-- A fact month the load writes.
INSERT OR IGNORE INTO undo_bulan VALUES (?, ?)

-- name: UndoKeys
-- The reference rows an upsert replaces, and the keys it writes.
INSERT INTO {undo} SELECT * FROM {table} WHERE EXISTS (SELECT 1 FROM {stg} s WHERE {keyjoin});
INSERT INTO {undokeys} SELECT DISTINCT {keys} FROM {stg}

-- name: UndoRejects
-- The load records of this load's files as they were.
INSERT INTO undo_load_reject SELECT r.* FROM load_reject r JOIN stg_file f ON r.source = f.source AND r.file = f.file;
INSERT INTO undo_files SELECT source, file FROM stg_file

-- name: UndoFact
-- Take a fact source back: its written months out, the kept rows in.
DELETE FROM {table} WHERE date_trunc('month', {month})::DATE IN (SELECT bulan FROM undo_bulan WHERE source = {source});
INSERT INTO {table} SELECT * FROM {undo}

-- name: UndoReference
DELETE FROM {table} USING {undokeys} s WHERE {keyjoin};
INSERT INTO {table} SELECT * FROM {undo}

-- name: UndoRecords
DELETE FROM muat_bulan;
INSERT INTO muat_bulan SELECT * FROM undo_muat_bulan;
DELETE FROM load_file;
INSERT INTO load_file SELECT * FROM undo_load_file;
DELETE FROM load_reject USING undo_files f WHERE load_reject.source = f.source AND load_reject.file = f.file;
INSERT INTO load_reject SELECT * FROM undo_load_reject;
DELETE FROM load_reject_unit;
INSERT INTO load_reject_unit SELECT * FROM undo_load_reject_unit

-- name: UndoForget
-- The batch is done (or undone): nothing to take back any more.
DELETE FROM undo_unit_kerja; DELETE FROM undo_pegawai; DELETE FROM undo_kalender;
DELETE FROM undo_presensi; DELETE FROM undo_rencana_aksi; DELETE FROM undo_kinerja_harian;
DELETE FROM undo_aduan; DELETE FROM undo_belanja;
DELETE FROM undo_keys_unit_kerja; DELETE FROM undo_keys_pegawai; DELETE FROM undo_keys_kalender;
DELETE FROM undo_bulan; DELETE FROM undo_muat_bulan; DELETE FROM undo_load_file;
DELETE FROM undo_files; DELETE FROM undo_load_reject; DELETE FROM undo_load_reject_unit;
DELETE FROM meta WHERE k = 'undo_pending'

-- name: UndoPending
SELECT count(*) FROM meta WHERE k = 'undo_pending'

-- name: CheckMonths
-- `fwaeval check`: the months of a fact source this load wrote.
SELECT bulan FROM muat_bulan WHERE source = ? AND versi = currval('muat_seq') ORDER BY bulan

-- name: MonthLoadedBefore
-- run: whether an earlier load wrote a source's month (which stays).
SELECT count(*) FROM muat_bulan WHERE source = ? AND bulan = ?

-- name: CountMonth
SELECT count(*) FROM {table} WHERE {month} >= ? AND {month} < ?

-- name: RejectsCSV
-- rejects.csv: every reject of this load's files ($1: their names, one
-- per line, in load order), in file order.
WITH f AS (SELECT unnest(string_split($1, chr(10))) AS file, generate_subscripts(string_split($1, chr(10)), 1) AS n)
SELECT r.source, r.file, r.line, r."column", r.code, r.message
FROM load_reject r JOIN f USING (file)
ORDER BY f.n, r.line

-- name: StageRaw
-- A file a Go reader reads (XLSX, a CSV DuckDB would read otherwise, an
-- unusual Parquet file): its next rows as text, one column per source
-- column the file has, for the staged query to validate like any other
-- file's. Replaced, not emptied, between chunks (a DELETE keeps memory).
CREATE OR REPLACE TEMP TABLE stg_raw (line BIGINT NOT NULL, {cols})
