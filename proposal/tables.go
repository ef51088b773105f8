package proposal

import (
	"github.com/lvzhi-go/lvzhi/table"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Table lays the handling table out for documents and spreadsheets: the
// 提案办理情况统计表 with a two-row header —
//
//	承办单位 | 交办件数（主办 协办） | 已答复 | 办结 | 答复类别（A类 B类 C类） | 委员意见（满意 基本满意 不满意） | 逾期未答复
//
// — one row per unit, the 合计 row, and notes: the meaning of each grade,
// and that the replies, closings, grades, verdicts and overdue replies
// count the proposals the unit leads (主办, 分办 included), so that they
// compare with the 主办 column; a 协办 unit sends its opinion to the
// lead unit and owes no reply of its own. Counts are Arabic numerals
// (GB/T 15835).
func (t HandlingTable) Table() table.Table {
	ng := len(t.Grades)
	tb := table.Table{Title: "提案办理情况统计表"}
	span2 := func(s string) table.Cell { return table.Text(s).Span(1, 2) }
	top := []table.Cell{span2("承办单位"), table.Text("交办件数").Span(2, 1), span2("已答复"), span2("办结")}
	if ng > 0 {
		top = append(top, table.Text("答复类别").Span(ng, 1))
	}
	top = append(top, table.Text("委员意见").Span(3, 1), span2("逾期未答复"))
	sub := table.Texts("主办", "协办")
	for _, g := range t.Grades {
		sub = append(sub, table.Text(g.Grade.String()+"类"))
	}
	sub = append(sub, table.Texts("满意", "基本满意", "不满意")...)
	tb.Header = [][]table.Cell{top, sub}
	tb.Columns = make([]table.Column, 5+ng+3+1)
	tb.Columns[0] = table.Column{Align: table.AlignLeft}
	for i := 1; i < len(tb.Columns); i++ {
		tb.Columns[i].Numeric = true
	}
	for _, u := range t.Units {
		tb.Rows = append(tb.Rows, handlingRow(u))
	}
	tb.Total = handlingRow(t.Total)
	tb.Total[0] = table.Text("合计")
	if ng > 0 {
		// No colon: the notes follow 注： already (GB/T 15834 does not
		// nest colons).
		note := "答复类别分为"
		for i, g := range t.Grades {
			if i > 0 {
				note += "、"
			}
			note += g.Grade.String() + "类（" + g.Name + "）"
		}
		tb.Notes = append(tb.Notes, note+"。")
	}
	tb.Notes = append(tb.Notes, "主办含分办。已答复、办结、答复类别、委员意见和逾期未答复按主办的提案统计。",
		"一件提案由多家单位办理的，在各单位分别计数；合计为件次。")
	return tb
}

func handlingRow(u UnitHandling) []table.Cell {
	row := []table.Cell{table.Text(u.Unit), table.Int(u.Lead), table.Int(u.Assist), table.Int(u.Replied), table.Int(u.Closed)}
	for _, g := range u.Grades {
		row = append(row, table.Int(g))
	}
	return append(row, table.Int(u.Satisfied), table.Int(u.BasicallySatisfied), table.Int(u.Unsatisfied), table.Int(u.Overdue))
}

// CategoryTable lays out the counts by category (提案分类统计表): category,
// received, registered and the share of all received, with a 合计 row.
func (s Statistics) CategoryTable() table.Table {
	tb := countTable("提案分类统计表", "类别", s.Received, s.Registered)
	for _, c := range s.ByCategory {
		tb.Rows = append(tb.Rows, countRow(string(c.Category), c.Received, c.Registered, s.Received))
	}
	return tb
}

// SectorTable lays out the counts by the proposers' sector (提案界别统计表),
// most proposals first, with a 合计 row; proposals without a recorded
// sector are the line 未填写界别.
func (s Statistics) SectorTable() table.Table {
	tb := countTable("提案界别统计表", "界别", s.Received, s.Registered)
	for _, c := range s.BySector {
		name := c.Sector
		if name == "" {
			name = "未填写界别"
		}
		tb.Rows = append(tb.Rows, countRow(name, c.Received, c.Registered, s.Received))
	}
	return tb
}

func countTable(title, first string, received, registered int) table.Table {
	return table.Table{
		Title:   title,
		Header:  [][]table.Cell{table.Texts(first, "收到", "立案", "占收到总数")},
		Columns: []table.Column{{Align: table.AlignLeft}, {Numeric: true}, {Numeric: true}, {Numeric: true}},
		Total:   countRow("合计", received, registered, received),
	}
}

func countRow(name string, received, registered, all int) []table.Cell {
	return []table.Cell{table.Text(name), table.Int(received), table.Int(registered), rateCell(received, all)}
}

// rateCell writes a share with one decimal always shown, so that a
// column of rates has one precision (50.0% beside 12.5%); "—" when there
// is no rate.
func rateCell(num, den int) table.Cell {
	if den == 0 {
		return table.Text("—")
	}
	return table.Text(zh.PercentFixed(num, den, 1))
}
