package docx

import (
	"math"

	"github.com/lvzhi-go/lvzhi/table"
)

// textColumnMin is the narrowest a column of text is made when a table is
// too wide for the text block, in characters: enough for a unit's name
// in two or three lines.
const textColumnMin = 6

// keepNumbers refits the column widths need (at type size sz, in
// half-points) of a table too wide for the text block so that numbers
// never wrap. A column whose body cells are
// all numbers is first given the width of its widest number, a column of
// text the smaller of its need and [textColumnMin] characters; what is
// left of the block then goes to every column in proportion to what it
// still lacks, so headers and long names wrap, never digits; a number
// column's header of up to four characters is kept whole too, and a
// longer one in three lines at most, when the block has room. When even
// the minimums do not fit, need is returned unchanged.
func keepNumbers(t table.Table, need []float64, sz int) []float64 {
	n := len(need)
	grid := table.Grid(append(append([][]table.Cell{}, t.Rows...), t.Total), n)
	char := float64(sz * 10)
	pad := float64(2*tableCellMargin) + char/2
	digits := make([]float64, n)
	text := make([]bool, n)
	for _, r := range grid {
		for c, s := range r {
			if !s.Lead || s.Cell.Cols() > 1 || s.Cell.Text == "" {
				continue
			}
			if table.IsNumber(s.Cell.Text) {
				digits[c] = max(digits[c], textChars(s.Cell.Text)*char+pad)
			} else {
				text[c] = true
			}
		}
	}
	// Short headers of number columns (主办, 已答复, 基本满意) are kept on
	// one line too, and longer ones in three lines at most (逾期/未答/复,
	// not one character a line), when the block has room for them.
	heads := make([]float64, n)
	for _, r := range table.Grid(t.Header, n) {
		for c, s := range r {
			if !s.Lead || s.Cell.Cols() != 1 {
				continue
			}
			w := textChars(s.Cell.Text)
			if w > shortHeader {
				w = max(2, math.Ceil(w/3))
			}
			heads[c] = max(heads[c], w*char+pad)
		}
	}
	if out := fitColumns(need, digits, heads, text, char, pad); out != nil {
		return out
	}
	if out := fitColumns(need, digits, nil, text, char, pad); out != nil {
		return out
	}
	return need
}

// shortHeader is the widest header, in characters, kept on one line over a
// column of numbers: 基本满意.
const shortHeader = 4

// fitColumns gives each column its minimum — the widest number (and the
// header, heads, when given) of a number column, at most [textColumnMin]
// characters of a text column — and shares the rest of the block in
// proportion to what each still lacks of need. It returns nil when the
// minimums do not fit or nothing lacks room.
func fitColumns(need, digits, heads []float64, text []bool, char, pad float64) []float64 {
	out := make([]float64, len(need))
	used, lack := 0.0, 0.0
	for c := range need {
		switch {
		case text[c] || digits[c] == 0:
			out[c] = min(need[c], textColumnMin*char+pad)
		default:
			least := max(digits[c], char+pad)
			if heads != nil {
				least = max(least, heads[c])
			}
			out[c] = min(need[c], least)
		}
		used += out[c]
		lack += need[c] - out[c]
	}
	room := float64(textWidth) - used
	if room < 0 || lack <= 0 {
		return nil
	}
	for c := range out {
		out[c] += room * (need[c] - out[c]) / lack
	}
	return out
}
