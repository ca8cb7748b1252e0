package load

import (
	"context"
	"fmt"
	"strings"

	"fwaeval/pipeline/warehouse"
)

// Reject codes (docs/input.md, "Rejected rows").
const (
	codeMissing   = "missing_value"
	codeInvalid   = "invalid_value"
	codeDuplicate = "duplicate_key"
	codeUnknown   = "unknown_reference"
)

// rowReject is why one row was not loaded; it never holds the row's values.
type rowReject struct {
	column, code, message string
}

// pseudonymizer holds the warehouse's key: the validator's pseudo() macro
// turns a NIP into the first 16 bytes of SHA-256(key ":" nip). The input
// is always 18 digits, so the secret prefix is a sound keyed hash.
type pseudonymizer struct{ key string }

// enumList is an enum's values, for its reject message.
func enumList(m map[string]string) string { return strings.Join(enumValues(m), ", ") }

// readPseudonymizer reads the warehouse's key (made once by Open).
func readPseudonymizer(ctx context.Context, w *warehouse.Warehouse) (pseudonymizer, error) {
	var k string
	if err := w.Conn().QueryRowContext(ctx, "SELECT v FROM meta WHERE k = 'pseudonym_key'").Scan(&k); err != nil {
		return pseudonymizer{}, fmt.Errorf("read pseudonym key: %w", err)
	}
	return pseudonymizer{key: k}, nil
}

// Reject messages.
func msgMissing(n string) string {
	return fmt.Sprintf("kolom %s wajib diisi / required column %s is empty", n, n)
}
func msgNIP(n string) string {
	return fmt.Sprintf("%s harus 18 digit angka / %s must be 18 digits", n, n)
}
func msgEnum(c column) string {
	return fmt.Sprintf("%s bukan salah satu dari %s / %s is not one of them", c.name, enumList(c.enum), c.name)
}
func msgBool(n string) string {
	return fmt.Sprintf("%s bukan nilai ya/tidak (true/false, ya/tidak, y/n, 1/0) / %s is not a boolean", n, n)
}
func msgNumber(n string, indo bool) string {
	form := "1250000.50"
	if indo {
		form = "1.250.000,50"
	}
	return fmt.Sprintf("%s bukan angka yang sah (contoh %s) / %s is not a valid number", n, form, n)
}
func msgPositive(n string) string {
	return fmt.Sprintf("%s harus lebih dari 0 / %s must be greater than 0", n, n)
}
func msgNegative(n string) string {
	return fmt.Sprintf("%s tidak boleh negatif / %s must not be negative", n, n)
}
func msgDate(n string) string {
	return fmt.Sprintf("%s bukan tanggal yang sah (YYYY-MM-DD atau DD/MM/YYYY) / %s is not a valid date", n, n)
}
func msgTime(n string) string {
	return fmt.Sprintf("%s bukan jam yang sah (HH:MM atau HH:MM:SS) / %s is not a valid time", n, n)
}
func msgTimestamp(n string) string {
	return fmt.Sprintf("%s bukan waktu yang sah (tanggal, lalu jam bila ada) / %s is not a valid timestamp", n, n)
}
func msgMonth(n string) string {
	return fmt.Sprintf("%s bukan bulan yang sah (YYYY-MM) / %s is not a valid month", n, n)
}
