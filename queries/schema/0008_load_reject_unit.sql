-- name: LoadRejectUnit
-- Rejects per unit and month (docs/input.md, "Rejects per unit and month"):
-- for each source, unit and month of the rejected rows the warehouse's
-- months came with, how many rows were rejected and how many of that unit
-- and month the table holds, the commonest (code, column) with its first
-- message, file and line. unit_id NULL: rows no unit could be traced to
-- (rows_loaded is then the source's rows of the month); bulan NULL: rows
-- whose month could not be read (and the reference sources, which have
-- none). A load replaces the rows of every month of a source it writes or
-- rejects rows of, and the source's month-less rows. evaluate's R6 reads
-- it; the reports list it.
CREATE TABLE load_reject_unit (
    source VARCHAR NOT NULL, unit_id VARCHAR, bulan DATE,
    rows_rejected BIGINT NOT NULL, rows_loaded BIGINT NOT NULL,
    code VARCHAR NOT NULL, "column" VARCHAR NOT NULL, message VARCHAR NOT NULL, code_rows BIGINT NOT NULL,
    file VARCHAR NOT NULL, line BIGINT NOT NULL);
CREATE TABLE undo_load_reject_unit AS SELECT * FROM load_reject_unit LIMIT 0;
