package proposal

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

// fullLife returns a joint proposal with every kind of step that can
// follow 立案 on one path.
func fullLife(tb testing.TB) *Proposal {
	tb.Helper()
	r := record(12)
	r.Kind, r.Session = Plenary, "s-9-3"
	r.Submitter = Submitter{Kind: Joint, Members: []lvzhi.MemberID{"m001", "m002", "m003"}}
	r.Category = Economy
	r.Sector = "经济界"
	p, err := New(r, At(day(1, 9), ""))
	require.NoError(tb, err)
	mustDo(tb, p.Second(Act{Date: day(1, 9), Actor: "m004", Note: "网上附议"}, "m004"))
	mustDo(tb, p.Review(At(day(1, 20), "提案委员会")))
	mustDo(tb, p.Register(At(day(2, 20), "九届九次主席会议")))
	mustDo(tb, p.MarkKey(At(day(2, 20), "九届九次主席会议")))
	mustDo(tb, p.Assign(At(day(5, 3), "联席会议"), Unit{Name: leadUnit, Role: Lead}, Unit{Name: assistUnit, Role: Assisting, Deadline: day(7, 3)}))
	mustDo(tb, p.Supervise(At(day(5, 10), "主席会议"), "王副主席"))
	mustDo(tb, p.Reply(At(day(7, 1), leadUnit), leadUnit, GradeB))
	mustDo(tb, p.Feedback(Act{Date: day(7, 10), Actor: "m001", Note: "希望加快进度"}, Unsatisfied))
	mustDo(tb, p.Reopen(At(day(7, 15), "提案委员会")))
	mustDo(tb, p.Reply(At(day(9, 1), leadUnit), leadUnit, GradeA))
	mustDo(tb, p.Feedback(At(day(9, 10), "m001"), Satisfied))
	mustDo(tb, p.Close(At(day(9, 20), "提案委员会")))
	return p
}

func TestJSONRoundTrip(t *testing.T) {
	p := fullLife(t)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"state":"已办结"`)
	assert.Contains(t, string(b), `{"action":"答复","date":"2022-07-01","actor":"区发展和改革局","unit":"区发展和改革局","grade":"B"}`)
	assert.Contains(t, string(b), `"submitter":{"kind":"联名提案","members":["m001","m002","m003"]}`)

	q, err := Decode(b)
	require.NoError(t, err)
	assert.Equal(t, p, q, "decoding loses nothing: record, history and derived state")
	b2, err := json.Marshal(q)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))

	var v Proposal
	require.NoError(t, json.Unmarshal(b, &v))
	assert.Equal(t, p.History(), v.History())
	assert.Equal(t, Closed, v.State())
}

func TestJSONRoundTripWithRules(t *testing.T) {
	rules := Rules{Grades: FourGrades(), Categories: append(DefaultCategories(), "法制")}
	r := record(5)
	r.Category = "法制"
	p, err := rules.New(r, At(day(1, 9), ""))
	require.NoError(t, err)
	mustDo(t, p.Review(At(day(1, 10), "")))
	mustDo(t, p.Register(At(day(1, 11), "")))
	mustDo(t, p.Assign(At(day(1, 12), ""), Unit{Name: "甲局", Role: Lead}))
	mustDo(t, p.Reply(At(day(2, 1), ""), "甲局", GradeD))
	b, err := json.Marshal(p)
	require.NoError(t, err)

	_, err = Decode(b)
	assert.Error(t, err, "the default rules know neither 法制 nor grade D")
	q, err := rules.Decode(b)
	require.NoError(t, err)
	assert.Equal(t, p, q)
}

func TestDecodeBrokenHistory(t *testing.T) {
	good, err := json.Marshal(reach(t, "已交办"))
	require.NoError(t, err)
	tests := []struct {
		name  string
		edit  func(s string) string
		index int
		is    error
		msg   string
	}{
		{"registered before review", func(s string) string {
			return strings.Replace(s, `{"action":"审查","date":"2022-01-20","actor":"提案委员会"},`, "", 1)
		}, 1, ErrTransition, "第2步（history[1]）不合流程：proposal: 第1号提案当前状态为“已提交”，不能“立案”"},
		{"step back in time", func(s string) string {
			return strings.Replace(s, `"2022-05-03","actor":"联席会议"`, `"2022-02-19","actor":"联席会议"`, 1)
		},
			3, lvzhi.ErrOrder, "日期2022年2月19日早于上一步的日期2022年2月20日"},
		{"reply from assisting unit", func(s string) string {
			return strings.Replace(s, `]}]`, `]},{"action":"答复","date":"2022-06-01","unit":"区财政局","grade":"A"}]`, 1)
		}, 4, ErrStep, "协办单位"},
		{"history not starting with 提交", func(s string) string {
			return strings.Replace(s, `{"action":"提交","date":"2022-01-09","actor":"m001"},`, "", 1)
		}, 0, ErrStep, "办理记录的第一步须为“提交”"},
		{"state disagreeing with history", func(s string) string { return strings.Replace(s, `"state":"已交办"`, `"state":"已办结"`, 1) },
			3, ErrStep, "记录的状态“已办结”与办理记录得出的状态“已交办”不符"},
		{"empty history", func(s string) string { return s[:strings.Index(s, `"history"`)] + `"history":[]}` },
			0, lvzhi.ErrRequired, "办理记录为空"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.edit(string(good))
			require.NotEqual(t, string(good), in, "the edit must apply")
			p, err := Decode([]byte(in))
			assert.Nil(t, p)
			var he *HistoryError
			require.ErrorAs(t, err, &he)
			assert.Equal(t, tt.index, he.Index)
			assert.ErrorIs(t, err, tt.is)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

func TestDecodeBadInput(t *testing.T) {
	good, err := json.Marshal(reach(t, "已提交"))
	require.NoError(t, err)
	tests := []struct {
		name string
		in   string
		is   error
		msg  string
	}{
		{"not JSON", `{`, lvzhi.ErrSyntax, "无法解析提案"},
		{"unknown field", strings.Replace(string(good), `"number"`, `"numero":1,"number"`, 1), lvzhi.ErrSyntax, "numero"},
		{"unknown action", strings.Replace(string(good), `"提交"`, `"呈报"`, 1), lvzhi.ErrSyntax, "未知的办理步骤"},
		{"trailing data", string(good) + `{}`, lvzhi.ErrSyntax, "JSON 之后有多余内容"},
		{"bad record", strings.Replace(string(good), `"category":"社会"`, `"category":"体育"`, 1), nil, "类别“体育”无效"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Decode([]byte(tt.in))
			assert.Nil(t, p)
			require.Error(t, err)
			if tt.is != nil {
				assert.ErrorIs(t, err, tt.is)
			}
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
	var v Proposal
	before := v
	assert.Error(t, json.Unmarshal([]byte(strings.Replace(string(good), `"2022-01-09"`, `""`, 1)), &v))
	assert.Equal(t, before, v, "a failed decode leaves the proposal unchanged")
}

func FuzzDecode(f *testing.F) {
	for _, sc := range []string{"已提交", "审查中", "不予立案", "已并案", "已转交", "已答复（不满意）", "已办结"} {
		b, err := json.Marshal(reach(f, sc))
		require.NoError(f, err)
		f.Add(b)
	}
	b, err := json.Marshal(fullLife(f))
	require.NoError(f, err)
	f.Add(b)
	f.Add([]byte(`{"number":1,"term":9,"kind":"平时提案","title":"x","category":"经济","submitter":{"kind":"个人提案","members":["m"]},"history":[{"action":"提交","date":"2022-01-01"}]}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"history":[{"action":"提交","date":"2022-13-01"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(data)
		if err != nil {
			return
		}
		b1, err := json.Marshal(p)
		require.NoError(t, err)
		q, err := Decode(b1)
		require.NoError(t, err, "accepted input must re-decode: %s", b1)
		assert.Equal(t, p, q)
		b2, err := json.Marshal(q)
		require.NoError(t, err)
		assert.Equal(t, string(b1), string(b2))
	})
}

// FuzzWireFastPath checks the fast decoding of the JSON form against
// encoding/json: whatever the fast path accepts, encoding/json accepts
// with the same value.
func FuzzWireFastPath(f *testing.F) {
	b, err := json.Marshal(fullLife(f))
	require.NoError(f, err)
	f.Add(b)
	f.Add([]byte(`{"number":1,"term":9,"kind":"平时提案","title":"x","category":"经济","submitter":{"kind":"个人提案","members":["m"]},"history":[{"action":"提交","date":"2022-01-01"},null]}`))
	f.Add([]byte(`{"history":null}`))
	f.Add([]byte(`{"history":[]}`))
	f.Add([]byte(`{"history":{}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var fast wire
		if !jsonstrict.FastTo(data, &fast) {
			return
		}
		var slow wire
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&slow), "the fast path accepts what encoding/json refuses: %s", data)
		assert.Equal(t, slow, fast)
	})
}
