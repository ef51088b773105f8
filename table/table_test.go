package table

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

func fieldErrors(t *testing.T, err error) []string {
	t.Helper()
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs), "want ValidationErrors, got %v", err)
	var out []string
	for _, fe := range verrs {
		out = append(out, fe.Field+" "+fe.Rule)
	}
	return out
}

func TestValidateProblems(t *testing.T) {
	two := []Column{{}, {}}
	tests := []struct {
		name string
		t    Table
		want []string
	}{
		{"no columns", Table{}, []string{"Columns required"}},
		{"short row", Table{Columns: two, Rows: [][]Cell{Texts("a")}}, []string{"Rows[0] width"}},
		{"long row", Table{Columns: two, Rows: [][]Cell{Texts("a", "b", "c")}}, []string{"Rows[0][2] width"}},
		{"colspan past edge", Table{Columns: two, Header: [][]Cell{{Text("a").Span(3, 1)}}}, []string{"Header[0][0].ColSpan width"}},
		{"rowspan past bottom", Table{Columns: two, Header: [][]Cell{{Text("a").Span(1, 2), Text("b")}}},
			[]string{"Header[0][0].RowSpan height"}},
		{"rowspan does not reach into body", Table{Columns: two, Header: [][]Cell{{Text("a").Span(1, 2), Text("b")}}, Rows: [][]Cell{Texts("c")}},
			[]string{"Header[0][0].RowSpan height", "Rows[0] width"}},
		{"negative span", Table{Columns: two, Rows: [][]Cell{{Cell{Text: "a", ColSpan: -1}, Text("b")}}}, []string{"Rows[0][0] min"}},
		{"bad align", Table{Columns: []Column{{Align: 9}}, Rows: [][]Cell{{Cell{Text: "a", Align: -1}}}},
			[]string{"Columns[0].Align oneof", "Rows[0][0].Align oneof"}},
		{"ragged total", Table{Columns: two, Total: Texts("合计")}, []string{"Total width"}},
		{"empty note", Table{Columns: two, Notes: []string{" "}}, []string{"Notes[0] required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, fieldErrors(t, tt.t.Validate()))
		})
	}
}

func TestValidateMergedHeaderOK(t *testing.T) {
	tb := Table{
		Columns: make([]Column, 5),
		Header: [][]Cell{
			{Text("单位").Span(1, 2), Text("交办").Span(2, 1), Text("答复").Span(2, 1)},
			Texts("主办", "协办", "已答复", "满意"),
		},
		Rows:  [][]Cell{Texts("a", "1", "2", "3", "4")},
		Total: []Cell{Text("合计"), Int(1), Int(2), Int(3), Int(4)},
	}
	require.NoError(t, tb.Validate())
	g := Grid(tb.Header, tb.Width())
	// The second header row starts at column 2: column 1 is covered.
	assert.False(t, g[1][0].Lead)
	assert.Equal(t, 0, g[1][0].Row)
	assert.Equal(t, "主办", g[1][1].Cell.Text)
	assert.True(t, g[1][1].Lead)
	assert.Equal(t, "答复", g[0][4].Cell.Text)
	assert.Equal(t, 3, g[0][4].Col)
}

func TestValidateOverlap(t *testing.T) {
	// Row 1's second cell covers two rows, so a cell of row 2 spanning both
	// columns overlaps it.
	tb := Table{
		Columns: make([]Column, 2),
		Rows: [][]Cell{
			{Text("a"), Text("b").Span(1, 2)},
			{Text("c").Span(2, 1)},
		},
	}
	assert.Equal(t, []string{"Rows[1][0] overlap"}, fieldErrors(t, tb.Validate()))
}

func TestValidateMessagesChinese(t *testing.T) {
	tb := Table{Title: "统计表", Columns: make([]Column, 3), Header: [][]Cell{{Text("a").Span(4, 1)}}}
	err := tb.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "表格《统计表》.表头第1行第1格.跨列：从第1列跨4列，超出表格的3列")
}

func TestGridShortRow(t *testing.T) {
	g := Grid([][]Cell{Texts("a")}, 3)
	assert.True(t, g[0][0].Lead)
	assert.Equal(t, -1, g[0][1].Row)
	assert.Equal(t, -1, g[0][2].Row)
}

func TestCellAlign(t *testing.T) {
	tb := Table{Columns: []Column{{}, {Numeric: true}, {Align: AlignCenter}}}
	assert.Equal(t, AlignCenter, tb.CellAlign(Text("名称"), 0, true))
	assert.Equal(t, AlignLeft, tb.CellAlign(Text("区教育局"), 0, false))
	assert.Equal(t, AlignRight, tb.CellAlign(Text("86.4%"), 0, false))
	assert.Equal(t, AlignRight, tb.CellAlign(Text("合计"), 1, false))
	assert.Equal(t, AlignCenter, tb.CellAlign(Int(3), 2, false))
	assert.Equal(t, AlignLeft, tb.CellAlign(Cell{Text: "5", Align: AlignLeft}, 1, false))
	// A column outside Columns is judged by the text alone.
	assert.Equal(t, AlignLeft, tb.CellAlign(Text("x"), 7, false))
}

func TestIsNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"44": true, "86.4%": true, "1,200": true, "-3": true, "—": true,
		"": false, "区教育局": false, "1.2.3": false, ",5": false, "12件": false, "%": false,
	} {
		assert.Equal(t, want, IsNumber(s), s)
	}
}

func TestCells(t *testing.T) {
	assert.Equal(t, "—", Percent(1, 0).Text)
	assert.Equal(t, "99.9%", Percent(9999, 10000).Text)
	assert.Equal(t, "-12", Int(-12).Text)
	assert.Equal(t, 1, Cell{}.Cols())
	assert.Equal(t, 1, Cell{RowSpan: 0}.RowsSpanned())
	assert.Equal(t, "右对齐", AlignRight.String())
	assert.Equal(t, "Align(7)", Align(7).String())
}

func TestWidths(t *testing.T) {
	tb := Table{
		Columns: make([]Column, 3),
		Header:  [][]Cell{{Text("a").Span(1, 2), Text("一个很长的合并表头").Span(2, 1)}, Texts("bb", "c")},
		Rows:    [][]Cell{Texts("abcd", "1", "22")},
	}
	runes := func(s string) float64 { return float64(len([]rune(s))) }
	// Column 1 and 2 need 2 and 2 (bb, 22); the merged header needs 9,
	// which with a gap of 1 is 4 more than 2 + 1 + 2: the last column grows.
	assert.Equal(t, []float64{4, 2, 6}, tb.Widths(runes, 1))
}

func TestNoteLines(t *testing.T) {
	assert.Equal(t, []string{"注：统计到6月15日。"}, Table{Notes: []string{"统计到6月15日。"}}.NoteLines())
	assert.Equal(t, []string{"注：已有前缀。"}, Table{Notes: []string{"注：已有前缀。"}}.NoteLines())
	assert.Equal(t, []string{"注：1.甲。", "2.乙。"}, Table{Notes: []string{"甲。", "乙。"}}.NoteLines())
	assert.Empty(t, Table{}.NoteLines())
}
