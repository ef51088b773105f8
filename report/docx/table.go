package docx

import (
	"fmt"
	"math"

	"github.com/lvzhi-go/lvzhi/table"
)

// Table measures, in twips unless said otherwise.
const (
	// tableSize is the type size of table cells and notes, 4号 (14 pt),
	// in half-points; tableChar is one such character.
	tableSize = 28
	tableChar = 280
	// tableLine is the exact line height inside a table: 20 pt.
	tableLine = 400
	// tableCellMargin is the left and right padding of a cell: 1 mm.
	tableCellMargin = 57
	// tableOuter and tableInner are the border widths in eighths of a
	// point: 1 pt around the table, 0.5 pt inside, as office forms draw
	// them.
	tableOuter = 8
	tableInner = 4
)

// table writes t: its caption centred above it in the body font, then a
// table as wide as the text block with a fixed grid, 仿宋 cells in 4号 (小四
// or 五号 when the columns would not fit otherwise)
// centred vertically, header rows repeated on every page (w:tblHeader),
// merged cells as w:gridSpan and w:vMerge, each cell aligned as
// [table.Table.CellAlign] says (numbers right, header centred), and the
// notes under it.
func (w *body) table(t table.Table) {
	if t.Title != "" {
		extra := ""
		if w.afterTable {
			// One empty line between a table and the next one's caption.
			extra = fmt.Sprintf(`<w:spacing w:before="%d" w:after="0" w:line="%[1]d" w:lineRule="exact"/>`, linePitch)
		}
		w.para(styleTableCaption, extra, t.Title)
	}
	sz := tableSizeFor(t)
	widths := columnWidths(t, sz)
	b := &w.b
	b.WriteString(`<w:tbl><w:tblPr>`)
	fmt.Fprintf(b, `<w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>`, textWidth)
	fmt.Fprintf(b, `<w:tblBorders><w:top w:val="single" w:sz="%[1]d" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="%[1]d" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="%[1]d" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="%[1]d" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="%[2]d" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="%[2]d" w:space="0" w:color="000000"/></w:tblBorders>`, tableOuter, tableInner)
	fmt.Fprintf(b, `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="%[1]d" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="%[1]d" w:type="dxa"/></w:tblCellMar>`, tableCellMargin)
	b.WriteString(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, cw := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, cw)
	}
	b.WriteString(`</w:tblGrid>`)
	part := func(rows [][]table.Cell, header bool) {
		for _, r := range table.Grid(rows, t.Width()) {
			b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
			if header {
				b.WriteString(`<w:tblHeader/>`)
			}
			fmt.Fprintf(b, `<w:trHeight w:val="%d"/></w:trPr>`, tableLine+2*tableCellMargin)
			for c := 0; c < len(r); {
				s := r[c]
				span := 1
				if s.Row >= 0 {
					span = min(s.Cell.Cols(), len(r)-c)
				}
				cw := 0
				for i := c; i < c+span; i++ {
					cw += widths[i]
				}
				fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, cw)
				if span > 1 {
					fmt.Fprintf(b, `<w:gridSpan w:val="%d"/>`, span)
				}
				switch {
				case s.Row >= 0 && s.Cell.RowsSpanned() > 1 && s.Lead:
					b.WriteString(`<w:vMerge w:val="restart"/>`)
				case s.Row >= 0 && !s.Lead:
					b.WriteString(`<w:vMerge/>`)
				}
				b.WriteString(`<w:vAlign w:val="center"/></w:tcPr>`)
				fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/><w:jc w:val="%s"/></w:pPr>`, styleTableText, jcOf(t.CellAlign(s.Cell, c, header)))
				if s.Lead {
					if sz == tableSize {
						w.run("", s.Cell.Text)
					} else {
						w.runProps(fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%[1]d"/>`, sz), s.Cell.Text)
					}
				}
				b.WriteString(`</w:p></w:tc>`)
				c += span
			}
			b.WriteString(`</w:tr>`)
		}
	}
	part(t.Header, true)
	part(t.Rows, false)
	if len(t.Total) > 0 {
		part([][]table.Cell{t.Total}, false)
	}
	b.WriteString(`</w:tbl>`)
	for i, text := range t.NoteLines() {
		ind := fmt.Sprintf(`<w:ind w:left="%d" w:firstLineChars="0" w:firstLine="0"/>`, 2*tableChar)
		if i == 0 {
			ind = fmt.Sprintf(`<w:ind w:left="%d" w:hanging="%d" w:firstLineChars="0"/>`, 2*tableChar, 2*tableChar)
		}
		w.para(styleTableNote, ind, text)
	}
	w.afterTable = true
}

// jcOf returns the w:jc value of an alignment.
func jcOf(a table.Align) string {
	switch a {
	case table.AlignRight:
		return "right"
	case table.AlignCenter:
		return "center"
	}
	return "left"
}

// tableSizes are the type sizes of table cells in half-points, largest
// first: 4号 (14 pt), 小四 (12 pt), 五号 (10.5 pt).
var tableSizes = []int{tableSize, 24, 21}

// tableSizeFor returns the largest of tableSizes at which every column of
// t fits its widest cell in the text block, or the smallest.
func tableSizeFor(t table.Table) int {
	for _, sz := range tableSizes {
		total := 0.0
		for _, w := range naturalWidths(t, sz) {
			total += w
		}
		if total <= textWidth {
			return sz
		}
	}
	return tableSizes[len(tableSizes)-1]
}

// naturalWidths returns the width each column of t needs at size sz
// (half-points), padding included.
func naturalWidths(t table.Table, sz int) []float64 {
	char := float64(sz * 10)
	pad := float64(2*tableCellMargin) + char/2
	need := t.Widths(func(s string) float64 { return textChars(s)*char + pad }, 0)
	for c := range need {
		need[c] = max(need[c], 2*char+pad)
	}
	return need
}

// columnWidths divides the text block among the columns of t: each
// column gets the width of its widest single cell (characters of size sz,
// digits half) plus padding, a merged cell widens the last column it covers when
// needed, and the rest of the block is shared in proportion; when the
// content is wider than the block even in 五号, the columns of text and
// the headers give way and wrap, never the numbers (see keepNumbers). The
// widths sum to the block width exactly.
func columnWidths(t table.Table, sz int) []int {
	n := t.Width()
	need := naturalWidths(t, sz)
	sum := 0.0
	for _, w := range need {
		sum += w
	}
	if sum > textWidth { // too wide: numbers keep their width (table_fit.go)
		need = keepNumbers(t, need, sz)
		sum = 0
		for _, w := range need {
			sum += w
		}
	}
	out := make([]int, n)
	left := textWidth
	for c := range need {
		if c == n-1 {
			out[c] = left
			break
		}
		out[c] = int(math.Round(need[c] / sum * textWidth))
		left -= out[c]
	}
	return out
}
