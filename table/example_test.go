package table_test

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi/table"
)

// A two-level header: 承办单位 and 件数 span both header rows, 答复情况
// spans the two columns below it.
func Example() {
	t := table.Table{
		Title:   "提案办理情况统计表",
		Columns: []table.Column{{}, {Numeric: true}, {Numeric: true}, {Numeric: true}},
		Header: [][]table.Cell{
			{table.Text("承办单位").Span(1, 2), table.Text("件数").Span(1, 2), table.Text("答复情况").Span(2, 1)},
			table.Texts("已答复", "满意率"),
		},
		Rows: [][]table.Cell{
			{table.Text("区教育局"), table.Int(6), table.Int(6), table.Percent(6, 6)},
			{table.Text("区卫生健康局"), table.Int(4), table.Int(3), table.Percent(2, 3)},
		},
		Total: []table.Cell{table.Text("合计"), table.Int(10), table.Int(9), table.Percent(8, 9)},
	}
	fmt.Println(t.Validate())
	for _, row := range table.Grid(t.Header, t.Width()) {
		for _, s := range row {
			if s.Lead {
				fmt.Printf("[%s]", s.Cell.Text)
			} else {
				fmt.Printf("[↖%d,%d]", s.Row+1, s.Col+1)
			}
		}
		fmt.Println()
	}
	fmt.Println(t.CellAlign(t.Total[3], 3, false), t.Total[3].Text)
	// Output:
	// <nil>
	// [承办单位][件数][答复情况][↖1,3]
	// [↖1,1][↖1,2][已答复][满意率]
	// 右对齐 88.9%
}

// Validate names each problem in Chinese.
func ExampleTable_Validate() {
	t := table.Table{
		Title:   "委员履职情况表",
		Columns: []table.Column{{}, {Numeric: true}},
		Header:  [][]table.Cell{table.Texts("姓名", "出席次数")},
		Rows: [][]table.Cell{
			{table.Text("张三"), table.Int(5)},
			{table.Text("李四")},
			{table.Text("王五"), table.Int(3).Span(2, 1)},
		},
	}
	fmt.Println(t.Validate())
	// Output:
	// 表格《委员履职情况表》.数据第2行：只有1列，表格有2列（每行的单元格连同合并的格须正好占满各列）；表格《委员履职情况表》.数据第3行第2格.跨列：从第2列跨2列，超出表格的2列
}
