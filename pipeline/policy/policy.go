package policy

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"fwaeval/reports/model"
)

// DefaultYAML is the built-in policy (docs/indicators.md's rules).
//
//go:embed policy.yaml
var DefaultYAML []byte

// Policy holds every threshold, window, minimum count and status of the
// rules; the yaml keys are those of policy.yaml, and each value's check
// tag names the sense it must make (checks).
type Policy struct {
	// Rho is the correlation of a unit's z in consecutive months (they
	// share the baseline): z over n months is their sum over
	// sqrt(n + n(n-1) rho).
	Rho   float64 `yaml:"rho" check:"corr"`
	Rules struct {
		R1 struct {
			Enabled     bool    `yaml:"enabled"`
			DidRelMax   float64 `yaml:"capaian_kinerja_did_rel_max" check:"fall"`
			Months      int     `yaml:"consecutive_months" check:"months"`
			MinPegawai  int     `yaml:"min_pegawai_capaian" check:"count"`
			FDRLevel    float64 `yaml:"fdr_level" check:"level"`
			ZSingle     float64 `yaml:"z_max_single" check:"zbelow"`
			Status      string  `yaml:"status" check:"status"`
			StatusSingl string  `yaml:"status_single" check:"status"`
		} `yaml:"R1_produktivitas_turun"`
		R2 struct {
			Enabled     bool    `yaml:"enabled"`
			RateBelow   float64 `yaml:"tindak_lanjut_tepat_waktu_below" check:"share"`
			DidMax      float64 `yaml:"tindak_lanjut_tepat_waktu_did_max" check:"fall"`
			MinDinilai  int     `yaml:"min_aduan_dinilai" check:"count"`
			Months      int     `yaml:"consecutive_months" check:"months"`
			FDRLevel    float64 `yaml:"fdr_level" check:"level"`
			ZSingle     float64 `yaml:"z_max_single" check:"zbelow"`
			Status      string  `yaml:"status" check:"status"`
			StatusSingl string  `yaml:"status_single" check:"status"`
		} `yaml:"R2_layanan_memburuk"`
		R3 struct {
			Enabled   bool    `yaml:"enabled"`
			DidRelMin float64 `yaml:"aduan_per_100_pegawai_did_rel_min" check:"rise"`
			MinMasuk  int     `yaml:"min_aduan_masuk" check:"count"`
			ZSingle   float64 `yaml:"z_min_single" check:"zabove"`
			Months    int     `yaml:"consecutive_months" check:"months"`
			ZMonths   float64 `yaml:"z_min_consecutive" check:"zabove"`
			Status    string  `yaml:"status" check:"status"`
		} `yaml:"R3_aduan_melonjak"`
		R4 struct {
			Enabled  bool    `yaml:"enabled"`
			TKMin    float64 `yaml:"tanpa_keterangan_min" check:"share"`
			KuotaMin float64 `yaml:"pelanggaran_kuota_min" check:"share"`
			Status   string  `yaml:"status" check:"status"`
		} `yaml:"R4_disiplin"`
		R5 struct {
			Enabled    bool    `yaml:"enabled"`
			PorsiAbove float64 `yaml:"porsi_fleksibel_above" check:"share"`
			Status     string  `yaml:"status" check:"status"`
		} `yaml:"R5_layanan_langsung"`
		R6 struct {
			Enabled      bool    `yaml:"enabled"`
			CakupanBelow float64 `yaml:"cakupan_presensi_below" check:"share"`
			// RejectRateMax and MinRows: a unit whose rejected rows of a
			// source in a month the rules read are above this share of its
			// rows of that source, and at least MinRows, is not judged on
			// that source (README, "Rejected rows and verdicts").
			RejectRateMax float64 `yaml:"reject_rate_max" check:"share"`
			MinRows       int     `yaml:"min_rows" check:"count"`
			Status        string  `yaml:"status" check:"status"`
		} `yaml:"R6_data_kurang"`
	} `yaml:"rules"`

	// SHA256 is the hash of the policy text, for the manifest.
	SHA256 string `yaml:"-"`
}

// MonthsRead is how many months, M and those before it, the rules read:
// the longest consecutive branch.
func (p *Policy) MonthsRead() int {
	return max(p.Rules.R1.Months, p.Rules.R2.Months, p.Rules.R3.Months)
}

// Lost says whether a unit's rows rejected of a source in a month, of
// read, are more than the policy lets it be judged on (R6's reject_rate_max
// and min_rows).
func (p *Policy) Lost(rejected, read int64) bool {
	r6 := p.Rules.R6
	return rejected >= int64(r6.MinRows) && read > 0 && float64(rejected)/float64(read) > r6.RejectRateMax
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
				near := closestKey(v.Type(), k.Value)
				return &PolicyError{File: file, Line: k.Line, Key: join(path, k.Value),
					Msg: fmt.Sprintf("kunci tidak dikenal; maksud Anda %s? / unknown key; did you mean %s?", near, near)}
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

// closestKey is the key of struct t nearest to key.
func closestKey(t reflect.Type, key string) string {
	best, bestD := "", -1
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("yaml")
		if tag == "" || tag == "-" {
			continue
		}
		if d := model.EditDistance(key, tag); bestD < 0 || d < bestD {
			best, bestD = tag, d
		}
	}
	return best
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

// check validates every value against its check tag: statuses known,
// shares and levels fractions, a fall's threshold negative, a rise's
// positive, z limits on the side their rule uses, counts and months in
// range. A percent written for a fraction (80 for 0.80) is refused with
// the fraction meant.
func (p *Policy) check(file string, root *yaml.Node) error {
	var err error
	walkChecks("", reflect.ValueOf(p).Elem(), func(key, kind string, v reflect.Value) bool {
		if msg := senseOf(kind, v); msg != "" {
			err = &PolicyError{File: file, Line: lineOf(root, key), Key: key, Msg: msg}
			return false
		}
		return true
	})
	return err
}

// walkChecks calls fn with the dotted key, check tag and value of every
// tagged field under v, in the struct's order, until fn returns false.
func walkChecks(path string, v reflect.Value, fn func(key, kind string, v reflect.Value) bool) bool {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		key := join(path, t.Field(i).Tag.Get("yaml"))
		if v.Field(i).Kind() == reflect.Struct {
			if !walkChecks(key, v.Field(i), fn) {
				return false
			}
			continue
		}
		if kind := t.Field(i).Tag.Get("check"); kind != "" && !fn(key, kind, v.Field(i)) {
			return false
		}
	}
	return true
}

// sense is what one check tag takes: whether a value is in range, when a
// value out of range is likely a percent (hinted as value/100), and the
// reason in both languages.
type sense struct {
	ok, percent func(float64) bool
	id, en      string
}

var senses = map[string]sense{
	"share": {func(x float64) bool { return x >= 0 && x <= 1 }, func(x float64) bool { return x > 1 && x <= 100 },
		"harus pecahan antara 0 dan 1 (0.80 = 80 %)", "must be a fraction between 0 and 1 (0.80 = 80%)"},
	"level": {func(x float64) bool { return x > 0 && x <= 1 }, func(x float64) bool { return x > 1 && x <= 100 },
		"harus lebih dari 0 dan paling besar 1 (0.05 = 5 %)", "must be above 0 and at most 1 (0.05 = 5%)"},
	"corr": {func(x float64) bool { return x >= 0 && x <= 1 }, func(float64) bool { return false },
		"harus antara 0 dan 1", "must be between 0 and 1"},
	"fall": {func(x float64) bool { return x >= -1 && x < 0 }, func(x float64) bool { return x >= -100 && x < -1 },
		"harus antara -1 dan 0, tanpa 0 (-0.10 = turun 10 %)", "must be from -1 up to, not including, 0 (-0.10 = a fall of 10%)"},
	"rise": {func(x float64) bool { return x > 0 && x <= 10 }, func(x float64) bool { return x > 10 && x <= 1000 },
		"harus lebih dari 0 dan paling besar 10 (0.25 = naik 25 %)", "must be above 0 and at most 10 (0.25 = a rise of 25%)"},
	"zbelow": {func(x float64) bool { return x < 0 && !math.IsInf(x, 0) }, func(float64) bool { return false },
		"harus negatif (mis. -1.96): aturan ini menilai penurunan", "must be negative (e.g. -1.96): the rule looks for a fall"},
	"zabove": {func(x float64) bool { return x > 0 && !math.IsInf(x, 0) }, func(float64) bool { return false },
		"harus positif (mis. 3.09): aturan ini menilai kenaikan", "must be positive (e.g. 3.09): the rule looks for a rise"},
	"count": {func(x float64) bool { return x >= 1 && x <= 1000 }, func(float64) bool { return false },
		"harus bilangan bulat 1–1000", "must be a whole number 1–1000"},
	"months": {func(x float64) bool { return x >= 1 && x <= 12 }, func(float64) bool { return false },
		"harus bilangan bulat 1–12", "must be a whole number 1–12"},
}

// senseOf is the reason value v of check kind makes no sense, or "".
func senseOf(kind string, v reflect.Value) string {
	if kind == "status" {
		if s := v.String(); !slices.Contains(model.Statuses, s) {
			return fmt.Sprintf("status %q tidak dikenal; pilih salah satu / unknown status; use one of %v", s, model.Statuses)
		}
		return ""
	}
	x := float64(0)
	if v.Kind() == reflect.Int {
		x = float64(v.Int())
	} else {
		x = v.Float()
	}
	s, ok := senses[kind]
	if !ok {
		panic("policy: unknown check " + kind) // a tag of Policy: caught by every test
	}
	if s.ok(x) {
		return ""
	}
	val := strconv.FormatFloat(x, 'f', -1, 64)
	if s.percent(x) {
		f := strconv.FormatFloat(x/100, 'f', -1, 64)
		if i := strings.IndexByte(f, '.'); i >= 0 && len(f)-i == 2 {
			f += "0" // 0.8 → 0.80
		}
		return fmt.Sprintf("%s — maksud Anda %s? %s / did you mean %s? %s", val, f, s.id, f, s.en)
	}
	return fmt.Sprintf("%s %s / %s", val, s.id, s.en)
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
