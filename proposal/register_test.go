package proposal

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

func TestRegisterAdd(t *testing.T) {
	var reg Register // the zero Register is usable
	require.NoError(t, reg.Add(submitted(t, 1)))
	err := reg.Add(submitted(t, 1))
	assert.ErrorIs(t, err, ErrDuplicate)
	assert.Contains(t, err.Error(), "第9届第1号")
	other := record(1)
	other.Term = 10
	p, e := New(other, At(day(1, 9), ""))
	require.NoError(t, e)
	require.NoError(t, reg.Add(p), "numbers are unique per term")
	assert.ErrorIs(t, reg.Add(nil), lvzhi.ErrRequired)
	assert.ErrorIs(t, reg.Add(&Proposal{}), lvzhi.ErrRequired)
	assert.Equal(t, 2, reg.Len())

	got, ok := reg.Get(10, 1)
	assert.True(t, ok)
	assert.Same(t, p, got)
	_, ok = reg.Get(9, 2)
	assert.False(t, ok)
	assert.Len(t, reg.All(), 2)
}

func TestRegisterChecksItsRules(t *testing.T) {
	four := Rules{Grades: FourGrades()}
	p, err := four.New(record(1), At(day(1, 9), ""))
	require.NoError(t, err)
	mustDo(t, p.Review(At(day(1, 10), "")))
	mustDo(t, p.Register(At(day(1, 11), "")))
	mustDo(t, p.Assign(At(day(1, 12), ""), Unit{Name: "甲局", Role: Lead}))
	mustDo(t, p.Reply(At(day(2, 1), ""), "甲局", GradeD))

	reg := NewRegister(Rules{TitleMax: 10})
	err = reg.Add(p)
	assert.Equal(t, []string{"Title|案由|max", "History[4].Grade|办理记录[4].答复类别|oneof"}, fields(t, err))
	assert.Contains(t, err.Error(), "答复类别“D”不在本会的类别方案中，应为A、B、C之一")
	assert.Equal(t, 0, reg.Len())
	assert.Equal(t, 10, reg.Rules().TitleMax)
}

func TestRegisterFind(t *testing.T) {
	reg := NewRegister(Rules{})
	a := reach(t, "已交办") // number 1, 社会, 教育界, unit 区发展和改革局 and 区财政局
	b := reach(t, "已转交")
	b.Number, b.Category, b.Sector = 2, Economy, "经济界"
	c := reach(t, "已提交")
	c.Number = 3
	mustDo(t, a.MarkKey(At(day(5, 3), "主席会议")))
	for _, p := range []*Proposal{a, b, c} {
		require.NoError(t, reg.Add(p))
	}
	numbers := func(ps []*Proposal) []int {
		var out []int
		for _, p := range ps {
			out = append(out, p.Number)
		}
		return out
	}
	tests := []struct {
		name string
		f    Filter
		want []int
	}{
		{"all", Filter{}, []int{1, 2, 3}},
		{"term", Filter{Term: 9}, []int{1, 2, 3}},
		{"other term", Filter{Term: 8}, nil},
		{"states", Filter{States: []State{Forwarded, Submitted}}, []int{2, 3}},
		{"category", Filter{Category: Economy}, []int{2}},
		{"sector", Filter{Sector: "教育界"}, []int{1, 3}},
		{"assisting unit", Filter{Unit: assistUnit}, []int{1}},
		{"key", Filter{Key: true}, []int{1}},
		{"submitted", Filter{Submitted: lvzhi.OneDay(day(1, 9))}, []int{1, 2, 3}},
		{"submitted later", Filter{Submitted: lvzhi.OneDay(day(1, 10))}, nil},
		{"overdue", Filter{OverdueOn: day(8, 4)}, []int{1}},
		{"not yet overdue", Filter{OverdueOn: day(8, 3)}, nil},
		{"combined", Filter{Sector: "教育界", States: []State{Assigned}}, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, numbers(reg.Find(tt.f)))
		})
	}
}

func TestStatisticsOfHandling(t *testing.T) {
	reg := NewRegister(Rules{})
	// 1: replied A, satisfied, closed. 2: separate units, one replied.
	// 3: unsatisfied, handled again, basically satisfied, closed.
	// 4: withdrawn. 5: submitted in July, outside the half year.
	p1 := reach(t, "已办结")
	p2 := reach(t, "已立案")
	p2.Number = 2
	mustDo(t, p2.Assign(At(day(3, 1), ""), Unit{Name: "甲局", Role: Separate}, Unit{Name: "乙局", Role: Separate}))
	mustDo(t, p2.Reply(At(day(4, 1), ""), "甲局", GradeC))
	p3 := reach(t, "已答复（不满意）")
	p3.Number = 3
	mustDo(t, p3.Reopen(At(day(7, 11), "")))
	mustDo(t, p3.Reply(At(day(8, 1), ""), leadUnit, GradeA))
	mustDo(t, p3.Feedback(At(day(8, 5), ""), BasicallySatisfied))
	mustDo(t, p3.Close(At(day(8, 10), "")))
	p4 := reach(t, "已撤案")
	p4.Number = 4
	r5 := record(5)
	p5, err := New(r5, At(day(7, 2), ""))
	require.NoError(t, err)
	for _, p := range []*Proposal{p1, p2, p3, p4, p5} {
		require.NoError(t, reg.Add(p))
	}

	h1 := reg.StatisticsFor(lvzhi.FirstHalf(2022))
	assert.Equal(t, lvzhi.Date{Year: 2022, Month: 6, Day: 30}, h1.AsOf)
	assert.Equal(t, 4, h1.Received)
	assert.Equal(t, 3, h1.Registered)
	assert.Equal(t, 1, h1.Withdrawn)
	assert.Equal(t, 3, h1.Local)
	assert.Equal(t, 3, h1.Assigned)
	assert.Equal(t, 0, h1.Replied, "as of 6月30日 no proposal had all its replies")
	assert.Equal(t, 1, h1.Overdue, "乙局 was due on 6月1日")
	assert.Equal(t, []UnitCount{
		{Unit: leadUnit, Assigned: 2, Lead: 2}, // 发 (U+53D1) sorts before 财 (U+8D22)
		{Unit: assistUnit, Assigned: 2},
		{Unit: "乙局", Assigned: 1, Lead: 1, Overdue: 1},
		{Unit: "甲局", Assigned: 1, Lead: 1, Replied: 1},
	}, h1.ByUnit)
	assert.Equal(t, []GradeCount{{GradeC, 1}}, h1.ByGrade)

	y := reg.StatisticsFor(lvzhi.Year(2022))
	assert.Equal(t, 5, y.Received)
	assert.Equal(t, 1, y.Pending)
	assert.Equal(t, 2, y.Replied)
	assert.Equal(t, 2, y.Closed)
	assert.Equal(t, Rate{2, 3}, y.ClosingRate())
	assert.Equal(t, "66.7%", y.ClosingRate().Percent())
	assert.Equal(t, [3]int{1, 1, 0}, [3]int{y.Satisfied, y.BasicallySatisfied, y.Unsatisfied})
	assert.Equal(t, "100%", y.SatisfactionRate().Percent())
	assert.Equal(t, []GradeCount{{GradeA, 2}, {GradeC, 1}}, y.ByGrade)

	// Between the first reply and the second feedback, 3 was unsatisfied.
	mid := reg.Statistics(lvzhi.DateRange{From: day(1, 1), To: day(6, 30)}, day(7, 12))
	assert.Equal(t, 1, mid.Unsatisfied)
	assert.Equal(t, Rate{1, 2}, mid.SatisfactionRate())
	assert.Equal(t, 2, mid.Replied, "a proposal handled again stays counted as replied")
}
