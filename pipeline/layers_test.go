package pipeline_test

import (
	"encoding/json"
	"io"
	osexec "os/exec"
	"strings"
	"testing"
)

// levels is docs/architecture.md's package map: a package may import
// ours only from a lower level.
var levels = map[string]int{
	"fwaeval/queries":            0,
	"fwaeval/reports/model":      0,
	"fwaeval/pipeline/warehouse": 1,
	"fwaeval/pipeline/xlsx":      1,
	"fwaeval/reports":            1,
	"fwaeval/pipeline/load":      2,
	"fwaeval/pipeline/compute":   2,
	"fwaeval/pipeline/outputs":   2,
	"fwaeval/pipeline/policy":    3,
	// the stages' tests' warehouses; only tests import it
	"fwaeval/pipeline/internal/testwh": 3,
	"fwaeval/pipeline/paket":           3,
	"fwaeval/pipeline/report":          4,
	"fwaeval/pipeline/rollup":          4,
	"fwaeval/pipeline":                 5,
	"fwaeval/sample-data":              6,
	"fwaeval/cmd/fwaeval":              7,
	"fwaeval/cmd/floor":                7,
	"fwaeval/cmd/benchsplit":           7,
	"fwaeval/tools/sizes":              7,
}

// TestImportsGoDown fails when a package imports one on its own level or
// above, when pipeline (or any package under it) imports the renderers in
// reports, or when a package is missing from the map.
func TestImportsGoDown(t *testing.T) {
	cmd := osexec.Command("go", "list", "-json", "fwaeval/...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	seen := map[string]bool{}
	for {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		seen[p.ImportPath] = true
		lv, ok := levels[p.ImportPath]
		if !ok {
			t.Errorf("%s is not in the package map (docs/architecture.md, layers_test.go)", p.ImportPath)
			continue
		}
		for _, imp := range p.Imports {
			il, ours := levels[imp]
			if !ours {
				if strings.HasPrefix(imp, "fwaeval/") {
					t.Errorf("%s imports %s, which is not in the package map", p.ImportPath, imp)
				}
				continue
			}
			if il >= lv {
				t.Errorf("%s (level %d) imports %s (level %d): imports go down only", p.ImportPath, lv, imp, il)
			}
			if strings.HasPrefix(p.ImportPath, "fwaeval/pipeline") && imp == "fwaeval/reports" {
				t.Errorf("%s imports fwaeval/reports: pipeline may import only reports/model", p.ImportPath)
			}
		}
	}
	for p := range levels {
		if !seen[p] {
			t.Errorf("%s is in the package map but not in the module", p)
		}
	}
}
