package sample

import (
	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/table"
)

// Official returns the sample summary sent out as a 公文: a 版头 with
// 发文机关标志 and 发文字号, a 主送机关, a table in a section, two
// attachments (a table with a two-level header and a total row, and a
// text), a 附注 and the 版记.
func Official() *summary.Document {
	d := Document()
	d.Head = summary.Head{Mark: "柳州市某区政协办公室文件", Number: "区政协办发〔2022〕12号"}
	d.To = "中共柳州市某区委员会"
	d.Sections[1].Tables = []table.Table{ReviewTable()}
	d.Note = "联系人：区政协办公室，电话：3812345"
	d.Attachments = []summary.Attachment{
		{Title: "2022年上半年提案办理情况统计表", Tables: []table.Table{UnitTable()}},
		{Title: "2022年下半年重点调研课题", Paragraphs: []string{"一、建设特色食品产业园。", "二、推进老旧小区改造。"}},
	}
	d.Record = summary.Record{
		CC:      []string{"柳州市政协办公室", "区人大常委会办公室", "区政府办公室"},
		Printer: "柳州市某区政协办公室",
		Printed: lvzhi.Date{Year: 2022, Month: 7, Day: 8},
	}
	return d
}

// ReviewTable is a small table of review results with a total row.
func ReviewTable() table.Table {
	return table.Table{
		Title:   "提案审查情况",
		Columns: []table.Column{{}, {Numeric: true}, {Numeric: true}},
		Header:  [][]table.Cell{table.Texts("审查结果", "件数", "占比")},
		Rows: [][]table.Cell{
			{table.Text("立案"), table.Int(38), table.Percent(38, 44)},
			{table.Text("作为意见建议"), table.Int(6), table.Percent(6, 44)},
		},
		Total: []table.Cell{table.Text("合计"), table.Int(44), table.Percent(44, 44)},
	}
}

// UnitTable is a per-unit handling table with a two-level header.
func UnitTable() table.Table {
	return table.Table{
		Columns: []table.Column{{}, {Numeric: true}, {Numeric: true}, {Numeric: true}, {Numeric: true}},
		Header: [][]table.Cell{
			{table.Text("承办单位").Span(1, 2), table.Text("交办件数").Span(2, 1), table.Text("答复情况").Span(2, 1)},
			table.Texts("合计", "其中主办", "已答复", "满意和基本满意"),
		},
		Rows: [][]table.Cell{
			{table.Text("区教育局"), table.Int(6), table.Int(5), table.Int(5), table.Int(5)},
			{table.Text("区卫生健康局"), table.Int(4), table.Int(4), table.Int(3), table.Int(3)},
			{table.Text("区住房和城乡建设局"), table.Int(3), table.Int(2), table.Int(2), table.Int(1)},
		},
		Total: []table.Cell{table.Text("合计"), table.Int(13), table.Int(11), table.Int(10), table.Int(9)},
		Notes: []string{"一件提案由多个单位办理的，分别计入各单位。"},
	}
}
