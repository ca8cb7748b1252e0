package sample

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// writeFile writes data to path atomically (temporary file, then rename).
func writeFile(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return nil
}

// writeTruth writes truth.csv: each unit's intended status and fired rules
// in the last two months, as the default policy should find them.
func writeTruth(dir string, p plan) error {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"unit_id", "bulan", "status", "rules", "scenario"})
	m := p.months[len(p.months)-1]
	m1 := m.AddDate(0, -1, 0)
	for _, u := range p.units {
		e := truthOf(u)
		w.Write([]string{u.id, m1.Format("2006-01"), e.statusM1, e.rulesM1, u.scenario})
		w.Write([]string{u.id, m.Format("2006-01"), e.statusM, e.rulesM, u.scenario})
	}
	w.Flush()
	return writeFile(filepath.Join(dir, "truth.csv"), b.Bytes())
}

var columnsOf = map[string]string{
	"unit_kerja":     "unit_id, nama_unit, instansi_id, nama_instansi, jenis_instansi, provinsi, layanan_langsung, fwa_mulai, induk_unit_id",
	"pegawai":        "nip, unit_id, jenis_asn, fwa_disetujui, tmt",
	"presensi":       "nip, tanggal, status, lokasi, jam_masuk, jam_pulang",
	"rencana_aksi":   "rencana_aksi_id, nip, bulan, target, satuan",
	"kinerja_harian": "nip, tanggal, rencana_aksi_id, realisasi, status",
	"aduan":          "tracking_id, unit_id, diterima, diverifikasi, ditindaklanjuti, selesai, kategori",
	"belanja":        "unit_id, bulan, listrik, air, bbm, atk, mamin",
	"kalender":       "tanggal, jenis, keterangan",
}

// writeReadme describes the data set: sources, row counts, units and
// their planted scenarios.
func writeReadme(o Options, p plan, counts map[string]int64, truth bool) error {
	var b strings.Builder
	m := p.months[len(p.months)-1]
	employees := 0
	inst := map[string]bool{}
	for _, u := range p.units {
		employees += u.n
		inst[u.namaInstansi] = true
	}
	fmt.Fprintf(&b, "# Data sampel fwaeval — skala `%s`\n\n", o.Scale)
	packages := ""
	if o.Packages > 0 {
		packages = fmt.Sprintf(" --packages %d", o.Packages)
	}
	if noisy(o) {
		packages += " --noise " + o.Noise
	}
	fmt.Fprintf(&b, "Synthetic data in fwaeval's input contract (docs/input.md), written by\n"+
		"`fwaeval sample --scale %s --seed %d%s`. Same seed, same bytes. All names of\n"+
		"people are absent and every NIP is fictitious; units and instansi carry\n"+
		"real Indonesian names and the FWA schedules announced for 2026 (Bengkulu WFA\n"+
		"Thursday–Friday, Surakarta Wednesday, from January).\n\n", o.Scale, o.Seed, packages)
	fmt.Fprintf(&b, "- Period: %s … %s; the evaluated months are M-1 = %s and M = %s.\n",
		p.months[0].Format("2006-01"), m.Format("2006-01"), m.AddDate(0, -1, 0).Format("2006-01"), m.Format("2006-01"))
	fmt.Fprintf(&b, "- %d instansi, %d units, %d employees.\n", len(inst), len(p.units), employees)
	fmt.Fprintf(&b, "- Exports taken on %s: complaint events after that day do not exist yet.\n", m.AddDate(0, 1, 4).Format("2006-01-02"))
	if noisy(o) {
		fmt.Fprintf(&b, "- Realistic noise: each employee's output varies from month to month (sd 5 %%), between\n"+
			"  employees (3 %%) and with the unit's month (2 %%); complaints are Poisson with 20 %% overdispersion;\n"+
			"  each complaint's follow-up is late with its unit's own probability (5–17 %%). The policy has no\n"+
			"  effect here: whatever the rules flag among unplanted units, chance flagged.\n"+
			"- In February 2026 every unit's electricity bill dips (the Purwakarta pattern).\n\n")
	} else {
		fmt.Fprintf(&b, "- In M every unit's output dips by 15 %% (a shared dip: nobody may be paused for it);\n"+
			"  in February 2026 every unit's electricity bill dips (the Purwakarta pattern).\n\n")
	}
	b.WriteString("## Sources\n\n| source | rows | what | columns |\n|---|---:|---|---|\n")
	what := map[string]string{
		"unit_kerja":     "units, FWA start (`fwa_mulai`) and front-line flag",
		"pegawai":        "employees: NIP, unit, PNS/PPPK, FWA approval, start date (`tmt`)",
		"presensi":       "one row per employee and working day: status, WFO/WFH/WFA, clock times",
		"rencana_aksi":   "2–4 action plans per employee and month, with targets",
		"kinerja_harian": "daily e-Kinerja logs toward the action plans, with approval status",
		"aduan":          "LAPOR! complaints: received, verified, first follow-up, resolved",
		"belanja":        "operational spending per unit and month (rupiah)",
		"kalender":       "national holidays, cuti bersama and Ramadan (SKB 3 Menteri 2025, 2026)",
	}
	for _, out := range outputs {
		fmt.Fprintf(&b, "| `%s` | %d | %s | %s |\n", out.source, counts[out.source], what[out.source], columnsOf[out.source])
	}
	b.WriteString("\nColumns and formats are exactly those of docs/input.md (plain form: `,` CSV, ISO dates, `.` decimals).\n\n")
	writeScenarios(&b, p, truth)
	if o.Messy {
		b.WriteString("\n## Messy forms\n\nWritten with `--messy`: the same logical data as real exports give it — " +
			"`unit_kerja.xlsx`; `pegawai.csv` with `;`, BOM, CRLF and day-first dates; `presensi/` one file per month " +
			"(some gzip, some with English status names); `rencana_aksi.csv` and `belanja.csv` with `;` and Indonesian " +
			"numbers; `kinerja_harian.csv` tab-separated; `aduan.csv` with `|` and day-first timestamps.\n")
	}
	return writeFile(filepath.Join(o.Out, "README.md"), []byte(b.String()))
}

// writeScenarios is the README's table of planted scenarios (the units
// truth.csv lists), or why there is none.
func writeScenarios(b *strings.Builder, p plan, truth bool) {
	if truth {
		b.WriteString("## Planted scenarios\n\n`truth.csv` holds each unit's intended status and rules for M-1 and M.\n\n" +
			"| unit | instansi | employees | FWA | scenario | M-1 | M |\n|---|---|---:|---|---|---|---|\n")
		var rows []string
		for _, u := range p.units {
			if u.scenario == "" && u.fwaMulai != "" {
				continue
			}
			e := truthOf(u)
			sc := "control (no FWA)"
			if u.scenario != "" {
				sc = scenarioText(u.scenario)
			}
			fwa := "—"
			if u.fwaMulai != "" {
				fwa = u.fwaMulai
			}
			rows = append(rows, fmt.Sprintf("| %s (`%s`) | %s | %d | %s | %s | %s | %s |", u.nama, u.id, u.instansiID, u.n, fwa, sc, e.statusM1, e.statusM))
		}
		sort.Strings(rows)
		b.WriteString(strings.Join(rows, "\n"))
		b.WriteString("\n\nEvery other unit is on FWA with no planted problem: LANJUTKAN in both months.\n")
	} else {
		b.WriteString("## Scenarios\n\nOne month only (a benchmark volume): no baseline months, so no truth file.\n")
	}
}

// noisy reports whether the set has realistic noise (realistic.go).
func noisy(o Options) bool { return o.Noise == "realistic" || o.Noise == "planted" }
