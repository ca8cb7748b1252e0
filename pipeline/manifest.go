package pipeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"strconv"
	"time"

	"fwaeval/pipeline/load"
	"fwaeval/pipeline/outputs"
	"fwaeval/pipeline/policy"
	"fwaeval/reports/model"
)

// Manifest is manifest.json (README, "Outputs"): which inputs, under which
// policy, produced a month's outputs, and how long each stage took.
type Manifest struct {
	Version      string           `json:"version"`
	Month        string           `json:"month"`
	PolicySHA256 string           `json:"policy_sha256"`
	AsOf         string           `json:"as_of,omitempty"`
	Inputs       []load.InputStat `json:"inputs"`
	Rejects      []load.Reject    `json:"rejects"`
	RejectsTotal int64            `json:"rejects_total"`
	// Refused is why the run was refused for a file's rejects (the
	// manifest then lies beside the month's folder, with rejects.csv).
	Refused *load.Refusal `json:"refused,omitempty"`
	// Warnings are the load's: a month without complaints or spending, a
	// file no source reads.
	Warnings []string       `json:"warnings"`
	Statuses []StatusN      `json:"statuses,omitempty"`
	Outputs  []outputs.File `json:"outputs"`
	Stages   []Stage        `json:"stages"`
}

// StatusN is how many units got a status.
type StatusN struct {
	Status string `json:"status"`
	Units  int    `json:"units"`
}

// Stage is one stage's wall time and the process's peak resident memory
// during it (Linux; 0 elsewhere).
type Stage struct {
	Name      string  `json:"name"`
	Seconds   float64 `json:"seconds"`
	PeakRSSMB int64   `json:"peak_rss_mb,omitempty"`
}

// NewManifest starts the manifest of month under the policy whose YAML
// text is policy.
func NewManifest(version string, month time.Time, policy []byte) *Manifest {
	sum := sha256.Sum256(policy)
	return &Manifest{Version: version, Month: month.Format("2006-01"), PolicySHA256: hex.EncodeToString(sum[:]),
		Inputs: []load.InputStat{}, Rejects: []load.Reject{}, Warnings: []string{}, Outputs: []outputs.File{}, Stages: []Stage{}}
}

// Timed records a stage's seconds since start (milliseconds kept) and the
// peak RSS since the previous stage, then starts measuring the next.
func (m *Manifest) Timed(name string, start time.Time) {
	s := float64(time.Since(start).Milliseconds()) / 1000
	m.Stages = append(m.Stages, Stage{Name: name, Seconds: s, PeakRSSMB: PeakRSSMB()})
	ResetPeakRSS()
}

// PeakRSSMB is the process's peak resident set size in MB since it
// started or since ResetPeakRSS (Linux's VmHWM); 0 where unknown.
func PeakRSSMB() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		if v, ok := bytes.CutPrefix(line, []byte("VmHWM:")); ok {
			kb, err := strconv.ParseInt(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(v), []byte("kB")))), 10, 64)
			if err != nil {
				return 0
			}
			return kb / 1024
		}
	}
	return 0
}

// ResetPeakRSS starts the peak RSS afresh (Linux: clear_refs 5).
func ResetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// SetLoad copies a load's inputs, rejects and refusal.
func (m *Manifest) SetLoad(r *load.LoadResult) {
	m.Inputs, m.Rejects, m.RejectsTotal, m.Warnings, m.Refused = r.Inputs, r.Rejects, r.RejectsTotal, r.Warnings, r.Refused
	if m.Warnings == nil {
		m.Warnings = []string{}
	}
	if m.Inputs == nil {
		m.Inputs = []load.InputStat{}
	}
	if m.Rejects == nil {
		m.Rejects = []load.Reject{}
	}
}

// AddUntraced warns of the rejected rows no verdict accounts for (the
// reports' data-quality section says the same).
func (m *Manifest) AddUntraced(us []model.Untraced) {
	for _, u := range us {
		m.Warnings = append(m.Warnings, model.Lang("id").UntracedText(u)+" / "+model.Lang("en").UntracedText(u))
	}
}

// SetFlags counts the units per status, most severe first.
func (m *Manifest) SetFlags(flags []policy.Flag) {
	n := map[string]int{}
	for _, f := range flags {
		n[f.Status]++
	}
	m.Statuses = nil
	for _, s := range model.AllStatuses() {
		m.Statuses = append(m.Statuses, StatusN{Status: s, Units: n[s]})
	}
}

// Encode writes the manifest as indented JSON.
func (m *Manifest) Encode(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(m)
}

// InputFiles are the inputs' files, relative to the data folder.
func (m *Manifest) InputFiles() []string {
	files := make([]string, len(m.Inputs))
	for i, in := range m.Inputs {
		files[i] = in.File
	}
	return files
}
