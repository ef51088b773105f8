package participation

import (
	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
	"slices"
)

// Records are the records participation is counted from. Members is the
// roster of the period: the members the rates are taken against.
type Records struct {
	Members    []member.Member
	Sessions   []session.Session
	Proposals  []*proposal.Proposal
	Topics     []research.Topic
	Activities []research.Activity
	// Sectors orders the lines of [Report.BySector]; the zero value is
	// the national order.
	Sectors member.Sectors
}

// numKinds is the number of kinds.
const numKinds = int(Other)

// KindTally is the participation in one kind of duty.
type KindTally struct {
	Kind Kind `json:"kind"`
	// Members counts the distinct members who took part, Times their
	// person-times (人次).
	Members int `json:"members"`
	Times   int `json:"times"`
	// Items counts what they took part in: proposals, clues, sessions,
	// speeches, topics or activities.
	Items int `json:"items"`
}

// MemberTally is one member's person-times by kind.
type MemberTally struct {
	Member lvzhi.MemberID `json:"member"`
	Times  [numKinds]int  `json:"times"`
}

// Of returns the member's person-times in kind k.
func (t MemberTally) Of(k Kind) int {
	if !k.IsValid() {
		return 0
	}
	return t.Times[k-1]
}

// Total returns the member's person-times over every kind.
func (t MemberTally) Total() int {
	n := 0
	for _, v := range t.Times {
		n += v
	}
	return n
}

// Report is the participation of a committee's members in a period.
type Report struct {
	Period lvzhi.Period `json:"period"`
	// Roster is the number of members on the roster.
	Roster int `json:"roster"`
	// Kinds holds one tally per kind, in the order of [Kinds], kinds
	// without participation included.
	Kinds []KindTally `json:"kinds"`
	// Members counts the distinct members who took part in any duty,
	// Times the person-times over every kind.
	Members int `json:"members"`
	Times   int `json:"times"`
	// Outside counts person-times of member IDs not on the roster; they
	// are in no other figure.
	Outside int `json:"outside,omitempty"`
	// ByMember holds every member of the roster, in roster order, with
	// their person-times (zero for those who took no part).
	ByMember []MemberTally `json:"by_member"`

	roster  []member.Member
	sectors member.Sectors
}

// Count counts participation in period p from the records (see the
// package documentation for who counts in each kind).
func Count(rec Records, p lvzhi.Period) *Report {
	c := newCounter(rec, p)
	r := c.report
	c.proposals(rec.Proposals, p)
	c.sessions(rec.Sessions, p)
	c.topics(rec.Topics, p)
	c.activities(rec.Activities, p)
	all := make([]int, len(rec.Members))
	for i := range all {
		all[i] = i
	}
	r.Kinds, r.Members, r.Times = r.tally(all)
	for i := range r.Kinds {
		r.Kinds[i].Items = c.items[i]
	}
	return r
}

// AllTookPart reports whether every member of the roster took part in
// some duty in p, counted as [Count] counts. It stops as soon as the last
// member is found, so it costs a fraction of Count where most members
// are active: callers that only need to know whether anyone stayed idle
// call it first.
func AllTookPart(rec Records, p lvzhi.Period) bool {
	c := newCounter(rec, p)
	c.stop = true
	for _, stage := range []func(){
		func() { c.proposals(rec.Proposals, p) },
		func() { c.sessions(rec.Sessions, p) },
		func() { c.topics(rec.Topics, p) },
		func() { c.activities(rec.Activities, p) },
	} {
		if c.idle == 0 {
			break
		}
		stage()
	}
	return c.idle == 0
}

// counter adds person-times to a report.
type counter struct {
	report *Report
	index  map[lvzhi.MemberID]int
	items  [numKinds]int
	// idle is the number of roster members not yet counted; with stop,
	// activities returns once it reaches 0.
	idle int
	stop bool
}

// newCounter returns a counter over the roster of rec with an empty
// report for p.
func newCounter(rec Records, p lvzhi.Period) *counter {
	c := &counter{index: make(map[lvzhi.MemberID]int, len(rec.Members))}
	r := &Report{Period: p, Roster: len(rec.Members), roster: rec.Members, sectors: rec.Sectors}
	r.ByMember = make([]MemberTally, len(rec.Members))
	for i, m := range rec.Members {
		r.ByMember[i].Member = m.ID
		if _, dup := c.index[m.ID]; !dup {
			c.idle++
		}
		c.index[m.ID] = i
	}
	c.report = r
	return c
}

func (c *counter) add(id lvzhi.MemberID, k Kind, n int) {
	i, ok := c.index[id]
	if !ok {
		c.report.Outside += n
		return
	}
	t := &c.report.ByMember[i]
	if n > 0 && t.Total() == 0 {
		c.idle--
	}
	t.Times[k-1] += n
}

func (c *counter) proposals(ps []*proposal.Proposal, p lvzhi.Period) {
	for _, pr := range ps {
		if pr == nil || !p.Contains(pr.Submitted()) {
			continue
		}
		ms := pr.Submitter.Members
		if pr.Submitter.Kind == proposal.Collective || len(ms) == 0 {
			continue
		}
		c.items[ProposalLead-1]++
		c.add(ms[0], ProposalLead, 1)
		if pr.Submitter.Kind == proposal.Joint && len(ms) > 1 {
			c.items[ProposalJoint-1]++
			for _, id := range ms[1:] {
				c.add(id, ProposalJoint, 1)
			}
		}
	}
}

func (c *counter) sessions(ss []session.Session, p lvzhi.Period) {
	for _, s := range ss {
		if !session.InPeriod(s, p) {
			continue
		}
		present := false
		for _, a := range s.Attendance.Records {
			if a.Status == session.Present {
				present = true
				c.add(a.Member, Attendance, 1)
			}
		}
		if present {
			c.items[Attendance-1]++
		}
		for _, it := range s.Agenda {
			for _, sp := range it.Speeches {
				if sp.Speaker != "" {
					c.items[Speech-1]++
					c.add(sp.Speaker, Speech, 1)
				}
			}
		}
	}
}

// topics counts the teams of the topics under way in p: those that had
// reached a phase by its end and were not finished before its start.
func (c *counter) topics(ts []research.Topic, p lvzhi.Period) {
	r := p.Range()
	for _, t := range ts {
		if !t.PhaseOn(r.To).IsValid() || t.PhaseOn(r.From.AddDays(-1)) == research.PhaseApplied {
			continue
		}
		c.items[Research-1]++
		c.add(t.Leader, Research, 1)
		for _, id := range t.Members {
			if id != t.Leader {
				c.add(id, Research, 1)
			}
		}
	}
}

func (c *counter) activities(acts []research.Activity, p lvzhi.Period) {
	r := p.Range()
	for _, a := range acts {
		if c.stop && c.idle == 0 {
			return
		}
		if w, ok := a.(research.OpinionWork); ok {
			for _, cl := range w.Clues {
				if cl.From == "" {
					continue
				}
				if d := cl.Date; d.IsZero() && !research.InPeriod(w, p) || !d.IsZero() && !r.Contains(d) {
					continue
				}
				c.items[Opinion-1] += cl.Count
				c.add(cl.From, Opinion, cl.Count)
			}
			continue
		}
		if !research.InPeriod(a, p) {
			continue
		}
		k := Other
		switch a.(type) {
		case research.Inspection:
			k = Inspection
		case research.GroupActivity:
			k = GroupActivity
		}
		c.items[k-1]++
		ids := a.Participants()
		if b, ok := a.(research.Publication); ok {
			ids = b.Team() // the editorial board worked on the book too
		}
		for i, id := range ids {
			if !slices.Contains(ids[:i], id) { // each participant once
				c.add(id, k, 1)
			}
		}
	}
}

// tally sums the members at the given roster positions.
func (r *Report) tally(at []int) (kinds []KindTally, members, times int) {
	kinds = make([]KindTally, numKinds)
	for i := range kinds {
		kinds[i].Kind = Kind(i + 1)
	}
	for _, i := range at {
		t := r.ByMember[i]
		if t.Total() > 0 {
			members++
		}
		for k, n := range t.Times {
			if n > 0 {
				kinds[k].Members++
				kinds[k].Times += n
				times += n
			}
		}
	}
	return kinds, members, times
}

// Kind returns the tally of kind k (the zero tally for an invalid k).
func (r *Report) Kind(k Kind) KindTally {
	if !k.IsValid() || len(r.Kinds) < numKinds {
		return KindTally{Kind: k}
	}
	return r.Kinds[k-1]
}

// Proposers counts the distinct members who proposed in the period: as
// 第一提案人 only, or, with coSigners, as any signatory of a joint
// proposal too. Summaries differ on this; say which in the text.
func (r *Report) Proposers(coSigners bool) int {
	n := 0
	for _, t := range r.ByMember {
		if t.Of(ProposalLead) > 0 || coSigners && t.Of(ProposalJoint) > 0 {
			n++
		}
	}
	return n
}

// Rate is the participation rate: members who took part over the roster.
func (r *Report) Rate() proposal.Rate { return proposal.Rate{Num: r.Members, Den: r.Roster} }
