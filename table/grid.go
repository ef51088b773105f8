package table

// Slot is one position of a table part laid out on a grid. Every position
// a merged cell covers holds a Slot for that cell; Lead is set only at its
// top-left position, where a renderer writes it.
type Slot struct {
	// Cell is the cell covering this position.
	Cell Cell
	// Lead reports that the cell starts here.
	Lead bool
	// Row and Col are where the covering cell starts, counted within the
	// part (header, body or total row).
	Row, Col int
}

// Grid lays rows out on a grid width columns wide, resolving spans: the
// result has one slice of width Slots per row. Positions no cell covers
// (a short row) have a zero Slot with Lead unset and Row -1. Spans past
// the right or bottom edge are cut at the edge; a cell that would land on
// a position already taken moves right to the next free one. Validate
// reports all of these, so a renderer of a valid table gets an exact grid.
func Grid(rows [][]Cell, width int) [][]Slot {
	g := make([][]Slot, len(rows))
	for r := range g {
		g[r] = make([]Slot, width)
		for c := range g[r] {
			g[r][c].Row = -1
		}
	}
	for r, row := range rows {
		c := 0
		for _, cell := range row {
			for c < width && g[r][c].Row >= 0 {
				c++
			}
			if c >= width {
				break
			}
			for dr := 0; dr < cell.RowsSpanned() && r+dr < len(rows); dr++ {
				for dc := 0; dc < cell.Cols() && c+dc < width; dc++ {
					if g[r+dr][c+dc].Row >= 0 {
						continue
					}
					g[r+dr][c+dc] = Slot{Cell: cell, Lead: dr == 0 && dc == 0, Row: r, Col: c}
				}
			}
			c += cell.Cols()
		}
	}
	return g
}
