package summary

import (
	"errors"
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
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

	members := make(map[lvzhi.MemberID]bool, len(rec.Members))
	if _, err := member.NewRosterOf(sectors, rec.Members...); err != nil {
		add(err, "Members", "委员")
	}
	for i, m := range rec.Members {
		members[m.ID] = true
		add(m.ValidateIn(sectors), idx("Members", i), idx("委员", i))
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
	for i, p := range rec.Proposals {
		f, l := idx("Proposals", i), idx("提案", i)
		if p == nil {
			errs = append(errs, lvzhi.FieldError{Field: f, Label: l, Rule: "required", Message: "提案记录不能为空"})
			continue
		}
		add(reg.Add(p), f, l)
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

	topics := make(map[lvzhi.TopicID]bool, len(rec.Topics))
	for i, t := range rec.Topics {
		f, l := idx("Topics", i), idx("调研课题", i)
		add(t.Validate(), f, l)
		if topics[t.ID] {
			errs = append(errs, lvzhi.FieldError{Field: f + ".ID", Label: l + ".编号", Rule: "unique", Message: fmt.Sprintf("课题编号 %s 重复", t.ID)})
		}
		topics[t.ID] = true
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
		if a == nil {
			continue
		}
		for j, m := range a.Participants() {
			refs.member(m, fmt.Sprintf("Activities[%d].Members[%d]", i, j), fmt.Sprintf("活动[%d].参加委员[%d]", i, j))
		}
	}
	return errs.Err()
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
