package proposal

// State is where a proposal stands in its workflow. It is never stored: it
// is derived from the proposal's history (see [Proposal.State]), so it
// always agrees with the steps recorded.
//
// Like [net/http.ConnState], each state's comment lists the states that
// may follow it. Steps that do not change the state ([ActionSecond],
// [ActionMarkKey], [ActionSupervise], [ActionFeedback] and an
// [ActionReply] that leaves other units to reply)
// are noted where they are allowed.
type State int

// The states of the workflow.
const (
	// Submitted (已提交) is the state after the proposal is received.
	// 附议 ([ActionSecond]) may be recorded. It may be followed by
	// UnderReview or Withdrawn.
	Submitted State = iota + 1 // 已提交

	// UnderReview (审查中) is the state while the 提案委员会 examines the
	// proposal. 附议 may still be recorded. It may be followed by
	// Registered, Rejected, Merged, ConvertedToSuggestion,
	// ConvertedToOpinion or Withdrawn.
	UnderReview // 审查中

	// Registered (已立案) is the state of a proposal accepted for
	// handling. It may be marked key and supervised. It may be followed
	// by Assigned or Forwarded.
	Registered // 已立案

	// Rejected (不予立案) is final; the step carries the reason.
	Rejected // 不予立案

	// Merged (已并案) is final: the proposal was merged into another one,
	// whose number the step carries.
	Merged // 已并案

	// ConvertedToSuggestion (转为意见建议) is final.
	ConvertedToSuggestion // 转为意见建议

	// ConvertedToOpinion (转为社情民意) is final.
	ConvertedToOpinion // 转为社情民意

	// Withdrawn (已撤案) is final: the proposer withdrew the proposal
	// before it was registered.
	Withdrawn // 已撤案

	// Assigned (已交办) is the state while 承办单位 handle the proposal.
	// Replies are recorded one unit at a time; the proposal may be marked
	// key and supervised. It may be followed by Replied, once every unit
	// that replies (主办 and 分办) has replied.
	Assigned // 已交办

	// Forwarded (已转交) is final at this level: the proposal was passed to
	// the committee one level up (转交市政协办理).
	Forwarded // 已转交

	// Replied (已答复) is the state once every replying unit has replied.
	// The proposer's feedback may be recorded, and the proposal may be
	// marked key and supervised. It may be followed by Assigned (二次办理,
	// only after 不满意 feedback) or Closed.
	Replied // 已答复

	// Closed (已办结) is final.
	Closed // 已办结
)

var stateNames = []string{"", "已提交", "审查中", "已立案", "不予立案", "已并案", "转为意见建议",
	"转为社情民意", "已撤案", "已交办", "已转交", "已答复", "已办结"}

// String returns the Chinese name ("已立案"), or "State(n)" out of range.
func (s State) String() string { return enumName(stateNames, "State", int(s)) }

// IsValid reports whether s is one of the states.
func (s State) IsValid() bool { return s >= Submitted && s <= Closed }

// Final reports whether no step may follow s except those that leave the
// state unchanged (none do, for final states).
func (s State) Final() bool {
	switch s {
	case Rejected, Merged, ConvertedToSuggestion, ConvertedToOpinion, Withdrawn, Forwarded, Closed:
		return true
	}
	return false
}

// MarshalText writes the Chinese name.
func (s State) MarshalText() ([]byte, error) {
	return enumText(stateNames, "提案状态", "State", int(s))
}

// UnmarshalText accepts only the Chinese names written by MarshalText.
func (s *State) UnmarshalText(b []byte) error {
	n, err := enumParse(stateNames, "提案状态", b)
	*s = State(n)
	return err
}

// Action is the kind of one step in a proposal's history.
type Action int

// The actions. Each is taken by the method of [*Proposal] named after it
// ([Proposal.Convert] for both conversions, [New] for [ActionSubmit]); the
// comment says which data the [Step] carries besides its date, actor and
// note.
const (
	ActionSubmit              Action = iota + 1 // 提交
	ActionSecond                                // 附议: Member
	ActionReview                                // 审查
	ActionRegister                              // 立案
	ActionReject                                // 不予立案: Reason
	ActionMerge                                 // 并案: Into
	ActionConvertToSuggestion                   // 转为意见建议
	ActionConvertToOpinion                      // 转为社情民意
	ActionWithdraw                              // 撤案
	ActionAssign                                // 交办: Units
	ActionForward                               // 转交: To
	ActionReply                                 // 答复: Unit, Grade
	ActionFeedback                              // 反馈: Satisfaction
	ActionReopen                                // 二次办理: Units
	ActionClose                                 // 办结
	ActionMarkKey                               // 列为重点提案
	ActionSupervise                             // 督办: Leader
)

var actionNames = []string{"", "提交", "附议", "审查", "立案", "不予立案", "并案", "转为意见建议",
	"转为社情民意", "撤案", "交办", "转交", "答复", "反馈", "二次办理", "办结", "列为重点提案", "督办"}

// String returns the Chinese name ("立案"), or "Action(n)" out of range.
func (a Action) String() string { return enumName(actionNames, "Action", int(a)) }

// IsValid reports whether a is one of the actions.
func (a Action) IsValid() bool { return a >= ActionSubmit && a <= ActionSupervise }

// MarshalText writes the Chinese name.
func (a Action) MarshalText() ([]byte, error) {
	return enumText(actionNames, "办理步骤", "Action", int(a))
}

// UnmarshalText accepts only the Chinese names written by MarshalText.
func (a *Action) UnmarshalText(b []byte) error {
	n, err := enumParse(actionNames, "办理步骤", b)
	*a = Action(n)
	return err
}
