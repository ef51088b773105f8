package research_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
)

func TestPhaseNext(t *testing.T) {
	cases := []struct {
		from research.Phase
		next []research.Phase
	}{
		{0, []research.Phase{research.PhaseApproved}},
		{research.PhaseApproved, []research.Phase{research.PhasePreparing}},
		{research.PhasePreparing, []research.Phase{research.PhaseFieldwork}},
		{research.PhaseFieldwork, []research.Phase{research.PhaseSymposium, research.PhaseDrafting}},
		{research.PhaseSymposium, []research.Phase{research.PhaseDrafting}},
		{research.PhaseDrafting, []research.Phase{research.PhaseSubmitted}},
		{research.PhaseSubmitted, []research.Phase{research.PhaseApplied}},
		{research.PhaseApplied, nil},
		{99, nil},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.next, tc.from.Next(), tc.from.String())
	}
	assert.False(t, research.PhasePreparing.CanAdvance(research.PhaseApproved), "never back")
	assert.False(t, research.PhaseApproved.CanAdvance(research.PhaseFieldwork), "never skip 准备")
	assert.Equal(t, "未立项", research.Phase(0).String())
	assert.Equal(t, "Phase(8)", research.Phase(8).String())
	b, err := research.PhaseFieldwork.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "实地调研", string(b))
	var p research.Phase
	require.NoError(t, p.UnmarshalText([]byte("成果转化")))
	assert.Equal(t, research.PhaseApplied, p)
	assert.ErrorIs(t, p.UnmarshalText([]byte("视察")), lvzhi.ErrSyntax)
}

func newTopic() research.Topic {
	return research.Topic{ID: "t2", Title: "推进中小学集团化办学", Key: true, Leader: "vice", Span: days(3, 1, 12, 31)}
}

func TestAdvance(t *testing.T) {
	tp := newTopic()
	require.NoError(t, tp.Advance(research.PhaseApproved, d(3, 1), "主席会议确定"))
	require.NoError(t, tp.Advance(research.PhasePreparing, d(3, 10), "查阅资料、制定方案"))

	cases := []struct {
		name string
		to   research.Phase
		on   lvzhi.Date
		want error
		text string
	}{
		{"skip forward", research.PhaseSubmitted, d(4, 1), research.ErrTransition, "不能于2022年4月1日从“准备”进入“报送”：“准备”之后只能进入“实地调研”"},
		{"go back", research.PhaseApproved, d(4, 1), research.ErrTransition, "从“准备”进入“立项”"},
		{"same phase", research.PhasePreparing, d(4, 1), research.ErrTransition, "从“准备”进入“准备”"},
		{"date before last step", research.PhaseFieldwork, d(3, 9), research.ErrStepDate, "早于上一阶段的日期2022年3月10日"},
		{"date outside span", research.PhaseFieldwork, lvzhi.MustDate(2023, 1, 5), research.ErrStepDate, "不在课题起止日期"},
		{"invalid date", research.PhaseFieldwork, lvzhi.Date{Year: 2022, Month: 2, Day: 30}, research.ErrStepDate, "日期无效"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := tp
			before.History = append([]research.Step(nil), tp.History...)
			err := tp.Advance(tc.to, tc.on, "")
			require.ErrorIs(t, err, tc.want)
			var pe *research.PhaseError
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, lvzhi.TopicID("t2"), pe.Topic)
			assert.Equal(t, research.PhasePreparing, pe.From)
			assert.Equal(t, tc.to, pe.To)
			assert.Contains(t, err.Error(), "课题“推进中小学集团化办学”（t2）")
			assert.Contains(t, err.Error(), tc.text)
			assert.Equal(t, before, tp, "nothing changed")
		})
	}

	require.NoError(t, tp.Advance(research.PhaseFieldwork, d(5, 1), "实地调研"))
	require.NoError(t, tp.Advance(research.PhaseDrafting, d(6, 1), "未召开座谈会"), "座谈 may be skipped")
	assert.Equal(t, research.PhaseDrafting, tp.Phase())
	assert.Equal(t, research.PhaseFieldwork, tp.PhaseOn(d(5, 31)))
	assert.True(t, tp.Reached(research.PhaseSymposium, d(6, 1)), "a skipped 座谈 counts as passed")
	require.NoError(t, tp.Validate())

	var fresh research.Topic
	err := fresh.Advance(research.PhasePreparing, d(1, 1), "")
	require.ErrorIs(t, err, research.ErrTransition)
	assert.Contains(t, err.Error(), "从“未立项”进入“准备”")
	done := research.Topic{ID: "x", Title: "x", History: []research.Step{{Phase: research.PhaseApplied, Date: d(1, 1)}}}
	assert.ErrorContains(t, done.Advance(research.PhaseApplied, d(2, 1), ""), "“成果转化”已是最后阶段")
}

func TestBehind(t *testing.T) {
	tp := newTopic()
	tp.Plan = []research.Milestone{
		{Phase: research.PhaseApproved, Due: d(3, 1)},
		{Phase: research.PhasePreparing, Due: d(4, 1)},
		{Phase: research.PhaseFieldwork, Due: d(6, 1)},
		{Phase: research.PhaseDrafting, Due: d(9, 1)},
	}
	require.NoError(t, tp.Advance(research.PhaseApproved, d(3, 1), ""))
	require.NoError(t, tp.Advance(research.PhasePreparing, d(3, 20), ""))
	cases := []struct {
		on    lvzhi.Date
		phase research.Phase
		late  bool
	}{
		{d(3, 2), 0, false},
		{d(6, 1), 0, false},
		{d(6, 2), research.PhaseFieldwork, true},
		{d(10, 1), research.PhaseDrafting, true},
	}
	for _, tc := range cases {
		ph, late := tp.Behind(tc.on)
		assert.Equal(t, tc.late, late, tc.on.String())
		assert.Equal(t, tc.phase, ph, tc.on.String())
	}
	require.NoError(t, tp.Validate())
}

func TestTopicValidate(t *testing.T) {
	tp := newTopic()
	tp.History = []research.Step{
		{Phase: research.PhaseApproved, Date: d(3, 1)},
		{Phase: research.PhaseFieldwork, Date: d(2, 1)},
		{Phase: research.PhaseDrafting, Date: lvzhi.MustDate(2023, 1, 1)},
	}
	tp.Plan = []research.Milestone{{Phase: research.PhaseApproved, Due: d(3, 1)}, {Phase: research.PhasePreparing, Due: d(2, 1)}, {Phase: research.PhaseApproved, Due: d(3, 1)}}
	tp.Outputs = []research.Output{{Kind: research.OutputInstruction, Title: "调研报告"}}
	got := fields(t, tp.Validate())
	assert.Equal(t, []string{
		"History[1].Phase", "History[1].Date", "History[1].Date", "History[2].Date",
		"Plan[1].Due", "Plan[1].Due", "Plan[2].Phase",
		"Outputs[0].By", "Outputs[0].Date",
	}, got)

	empty := fields(t, research.Topic{Plan: []research.Milestone{{}}}.Validate())
	assert.Equal(t, []string{"ID", "Title", "Leader", "Plan[0].Phase", "Plan[0].Due"}, empty)
}

func TestCheckLeader(t *testing.T) {
	chairs := map[lvzhi.MemberID]bool{"chair": true, "vice": true}
	isChair := func(id lvzhi.MemberID, _ lvzhi.Date) bool { return chairs[id] }
	tp := newTopic()
	assert.NoError(t, tp.CheckLeader(isChair))
	tp.Leader = "m7"
	err := tp.CheckLeader(isChair)
	assert.Equal(t, []string{"Leader"}, fields(t, err))
	assert.ErrorContains(t, err, "牵头领导须为主席或副主席")
	var gotDay lvzhi.Date
	tp.History = []research.Step{{Phase: research.PhaseApproved, Date: d(3, 5)}}
	_ = tp.CheckLeader(func(_ lvzhi.MemberID, on lvzhi.Date) bool { gotDay = on; return true })
	assert.Equal(t, d(3, 5), gotDay, "checked on the day of approval")
}

func TestTopicJSON(t *testing.T) {
	tp := newTopic()
	tp.ChosenAt = "c-9-9"
	tp.Members = []lvzhi.MemberID{"m1", "m2"}
	tp.Offices = []string{"教科文卫体委"}
	tp.Units = []string{"区教育局"}
	tp.Plan = []research.Milestone{{Phase: research.PhaseDrafting, Due: d(9, 1)}}
	require.NoError(t, tp.Advance(research.PhaseApproved, d(3, 1), "主席会议确定"))
	tp.Outputs = []research.Output{{Kind: research.OutputInstruction, Title: "调研报告", Date: d(10, 1), By: "区委书记", Note: "请区教育局研究落实"}}
	b, err := json.Marshal(tp)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"phase":"立项"`)
	back, err := research.DecodeTopic(b)
	require.NoError(t, err)
	assert.Equal(t, tp, back)

	_, err = research.DecodeTopic([]byte(`{"id":"t","title":"x","leader":"m","phase":"立项"}`))
	assert.ErrorIs(t, err, lvzhi.ErrSyntax, "unknown field")
	_, err = research.DecodeTopic([]byte(`{"id":"t","title":"x","leader":"m","history":[{"phase":"报送","date":"2022-01-01"}]}`))
	assert.Equal(t, []string{"History[0].Phase"}, fields(t, err))
}

func FuzzDecodeTopic(f *testing.F) {
	f.Add([]byte(`{"id":"t","title":"x","leader":"m","history":[{"phase":"立项","date":"2022-01-01"}]}`))
	f.Add([]byte(`{"plan":[{"phase":"座谈","due":"2022-13-01"}]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tp, err := research.DecodeTopic(data)
		if err != nil {
			return
		}
		require.NoError(t, tp.Validate())
		b, err := json.Marshal(tp)
		require.NoError(t, err)
		back, err := research.DecodeTopic(b)
		require.NoError(t, err)
		third, err := json.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(third), "encoding is stable; empty and absent lists are the same record")
	})
}

type fakeChairs map[lvzhi.MemberID]string // ID → name of the members who are not chairs

func (f fakeChairs) IsChair(id lvzhi.MemberID, _ lvzhi.Date) bool { _, ok := f[id]; return !ok }
func (f fakeChairs) Name(id lvzhi.MemberID) string                { return f[id] }

// The message a clerk reads names the member and the day, not only the ID.
func TestCheckLeaderIn(t *testing.T) {
	tp := newTopic()
	tp.Leader = "m20"
	tp.History = []research.Step{{Phase: research.PhaseApproved, Date: d(3, 5)}}
	err := tp.CheckLeaderIn(fakeChairs{"m20": "张明"})
	assert.EqualError(t, err, "牵头领导须为主席或副主席，张明（m20）在2022年3月5日不是主席或副主席")
	err = tp.CheckLeader(func(lvzhi.MemberID, lvzhi.Date) bool { return false })
	assert.ErrorContains(t, err, "委员编号为m20的委员在2022年3月5日不是主席或副主席")
	assert.NoError(t, tp.CheckLeaderIn(fakeChairs{}))
}
