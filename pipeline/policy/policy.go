package policy

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"reflect"
	"slices"

	"gopkg.in/yaml.v3"

	"fwaeval/reports/model"
)

// DefaultYAML is the built-in policy (docs/indicators.md's rules).
//
//go:embed policy.yaml
var DefaultYAML []byte

// Policy holds every threshold, window, minimum count and status of the
// rules; the yaml keys are those of policy.yaml.
type Policy struct {
	// Rho is the correlation of a unit's z in consecutive months (they
	// share the baseline): z over n months is their sum over
	// sqrt(n + n(n-1) rho).
	Rho   float64 `yaml:"rho"`
	Rules struct {
		R1 struct {
			Enabled     bool    `yaml:"enabled"`
			DidRelMax   float64 `yaml:"capaian_kinerja_did_rel_max"`
			Months      int     `yaml:"consecutive_months"`
			MinPegawai  int     `yaml:"min_pegawai_capaian"`
			FDRLevel    float64 `yaml:"fdr_level"`
			ZSingle     float64 `yaml:"z_max_single"`
			Status      string  `yaml:"status"`
			StatusSingl string  `yaml:"status_single"`
		} `yaml:"R1_produktivitas_turun"`
		R2 struct {
			Enabled     bool    `yaml:"enabled"`
			RateBelow   float64 `yaml:"tindak_lanjut_tepat_waktu_below"`
			DidMax      float64 `yaml:"tindak_lanjut_tepat_waktu_did_max"`
			MinDinilai  int     `yaml:"min_aduan_dinilai"`
			Months      int     `yaml:"consecutive_months"`
			FDRLevel    float64 `yaml:"fdr_level"`
			ZSingle     float64 `yaml:"z_max_single"`
			Status      string  `yaml:"status"`
			StatusSingl string  `yaml:"status_single"`
		} `yaml:"R2_layanan_memburuk"`
		R3 struct {
			Enabled   bool    `yaml:"enabled"`
			DidRelMin float64 `yaml:"aduan_per_100_pegawai_did_rel_min"`
			MinMasuk  int     `yaml:"min_aduan_masuk"`
			ZSingle   float64 `yaml:"z_min_single"`
			Months    int     `yaml:"consecutive_months"`
			ZMonths   float64 `yaml:"z_min_consecutive"`
			Status    string  `yaml:"status"`
		} `yaml:"R3_aduan_melonjak"`
		R4 struct {
			Enabled  bool    `yaml:"enabled"`
			TKMin    float64 `yaml:"tanpa_keterangan_min"`
			KuotaMin float64 `yaml:"pelanggaran_kuota_min"`
			Status   string  `yaml:"status"`
		} `yaml:"R4_disiplin"`
		R5 struct {
			Enabled    bool    `yaml:"enabled"`
			PorsiAbove float64 `yaml:"porsi_fleksibel_above"`
			Status     string  `yaml:"status"`
		} `yaml:"R5_layanan_langsung"`
		R6 struct {
			Enabled      bool    `yaml:"enabled"`
			CakupanBelow float64 `yaml:"cakupan_presensi_below"`
			Status       string  `yaml:"status"`
		} `yaml:"R6_data_kurang"`
	} `yaml:"rules"`

	// SHA256 is the hash of the policy text, for the manifest.
	SHA256 string `yaml:"-"`
}

// PolicyError is an invalid policy file: the command line exits 2.
type PolicyError struct {
	File string
	Line int
	Key  string
	Msg  string
}

func (e *PolicyError) Error() string {
	return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Key, e.Msg)
}

// IsBuiltin says a policy file's text is the built-in policy, byte for byte.
func IsBuiltin(text []byte) bool { return bytes.Equal(text, DefaultYAML) }

// Default returns the built-in policy.
func Default() *Policy {
	p, err := parsePolicy("policy.yaml", DefaultYAML, Policy{})
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return p
}

// Parse reads a policy file over the built-in values: keys it does
// not give keep them. Unknown keys, wrong types and unknown statuses are
// a *PolicyError naming the line and the key.
func Parse(name string, text []byte) (*Policy, error) {
	return parsePolicy(name, text, *Default())
}

// parsePolicy reads text over base.
func parsePolicy(name string, text []byte, base Policy) (*Policy, error) {
	p := base
	var root yaml.Node
	if err := yaml.Unmarshal(text, &root); err != nil {
		return nil, &PolicyError{File: name, Line: yamlLine(err), Key: "(yaml)", Msg: err.Error()}
	}
	if len(root.Content) > 0 {
		if err := decodeStrict(name, "", root.Content[0], reflect.ValueOf(&p).Elem()); err != nil {
			return nil, err
		}
	}
	if err := p.check(name, &root); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(text)
	p.SHA256 = hex.EncodeToString(sum[:])
	return &p, nil
}

// decodeStrict copies node into v, refusing keys v does not have and
// values of the wrong kind, with the line of the offending key or value.
func decodeStrict(file, path string, node *yaml.Node, v reflect.Value) error {
	if v.Kind() == reflect.Struct {
		if node.Kind != yaml.MappingNode {
			return &PolicyError{File: file, Line: node.Line, Key: keyOr(path), Msg: "harus berupa pemetaan kunci: nilai / must be a mapping of keys to values"}
		}
		for i := 0; i+1 < len(node.Content); i += 2 {
			k, val := node.Content[i], node.Content[i+1]
			f, ok := fieldByTag(v, k.Value)
			if !ok {
				return &PolicyError{File: file, Line: k.Line, Key: join(path, k.Value), Msg: "kunci tidak dikenal / unknown key"}
			}
			if err := decodeStrict(file, join(path, k.Value), val, f); err != nil {
				return err
			}
		}
		return nil
	}
	if node.Kind != yaml.ScalarNode {
		return &PolicyError{File: file, Line: node.Line, Key: path, Msg: "harus berupa satu nilai / must be a single value"}
	}
	want := map[reflect.Kind]string{reflect.Bool: "!!bool", reflect.Int: "!!int", reflect.Float64: "!!float", reflect.String: "!!str"}[v.Kind()]
	tag := node.ShortTag()
	if tag != want && !(v.Kind() == reflect.Float64 && tag == "!!int") {
		kinds := map[string][2]string{"!!bool": {"true/false", "true/false"}, "!!int": {"bilangan bulat", "an integer"},
			"!!float": {"angka", "a number"}, "!!str": {"teks", "text"}}
		k := kinds[want]
		return &PolicyError{File: file, Line: node.Line, Key: path, Msg: fmt.Sprintf("nilai %q harus %s / value %q must be %s", node.Value, k[0], node.Value, k[1])}
	}
	if err := node.Decode(v.Addr().Interface()); err != nil {
		return &PolicyError{File: file, Line: node.Line, Key: path, Msg: err.Error()}
	}
	return nil
}

func fieldByTag(v reflect.Value, key string) (reflect.Value, bool) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).Tag.Get("yaml") == key {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func keyOr(path string) string {
	if path == "" {
		return "(root)"
	}
	return path
}

// check validates values: statuses known, months and counts in range.
func (p *Policy) check(file string, root *yaml.Node) error {
	r := &p.Rules
	statuses := map[string]*string{
		"rules.R1_produktivitas_turun.status": &r.R1.Status, "rules.R1_produktivitas_turun.status_single": &r.R1.StatusSingl,
		"rules.R2_layanan_memburuk.status": &r.R2.Status, "rules.R2_layanan_memburuk.status_single": &r.R2.StatusSingl,
		"rules.R3_aduan_melonjak.status": &r.R3.Status, "rules.R4_disiplin.status": &r.R4.Status,
		"rules.R5_layanan_langsung.status": &r.R5.Status, "rules.R6_data_kurang.status": &r.R6.Status,
	}
	for key, s := range statuses {
		if !slices.Contains(model.Statuses, *s) {
			return &PolicyError{File: file, Line: lineOf(root, key), Key: key, Msg: fmt.Sprintf("status %q tidak dikenal; pilih salah satu / unknown status; use one of %v", *s, model.Statuses)}
		}
	}
	ints := map[string]struct {
		v        int
		min, max int
	}{
		"rules.R1_produktivitas_turun.consecutive_months":  {r.R1.Months, 1, 12},
		"rules.R2_layanan_memburuk.consecutive_months":     {r.R2.Months, 1, 12},
		"rules.R3_aduan_melonjak.consecutive_months":       {r.R3.Months, 1, 12},
		"rules.R1_produktivitas_turun.min_pegawai_capaian": {r.R1.MinPegawai, 0, 1 << 30},
		"rules.R2_layanan_memburuk.min_aduan_dinilai":      {r.R2.MinDinilai, 0, 1 << 30},
		"rules.R3_aduan_melonjak.min_aduan_masuk":          {r.R3.MinMasuk, 0, 1 << 30},
	}
	for key, c := range ints {
		if c.v < c.min || c.v > c.max {
			return &PolicyError{File: file, Line: lineOf(root, key), Key: key, Msg: fmt.Sprintf("harus antara %d dan %d / must be between %d and %d", c.min, c.max, c.min, c.max)}
		}
	}
	// A level is a probability; rho must keep the variance of a sum of
	// z's positive for every month count (-1/(n-1) < rho), and a
	// correlation is at most 1.
	levels := map[string]struct{ v, lo, hi float64 }{
		"rules.R1_produktivitas_turun.fdr_level": {r.R1.FDRLevel, 0, 1},
		"rules.R2_layanan_memburuk.fdr_level":    {r.R2.FDRLevel, 0, 1},
		"rho":                                    {p.Rho, 0, 1},
	}
	for key, c := range levels {
		if !(c.v >= c.lo && c.v <= c.hi) || key != "rho" && c.v == 0 {
			return &PolicyError{File: file, Line: lineOf(root, key), Key: key, Msg: fmt.Sprintf("harus antara %g dan %g / must be between %g and %g", c.lo, c.hi, c.lo, c.hi)}
		}
	}
	return nil
}

// lineOf finds the line of a dotted key in the document, 0 if absent.
func lineOf(root *yaml.Node, key string) int {
	if len(root.Content) == 0 {
		return 0
	}
	n := root.Content[0]
	line := 0
	for _, part := range splitDots(key) {
		found := false
		for i := 0; n != nil && n.Kind == yaml.MappingNode && i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == part {
				line, n, found = n.Content[i].Line, n.Content[i+1], true
				break
			}
		}
		if !found {
			return line
		}
	}
	return line
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// yamlLine extracts "line N" from a yaml syntax error, 0 if none.
func yamlLine(err error) int {
	var n int
	msg := err.Error()
	for i := 0; i+5 < len(msg); i++ {
		if msg[i:i+5] == "line " {
			fmt.Sscanf(msg[i+5:], "%d", &n)
			return n
		}
	}
	return 0
}
