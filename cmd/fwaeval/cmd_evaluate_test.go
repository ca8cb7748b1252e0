package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fwaeval/pipeline/policy"
)

func TestEvaluateCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.duckdb")
	out := t.TempDir()
	bad := filepath.Join(t.TempDir(), "kebijakan.yaml")
	os.WriteFile(bad, []byte("rules:\n  R3_aduan_melonjak:\n    min_aduan_masuk: sepuluh\n"), 0o644)
	if code, _, stderr := runCLI(t, "evaluate", "--month", "2026-10", "--policy", bad, "--db", db); code != 2 ||
		!strings.Contains(stderr, "kebijakan.yaml:3: rules.R3_aduan_melonjak.min_aduan_masuk") {
		t.Fatalf("invalid policy: exit %d, %q", code, stderr)
	}
	// Values that parse but make no sense: exit 2, the line, the key and
	// the likely meaning.
	for text, want := range map[string]string{
		"rules:\n  R6_data_kurang:\n    cakupan_presensi_below: 80\n":              "kebijakan.yaml:3: rules.R6_data_kurang.cakupan_presensi_below: 80 — maksud Anda 0.80? ",
		"rules:\n  R4_disiplin:\n    tanpa_keterangan_min: -5\n":                   "kebijakan.yaml:3: rules.R4_disiplin.tanpa_keterangan_min: -5 harus pecahan antara 0 dan 1",
		"rules:\n  R1_produktivitas_turun:\n    capaian_kinerja_did_rel_max: -5\n": "capaian_kinerja_did_rel_max: -5 — maksud Anda -0.05? ",
		"rules:\n  R1_produktivitas_turun:\n    min_pegawai_capaian: -5\n":         "min_pegawai_capaian: -5 harus bilangan bulat 1–1000",
	} {
		os.WriteFile(bad, []byte(text), 0o644)
		if code, _, stderr := runCLI(t, "evaluate", "--month", "2026-10", "--policy", bad, "--db", db); code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("%q: exit %d, %q", text, code, stderr)
		}
	}
	if code, _, stderr := runCLI(t, "load", "--data", "../../sample-data", "--db", db, "--quiet"); code != 0 {
		t.Fatalf("load: %s", stderr)
	}
	for _, lang := range []string{"id", "en"} {
		code, stdout, stderr := runCLI(t, "evaluate", "--month", "2026-10", "--db", db, "--out", out, "--lang", lang)
		if code != 0 {
			t.Fatalf("evaluate: %d %s", code, stderr)
		}
		raw, err := os.ReadFile(strings.TrimSpace(stdout))
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"id": "selama 2 bulan berturut-turut", "en": "for 2 consecutive months"}[lang]
		// flags.csv's own columns, then the names a planner reads the unit by.
		if !strings.HasPrefix(string(raw), "unit_id,bulan,status,rules,evidence,nama_unit,nama_instansi\n") || !strings.Contains(string(raw), want) ||
			!strings.Contains(string(raw), ",Badan Pengelolaan Keuangan dan Aset Daerah,Pemerintah Provinsi Bengkulu\n") ||
			!strings.Contains(string(raw), "PROV-BKL-BPKAD,2026-10,HENTIKAN_SEMENTARA,R1_produktivitas_turun,") {
			t.Fatalf("flags.csv (%s):\n%s", lang, raw)
		}
	}
}

func TestPolicyCommand(t *testing.T) {
	code, stdout, _ := runCLI(t, "policy")
	if code != 0 {
		t.Fatal("policy failed")
	}
	p, err := policy.Parse("printed.yaml", []byte(stdout))
	if err != nil || p.SHA256 != policy.Default().SHA256 {
		t.Fatalf("printed policy does not read back as the built-in one: %v", err)
	}
}
