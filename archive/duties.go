package archive

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
)

// ProposalRef returns the source reference ([member.Duty].Ref) of the duty
// records derived from a proposal: proposal-<term>-<number>.
func ProposalRef(p *proposal.Proposal) string {
	return fmt.Sprintf("proposal-%d-%d", p.Term, p.Number)
}

// Duties returns the duty records (履职记录) of every member, derived from
// the other records and completed by the duty records kept in rec.Duties:
//
//   - attendance at plenary sessions (出席全体会议, one unit per half-day:
//     two for each day of the session) and at standing committee sessions
//     (出席常委会议), and leave (请假) and absence (无故缺席) at either;
//   - attendance at any other session (主席会议, 联席会议, 座谈会 …: 其他);
//   - speeches under the agenda items of any session (大会发言);
//   - proposals of members, alone or jointly (collective proposals
//     excepted): each signer is credited with 提交提案 on the day of
//     submission, 提案立案 on the day of 立案 and 重点提案 on the day of
//     selection;
//   - 社情民意 clues reported by a named member (社情民意报送, one unit per
//     clue), and the adoptions and leaders' instructions of the work whose
//     title names such a clue's subject (社情民意采用, 获领导批示);
//   - the team of a research topic, its leader included (参加调研), dated
//     on the first 实地调研 step, else on the first step of its history;
//   - participants of inspections (参加视察) and of members' group
//     activities (参加小组活动, credited to the first of the activity's
//     groups the member belongs to on the day; a participant of none of
//     them, such as a leader visiting members, is credited with 其他);
//   - participants of training, exchanges, 座谈会 and other activities
//     (其他);
//   - the team and the editorial board (编撰委员会) of a 文史 book, each
//     member once (research.Publication.Team): 其他, dated on the first
//     day of the book's dates. The points scheme has no kind of its own
//     for 文史 work, and 其他 is every other activity of the committee a
//     member takes part in (see member.DefaultScheme); a committee that
//     scores it otherwise keeps duty records of another kind.
//
// A kept duty record is added unless a derived one already covers it: one
// of the same member, kind and source reference (Ref) or, for a kept
// record without Ref, of the same member, kind and date. What the other
// records cannot show — most 社情民意采用 and 获领导批示, which the records
// of the work seldom attribute to a member — therefore comes from the kept
// records alone.
//
// The result is sorted by date, member, kind and source reference (then by
// the other fields, so that the order is always the same). Duties
// does not validate the records; [New] does.
func Duties(rec *summary.Records) []member.Duty {
	ds := derive(rec)
	slices.SortFunc(ds, compareDuties)
	return ds
}

// compareDuties orders duty records by date, member, kind, source
// reference and then every other field.
func compareDuties(a, b member.Duty) int {
	return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Member, b.Member), cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(a.Ref, b.Ref), cmp.Compare(a.Group, b.Group), cmp.Compare(a.Count, b.Count),
		cmp.Compare(a.Note, b.Note), cmp.Compare(a.Reason, b.Reason))
}

// derive is Duties without the sorting.
func derive(rec *summary.Records) []member.Duty {
	var ds []member.Duty
	for _, s := range rec.Sessions {
		ds = appendSessionDuties(ds, s)
	}
	for _, p := range rec.Proposals {
		if p != nil {
			ds = appendProposalDuties(ds, p)
		}
	}
	for _, t := range rec.Topics {
		ds = appendTopicDuties(ds, t)
	}
	groups := memberGroups(rec.Members)
	for _, a := range rec.Activities {
		ds = appendActivityDuties(ds, a, groups)
	}
	if len(rec.Duties) > 0 {
		ds = appendKept(ds, rec.Duties)
	}
	return ds
}

// appendKept appends the kept duty records that no derived record covers.
func appendKept(ds, kept []member.Duty) []member.Duty {
	type key struct {
		m    lvzhi.MemberID
		k    member.DutyKind
		ref  string
		date lvzhi.Date
	}
	seen := make(map[key]bool, 2*len(ds))
	for _, d := range ds {
		seen[key{d.Member, d.Kind, d.Ref, lvzhi.Date{}}] = true
		seen[key{d.Member, d.Kind, "", d.Date}] = true
	}
	for _, d := range kept {
		k := key{d.Member, d.Kind, d.Ref, lvzhi.Date{}}
		if d.Ref == "" {
			k.date = d.Date
		}
		if !seen[k] {
			ds = append(ds, d)
		}
	}
	return ds
}

// appendSessionDuties appends the attendance at sessions (plenary and
// standing committee sessions by their kinds, the others as 其他) and the
// speeches at any session.
func appendSessionDuties(ds []member.Duty, s session.Session) []member.Duty {
	ref := string(s.ID)
	var present member.DutyKind
	count := 0
	switch s.Kind {
	case session.KindPlenary:
		present, count = member.DutyPlenary, 2*s.Dates.Days()
	case session.KindStanding:
		present = member.DutyStandingMeeting
	default:
		for _, r := range s.Attendance.Records {
			if r.Status == session.Present {
				ds = append(ds, member.Duty{Member: r.Member, Date: s.Dates.From, Kind: member.DutyOther, Ref: ref, Note: s.ShortName()})
			}
		}
	}
	if present != 0 {
		for _, r := range s.Attendance.Records {
			d := member.Duty{Member: r.Member, Date: s.Dates.From, Ref: ref}
			switch r.Status {
			case session.Present:
				d.Kind, d.Count = present, count
			case session.OnLeave:
				d.Kind, d.Reason = member.DutyLeave, r.Reason
			case session.Absent:
				d.Kind = member.DutyAbsence
			default:
				continue
			}
			ds = append(ds, d)
		}
	}
	for _, it := range s.Agenda {
		on := it.Dates.From
		if on.IsZero() {
			on = s.Dates.From
		}
		for _, sp := range it.Speeches {
			if sp.Speaker != "" {
				ds = append(ds, member.Duty{Member: sp.Speaker, Date: on, Kind: member.DutySpeech, Ref: ref, Note: sp.Title})
			}
		}
	}
	return ds
}

// appendProposalDuties credits every signer of a member's proposal.
func appendProposalDuties(ds []member.Duty, p *proposal.Proposal) []member.Duty {
	if p.Submitter.Kind == proposal.Collective {
		return ds
	}
	ref := ProposalRef(p)
	var registered, selected lvzhi.Date
	for _, st := range p.History() {
		switch {
		case st.Action == proposal.ActionRegister && registered.IsZero():
			registered = st.Date
		case st.Action == proposal.ActionMarkKey && selected.IsZero():
			selected = st.Date
		}
	}
	for _, m := range p.Submitter.Members {
		ds = append(ds, member.Duty{Member: m, Date: p.Submitted(), Kind: member.DutyProposalFiled, Ref: ref, Note: p.Title})
		if !registered.IsZero() {
			ds = append(ds, member.Duty{Member: m, Date: registered, Kind: member.DutyProposalAccepted, Ref: ref, Note: p.Title})
		}
		if !selected.IsZero() {
			ds = append(ds, member.Duty{Member: m, Date: selected, Kind: member.DutyKeyProposal, Ref: ref, Note: p.Title})
		}
	}
	return ds
}

// topicDate is the day a research topic counts as research done: its
// first 实地调研 step, else its first step, else the start of its span.
func topicDate(t research.Topic) lvzhi.Date {
	for _, st := range t.History {
		if st.Phase == research.PhaseFieldwork {
			return st.Date
		}
	}
	if len(t.History) > 0 {
		return t.History[0].Date
	}
	return t.Span.From
}

// appendTopicDuties credits the leader and the team of a research topic.
func appendTopicDuties(ds []member.Duty, t research.Topic) []member.Duty {
	on := topicDate(t)
	if on.IsZero() {
		return ds
	}
	team := append([]lvzhi.MemberID{t.Leader}, t.Members...)
	for i, m := range team {
		if m == "" || slices.Contains(team[:i], m) {
			continue
		}
		ds = append(ds, member.Duty{Member: m, Date: on, Kind: member.DutyResearch, Ref: string(t.ID), Note: t.Title})
	}
	return ds
}

// memberGroups returns the activity group places of every member.
func memberGroups(ms []member.Member) map[lvzhi.MemberID][]member.GroupMembership {
	out := make(map[lvzhi.MemberID][]member.GroupMembership, len(ms))
	for _, m := range ms {
		if len(m.Groups) > 0 {
			out[m.ID] = m.Groups
		}
	}
	return out
}

// appendActivityDuties credits the participants of an activity.
func appendActivityDuties(ds []member.Duty, a research.Activity, groups map[lvzhi.MemberID][]member.GroupMembership) []member.Duty {
	ref, on := string(a.ActivityID()), a.When().From
	kind := member.DutyOther
	switch a := a.(type) {
	case research.Inspection:
		kind = member.DutyInspection
	case research.GroupActivity:
		for _, m := range uniqueIDs(a.Members) {
			d := member.Duty{Member: m, Date: on, Kind: member.DutyOther, Ref: ref, Note: a.Title}
			if g, ok := groupFor(a.Groups, groups[m], on); ok {
				d.Kind, d.Group = member.DutyGroupActivity, g
			}
			ds = append(ds, d)
		}
		return ds
	case research.OpinionWork:
		for _, c := range a.Clues {
			if c.From == "" {
				continue
			}
			d := c.Date
			if d.IsZero() {
				d = on
			}
			ds = append(ds, member.Duty{Member: c.From, Date: d, Kind: member.DutyOpinionSubmitted,
				Count: c.Count, Ref: ref, Note: c.Subject})
		}
		return appendOpinionOutputs(ds, a)
	case research.Publication:
		// 文史 work is 其他: the scheme has no kind of its own for it,
		// and 其他 is every other activity of the committee a member
		// takes part in (see member.DefaultScheme).
		for _, m := range a.Team() {
			ds = append(ds, member.Duty{Member: m, Date: on, Kind: member.DutyOther, Ref: ref, Note: a.Description()})
		}
		return ds
	}
	for _, m := range uniqueIDs(a.Participants()) {
		ds = append(ds, member.Duty{Member: m, Date: on, Kind: kind, Ref: ref, Note: a.Description()})
	}
	return ds
}

// appendOpinionOutputs credits the adoptions (采纳) and leaders'
// instructions (领导批示) of a 社情民意 activity to the members whose clue
// they concern: an output whose title is, or contains, the subject of a
// clue reported by a named member. Outputs naming no clue's subject are
// the work's as a whole and credit nobody.
func appendOpinionOutputs(ds []member.Duty, a research.OpinionWork) []member.Duty {
	for _, o := range a.Results {
		var kind member.DutyKind
		switch o.Kind {
		case research.OutputAdopted:
			kind = member.DutyOpinionAdopted
		case research.OutputInstruction:
			kind = member.DutyOpinionEndorsed
		default:
			continue
		}
		on := o.Date
		if on.IsZero() {
			on = a.Dates.To
		}
		var credited []lvzhi.MemberID
		for _, c := range a.Clues {
			if c.From == "" || utf8.RuneCountInString(c.Subject) < 4 || !strings.Contains(o.Title, c.Subject) ||
				slices.Contains(credited, c.From) {
				continue
			}
			credited = append(credited, c.From)
			ds = append(ds, member.Duty{Member: c.From, Date: on, Kind: kind, Ref: string(a.ID), Note: c.Subject})
		}
	}
	return ds
}

// groupFor returns the group a member's participation in a group activity
// counts for: the first of the activity's groups the member belongs to on
// the day or, for an activity that names no group, the first group the
// member belongs to then. ok is false for a member of none of them, whose
// participation counts as 其他.
func groupFor(listed []string, places []member.GroupMembership, on lvzhi.Date) (group string, ok bool) {
	if len(listed) == 0 {
		for _, p := range places {
			if p.ActiveOn(on) {
				return p.Group, true
			}
		}
	}
	for _, g := range listed {
		for _, p := range places {
			if p.Group == g && p.ActiveOn(on) {
				return g, true
			}
		}
	}
	return "", false
}

// uniqueIDs returns ids without empty and repeated entries, in order.
func uniqueIDs(ids []lvzhi.MemberID) []lvzhi.MemberID {
	out := make([]lvzhi.MemberID, 0, len(ids))
	for i, id := range ids {
		if id != "" && !slices.Contains(ids[:i], id) {
			out = append(out, id)
		}
	}
	return out
}
