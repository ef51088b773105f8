package research_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
)

// everyKind holds one fully populated record of each activity type.
func everyKind() research.Activities {
	out := []research.Output{
		{Kind: research.OutputReport, Title: "视察报告", Date: d(3, 20)},
		{Kind: research.OutputInstruction, Title: "视察报告", Date: d(4, 1), By: "区委书记", Note: "请有关部门研究"},
		{Kind: research.OutputAdopted, Title: "建议", By: "市政协"},
		{Kind: research.OutputOther, Title: "其他", Note: "x"},
	}
	return research.Activities{
		research.Inspection{Base: research.Base{ID: "i1", Title: "视察重点项目", Dates: days(3, 1, 3, 2), Members: []lvzhi.MemberID{"m1", "m2"}, Note: "n", Results: out},
			Subject: "全区重点项目建设", Places: []string{"洛维工业区"}, Topic: "t1"},
		research.Training{Base: research.Base{ID: "tr1", Title: "常委学习班", Dates: days(4, 1, 5, 31)}, Host: "学院", Place: "上饶",
			Partners: []string{"其他城区政协"}, Batches: []research.Batch{{Name: "第一期", Dates: month(4), Members: []lvzhi.MemberID{"m1"}}},
			Lectures: []research.Lecture{{Topic: "政协基本理论", Lecturer: "教授"}}},
		research.Exchange{Base: research.Base{ID: "e1", Title: "外出考察", Dates: days(4, 1, 4, 3)}, Direction: research.Visited,
			Counterparts: []string{"桂林七星区政协", "广西合浦县政协"}, Subject: "交流经验", Place: "桂林"},
		research.Publication{Base: research.Base{ID: "b1", Title: "书", Dates: month(6)}, Status: research.Published,
			Words: research.Amount{N: 20000, Bound: research.Nearly}, Pictures: research.Amount{N: 300, Bound: research.Over},
			Sections: 2, SectionTitles: []string{"甲", "乙"}, Companion: "另一本书",
			Launch:   research.Event{Name: "推介会", Dates: lvzhi.OneDay(d(6, 2))},
			Board:    research.Board{Name: "编撰委员会", Members: []lvzhi.MemberID{"m1"}, Staff: []string{"专家"}, Established: d(6, 1)},
			Meetings: []research.Event{{Name: "编撰会", Dates: lvzhi.OneDay(d(6, 3))}}},
		research.GroupActivity{Base: research.Base{ID: "g1", Title: "走访", Dates: half}, Groups: []string{"工商组"}, Form: research.FormVisitMembers,
			Place: "某企业", Visited: []lvzhi.MemberID{"m3", "m4"}, VisitedCount: 2, NonPublic: true},
		research.OpinionWork{Base: research.Base{ID: "o1", Title: "社情民意", Dates: half, Results: out[1:3]}, Bulletin: "社情民意",
			Clues:  []research.Clues{{Channel: research.ChannelLetter, Count: 1, Date: d(2, 1), From: "m1", Subject: "道路"}},
			Issues: []research.Issue{{Number: 1, Date: d(3, 1), Items: 2, Titles: []string{"甲", "乙"}}}},
		research.Forum{Base: research.Base{ID: "f1", Title: "座谈会", Dates: lvzhi.OneDay(d(2, 2))}, Host: "市政协", Assisted: true, Report: "汇报"},
		research.Other{Base: research.Base{ID: "x1", Title: "检察开放日", Dates: lvzhi.OneDay(d(2, 3))}, Host: "区检察院"},
	}
}

func TestActivitiesRoundTrip(t *testing.T) {
	acts := everyKind()
	require.NoError(t, acts.Validate())
	kinds := map[research.Kind]bool{}
	for _, a := range acts {
		kinds[a.Kind()] = true
	}
	assert.Len(t, kinds, 8, "every kind is covered")

	b, err := json.Marshal(acts)
	require.NoError(t, err)
	back, err := research.DecodeActivities(b)
	require.NoError(t, err)
	assert.Equal(t, acts, back)

	var raw []map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	assert.Equal(t, "视察", raw[0]["kind"])
	assert.Equal(t, "i1", raw[0]["id"])
	assert.Equal(t, "全区重点项目建设", raw[0]["subject"])
	assert.Equal(t, "文史", raw[3]["kind"])
	assert.Equal(t, "已出版", raw[3]["status"])
	assert.Equal(t, "委员小组活动", raw[4]["kind"])

	// As a field of a larger document.
	type doc struct {
		Activities research.Activities `json:"activities"`
	}
	b, err = json.Marshal(doc{Activities: acts})
	require.NoError(t, err)
	var dd doc
	require.NoError(t, json.Unmarshal(b, &dd))
	assert.Equal(t, acts, dd.Activities)

	b, err = json.Marshal(research.Activities(nil))
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b))
}

func TestActivitiesStrict(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"unknown field", `[{"kind":"视察","id":"a","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"},"subject":"s","colour":1}]`, `JSON $[0].colour：未知字段 "colour"`},
		{"field of another kind", `[{"kind":"视察","id":"a","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"},"subject":"s","host":"x"}]`, `JSON $[0].host：未知字段 "host"`},
		{"unknown kind", `[{"kind":"旅游","id":"a"}]`, `JSON $[0].kind：未知的活动类型“旅游”，应为视察、培训、联谊交流、文史、委员小组活动、社情民意、座谈会、其他之一`},
		{"missing kind", `[{"id":"a"}]`, "JSON $[0].kind：缺少活动类型"},
		{"null element", `[null]`, "JSON $[0]：活动不能为 null，应为对象"},
		{"not an array", `{"kind":"视察"}`, "JSON $：类型不符：应为数组，实为对象"},
		{"trailing data", `[] []`, "多余"},
		{"bad date", `[{"kind":"其他","id":"a","title":"t","dates":{"from":"2022-02-30","to":"2022-03-01"}}]`, `JSON $[0].dates.from：无法解析日期 "2022-02-30"：超出允许范围：没有这一天`},
		{"group kind", `[{"kind":"委员小组活动","id":"a","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"},"foo":1}]`, `JSON $[0].foo：未知字段 "foo"`},
		{"duplicate key", `[{"kind":"其他","id":"a","id":"b"}]`, `JSON $[0].id：字段“id”重复出现`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			as := research.Activities{research.Other{}}
			err := json.Unmarshal([]byte(tc.in), &as)
			require.Error(t, err)
			assert.Len(t, as, 1, "unchanged on error")
			got, err := research.DecodeActivities([]byte(tc.in))
			require.Error(t, err)
			assert.Nil(t, got)
			assert.Contains(t, err.Error(), tc.want)
			assert.NotContains(t, err.Error(), "活动活动")
			assert.NotContains(t, err.Error(), "lvzhi:")
		})
	}
}

type foreign struct{ research.Other }

func TestActivitiesMarshalRefuses(t *testing.T) {
	_, err := json.Marshal(research.Activities{foreign{}})
	assert.ErrorIs(t, err, lvzhi.ErrOutOfRange)
	_, err = json.Marshal(research.Activities{nil})
	assert.Error(t, err)
}

func TestActivitiesValidate(t *testing.T) {
	acts := everyKind()
	tr := acts[1].(research.Training)
	tr.Batches = append(tr.Batches, research.Batch{Name: "第三期", Dates: month(6)}, research.Batch{Name: "第四期"})
	acts[1] = tr
	pub := acts[3].(research.Publication)
	pub.Launch.Dates = lvzhi.OneDay(d(7, 1))
	pub.Meetings[0].Dates = lvzhi.OneDay(d(5, 31))
	pub.Pictures = research.Amount{N: 21, Bound: research.More}
	pub.Sections = 3
	acts[3] = pub
	g := acts[4].(research.GroupActivity)
	g.VisitedCount = 3
	acts[4] = g
	op := acts[5].(research.OpinionWork)
	op.Clues[0].Date = d(7, 2)
	op.Issues = append(op.Issues, research.Issue{Number: 1, Date: d(7, 3)})
	op.Results = []research.Output{{Kind: research.OutputInstruction, Title: "批示"}}
	acts[5] = op
	acts = append(acts, research.Other{Base: research.Base{ID: "x1", Title: "重复", Dates: lvzhi.OneDay(d(1, 1))}}, nil)

	err := acts.Validate()
	assert.Equal(t, []string{
		"[1].Batches[2].Dates", "[1].Batches[1].Dates",
		"[3].Pictures", "[3].SectionTitles", "[3].Launch.Dates", "[3].Meetings[0].Dates",
		"[4].VisitedCount",
		"[5].Results[0].By", "[5].Results[0].Date", "[5].Clues[0].Date", "[5].Issues[1].Date", "[5].Issues[1].Number",
		"[8].ID", "[9]",
	}, fields(t, err))
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	assert.Equal(t, "活动[1].期次[1].日期", verrs[1].Label)
	assert.Contains(t, verrs[1].Message, "不在培训日期")
	assert.Contains(t, verrs[2].Message, "20多条")
}

func TestAmountText(t *testing.T) {
	cases := []struct {
		a    research.Amount
		unit string
		want string
	}{
		{research.Amount{N: 20000, Bound: research.Nearly}, "字", "近2万字"},
		{research.Amount{N: 300, Bound: research.More}, "张", "300多张"},
		{research.Amount{N: 300, Bound: research.Over}, "张", "300余张"},
		{research.Amount{N: 50, Bound: research.About}, "人", "约50人"},
		{research.Amount{N: 15000}, "字", "1.5万字"},
		{research.Amount{N: 12345}, "字", "12345字"},
		{research.Amount{N: 21}, "条", "21条"},
	}
	for _, tc := range cases {
		got, err := tc.a.Text(tc.unit)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got)
	}
	// 6512余人次 breaks GB/T 15835: 余 follows only a round number.
	for _, bad := range []research.Amount{{N: 6512, Bound: research.Over}, {N: 21, Bound: research.More}, {N: 5, Bound: research.Bound(9)}} {
		got, err := bad.Text("人次")
		assert.Error(t, err, "%+v", bad)
		assert.Empty(t, got)
	}
}

func TestEnums(t *testing.T) {
	type textEnum interface {
		MarshalText() ([]byte, error)
		String() string
	}
	cases := []struct {
		v    textEnum
		name string
	}{
		{research.KindGroup, "委员小组活动"}, {research.KindOpinion, "社情民意"}, {research.Received, "接待来访"},
		{research.Visited, "外出考察"}, {research.Planned, "编撰中"}, {research.FormSeminar, "交流座谈"},
		{research.ChannelSMS, "短信"}, {research.OutputInstruction, "领导批示"}, {research.Nearly, "近"},
	}
	for _, tc := range cases {
		b, err := tc.v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.name, string(b))
		assert.Equal(t, tc.name, tc.v.String())
	}
	assert.Equal(t, "Kind(9)", research.Kind(9).String())
	assert.Equal(t, "Channel(0)", research.Channel(0).String())
	_, err := research.Form(0).MarshalText()
	assert.ErrorIs(t, err, lvzhi.ErrOutOfRange)
	var c research.Channel
	err = c.UnmarshalText([]byte("电话"))
	assert.ErrorIs(t, err, lvzhi.ErrSyntax)
	assert.Contains(t, err.Error(), "电话")
	require.NoError(t, c.UnmarshalText([]byte("微信")))
	assert.Equal(t, research.ChannelWeChat, c)
}

func FuzzDecodeActivities(f *testing.F) {
	b, _ := json.Marshal(everyKind())
	f.Add(b)
	f.Add([]byte(`[{"kind":"其他","id":"a","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"}}]`))
	f.Add([]byte(`[{"kind":"文史","launch":{}}]`))
	f.Add([]byte(`[null,{"kind":1}]`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := research.DecodeActivities(data)
		if err != nil {
			assert.Nil(t, as)
			return
		}
		require.NoError(t, as.Validate())
		again, err := json.Marshal(as)
		require.NoError(t, err)
		back, err := research.DecodeActivities(again)
		require.NoError(t, err)
		third, err := json.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(again), string(third), "encoding is stable; empty and absent lists are the same record")
	})
}

func TestActivitiesValidateRejectsPointers(t *testing.T) {
	as := research.Activities{&research.Other{Base: research.Base{ID: "x", Title: "活动", Dates: lvzhi.OneDay(lvzhi.MustDate(2022, 5, 1))}}}
	err := as.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "而非指针", "Validate refuses what MarshalJSON would refuse")
	_, merr := json.Marshal(as)
	assert.Error(t, merr)
}

// TestActivitiesValidateLongListInOrder checks that a list long enough to
// be checked on several processors reports its problems in index order,
// exactly as on one processor.
func TestActivitiesValidateLongListInOrder(t *testing.T) {
	kinds := everyKind()
	var as research.Activities
	for i := range 3000 {
		a := kinds[i%len(kinds)]
		switch o := a.(type) {
		case research.Other:
			o.ID = lvzhi.ActivityID(fmt.Sprintf("x%d", i))
			if (i/8)%90 == 0 {
				o.Title = "" // required
			}
			if i == 2999 {
				o.ID = "x7" // a duplicate of the 8th
			}
			a = o
		case research.Forum:
			o.ID = lvzhi.ActivityID(fmt.Sprintf("f%d", i))
			a = o
		default:
			a = nil
			if i%500 != 1 {
				continue
			}
		}
		as = append(as, a)
	}
	validate := func(procs int) error {
		old := runtime.GOMAXPROCS(procs)
		defer runtime.GOMAXPROCS(old)
		return as.Validate()
	}
	one, many := validate(1), validate(4)
	require.Error(t, one)
	assert.Equal(t, one, many)
	var verrs lvzhi.ValidationErrors
	require.ErrorAs(t, many, &verrs)
	var fields []string
	for _, fe := range verrs {
		fields = append(fields, fe.Field)
	}
	assert.IsNonDecreasing(t, indexes(t, fields), "problems in index order: %v", fields)
	assert.Contains(t, fields, fmt.Sprintf("[%d].ID", len(as)-1), "the duplicate ID is reported")
	assert.Contains(t, fields, "[0]", "a nil element is reported")
}

// indexes returns the list index each "[i]…" path starts with.
func indexes(t *testing.T, fields []string) []int {
	t.Helper()
	out := make([]int, len(fields))
	for k, f := range fields {
		_, err := fmt.Sscanf(f, "[%d]", &out[k])
		require.NoError(t, err, f)
	}
	return out
}
