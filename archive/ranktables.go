package archive

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/table"
	"github.com/lvzhi-go/lvzhi/zh"
)

// RankingTable returns the ranking as a table: 名次, 姓名, 界别, 积分 and,
// when the period is graded, 等次. Equal points share a rank, written as
// the number alone ([Rank].Tied says so; the first note says 名次并列).
// Its notes say which scheme scores it, that a period shorter than a year
// is not graded, which leaders take no rank (the 主席, then the 副主席 in
// post order) and which members on leave, with the sessions they missed.
func (b *Book) RankingTable() table.Table {
	t := table.Table{
		Title:   zh.PeriodName(b.period) + "委员履职积分排名表",
		Header:  [][]table.Cell{table.Texts("名次", "姓名", "界别", "积分")},
		Columns: []table.Column{{Numeric: true}, {}, {}, {Numeric: true}},
		Notes:   []string{"积分相同者名次并列，按姓氏笔画排列。"},
	}
	if b.graded {
		t.Header[0] = append(t.Header[0], table.Text("等次"))
		t.Columns = append(t.Columns, table.Column{Align: table.AlignCenter})
	} else {
		t.Notes = append(t.Notes, "等次按年度评定，本表只列积分和名次。")
	}
	for _, r := range b.Ranking() {
		row := []table.Cell{table.Int(r.Rank), table.Text(r.Name), table.Text(string(r.Sector)), table.Int(r.Points)}
		if b.graded {
			row = append(row, table.Text(r.Grade))
		}
		t.Rows = append(t.Rows, row)
	}
	if un := b.Unranked(); len(un) > 0 {
		var chairs, vices []string
		var leave []lvzhi.MemberID
		for _, r := range un {
			switch role, ok := b.leaders[r.Member]; {
			case ok && role == member.RoleChair:
				chairs = append(chairs, r.Name)
			case ok:
				vices = append(vices, r.Name)
			default:
				leave = append(leave, r.Member)
			}
		}
		var who []string
		if len(chairs) > 0 {
			who = append(who, "主席"+strings.Join(chairs, "、"))
		}
		if len(vices) > 0 {
			who = append(who, "副主席"+strings.Join(vices, "、"))
		}
		if len(who) > 0 {
			t.Notes = append(t.Notes, strings.Join(who, "和")+"不参加排名，其积分见本人履职档案。")
		}
		if len(leave) > 0 {
			t.Notes = append(t.Notes, b.leaveNote(leave))
		}
	}
	return t
}

// leaveNote says why the members on leave with no other record take no
// rank, as the records say it: the sessions they missed on leave, not a
// leave for the whole period — 许慧敏、陶文清请假未出席九届三次会议，本期无其他
// 履职记录，不参加排名。 Members who missed the same sessions share a clause.
func (b *Book) leaveNote(ids []lvzhi.MemberID) string {
	var missed []string
	names := map[string][]string{}
	for _, id := range ids {
		var sessions []string
		for _, st := range b.meetings[id] {
			if st.r.Status == session.OnLeave && !slices.Contains(sessions, st.s.ShortName()) {
				sessions = append(sessions, st.s.ShortName())
			}
		}
		what := strings.Join(sessions, "、")
		if _, ok := names[what]; !ok {
			missed = append(missed, what)
		}
		m, _ := b.roster.Get(id)
		names[what] = append(names[what], m.Name)
	}
	var clauses []string
	for _, what := range missed {
		who := few(names[what])
		if n := len(names[what]); n > 3 {
			who += fmt.Sprintf("%d名委员", n)
		}
		if what == "" {
			clauses = append(clauses, who+"请假")
			continue
		}
		clauses = append(clauses, who+"请假未出席"+what)
	}
	rank := "不参加排名"
	if b.graded {
		rank = "不参加排名和等次评定"
	}
	return strings.Join(clauses, "，") + "，本期无其他履职记录，" + rank + "。"
}

// onLeave counts the members whose only records are leave (see
// [OnLeave]) and, of them, those in an activity group in the period: the
// members the score tables leave out.
func (b *Book) onLeave() (all, grouped int) {
	for _, m := range b.members {
		if !OnLeave(b.tallies[b.tallyOf[m.ID]]) {
			continue
		}
		all++
		if slices.ContainsFunc(m.Groups, func(g member.GroupMembership) bool { return g.Overlaps(b.span) }) {
			grouped++
		}
	}
	return all, grouped
}

// GroupTable returns the scores of the activity groups as a table.
func (b *Book) GroupTable() table.Table {
	return b.scoreTable(zh.PeriodName(b.period)+"各委员活动小组履职积分情况表", "委员活动小组", b.GroupScores())
}

// SectorTable returns the scores of the sectors as a table.
func (b *Book) SectorTable() table.Table {
	return b.scoreTable(zh.PeriodName(b.period)+"各界别委员履职积分情况表", "界别", b.SectorScores())
}

// scoreTable lays out scores with a total row.
// Without grades the column of members below the pass grade is left out.
func (b *Book) scoreTable(title, what string, ss []Score) table.Table {
	t := table.Table{
		Title:   title,
		Header:  [][]table.Cell{table.Texts(what, "人数", "积分合计", "平均积分")},
		Columns: []table.Column{{}, {Numeric: true}, {Numeric: true}, {Numeric: true}},
	}
	if b.graded {
		t.Header[0] = append(t.Header[0], table.Text("未达"+b.passName+"人数"))
		t.Columns = append(t.Columns, table.Column{Numeric: true})
	}
	row := func(name string, s Score) []table.Cell {
		r := []table.Cell{table.Text(name), table.Int(s.Members), table.Int(s.Points), table.Text(s.AverageText())}
		if b.graded {
			r = append(r, table.Int(s.Below))
		}
		return r
	}
	var total Score
	for _, s := range ss {
		t.Rows = append(t.Rows, row(s.Name, s))
		total.Members += s.Members
		total.Points += s.Points
		total.Below += s.Below
	}
	all, grouped := b.onLeave()
	if what == "委员活动小组" {
		note := "委员在统计期间先后参加多个小组的，分别计入各小组"
		var out []string
		if n := b.ungrouped(); n > 0 {
			out = append(out, fmt.Sprintf("未编入小组的委员%d人", n))
		}
		if grouped > 0 {
			out = append(out, fmt.Sprintf("请假且本期无其他履职记录的委员%d人", grouped))
		}
		if len(out) > 0 {
			note += "；" + strings.Join(out, "、") + "不在本表"
		}
		t.Notes = []string{note + "。"}
	} else if all > 0 {
		t.Notes = []string{fmt.Sprintf("请假且本期无其他履职记录的委员%d人不在本表。", all)}
	}
	t.Total = row("合计", total)
	return t
}

// ungrouped counts the members in no activity group during the period,
// the members on leave with no other record excepted (see [Book.onLeave]).
func (b *Book) ungrouped() int {
	n := 0
	for _, m := range b.members {
		if !OnLeave(b.tallies[b.tallyOf[m.ID]]) && !slices.ContainsFunc(m.Groups, func(g member.GroupMembership) bool { return g.Overlaps(b.span) }) {
			n++
		}
	}
	return n
}

// RankingDocument returns the rankings as one document: an opening with
// the members' average points (the members on leave with no other record
// left out, and said to be) and their count by grade, then the ranking of
// all members, the scores of the activity groups and those of the
// sectors, each a section with its table. That a short period is not
// graded is said once, in the ranking table's note.
func (b *Book) RankingDocument() *summary.Document {
	period := zh.PeriodName(b.period)
	all, leave := Score{}, 0
	count := make([]int, len(b.scheme.Grades))
	for _, t := range b.tallies {
		if OnLeave(t) {
			leave++
			continue
		}
		all.add(t.Points, b.below(t))
		for i, g := range b.scheme.Grades {
			if g.Name == t.Grade {
				count[i]++
			}
		}
	}
	open := fmt.Sprintf("%s，按%s计分，全体%d名委员平均积分%s分", period, schemeName(b.scheme), all.Members, all.AverageText())
	if leave > 0 {
		open = fmt.Sprintf("%s，按%s计分，除请假且本期无其他履职记录的%d名委员外，%d名委员平均积分%s分",
			period, schemeName(b.scheme), leave, all.Members, all.AverageText())
	}
	var grades []string
	for i, g := range b.scheme.Grades {
		if count[i] > 0 {
			grades = append(grades, fmt.Sprintf("%s%d人", g.Name, count[i]))
		}
	}
	switch {
	case len(grades) > 0 && b.ranked < len(b.tallies):
		open += fmt.Sprintf("；参加排名的%d名委员中，", b.ranked) + strings.Join(grades, "，")
	case len(grades) > 0:
		open += "；其中" + strings.Join(grades, "，")
	}
	section := func(heading string, t table.Table) summary.Section {
		return summary.Section{Heading: heading, Tables: []table.Table{t}}
	}
	return &summary.Document{
		Title:   period + "委员履职积分情况",
		Opening: []string{open + "。"},
		Sections: []summary.Section{
			section("委员履职积分排名", b.RankingTable()),
			section("各委员活动小组履职积分情况", b.GroupTable()),
			section("各界别委员履职积分情况", b.SectorTable()),
		},
		Issuer: b.issuer,
		Date:   b.date,
	}
}
