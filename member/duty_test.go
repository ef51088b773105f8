package member_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

var firstHalf = lvzhi.DateRange{From: d(2022, 1, 1), To: d(2022, 6, 30)}

// duties for the fixture roster over the first half of 2022. Expected
// points under DefaultScheme, by hand:
//
//	张伟 30 plenary + 10 speech + 10 filed + 30 accepted + 15 key + 5 group = 100 (优秀)
//	王强 30 standing (4×10 capped at 30) + 20 plenary + 0 leave + 10 research + 5 inspection + 10 group = 75 (称职)
//	李娜 30 plenary + 15 submitted + 10 adopted + 15 endorsed + 5 group = 75 (称职)
//	陈静 −5 absence + 10 group = 5 (不称职); her July plenary lies outside the period
//	丁一 nothing = 0 (不称职)
func duties() []member.Duty {
	return []member.Duty{
		{Member: "m1", Date: d(2022, 1, 8), Kind: member.DutyPlenary, Count: 6, Ref: "s-9-3"},
		{Member: "m1", Date: d(2022, 1, 9), Kind: member.DutySpeech},
		{Member: "m1", Date: d(2022, 1, 5), Kind: member.DutyProposalFiled, Count: 2},
		{Member: "m1", Date: d(2022, 2, 5), Kind: member.DutyProposalAccepted, Count: 2},
		{Member: "m1", Date: d(2022, 3, 1), Kind: member.DutyKeyProposal, Ref: "p-23"},
		{Member: "m1", Date: d(2022, 4, 2), Kind: member.DutyGroupActivity, Group: "科技组", Ref: "g1"},
		{Member: "m3", Date: d(2022, 2, 1), Kind: member.DutyStandingMeeting, Count: 4},
		{Member: "m3", Date: d(2022, 1, 8), Kind: member.DutyPlenary, Count: 4},
		{Member: "m3", Date: d(2022, 1, 10), Kind: member.DutyLeave, Reason: "出差"},
		{Member: "m3", Date: d(2022, 5, 1), Kind: member.DutyResearch, Count: 2},
		{Member: "m3", Date: d(2022, 5, 9), Kind: member.DutyInspection},
		{Member: "m3", Date: d(2022, 4, 2), Kind: member.DutyGroupActivity, Group: "科技组", Ref: "g1"},
		{Member: "m3", Date: d(2022, 3, 10), Kind: member.DutyGroupActivity},
		{Member: "m2", Date: d(2022, 1, 8), Kind: member.DutyPlenary, Count: 6},
		{Member: "m2", Date: d(2022, 3, 3), Kind: member.DutyOpinionSubmitted, Count: 5},
		{Member: "m2", Date: d(2022, 4, 3), Kind: member.DutyOpinionAdopted},
		{Member: "m2", Date: d(2022, 5, 3), Kind: member.DutyOpinionEndorsed},
		{Member: "m2", Date: d(2022, 2, 20), Kind: member.DutyGroupActivity, Group: "社会组", Ref: "g2"},
		{Member: "m4", Date: d(2022, 1, 8), Kind: member.DutyAbsence},
		{Member: "m4", Date: d(2022, 2, 20), Kind: member.DutyGroupActivity, Group: "社会组", Ref: "g2"},
		{Member: "m4", Date: d(2022, 6, 20), Kind: member.DutyGroupActivity, Group: "社会组", Ref: "g3"},
		{Member: "m4", Date: d(2022, 7, 5), Kind: member.DutyPlenary, Count: 6},
	}
}

func TestDefaultScheme(t *testing.T) {
	s := member.DefaultScheme()
	require.NoError(t, s.Validate())
	assert.Len(t, s.Rules, len(member.DutyKinds()), "every kind has a rule")
	assert.Empty(t, s.Name, "the default scheme is no committee's document and has no title to cite")
	for _, r := range s.Rules {
		if r.Kind == member.DutyOther {
			assert.Equal(t, member.Rule{Kind: member.DutyOther, Points: 2, Cap: 20}, r,
				"other sessions and activities (主席会议, 联席会议, 常委学习班) earn points")
		}
	}
	for _, tc := range []struct {
		points int
		grade  string
	}{{100, "优秀"}, {90, "优秀"}, {89, "良好"}, {80, "良好"}, {79, "称职"}, {60, "称职"}, {59, "不称职"}, {-10, "不称职"}} {
		assert.Equal(t, tc.grade, s.Grade(tc.points), tc.points)
	}
	assert.Equal(t, "", member.Scheme{}.Grade(50))
}

func TestSchemeValidate(t *testing.T) {
	s := member.Scheme{
		Rules:  []member.Rule{{Kind: member.DutyPlenary, Points: 5}, {Kind: member.DutyPlenary, Points: 3}, {Kind: 99}, {Kind: member.DutySpeech, Cap: -1}},
		Grades: []member.Grade{{"优秀", 90}, {"", 95}, {"优秀", 10}},
	}
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(s.Validate(), &verrs))
	var fields []string
	for _, fe := range verrs {
		fields = append(fields, fe.Field)
	}
	assert.Equal(t, []string{"Rules[1].Kind", "Rules[2].Kind", "Rules[3].Cap", "Grades[1].Name", "Grades[1].Min", "Grades[2].Name"}, fields)
	assert.Equal(t, "履职类型“出席全体会议”的积分规则重复", verrs[0].Message)

	_, err := s.Tally(fixtureRoster(t), nil, firstHalf)
	assert.ErrorContains(t, err, "履职积分办法有误")
}

func TestTally(t *testing.T) {
	r := fixtureRoster(t)
	tallies, err := member.DefaultScheme().Tally(r, duties(), firstHalf)
	require.NoError(t, err)
	type row struct {
		name   string
		points int
		rank   int
		grade  string
	}
	var got []row
	for _, tl := range tallies {
		got = append(got, row{tl.Name, tl.Points, tl.Rank, tl.Grade})
	}
	assert.Equal(t, []row{
		{"张伟", 100, 1, "优秀"},
		{"王强", 75, 2, "称职"}, // tie: 王 (4 strokes) before 李 (7)
		{"李娜", 75, 2, "称职"},
		{"陈静", 5, 4, "不称职"},
		{"丁一", 0, 5, "不称职"},
	}, got)
	assert.Equal(t, []member.KindTally{
		{Kind: member.DutyPlenary, Units: 4, Points: 20},
		{Kind: member.DutyLeave, Units: 1, Points: 0},
		{Kind: member.DutyStandingMeeting, Units: 4, Points: 30},
		{Kind: member.DutyResearch, Units: 2, Points: 10},
		{Kind: member.DutyInspection, Units: 1, Points: 5},
		{Kind: member.DutyGroupActivity, Units: 2, Points: 10},
	}, tallies[1].Kinds)
	assert.Nil(t, tallies[4].Kinds)

	// Round-trips through JSON.
	b, err := json.Marshal(tallies)
	require.NoError(t, err)
	var back []member.Tally
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, tallies, back)
}

func TestTallyErrors(t *testing.T) {
	r := fixtureRoster(t)
	bad := []member.Duty{
		{Member: "m1", Date: d(2022, 1, 8), Kind: member.DutyLeave},
		{Member: "nobody", Date: d(2022, 1, 8), Kind: member.DutyPlenary},
		{Member: "m1", Kind: member.DutySpeech, Group: "科技组", Count: -1},
	}
	_, err := member.DefaultScheme().Tally(r, bad, firstHalf)
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	var msgs []string
	for _, fe := range verrs {
		msgs = append(msgs, fe.Label+"："+fe.Message)
	}
	assert.Equal(t, []string{
		"履职记录[0].请假事由：请假须写明请假事由",
		"履职记录[1].委员编号：委员编号nobody不在委员名册中",
		"履职记录[2].日期：日期为必填字段",
		"履职记录[2].数量：数量必须大于或等于0",
		"履职记录[2].活动小组：只有参加小组活动可以填写活动小组，本条为大会发言",
	}, msgs)

	_, err = member.DefaultScheme().Tally(r, nil, lvzhi.DateRange{From: d(2022, 2, 1), To: d(2022, 1, 1)})
	assert.ErrorIs(t, err, lvzhi.ErrOrder)
}

func TestGroupTalliesAndBalance(t *testing.T) {
	r := fixtureRoster(t)
	groups, err := member.DefaultScheme().GroupTallies(r, duties(), firstHalf)
	require.NoError(t, err)
	assert.Equal(t, []member.GroupTally{
		{Group: "社会组", Members: 2, Activities: 2, Participations: 3, Points: 80},
		{Group: "科技组", Members: 2, Activities: 2, Participations: 3, Points: 175},
	}, groups)
	b := member.GroupBalance(groups, 0)
	assert.False(t, b.Unbalanced)
	assert.InDelta(t, 0, b.CV, 1e-9)
	assert.Equal(t, member.DefaultImbalanceThreshold, b.Threshold)

	// Counts 10, 2, 0: mean 4, population standard deviation √(56/3).
	uneven := []member.GroupTally{{Group: "工商组", Activities: 10}, {Group: "法制组", Activities: 2}, {Group: "社会组", Activities: 0}}
	b = member.GroupBalance(uneven, 0.5)
	assert.InDelta(t, 4, b.Mean, 1e-9)
	assert.InDelta(t, math.Sqrt(56.0/3), b.StdDev, 1e-9)
	assert.InDelta(t, math.Sqrt(56.0/3)/4, b.CV, 1e-9)
	assert.True(t, b.Unbalanced)
	assert.Equal(t, 10, b.Max)
	assert.Equal(t, 0, b.Min)
	assert.Equal(t, []string{"社会组"}, b.Lagging)
	assert.False(t, member.GroupBalance(uneven, 2).Unbalanced, "a higher threshold tolerates it")
	assert.False(t, member.GroupBalance(uneven[:1], 0.1).Unbalanced, "one group cannot be unbalanced")
	assert.Equal(t, member.Balance{Threshold: 0.5}, member.GroupBalance(nil, 0))
}

func TestDutyJSON(t *testing.T) {
	for _, du := range duties() {
		b, err := json.Marshal(du)
		require.NoError(t, err)
		var back member.Duty
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, du, back)
	}
	b, err := json.Marshal(member.DefaultScheme())
	require.NoError(t, err)
	assert.Contains(t, string(b), `{"kind":"出席常委会议","points":10,"cap":30}`)
	var s member.Scheme
	require.NoError(t, json.Unmarshal(b, &s))
	assert.Equal(t, member.DefaultScheme(), s)
	var k member.DutyKind
	assert.Error(t, k.UnmarshalText([]byte("开会")))
}

func TestBalanceJSON(t *testing.T) {
	b := member.GroupBalance([]member.GroupTally{{Group: "科技组", Members: 3, Activities: 4, Participations: 9, Points: 120},
		{Group: "法制组", Members: 2, Activities: 1, Participations: 2, Points: 40}}, 0.3)
	raw, err := json.Marshal(b)
	require.NoError(t, err)
	var back member.Balance
	require.NoError(t, json.Unmarshal(raw, &back))
	assert.Equal(t, b, back)
	assert.True(t, back.Unbalanced)
}
