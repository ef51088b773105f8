package proposal

import (
	"errors"
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi"
)

// Act says when, by whom and with what remark a step is taken. Every
// method that changes a proposal takes one.
type Act struct {
	// Date is the day of the step; it must be valid and not before the
	// previous step.
	Date lvzhi.Date
	// Actor is who took the step: 提案委员会, 九届九次主席会议, a unit's
	// name, a member's ID.
	Actor string
	// Note is an optional remark kept in the history.
	Note string
}

// At returns the Act dated d and taken by actor.
func At(d lvzhi.Date, actor string) Act { return Act{Date: d, Actor: actor} }

// Unit is a 承办单位 with its role and reply deadline, as given to
// [Proposal.Assign] and [Proposal.Reopen] and as recorded in the history.
type Unit struct {
	// Name is the unit's name: 区发展和改革局.
	Name string `json:"name"`
	// Role is 主办, 协办 or 分办.
	Role Role `json:"role"`
	// Deadline is the day the reply is due. Left zero when assigning, it
	// becomes [Rules.Deadline] of the step's date.
	Deadline lvzhi.Date `json:"deadline,omitzero"`
}

// Step is one dated and attributed entry in a proposal's history. Only the
// fields named for its [Action] are set; the others are zero.
type Step struct {
	// Action is what was done.
	Action Action `json:"action"`
	// Date is the day it was done; never before the previous step's.
	Date lvzhi.Date `json:"date"`
	// Actor is who did it: a body, a unit, a member's ID.
	Actor string `json:"actor,omitempty"`
	// Note is a free remark.
	Note string `json:"note,omitempty"`

	// Reason is why the proposal is not registered (不予立案).
	Reason string `json:"reason,omitempty"`
	// Into is the number of the proposal this one is merged into (并案).
	Into int `json:"into,omitzero"`
	// Units are the units assigned (交办) or given the proposal again
	// (二次办理).
	Units []Unit `json:"units,omitempty"`
	// To is the committee the proposal is forwarded to (转交).
	To string `json:"to,omitempty"`
	// Unit is the unit replying (答复).
	Unit string `json:"unit,omitempty"`
	// Grade is the reply's result category (答复).
	Grade Grade `json:"grade,omitzero"`
	// Satisfaction is the proposer's verdict (反馈).
	Satisfaction Satisfaction `json:"satisfaction,omitzero"`
	// Member is the member seconding the proposal (附议).
	Member lvzhi.MemberID `json:"member,omitempty"`
	// Leader is the name or ID of the supervising leader (督办).
	Leader string `json:"leader,omitempty"`
}

// clone returns s with its own copy of Units.
func (s Step) clone() Step {
	if len(s.Units) == 0 {
		s.Units = nil
	} else {
		s.Units = slices.Clone(s.Units)
	}
	return s
}

// Handling is the state of one unit's handling of a proposal, as returned
// by [Proposal.Units].
type Handling struct {
	Unit
	// Assigned is the day of the latest 交办 or 二次办理 of this unit.
	Assigned lvzhi.Date `json:"assigned"`
	// Round is 1 for the first handling, 2 after one 二次办理, and so on.
	Round int `json:"round"`
	// Replied is the day of the unit's reply in the current round; zero
	// while the reply is pending (and always for 协办 units).
	Replied lvzhi.Date `json:"replied,omitzero"`
	// Grade is the grade of that reply.
	Grade Grade `json:"grade,omitzero"`
	// Replies counts the unit's replies over all rounds.
	Replies int `json:"replies,omitzero"`
}

// Pending reports whether h still owes a reply: it replies (主办, 分办)
// and has not replied in the current round.
func (h Handling) Pending() bool { return h.Role.Replies() && h.Replied.IsZero() }

// Sentinel errors, for use with [errors.Is].
var (
	// ErrTransition reports a step its proposal's state does not allow;
	// the error is a *[TransitionError].
	ErrTransition = errors.New("办理步骤不合流程")
	// ErrStep reports a step whose data is missing or wrong for its
	// action (no reason for 不予立案, a reply from a unit not assigned, a
	// date before the previous step); the error is a *[StepError].
	ErrStep = errors.New("办理步骤无效")
	// ErrDuplicate reports a proposal number already used in the term.
	ErrDuplicate = errors.New("提案号重复")
)

// TransitionError reports an action the proposal's current state does not
// allow. The proposal is left unchanged. Its message names the proposal,
// the current state and the attempted action:
//
//	proposal: 第23号提案当前状态为“已提交”，不能“立案”
type TransitionError struct {
	Number int    // the proposal's number
	From   State  // its state
	Action Action // the action attempted
	label  string // the formatted number
}

// Error returns the Chinese message.
func (e *TransitionError) Error() string {
	return fmt.Sprintf("proposal: %s提案当前状态为“%s”，不能“%s”", numLabel(e.label, e.Number), e.From, e.Action)
}

// Unwrap returns [ErrTransition].
func (e *TransitionError) Unwrap() error { return ErrTransition }

// StepError reports a step whose data is wrong for its action, although
// the action itself is allowed. The proposal is left unchanged.
type StepError struct {
	Number int    // the proposal's number
	Action Action // the action attempted
	Detail string // what is wrong, in Chinese
	Err    error  // lvzhi.ErrOrder, lvzhi.ErrRequired or ErrStep
	label  string // the formatted number
}

// Error returns the Chinese message.
func (e *StepError) Error() string {
	return fmt.Sprintf("proposal: %s提案“%s”步骤无效：%s", numLabel(e.label, e.Number), actionText(e.Action), e.Detail)
}

// Unwrap returns [ErrStep] and the specific cause.
func (e *StepError) Unwrap() []error {
	if e.Err == nil || e.Err == ErrStep {
		return []error{ErrStep}
	}
	return []error{ErrStep, e.Err}
}

// HistoryError reports a recorded history that breaks the workflow, found
// while decoding: Index is the position of the offending step (counted
// from 0), Err the *[TransitionError] or *[StepError] it caused.
type HistoryError struct {
	Number int    // the proposal's number
	Index  int    // the offending step, counted from 0
	Err    error  // the step's error
	label  string // the formatted number
}

// Error returns the Chinese message, with the step counted from 1 and its
// index.
func (e *HistoryError) Error() string {
	return fmt.Sprintf("proposal: %s提案的办理记录第%d步（history[%d]）不合流程：%v", numLabel(e.label, e.Number), e.Index+1, e.Index, e.Err)
}

// Unwrap returns the step's error.
func (e *HistoryError) Unwrap() error { return e.Err }

// JSONMessage returns the message without the proposal's number, which
// the JSON path of a decoding error already gives: "办理记录第2步“审查”有误：…"
// or "办理记录第3步不合流程：当前状态为“已立案”，不能“审查”".
func (e *HistoryError) JSONMessage() string {
	switch err := e.Err.(type) {
	case *StepError:
		return fmt.Sprintf("办理记录第%d步“%s”有误：%s", e.Index+1, actionText(err.Action), err.Detail)
	case *TransitionError:
		return fmt.Sprintf("办理记录第%d步不合流程：当前状态为“%s”，不能“%s”", e.Index+1, err.From, actionText(err.Action))
	}
	return e.Error()
}

// JSONPath returns the place of the offending step relative to the
// proposal's JSON object, ".history[2]", so that a strict decoder of a
// larger document can name it in full ("$.proposals[3].history[2]").
func (e *HistoryError) JSONPath() string { return fmt.Sprintf(".history[%d]", e.Index) }

// numLabel returns label, or the number in the default format when an
// error was built without one.
func numLabel(label string, n int) string {
	if label != "" {
		return label
	}
	return NumberFormat{}.Format(n)
}
