package proposal

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Supervision is one 督办 of a proposal by a committee leader.
type Supervision struct {
	Leader string     `json:"leader"`          // the supervising leader's name or ID
	Date   lvzhi.Date `json:"date"`            // the day supervision was recorded
	Actor  string     `json:"actor,omitempty"` // who recorded it
}

// Selection records the choice of a proposal as a 重点提案: when and by
// whom (usually the 主席会议).
type Selection struct {
	Date  lvzhi.Date `json:"date"`            // the day of selection
	Actor string     `json:"actor,omitempty"` // the body that selected it
}

// status is everything derived from a proposal's history. It is only ever
// computed by next, one step at a time, so it always agrees with the
// history.
type status struct {
	state     State
	first     lvzhi.Date // date of submission
	last      lvzhi.Date // date of the latest step
	round     int        // handling round, 0 before 交办
	units     []Handling
	key       *Selection
	leaders   []Supervision
	seconders []lvzhi.MemberID
	verdict   Satisfaction // feedback of the current round, 0 if none yet
	verdicts  []Satisfaction
	into      int
	to        string
	reason    string
	conv      Conversion
}

// allows reports whether action a may be taken in state s.
func allows(s State, a Action) bool {
	switch a {
	case ActionSecond:
		return s == Submitted || s == UnderReview
	case ActionReview:
		return s == Submitted
	case ActionWithdraw:
		return s == Submitted || s == UnderReview
	case ActionRegister, ActionReject, ActionMerge, ActionConvertToSuggestion, ActionConvertToOpinion:
		return s == UnderReview
	case ActionAssign, ActionForward:
		return s == Registered
	case ActionReply:
		return s == Assigned
	case ActionFeedback, ActionReopen, ActionClose:
		return s == Replied
	case ActionMarkKey, ActionSupervise:
		return s == Registered || s == Assigned || s == Replied
	}
	return false
}

// Payload fields of a Step, as bits.
const (
	fReason = 1 << iota
	fInto
	fUnits
	fTo
	fUnit
	fGrade
	fSatisfaction
	fMember
	fLeader
)

var payloadNames = []string{"理由", "并入提案号", "承办单位", "转交单位", "答复单位", "答复类别", "满意程度", "附议委员", "督办领导"}

// payload returns the bits of the payload fields s sets.
func payload(s Step) int {
	b := 0
	set := func(bit int, on bool) {
		if on {
			b |= bit
		}
	}
	set(fReason, s.Reason != "")
	set(fInto, s.Into != 0)
	set(fUnits, len(s.Units) > 0)
	set(fTo, s.To != "")
	set(fUnit, s.Unit != "")
	set(fGrade, s.Grade != 0)
	set(fSatisfaction, s.Satisfaction != 0)
	set(fMember, s.Member != "")
	set(fLeader, s.Leader != "")
	return b
}

// payloadOf returns the payload fields action a may carry.
func payloadOf(a Action) int {
	switch a {
	case ActionSecond:
		return fMember
	case ActionReject:
		return fReason
	case ActionMerge:
		return fInto
	case ActionAssign, ActionReopen:
		return fUnits
	case ActionForward:
		return fTo
	case ActionReply:
		return fUnit | fGrade
	case ActionFeedback:
		return fSatisfaction
	case ActionSupervise:
		return fLeader
	}
	return 0
}

// replay lets a history be replayed in time linear in its length: the
// replayed status owns its slices, so step appends to them in place
// instead of copying them at every step, and the sets answer "已经附议" and
// "已在督办" without scanning. A status replayed with one is discarded on
// the first error, so it never needs the copies [Proposal.Apply] relies on.
type replay struct {
	seconders map[lvzhi.MemberID]struct{}
	leaders   map[string]struct{}
}

// step is next, in place when r is not nil (see replay).
func (st status) step(s Step, rules Rules, number int, r *replay) (status, Step, error) {
	bad := func(err error, format string, args ...any) (status, Step, error) {
		return st, s, &StepError{Number: number, Action: s.Action, Detail: fmt.Sprintf(format, args...), Err: err}
	}
	switch {
	case !s.Action.IsValid():
		return bad(ErrStep, "未知的办理步骤（代码%d），应为%s之一", int(s.Action), strings.Join(actionNames[1:], "、"))
	case st.state == 0 && s.Action != ActionSubmit:
		return bad(ErrStep, "办理记录的第一步须为“提交”")
	case st.state != 0 && (s.Action == ActionSubmit || !allows(st.state, s.Action)):
		return st, s, &TransitionError{Number: number, From: st.state, Action: s.Action}
	case !s.Date.IsValid():
		return bad(lvzhi.ErrRequired, "日期“%s”未填写或无效", s.Date)
	case s.Date.Before(st.last):
		return bad(lvzhi.ErrOrder, "日期%s早于上一步的日期%s", zh.Date(s.Date), zh.Date(st.last))
	}
	if extra := payload(s) &^ payloadOf(s.Action); extra != 0 {
		var names []string
		for i, n := range payloadNames {
			if extra&(1<<i) != 0 {
				names = append(names, n)
			}
		}
		return bad(ErrStep, "不应填写%s", strings.Join(names, "、"))
	}
	n := st
	n.last = s.Date
	switch s.Action {
	case ActionSubmit:
		n.state, n.first = Submitted, s.Date
	case ActionSecond:
		if s.Member == "" {
			return bad(lvzhi.ErrRequired, "须注明附议委员")
		}
		if r.hasSeconder(st.seconders, s.Member) {
			return bad(ErrStep, "委员 %s 已经附议", s.Member)
		}
		n.seconders = appendOwned(r != nil, st.seconders, s.Member)
	case ActionReview:
		n.state = UnderReview
	case ActionRegister:
		n.state = Registered
	case ActionReject:
		if strings.TrimSpace(s.Reason) == "" {
			return bad(lvzhi.ErrRequired, "不予立案须说明理由")
		}
		n.state, n.reason = Rejected, s.Reason
	case ActionMerge:
		if s.Into < 1 || s.Into > 999999 || s.Into == number {
			return bad(ErrStep, "并入的提案号须为另一件提案的编号（现为%d）", s.Into)
		}
		n.state, n.into = Merged, s.Into
	case ActionConvertToSuggestion:
		n.state, n.conv = ConvertedToSuggestion, ToSuggestion
	case ActionConvertToOpinion:
		n.state, n.conv = ConvertedToOpinion, ToOpinion
	case ActionWithdraw:
		n.state = Withdrawn
	case ActionForward:
		if strings.TrimSpace(s.To) == "" {
			return bad(lvzhi.ErrRequired, "须注明转交的上级政协")
		}
		n.state, n.to = Forwarded, s.To
	case ActionAssign:
		units, err := checkAssignment(s, rules)
		if err != "" {
			return bad(ErrStep, "%s", err)
		}
		s.Units = units
		n.round = 1
		n.units = make([]Handling, len(units))
		for i, u := range units {
			n.units[i] = Handling{Unit: u, Assigned: s.Date, Round: 1}
		}
		n.state = Assigned
	case ActionReply:
		i := slices.IndexFunc(st.units, func(h Handling) bool { return h.Name == s.Unit })
		switch {
		case s.Unit == "":
			return bad(lvzhi.ErrRequired, "须注明答复单位")
		case i < 0:
			return bad(ErrStep, "“%s”不是本提案的承办单位", s.Unit)
		case !st.units[i].Role.Replies():
			return bad(ErrStep, "“%s”是协办单位，不直接答复，其意见送主办单位汇总", s.Unit)
		case !st.units[i].Replied.IsZero():
			return bad(ErrStep, "“%s”已于%s答复", s.Unit, zh.Date(st.units[i].Replied))
		case !rules.grades().Has(s.Grade):
			return bad(ErrStep, "答复类别“%s”无效，应为%s之一", gradeText(s.Grade), rules.grades().letters())
		}
		n.units = slices.Clone(st.units)
		n.units[i].Replied, n.units[i].Grade = s.Date, s.Grade
		n.units[i].Replies++
		if !slices.ContainsFunc(n.units, Handling.Pending) {
			n.state = Replied
		}
	case ActionFeedback:
		switch {
		case !s.Satisfaction.IsValid():
			return bad(lvzhi.ErrRequired, "须注明满意、基本满意或不满意")
		case st.verdict != 0:
			return bad(ErrStep, "本轮办理已有反馈意见（%s）", st.verdict)
		}
		n.verdict = s.Satisfaction
		n.verdicts = appendOwned(r != nil, st.verdicts, s.Satisfaction)
	case ActionReopen:
		if st.verdict != Unsatisfied {
			return bad(ErrStep, "只有提案人对答复不满意时才能二次办理")
		}
		units, err := checkReopen(s, st, rules)
		if err != "" {
			return bad(ErrStep, "%s", err)
		}
		s.Units = units
		n.round = st.round + 1
		n.units = slices.Clone(st.units)
		for _, u := range units {
			i := slices.IndexFunc(n.units, func(h Handling) bool { return h.Name == u.Name })
			n.units[i] = Handling{Unit: u, Assigned: s.Date, Round: n.round, Replies: n.units[i].Replies}
		}
		n.verdict = 0
		n.state = Assigned
	case ActionClose:
		n.state = Closed
	case ActionMarkKey:
		if st.key != nil {
			return bad(ErrStep, "已于%s列为重点提案", zh.Date(st.key.Date))
		}
		n.key = &Selection{Date: s.Date, Actor: s.Actor}
	case ActionSupervise:
		if strings.TrimSpace(s.Leader) == "" {
			return bad(lvzhi.ErrRequired, "须注明督办领导")
		}
		if r.hasLeader(st.leaders, s.Leader) {
			return bad(ErrStep, "%s已在督办本提案", s.Leader)
		}
		n.leaders = appendOwned(r != nil, st.leaders, Supervision{Leader: s.Leader, Date: s.Date, Actor: s.Actor})
	}
	return n, s, nil
}

// appendOwned appends v to list: in place if the caller owns list,
// otherwise into a new array, so that the status list came from keeps its
// own.
func appendOwned[T any](owned bool, list []T, v T) []T {
	if owned {
		return append(list, v)
	}
	return append(slices.Clip(list), v)
}

// hasSeconder reports whether m already seconded, by r's set when
// replaying, by scanning list otherwise, and adds m to r's set.
func (r *replay) hasSeconder(list []lvzhi.MemberID, m lvzhi.MemberID) bool {
	if r == nil {
		return slices.Contains(list, m)
	}
	if r.seconders == nil {
		r.seconders = make(map[lvzhi.MemberID]struct{})
	}
	if _, ok := r.seconders[m]; ok {
		return true
	}
	r.seconders[m] = struct{}{}
	return false
}

// hasLeader is hasSeconder for 督办 leaders.
func (r *replay) hasLeader(list []Supervision, leader string) bool {
	if r == nil {
		return slices.ContainsFunc(list, func(v Supervision) bool { return v.Leader == leader })
	}
	if r.leaders == nil {
		r.leaders = make(map[string]struct{})
	}
	if _, ok := r.leaders[leader]; ok {
		return true
	}
	r.leaders[leader] = struct{}{}
	return false
}

// checkAssignment checks the units of a 交办 and fills in default
// deadlines. It returns a Chinese message for the first problem.
func checkAssignment(s Step, rules Rules) ([]Unit, string) {
	if len(s.Units) == 0 {
		return nil, "交办须至少有一个承办单位"
	}
	if len(s.Units) > MaxUnits {
		return nil, fmt.Sprintf("承办单位有%d个，超过上限%d个", len(s.Units), MaxUnits)
	}
	units := slices.Clone(s.Units)
	var lead, assisting, separate int
	for i := range units {
		u := &units[i]
		if msg := checkUnit(u, units[:i], s.Date, rules); msg != "" {
			return nil, msg
		}
		switch u.Role {
		case Lead:
			lead++
		case Assisting:
			assisting++
		case Separate:
			separate++
		}
	}
	switch {
	case lead > 1:
		return nil, "主办单位只能有一个"
	case assisting > 0 && lead == 0:
		return nil, "有协办单位时须指定主办单位"
	case separate > 0 && lead+assisting > 0:
		return nil, "分办不能与主办、协办同时使用"
	}
	return units, ""
}

// checkUnit checks one unit against those before it and fills in its
// default deadline.
func checkUnit(u *Unit, before []Unit, d lvzhi.Date, rules Rules) string {
	switch {
	case strings.TrimSpace(u.Name) == "":
		return "承办单位名称不能为空"
	case !u.Role.IsValid():
		return fmt.Sprintf("承办单位“%s”须注明主办、协办或分办", u.Name)
	case slices.ContainsFunc(before, func(v Unit) bool { return v.Name == u.Name }):
		return fmt.Sprintf("承办单位“%s”重复", u.Name)
	}
	if u.Deadline.IsZero() {
		u.Deadline = rules.Deadline(d)
	}
	switch {
	case !u.Deadline.IsValid():
		return fmt.Sprintf("承办单位“%s”的办理期限无效", u.Name)
	case u.Deadline.Before(d):
		return fmt.Sprintf("承办单位“%s”的办理期限%s早于交办日期%s", u.Name, zh.Date(u.Deadline), zh.Date(d))
	}
	return ""
}

// checkReopen checks the units of a 二次办理, fills in their roles and
// default deadlines, and returns a Chinese message for the first problem.
func checkReopen(s Step, st status, rules Rules) ([]Unit, string) {
	if len(s.Units) == 0 {
		return nil, "二次办理须至少有一个承办单位"
	}
	if len(s.Units) > MaxUnits {
		return nil, fmt.Sprintf("承办单位有%d个，超过上限%d个", len(s.Units), MaxUnits)
	}
	units := slices.Clone(s.Units)
	for i := range units {
		u := &units[i]
		j := slices.IndexFunc(st.units, func(h Handling) bool { return h.Name == u.Name })
		switch {
		case j < 0:
			return nil, fmt.Sprintf("“%s”不是本提案的承办单位", u.Name)
		case !st.units[j].Role.Replies():
			return nil, fmt.Sprintf("“%s”是协办单位，不单独二次办理", u.Name)
		case u.Role == 0:
			u.Role = st.units[j].Role
		case u.Role != st.units[j].Role:
			return nil, fmt.Sprintf("“%s”的承办方式应为%s", u.Name, st.units[j].Role)
		}
		if msg := checkUnit(u, units[:i], s.Date, rules); msg != "" {
			return nil, msg
		}
	}
	return units, ""
}
