package proposal

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

const (
	leadUnit   = "区发展和改革局"
	assistUnit = "区财政局"
)

// reach returns a proposal brought to a named scenario by legal steps.
func reach(tb testing.TB, scenario string) *Proposal {
	tb.Helper()
	p := submitted(tb, 1)
	step := func(err error) { tb.Helper(); require.NoError(tb, err) }
	if scenario == "已提交" {
		return p
	}
	step(p.Review(At(day(1, 20), "提案委员会")))
	switch scenario {
	case "审查中":
		return p
	case "不予立案":
		step(p.Reject(At(day(2, 20), "提案委员会"), "属于个人事务"))
		return p
	case "已并案":
		step(p.Merge(At(day(2, 20), "提案委员会"), 7))
		return p
	case "转为意见建议":
		step(p.Convert(At(day(2, 20), "提案委员会"), ToSuggestion))
		return p
	case "转为社情民意":
		step(p.Convert(At(day(2, 20), "提案委员会"), ToOpinion))
		return p
	case "已撤案":
		step(p.Withdraw(At(day(2, 20), "m001")))
		return p
	}
	step(p.Register(At(day(2, 20), "九届九次主席会议")))
	switch scenario {
	case "已立案":
		return p
	case "已转交":
		step(p.Forward(At(day(5, 3), "提案委员会"), "市政协"))
		return p
	}
	step(p.Assign(At(day(5, 3), "联席会议"), Unit{Name: leadUnit, Role: Lead}, Unit{Name: assistUnit, Role: Assisting}))
	if scenario == "已交办" {
		return p
	}
	step(p.Reply(At(day(7, 1), leadUnit), leadUnit, GradeA))
	switch scenario {
	case "已答复":
		return p
	case "已答复（不满意）":
		step(p.Feedback(At(day(7, 10), "m001"), Unsatisfied))
		return p
	}
	step(p.Feedback(At(day(7, 10), "m001"), Satisfied))
	step(p.Close(At(day(7, 20), "提案委员会")))
	require.Equal(tb, "已办结", scenario)
	return p
}

// sample returns a step for action a whose data is right in the scenarios
// where a is allowed.
func sample(a Action) Step {
	s := Step{Action: a, Date: day(12, 1), Actor: "测试"}
	switch a {
	case ActionSecond:
		s.Member = "m099"
	case ActionReject:
		s.Reason = "不属于政协提案受理范围"
	case ActionMerge:
		s.Into = 7
	case ActionAssign:
		s.Units = []Unit{{Name: leadUnit, Role: Lead}}
	case ActionForward:
		s.To = "市政协"
	case ActionReply:
		s.Unit, s.Grade = leadUnit, GradeB
	case ActionFeedback:
		s.Satisfaction = BasicallySatisfied
	case ActionReopen:
		s.Units = []Unit{{Name: leadUnit}}
	case ActionSupervise:
		s.Leader = "王副主席"
	}
	return s
}

func TestEveryStepInEveryState(t *testing.T) {
	// Written out by hand from the workflow, independently of the code:
	// the actions each scenario allows and the state each leads to, and
	// the actions allowed by the state but refused for their data.
	tests := []struct {
		scenario string
		state    State
		allowed  map[Action]State
		refused  []Action
	}{
		{"已提交", Submitted, map[Action]State{ActionSecond: Submitted, ActionReview: UnderReview, ActionWithdraw: Withdrawn}, nil},
		{"审查中", UnderReview, map[Action]State{ActionSecond: UnderReview, ActionRegister: Registered, ActionReject: Rejected,
			ActionMerge: Merged, ActionConvertToSuggestion: ConvertedToSuggestion, ActionConvertToOpinion: ConvertedToOpinion,
			ActionWithdraw: Withdrawn}, nil},
		{"已立案", Registered, map[Action]State{ActionAssign: Assigned, ActionForward: Forwarded, ActionMarkKey: Registered,
			ActionSupervise: Registered}, nil},
		{"已交办", Assigned, map[Action]State{ActionReply: Replied, ActionMarkKey: Assigned, ActionSupervise: Assigned}, nil},
		{"已答复", Replied, map[Action]State{ActionFeedback: Replied, ActionClose: Closed, ActionMarkKey: Replied,
			ActionSupervise: Replied}, []Action{ActionReopen}},
		{"已答复（不满意）", Replied, map[Action]State{ActionReopen: Assigned, ActionClose: Closed, ActionMarkKey: Replied,
			ActionSupervise: Replied}, []Action{ActionFeedback}},
		{"不予立案", Rejected, nil, nil},
		{"已并案", Merged, nil, nil},
		{"转为意见建议", ConvertedToSuggestion, nil, nil},
		{"转为社情民意", ConvertedToOpinion, nil, nil},
		{"已撤案", Withdrawn, nil, nil},
		{"已转交", Forwarded, nil, nil},
		{"已办结", Closed, nil, nil},
	}
	for _, tt := range tests {
		require.Equal(t, tt.state, reach(t, tt.scenario).State(), tt.scenario)
		for a := ActionSubmit; a <= ActionSupervise; a++ {
			t.Run(tt.scenario+"/"+a.String(), func(t *testing.T) {
				p := reach(t, tt.scenario)
				before := p.History()
				err := p.Apply(sample(a))
				if next, ok := tt.allowed[a]; ok {
					require.NoError(t, err)
					assert.Equal(t, next, p.State())
					assert.Len(t, p.History(), len(before)+1)
					assert.Equal(t, a, p.History()[len(before)].Action)
					return
				}
				require.Error(t, err)
				assert.Equal(t, tt.state, p.State(), "a refused step must not change the state")
				assert.Equal(t, before, p.History(), "a refused step must not change the history")
				if containsAction(tt.refused, a) {
					var se *StepError
					require.ErrorAs(t, err, &se)
					assert.ErrorIs(t, err, ErrStep)
					return
				}
				var te *TransitionError
				require.ErrorAs(t, err, &te)
				assert.ErrorIs(t, err, ErrTransition)
				assert.Equal(t, TransitionError{Number: 1, From: tt.state, Action: a, label: "第1号"}, *te)
				assert.Equal(t, "proposal: 第1号提案当前状态为“"+tt.state.String()+"”，不能“"+a.String()+"”", err.Error())
			})
		}
	}
}

func containsAction(as []Action, a Action) bool {
	for _, b := range as {
		if a == b {
			return true
		}
	}
	return false
}

func TestBadStepData(t *testing.T) {
	tests := []struct {
		name     string
		scenario string
		step     func(p *Proposal) error
		prep     func(p *Proposal)
		sentinel error
		message  string
	}{
		{"date before previous step", "已提交", func(p *Proposal) error { return p.Review(At(day(1, 8), "")) }, nil,
			lvzhi.ErrOrder, "日期2022年1月8日早于上一步的日期2022年1月9日"},
		{"zero date", "已提交", func(p *Proposal) error { return p.Review(At(lvzhi.Date{}, "")) }, nil,
			lvzhi.ErrRequired, "日期“”未填写或无效"},
		{"invalid date", "已提交", func(p *Proposal) error { return p.Review(At(lvzhi.Date{Year: 2022, Month: 2, Day: 30}, "")) }, nil,
			lvzhi.ErrRequired, "未填写或无效"},
		{"reject without reason", "审查中", func(p *Proposal) error { return p.Reject(At(day(3, 1), ""), "  ") }, nil,
			lvzhi.ErrRequired, "不予立案须说明理由"},
		{"merge into itself", "审查中", func(p *Proposal) error { return p.Merge(At(day(3, 1), ""), 1) }, nil,
			ErrStep, "并入的提案号须为另一件提案的编号（现为1）"},
		{"merge into nothing", "审查中", func(p *Proposal) error { return p.Merge(At(day(3, 1), ""), 0) }, nil,
			ErrStep, "并入的提案号"},
		{"convert to nothing", "审查中", func(p *Proposal) error { return p.Convert(At(day(3, 1), ""), 9) }, nil,
			ErrStep, "转处方式Conversion(9)无效"},
		{"second twice", "已提交", func(p *Proposal) error {
			return p.Second(At(day(1, 11), "m002"), "m002")
		}, func(p *Proposal) { mustDo(t, p.Second(At(day(1, 10), "m002"), "m002")) }, ErrStep, "委员 m002 已经附议"},
		{"second without member", "已提交", func(p *Proposal) error { return p.Second(At(day(1, 10), ""), "") }, nil,
			lvzhi.ErrRequired, "须注明附议委员"},
		{"forward nowhere", "已立案", func(p *Proposal) error { return p.Forward(At(day(5, 3), ""), "") }, nil,
			lvzhi.ErrRequired, "须注明转交的上级政协"},
		{"assign nobody", "已立案", func(p *Proposal) error { return p.Assign(At(day(5, 3), "")) }, nil,
			ErrStep, "交办须至少有一个承办单位"},
		{"two lead units", "已立案", func(p *Proposal) error {
			return p.Assign(At(day(5, 3), ""), Unit{Name: "甲局", Role: Lead}, Unit{Name: "乙局", Role: Lead})
		}, nil, ErrStep, "主办单位只能有一个"},
		{"assisting without lead", "已立案", func(p *Proposal) error {
			return p.Assign(At(day(5, 3), ""), Unit{Name: "甲局", Role: Assisting})
		}, nil, ErrStep, "有协办单位时须指定主办单位"},
		{"separate mixed with lead", "已立案", func(p *Proposal) error {
			return p.Assign(At(day(5, 3), ""), Unit{Name: "甲局", Role: Lead}, Unit{Name: "乙局", Role: Separate})
		}, nil, ErrStep, "分办不能与主办、协办同时使用"},
		{"unit twice", "已立案", func(p *Proposal) error {
			return p.Assign(At(day(5, 3), ""), Unit{Name: "甲局", Role: Separate}, Unit{Name: "甲局", Role: Separate})
		}, nil, ErrStep, "承办单位“甲局”重复"},
		{"unit without role", "已立案", func(p *Proposal) error { return p.Assign(At(day(5, 3), ""), Unit{Name: "甲局"}) }, nil,
			ErrStep, "承办单位“甲局”须注明主办、协办或分办"},
		{"unit without name", "已立案", func(p *Proposal) error { return p.Assign(At(day(5, 3), ""), Unit{Role: Lead}) }, nil,
			ErrStep, "承办单位名称不能为空"},
		{"deadline before assignment", "已立案", func(p *Proposal) error {
			return p.Assign(At(day(5, 3), ""), Unit{Name: "甲局", Role: Lead, Deadline: day(5, 2)})
		}, nil, ErrStep, "承办单位“甲局”的办理期限2022年5月2日早于交办日期2022年5月3日"},
		{"reply from assisting unit", "已交办", func(p *Proposal) error { return p.Reply(At(day(6, 1), ""), assistUnit, GradeA) }, nil,
			ErrStep, "“区财政局”是协办单位，不直接答复，其意见送主办单位汇总"},
		{"reply from stranger", "已交办", func(p *Proposal) error { return p.Reply(At(day(6, 1), ""), "区教育局", GradeA) }, nil,
			ErrStep, "“区教育局”不是本提案的承办单位"},
		{"reply without unit", "已交办", func(p *Proposal) error { return p.Reply(At(day(6, 1), ""), "", GradeA) }, nil,
			lvzhi.ErrRequired, "须注明答复单位"},
		{"grade outside default scheme", "已交办", func(p *Proposal) error { return p.Reply(At(day(6, 1), ""), leadUnit, GradeD) }, nil,
			ErrStep, "答复类别“D”无效，应为A、B、C之一"},
		{"feedback without verdict", "已答复", func(p *Proposal) error { return p.Feedback(At(day(7, 5), ""), 0) }, nil,
			lvzhi.ErrRequired, "须注明满意、基本满意或不满意"},
		{"feedback twice", "已答复（不满意）", func(p *Proposal) error { return p.Feedback(At(day(7, 11), ""), Satisfied) }, nil,
			ErrStep, "本轮办理已有反馈意见（不满意）"},
		{"reopen when satisfied", "已答复", func(p *Proposal) error {
			return p.Reopen(At(day(7, 6), ""))
		}, func(p *Proposal) { mustDo(t, p.Feedback(At(day(7, 5), ""), Satisfied)) }, ErrStep, "只有提案人对答复不满意时才能二次办理"},
		{"reopen assisting unit", "已答复（不满意）", func(p *Proposal) error { return p.Reopen(At(day(7, 11), ""), Unit{Name: assistUnit}) }, nil,
			ErrStep, "“区财政局”是协办单位，不单独二次办理"},
		{"reopen with another role", "已答复（不满意）", func(p *Proposal) error {
			return p.Reopen(At(day(7, 11), ""), Unit{Name: leadUnit, Role: Separate})
		}, nil, ErrStep, "“区发展和改革局”的承办方式应为主办"},
		{"reopen stranger", "已答复（不满意）", func(p *Proposal) error { return p.Reopen(At(day(7, 11), ""), Unit{Name: "区教育局"}) }, nil,
			ErrStep, "“区教育局”不是本提案的承办单位"},
		{"mark key twice", "已立案", func(p *Proposal) error {
			return p.MarkKey(At(day(3, 2), "主席会议"))
		}, func(p *Proposal) { mustDo(t, p.MarkKey(At(day(3, 1), "主席会议"))) }, ErrStep, "已于2022年3月1日列为重点提案"},
		{"supervise without leader", "已立案", func(p *Proposal) error { return p.Supervise(At(day(3, 1), ""), "") }, nil,
			lvzhi.ErrRequired, "须注明督办领导"},
		{"same leader twice", "已交办", func(p *Proposal) error {
			return p.Supervise(At(day(5, 11), ""), "王副主席")
		}, func(p *Proposal) { mustDo(t, p.Supervise(At(day(5, 10), ""), "王副主席")) }, ErrStep, "王副主席已在督办本提案"},
		{"data foreign to the action", "审查中", func(p *Proposal) error {
			return p.Apply(Step{Action: ActionRegister, Date: day(3, 1), Reason: "无", To: "市政协"})
		}, nil, ErrStep, "不应填写理由、转交单位"},
		{"unknown action", "审查中", func(p *Proposal) error { return p.Apply(Step{Action: 99, Date: day(3, 1)}) }, nil,
			ErrStep, "未知的办理步骤（代码99）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reach(t, tt.scenario)
			if tt.prep != nil {
				tt.prep(p)
			}
			state := p.State()
			n := len(p.History())
			err := tt.step(p)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.sentinel)
			assert.ErrorIs(t, err, ErrStep)
			var se *StepError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, 1, se.Number)
			assert.Contains(t, err.Error(), tt.message)
			assert.Contains(t, err.Error(), "第1号提案")
			assert.Equal(t, state, p.State())
			assert.Len(t, p.History(), n)
		})
	}
}

func TestFirstStepMustBeSubmit(t *testing.T) {
	var p Proposal
	err := p.Apply(Step{Action: ActionReview, Date: day(1, 9)})
	assert.ErrorIs(t, err, ErrStep)
	assert.Contains(t, err.Error(), "办理记录的第一步须为“提交”")
	assert.Equal(t, State(0), p.State())
	assert.Empty(t, p.History())
}

func TestSeparateUnitsEachReply(t *testing.T) {
	p := reach(t, "已立案")
	mustDo(t, p.Assign(At(day(5, 3), "联席会议"), Unit{Name: "甲局", Role: Separate}, Unit{Name: "乙局", Role: Separate, Deadline: day(6, 30)}))
	units := p.Units()
	require.Len(t, units, 2)
	assert.Equal(t, day(8, 3), units[0].Deadline, "default deadline is three months after 交办")
	assert.Equal(t, day(6, 30), units[1].Deadline, "a deadline given is kept")
	assert.Equal(t, day(8, 3), p.History()[len(p.History())-1].Units[0].Deadline, "the history records the deadline used")

	mustDo(t, p.Reply(At(day(6, 20), "甲局"), "甲局", GradeA))
	assert.Equal(t, Assigned, p.State(), "乙局 has not replied yet")
	assert.Equal(t, []Unit{{Name: "乙局", Role: Separate, Deadline: day(6, 30)}}, p.Overdue(day(7, 1)))
	assert.Empty(t, p.Overdue(day(6, 30)), "due on 6月30日 is not overdue that day")
	assert.False(t, p.IsOverdue(day(6, 30)))
	err := p.Reply(At(day(6, 21), "甲局"), "甲局", GradeB)
	assert.ErrorIs(t, err, ErrStep)
	assert.Contains(t, err.Error(), "“甲局”已于2022年6月20日答复")

	mustDo(t, p.Reply(At(day(7, 5), "乙局"), "乙局", GradeC))
	assert.Equal(t, Replied, p.State())
	assert.Empty(t, p.Overdue(day(7, 5)))
	assert.True(t, p.IsOverdue(day(7, 1)), "as of 7月1日 乙局 was overdue")
	assert.Equal(t, Assigned, p.StateOn(day(7, 4)))
	assert.Equal(t, State(0), p.StateOn(day(1, 8)))
}

func TestReopenHandlesAgain(t *testing.T) {
	rules := Rules{DeadlineMonths: 2}
	p, err := rules.New(record(3), At(day(1, 9), ""))
	require.NoError(t, err)
	mustDo(t, p.Review(At(day(1, 20), "")))
	mustDo(t, p.Register(At(day(2, 20), "")))
	mustDo(t, p.Assign(At(day(5, 3), ""), Unit{Name: "甲局", Role: Separate}, Unit{Name: "乙局", Role: Separate}))
	assert.Equal(t, day(7, 3), p.Units()[0].Deadline, "the rules' two months apply")
	mustDo(t, p.Reply(At(day(6, 1), ""), "甲局", GradeC))
	mustDo(t, p.Reply(At(day(6, 2), ""), "乙局", GradeA))
	mustDo(t, p.Feedback(At(day(6, 10), "m001"), Unsatisfied))
	mustDo(t, p.Reopen(At(day(6, 15), "提案委员会"), Unit{Name: "甲局"}))
	assert.Equal(t, Assigned, p.State())
	assert.Equal(t, 2, p.Round())
	units := p.Units()
	assert.Equal(t, Handling{Unit: Unit{Name: "甲局", Role: Separate, Deadline: day(8, 15)}, Assigned: day(6, 15), Round: 2, Replies: 1}, units[0])
	assert.Equal(t, Handling{Unit: Unit{Name: "乙局", Role: Separate, Deadline: day(7, 3)}, Assigned: day(5, 3), Round: 1,
		Replied: day(6, 2), Grade: GradeA, Replies: 1}, units[1])
	mustDo(t, p.Reply(At(day(7, 1), ""), "甲局", GradeB))
	mustDo(t, p.Feedback(At(day(7, 10), "m001"), BasicallySatisfied))
	v, ok := p.Satisfaction()
	assert.True(t, ok)
	assert.Equal(t, BasicallySatisfied, v)
	mustDo(t, p.Close(At(day(7, 20), "")))
	assert.Equal(t, Closed, p.State())
}

func TestReopenDefaultsToReplyingUnits(t *testing.T) {
	p := reach(t, "已答复（不满意）")
	mustDo(t, p.Reopen(At(day(7, 11), "提案委员会")))
	last := p.History()[len(p.History())-1]
	assert.Equal(t, []Unit{{Name: leadUnit, Role: Lead, Deadline: day(10, 11)}}, last.Units)
}

func TestGettersAfterReview(t *testing.T) {
	p := reach(t, "已立案")
	mustDo(t, p.MarkKey(At(day(5, 3), "九届九次主席会议")))
	mustDo(t, p.Supervise(At(day(5, 4), "主席会议"), "李主席"))
	sel, ok := p.Key()
	assert.True(t, ok)
	assert.True(t, p.IsKey())
	assert.Equal(t, Selection{Date: day(5, 3), Actor: "九届九次主席会议"}, sel)
	assert.Equal(t, []Supervision{{Leader: "李主席", Date: day(5, 4), Actor: "主席会议"}}, p.Supervisions())
	assert.Equal(t, day(1, 9), p.Submitted())
	assert.Equal(t, day(5, 4), p.LastDate())

	for _, tt := range []struct {
		scenario string
		check    func(p *Proposal)
	}{
		{"已并案", func(p *Proposal) { assert.Equal(t, 7, p.MergedInto()) }},
		{"已转交", func(p *Proposal) { assert.Equal(t, "市政协", p.ForwardedTo()) }},
		{"不予立案", func(p *Proposal) { assert.Equal(t, "属于个人事务", p.RejectReason()) }},
		{"转为社情民意", func(p *Proposal) { assert.Equal(t, ToOpinion, p.Conversion()) }},
	} {
		tt.check(reach(t, tt.scenario))
	}
	q := submitted(t, 2)
	mustDo(t, q.Second(At(day(1, 10), ""), "m002"))
	assert.Equal(t, []lvzhi.MemberID{"m002"}, q.Seconders())
	_, ok = q.Satisfaction()
	assert.False(t, ok)
}

func TestHistoryIsACopy(t *testing.T) {
	p := reach(t, "已交办")
	h := p.History()
	h[len(h)-1].Units[0].Name = "改过的"
	h[0].Actor = "改过的"
	assert.Equal(t, leadUnit, p.History()[len(h)-1].Units[0].Name)
	assert.Equal(t, "m001", p.History()[0].Actor)
	u := p.Units()
	u[0].Name = "改过的"
	assert.Equal(t, leadUnit, p.Units()[0].Name)
}

func TestTransitionErrorIsMatchable(t *testing.T) {
	p := submitted(t, 23)
	err := p.Close(At(day(2, 1), ""))
	assert.True(t, errors.Is(err, ErrTransition))
	assert.EqualError(t, err, "proposal: 第23号提案当前状态为“已提交”，不能“办结”")
	wide := Rules{Number: NumberFormat{Width: 3}}
	q, e := wide.New(record(23), At(lvzhi.MustDate(2022, time.January, 9), ""))
	require.NoError(t, e)
	assert.EqualError(t, q.Close(At(day(2, 1), "")), "proposal: 第023号提案当前状态为“已提交”，不能“办结”")
	built := &TransitionError{Number: 4, From: Registered, Action: ActionReply}
	assert.EqualError(t, built, "proposal: 第4号提案当前状态为“已立案”，不能“答复”")
	assert.EqualError(t, &StepError{Number: 4, Action: ActionReject, Detail: "不予立案须说明理由"},
		"proposal: 第4号提案“不予立案”步骤无效：不予立案须说明理由")
}
