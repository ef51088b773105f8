package report

import (
	"strings"

	"github.com/lvzhi-go/lvzhi/table"
)

// textColumnGap separates the columns of a plain-text table: two half
// characters, so that columns of Chinese text stay apart on a terminal.
const textColumnGap = 2

// tableRow is one row of a table laid out on its grid, with the part it
// belongs to.
type tableRow struct {
	slots  []table.Slot
	header bool
	total  bool
}

// tableRows lays out the header rows, the body rows and the total row of
// t on grids of its width.
func tableRows(t *table.Table) []tableRow {
	var out []tableRow
	for _, r := range table.Grid(t.Header, t.Width()) {
		out = append(out, tableRow{slots: r, header: true})
	}
	for _, r := range table.Grid(t.Rows, t.Width()) {
		out = append(out, tableRow{slots: r})
	}
	if len(t.Total) > 0 {
		out = append(out, tableRow{slots: table.Grid([][]table.Cell{t.Total}, t.Width())[0], total: true})
	}
	return out
}

// cellText returns the text of a table cell on one line.
func cellText(s string) string {
	return strings.Join(strings.Fields(lineBreaks.Replace(s)), " ")
}

// textTable returns the lines of t as plain text: the caption centred,
// the columns aligned by display width (a Chinese character takes two
// half characters, an Arabic digit one), a dashed rule under the header
// and above the total row, merged cells written once across the columns
// they cover, and the notes under the table.
func textTable(t *table.Table) []string {
	rows := tableRows(t)
	n := t.Width()
	widths := make([]int, n)
	for c, w := range t.Widths(func(s string) float64 { return float64(textWidth(cellText(s))) }, textColumnGap) {
		widths[c] = int(w)
	}
	total := spanWidth(widths, 0, n)
	rule := strings.Repeat("-", total)
	var lines []string
	if t.Title != "" {
		lines = append(lines, strings.Repeat(" ", max(total-textWidth(t.Title), 0)/2)+cellText(t.Title))
	}
	lines = append(lines, rule)
	for i, r := range rows {
		if r.total || (i > 0 && rows[i-1].header && !r.header) {
			lines = append(lines, rule)
		}
		var b strings.Builder
		for c := 0; c < n; {
			s := r.slots[c]
			if c > 0 {
				b.WriteString(strings.Repeat(" ", textColumnGap))
			}
			if !s.Lead || s.Row < 0 {
				// Covered from the row above, or left empty.
				b.WriteString(strings.Repeat(" ", widths[c]))
				c++
				continue
			}
			span := min(s.Cell.Cols(), n-c)
			w := spanWidth(widths, c, span)
			txt := cellText(s.Cell.Text)
			pad := max(w-textWidth(txt), 0)
			switch t.CellAlign(s.Cell, c, r.header) {
			case table.AlignRight:
				b.WriteString(strings.Repeat(" ", pad) + txt)
			case table.AlignCenter:
				b.WriteString(strings.Repeat(" ", pad/2) + txt + strings.Repeat(" ", pad-pad/2))
			default:
				b.WriteString(txt + strings.Repeat(" ", pad))
			}
			c += span
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	lines = append(lines, rule)
	for i, note := range t.NoteLines() {
		note = cellText(note)
		if i > 0 {
			note = "\u3000\u3000" + note
		}
		lines = append(lines, note)
	}
	return lines
}

// spanWidth returns the width of span columns from c, gaps included.
func spanWidth(widths []int, c, span int) int {
	w := (span - 1) * textColumnGap
	for i := c; i < c+span && i < len(widths); i++ {
		w += widths[i]
	}
	return w
}
