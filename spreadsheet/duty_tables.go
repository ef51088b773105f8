package spreadsheet

import (
	"slices"
	"strconv"

	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/table"
)

// DutyTable lays out the 委员履职情况表: one row per member in the order of
// tallies (as member.Scheme.Tally ranks them), with the units of each kind
// of duty recorded, the points and the grade. Only kinds someone has
// records of get a column.
func DutyTable(ro *member.Roster, tallies []member.Tally) table.Table {
	var kinds []member.DutyKind
	for _, t := range tallies {
		for _, k := range t.Kinds {
			if !slices.Contains(kinds, k.Kind) {
				kinds = append(kinds, k.Kind)
			}
		}
	}
	slices.Sort(kinds)
	t := table.Table{Title: "委员履职情况表"}
	head := table.Texts("名次", "委员编号", "姓名", "界别")
	t.Columns = []table.Column{{Numeric: true}, {}, {}, {}}
	for _, k := range kinds {
		head = append(head, table.Text(k.String()))
		t.Columns = append(t.Columns, table.Column{Numeric: true})
	}
	head = append(head, table.Text("积分"), table.Text("等次"))
	t.Columns = append(t.Columns, table.Column{Numeric: true}, table.Column{Align: table.AlignCenter})
	t.Header = [][]table.Cell{head}
	for _, tl := range tallies {
		sector := ""
		if s, ok := ro.SectorOf(tl.Member); ok {
			sector = string(s)
		}
		row := []table.Cell{table.Int(tl.Rank), table.Text(string(tl.Member)), table.Text(tl.Name), table.Text(sector)}
		for _, k := range kinds {
			units := 0
			for _, kt := range tl.Kinds {
				if kt.Kind == k {
					units = kt.Units
				}
			}
			row = append(row, table.Int(units))
		}
		row = append(row, table.Int(tl.Points), table.Text(tl.Grade))
		t.Rows = append(t.Rows, row)
	}
	t.Notes = []string{"出席全体会议按半天数计，提案按件数计，社情民意按条数计，其余按次数计；积分和等次按履职积分办法计算。"}
	return t
}

// GroupTable lays out participation by 委员活动小组: members, activities,
// attendances and points of each group, with the total.
func GroupTable(groups []member.GroupTally) table.Table {
	t := table.Table{
		Title:   "委员活动小组履职情况表",
		Header:  [][]table.Cell{table.Texts("委员活动小组", "成员人数", "活动次数", "参加人次", "积分合计")},
		Columns: []table.Column{{}, {Numeric: true}, {Numeric: true}, {Numeric: true}, {Numeric: true}},
	}
	var tm, ta, tp, tpts int
	for _, g := range groups {
		t.Rows = append(t.Rows, []table.Cell{table.Text(g.Group), table.Int(g.Members), table.Int(g.Activities),
			table.Int(g.Participations), table.Int(g.Points)})
		tm, ta, tp, tpts = tm+g.Members, ta+g.Activities, tp+g.Participations, tpts+g.Points
	}
	t.Total = []table.Cell{table.Text("合计"), table.Int(tm), table.Int(ta), table.Int(tp), table.Int(tpts)}
	return t
}

// SectorTable lays out participation by 界别: for each sector with
// members (in the roster's order), the members, those with at least one
// duty record in the tallies, the share of them, and the points in all
// and per member.
func SectorTable(ro *member.Roster, tallies []member.Tally) table.Table {
	active := map[string]bool{}
	points := map[string]int{}
	for _, tl := range tallies {
		if len(tl.Kinds) > 0 {
			active[string(tl.Member)] = true
		}
		points[string(tl.Member)] = tl.Points
	}
	t := table.Table{
		Title:   "各界别委员履职情况表",
		Header:  [][]table.Cell{table.Texts("界别", "委员人数", "有履职记录人数", "参与率", "积分合计", "人均积分")},
		Columns: []table.Column{{}, {Numeric: true}, {Numeric: true}, {Numeric: true}, {Numeric: true}, {Numeric: true}},
	}
	var tn, ta, tp int
	for _, g := range ro.GroupedBySector() {
		n, a, p := len(g.Members), 0, 0
		for _, m := range g.Members {
			if active[string(m.ID)] {
				a++
			}
			p += points[string(m.ID)]
		}
		t.Rows = append(t.Rows, []table.Cell{table.Text(string(g.Sector)), table.Int(n), table.Int(a),
			table.Percent(a, n), table.Int(p), table.Text(perMember(p, n))})
		tn, ta, tp = tn+n, ta+a, tp+p
	}
	t.Total = []table.Cell{table.Text("合计"), table.Int(tn), table.Int(ta), table.Percent(ta, tn), table.Int(tp), table.Text(perMember(tp, tn))}
	return t
}

// perMember writes p/n with one decimal, "—" when n is 0.
func perMember(p, n int) string {
	if n == 0 {
		return "—"
	}
	return strconv.FormatFloat(float64(p)/float64(n), 'f', 1, 64)
}
