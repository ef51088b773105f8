package summary

import (
	"errors"
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
)

// Validate checks every record and the references between them, and
// returns all problems at once as [lvzhi.ValidationErrors] with paths into
// the records ("Proposals[3].Submitter.Members[0]", "提案[3].提案人.委员[0]"):
//
//   - the committee and each record pass their own validation;
//   - member IDs, ID numbers, session IDs, topic and activity IDs are unique
//     and proposal numbers unique within a term;
//   - sessions are numbered consistently within the committee's term;
//   - every member ID used anywhere (attendance, speakers, proposers,
//     seconders, topic teams, activity participants, duties) names a
//     member, and every session ID a session: a plenary for a 大会提案, a
//     主席会议 for the meeting that chose a topic.
func (rec *Records) Validate() error {
	var errs lvzhi.ValidationErrors
	add := func(err error, field, label string) {
		if err == nil {
			return
		}
		var verrs lvzhi.ValidationErrors
		if errors.As(err, &verrs) {
			errs = append(errs, verrs.Prefix(field, label)...)
			return
		}
		errs = append(errs, lvzhi.FieldError{Field: field, Label: label, Rule: "valid", Message: err.Error()})
	}
	add(rec.Committee.Validate(), "Committee", "政协")
	sectors, err := member.NewSectors(rec.LocalSectors...)
	add(err, "LocalSectors", "本地界别")

	// NewRosterOf validates every member and reports duplicates, with
	// paths already under "Members[i]".
	members := make(map[lvzhi.MemberID]bool, len(rec.Members))
	if _, err := member.NewRosterOf(sectors, rec.Members...); err != nil {
		add(err, "", "")
	}
	for _, m := range rec.Members {
		members[m.ID] = true
	}
	refs := refChecker{members: members, errs: &errs}

	for i, d := range rec.Duties {
		f, l := idx("Duties", i), idx("履职记录", i)
		add(d.Validate(), f, l)
		refs.member(d.Member, f+".Member", l+".委员编号")
	}

	sessions := make(map[lvzhi.SessionID]session.Kind, len(rec.Sessions))
	for i, s := range rec.Sessions {
		f, l := idx("Sessions", i), idx("会议", i)
		add(s.Validate(), f, l)
		sessions[s.ID] = s.Kind
		for j, r := range s.Attendance.Records {
			refs.member(r.Member, fmt.Sprintf("%s.Attendance.Records[%d].Member", f, j), fmt.Sprintf("%s.出席情况.出席记录[%d].委员", l, j))
		}
		for j, it := range s.Agenda {
			for k, sp := range it.Speeches {
				if sp.Speaker != "" {
					refs.member(sp.Speaker, fmt.Sprintf("%s.Agenda[%d].Speeches[%d].Speaker", f, j, k), fmt.Sprintf("%s.议程[%d].发言[%d].发言人", l, j, k))
				}
			}
		}
	}
	if err := session.Check(rec.Committee, rec.Sessions); err != nil {
		add(err, "Sessions", "会议")
	}

	reg := proposal.NewRegister(rec.ProposalRules)
	numbers := make(map[[2]int]int, len(rec.Proposals))
	for i, p := range rec.Proposals {
		f, l := idx("Proposals", i), idx("提案", i)
		if p == nil {
			errs = append(errs, lvzhi.FieldError{Field: f, Label: l, Rule: "required", Message: "提案记录不能为空"})
			continue
		}
		if err := reg.Add(p); errors.Is(err, proposal.ErrDuplicate) {
			errs = append(errs, lvzhi.FieldError{Field: f + ".Number", Label: l + ".提案号", Rule: "unique",
				Message: fmt.Sprintf("第%d届%s与提案[%d]重复", p.Term, p.Label(), numbers[[2]int{p.Term, p.Number}])})
		} else {
			add(err, f, l)
			numbers[[2]int{p.Term, p.Number}] = i
		}
		for j, m := range p.Submitter.Members {
			refs.member(m, fmt.Sprintf("%s.Submitter.Members[%d]", f, j), fmt.Sprintf("%s.提案人.委员[%d]", l, j))
		}
		for j, m := range p.Seconders() {
			refs.member(m, fmt.Sprintf("%s.Seconders[%d]", f, j), fmt.Sprintf("%s.附议人[%d]", l, j))
		}
		if p.Session != "" {
			refs.session(sessions, p.Session, session.KindPlenary, f+".Session", l+".全体会议")
		}
	}

	topics := make(map[lvzhi.TopicID]int, len(rec.Topics))
	for i, t := range rec.Topics {
		f, l := idx("Topics", i), idx("调研课题", i)
		add(t.Validate(), f, l)
		if j, ok := topics[t.ID]; ok {
			errs = append(errs, lvzhi.FieldError{Field: f + ".ID", Label: l + ".编号", Rule: "unique", Message: fmt.Sprintf("课题编号 %s 与调研课题[%d]重复", t.ID, j)})
		} else {
			topics[t.ID] = i
		}
		refs.member(t.Leader, f+".Leader", l+".牵头领导")
		for j, m := range t.Members {
			refs.member(m, fmt.Sprintf("%s.Members[%d]", f, j), fmt.Sprintf("%s.课题组成员[%d]", l, j))
		}
		if t.ChosenAt != "" {
			refs.session(sessions, t.ChosenAt, session.KindChairs, f+".ChosenAt", l+".确定课题的主席会议")
		}
	}

	add(rec.Activities.Validate(), "Activities", "活动")
	for i, a := range rec.Activities {
		if a != nil {
			activityRefs(refs, a, fmt.Sprintf("Activities[%d]", i), fmt.Sprintf("活动[%d]", i))
		}
	}
	return errs.Err()
}

// activityRefs checks every member ID an activity holds: its participants
// and, by kind, the members visited, a training batch's members, an
// editorial board's members and the members who reported clues.
func activityRefs(refs refChecker, a research.Activity, f, l string) {
	list := func(ids []lvzhi.MemberID, field, label string) {
		for j, m := range ids {
			refs.member(m, fmt.Sprintf("%s.%s[%d]", f, field, j), fmt.Sprintf("%s.%s[%d]", l, label, j))
		}
	}
	list(a.Participants(), "Members", "参加委员")
	switch a := a.(type) {
	case research.GroupActivity:
		list(a.Visited, "Visited", "走访委员")
	case research.Training:
		for k, b := range a.Batches {
			list(b.Members, fmt.Sprintf("Batches[%d].Members", k), fmt.Sprintf("期次[%d].参加委员", k))
		}
	case research.Publication:
		list(a.Board.Members, "Board.Members", "编撰委员会.成员")
	case research.OpinionWork:
		for k, c := range a.Clues {
			if c.From != "" {
				refs.member(c.From, fmt.Sprintf("%s.Clues[%d].From", f, k), fmt.Sprintf("%s.线索[%d].反映委员", l, k))
			}
		}
	}
}

func idx(field string, i int) string { return fmt.Sprintf("%s[%d]", field, i) }

// refChecker reports references to records that do not exist.
type refChecker struct {
	members map[lvzhi.MemberID]bool
	errs    *lvzhi.ValidationErrors
}

func (r refChecker) member(id lvzhi.MemberID, field, label string) {
	if id == "" || r.members[id] {
		return
	}
	*r.errs = append(*r.errs, lvzhi.FieldError{Field: field, Label: label, Rule: "ref", Param: string(id),
		Message: fmt.Sprintf("委员编号 %s 不存在", id)})
}

func (r refChecker) session(sessions map[lvzhi.SessionID]session.Kind, id lvzhi.SessionID, want session.Kind, field, label string) {
	kind, ok := sessions[id]
	switch {
	case !ok:
		*r.errs = append(*r.errs, lvzhi.FieldError{Field: field, Label: label, Rule: "ref", Param: string(id),
			Message: fmt.Sprintf("会议编号 %s 不存在", id)})
	case kind != want:
		*r.errs = append(*r.errs, lvzhi.FieldError{Field: field, Label: label, Rule: "ref", Param: string(id),
			Message: fmt.Sprintf("会议 %s 是%s，应为%s", id, kind, want)})
	}
}
