package synth

import (
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/session"
)

// Path is a route through the proposal workflow. Every path is generated
// at province size and above; [Paths] lists them.
type Path int

// The workflow paths, with the steps each records after 提交 and any 附议.
const (
	PathClosed     Path = iota + 1 // 审查 立案 交办(主办+协办) 答复 反馈 办结
	PathSeparate                   // 审查 立案 交办(分办×2–3) 答复×2–3 反馈 办结
	PathRejected                   // 审查 不予立案
	PathMerged                     // 审查 并案
	PathSuggestion                 // 审查 转为意见建议
	PathOpinion                    // 审查 转为社情民意
	PathForwarded                  // 审查 立案 转交 (county and city committees only)
	PathWithdrawn                  // 撤案
	PathKey                        // 审查 立案 列为重点提案 交办 督办 答复 反馈 办结
	PathReopened                   // 审查 立案 交办 答复 反馈(不满意) 二次办理 答复 反馈 办结
	PathOverdue                    // 审查 立案 交办, no reply by the end of the year
	PathReplied                    // 审查 立案 交办 答复, no feedback yet
)

// Paths returns every path in order.
func Paths() []Path {
	return []Path{PathClosed, PathSeparate, PathRejected, PathMerged, PathSuggestion, PathOpinion,
		PathForwarded, PathWithdrawn, PathKey, PathReopened, PathOverdue, PathReplied}
}

var pathNames = []string{"办结", "分办办结", "不予立案", "并案", "转为意见建议", "转为社情民意", "转交",
	"撤案", "重点提案督办", "二次办理", "逾期未答复", "待反馈"}

// String returns the Chinese name of the path ("二次办理"), or "Path(n)" out
// of range.
func (p Path) String() string {
	if !p.IsValid() {
		return fmt.Sprintf("Path(%d)", int(p))
	}
	return pathNames[p-1]
}

// IsValid reports whether p is one of the paths.
func (p Path) IsValid() bool { return p >= PathClosed && p <= PathReplied }

// pathWeights are the shares of the paths, in path order.
// Key proposals are a few in a hundred, as 重点提案 are.
var pathWeights = []int{46, 8, 4, 3, 3, 2, 5, 2, 2, 8, 5, 4}

// coreSteps is the number of steps of each path without 附议 (for
// PathSeparate with two units).
var coreSteps = []int{7, 8, 3, 3, 3, 3, 4, 2, 9, 10, 4, 5}

// PathOf tells which path a generated proposal took, from its history.
func PathOf(p *proposal.Proposal) Path {
	var replies, feedbacks int
	var key, reopened, separate bool
	for _, s := range p.History() {
		switch s.Action {
		case proposal.ActionReply:
			replies++
		case proposal.ActionFeedback:
			feedbacks++
		case proposal.ActionMarkKey:
			key = true
		case proposal.ActionReopen:
			reopened = true
		case proposal.ActionAssign:
			separate = s.Units[0].Role == proposal.Separate
		}
	}
	switch p.State() {
	case proposal.Rejected:
		return PathRejected
	case proposal.Merged:
		return PathMerged
	case proposal.ConvertedToSuggestion:
		return PathSuggestion
	case proposal.ConvertedToOpinion:
		return PathOpinion
	case proposal.Forwarded:
		return PathForwarded
	case proposal.Withdrawn:
		return PathWithdrawn
	}
	switch {
	case reopened:
		return PathReopened
	case key:
		return PathKey
	case separate:
		return PathSeparate
	case replies == 0:
		return PathOverdue
	case feedbacks == 0:
		return PathReplied
	}
	return PathClosed
}

// proposals adds the year's proposals: 大会提案 during the plenary and
// 平时提案 after it, numbered in order of receipt, each taken along a path
// of the workflow.
func (g *gen) proposals() error {
	n := g.cfg.Proposals
	type draft struct {
		day  lvzhi.Date
		kind proposal.Kind
	}
	drafts := make([]draft, n)
	pl := g.plenary.Dates
	early := pl.From.AddDays(-20)
	if early.Before(g.year.From) {
		early = g.year.From
	}
	for i := range drafts {
		if g.chance(0.6) {
			drafts[i] = draft{g.randomDay(early, pl.To), proposal.Plenary}
		} else {
			drafts[i] = draft{g.randomDay(pl.To.AddDays(1), date(g.cfg.Year, 10, 31)), proposal.Regular}
		}
	}
	slices.SortStableFunc(drafts, func(a, b draft) int { return a.day.Compare(b.day) })

	weights := slices.Clone(pathWeights)
	// Proposals are forwarded from a county or city committee to the one
	// above; a provincial or the National Committee forwards none.
	if g.rec.Committee.Superior == "" || g.cfg.Level == lvzhi.LevelProvince {
		weights[PathForwarded-1] = 0
	}
	total := 0
	for _, w := range weights {
		total += w
	}
	g.rec.Proposals = make([]*proposal.Proposal, 0, n)
	for i, d := range drafts {
		path := Path(1)
		for r := g.intn(total); r >= weights[path-1]; path++ {
			r -= weights[path-1]
		}
		// Every path once among the first proposals, when there are enough.
		if i < len(weights) && n >= 4*len(weights) && weights[i] > 0 {
			path = Path(i + 1)
		}
		p, err := g.proposal(i+1, d.day, d.kind, path)
		if err != nil {
			return fmt.Errorf("synth: 第%d号提案：%w", i+1, err)
		}
		g.rec.Proposals = append(g.rec.Proposals, p)
	}
	return nil
}

// proposal returns proposal number num, submitted on day, taken along
// path as far as the year allows.
func (g *gen) proposal(num int, day lvzhi.Date, kind proposal.Kind, path Path) (*proposal.Proposal, error) {
	c := g.rec.Committee
	r := proposal.Record{
		Number: num, Term: c.Term, Sitting: g.plenary.Sitting, Kind: kind,
		Title: g.proposalTitle(), Grounds: pick(g, grounds), Suggestions: pick(g, suggestions),
		Category: pick(g, proposal.DefaultCategories()),
	}
	if kind == proposal.Plenary {
		r.Session = g.plenary.ID
	}
	r.Submitter, r.Sector = g.submitter(kind)
	p, err := proposal.New(r, proposal.At(day, ""))
	if err != nil {
		return nil, err
	}
	w := &walk{g: g, p: p, day: day}
	if r.Submitter.Kind != proposal.Collective {
		g.duty(member.Duty{Member: r.Submitter.Members[0], Date: day, Kind: member.DutyProposalFiled, Ref: ref(num)})
	}

	// 附议 pads short paths up to the configured length.
	units := g.between(2, 3)
	core := coreSteps[path-1]
	if path == PathSeparate {
		core += units - 2
	}
	target := g.cfg.StepsPerProposal + g.between(-1, 1)
	for _, m := range g.someMembers(min(max(0, target-core), g.cfg.Members/2), r.Submitter.Members...) {
		w.do(func(a proposal.Act) error { return p.Second(a, m) }, 0, 0, string(m))
	}

	if path == PathWithdrawn {
		w.do(p.Withdraw, 1, 10, r.Submitter.Lead())
		return p, w.err
	}
	w.do(p.Review, 1, 5, "提案委员会")
	switch path {
	case PathRejected:
		w.do(func(a proposal.Act) error { return p.Reject(a, pick(g, rejectReasons)) }, 3, 15, "提案委员会")
		return p, w.err
	case PathMerged:
		into := num - 1 - g.intn(max(1, min(num-1, 20)))
		if num == 1 {
			into = 2
		}
		w.do(func(a proposal.Act) error { return p.Merge(a, into) }, 3, 15, "提案委员会")
		return p, w.err
	case PathSuggestion, PathOpinion:
		conv := proposal.ToSuggestion
		if path == PathOpinion {
			conv = proposal.ToOpinion
		}
		w.do(func(a proposal.Act) error { return p.Convert(a, conv) }, 3, 15, "提案委员会")
		return p, w.err
	}

	// Registration at the next 主席会议.
	meeting, ok := g.nextChairs(w.day.AddDays(3))
	if !ok {
		return p, w.err
	}
	w.on(meeting.Dates.From, p.Register, meeting.ShortName())
	if w.stopped || w.err != nil {
		return p, w.err
	}
	if r.Submitter.Kind != proposal.Collective {
		g.duty(member.Duty{Member: r.Submitter.Members[0], Date: w.day, Kind: member.DutyProposalAccepted, Ref: ref(num)})
	}
	if path == PathForwarded {
		w.do(func(a proposal.Act) error { return p.Forward(a, c.Superior) }, 1, 10, "提案委员会")
		return p, w.err
	}
	if path == PathKey {
		w.do(p.MarkKey, 0, 5, meeting.ShortName())
		if !w.stopped && r.Submitter.Kind != proposal.Collective {
			g.duty(member.Duty{Member: r.Submitter.Members[0], Date: w.day, Kind: member.DutyKeyProposal, Ref: ref(num)})
		}
	}

	// 交办: at the 提案交办会 when it is still ahead, otherwise soon after.
	assign := func(a proposal.Act) error {
		if path == PathSeparate {
			us := make([]proposal.Unit, 0, units)
			for len(us) < units {
				if d := g.department(); !slices.ContainsFunc(us, func(u proposal.Unit) bool { return u.Name == d }) {
					us = append(us, proposal.Unit{Name: d, Role: proposal.Separate})
				}
			}
			return p.Assign(a, us...)
		}
		lead := g.department()
		us := []proposal.Unit{{Name: lead, Role: proposal.Lead}}
		for range g.intn(3) {
			if d := g.department(); d != lead && !slices.ContainsFunc(us, func(u proposal.Unit) bool { return u.Name == d }) {
				us = append(us, proposal.Unit{Name: d, Role: proposal.Assisting})
			}
		}
		return p.Assign(a, us...)
	}
	if !g.assignOn.Before(w.day) {
		w.on(g.assignOn, assign, "提案委员会")
	} else {
		w.do(assign, 5, 20, "提案委员会")
	}
	if path == PathKey {
		w.do(func(a proposal.Act) error { return p.Supervise(a, string(pick(g, g.viceChairs))) }, 1, 20, c.ShortName)
	}
	if path == PathOverdue {
		return p, w.err
	}
	w.replies(30, 85)
	if path == PathReplied {
		return p, w.err
	}
	lead := r.Submitter.Lead()
	if path == PathReopened {
		w.do(func(a proposal.Act) error { return p.Feedback(a, proposal.Unsatisfied) }, 5, 15, lead)
		w.do(func(a proposal.Act) error { return p.Reopen(a) }, 3, 10, "提案委员会")
		w.replies(20, 60)
	}
	verdict := proposal.Satisfied
	if g.chance(0.3) {
		verdict = proposal.BasicallySatisfied
	}
	w.do(func(a proposal.Act) error { return p.Feedback(a, verdict) }, 5, 15, lead)
	w.do(p.Close, 1, 10, "提案委员会")
	return p, w.err
}

// ref is the source reference of duties derived from proposal num.
func ref(num int) string { return fmt.Sprintf("proposal-%d", num) }

// walk takes one proposal along its path, step by step, and stops when
// a step would fall after the end of the year.
type walk struct {
	g       *gen
	p       *proposal.Proposal
	day     lvzhi.Date
	stopped bool
	err     error
}

// do takes step f between lo and hi days after the previous step.
func (w *walk) do(f func(proposal.Act) error, lo, hi int, actor string) {
	w.on(w.day.AddDays(w.g.between(lo, hi)), f, actor)
}

// on takes step f on day.
func (w *walk) on(day lvzhi.Date, f func(proposal.Act) error, actor string) {
	if w.stopped || w.err != nil {
		return
	}
	if day.After(w.g.year.To) {
		w.stopped = true
		return
	}
	w.day = day
	w.err = f(proposal.At(day, actor))
}

// replies records the reply of every unit that owes one, each between lo
// and hi days after the previous step.
func (w *walk) replies(lo, hi int) {
	for _, h := range w.p.Units() {
		if h.Pending() {
			w.do(func(a proposal.Act) error { return w.p.Reply(a, h.Name, proposal.Grade(w.g.between(1, 3))) }, lo/2, hi/2, h.Name)
		}
	}
}

// nextChairs returns the first 主席会议 on or after day.
func (g *gen) nextChairs(day lvzhi.Date) (session.Session, bool) {
	for _, s := range g.chairs {
		if !s.Dates.From.Before(day) {
			return s, true
		}
	}
	return session.Session{}, false
}

// proposalTitle returns a 案由: 关于加快农村电子商务发展的建议.
func (g *gen) proposalTitle() string {
	return "关于" + pick(g, proposalVerbs) + pick(g, g.forLevel(proposalSubjects)) + "的建议"
}

// submitter returns the author of a proposal of kind k and the sector
// recorded with it: one member, several jointly, or an organisation
// (界别 and 委员小组 only for 大会提案).
func (g *gen) submitter(k proposal.Kind) (proposal.Submitter, string) {
	switch x := g.intn(100); {
	case x < 60:
		m := g.anyMember()
		return proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{m}}, string(g.sectorOf[m])
	case x < 85:
		ms := g.someMembers(g.between(2, 5))
		return proposal.Submitter{Kind: proposal.Joint, Members: ms}, string(g.sectorOf[ms[0]])
	}
	bodies := []proposal.Body{proposal.Party, proposal.PeoplesOrganisation, proposal.SpecialCommittee}
	if k == proposal.Plenary {
		bodies = append(bodies, proposal.SectorBody, proposal.MemberGroup)
	}
	s := proposal.Submitter{Kind: proposal.Collective, Body: pick(g, bodies)}
	c := g.rec.Committee
	region := "某区"
	switch g.cfg.Level {
	case lvzhi.LevelNational:
		region = ""
	case lvzhi.LevelProvince:
		region = "某省"
	case lvzhi.LevelCity:
		region = "某市"
	}
	switch s.Body {
	case proposal.Party:
		sector := member.OfficialSectors()[g.between(1, 8)]
		if region == "" {
			s.Organisation = string(sector) + "中央委员会"
		} else {
			s.Organisation = string(sector) + region + "委员会"
		}
		return s, string(sector)
	case proposal.PeoplesOrganisation:
		s.Organisation = g.prefix() + pick(g, []string{"总工会", "妇女联合会", "工商业联合会", "青年联合会", "科学技术协会"})
		if region == "" {
			s.Organisation = "中华全国" + s.Organisation
		}
	case proposal.SpecialCommittee:
		s.Organisation = c.ShortName + string(pick(g, member.NationalSpecialCommittees()))
	case proposal.SectorBody:
		sector := pick(g, member.OfficialSectors()[17:]) // 文化艺术界 …: sectors that are not parties or bodies
		s.Organisation = c.ShortName + string(sector)
		return s, string(sector)
	case proposal.MemberGroup:
		s.Organisation = c.ShortName + pick(g, activityGroups) + "委员小组"
	}
	return s, ""
}
