package proposal

import (
	"cmp"
	"slices"

	"github.com/lvzhi-go/lvzhi"
)

// KindCount counts proposals of one kind: the 大会提案 of one plenary
// session (Kind [Plenary], Session set) or the 平时提案 (Kind [Regular]).
type KindCount struct {
	Kind    Kind            `json:"kind"`
	Session lvzhi.SessionID `json:"session,omitempty"`
	Count   int             `json:"count"`
}

// CountByKind splits proposals into the 大会提案 of each plenary session,
// sessions in order of their first proposal's submission, and the 平时提案
// last; kinds without proposals do not appear. It answers 九届三次会议期间
// 收到大会提案86件，闭会期间收到平时提案12件.
func CountByKind(ps []*Proposal) []KindCount {
	var out []KindCount
	first := map[lvzhi.SessionID]lvzhi.Date{}
	regular := 0
	for _, p := range ps {
		if p.Kind != Plenary {
			regular++
			continue
		}
		i := slices.IndexFunc(out, func(c KindCount) bool { return c.Session == p.Session })
		if i < 0 {
			i = len(out)
			out = append(out, KindCount{Kind: Plenary, Session: p.Session})
		}
		out[i].Count++
		if d, ok := first[p.Session]; !ok || p.Submitted().Before(d) {
			first[p.Session] = p.Submitted()
		}
	}
	slices.SortStableFunc(out, func(a, b KindCount) int {
		return cmp.Or(first[a.Session].Compare(first[b.Session]), cmp.Compare(a.Session, b.Session))
	})
	if regular > 0 {
		out = append(out, KindCount{Kind: Regular, Count: regular})
	}
	return out
}

// Supervisors returns the committee leaders who supervised (督办) any of
// the proposals by asOf, each once, in order of their first supervision
// (then by name): the 5 of 5位主席、副主席领衔督办重点提案. A zero asOf
// counts every supervision.
func Supervisors(ps []*Proposal, asOf lvzhi.Date) []string {
	first := map[string]lvzhi.Date{}
	var names []string
	for _, p := range ps {
		for _, s := range p.Supervisions() {
			if !asOf.IsZero() && s.Date.After(asOf) {
				continue
			}
			d, ok := first[s.Leader]
			if !ok {
				names = append(names, s.Leader)
			}
			if !ok || s.Date.Before(d) {
				first[s.Leader] = s.Date
			}
		}
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(first[a].Compare(first[b]), cmp.Compare(a, b))
	})
	return names
}
