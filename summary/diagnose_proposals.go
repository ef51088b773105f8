package summary

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/zh"
)

// DefaultSatisfaction is the lowest 满意和基本满意率, in percent, that the
// rule "low-satisfaction" accepts when [DiagnoseOptions].Satisfaction is
// zero.
const DefaultSatisfaction = 90

// UnansweredAfterMonths is how long, in months after 交办, a unit may go
// without replying before the rule "proposals-unanswered" reports it.
const UnansweredAfterMonths = 1

// byNumber returns ps ordered by term and number.
func byNumber(ps []*proposal.Proposal) []*proposal.Proposal {
	out := slices.Clone(ps)
	slices.SortStableFunc(out, func(a, c *proposal.Proposal) int {
		return cmp.Or(cmp.Compare(a.Term, c.Term), cmp.Compare(a.Number, c.Number))
	})
	return out
}

// checkProposalsOverdue finds the proposals with a unit whose reply was due
// before asOf and had not come by then ([proposal.Proposal.Overdue]),
// whatever period they were submitted in. Evidence names each such unit,
// proposals by term and number: 第3号提案（区交通运输局主办）答复期限为2022年4月30日，截至2022年6月30日未答复.
func checkProposalsOverdue(b *Builder, _ lvzhi.Period, asOf lvzhi.Date, _ DiagnoseOptions) (Diagnosis, bool) {
	d := Diagnosis{
		Shortcoming: "部分提案逾期未答复",
		Improvement: "加大提案督办力度，对逾期未答复的提案逐件催办，督促承办单位尽快答复。",
	}
	for _, p := range byNumber(b.proposals.Find(proposal.Filter{OverdueOn: asOf})) {
		for _, u := range p.Overdue(asOf) {
			d.Evidence = append(d.Evidence, fmt.Sprintf("%s提案（%s%s）答复期限为%s，截至%s未答复",
				p.Label(), u.Name, u.Role, zh.Date(u.Deadline), zh.Date(asOf)))
		}
	}
	return d, len(d.Evidence) > 0
}

// checkProposalsUnanswered finds the proposals with a unit that was
// assigned them at least [UnansweredAfterMonths] before asOf and had not
// replied by then, though its deadline had not yet passed (units past it
// are the rule "proposals-overdue"'s). Evidence names each such unit:
// 第5号提案（区教育局主办）于2022年4月20日交办，截至2022年6月30日尚未答复（答复期限为2022年7月20日）.
func checkProposalsUnanswered(b *Builder, _ lvzhi.Period, asOf lvzhi.Date, _ DiagnoseOptions) (Diagnosis, bool) {
	d := Diagnosis{
		Shortcoming: "部分提案办理进度偏慢",
		Improvement: "加强与承办单位的沟通联系，跟踪办理进度，确保在期限内答复。",
	}
	var pending []proposal.Handling // reused from proposal to proposal
	for _, p := range byNumber(b.proposals.All()) {
		overdue := p.Overdue(asOf)
		pending = pendingOn(p, asOf, pending[:0])
		for _, h := range pending {
			isOverdue := slices.ContainsFunc(overdue, func(u proposal.Unit) bool { return u.Name == h.Name })
			if isOverdue || h.Assigned.AddMonths(UnansweredAfterMonths).After(asOf) {
				continue
			}
			d.Evidence = append(d.Evidence, fmt.Sprintf("%s提案（%s%s）于%s交办，截至%s尚未答复（答复期限为%s）",
				p.Label(), h.Name, h.Role, zh.Date(h.Assigned), zh.Date(asOf), zh.Date(h.Deadline)))
		}
	}
	return d, len(d.Evidence) > 0
}

// pendingOn returns the units that owed p a reply at the end of day on, in
// the order they were assigned, replaying the steps dated on or earlier:
// 交办 gives the proposal to its units, 二次办理 gives it again to the units
// it names, and 答复 discharges the replying unit. It appends to units
// (empty) and returns it, so that a caller can reuse one slice.
func pendingOn(p *proposal.Proposal, on lvzhi.Date, units []proposal.Handling) []proposal.Handling {
	find := func(name string) int {
		return slices.IndexFunc(units, func(h proposal.Handling) bool { return h.Name == name })
	}
	for _, s := range p.Steps() {
		if s.Date.After(on) {
			break
		}
		switch s.Action {
		case proposal.ActionAssign:
			units = units[:0]
			fallthrough
		case proposal.ActionReopen:
			for _, u := range s.Units {
				h := proposal.Handling{Unit: u, Assigned: s.Date}
				if i := find(u.Name); i >= 0 {
					units[i] = h
				} else {
					units = append(units, h)
				}
			}
		case proposal.ActionReply:
			if i := find(s.Unit); i >= 0 {
				units[i].Replied = s.Date
			}
		}
	}
	return slices.DeleteFunc(units, func(h proposal.Handling) bool { return !h.Role.Replies() || !h.Replied.IsZero() })
}

// checkLowSatisfaction reports a 满意和基本满意率 of the proposals submitted
// in the period, by the verdicts given up to asOf, below opts.Satisfaction
// percent ([DefaultSatisfaction] when zero). Without any verdict there is
// no evidence. Evidence gives the verdicts and the rate.
func checkLowSatisfaction(b *Builder, period lvzhi.Period, asOf lvzhi.Date, opts DiagnoseOptions) (Diagnosis, bool) {
	st := b.proposals.Statistics(period.Range(), asOf)
	rate := st.SatisfactionRate()
	if !rate.OK() {
		return Diagnosis{}, false
	}
	least := opts.Satisfaction
	if least <= 0 {
		least = DefaultSatisfaction
	}
	if float64(rate.Num)*100 >= least*float64(rate.Den) {
		return Diagnosis{}, false
	}
	var parts []string
	for _, c := range []struct {
		name string
		n    int
	}{{"满意", st.Satisfied}, {"基本满意", st.BasicallySatisfied}, {"不满意", st.Unsatisfied}} {
		if c.n > 0 {
			parts = append(parts, fmt.Sprintf("%s%d件", c.name, c.n))
		}
	}
	return Diagnosis{
		Shortcoming: "提案办理的满意度有待进一步提高",
		Improvement: "加强提案办理协商，推动承办单位与提案人沟通交流，对提案人不满意的提案督促承办单位二次办理，切实提高提案办理质量。",
		Evidence: []string{
			fmt.Sprintf("提案人对%d件提案的办理情况作出评价，其中%s", rate.Den, strings.Join(parts, "、")),
			fmt.Sprintf("满意和基本满意率为%s，低于%s%%", percentBelow(rate, least), strconv.FormatFloat(least, 'f', -1, 64)),
		},
	}, true
}

// percentBelow writes rate, which is below least percent, as [zh.Percent]
// does, unless rounding would carry it up to least or beyond (89.96% to
// 90%): then the one-decimal figure is cut rather than rounded (89.9%), so
// that the text never contradicts the finding.
func percentBelow(rate proposal.Rate, least float64) string {
	pct := zh.Percent(rate.Num, rate.Den)
	if v, err := strconv.ParseFloat(strings.TrimSuffix(pct, "%"), 64); err == nil && v < least {
		return pct
	}
	pm := rate.Num * 1000 / rate.Den
	if pm%10 == 0 {
		return strconv.Itoa(pm/10) + "%"
	}
	return fmt.Sprintf("%d.%d%%", pm/10, pm%10)
}
