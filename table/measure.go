package table

import (
	"strconv"
	"strings"
)

// Widths returns the width each column needs for its cells, as measured
// by width (display columns, characters, twips …): the widest single cell
// of the column, then, for each cell spanning several columns that is
// wider than the columns it covers together with the gap between them,
// the difference added to the last of them. Header, body and total rows
// all count; a renderer adds its own padding and minimum.
func (t Table) Widths(width func(string) float64, gap float64) []float64 {
	n := t.Width()
	need := make([]float64, n)
	rows := make([][]Cell, 0, len(t.Header)+len(t.Rows)+1)
	rows = append(append(append(rows, t.Header...), t.Rows...), t.Total)
	grid := Grid(rows, n)
	for pass := range 2 {
		for _, r := range grid {
			for c, s := range r {
				if !s.Lead {
					continue
				}
				span := min(s.Cell.Cols(), n-c)
				w := width(s.Cell.Text)
				switch {
				case pass == 0 && span == 1:
					need[c] = max(need[c], w)
				case pass == 1 && span > 1:
					have := gap * float64(span-1)
					for i := c; i < c+span; i++ {
						have += need[i]
					}
					if w > have {
						need[c+span-1] += w - have
					}
				}
			}
		}
	}
	return need
}

// NoteLines returns the notes as they are printed under the table: "注："
// and the note when there is one (a note that opens with 注 already is
// kept as it is), "注：1.…" then "2.…" when there are several; a renderer
// aligns the following lines after "注：".
func (t Table) NoteLines() []string {
	if len(t.Notes) == 1 {
		if strings.HasPrefix(t.Notes[0], "注") {
			return []string{t.Notes[0]}
		}
		return []string{"注：" + t.Notes[0]}
	}
	out := make([]string, len(t.Notes))
	for i, n := range t.Notes {
		out[i] = strconv.Itoa(i+1) + "." + n
		if i == 0 {
			out[i] = "注：" + out[i]
		}
	}
	return out
}
