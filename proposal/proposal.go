package proposal

import (
	"fmt"
	"iter"
	"slices"

	"github.com/lvzhi-go/lvzhi"
)

// MaxSteps is the most steps a proposal's history may hold. Real histories
// have a few dozen; the bound keeps a hostile file from making one
// proposal arbitrarily expensive to load.
const MaxSteps = 10000

// MaxUnits is the most 承办单位 one 交办 or 二次办理 may name.
const MaxUnits = 100

// Proposal is one 提案 with its full history. Its [Record] fields say what
// it proposes and who submitted it; its state is derived from the history
// and changes only through the methods below, each of which records one
// dated and attributed [Step] or returns an error and changes nothing. A
// history that breaks the workflow therefore cannot be built, and decoding
// one from JSON fails.
//
// Create a Proposal with [New] or [Rules.New]; the zero Proposal has no
// history and accepts only JSON decoding.
type Proposal struct {
	Record
	rules Rules
	steps []Step
	ev    []event // a compact copy of steps, for statistics
	st    status
}

// New records the submission (提交) of r on a.Date and returns the
// proposal, under the zero [Rules]. The actor defaults to the submitter's
// [Submitter.Lead]. r must pass [Rules.Validate].
func New(r Record, a Act) (*Proposal, error) { return Rules{}.New(r, a) }

// New is like the function [New] under rules: the proposal keeps a copy of
// rules for its 案由 length, categories, reply deadlines and grades.
func (rules Rules) New(r Record, a Act) (*Proposal, error) {
	r.normalise()
	if err := rules.Validate(r); err != nil {
		return nil, err
	}
	if a.Actor == "" {
		a.Actor = r.Submitter.Lead()
	}
	p := &Proposal{Record: r, rules: rules}
	if err := p.Apply(Step{Action: ActionSubmit, Date: a.Date, Actor: a.Actor, Note: a.Note}); err != nil {
		return nil, err
	}
	return p, nil
}

// Rules returns the rules p follows.
func (p *Proposal) Rules() Rules { return p.rules }

// Label returns p's number as written: 第23号.
func (p *Proposal) Label() string { return p.rules.Number.Format(p.Number) }

// Validate checks p's record under p's rules; see [Rules.Validate].
func (p *Proposal) Validate() error { return p.rules.Validate(p.Record) }

// Apply records step s if the workflow allows it, and otherwise returns a
// *[TransitionError] or *[StepError] and changes nothing. Every other
// method that changes p calls Apply; it is exported for callers that
// import histories from elsewhere. For 交办 and 二次办理, units without a
// deadline get [Rules.Deadline] of the step's date, and units given again
// without a role keep their role; the history records the values used.
func (p *Proposal) Apply(s Step) error { return p.apply(s, nil) }

// apply is Apply, replaying in place when r is not nil (see replay).
func (p *Proposal) apply(s Step, r *replay) error {
	if len(p.steps) >= MaxSteps {
		return withLabel(&StepError{Number: p.Number, Action: s.Action, Err: ErrStep,
			Detail: fmt.Sprintf("办理记录已有%d步，达到每件提案%d步的上限", len(p.steps), MaxSteps)}, p.Label())
	}
	next, rec, err := p.st.step(s, p.rules, p.Number, r)
	if err != nil {
		return withLabel(err, p.Label())
	}
	p.steps = append(p.steps, rec.clone())
	p.ev = appendEvents(p.ev, rec, next.units)
	p.st = next
	return nil
}

// withLabel sets the formatted number of a step error from next.
func withLabel(err error, label string) error {
	switch e := err.(type) {
	case *StepError:
		e.label = label
	case *TransitionError:
		e.label = label
	}
	return err
}

func (p *Proposal) do(a Act, s Step) error {
	s.Date, s.Actor, s.Note = a.Date, a.Actor, a.Note
	return p.Apply(s)
}

// Second records 附议 by member m: allowed while Submitted or UnderReview,
// once per member.
func (p *Proposal) Second(a Act, m lvzhi.MemberID) error {
	return p.do(a, Step{Action: ActionSecond, Member: m})
}

// Review starts the review (审查) of a Submitted proposal.
func (p *Proposal) Review(a Act) error { return p.do(a, Step{Action: ActionReview}) }

// Register records 立案 of a proposal UnderReview; a.Actor is the body that
// decided (提案委员会, 九届九次主席会议).
func (p *Proposal) Register(a Act) error { return p.do(a, Step{Action: ActionRegister}) }

// Reject records 不予立案 of a proposal UnderReview; the reason is required.
func (p *Proposal) Reject(a Act, reason string) error {
	return p.do(a, Step{Action: ActionReject, Reason: reason})
}

// Merge records 并案: the proposal UnderReview is merged into the proposal
// numbered into, which must be another number.
func (p *Proposal) Merge(a Act, into int) error {
	return p.do(a, Step{Action: ActionMerge, Into: into})
}

// Convert turns a proposal UnderReview into 意见建议 or 社情民意.
func (p *Proposal) Convert(a Act, c Conversion) error {
	switch c {
	case ToSuggestion:
		return p.do(a, Step{Action: ActionConvertToSuggestion})
	case ToOpinion:
		return p.do(a, Step{Action: ActionConvertToOpinion})
	}
	return &StepError{Number: p.Number, Action: ActionConvertToSuggestion, Err: ErrStep, label: p.Label(),
		Detail: "转处方式" + c.String() + "无效，应为意见建议或社情民意"}
}

// Withdraw records 撤案 by the proposer, allowed before 立案.
func (p *Proposal) Withdraw(a Act) error { return p.do(a, Step{Action: ActionWithdraw}) }

// Assign records 交办 of a Registered proposal to one or more units: one
// 主办 with any number of 协办, or one or more 分办. Units without a
// deadline get [Rules.Deadline] of a.Date.
func (p *Proposal) Assign(a Act, units ...Unit) error {
	return p.do(a, Step{Action: ActionAssign, Units: units})
}

// Forward records 转交 of a Registered proposal to the committee one level
// up (usually [lvzhi.Committee.Superior], 市政协), which handles it from then
// on.
func (p *Proposal) Forward(a Act, to string) error {
	return p.do(a, Step{Action: ActionForward, To: to})
}

// Reply records the reply (答复) of a 主办 or 分办 unit with its grade,
// which must belong to the rules' [GradeScheme]. 协办 units do not reply:
// their views go to the 主办, whose reply covers them. Once every
// replying unit has replied, the proposal is Replied.
func (p *Proposal) Reply(a Act, unit string, g Grade) error {
	return p.do(a, Step{Action: ActionReply, Unit: unit, Grade: g})
}

// Feedback records the proposer's verdict on the replies, once per round
// of handling, while the proposal is Replied.
func (p *Proposal) Feedback(a Act, s Satisfaction) error {
	return p.do(a, Step{Action: ActionFeedback, Satisfaction: s})
}

// Reopen starts 二次办理 after 不满意 feedback: the named units (by
// default every 主办 or 分办 unit) handle the proposal again and owe a new
// reply; the proposal is Assigned again.
func (p *Proposal) Reopen(a Act, units ...Unit) error {
	if len(units) == 0 {
		for _, h := range p.st.units {
			if h.Role.Replies() {
				units = append(units, Unit{Name: h.Name})
			}
		}
	}
	return p.do(a, Step{Action: ActionReopen, Units: units})
}

// Close records 办结 of a Replied proposal. Feedback is not required
// first, and a proposal whose proposer is not satisfied may be closed
// after explanation instead of being handled again.
func (p *Proposal) Close(a Act) error { return p.do(a, Step{Action: ActionClose}) }

// MarkKey selects the proposal as a 重点提案; a.Actor says by whom (usually
// the 主席会议). Allowed once, from 立案 until 办结.
func (p *Proposal) MarkKey(a Act) error { return p.do(a, Step{Action: ActionMarkKey}) }

// Supervise records 督办 by a committee leader (name or ID), allowed from
// 立案 until 办结, once per leader.
func (p *Proposal) Supervise(a Act, leader string) error {
	return p.do(a, Step{Action: ActionSupervise, Leader: leader})
}

// State returns the current state, derived from the history; 0 for the
// zero Proposal.
func (p *Proposal) State() State { return p.st.state }

// StateOn returns the state at the end of day d: the state after the
// steps dated d or earlier, or 0 if the proposal had not been submitted.
func (p *Proposal) StateOn(d lvzhi.Date) State { return p.statusOn(d).state }

// History returns a copy of the steps, oldest first.
func (p *Proposal) History() []Step {
	out := make([]Step, len(p.steps))
	for i, s := range p.steps {
		out[i] = s.clone()
	}
	return out
}

// Steps yields the steps with their indexes, oldest first, without copying
// the history: for loops that only read it. The steps share their unit
// lists with p and must not be changed; use [Proposal.History] for a copy.
func (p *Proposal) Steps() iter.Seq2[int, Step] {
	return func(yield func(int, Step) bool) {
		for i, s := range p.steps {
			if !yield(i, s) {
				return
			}
		}
	}
}

// Submitted returns the date of submission (the first step), or the zero
// Date for the zero Proposal.
func (p *Proposal) Submitted() lvzhi.Date { return p.st.first }

// LastDate returns the date of the latest step.
func (p *Proposal) LastDate() lvzhi.Date { return p.st.last }

// Units returns the handling units and their replies in the current round,
// in the order they were assigned.
func (p *Proposal) Units() []Handling { return slices.Clone(p.st.units) }

// Round returns the round of handling: 0 before 交办, 1 after it, 2 after
// the first 二次办理, and so on.
func (p *Proposal) Round() int { return p.st.round }

// Overdue returns the units that, at the end of day on, had been assigned
// the proposal, were due to reply before on, and had not replied: 协办
// units never are.
func (p *Proposal) Overdue(on lvzhi.Date) []Unit {
	var out []Unit
	for _, h := range p.statusOn(on).units {
		if h.Pending() && h.Deadline.Before(on) {
			out = append(out, h.Unit)
		}
	}
	return out
}

// IsOverdue reports whether [Proposal.Overdue] on is not empty.
func (p *Proposal) IsOverdue(on lvzhi.Date) bool { return len(p.Overdue(on)) > 0 }

// Key reports whether the proposal is a 重点提案 and when and by whom it
// was selected.
func (p *Proposal) Key() (Selection, bool) {
	if p.st.key == nil {
		return Selection{}, false
	}
	return *p.st.key, true
}

// IsKey reports whether the proposal is a 重点提案.
func (p *Proposal) IsKey() bool { return p.st.key != nil }

// Supervisions returns the 督办 records, oldest first.
func (p *Proposal) Supervisions() []Supervision { return slices.Clone(p.st.leaders) }

// Seconders returns the members who seconded (附议) the proposal.
func (p *Proposal) Seconders() []lvzhi.MemberID { return slices.Clone(p.st.seconders) }

// Satisfaction returns the proposer's latest verdict, if any.
func (p *Proposal) Satisfaction() (Satisfaction, bool) {
	if len(p.st.verdicts) == 0 {
		return 0, false
	}
	return p.st.verdicts[len(p.st.verdicts)-1], true
}

// MergedInto returns the number of the proposal p was merged into, or 0.
func (p *Proposal) MergedInto() int { return p.st.into }

// ForwardedTo returns the committee p was forwarded to, or "".
func (p *Proposal) ForwardedTo() string { return p.st.to }

// RejectReason returns the reason p was not registered, or "".
func (p *Proposal) RejectReason() string { return p.st.reason }

// Conversion returns what p was converted into, or 0.
func (p *Proposal) Conversion() Conversion { return p.st.conv }

// statusOn replays the steps dated d or earlier. The history is valid, so
// replaying a prefix of it cannot fail.
func (p *Proposal) statusOn(d lvzhi.Date) status {
	if !d.Before(p.st.last) {
		return p.st
	}
	var st status
	var r replay
	for _, s := range p.steps {
		if s.Date.After(d) {
			break
		}
		st, _, _ = st.step(s, p.rules, p.Number, &r)
	}
	return st
}
