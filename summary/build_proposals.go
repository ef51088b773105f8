package summary

import (
	"cmp"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary/digest"
)

// ProposalFacts are the facts of the "proposals" builder.
type ProposalFacts struct {
	// Since is the first day counted: the start of the plenary the
	// statistics run from, or of the period; SinceName names that plenary
	// (九届三次会议), empty when counting from the period's start.
	Since     lvzhi.Date
	SinceName string
	// Stats are the statistics of the proposals counted (see the
	// "proposals" builder in [Builder] for which are counted), as of AsOf.
	Stats proposal.Statistics
	// RegistrationRate, ClosingRate and SatisfactionRate are the rates,
	// written as percentages ("" when undefined).
	RegistrationRate, ClosingRate, SatisfactionRate string
	// Superior is the committee proposals are forwarded to (市政协).
	Superior string
	// Reviewers are who decided on registration, in order of first
	// decision: 九届九次主席会议; ReviewerList names a few of them.
	Reviewers    []string
	ReviewerList digest.List
	// Assigned is the day most proposals were assigned to units, and
	// AssignMeeting the session held that day to assign them (联席会议,
	// 提案交办会), if any. AssignedThen counts the proposals assigned that
	// day (each by its first 交办), AssignedElse the others of
	// Stats.Assigned, assigned on other days: a text may say that the
	// meeting handed over all Stats.Assigned only when AssignedElse is 0
	// (集中交办提案3196件，其余1866件陆续交办).
	Assigned                   lvzhi.Date
	AssignedThen, AssignedElse int
	AssignMeeting              *session.Session
	// Organisers are the bodies that convened AssignMeeting, in protocol
	// order (区人大常委会、区政府、区政协).
	Organisers string
	// Key lists the 重点提案 selected by AsOf, by number.
	Key []*proposal.Proposal
	// KeyTitles are their 案由, KeyList a few of them in significance
	// order (督办 first, then more signers, then receipt order) with their
	// number: 《甲》《乙》《丙》等12件.
	KeyTitles []string
	KeyList   digest.List
	// Supervised counts the key proposals under a leader's 督办.
	Supervised int
	// KeyChosen is the day the key proposals were selected and KeyChosenBy
	// the body that selected them, as recorded (九届十次主席会议), each
	// set only when it is the same for every key proposal; KeyFirst tells
	// whether that day comes before Assigned, so that the two sentences
	// keep the order of events.
	KeyChosen   lvzhi.Date
	KeyChosenBy string
	KeyFirst    bool
	// Collective counts the 集体提案 among the proposals received, so
	// that they are not written up as members' proposals.
	Collective int
}

// counted returns the rule of which proposals the statistics count and
// the first day of the count: with a plenary s, its 大会提案 (whatever
// their submission day) and the 平时提案 submitted from its opening;
// without one, the proposals submitted in the period.
func counted(s *session.Session, period lvzhi.Period) (func(*proposal.Proposal) bool, lvzhi.Date) {
	if s == nil {
		r := period.Range()
		return func(p *proposal.Proposal) bool { return r.Contains(p.Submitted()) }, r.From
	}
	id, from := s.ID, s.Dates.From
	return func(p *proposal.Proposal) bool {
		if p.Kind == proposal.Plenary {
			return p.Session == id
		}
		return !p.Submitted().Before(from)
	}, from
}

// keyProposal is a key proposal with what its significance depends on.
type keyProposal struct {
	p          *proposal.Proposal
	supervised bool
	signers    int // submitters and seconders
}

// keyOrder is the significance order of key proposals: supervised (督办)
// ones first, then those with more signers, then by number (order of
// receipt).
func keyOrder(a, b keyProposal) int {
	if a.supervised != b.supervised {
		if a.supervised {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(b.signers, a.signers); c != 0 {
		return c
	}
	return cmp.Compare(a.p.Number, b.p.Number)
}

func buildProposals(b *Builder, ctx *Context, part Part) (any, string, error) {
	f := &ProposalFacts{Superior: b.rec.Committee.Superior}
	var plenary *session.Session
	if s, err := b.plenarySession(ctx, part.Ref); err == nil {
		plenary, f.SinceName = &s, s.ShortName()
	} else if part.Ref != "" {
		return nil, "", err
	}
	keep, since := counted(plenary, ctx.Period)
	f.Since = since
	f.Stats = b.proposals.StatisticsOf(keep, ctx.AsOf)
	f.Stats.Within = lvzhi.DateRange{From: since, To: ctx.AsOf}
	if f.Stats.Received == 0 {
		return nil, "", ErrNoFacts
	}
	f.RegistrationRate = f.Stats.RegistrationRate().Percent()
	f.ClosingRate = f.Stats.ClosingRate().Percent()
	f.SatisfactionRate = f.Stats.SatisfactionRate().Percent()

	assigned, chosen := map[lvzhi.Date]int{}, map[lvzhi.Date]int{}
	var choosers []string
	var keys []keyProposal
	for _, p := range b.proposals.All() {
		if p.Submitted().After(ctx.AsOf) || !keep(p) {
			continue
		}
		if p.Submitter.Kind == proposal.Collective {
			f.Collective++
		}
		first := true // the proposal's first 交办 counts for its day
		for _, st := range p.Steps() {
			if st.Date.After(ctx.AsOf) {
				break
			}
			switch st.Action {
			case proposal.ActionRegister, proposal.ActionReject, proposal.ActionMerge, proposal.ActionConvertToSuggestion, proposal.ActionConvertToOpinion:
				if st.Actor != "" && !slices.Contains(f.Reviewers, st.Actor) {
					f.Reviewers = append(f.Reviewers, st.Actor)
				}
			case proposal.ActionAssign:
				if first {
					assigned[st.Date]++
					first = false
				}
			}
		}
		if sel, ok := p.Key(); ok && !sel.Date.After(ctx.AsOf) {
			k := keyProposal{p: p, supervised: len(p.Supervisions()) > 0, signers: len(p.Submitter.Members) + len(p.Seconders())}
			keys = append(keys, k)
			if k.supervised {
				f.Supervised++
			}
			chosen[sel.Date]++
			choosers = appendNew(choosers, sel.Actor)
		}
	}
	slices.SortFunc(keys, func(a, b keyProposal) int { return cmp.Compare(a.p.Number, b.p.Number) })
	for _, k := range keys {
		f.Key = append(f.Key, k.p)
		f.KeyTitles = append(f.KeyTitles, k.p.Title)
	}
	f.KeyList = digest.Top(keys, part.Limit, keyOrder, func(k keyProposal) string { return k.p.Title }, digest.Book)
	f.KeyList.Total = len(f.Key)
	f.ReviewerList = digest.Names(f.Reviewers, part.Limit, digest.Plain)
	for _, d := range sortedDates(assigned) {
		if assigned[d] > assigned[f.Assigned] {
			f.Assigned = d
		}
	}
	f.AssignedThen = assigned[f.Assigned]
	f.AssignedElse = max(f.Stats.Assigned-f.AssignedThen, 0)
	// A date and a body are written only when they hold for every key
	// proposal.
	if len(chosen) == 1 {
		f.KeyChosen = sortedDates(chosen)[0]
	}
	if len(choosers) == 1 {
		f.KeyChosenBy = choosers[0]
	}
	f.KeyFirst = !f.KeyChosen.IsZero() && (f.Assigned.IsZero() || f.KeyChosen.Before(f.Assigned))
	if !f.Assigned.IsZero() {
		for _, s := range b.rec.Sessions {
			if (s.Kind == session.KindJoint || s.Kind == session.KindAssignment) && s.Dates.Contains(f.Assigned) {
				f.AssignMeeting = &s
				f.Organisers = digest.Conveners(s.Organiser)
				break
			}
		}
	}
	return f, proposalsTemplate, nil
}

func sortedDates(m map[lvzhi.Date]int) []lvzhi.Date {
	ds := make([]lvzhi.Date, 0, len(m))
	for d := range m {
		ds = append(ds, d)
	}
	slices.SortFunc(ds, lvzhi.Date.Compare)
	return ds
}
