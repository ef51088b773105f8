package docx

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi/table"
)

// A table wider than the text block keeps every number on one line: the
// columns of numbers are at least as wide as their widest number, and the
// column of names gives way.
func TestWideTableKeepsNumbers(t *testing.T) {
	tb := table.Table{Header: [][]table.Cell{table.Texts("承办单位", "交办件数", "已答复", "办结", "A类", "B类", "C类", "满意", "基本满意", "不满意", "逾期未答复")}}
	tb.Columns = make([]table.Column, 11)
	for i := range 20 {
		row := []table.Cell{table.Text(fmt.Sprintf("县文化广电体育和旅游局%d", i))}
		for range 10 {
			row = append(row, table.Int(100+i))
		}
		tb.Rows = append(tb.Rows, row)
	}
	w := columnWidths(tb, tableSize)
	sum := 0
	for _, x := range w {
		sum += x
	}
	assert.Equal(t, textWidth, sum)
	pad := 2*tableCellMargin + tableChar/2
	for c := 1; c < 11; c++ {
		assert.GreaterOrEqual(t, w[c], 3*tableChar/2+pad, "column %d holds 3 digits", c)
	}
	assert.GreaterOrEqual(t, w[0], textColumnMin*tableChar, "names keep a readable width")

	// A table that fits is laid out as before: every column at least its need.
	small := table.Table{Header: [][]table.Cell{table.Texts("类别", "收到")}, Columns: make([]table.Column, 2),
		Rows: [][]table.Cell{{table.Text("经济"), table.Int(12)}}}
	ws := columnWidths(small, tableSize)
	assert.Equal(t, textWidth, ws[0]+ws[1])
}

// When the block has room, a number column's header of up to four
// characters is not split (已答/复, 基本/满意) and a longer one takes three
// lines at most; the names give way first. Without room, numbers still
// come first.
func TestWideTableKeepsShortHeaders(t *testing.T) {
	heads := []string{"承办单位", "主办", "协办", "已答复", "办结", "满意", "基本满意", "不满意", "逾期未答复"}
	tb := table.Table{Header: [][]table.Cell{table.Texts(heads...)}, Columns: make([]table.Column, len(heads))}
	for i := range 20 {
		row := []table.Cell{table.Text(fmt.Sprintf("县文化广电体育和旅游局县文化广电体育和旅游局%d", i))}
		for range len(heads) - 1 {
			row = append(row, table.Int(10+i))
		}
		tb.Rows = append(tb.Rows, row)
	}
	sz := tableSizeFor(tb)
	w := columnWidths(tb, sz)
	char := float64(sz * 10)
	pad := float64(2*tableCellMargin) + char/2
	for c, h := range heads[1:] {
		lines := 1.0
		if textChars(h) > shortHeader {
			lines = 3
		}
		assert.GreaterOrEqual(t, float64(w[c+1])+1, textChars(h)/lines*char+pad, "header %s", h)
	}

	// Twelve columns leave no room for the headers: the numbers keep theirs.
	wide := append(append([]string{}, heads[:5]...), "A类", "B类", "C类")
	wide = append(wide, heads[5:]...)
	tb = table.Table{Header: [][]table.Cell{table.Texts(wide...)}, Columns: make([]table.Column, len(wide))}
	for i := range 20 {
		row := []table.Cell{table.Text("县文化广电体育和旅游局")}
		for range len(wide) - 1 {
			row = append(row, table.Int(10+i))
		}
		tb.Rows = append(tb.Rows, row)
	}
	sz = tableSizeFor(tb)
	w = columnWidths(tb, sz)
	char = float64(sz * 10)
	pad = float64(2*tableCellMargin) + char/2
	for c := 1; c < len(wide); c++ {
		assert.GreaterOrEqual(t, float64(w[c])+1, 2*char/2+pad, "column %d holds 2 digits", c)
	}
}
