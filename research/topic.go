package research

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Topic is a research topic (调研课题) chosen by the chairpersons' meeting
// and studied by a team led by a chairperson or vice-chairperson.
//
// Its phase is the phase of the last [Step] of its History; move it on
// with [Topic.Advance], which keeps the history legal.
type Topic struct {
	// ID identifies the topic.
	ID lvzhi.TopicID `json:"id" validate:"required" label:"编号"`
	// Title is the topic's name without quotation marks: 建设特色食品产业园.
	Title string `json:"title" validate:"required,max=100" label:"课题名称"`
	// ChosenAt is the chairpersons' meeting (主席会议) that chose the topic.
	ChosenAt lvzhi.SessionID `json:"chosen_at,omitempty" label:"确定课题的主席会议"`
	// Key marks a key topic (重点调研课题).
	Key bool `json:"key,omitempty" label:"重点课题"`
	// Leader is the chairperson or vice-chairperson leading the team
	// (牵头领导); see [Topic.CheckLeader].
	Leader lvzhi.MemberID `json:"leader" validate:"required" label:"牵头领导"`
	// Members are the other members of the team.
	Members []lvzhi.MemberID `json:"members,omitempty" validate:"dive,required" label:"课题组成员"`
	// Offices are the committee's offices taking part (相关委室).
	Offices []string `json:"offices,omitempty" validate:"dive,required,max=50" label:"参与委室"`
	// Units are the government departments taking part (政府有关部门).
	Units []string `json:"units,omitempty" validate:"dive,required,max=100" label:"参与部门"`
	// Span is the period planned for the whole topic, if set; every step
	// and planned date must lie within it.
	Span lvzhi.DateRange `json:"span,omitzero" label:"课题起止日期"`
	// Plan gives the date by which each phase is planned to be reached.
	Plan []Milestone `json:"plan,omitempty" validate:"dive" label:"进度计划"`
	// History records every phase reached, in order.
	History []Step `json:"history,omitempty" validate:"dive" label:"进展记录"`
	// Outputs are the topic's results: reports, instructions, adopted
	// suggestions.
	Outputs []Output `json:"outputs,omitempty" validate:"dive" label:"成果"`
}

// Milestone is a planned date: the topic should reach Phase by Due.
type Milestone struct {
	Phase Phase      `json:"phase" validate:"required,isvalid" label:"阶段"`
	Due   lvzhi.Date `json:"due" validate:"required,isvalid" label:"计划日期"`
}

// Step records that the topic reached Phase on Date.
type Step struct {
	Phase Phase      `json:"phase" validate:"required,isvalid" label:"阶段"`
	Date  lvzhi.Date `json:"date" validate:"required,isvalid" label:"日期"`
	Note  string     `json:"note,omitempty" validate:"max=500" label:"说明"`
}

// Phase returns the phase the topic has reached: that of the last step of
// its history, or the zero Phase (未立项).
func (t Topic) Phase() Phase {
	if len(t.History) == 0 {
		return 0
	}
	return t.History[len(t.History)-1].Phase
}

// PhaseOn returns the phase the topic had reached on day d.
func (t Topic) PhaseOn(d lvzhi.Date) Phase {
	var p Phase
	for _, s := range t.History {
		if s.Date.After(d) {
			break
		}
		p = s.Phase
	}
	return p
}

// Reached reports whether the topic had reached phase p on day d, or
// passed it (a skipped 座谈 counts as passed once the report is being
// written).
func (t Topic) Reached(p Phase, d lvzhi.Date) bool { return t.PhaseOn(d) >= p }

// Behind reports whether the topic is behind its plan on day d: it
// returns the furthest phase whose planned date is before d and which the
// topic had not reached by d.
func (t Topic) Behind(d lvzhi.Date) (Phase, bool) {
	cur := t.PhaseOn(d)
	var late Phase
	for _, m := range t.Plan {
		if m.Due.Before(d) && m.Phase > cur && m.Phase > late {
			late = m.Phase
		}
	}
	return late, late != 0
}

// CheckLeader checks the rule that a topic is led by a chairperson or
// vice-chairperson. The roster lives in another package, so the caller
// supplies isChair, which reports whether a member holds 主席 or 副主席 on
// the given day. The day is the date the topic was approved, or its first
// step; a topic without either is checked on its span's start.
//
// The message names the leader by ID; [Topic.CheckLeaderIn] names them.
func (t Topic) CheckLeader(isChair func(id lvzhi.MemberID, on lvzhi.Date) bool) error {
	return t.checkLeader(isChair, nil)
}

// Chairs answers the questions [Topic.CheckLeaderIn] asks of a roster;
// *member.Roster satisfies it.
type Chairs interface {
	// IsChair reports whether the member holds 主席 or 副主席 on the day.
	IsChair(id lvzhi.MemberID, on lvzhi.Date) bool
	// Name returns the member's name, or "" if unknown.
	Name(id lvzhi.MemberID) string
}

// CheckLeaderIn is [Topic.CheckLeader] against a roster, whose names the
// message uses: "牵头领导须为主席或副主席，张明（m020）在2022年3月1日不是主席或副主席".
func (t Topic) CheckLeaderIn(c Chairs) error {
	if c == nil {
		return nil
	}
	return t.checkLeader(c.IsChair, c.Name)
}

func (t Topic) checkLeader(isChair func(id lvzhi.MemberID, on lvzhi.Date) bool, name func(lvzhi.MemberID) string) error {
	on := t.Span.From
	if len(t.History) > 0 {
		on = t.History[0].Date
	}
	if t.Leader == "" || isChair == nil || isChair(t.Leader, on) {
		return nil
	}
	who := fmt.Sprintf("委员编号为%s的委员", t.Leader)
	if name != nil {
		if n := name(t.Leader); n != "" {
			who = fmt.Sprintf("%s（%s）", n, t.Leader)
		}
	}
	when := ""
	if on.IsValid() {
		when = "在" + zh.Date(on)
	}
	return lvzhi.ValidationErrors{{Field: "Leader", Label: "牵头领导", Rule: "chair",
		Message: fmt.Sprintf("牵头领导须为主席或副主席，%s%s不是主席或副主席", who, when)}}
}

// Validate returns every problem with t as [lvzhi.ValidationErrors], or
// nil: the field rules, plus a legal history (each step an allowed
// successor of the one before, dates never going back, all within Span), a
// plan with each phase once and dates in phase order, and leader and date
// on every instruction.
func (t Topic) Validate() error {
	errs, err := structErrors(t)
	if err != nil {
		return err
	}
	add := func(field, label, rule, msg string) {
		errs = append(errs, lvzhi.FieldError{Field: field, Label: label, Rule: rule, Message: msg})
	}
	span := !t.Span.IsZero()
	if span && !t.Span.IsValid() {
		add("Span", "课题起止日期", "daterange", "课题起止日期须为有效日期且开始不晚于结束")
		span = false
	}
	var prev Step
	for i, s := range t.History {
		f, l := fmt.Sprintf("History[%d]", i), fmt.Sprintf("进展记录[%d]", i)
		if s.Phase.IsValid() && !prev.Phase.CanAdvance(s.Phase) {
			add(f+".Phase", l+".阶段", "transition", fmt.Sprintf("不能从“%s”进入“%s”：%s", prev.Phase, s.Phase, nextText(prev.Phase)))
		}
		if s.Date.IsValid() && prev.Date.IsValid() && s.Date.Before(prev.Date) {
			add(f+".Date", l+".日期", "order", fmt.Sprintf("日期%s早于上一阶段的日期%s", zh.Date(s.Date), zh.Date(prev.Date)))
		}
		if span && s.Date.IsValid() && !t.Span.Contains(s.Date) {
			add(f+".Date", l+".日期", "within", fmt.Sprintf("日期%s不在课题起止日期（%s）之内", zh.Date(s.Date), zh.DateRange(t.Span)))
		}
		prev = s
	}
	seen := make(map[Phase]bool)
	var last Milestone
	for i, m := range t.Plan {
		f, l := fmt.Sprintf("Plan[%d]", i), fmt.Sprintf("进度计划[%d]", i)
		if seen[m.Phase] {
			add(f+".Phase", l+".阶段", "unique", fmt.Sprintf("阶段“%s”在进度计划中重复", m.Phase))
		}
		seen[m.Phase] = true
		if i > 0 && m.Phase > last.Phase && m.Due.IsValid() && m.Due.Before(last.Due) {
			add(f+".Due", l+".计划日期", "order", fmt.Sprintf("“%s”的计划日期早于前一阶段“%s”", m.Phase, last.Phase))
		}
		if span && m.Due.IsValid() && !t.Span.Contains(m.Due) {
			add(f+".Due", l+".计划日期", "within", fmt.Sprintf("计划日期%s不在课题起止日期（%s）之内", zh.Date(m.Due), zh.DateRange(t.Span)))
		}
		last = m
	}
	errs = append(errs, checkOutputs("Outputs", "成果", t.Outputs)...)
	return errs.Err()
}

// nextText says in Chinese which phases may follow p.
func nextText(p Phase) string {
	next := p.Next()
	if len(next) == 0 {
		return "“" + p.String() + "”已是最后阶段"
	}
	names := make([]string, len(next))
	for i, n := range next {
		names[i] = "“" + n.String() + "”"
	}
	return "“" + p.String() + "”之后只能进入" + strings.Join(names, "或")
}
