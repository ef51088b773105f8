package archive

import (
	"fmt"
	"math"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
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
	// Tied reports that other members ranked share the rank (并列).
	Tied bool
}

// Score is the points of the members of one activity group or sector.
// The members whose only records are leave (see [OnLeave]), who take no
// rank, are not counted: their 0 would pull the average down for one
// member's sick leave. The leaders, who take no rank by office, are.
type Score struct {
	Name string
	// Members is the number of members counted; Points the sum of their
	// points.
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
// grade: the 主席 and 副主席 unless [Options].RankLeaders (the 主席 first,
// the 副主席 in the records' order, as offices list posts), then the
// members whose only records are leave (see [OnLeave]).
func (b *Book) Unranked() []Rank {
	var out []Rank
	for _, t := range b.tallies[b.ranked:] {
		out = append(out, b.rankOf(t))
	}
	return out
}

func (b *Book) rankOf(t member.Tally) Rank {
	s, _ := b.roster.SectorOf(t.Member)
	return Rank{Rank: t.Rank, Member: t.Member, Name: t.Name, Sector: s, Points: t.Points, Grade: t.Grade,
		Tied: b.tied(t.Member)}
}

// tied reports whether member id shares a rank with another member
// ranked (并列): never for a member who takes no rank.
func (b *Book) tied(id lvzhi.MemberID) bool {
	i, ok := b.tallyOf[id]
	if !ok || i >= b.ranked {
		return false
	}
	r := b.tallies[i].Rank
	return i > 0 && b.tallies[i-1].Rank == r || i+1 < b.ranked && b.tallies[i+1].Rank == r
}

// below reports whether a member's points do not reach the pass grade:
// never in a period that is not graded, nor for a member without a grade
// (a leader, a member on leave).
func (b *Book) below(t member.Tally) bool {
	return b.graded && b.passOK && t.Grade != "" && t.Points < b.pass
}

// GroupScores returns the score of every activity group, groups in 姓氏笔画
// order. A member counts for each group they belonged to at some time in
// the period; members on leave with no other record do not count (see
// [Score]).
func (b *Book) GroupScores() []Score {
	groups := b.roster.Groups(b.span)
	out := make([]Score, len(groups))
	index := make(map[string]int, len(groups))
	for i, g := range groups {
		out[i].Name, index[g] = g, i
	}
	for _, m := range b.members {
		t := b.tallies[b.tallyOf[m.ID]]
		if OnLeave(t) {
			continue
		}
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
// order of the sector registry; members on leave with no other record do
// not count (see [Score]), and a sector whose members are all on leave is
// listed with none.
func (b *Book) SectorScores() []Score {
	var out []Score
	for _, sm := range b.roster.GroupedBySector() {
		s := Score{Name: string(sm.Sector)}
		for _, m := range sm.Members {
			if t := b.tallies[b.tallyOf[m.ID]]; !OnLeave(t) {
				s.add(t.Points, b.below(t))
			}
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
