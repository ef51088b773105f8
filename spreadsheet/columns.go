package spreadsheet

import (
	"errors"
	"slices"
	"strings"
	"unicode"

	"github.com/lvzhi-go/lvzhi"
)

// column is one column a sheet may have: its header as this package writes
// it and the other headers that mean the same.
type column struct {
	header   string   // the header written on export: 姓名
	synonyms []string // other headers read as this column: 委员姓名
	required bool     // a sheet without it cannot be imported
}

// layout is the columns of one kind of sheet, in export order.
type layout []column

// headers returns the export headers.
func (l layout) headers() []string {
	out := make([]string, len(l))
	for i, c := range l {
		out[i] = c.header
	}
	return out
}

// normHeader folds a header cell for matching: spaces and line breaks
// removed, a leading or trailing * (a required-field mark) dropped,
// full-width parentheses made half-width, Latin letters lower-cased.
func normHeader(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r), r == '*', r == '＊':
			return -1
		case r == '（':
			return '('
		case r == '）':
			return ')'
		}
		return unicode.ToLower(r)
	}, s)
	return s
}

// binding is a layout matched against a sheet's header row.
type binding struct {
	sheet     string
	headerRow int            // 1-based
	at        map[string]int // column header → 0-based index in the row
	found     []string       // the header cells as written
}

// bind matches the header row cells against l, with extra synonyms from
// more (keyed by a column's export header). Unknown headers are returned
// as notes; a column found twice and a required column missing are
// problems.
func bind(l layout, sheet string, row int, cells []string, more map[string][]string, ps *problems) (*binding, Problems, error) {
	names := map[string]string{} // normalised name → export header
	for _, c := range l {
		for _, n := range append(append([]string{c.header}, c.synonyms...), more[c.header]...) {
			names[normHeader(n)] = c.header
		}
	}
	b := &binding{sheet: sheet, headerRow: row, at: map[string]int{}, found: cells}
	var notes Problems
	for i, cell := range cells {
		if strings.TrimSpace(cell) == "" {
			continue
		}
		h, ok := names[normHeader(cell)]
		if !ok {
			notes = append(notes, Problem{Sheet: sheet, Row: row, Col: i + 1, Header: cell,
				Message: "不认识的列，未导入；如需导入请改为规定的列名或在选项中增加同义列名"})
			continue
		}
		if prev, dup := b.at[h]; dup {
			if err := ps.add(row, i+1, cell, nil, "与第%s列“%s”重复，都表示“%s”", colLetters(prev+1), cells[prev], h); err != nil {
				return nil, notes, err
			}
			continue
		}
		b.at[h] = i
	}
	for _, c := range l {
		if _, ok := b.at[c.header]; c.required && !ok {
			also := ""
			if len(c.synonyms) > 0 {
				also = "（也可写作“" + strings.Join(c.synonyms, "”“") + "”）"
			}
			if err := ps.add(row, 0, "", nil, "表头缺少必需的列“%s”%s", c.header, also); err != nil {
				return nil, notes, err
			}
		}
	}
	return b, notes, nil
}

// matches counts the cells of a row that are headers of l.
func (l layout) matches(cells []string, more map[string][]string) int {
	n := 0
	for _, cell := range cells {
		k := normHeader(cell)
		if k == "" {
			continue
		}
		if slices.ContainsFunc(l, func(c column) bool {
			return normHeader(c.header) == k || slices.ContainsFunc(append(slices.Clone(c.synonyms), more[c.header]...), func(s string) bool { return normHeader(s) == k })
		}) {
			n++
		}
	}
	return n
}

// record is one data row read through a binding.
type record struct {
	b     *binding
	row   int
	cells []string
	ps    *problems
}

// get returns the trimmed text of the column, "" when the sheet lacks it.
func (r record) get(header string) string {
	i, ok := r.b.at[header]
	if !ok || i >= len(r.cells) {
		return ""
	}
	return strings.TrimSpace(r.cells[i])
}

// fail records a problem at the column's cell; it returns errStop under
// StopAtFirst.
func (r record) fail(header string, err error, format string, a ...any) error {
	col, found := 0, header
	if i, ok := r.b.at[header]; ok {
		col, found = i+1, r.b.found[i]
	}
	return r.ps.add(r.row, col, found, err, format, a...)
}

// fieldMap maps the Go field paths of validation errors to columns: a
// path maps to the column of the first field that is it or its prefix
// (Contact.Mobile, Posts[0].Role).
type fieldMap []struct{ field, column string }

// column returns the column of the field path, "" when none.
func (fm fieldMap) column(path string) string {
	for _, fc := range fm {
		if path == fc.field || strings.HasPrefix(path, fc.field+".") || strings.HasPrefix(path, fc.field+"[") {
			return fc.column
		}
	}
	return ""
}

// failValidation records each field error of a record's validation at
// the column fm maps its field to, leaving out columns that already have
// a problem in this row (recorded since the index since); a message that
// does not quote the cell's text gets it appended (（原文“…”）).
func (r record) failValidation(verr error, fm fieldMap, since int) error {
	var ves lvzhi.ValidationErrors
	if !errors.As(verr, &ves) {
		return r.fail("", verr, "%v", verr)
	}
	failed := map[int]bool{}
	for _, p := range r.ps.list[since:] {
		failed[p.Col] = true
	}
	for _, fe := range ves {
		col := fm.column(fe.Field)
		if i, ok := r.b.at[col]; ok && failed[i+1] {
			continue
		}
		msg := fe.Message
		if v := r.get(col); v != "" && !strings.Contains(msg, v) {
			msg += "（原文“" + v + "”）"
		}
		if err := r.fail(col, fe, "%s", msg); err != nil {
			return err
		}
	}
	return nil
}

// blank reports whether every cell of the row is empty.
func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// colLetters returns the letters of a 1-based column number: 1 → A, 27 → AA.
func colLetters(n int) string {
	s := ""
	for n > 0 {
		n--
		s = string(rune('A'+n%26)) + s
		n /= 26
	}
	return s
}
