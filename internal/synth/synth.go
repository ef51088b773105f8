package synth

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
)

// Generate returns the records of a committee and one year of its work as
// cfg describes them. The records pass [summary.NewBuilder]'s validation,
// and the same cfg always gives the same records.
func Generate(cfg Config) (*summary.Records, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	g := &gen{
		cfg: cfg,
		rng: rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)),
		rec: &summary.Records{Committee: committee(cfg.Level, cfg.Year)},
	}
	if cfg.Level == lvzhi.LevelCounty {
		g.rec.LocalSectors = []string{localSector}
	}
	g.year = lvzhi.Year(cfg.Year).Range()
	g.members()
	g.sessions()
	if err := g.proposals(); err != nil {
		return nil, err
	}
	if err := g.topics(); err != nil {
		return nil, err
	}
	g.activities()
	if cfg.Duties {
		slices.SortStableFunc(g.duties, func(a, b member.Duty) int {
			if c := a.Date.Compare(b.Date); c != 0 {
				return c
			}
			return strings.Compare(string(a.Member), string(b.Member))
		})
		g.rec.Duties = g.duties
	}
	return g.rec, nil
}

// localSector is the local sector of generated district committees.
const localSector = "特邀人士"

// gen holds the state of one generation.
type gen struct {
	cfg  Config
	rng  *rand.Rand
	rec  *summary.Records
	year lvzhi.DateRange

	// Members by post and group, filled by members.
	chair, secretary lvzhi.MemberID
	viceChairs       []lvzhi.MemberID
	standing         []lvzhi.MemberID
	byGroup          [][]lvzhi.MemberID // indexed like activityGroups
	sectorOf         map[lvzhi.MemberID]member.Sector
	nonPublic        []lvzhi.MemberID

	// Sessions, filled by sessions.
	plenary  session.Session
	chairs   []session.Session // 主席会议 in date order
	assignOn lvzhi.Date        // the day of the 提案交办会

	duties []member.Duty

	// books counts the books of 文史 work so far: each title is used once;
	// visits the visits to non-public-economy members.
	books, visits int
}

// intn returns a number in [0, n).
func (g *gen) intn(n int) int { return g.rng.IntN(n) }

// between returns a number in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.rng.IntN(hi-lo+1) }

// chance reports true with probability p.
func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

// pick returns a random element of s.
func pick[T any](g *gen, s []T) T { return s[g.rng.IntN(len(s))] }

// memberID returns the ID of the i-th member (from 0).
func memberID(i int) lvzhi.MemberID { return lvzhi.MemberID(fmt.Sprintf("m%05d", i+1)) }

// anyMember returns a random member.
func (g *gen) anyMember() lvzhi.MemberID { return memberID(g.intn(g.cfg.Members)) }

// someMembers returns n distinct random members, not including skip.
func (g *gen) someMembers(n int, skip ...lvzhi.MemberID) []lvzhi.MemberID {
	out := make([]lvzhi.MemberID, 0, n)
	for len(out) < n {
		id := g.anyMember()
		if !slices.Contains(out, id) && !slices.Contains(skip, id) {
			out = append(out, id)
		}
	}
	return out
}

// randomDay returns a day between from and to inclusive.
func (g *gen) randomDay(from, to lvzhi.Date) lvzhi.Date {
	return from.AddDays(g.intn(from.DaysUntil(to) + 1))
}

// span returns a range starting on a random day of the year and lasting
// up to days days, ending within the year.
func (g *gen) span(days int) lvzhi.DateRange {
	from := g.randomDay(g.year.From, g.year.To)
	to := from.AddDays(g.intn(days))
	if to.After(g.year.To) {
		to = g.year.To
	}
	return lvzhi.DateRange{From: from, To: to}
}

// duty records a duty when duties are generated.
func (g *gen) duty(d member.Duty) {
	if g.cfg.Duties {
		g.duties = append(g.duties, d)
	}
}

// prefix is the level's prefix of local bodies: 区, 省, 市, or "" for the
// national committee.
func (g *gen) prefix() string {
	switch g.cfg.Level {
	case lvzhi.LevelNational:
		return ""
	case lvzhi.LevelProvince:
		return "省"
	case lvzhi.LevelCity:
		return "市"
	}
	return "区"
}

// instructor names the leader who gives instructions (批示) at the
// committee's level: 区委主要领导, or 中央领导同志 for the national committee.
func (g *gen) instructor() string {
	if g.cfg.Level == lvzhi.LevelNational {
		return "中央领导同志"
	}
	return g.prefix() + "委主要领导"
}

// department returns a random 承办单位 of the committee's level.
func (g *gen) department() string {
	if g.cfg.Level == lvzhi.LevelNational {
		return pick(g, nationalDepartments)
	}
	return g.prefix() + pick(g, departments)
}

// activityKinds are the kinds of activity with their weights, in kind
// order; every kind appears once the count reaches len(activityKinds).
var activityKinds = []struct {
	kind   research.Kind
	weight int
}{
	{research.KindInspection, 14}, {research.KindTraining, 3}, {research.KindExchange, 8},
	{research.KindPublication, 2}, {research.KindGroup, 38}, {research.KindOpinion, 10},
	{research.KindForum, 15}, {research.KindOther, 10},
}

// kindCap returns the most records of kind k a committee of members
// members has in a year, so that the figures a summary states are those
// an office could have (a few training courses and books, not hundreds);
// 0 means no limit. Group activities and 社情民意 work take the rest.
func kindCap(k research.Kind, members int) int {
	switch k {
	case research.KindInspection:
		return max(6, members/20)
	case research.KindTraining:
		return max(2, members/200)
	case research.KindExchange:
		return max(6, members/25)
	case research.KindPublication:
		return len(bookTitles)
	case research.KindForum:
		return max(6, members/50)
	case research.KindOther:
		// Fewer than forums, so that the two sentences of the 社情民意
		// paragraph do not state one figure twice (会议44次 … 活动44次).
		return max(4, members/80)
	}
	return 0
}

// month is a shorthand for time.Month.
func month(m int) time.Month { return time.Month(m) }
