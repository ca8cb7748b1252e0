package warehouse

import (
	"context"
	"path/filepath"
	"testing"
)

// The checkpoint at Close vacuums only when a table holds a row group's
// worth of deleted rows: appends stay as they were written (a month's
// partly filled last row group is not merged with the next month's), and
// deleted rows are given back once there are enough of them.
func TestCloseVacuumsOnlyDeletedRows(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	// session runs statements on the warehouse, then closes it.
	session := func(stmts ...string) {
		t.Helper()
		w, err := Open(ctx, path, Settings{MemoryLimit: "1GB", Threads: 2})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range stmts {
			if _, err := w.Conn().ExecContext(ctx, q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	// layout is the table's rows on disk and its row groups.
	layout := func() (onDisk, groups int64) {
		t.Helper()
		w, err := Open(ctx, path, Settings{MemoryLimit: "1GB", Threads: 2})
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		if err := w.Conn().QueryRowContext(ctx, `SELECT estimated_size, (SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('t'))
			FROM duckdb_tables() WHERE table_name = 't'`).Scan(&onDisk, &groups); err != nil {
			t.Fatal(err)
		}
		return onDisk, groups
	}
	// Two "months" of 150 000 rows: 122 880 + 27 120 each. A vacuum would
	// merge 27 120 + 122 880 + 27 120 into two row groups.
	session("CREATE TABLE t AS SELECT range AS i FROM range(150000)")
	session("INSERT INTO t SELECT range + 150000 FROM range(150000)")
	if onDisk, groups := layout(); onDisk != 300000 || groups != 4 {
		t.Fatalf("after two appends: %d rows on disk in %d row groups, want 300000 in 4 (no vacuum)", onDisk, groups)
	}
	// Fewer deleted rows than a row group: kept.
	session("DELETE FROM t WHERE i < 100000 AND i % 2 = 0")
	if onDisk, _ := layout(); onDisk != 300000 {
		t.Fatalf("after deleting 50 000 rows: %d rows on disk, want 300000 (no vacuum yet)", onDisk)
	}
	// Another 100 000: now 150 000 deleted rows, and the vacuum runs (it
	// merges the first two row groups; the last two, at the table's end,
	// wait until they would make a fuller one).
	session("DELETE FROM t WHERE i >= 100000 AND i < 300000 AND i % 2 = 0")
	onDisk, groups := layout()
	if onDisk >= 300000 || groups >= 4 {
		t.Fatalf("after deleting 150 000 rows: %d rows on disk in %d row groups, want them given back", onDisk, groups)
	}
}
