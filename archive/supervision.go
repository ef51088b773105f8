package archive

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/zh"
)

// supervised returns the proposals member id supervised (督办) within the
// period, by term and number: those with a 督办 step dated in the period
// whose leader is the member's ID or, when no other member bears it, the
// member's name (records name leaders either way: see proposal.Step).
func (b *Book) supervised(id lvzhi.MemberID) []*proposal.Proposal {
	m, ok := b.roster.Get(id)
	if !ok {
		return nil
	}
	byName := m.Name != "" && !slices.ContainsFunc(b.members, func(o member.Member) bool { return o.ID != id && o.Name == m.Name })
	var out []*proposal.Proposal
	for _, p := range b.rec.Proposals {
		if p == nil {
			continue
		}
		if slices.ContainsFunc(p.Supervisions(), func(s proposal.Supervision) bool {
			return b.span.Contains(s.Date) && (s.Leader == string(id) || byName && s.Leader == m.Name)
		}) {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(x, y *proposal.Proposal) int {
		return cmp.Or(cmp.Compare(x.Term, y.Term), cmp.Compare(x.Number, y.Number))
	})
	return out
}

// supervisionText writes the proposals the member supervised:
// 领衔督办重点提案《…》 for one, the titles of up to three, and a few of more
// with the count (领衔督办重点提案《甲》《乙》《丙》等5件). 重点提案 is written
// when every one of them is a key proposal, 提案 otherwise.
func (p *Profile) supervisionText() []string {
	n := len(p.Supervised)
	if n == 0 {
		return nil
	}
	what, key := "提案", true
	var names []string
	for _, pr := range p.Supervised {
		key = key && pr.IsKey()
		names = append(names, zh.BookTitle(pr.Title))
	}
	if key {
		what = "重点提案"
	}
	switch {
	case n == 1:
		return []string{"领衔督办" + what + names[0] + "。"}
	case n <= 3:
		return []string{fmt.Sprintf("领衔督办%s%s，共%d件。", what, strings.Join(names, ""), n)}
	}
	return []string{fmt.Sprintf("领衔督办%s%s等%d件。", what, strings.Join(names[:3], ""), n)}
}
