package archive

import (
	"fmt"
	"math"
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
	// Below is the number of members whose points do not reach the pass
	// grade ([Options].Pass).
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

// Ranking returns every member ranked by points, highest first; equal
// points are listed in 姓氏笔画 order (see [member.Scheme.Tally]).
func (b *Book) Ranking() []Rank {
	out := make([]Rank, len(b.tallies))
	for i, t := range b.tallies {
		s, _ := b.roster.SectorOf(t.Member)
		out[i] = Rank{Rank: t.Rank, Member: t.Member, Name: t.Name, Sector: s, Points: t.Points, Grade: t.Grade}
	}
	return out
}

// below reports whether points do not reach the pass grade.
func (b *Book) below(points int) bool { return b.passOK && points < b.pass }

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
		pts := b.tallies[b.tallyOf[m.ID]].Points
		seen := map[string]bool{}
		for _, gm := range m.Groups {
			i, ok := index[gm.Group]
			if !ok || seen[gm.Group] || !gm.Overlaps(b.span) {
				continue
			}
			seen[gm.Group] = true
			out[i].add(pts, b.below(pts))
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
			pts := b.tallies[b.tallyOf[m.ID]].Points
			s.add(pts, b.below(pts))
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

// RankingTable returns the ranking as a table: 名次, 姓名, 界别, 积分, 等次.
func (b *Book) RankingTable() table.Table {
	t := table.Table{
		Title:   zh.PeriodName(b.period) + "委员履职积分排名表",
		Header:  [][]table.Cell{table.Texts("名次", "姓名", "界别", "积分", "等次")},
		Columns: []table.Column{{Numeric: true}, {}, {}, {Numeric: true}, {Align: table.AlignCenter}},
		Notes:   []string{"按" + schemeName(b.scheme) + "计分，积分相同者名次并列，按姓氏笔画排列。"},
	}
	for _, r := range b.Ranking() {
		t.Rows = append(t.Rows, []table.Cell{table.Int(r.Rank), table.Text(r.Name), table.Text(string(r.Sector)),
			table.Int(r.Points), table.Text(r.Grade)})
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
func (b *Book) scoreTable(title, what string, ss []Score) table.Table {
	t := table.Table{
		Title:   title,
		Header:  [][]table.Cell{table.Texts(what, "人数", "积分合计", "平均积分", "未达"+b.passName+"人数")},
		Columns: []table.Column{{}, {Numeric: true}, {Numeric: true}, {Numeric: true}, {Numeric: true}},
	}
	var total Score
	for _, s := range ss {
		t.Rows = append(t.Rows, []table.Cell{table.Text(s.Name), table.Int(s.Members), table.Int(s.Points),
			table.Text(s.AverageText()), table.Int(s.Below)})
		total.Members += s.Members
		total.Points += s.Points
		total.Below += s.Below
	}
	if what == "委员活动小组" {
		t.Notes = []string{"委员在统计期间先后参加多个小组的，分别计入各小组。"}
	}
	t.Total = []table.Cell{table.Text("合计"), table.Int(total.Members), table.Int(total.Points),
		table.Text(total.AverageText()), table.Int(total.Below)}
	return t
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
		all.add(t.Points, b.below(t.Points))
		for i, g := range b.scheme.Grades {
			if g.Name == t.Grade {
				count[i]++
			}
		}
	}
	open := fmt.Sprintf("%s，按%s计分，全体%d名委员平均积分%s分", period, schemeName(b.scheme), all.Members, all.AverageText())
	var grades []string
	for i, g := range b.scheme.Grades {
		if count[i] > 0 {
			grades = append(grades, fmt.Sprintf("%s%d人", g.Name, count[i]))
		}
	}
	if len(grades) > 0 {
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
