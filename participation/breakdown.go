package participation

import (
	"cmp"
	"slices"

	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Line is the participation of one part of the roster: a sector, a party,
// an activity group or a special committee.
type Line struct {
	// Name names the part: 经济界, 中国民主同盟, 科技组, 提案委员会.
	Name string `json:"name"`
	// Roster counts its members, Members those who took part, Times
	// their person-times.
	Roster  int `json:"roster"`
	Members int `json:"members"`
	Times   int `json:"times"`
	// Kinds holds the tally of each kind within the part.
	Kinds []KindTally `json:"kinds"`
}

// Rate is the part's participation rate.
func (l Line) Rate() proposal.Rate { return proposal.Rate{Num: l.Members, Den: l.Roster} }

// Kind returns the part's tally of kind k.
func (l Line) Kind(k Kind) KindTally {
	if !k.IsValid() || len(l.Kinds) < numKinds {
		return KindTally{Kind: k}
	}
	return l.Kinds[k-1]
}

// BySector gives one line per 界别 with members, in the order of the
// records' Sectors.
func (r *Report) BySector() []Line {
	lines := r.lines(func(m member.Member) []string { return []string{string(m.Sector)} })
	slices.SortStableFunc(lines, func(a, b Line) int { return r.sectors.Compare(member.Sector(a.Name), member.Sector(b.Name)) })
	return lines
}

// ByParty gives one line per 党派 with members, in official order.
func (r *Report) ByParty() []Line {
	lines := r.lines(func(m member.Member) []string { return []string{m.Party.String()} })
	rank := func(name string) int {
		return slices.IndexFunc(member.Parties(), func(p member.Party) bool { return p.String() == name })
	}
	slices.SortStableFunc(lines, func(a, b Line) int { return cmp.Compare(rank(a.Name), rank(b.Name)) })
	return lines
}

// ByGroup gives one line per 委员活动小组, in 姓氏笔画 order of the names; a
// member counts in every group of which a tenure overlaps the period.
func (r *Report) ByGroup() []Line {
	span := r.Period.Range()
	lines := r.lines(func(m member.Member) []string {
		var gs []string
		for _, g := range m.Groups {
			if g.Overlaps(span) && !slices.Contains(gs, g.Group) {
				gs = append(gs, g.Group)
			}
		}
		return gs
	})
	slices.SortFunc(lines, func(a, b Line) int { return zh.StrokeCompare(a.Name, b.Name) })
	return lines
}

// ByCommittee gives one line per 专门委员会, in 姓氏笔画 order of the names;
// a member counts in every committee of which a tenure overlaps the
// period.
func (r *Report) ByCommittee() []Line {
	span := r.Period.Range()
	lines := r.lines(func(m member.Member) []string {
		var cs []string
		for _, c := range m.Committees {
			if c.Overlaps(span) && !slices.Contains(cs, string(c.Committee)) {
				cs = append(cs, string(c.Committee))
			}
		}
		return cs
	})
	slices.SortFunc(lines, func(a, b Line) int { return zh.StrokeCompare(a.Name, b.Name) })
	return lines
}

// lines groups the roster by the parts of returns, in order of first
// appearance, and tallies each part.
func (r *Report) lines(parts func(member.Member) []string) []Line {
	var names []string
	at := map[string][]int{}
	for i, m := range r.roster {
		for _, name := range parts(m) {
			if _, ok := at[name]; !ok {
				names = append(names, name)
			}
			at[name] = append(at[name], i)
		}
	}
	lines := make([]Line, len(names))
	for i, name := range names {
		l := Line{Name: name, Roster: len(at[name])}
		l.Kinds, l.Members, l.Times = r.tally(at[name])
		lines[i] = l
	}
	return lines
}
