package participation

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi/table"
	"github.com/lvzhi-go/lvzhi/zh"
)

// KindTable lays out participation by kind (委员履职情况统计表): for each
// kind the members who took part, their person-times and the items with
// their measure word (件, 条, 项, 次: [Kind.Unit]), then the 合计 of
// distinct members and person-times.
func (r *Report) KindTable() table.Table {
	tb := table.Table{
		Title:   "委员履职情况统计表",
		Header:  [][]table.Cell{table.Texts("履职类型", "参加委员（人）", "人次", "事项数", "计量单位")},
		Columns: []table.Column{{Align: table.AlignLeft}, {Numeric: true}, {Numeric: true}, {Numeric: true}, {Align: table.AlignCenter}},
	}
	for _, k := range r.Kinds {
		tb.Rows = append(tb.Rows, []table.Cell{table.Text(k.Kind.String()), table.Int(k.Members), table.Int(k.Times), table.Int(k.Items), table.Text(k.Kind.Unit())})
	}
	tb.Total = []table.Cell{table.Text("合计"), table.Int(r.Members), table.Int(r.Times), table.Text("—"), table.Text("—")}
	tb.Notes = []string{
		fmt.Sprintf("委员总数%d人，参加履职%d人，参与率%s。", r.Roster, r.Members, orDash(zh.PercentFixed(r.Members, r.Roster, 1))),
		"合计中的参加委员为参加任一项履职的委员人数，不是各项之和。",
	}
	return tb
}

// LinesTable lays out lines of a breakdown ([Report.BySector],
// [Report.ByParty], [Report.ByGroup], [Report.ByCommittee]) under a
// title, with first as the heading of the name column (界别, 党派, 活动小组,
// 专门委员会): members, members who took part, rate, person-times and
// 第一提案人 (persons). Rates share one decimal down the column (96.0%
// beside 66.7%, [zh.PercentFixed]). When the lines divide the roster (sectors, parties) a 合计 row
// follows; groups and committees overlap and have none.
func (r *Report) LinesTable(title, first string, lines []Line) table.Table {
	tb := table.Table{
		Title:   title,
		Header:  [][]table.Cell{table.Texts(first, "委员人数", "参加履职人数", "参与率", "履职人次", "第一提案人（人）")},
		Columns: []table.Column{{Align: table.AlignLeft}, {Numeric: true}, {Numeric: true}, {Numeric: true}, {Numeric: true}, {Numeric: true}},
	}
	sum := 0
	for _, l := range lines {
		sum += l.Roster
		tb.Rows = append(tb.Rows, lineRow(l.Name, l.Roster, l.Members, l.Times, l.Kind(ProposalLead).Members))
	}
	if sum == r.Roster && len(lines) > 1 {
		tb.Total = lineRow("合计", r.Roster, r.Members, r.Times, r.Kind(ProposalLead).Members)
	}
	return tb
}

func lineRow(name string, roster, members, times, proposers int) []table.Cell {
	return []table.Cell{table.Text(name), table.Int(roster), table.Int(members), rateCell(members, roster), table.Int(times), table.Int(proposers)}
}

// rateCell writes a rate with one decimal always shown, so that a column
// of rates has one precision; "—" when there is no rate.
func rateCell(num, den int) table.Cell {
	return table.Text(orDash(zh.PercentFixed(num, den, 1)))
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
