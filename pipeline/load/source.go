package load

// kind is how a column's text is parsed and stored.
type kind int

const (
	kText kind = iota
	kNIP
	kDate
	kTime
	kTimestamp
	kMonth
	kBool
	kNumber
	kEnum
)

// column is one column of the input contract (docs/input.md).
type column struct {
	name     string
	kind     kind
	required bool
	// enum maps accepted upper-case spellings (with English aliases) to the
	// stored value.
	enum map[string]string
	// positive makes zero invalid too (rencana_aksi.target > 0).
	positive bool
	// onlyIf: the column is required when column onlyIf has value onlyIs,
	// and ignored (stored as NULL, not parsed) otherwise.
	onlyIf, onlyIs string
}

// reference is a column whose value must exist as a key of another source.
type reference struct {
	column, target string
}

// source describes one input source: its columns in table order, its key,
// its references, and how a load merges it into the warehouse.
type source struct {
	name    string
	columns []column
	key     []string
	refs    []reference
	// monthOf names the date column whose month a fact source replaces;
	// empty for reference sources, which are upserted by key.
	monthOf string
	// uniqueAcrossMonths: the key must also be new to the months of the
	// warehouse that this load does not replace (ids like tracking_id).
	uniqueAcrossMonths bool
	optional           bool
	// everyMonth: a month without a row of this source cannot be
	// evaluated, so run refuses it; a fact source without it (aduan,
	// belanja) may truly be empty in a month, which is a warning.
	everyMonth bool
}

func enumOf(pairs ...string) map[string]string {
	m := map[string]string{}
	for i := 0; i < len(pairs); i += 2 {
		m[pairs[i]] = pairs[i+1]
	}
	return m
}

func same(values ...string) []string {
	out := make([]string, 0, 2*len(values))
	for _, v := range values {
		out = append(out, v, v)
	}
	return out
}

var (
	enumJenisInstansi = enumOf(same("KEMENTERIAN", "LEMBAGA", "PROVINSI", "KABUPATEN", "KOTA")...)
	enumJenisASN      = enumOf(same("PNS", "PPPK")...)
	enumStatusHadir   = enumOf(append(same("HADIR", "IZIN", "SAKIT", "CUTI", "DINAS_LUAR", "TANPA_KETERANGAN"),
		"PRESENT", "HADIR", "PERMIT", "IZIN", "SICK", "SAKIT", "LEAVE", "CUTI", "DUTY_TRAVEL", "DINAS_LUAR", "ABSENT", "TANPA_KETERANGAN")...)
	enumLokasi        = enumOf(same("WFO", "WFH", "WFA")...)
	enumStatusKinerja = enumOf(append(same("DRAFT", "DIAJUKAN", "DISETUJUI", "DITOLAK"),
		"SUBMITTED", "DIAJUKAN", "APPROVED", "DISETUJUI", "REJECTED", "DITOLAK")...)
	enumJenisKalender = enumOf(same("LIBUR", "CUTI_BERSAMA", "RAMADAN")...)
)

// sources lists every source in docs/input.md's order, which is also the order
// of loading: a source's references point only to sources before it.
var sources = []*source{
	{
		name: "unit_kerja",
		columns: []column{
			{name: "unit_id", kind: kText, required: true},
			{name: "nama_unit", kind: kText, required: true},
			{name: "instansi_id", kind: kText, required: true},
			{name: "nama_instansi", kind: kText, required: true},
			{name: "jenis_instansi", kind: kEnum, required: true, enum: enumJenisInstansi},
			{name: "provinsi", kind: kText, required: true},
			{name: "layanan_langsung", kind: kBool, required: true},
			{name: "fwa_mulai", kind: kDate},
			{name: "induk_unit_id", kind: kText},
		},
		key: []string{"unit_id"},
	},
	{
		name: "pegawai",
		columns: []column{
			{name: "nip", kind: kNIP, required: true},
			{name: "unit_id", kind: kText, required: true},
			{name: "jenis_asn", kind: kEnum, required: true, enum: enumJenisASN},
			{name: "fwa_disetujui", kind: kBool, required: true},
			{name: "tmt", kind: kDate, required: true},
		},
		key:  []string{"nip"},
		refs: []reference{{"unit_id", "unit_kerja"}},
	},
	{
		name: "presensi",
		columns: []column{
			{name: "nip", kind: kNIP, required: true},
			{name: "tanggal", kind: kDate, required: true},
			{name: "status", kind: kEnum, required: true, enum: enumStatusHadir},
			{name: "lokasi", kind: kEnum, enum: enumLokasi, onlyIf: "status", onlyIs: "HADIR"},
			{name: "jam_masuk", kind: kTime},
			{name: "jam_pulang", kind: kTime},
		},
		key:        []string{"nip", "tanggal"},
		refs:       []reference{{"nip", "pegawai"}},
		monthOf:    "tanggal",
		everyMonth: true,
	},
	{
		name: "rencana_aksi",
		columns: []column{
			{name: "rencana_aksi_id", kind: kText, required: true},
			{name: "nip", kind: kNIP, required: true},
			{name: "bulan", kind: kMonth, required: true},
			{name: "target", kind: kNumber, required: true, positive: true},
			{name: "satuan", kind: kText, required: true},
		},
		key:                []string{"rencana_aksi_id"},
		refs:               []reference{{"nip", "pegawai"}},
		monthOf:            "bulan",
		uniqueAcrossMonths: true,
		everyMonth:         true,
	},
	{
		name: "kinerja_harian",
		columns: []column{
			{name: "nip", kind: kNIP, required: true},
			{name: "tanggal", kind: kDate, required: true},
			{name: "rencana_aksi_id", kind: kText, required: true},
			{name: "realisasi", kind: kNumber, required: true},
			{name: "status", kind: kEnum, required: true, enum: enumStatusKinerja},
		},
		refs:       []reference{{"nip", "pegawai"}, {"rencana_aksi_id", "rencana_aksi"}},
		monthOf:    "tanggal",
		everyMonth: true,
	},
	{
		name: "aduan",
		columns: []column{
			{name: "tracking_id", kind: kText, required: true},
			{name: "unit_id", kind: kText, required: true},
			{name: "diterima", kind: kTimestamp, required: true},
			{name: "diverifikasi", kind: kTimestamp},
			{name: "ditindaklanjuti", kind: kTimestamp},
			{name: "selesai", kind: kTimestamp},
			{name: "kategori", kind: kText},
		},
		key:                []string{"tracking_id"},
		refs:               []reference{{"unit_id", "unit_kerja"}},
		monthOf:            "diterima",
		uniqueAcrossMonths: true,
	},
	{
		name: "belanja",
		columns: []column{
			{name: "unit_id", kind: kText, required: true},
			{name: "bulan", kind: kMonth, required: true},
			{name: "listrik", kind: kNumber, required: true},
			{name: "air", kind: kNumber, required: true},
			{name: "bbm", kind: kNumber, required: true},
			{name: "atk", kind: kNumber, required: true},
			{name: "mamin", kind: kNumber, required: true},
		},
		key:     []string{"unit_id", "bulan"},
		refs:    []reference{{"unit_id", "unit_kerja"}},
		monthOf: "bulan",
	},
	{
		name: "kalender",
		columns: []column{
			{name: "tanggal", kind: kDate, required: true},
			{name: "jenis", kind: kEnum, required: true, enum: enumJenisKalender},
			{name: "keterangan", kind: kText},
		},
		key:      []string{"tanggal", "jenis"},
		optional: true,
	},
}

// sourceByName finds a source of the contract; nil if there is none.
func sourceByName(name string) *source {
	for _, s := range sources {
		if s.name == name {
			return s
		}
	}
	return nil
}
