package load

import (
	"fmt"
	"strings"

	"fwaeval/queries"
)

// The direct path's queries: one INSERT … SELECT per pass that reads,
// validates, pseudonymises and checks references (see load_direct.go).

// directMode selects the rows a checked query reads.
type directMode int

const (
	// modeMapped: rows whose NIP is in the NIP map (inner join).
	modeMapped directMode = iota
	// modeRest: rows whose NIP is not in the map (hashed, then checked).
	modeRest
	// modeAll: every row, with its row id (for the rejects).
	modeAll
	// modeFar: every row, for rows whose reference to a fact source is
	// found only outside the file's months (see nearRefs).
	modeFar
)

// directQuery is the query of one pass: each row's values o1, o2, …, r
// (its first problem) and f1, f2, … (each reference exists).
type directQuery struct {
	checked, refsOK, refReason, reasons string
}

// nipColumn is the index of s's NIP column that refers to pegawai, or -1.
func nipColumn(s *source) int {
	for _, r := range s.refs {
		if r.target != "pegawai" {
			continue
		}
		for k, c := range s.columns {
			if c.name == r.column && c.kind == kNIP {
				return k
			}
		}
	}
	return -1
}

// factTarget returns the fact source a reference points to (nil: a
// reference source): its rows are first looked up in the months of the
// file (see loadDirect).
func factTarget(r reference) *source {
	if t := sourceByName(r.target); t != nil && t.monthOf != "" {
		return t
	}
	return nil
}

// nearRefs reports whether s refers to a fact source.
func nearRefs(s *source) bool {
	for _, r := range s.refs {
		if factTarget(r) != nil {
			return true
		}
	}
	return false
}

func columnAt(s *source, name string) int {
	for k, c := range s.columns {
		if c.name == name {
			return k
		}
	}
	return -1
}

// query builds the pass's query from the plan.
func (pl *filePlan) query(s *source, mode directMode, mapped bool) directQuery {
	nipK := -1
	if mapped {
		nipK = nipColumn(s)
	}
	l2 := pl.values(s, mode, nipK)
	r := pl.references(s, mode, nipK)
	q := directQuery{refsOK: "true", refReason: "NULL::INT", reasons: "(0, '', '', '')"}
	if len(r.oks) > 0 {
		q.refsOK, q.refReason = strings.Join(r.oks, " AND "), r.why
	}
	refs := r.refs
	if mode == modeFar {
		// Found, but not all near: what the first passes left.
		q.refsOK = "false"
		if len(r.nears) > 0 {
			refs = append(refs, "("+strings.Join(r.nears, " AND ")+") AS near_ok")
			q.refsOK += " OR " + strings.Join(r.oks, " AND ") + " AND near_ok IS NOT TRUE"
		}
	}
	if len(r.reasons) > 0 {
		q.reasons = strings.Join(r.reasons, ", ")
	}
	rej := pl.rej
	if nipK >= 0 && mode == modeMapped {
		// The map holds valid NIPs only: their check is moot.
		rej = strings.Replace(rej, nipCheck(fmt.Sprintf("i%d", nipK+1)), "false", 1)
	}
	sel := append(append([]string(nil), pl.outExprs...), rej+" AS r")
	sel = append(sel, refs...)
	rid3 := ""
	if mode == modeAll {
		rid3 = "rid, "
		sel = append(sel, ins2names(len(s.columns), "i")...) // for the rejects' attribution
	}
	q.checked = fmt.Sprintf("SELECT %s%s FROM (%s)", rid3, strings.Join(sel, ", "), l2)
	return q
}

// values is the query's inner level: each row's inputs and values, the
// NIP taken from the map (or hashed) when the map holds rows.
func (pl *filePlan) values(s *source, mode directMode, nipK int) string {
	rid, from := "", pl.rd.from
	if mode == modeAll {
		rid, from = "?::BIGINT | ("+pl.rd.line+") AS rid, ", pl.rd.fromLines
	}
	l1 := fmt.Sprintf("SELECT %s%s FROM %s", rid, strings.Join(pl.ins, ", "), from)
	vals := append([]string(nil), pl.vals...)
	join, where, isMapped := "", "", "false"
	if nipK >= 0 {
		i, v := fmt.Sprintf("i%d", nipK+1), fmt.Sprintf("v%d", nipK+1)
		switch mode {
		case modeMapped:
			join = " JOIN stg_nipmap mp ON mp.raw = x." + i
			vals[nipK] = "mp.p AS " + v
			isMapped = "true"
		default:
			join = " LEFT JOIN stg_nipmap mp ON mp.raw = x." + i
			vals[nipK] = fmt.Sprintf("CASE WHEN mp.p IS NOT NULL THEN mp.p ELSE pseudo(x.%s) END AS %s", i, v)
			isMapped = "mp.p IS NOT NULL"
			if mode == modeRest {
				where = " WHERE mp.p IS NULL"
			}
		}
	}
	inames := ins2names(len(s.columns), "x.i")
	rid2 := ""
	if mode == modeAll {
		rid2 = "x.rid, "
	}
	return fmt.Sprintf("SELECT %s%s, %s, %s AS mapped FROM (%s) x%s%s",
		rid2, strings.Join(inames, ", "), strings.Join(vals, ", "), isMapped, l1, join, where)
}

// refChecks are the query's reference checks: each as a column (refs),
// their names (oks), the reject reasons, the checks against the file's
// months alone (nears), and the CASE naming a row's first failed one.
type refChecks struct {
	refs, oks, reasons, nears []string
	why                       string
}

func (pl *filePlan) references(s *source, mode directMode, nipK int) refChecks {
	var r refChecks
	r.reasons = append(r.reasons, pl.reasonsL...)
	var why strings.Builder
	why.WriteString("CASE")
	for j, ref := range s.refs {
		k := columnAt(s, ref.column)
		f := fmt.Sprintf("f%d", j+1)
		var cond string
		switch {
		case k == nipK && mode == modeMapped:
			cond = "true"
		case k == nipColumn(s):
			cond = fmt.Sprintf("(mapped OR v%d IN (SELECT nip FROM pegawai))", k+1)
		default:
			cond = fmt.Sprintf("i%d IN (SELECT %s FROM %s)", k+1, queries.Ident(ref.column), queries.Ident(ref.target))
			if t := factTarget(ref); t != nil {
				near := fmt.Sprintf("i%d IN (SELECT %s FROM %s WHERE %s BETWEEN getvariable('ref_from') AND getvariable('ref_to'))",
					k+1, queries.Ident(ref.column), queries.Ident(ref.target), queries.Ident(t.monthOf))
				r.nears = append(r.nears, near)
				if mode == modeMapped || mode == modeRest {
					cond = near
				}
			}
		}
		r.refs = append(r.refs, cond+" AS "+f)
		r.oks = append(r.oks, f)
		n := pl.nReasons + j + 1
		r.reasons = append(r.reasons, fmt.Sprintf("(%d, %s, %s, %s)", n, queries.Literal(ref.column), queries.Literal(codeUnknown), queries.Literal(msgReference(ref))))
		fmt.Fprintf(&why, " WHEN %s IS NOT TRUE THEN %d", f, n)
	}
	why.WriteString(" END")
	r.why = why.String()
	return r
}

// directVars are the statement variables of a pass.
func directVars(s *source, q directQuery) map[string]string {
	v := names(s)
	cols := make([]string, len(s.columns))
	for i, c := range s.columns {
		cols[i] = queries.Ident(c.name)
	}
	v["cols"] = strings.Join(cols, ", ")
	v["outs"] = strings.Join(ins2names(len(s.columns), "o"), ", ")
	v["checked"], v["refs_ok"], v["ref_reason"], v["reasons"] = q.checked, q.refsOK, q.refReason, q.reasons
	// DirectRejects: a rejected row's inputs and values, for whose it was.
	v["attr"] = rowAttr(s)
	v["carry"] = strings.Join(append(ins2names(len(s.columns), "i"), ins2names(len(s.columns), "o")...), ", ")
	v["month"] = queries.Ident(s.monthOf)
	v["omonth"] = fmt.Sprintf("o%d", columnAt(s, s.monthOf)+1)
	return v
}
