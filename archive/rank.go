package archive

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/table"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Rank is one row of the 履职积分 ranking of all members.
type Rank struct {
	// Rank is the competition rank: equal points share a rank (1, 2, 2, 4).
	Rank   int
	Member lvzhi.MemberID
	Name   string
	Sector member.Sector
	Points int
	Grade  string
}

// Score is the points of the members of one activity group or sector.
type Score struct {
	Name string
	// Members is the number of members; Points the sum of their points.
	Members int
	Points  int
	// Below is the number of graded members whose points do not reach
	// the pass grade ([Options].Pass).
	Below int
}

// Average returns the average points, or 0 without members.
func (s Score) Average() float64 {
	if s.Members == 0 {
		return 0
	}
	return float64(s.Points) / float64(s.Members)
}

// AverageText writes the average points with one decimal (45.3), rounded
// half away from zero; "—" without members.
func (s Score) AverageText() string {
	if s.Members == 0 {
		return "—"
	}
	tenths := math.Round(float64(s.Points) * 10 / float64(s.Members))
	return fmt.Sprintf("%.1f", tenths/10)
}

// Ranking returns every ranked member by points, highest first; equal
// points are listed in 姓氏笔画 order (see [member.Scheme.Tally]). The
// 主席 and 副主席 are not ranked unless [Options].RankLeaders: see
// [Book.Unranked].
func (b *Book) Ranking() []Rank {
	out := make([]Rank, b.ranked)
	for i, t := range b.tallies[:b.ranked] {
		out[i] = b.rankOf(t)
	}
	return out
}

// Unranked returns the members who take no rank, with rank 0 and no
// grade: the 主席 and 副主席 unless [Options].RankLeaders (the 主席 first),
// then the members whose only records are leave (see [OnLeave]).
func (b *Book) Unranked() []Rank {
	var out []Rank
	for _, t := range b.tallies[b.ranked:] {
		out = append(out, b.rankOf(t))
	}
	return out
}

func (b *Book) rankOf(t member.Tally) Rank {
	s, _ := b.roster.SectorOf(t.Member)
	return Rank{Rank: t.Rank, Member: t.Member, Name: t.Name, Sector: s, Points: t.Points, Grade: t.Grade}
}

// below reports whether a member's points do not reach the pass grade:
// never in a period that is not graded, nor for a member without a grade
// (a leader, a member on leave).
func (b *Book) below(t member.Tally) bool {
	return b.graded && b.passOK && t.Grade != "" && t.Points < b.pass
}

// GroupScores returns the score of every activity group, groups in 姓氏笔画
// order. A member counts for each group they belonged to at some time in
// the period.
func (b *Book) GroupScores() []Score {
	groups := b.roster.Groups(b.span)
	out := make([]Score, len(groups))
	index := make(map[string]int, len(groups))
	for i, g := range groups {
		out[i].Name, index[g] = g, i
	}
	for _, m := range b.members {
		t := b.tallies[b.tallyOf[m.ID]]
		seen := map[string]bool{}
		for _, gm := range m.Groups {
			i, ok := index[gm.Group]
			if !ok || seen[gm.Group] || !gm.Overlaps(b.span) {
				continue
			}
			seen[gm.Group] = true
			out[i].add(t.Points, b.below(t))
		}
	}
	return out
}

// SectorScores returns the score of every sector with members, in the
// order of the sector registry.
func (b *Book) SectorScores() []Score {
	var out []Score
	for _, sm := range b.roster.GroupedBySector() {
		s := Score{Name: string(sm.Sector)}
		for _, m := range sm.Members {
			t := b.tallies[b.tallyOf[m.ID]]
			s.add(t.Points, b.below(t))
		}
		out = append(out, s)
	}
	return out
}

func (s *Score) add(points int, below bool) {
	s.Members++
	s.Points += points
	if below {
		s.Below++
	}
}

// RankingTable returns the ranking as a table: 名次, 姓名, 界别, 积分 and,
// when the period is graded, 等次. Its notes say which scheme scores it,
// that a period shorter than a year is not graded and which leaders take
// no rank.
func (b *Book) RankingTable() table.Table {
	t := table.Table{
		Title:   zh.PeriodName(b.period) + "委员履职积分排名表",
		Header:  [][]table.Cell{table.Texts("名次", "姓名", "界别", "积分")},
		Columns: []table.Column{{Numeric: true}, {}, {}, {Numeric: true}},
		Notes:   []string{"按" + schemeName(b.scheme) + "计分，积分相同者名次并列，按姓氏笔画排列。"},
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
		var chairs, vices, leave []string
		for _, r := range un {
			switch role, ok := b.leaders[r.Member]; {
			case ok && role == member.RoleChair:
				chairs = append(chairs, r.Name)
			case ok:
				vices = append(vices, r.Name)
			default:
				leave = append(leave, r.Name)
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
			who := few(leave)
			if len(leave) > 3 {
				who += fmt.Sprintf("%d名委员", len(leave))
			}
			t.Notes = append(t.Notes, who+"本期请假，不参加排名。")
		}
	}
	return t
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
	if what == "委员活动小组" {
		note := "委员在统计期间先后参加多个小组的，分别计入各小组"
		if n := b.ungrouped(); n > 0 {
			note += fmt.Sprintf("；未编入小组的委员%d人不在本表", n)
		}
		t.Notes = []string{note + "。"}
	}
	t.Total = row("合计", total)
	return t
}

// ungrouped counts the members in no activity group during the period.
func (b *Book) ungrouped() int {
	n := 0
	for _, m := range b.members {
		if !slices.ContainsFunc(m.Groups, func(g member.GroupMembership) bool { return g.Overlaps(b.span) }) {
			n++
		}
	}
	return n
}

// RankingDocument returns the rankings as one document: an opening that
// counts the members by grade, then the ranking of all members, the scores
// of the activity groups and those of the sectors, each a section with its
// table.
func (b *Book) RankingDocument() *summary.Document {
	period := zh.PeriodName(b.period)
	all := Score{}
	count := make([]int, len(b.scheme.Grades))
	for _, t := range b.tallies {
		all.add(t.Points, b.below(t))
		for i, g := range b.scheme.Grades {
			if g.Name == t.Grade {
				count[i]++
			}
		}
	}
	open := fmt.Sprintf("%s，按%s计分，全体%d名委员平均积分%s分", period, schemeName(b.scheme), all.Members, all.AverageText())
	if !b.graded {
		open += "；等次按年度评定，本期只计积分和名次"
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
