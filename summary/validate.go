package summary

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonpath"
	"github.com/lvzhi-go/lvzhi/internal/par"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Validate checks every record and the references between them, and
// returns all problems at once as [lvzhi.ValidationErrors] with paths into
// the records: the Go path, the Chinese one and the JSON one
// ("Proposals[3].Submitter.Members[0]", "提案[3].提案人.委员[0]",
// "$.proposals[3].submitter.members[0]"; see [lvzhi.FieldError.JSONError]):
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
	_, err := rec.validate()
	return err
}

// validated is what checking the records builds on the way: the members
// as a roster and the proposals as a register, kept by [NewBuilder] so that
// each record is checked once.
type validated struct {
	roster    *member.Roster
	proposals *proposal.Register
}

// validate is [Records.Validate], returning also the roster and register
// when the records are valid. Field paths are formatted only for
// problems found.
func (rec *Records) validate() (*validated, error) {
	// The parts are checked in parallel, each into its own list; the lists
	// are joined in a fixed order, so the result does not depend on
	// scheduling.
	var (
		head, people, duties, meetings, props, studies, acts lvzhi.ValidationErrors

		roster *member.Roster
		reg    *proposal.Register
	)
	add(&head, rec.Committee.Validate(), "Committee", "政协")
	sectors, err := member.NewSectors(rec.LocalSectors...)
	add(&head, err, "LocalSectors", "本地界别")

	members := make(map[lvzhi.MemberID]bool, len(rec.Members))
	for _, m := range rec.Members {
		members[lvzhi.MemberID(strings.TrimSpace(string(m.ID)))] = true // the roster trims a member's own ID
	}
	sessions := make(map[lvzhi.SessionID]session.Kind, len(rec.Sessions))
	for _, s := range rec.Sessions {
		sessions[s.ID] = s.Kind
	}
	par.Do(
		func() bool {
			// NewRosterOf validates every member and reports duplicates,
			// with paths already under "Members[i]".
			var err error
			roster, err = member.NewRosterOf(sectors, rec.Members...)
			add(&people, err, "", "")
			rec.checkBirthDates(&people)
			return true
		},
		func() bool { rec.checkDuties(&duties, members); return true },
		func() bool { rec.checkSessions(&meetings, members); return true },
		func() bool { reg = rec.checkProposals(&props, members, sessions); return true },
		func() bool { rec.checkTopics(&studies, members, sessions); return true },
		func() bool { rec.checkActivities(&acts, members); return true },
	)
	errs := slices.Concat(head, people, duties, meetings, props, studies, acts)
	if len(errs) > 0 {
		for i := range errs {
			errs[i].Path, _ = jsonpath.Of(rec, errs[i].Field)
		}
		return nil, errs
	}
	return &validated{roster: roster, proposals: reg}, nil
}

// add appends err to errs: the field errors of [lvzhi.ValidationErrors]
// under field and label, any other error as one problem.
func add(errs *lvzhi.ValidationErrors, err error, field, label string) {
	if err == nil {
		return
	}
	var verrs lvzhi.ValidationErrors
	if errors.As(err, &verrs) {
		*errs = append(*errs, verrs.Prefix(field, label)...)
		return
	}
	*errs = append(*errs, lvzhi.FieldError{Field: field, Label: label, Rule: "valid", Message: err.Error()})
}

// addAt is add with the paths of element i of a list, formatted only when
// err is not nil.
func addAt(errs *lvzhi.ValidationErrors, err error, field, label string, i int) {
	if err != nil {
		add(errs, err, idx(field, i), idx(label, i))
	}
}

func (rec *Records) checkDuties(errs *lvzhi.ValidationErrors, members map[lvzhi.MemberID]bool) {
	refs := refChecker{members: members, errs: errs}
	for i, d := range rec.Duties {
		addAt(errs, d.Validate(), "Duties", "履职记录", i)
		refs.member(d.Member, func() (string, string) {
			return idx("Duties", i) + ".Member", idx("履职记录", i) + ".委员编号"
		})
	}
}

func (rec *Records) checkSessions(errs *lvzhi.ValidationErrors, members map[lvzhi.MemberID]bool) {
	refs := refChecker{members: members, errs: errs}
	for i, s := range rec.Sessions {
		addAt(errs, s.Validate(), "Sessions", "会议", i)
		for j, r := range s.Attendance.Records {
			refs.member(r.Member, func() (string, string) {
				return fmt.Sprintf("Sessions[%d].Attendance.Records[%d].Member", i, j), fmt.Sprintf("会议[%d].出席情况.出席记录[%d].委员", i, j)
			})
		}
		for j, it := range s.Agenda {
			for k, sp := range it.Speeches {
				if sp.Speaker != "" {
					refs.member(sp.Speaker, func() (string, string) {
						return fmt.Sprintf("Sessions[%d].Agenda[%d].Speeches[%d].Speaker", i, j, k), fmt.Sprintf("会议[%d].议程[%d].发言[%d].发言人", i, j, k)
					})
				}
			}
		}
	}
	// Check validates each session again: only its conflicts are new. It
	// reports them in date order; the records list them in their own.
	var conflicts []*session.NumberingError
	for _, e := range flatten(session.Check(rec.Committee, rec.Sessions)) {
		var ne *session.NumberingError
		var verrs lvzhi.ValidationErrors
		switch {
		case errors.As(e, &verrs):
		case errors.As(e, &ne) && ne.Index >= 0:
			conflicts = append(conflicts, ne)
		default:
			add(errs, e, "Sessions", "会议")
		}
	}
	slices.SortStableFunc(conflicts, func(a, b *session.NumberingError) int { return cmp.Compare(a.Index, b.Index) })
	for _, ne := range conflicts {
		field, label, rule := numberingField(ne.Err)
		*errs = append(*errs, lvzhi.FieldError{Field: idx("Sessions", ne.Index) + field, Label: idx("会议", ne.Index) + label,
			Rule: rule, Param: string(ne.Other), Message: ne.Text()})
	}
}

// flatten returns the errors joined in err, recursively, in order.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, flatten(e)...)
	}
	return out
}

// numberingField names the field, its label and the rule a session
// numbering conflict is about.
func numberingField(err error) (field, label, rule string) {
	switch {
	case errors.Is(err, session.ErrDuplicateID):
		return ".ID", ".编号", "unique"
	case errors.Is(err, session.ErrDuplicateSitting):
		return ".Sitting", ".次数", "unique"
	case errors.Is(err, session.ErrSittingOrder):
		return ".Sitting", ".次数", "order"
	}
	return ".Dates", ".会议日期", "term"
}

func (rec *Records) checkProposals(errs *lvzhi.ValidationErrors, members map[lvzhi.MemberID]bool, sessions map[lvzhi.SessionID]session.Kind) *proposal.Register {
	refs := refChecker{members: members, errs: errs}
	reg := proposal.NewRegister(rec.ProposalRules)
	numbers := make(map[[2]int]int, len(rec.Proposals))
	for i, p := range rec.Proposals {
		if p == nil {
			*errs = append(*errs, lvzhi.FieldError{Field: idx("Proposals", i), Label: idx("提案", i), Rule: "required", Message: "提案记录不能为空"})
			continue
		}
		if err := reg.Add(p); errors.Is(err, proposal.ErrDuplicate) {
			*errs = append(*errs, lvzhi.FieldError{Field: idx("Proposals", i) + ".Number", Label: idx("提案", i) + ".提案号", Rule: "unique",
				Message: fmt.Sprintf("第%d届%s与提案[%d]重复", p.Term, p.Label(), numbers[[2]int{p.Term, p.Number}])})
		} else {
			addAt(errs, err, "Proposals", "提案", i)
			numbers[[2]int{p.Term, p.Number}] = i
		}
		for j, m := range p.Submitter.Members {
			refs.member(m, func() (string, string) {
				return fmt.Sprintf("Proposals[%d].Submitter.Members[%d]", i, j), fmt.Sprintf("提案[%d].提案人.委员[%d]", i, j)
			})
		}
		for j, m := range p.Seconders() {
			refs.member(m, func() (string, string) {
				return fmt.Sprintf("Proposals[%d].Seconders[%d]", i, j), fmt.Sprintf("提案[%d].附议人[%d]", i, j)
			})
		}
		if p.Session != "" {
			refs.session(sessions, p.Session, session.KindPlenary, func() (string, string) {
				return idx("Proposals", i) + ".Session", idx("提案", i) + ".全体会议"
			})
		}
	}
	return reg
}

func (rec *Records) checkTopics(errs *lvzhi.ValidationErrors, members map[lvzhi.MemberID]bool, sessions map[lvzhi.SessionID]session.Kind) {
	refs := refChecker{members: members, errs: errs}
	topics := make(map[lvzhi.TopicID]int, len(rec.Topics))
	for i, t := range rec.Topics {
		f, l := idx("Topics", i), idx("调研课题", i)
		add(errs, t.Validate(), f, l)
		if j, ok := topics[t.ID]; ok {
			*errs = append(*errs, lvzhi.FieldError{Field: f + ".ID", Label: l + ".编号", Rule: "unique", Message: fmt.Sprintf("课题编号 %s 与调研课题[%d]重复", t.ID, j)})
		} else {
			topics[t.ID] = i
		}
		refs.member(t.Leader, func() (string, string) { return f + ".Leader", l + ".牵头领导" })
		for j, m := range t.Members {
			refs.member(m, func() (string, string) {
				return fmt.Sprintf("%s.Members[%d]", f, j), fmt.Sprintf("%s.课题组成员[%d]", l, j)
			})
		}
		if t.ChosenAt != "" {
			refs.session(sessions, t.ChosenAt, session.KindChairs, func() (string, string) { return f + ".ChosenAt", l + ".确定课题的主席会议" })
		}
	}
}

func (rec *Records) checkActivities(errs *lvzhi.ValidationErrors, members map[lvzhi.MemberID]bool) {
	add(errs, rec.Activities.Validate(), "Activities", "") // its labels start with 活动[i]
	refs := refChecker{members: members, errs: errs}
	for i, a := range rec.Activities {
		if a != nil {
			activityRefs(refs, a, i)
		}
	}
}

// activityRefs checks every member ID activity i holds: its participants
// and, by kind, the members visited, a training batch's members, an
// editorial board's members and the members who reported clues.
func activityRefs(refs refChecker, a research.Activity, i int) {
	list := func(ids []lvzhi.MemberID, field, label string) {
		for j, m := range ids {
			refs.member(m, func() (string, string) {
				return fmt.Sprintf("Activities[%d].%s[%d]", i, field, j), fmt.Sprintf("活动[%d].%s[%d]", i, label, j)
			})
		}
	}
	list(a.Participants(), "Members", "参加委员")
	switch a := a.(type) {
	case research.GroupActivity:
		list(a.Visited, "Visited", "走访委员")
	case research.Training:
		for k, b := range a.Batches {
			for j, m := range b.Members {
				refs.member(m, func() (string, string) {
					return fmt.Sprintf("Activities[%d].Batches[%d].Members[%d]", i, k, j), fmt.Sprintf("活动[%d].期次[%d].参加委员[%d]", i, k, j)
				})
			}
		}
	case research.Publication:
		list(a.Board.Members, "Board.Members", "编撰委员会.成员")
	case research.OpinionWork:
		for k, c := range a.Clues {
			if c.From != "" {
				refs.member(c.From, func() (string, string) {
					return fmt.Sprintf("Activities[%d].Clues[%d].From", i, k), fmt.Sprintf("活动[%d].线索[%d].反映委员", i, k)
				})
			}
		}
	}
}

func idx(field string, i int) string { return field + "[" + strconv.Itoa(i) + "]" }

// refChecker reports references to records that do not exist. The paths
// of a reference come from a function, called only for a problem.
type refChecker struct {
	members map[lvzhi.MemberID]bool
	errs    *lvzhi.ValidationErrors
}

// member checks a reference to a member. IDs in references are compared
// exactly, as every register and statistic compares them: an ID written
// with spaces around it (" m001 ") is an error that shows the spaces and
// the ID meant, rather than being trimmed here and missed elsewhere.
func (r refChecker) member(id lvzhi.MemberID, at func() (field, label string)) {
	if id == "" || r.members[id] {
		return
	}
	field, label := at()
	msg := fmt.Sprintf("委员编号 %s 不存在", id)
	if trimmed := strings.TrimSpace(string(id)); trimmed != string(id) {
		msg = fmt.Sprintf("委员编号“%s”前后有空格，应写作“%s”", id, trimmed)
		if !r.members[lvzhi.MemberID(trimmed)] {
			msg = fmt.Sprintf("委员编号“%s”前后有空格，且委员编号“%s”不存在", id, trimmed)
		}
	}
	*r.errs = append(*r.errs, lvzhi.FieldError{Field: field, Label: label, Rule: "ref", Param: string(id), Message: msg})
}

// adultAge is the youngest age at which a member can serve.
const adultAge = member.MinAge

// checkBirthDates refuses birth dates that cannot be a member's: later
// than 18 years before the start of the committee's term (when the term's
// dates are known), which also refuses any date in the future of the
// records. Whether a date lies in the future of the reader cannot be
// judged without a clock, which validation does not read.
func (rec *Records) checkBirthDates(errs *lvzhi.ValidationErrors) {
	start := rec.Committee.TermDates.From
	if !rec.Committee.TermDates.IsValid() {
		return
	}
	latest := start.AddMonths(-12 * adultAge)
	for i, m := range rec.Members {
		field := fmt.Sprintf("Members[%d].BirthDate", i)
		if slices.ContainsFunc(*errs, func(e lvzhi.FieldError) bool { return e.Rule == "adult" && e.Field == field }) {
			continue // the member's own check found it, against a post
		}
		if m.BirthDate.IsValid() && m.BirthDate.After(latest) {
			*errs = append(*errs, lvzhi.FieldError{Field: field, Label: fmt.Sprintf("委员[%d].出生日期", i),
				Rule: "adult", Param: latest.String(),
				Message: fmt.Sprintf("出生日期%s有误：到本届任期开始的%s尚未年满%d周岁", zh.Date(m.BirthDate), zh.Date(start), adultAge)})
		}
	}
}

func (r refChecker) session(sessions map[lvzhi.SessionID]session.Kind, id lvzhi.SessionID, want session.Kind, at func() (field, label string)) {
	kind, ok := sessions[id]
	if ok && kind == want {
		return
	}
	field, label := at()
	switch {
	case !ok:
		*r.errs = append(*r.errs, lvzhi.FieldError{Field: field, Label: label, Rule: "ref", Param: string(id),
			Message: fmt.Sprintf("会议编号 %s 不存在", id)})
	default:
		*r.errs = append(*r.errs, lvzhi.FieldError{Field: field, Label: label, Rule: "ref", Param: string(id),
			Message: fmt.Sprintf("会议 %s 是%s，应为%s", id, kind, want)})
	}
}
