package archive

import (
	"cmp"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
)

// Profile is what the records say of one member over the period: the
// facts a 履职档案 is written from. [Book.Document] turns it into text; a
// caller may lay it out otherwise (a form, a spreadsheet row).
type Profile struct {
	Member member.Member
	Period lvzhi.Period
	// Posts, Committees and Groups are the places the member held at some
	// time in the period.
	Posts      []member.Post
	Committees []member.CommitteeMembership
	Groups     []member.GroupMembership
	// Meetings is the attendance at the sessions held in the period, one
	// entry per kind of session, in kind order.
	Meetings []Meetings
	// Proposals are the member's proposals with a duty record in the
	// period (filed, registered or selected as key), by number.
	Proposals []ProposalEntry
	// The other duty records of the period, by kind, in date order.
	Opinions        []Entry // 社情民意报送, 采用 and 获领导批示
	Speeches        []Entry
	Research        []Entry
	Inspections     []Entry
	GroupActivities []Entry
	// Publications are the 文史 books the member worked on, as a member
	// of the book's team or editorial board (see [Duties]); they count as
	// 其他 in the tally.
	Publications []PublicationEntry
	// Supervised are the proposals the member supervised (领衔督办) as a
	// committee leader within the period (a 督办 step naming the member by
	// ID or by name), by number. Supervision earns no points under
	// [member.DefaultScheme], which has no kind for it: it is a leader's
	// office, like chairing the sessions.
	Supervised []*proposal.Proposal
	// Others are the other activities; attendance at other sessions and
	// work on 文史 books, which also count as 其他, are in Meetings and
	// Publications.
	Others []Entry
	// Tally is the member's tally under the scheme, with the rank among
	// the members ranked and the grade as the book gives them (see
	// [Book.Tallies]: rank 0 and no grade for a member who takes no
	// rank, no grade in a period that is not graded); Ranked is the
	// number of members ranked.
	Tally  member.Tally
	Ranked int
	// Scheme is the points scheme the tally follows.
	Scheme member.Scheme

	graded bool // whether the book grades the period
	tied   bool // whether another member ranked shares the member's rank
	// preparation holds the note of the 准备 step of each research topic
	// still preparing at the end of the period, by topic ID.
	preparation   map[string]string
	reasons       bool // whether to write the reasons for leave
	otherSessions int  // the units of 其他 from attendance at sessions
}

// Meetings is a member's attendance at the sessions of one kind.
type Meetings struct {
	Kind session.Kind
	session.Tally
	// Sessions are the sessions the member was listed for, by date.
	Sessions []Seat
}

// Seat is one session a member was listed for and what became of it.
type Seat struct {
	Session lvzhi.SessionID
	Name    string // 九届三次会议
	// Term and Sitting are the numbers of a numbered session (届, 次), 0
	// for a session without them.
	Term, Sitting int
	Dates         lvzhi.DateRange
	Status        session.Status
	Reason        string // 请假事由
	// SignUp reports that the member signed up for the session rather
	// than being required to attend (session.ModeSignUp).
	SignUp bool
}

// ProposalEntry is one of a member's proposals.
type ProposalEntry struct {
	Proposal *proposal.Proposal
	// Lead reports that the member is the 第一提案人 (or sole proposer);
	// otherwise the member signed jointly (联名).
	Lead bool
	// Filed, Accepted and Key count the units of the duty records of the
	// period: 1 when the proposal was submitted, registered (立案) or
	// selected as a 重点提案 within it, 0 otherwise.
	Filed, Accepted, Key int
}

// Entry is one duty record of a member, with the name of its source.
type Entry struct {
	Kind  member.DutyKind
	Date  lvzhi.Date
	Units int
	// Title names what was done: the speech's, topic's or activity's
	// title, the 社情民意 clue's subject.
	Title string
	// Where names the session of a speech (九届三次会议) and the group of a
	// group activity.
	Where string
	// Lead reports that the member led the research topic.
	Lead bool
	// Groups are the groups that held a group activity, the member's own
	// first; empty for one the committee's office organised.
	Groups []string
	// Phase is the phase a research topic had reached by the end of the
	// period: a team that has not been in the field (实地调研) yet has
	// prepared, not researched.
	Phase research.Phase
	Ref   string
}

// PublicationEntry is a 文史 book a member worked on.
type PublicationEntry struct {
	Entry // Title is the book's title, without book-title marks
	// Board names the editorial board the member sat on (编撰委员会);
	// empty for a member of the book's team only.
	Board string
	// Published reports that the book is published; otherwise it is
	// being compiled (research.Planned).
	Published bool
}

// Units returns the units of the entries of kind k.
func Units(es []Entry, k member.DutyKind) int {
	n := 0
	for _, e := range es {
		if e.Kind == k {
			n += e.Units
		}
	}
	return n
}

// Idle reports whether the member did nothing in the period (零履职): no
// session attended, no duty record other than leave and absence.
func (p *Profile) Idle() bool {
	for _, m := range p.Meetings {
		if m.Present > 0 {
			return false
		}
	}
	return len(p.Proposals) == 0 && len(p.Supervised) == 0 && len(p.Opinions) == 0 && len(p.Speeches) == 0 && len(p.Research) == 0 &&
		len(p.Inspections) == 0 && len(p.GroupActivities) == 0 && len(p.Publications) == 0 && len(p.Others) == 0
}

// Profile returns the profile of member id, or an error wrapping
// [ErrUnknownMember].
func (b *Book) Profile(id lvzhi.MemberID) (*Profile, error) {
	m, ok := b.roster.Get(id)
	if !ok {
		return nil, unknown(id)
	}
	p := &Profile{Member: m, Period: b.period, Tally: b.tallies[b.tallyOf[id]], Ranked: b.ranked, Scheme: b.scheme,
		graded: b.graded, reasons: b.reasons, tied: b.tied(id), Supervised: b.supervised(id)}
	for _, x := range m.Posts {
		if x.Overlaps(b.span) {
			p.Posts = append(p.Posts, x)
		}
	}
	slices.SortStableFunc(p.Posts, func(x, y member.Post) int { return cmp.Compare(x.Role, y.Role) })
	for _, x := range m.Committees {
		if x.Overlaps(b.span) {
			p.Committees = append(p.Committees, x)
		}
	}
	for _, x := range m.Groups {
		if x.Overlaps(b.span) {
			p.Groups = append(p.Groups, x)
		}
	}
	p.Meetings = b.meetingsOf(id)
	props := map[string]int{}
	for _, i := range b.dutiesOf[id] {
		d := b.duties[i]
		e := Entry{Kind: d.Kind, Date: d.Date, Units: d.Units(), Title: d.Note, Ref: d.Ref}
		switch d.Kind {
		case member.DutyProposalFiled, member.DutyProposalAccepted, member.DutyKeyProposal:
			b.addProposal(p, props, d)
		case member.DutyOpinionSubmitted, member.DutyOpinionAdopted, member.DutyOpinionEndorsed:
			p.Opinions = append(p.Opinions, e)
		case member.DutySpeech:
			if s, ok := b.sessions[d.Ref]; ok {
				e.Where = s.ShortName()
			}
			p.Speeches = append(p.Speeches, e)
		case member.DutyResearch:
			if t, ok := b.topics[d.Ref]; ok {
				e.Title, e.Lead, e.Phase = t.Title, t.Leader == id, t.PhaseOn(b.span.To)
				if note := preparing(t, b.span.To); note != "" {
					if p.preparation == nil {
						p.preparation = map[string]string{}
					}
					p.preparation[d.Ref] = note
				}
			}
			p.Research = append(p.Research, e)
		case member.DutyInspection:
			p.Inspections = append(p.Inspections, e)
		case member.DutyGroupActivity:
			e.Where = d.Group
			if a, ok := b.acts[d.Ref].(research.GroupActivity); ok {
				e.Title, e.Groups = activityName(a), hostGroups(a, d.Group)
			}
			p.GroupActivities = append(p.GroupActivities, e)
		case member.DutyOther:
			if _, ok := b.sessions[d.Ref]; ok { // sessions are in Meetings
				p.otherSessions += e.Units
				break
			}
			if a, ok := b.acts[d.Ref].(research.Publication); ok {
				pe := PublicationEntry{Entry: e, Published: a.Status == research.Published}
				pe.Title = a.Title
				if slices.Contains(a.Board.Members, id) {
					pe.Board = a.Board.Name
				}
				p.Publications = append(p.Publications, pe)
				break
			}
			if a, ok := b.acts[d.Ref].(research.GroupActivity); ok {
				e.Title = activityName(a)
			}
			p.Others = append(p.Others, e)
		}
	}
	slices.SortStableFunc(p.Proposals, func(x, y ProposalEntry) int {
		return cmp.Or(cmp.Compare(x.Proposal.Term, y.Proposal.Term), cmp.Compare(x.Proposal.Number, y.Proposal.Number))
	})
	return p, nil
}

// meetingsOf returns the attendance of member id by kind of session.
func (b *Book) meetingsOf(id lvzhi.MemberID) []Meetings {
	var out []Meetings
	for _, st := range b.meetings[id] {
		i := slices.IndexFunc(out, func(m Meetings) bool { return m.Kind == st.s.Kind })
		if i < 0 {
			out = append(out, Meetings{Kind: st.s.Kind})
			i = len(out) - 1
		}
		m := &out[i]
		seat := Seat{Session: st.s.ID, Name: st.s.ShortName(), Dates: st.s.Dates,
			Status: st.r.Status, Reason: st.r.Reason, SignUp: st.s.Attendance.Mode == session.ModeSignUp}
		if st.s.Kind.Numbered() && st.s.Term > 0 && st.s.Sitting > 0 {
			seat.Term, seat.Sitting = st.s.Term, st.s.Sitting
		}
		m.Sessions = append(m.Sessions, seat)
		m.Listed++
		switch st.r.Status {
		case session.Present:
			m.Present++
		case session.OnLeave:
			m.Excused++
		case session.Absent:
			m.Absent++
		}
	}
	slices.SortStableFunc(out, func(x, y Meetings) int { return cmp.Compare(x.Kind, y.Kind) })
	return out
}

// addProposal records a proposal duty in p, one entry per proposal.
func (b *Book) addProposal(p *Profile, seen map[string]int, d member.Duty) {
	pr, found := b.proposals[d.Ref]
	key := d.Ref
	if !found {
		key = d.Ref + "\x00" + d.Note
	}
	i, ok := seen[key]
	if !ok {
		if !found {
			// A kept duty record naming no known proposal: it still
			// counts in the tally and is written as such.
			pr = &proposal.Proposal{Record: proposal.Record{Title: d.Note}}
		}
		lead := len(pr.Submitter.Members) == 0 || pr.Submitter.Members[0] == p.Member.ID
		p.Proposals = append(p.Proposals, ProposalEntry{Proposal: pr, Lead: lead})
		i = len(p.Proposals) - 1
		seen[key] = i
	}
	e := &p.Proposals[i]
	switch d.Kind {
	case member.DutyProposalFiled:
		e.Filed += d.Units()
	case member.DutyProposalAccepted:
		e.Accepted += d.Units()
	case member.DutyKeyProposal:
		e.Key += d.Units()
	}
}

// preparing returns the note of the last 准备 step of a topic that was
// preparing on day d (查阅资料、制定调研考察方案), or "".
func preparing(t *research.Topic, d lvzhi.Date) string {
	if t.PhaseOn(d) != research.PhasePreparing {
		return ""
	}
	note := ""
	for _, st := range t.History {
		if st.Phase == research.PhasePreparing && !st.Date.After(d) {
			note = st.Note
		}
	}
	return note
}
