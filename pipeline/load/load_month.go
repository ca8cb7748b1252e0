package load

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"fwaeval/pipeline/warehouse"
	"fwaeval/queries"
)

// monthInFolder refuses, before anything is read, a run for a month the
// folder holds no plan of: the months of rencana_aksi (one row per
// employee and month, the smallest source every month needs) come from a
// Parquet file's statistics or a CSV's scan, without loading. When a file
// cannot tell them cheaply (.xlsx, .csv.gz, a CSV the Go reader takes) the
// check is left to monthLoaded, after the load.
func monthInFolder(ctx context.Context, w *warehouse.Warehouse, files []inputFile, m time.Time) error {
	var held []time.Time
	var rels []string
	for _, f := range files {
		if f.src.name != "rencana_aksi" {
			continue
		}
		months, ok := cheapMonths(ctx, w, f)
		if !ok {
			return nil // the load says what is wrong with the file
		}
		held = append(held, months...)
		rels = append(rels, f.rel)
	}
	if len(rels) == 0 || slices.ContainsFunc(held, m.Equal) {
		return nil
	}
	return &warehouse.InputError{File: strings.Join(rels, ", "), Msg: noMonthMsg(m, held)}
}

// cheapMonths are the candidate months of a fact file when they come
// without reading its rows through the load: a Parquet file's statistics,
// a plain CSV's scan.
func cheapMonths(ctx context.Context, w *warehouse.Warehouse, f inputFile) ([]time.Time, bool) {
	switch _, ext, _ := splitExt(f.path); ext {
	case ".parquet":
		names, types, ok := parquetColumns(ctx, w, f.path)
		if !ok {
			return nil, false
		}
		return parquetMonths(ctx, w, f, names, types)
	case ".csv", ".csv.gz":
		sh, err := scanCSV(f.path, f.src.monthOf)
		if err != nil || !sh.simple {
			return nil, false
		}
		return sh.months, true
	}
	return nil, false
}

// monthLoaded checks what the load wrote of source s (files rels) for
// month m, right after merging it: a source every month needs
// (presensi, rencana_aksi, kinerja_harian) without a row of it is an
// input error, before the next source is read; aduan or belanja without
// one is a warning, returned.
func monthLoaded(ctx context.Context, w *warehouse.Warehouse, s *source, rels []string, m time.Time) (string, error) {
	months, err := monthList(ctx, w.Conn(), queries.Statement(queries.Load, "CheckMonths", nil), s.name)
	if err != nil {
		return "", fmt.Errorf("months of %s: %w", s.name, err)
	}
	if slices.ContainsFunc(months, m.Equal) {
		return "", nil
	}
	e := &warehouse.InputError{File: strings.Join(rels, ", "), Msg: noMonthMsg(m, months)}
	if s.everyMonth {
		return "", e
	}
	var earlier int64
	if err := w.Conn().QueryRowContext(ctx, queries.Statement(queries.Load, "MonthLoadedBefore", nil), s.name, m).Scan(&earlier); err != nil {
		return "", fmt.Errorf("months of %s: %w", s.name, err)
	}
	if earlier > 0 {
		return e.Error() + "; " + keptMonthMsg, nil
	}
	return e.Error() + "; " + emptyMonthMsg[s.name], nil
}

// emptyMonthMsg says what a month without a source's rows means.
var emptyMonthMsg = map[string]string{
	"aduan":   "aduan per 100 pegawai dihitung 0; periksa ekspor LAPOR! / complaints per 100 employees count as 0; check the LAPOR! export",
	"belanja": "penghematan bulan ini tidak dihitung / the month's savings are not computed",
}

// keptMonthMsg says that an earlier load's rows of the month stay.
const keptMonthMsg = "baris bulan itu dari muatan sebelumnya tetap dipakai / that month's rows of an earlier load are kept"

// noMonthMsg says that month m has no row, and which months there are.
func noMonthMsg(m time.Time, held []time.Time) string {
	ms := m.Format("2006-01")
	if len(held) == 0 {
		return fmt.Sprintf("tidak ada baris untuk %s (berkas tanpa baris yang dimuat) / no row for %s (no row loaded from it)", ms, ms)
	}
	lo, hi := slices.MinFunc(held, time.Time.Compare), slices.MaxFunc(held, time.Time.Compare)
	if hi.Equal(lo) {
		return fmt.Sprintf("tidak ada baris untuk %s; isinya %s / no row for %s; it holds %s", ms, lo.Format("2006-01"), ms, lo.Format("2006-01"))
	}
	return fmt.Sprintf("tidak ada baris untuk %s; isinya %s s.d. %s / no row for %s; it holds %s to %s",
		ms, lo.Format("2006-01"), hi.Format("2006-01"), ms, lo.Format("2006-01"), hi.Format("2006-01"))
}
