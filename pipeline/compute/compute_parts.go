package compute

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// KinerjaBulan groups the month's daily logs per (rencana aksi, employee):
// about one row per log is held until rows are merged, so a national
// month (111 M logs) spills far beyond the memory limit in one grouping.
// Split by ranges of the pseudonymised NIP (uniform: a keyed hash) into
// parts that each fit, it does not spill; the parts are disjoint groups,
// so the result is the same whatever their number.

// bytesPerLogPart is the memory a part is given per log it groups: a part
// holds at most memory limit / bytesPerLogPart logs. Measured on the
// national month (111 M logs, 6 GB): the grouping alone took 52 s in one
// part, 30 s in 2, 32 s in 3, 26–28 s in 4, 29–30 s in 6 and 8; the whole
// KinerjaBulan inside compute, where the month's other temporary tables
// hold memory too, 69–70 s in 6 parts, 59–60 s in 8, 67 s in 12. At 6 GB
// a part is 15 M logs: 8 parts.
const bytesPerLogPart = 400

// logsPerPart overrides the memory-derived size of a part (tests).
var logsPerPart int64

// The statements that compute and store one month's per-unit indicators,
// before and after KinerjaBulan (kinerjaMonth).
var (
	monthBefore = []string{"HariKerja", "Roster", "PresensiBulan"}
	monthAfter  = []string{"AduanBulan", "BelanjaBulan", "HapusBulan", "SimpanBulan", "Bersihkan"}
)

// computeMonth runs the statements of the month set by setMonth; with
// again, the complaints of the months in aduan_lagi, judged in the same
// pass, are stored too (SimpanAduan).
func computeMonth(ctx context.Context, tx warehouse.DBTX, again bool) error {
	if err := ExecAll(ctx, tx, queries.IndicatorsMonth, monthBefore...); err != nil {
		return err
	}
	if err := kinerjaMonth(ctx, tx); err != nil {
		return err
	}
	after := monthAfter
	if again {
		after = slices.Insert(slices.Clone(after), len(after)-1, "SimpanAduan")
	}
	return ExecAll(ctx, tx, queries.IndicatorsMonth, after...)
}

// kinerjaMonth runs KinerjaBulan with its per-employee grouping in as many
// parts of the NIP range as the month's logs need.
func kinerjaMonth(ctx context.Context, tx warehouse.DBTX) error {
	t := time.Now()
	var logs int64
	if err := tx.QueryRowContext(ctx, queries.Statement(queries.IndicatorsMonth, "BarisKinerja", nil)).Scan(&logs); err != nil {
		return fmt.Errorf("BarisKinerja: %w", err)
	}
	per := logsPerPart
	if per <= 0 {
		var limit string
		if err := tx.QueryRowContext(ctx, "SELECT current_setting('memory_limit')").Scan(&limit); err != nil {
			return fmt.Errorf("memory limit: %w", err)
		}
		per = max(memoryBytes(limit)/bytesPerLogPart, 1<<20)
	}
	n := partsFor(logs, per)
	from, to := nipRanges(n)
	for _, v := range []struct {
		name  string
		bound []string
	}{{"nip_dari", from}, {"nip_sampai", to}} {
		list, err := json.Marshal(v.bound)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "SET VARIABLE "+v.name+" = from_json(?::JSON, '[\"VARCHAR\"]')::UUID[]", string(list)); err != nil {
			return fmt.Errorf("NIP ranges: %w", err)
		}
	}
	parts := make([]string, n)
	for i := range parts {
		parts[i] = "(" + queries.Statement(queries.IndicatorsMonth, "KinerjaBagian", map[string]string{"i": strconv.Itoa(i + 1)}) + ")"
	}
	q := queries.Statement(queries.IndicatorsMonth, "KinerjaBulan", map[string]string{"per_ra": strings.Join(parts, "\nUNION ALL\n")})
	if _, err := tx.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("KinerjaBulan: %w", err)
	}
	warehouse.Trace("compute", fmt.Sprintf("KinerjaBulan (%d logs, %d parts)", logs, n), t)
	traceMemory(ctx, tx)
	return nil
}

// partsFor is the number of parts for logs, at most per logs each (1 to
// 64).
func partsFor(logs, per int64) int {
	return int(max(min((logs+per-1)/per, 64), 1))
}

// nipRanges splits the UUID range into n consecutive ranges of equal
// width, as their inclusive first and last values.
func nipRanges(n int) (from, to []string) {
	top := new(big.Int).Lsh(big.NewInt(1), 128)
	for i := 0; i < n; i++ {
		lo := new(big.Int).Div(new(big.Int).Mul(top, big.NewInt(int64(i))), big.NewInt(int64(n)))
		hi := new(big.Int).Div(new(big.Int).Mul(top, big.NewInt(int64(i+1))), big.NewInt(int64(n)))
		from = append(from, uuidText(lo))
		to = append(to, uuidText(hi.Sub(hi, big.NewInt(1))))
	}
	return from, to
}

// uuidText formats a 128-bit value as a UUID.
func uuidText(v *big.Int) string {
	var b [16]byte
	v.FillBytes(b[:])
	h := fmt.Sprintf("%x", b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// memoryBytes reads DuckDB's memory_limit setting ("5.5 GiB"); 0 when it
// cannot.
func memoryBytes(s string) int64 {
	num, unit, ok := strings.Cut(strings.TrimSpace(s), " ")
	v, err := strconv.ParseFloat(num, 64)
	if !ok || err != nil || v < 0 {
		return 0
	}
	scale := map[string]float64{
		"bytes": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30, "TiB": 1 << 40, "PiB": 1 << 50,
		"KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12, "PB": 1e15,
	}[unit]
	return int64(v * scale)
}

// traceMemory prints DuckDB's memory use by tag (FWAEVAL_TRACE=1).
func traceMemory(ctx context.Context, tx warehouse.DBTX) {
	if !warehouse.Tracing() {
		return
	}
	rows, err := tx.QueryContext(ctx, "SELECT tag, memory_usage_bytes // 1048576, temporary_storage_bytes // 1048576 FROM duckdb_memory() WHERE memory_usage_bytes + temporary_storage_bytes > 0")
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var tag string
		var mem, tmp int64
		if rows.Scan(&tag, &mem, &tmp) == nil {
			warehouse.Tracef("memory %s %d MB (spilled %d MB)", tag, mem, tmp)
		}
	}
}
