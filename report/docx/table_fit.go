package docx

import "github.com/lvzhi-go/lvzhi/table"

// textColumnMin is the narrowest a column of text is made when a table is
// too wide for the text block, in characters: enough for a unit's name
// in two or three lines.
const textColumnMin = 6

// keepNumbers refits the column widths need of a table too wide for the
// text block so that numbers never wrap. A column whose body cells are
// all numbers is first given the width of its widest number, a column of
// text the smaller of its need and [textColumnMin] characters; what is
// left of the block then goes to every column in proportion to what it
// still lacks, so headers and long names wrap, never digits. When even
// these minimums do not fit, need is returned unchanged.
func keepNumbers(t table.Table, need []float64) []float64 {
	n := len(need)
	grid := table.Grid(append(append([][]table.Cell{}, t.Rows...), t.Total), n)
	pad := float64(2*tableCellMargin + tableChar/2)
	digits := make([]float64, n)
	text := make([]bool, n)
	for _, r := range grid {
		for c, s := range r {
			if !s.Lead || s.Cell.Cols() > 1 || s.Cell.Text == "" {
				continue
			}
			if table.IsNumber(s.Cell.Text) {
				digits[c] = max(digits[c], textChars(s.Cell.Text)*tableChar+pad)
			} else {
				text[c] = true
			}
		}
	}
	out := make([]float64, n)
	used, lack := 0.0, 0.0
	for c := range need {
		switch {
		case text[c] || digits[c] == 0:
			out[c] = min(need[c], textColumnMin*tableChar+pad)
		default:
			out[c] = min(need[c], max(digits[c], tableChar+pad))
		}
		used += out[c]
		lack += need[c] - out[c]
	}
	room := float64(textWidth) - used
	if room < 0 || lack <= 0 {
		return need
	}
	for c := range out {
		out[c] += room * (need[c] - out[c]) / lack
	}
	return out
}
