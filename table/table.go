package table

import (
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi/zh"
)

// Align is the horizontal alignment of a column or cell. The zero value,
// [AlignAuto], lets the renderer decide: numbers right, text left, header
// cells centred.
type Align int

const (
	// AlignAuto aligns numbers right and text left in the body, and
	// centres header cells.
	AlignAuto Align = iota
	// AlignLeft sets the text flush left.
	AlignLeft
	// AlignCenter centres the text.
	AlignCenter
	// AlignRight sets the text flush right.
	AlignRight
)

var alignNames = [...]string{"自动", "左对齐", "居中", "右对齐"}

// String returns the Chinese name of a, or "Align(n)" out of range.
func (a Align) String() string {
	if a >= 0 && int(a) < len(alignNames) {
		return alignNames[a]
	}
	return "Align(" + strconv.Itoa(int(a)) + ")"
}

// Cell is one cell of a table. ColSpan and RowSpan merge it with the
// cells to its right and below; 0 and 1 both mean a single cell. A merged
// cell is written once, at its top-left position: the rows it covers
// leave out the positions it takes.
type Cell struct {
	Text    string `json:"text"`
	ColSpan int    `json:"col_span,omitempty"`
	RowSpan int    `json:"row_span,omitempty"`
	Align   Align  `json:"align,omitempty"`
}

// Cols returns the number of columns c covers, at least 1.
func (c Cell) Cols() int { return max(c.ColSpan, 1) }

// RowsSpanned returns the number of rows c covers, at least 1.
func (c Cell) RowsSpanned() int { return max(c.RowSpan, 1) }

// Span returns a copy of c covering cols columns and rows rows.
func (c Cell) Span(cols, rows int) Cell {
	c.ColSpan, c.RowSpan = cols, rows
	return c
}

// Column describes one column: its alignment in the body and whether it
// holds numbers (a numeric column is right-aligned under [AlignAuto]).
type Column struct {
	Align   Align `json:"align,omitempty"`
	Numeric bool  `json:"numeric,omitempty"`
}

// Table is a table as offices attach it to a document: a caption, one or
// more header rows (merged header cells through spans), the body rows, an
// optional total row (合计) and notes (注：…) under it. It holds finished
// text; renderers in package report and report/docx lay it out.
type Table struct {
	// Title is the caption, e.g. 提案办理情况统计表.
	Title string `json:"title,omitempty"`
	// Header holds the header rows, top first.
	Header [][]Cell `json:"header,omitempty"`
	// Columns describes the columns; its length is the table's width.
	Columns []Column `json:"columns"`
	// Rows are the body rows.
	Rows [][]Cell `json:"rows,omitempty"`
	// Total is the optional total row, set apart at the bottom.
	Total []Cell `json:"total,omitempty"`
	// Notes are the lines under the table, each written after "注：" by
	// the renderers when it does not start with it already.
	Notes []string `json:"notes,omitempty"`
}

// Text returns a cell holding s.
func Text(s string) Cell { return Cell{Text: s} }

// Int returns a cell holding n in Arabic numerals, as statistics are
// written (GB/T 15835-2011).
func Int(n int) Cell { return Cell{Text: strconv.Itoa(n)} }

// Percent returns a cell holding num/den as a percentage with at most one
// decimal, written by [zh.Percent] (38/44 → 86.4%). When den is 0 the cell
// holds "—", since no rate exists.
func Percent(num, den int) Cell {
	if den == 0 {
		return Cell{Text: "—"}
	}
	return Cell{Text: zh.Percent(num, den)}
}

// Texts returns one text cell per string, a convenient way to write a
// header row or a row of text.
func Texts(ss ...string) []Cell {
	cs := make([]Cell, len(ss))
	for i, s := range ss {
		cs[i] = Text(s)
	}
	return cs
}

// Width returns the number of columns, len(t.Columns).
func (t Table) Width() int { return len(t.Columns) }

// CellAlign returns the alignment of cell c at column col, resolving
// [AlignAuto]: a header cell is centred; a body or total cell takes its
// column's alignment, and under AlignAuto it is right-aligned when the
// column is numeric or its text reads as a number (86.4%, 1,200, —), left
// otherwise. A cell spanning several columns takes the first one's.
func (t Table) CellAlign(c Cell, col int, header bool) Align {
	if c.Align != AlignAuto {
		return c.Align
	}
	if header {
		return AlignCenter
	}
	if col >= 0 && col < len(t.Columns) {
		cl := t.Columns[col]
		if cl.Align != AlignAuto {
			return cl.Align
		}
		if cl.Numeric {
			return AlignRight
		}
	}
	if IsNumber(c.Text) {
		return AlignRight
	}
	return AlignLeft
}

// IsNumber reports whether s reads as a number as statistics write it:
// Arabic digits with an optional sign, thousands commas, one decimal point
// and a trailing %, or a lone dash standing for "no value".
func IsNumber(s string) bool {
	s = strings.TrimSpace(s)
	switch s {
	case "":
		return false
	case "—", "-", "——":
		return true
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	s = strings.TrimSuffix(s, "%")
	digits, dot := 0, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' && !dot:
			dot = true
		case r == ',' && digits > 0 && !dot:
		default:
			return false
		}
	}
	return digits > 0
}
