package reports

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fwaeval/reports/model"
)

func TestFormats(t *testing.T) {
	cases := []struct {
		name, got, want string
	}{
		{"id thousands and decimal", Lang("id").Number(1234.5, 1), "1.234,5"},
		{"en thousands and decimal", Lang("en").Number(1234.5, 1), "1,234.5"},
		{"id millions", Lang("id").Number(1250000, 0), "1.250.000"},
		{"negative", Lang("id").Number(-14.24, 1), "-14,2"},
		{"negative rounding to zero has no sign", Lang("id").Number(-0.04, 1), "0,0"},
		{"small", Lang("en").Number(999, 0), "999"},
		{"null", Lang("id").Number(math.NaN(), 1), "—"},
		{"id percent", Lang("id").Percent(0.142, 1), "14,2 %"},
		{"en percent", Lang("en").Percent(0.142, 1), "14.2%"},
		{"rupiah", Lang("id").Rupiah(218000000000), "Rp218.000.000.000"},
		{"negative rupiah", Lang("en").Rupiah(-1500), "-Rp1,500"},
		{"id month", Lang("id").Month(time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)), "Oktober 2026"},
		{"en month", Lang("en").Month(time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)), "August 2026"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.name, c.got, c.want)
		}
	}
}

// The embedded library is the pinned ECharts 5, complete.
func TestEChartsEmbedded(t *testing.T) {
	if len(EChartsJS) < 500_000 || !bytes.Contains(EChartsJS, []byte("5.6.0")) {
		t.Fatalf("embedded echarts.min.js: %d bytes, version 5.6.0 not found", len(EChartsJS))
	}
	if bytes.Contains(EChartsJS, []byte("sourceMappingURL=http")) {
		t.Fatal("the library points to a remote source map")
	}
}

// Every text key the renderers use exists in both languages: a missing
// one would print its key ("indicator") in the report.
func TestEveryTextKeyExists(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	use := regexp.MustCompile(`(?:\bt|\.T|\.text|l\.text|p\.T)\(?\s*"([a-z0-9_]+)"\)?`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range use.FindAllStringSubmatch(string(src), -1) {
			if _, ok := texts[m[1]]; !ok && !strings.HasSuffix(m[1], "_") { // "funnel_"+ind: a prefix
				t.Errorf("%s uses text %q, which has no entry", f, m[1])
			}
		}
	}
}

// The method's thresholds read in the evidence's units: 80 %, not 0,80;
// 2 bulan, not 2,00.
func TestThresholdUnits(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		th   Threshold
		want string
	}{
		{"id", Threshold{Value: 0.8, Unit: model.UnitPercent}, "80 %"},
		{"en", Threshold{Value: 0.8, Unit: model.UnitPercent}, "80%"},
		{"id", Threshold{Value: -0.1, Unit: model.UnitPercent}, "-10 %"},
		{"id", Threshold{Value: 0.025, Unit: model.UnitPercent}, "2,5 %"},
		{"id", Threshold{Value: -0.1, Unit: model.UnitPoints}, "-10 poin persentase"},
		{"en", Threshold{Value: -0.1, Unit: model.UnitPoints}, "-10 percentage points"},
		{"id", Threshold{Value: 2, Unit: model.UnitMonths}, "2 bulan"},
		{"en", Threshold{Value: 1, Unit: model.UnitMonths}, "1 month"},
		{"en", Threshold{Value: 3, Unit: model.UnitMonths}, "3 months"},
		{"id", Threshold{Value: 10, Unit: model.UnitCount}, "10"},
		{"id", Threshold{Value: -1.96, Unit: model.UnitScore}, "-1,96"},
	} {
		if got := ThresholdWords(c.lang, c.th); got != c.want {
			t.Errorf("%s %+v = %q, want %q", c.lang, c.th, got, c.want)
		}
	}
}
