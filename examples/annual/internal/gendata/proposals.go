package main

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
)

// received is the number of proposals received each year.
var received = map[int]int{2022: 176, 2023: 198}

// collectives submit the collective proposals, with their sectors.
var collectives = []struct {
	body   proposal.Body
	org    string
	sector member.Sector
}{
	{proposal.Party, "民盟青山县委员会", member.SectorDemocraticLeague},
	{proposal.Party, "民建青山县委员会", member.SectorNationalConstruction},
	{proposal.Party, "民进青山县支部", member.SectorPromotingDemocracy},
	{proposal.Party, "农工党青山县支部", member.SectorPeasantsWorkers},
	{proposal.PeoplesOrganisation, "青山县工商业联合会", member.SectorIndustryCommerce},
	{proposal.PeoplesOrganisation, "青山县妇女联合会", member.SectorWomen},
	{proposal.SpecialCommittee, "县政协经济委员会", ""},
}

// asOfEnd is the last day recorded: nothing happens after it.
var asOfEnd = day(2023, 12, 31)

// buildProposals makes the proposals of year y, numbered from offset+1
// within the term, and takes each through its workflow.
func buildProposals(rules proposal.Rules, p *people, y, offset int) ([]*proposal.Proposal, error) {
	pl := plans[y]
	r := seq(uint64(y) * 7919)
	n := received[y]
	pool := 110 // the members who propose: more of them in 2023
	if y == 2023 {
		pool = 128
	}
	var out []*proposal.Proposal
	lastRegistered := 0
	keys := 0
	for i := range n {
		s := subjects[(i*7+y)%len(subjects)]
		rec := proposal.Record{Number: offset + i + 1, Term: 11, Sitting: pl.sitting, Category: s.cat,
			Title: "关于" + s.text + "的建议"}
		plenary := i < n*7/10
		var on lvzhi.Date
		if plenary {
			rec.Kind, rec.Session = proposal.Plenary, plenaryID(y)
			on = pl.plenary.From.AddDays(i % 3)
		} else {
			rec.Kind = proposal.Regular
			on = day(y, 2, 20).AddDays((i - n*7/10) * 270 / (n - n*7/10))
		}
		switch {
		case i%10 == 9:
			c := collectives[(i/10)%len(collectives)]
			if c.body == proposal.SpecialCommittee && !plenary {
				c = collectives[0]
			}
			rec.Submitter = proposal.Submitter{Kind: proposal.Collective, Body: c.body, Organisation: c.org}
			rec.Sector = string(c.sector)
		default:
			lead := p.list[r.next(pool)]
			for inactive(y, p.index[lead.ID]) {
				lead = p.list[r.next(pool)]
			}
			rec.Submitter = proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{lead.ID}}
			rec.Sector = string(lead.Sector)
			if i%10 == 1 || i%10 == 4 || i%10 == 7 {
				rec.Submitter.Kind = proposal.Joint
				for k := 0; k <= r.next(3); k++ {
					co := p.list[r.next(len(p.list))].ID
					if !contains(rec.Submitter.Members, co) && !inactive(y, p.index[co]) {
						rec.Submitter.Members = append(rec.Submitter.Members, co)
					}
				}
				if len(rec.Submitter.Members) == 1 {
					rec.Submitter.Kind = proposal.Individual
				}
			}
		}
		pr, err := rules.New(rec, proposal.At(on, rec.Submitter.Lead()))
		if err != nil {
			return nil, fmt.Errorf("第%d号：%w", rec.Number, err)
		}
		h := handler{p: pr, r: &r}
		reviewOn := on.AddDays(5)
		decideAt := nextChairs(y, reviewOn)
		if plenary {
			reviewOn, decideAt = pl.plenary.To.AddDays(20), pl.reviewChairs
		}
		h.do(pr.Review(proposal.At(reviewOn, "提案委员会")))
		decided := proposal.At(plans[y].chairs[decideAt], chairsName(y, decideAt))
		switch fate := r.next(100); {
		case fate < 2 && lastRegistered > 0:
			h.do(pr.Merge(decided, lastRegistered))
		case fate < 4:
			h.do(pr.Convert(decided, proposal.ToSuggestion))
		case fate < 5:
			h.do(pr.Reject(decided, "属于个人事务，不符合提案立案条件"))
		default:
			h.do(pr.Register(decided))
			lastRegistered = rec.Number
			if plenary && i%9 == 0 && keys < 8 {
				keys++
				key := proposal.At(pl.chairs[pl.keyChairs], chairsName(y, pl.keyChairs))
				h.do(pr.MarkKey(key))
				leader := p.leaders()[keys%len(p.leaders())]
				h.do(pr.Supervise(key, p.name[leader]))
			}
			assignOn := pl.assign
			if !plenary {
				assignOn = decided.Date.AddDays(7)
			}
			if i%60 == 30 {
				h.do(pr.Forward(proposal.At(assignOn, "提案委员会"), "市政协"))
				break
			}
			h.handle(s, assignOn, i, n)
		}
		if h.err != nil {
			return nil, fmt.Errorf("第%d号：%w", rec.Number, h.err)
		}
		out = append(out, pr)
	}
	return out, nil
}

// nextChairs returns the index of the first chairpersons' meeting of year
// y on or after d (the last one if none).
func nextChairs(y int, d lvzhi.Date) int {
	cs := plans[y].chairs
	for i, c := range cs {
		if !c.Before(d) {
			return i
		}
	}
	return len(cs) - 1
}

// handler records steps, keeping the first error, and none after asOfEnd.
type handler struct {
	p   *proposal.Proposal
	r   *seq
	err error
}

func (h *handler) do(err error) {
	if h.err == nil {
		h.err = err
	}
}

// handle assigns the proposal and follows it to its close, as far as the
// records reach.
func (h *handler) handle(s subject, on lvzhi.Date, i, n int) {
	units := []proposal.Unit{{Name: s.units[h.r.next(len(s.units))], Role: proposal.Lead}}
	if len(s.units) > 1 && h.r.chance(25) {
		for _, u := range s.units {
			if u != units[0].Name {
				units = append(units, proposal.Unit{Name: u, Role: proposal.Assisting})
				break
			}
		}
	}
	h.do(h.p.Assign(proposal.At(on, "提案交办会"), units...))
	lead := units[0].Name
	replyOn := on.AddDays(45 + h.r.next(50))
	if replyOn.After(asOfEnd) || i == n-40 || i == n-41 {
		return // still to reply at the end of the records
	}
	h.do(h.p.Reply(proposal.At(replyOn, lead), lead, grade(h.r)))
	unsatisfied := i%67 == 13 // unsatisfied, and closed after explanation
	fedOn := replyOn.AddDays(10 + h.r.next(10))
	if fedOn.After(asOfEnd) {
		return
	}
	verdict := proposal.Satisfied
	switch v := h.r.next(100); {
	case v < 2:
		verdict = proposal.Unsatisfied
	case unsatisfied:
		h.do(h.p.Feedback(proposal.At(fedOn, "提案人"), proposal.Unsatisfied))
		if closeOn := fedOn.AddDays(15); !closeOn.After(asOfEnd) {
			h.do(h.p.Close(proposal.At(closeOn, "提案委员会")))
		}
		return
	case v < 22:
		verdict = proposal.BasicallySatisfied
	}
	h.do(h.p.Feedback(proposal.At(fedOn, "提案人"), verdict))
	if verdict == proposal.Unsatisfied {
		again := fedOn.AddDays(5)
		h.do(h.p.Reopen(proposal.At(again, "提案委员会"), proposal.Unit{Name: lead, Role: proposal.Lead}))
		replyOn = again.AddDays(40)
		if replyOn.After(asOfEnd) {
			return
		}
		h.do(h.p.Reply(proposal.At(replyOn, lead), lead, proposal.GradeA))
		fedOn = replyOn.AddDays(10)
		if fedOn.After(asOfEnd) {
			return
		}
		h.do(h.p.Feedback(proposal.At(fedOn, "提案人"), proposal.BasicallySatisfied))
	}
	if closeOn := fedOn.AddDays(7); !closeOn.After(asOfEnd) {
		h.do(h.p.Close(proposal.At(closeOn, "提案委员会")))
	}
}

// grade returns a reply grade: mostly A, often B, seldom C.
func grade(r *seq) proposal.Grade {
	switch v := r.next(100); {
	case v < 60:
		return proposal.GradeA
	case v < 93:
		return proposal.GradeB
	}
	return proposal.GradeC
}

func contains(ids []lvzhi.MemberID, id lvzhi.MemberID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
