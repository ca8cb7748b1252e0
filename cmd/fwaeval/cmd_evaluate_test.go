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
