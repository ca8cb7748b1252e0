-- Statements about the warehouse file itself.

-- name: RowsOnDisk
-- The tables holding at least $1 rows on disk: estimated_size counts the
-- deleted rows too, until a checkpoint's vacuum merges their row groups.
SELECT table_name, estimated_size FROM duckdb_tables()
WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary
  AND estimated_size >= $1
ORDER BY table_name
