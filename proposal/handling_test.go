package proposal

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

// assigned returns proposal n, registered and assigned on 3月10日.
func assigned(tb testing.TB, n int, units ...Unit) *Proposal {
	tb.Helper()
	p := submitted(tb, n)
	mustDo(tb, p.Review(At(day(1, 20), "提案委员会")))
	mustDo(tb, p.Register(At(day(2, 25), "九届九次主席会议")))
	mustDo(tb, p.Assign(At(day(3, 10), "提案交办会"), units...))
	return p
}

func TestHandlingAsOf(t *testing.T) {
	lead := Unit{Name: "区教育局", Role: Lead}
	a := assigned(t, 1, lead, Unit{Name: "区财政局", Role: Assisting})
	mustDo(t, a.Reply(At(day(5, 20), "区教育局"), "区教育局", GradeB))
	mustDo(t, a.Feedback(At(day(6, 1), "m001"), Unsatisfied))
	mustDo(t, a.Reopen(At(day(6, 5), "提案委员会")))
	mustDo(t, a.Reply(At(day(7, 20), "区教育局"), "区教育局", GradeA))
	mustDo(t, a.Feedback(At(day(8, 1), "m001"), Satisfied))
	mustDo(t, a.Close(At(day(8, 10), "提案委员会")))
	b := assigned(t, 2, Unit{Name: "区教育局", Role: Separate}, Unit{Name: "区民政局", Role: Separate})

	// Before any reply.
	t1 := HandlingOf([]*Proposal{a, b}, nil, day(4, 1))
	require.Len(t, t1.Units, 3)
	assert.Equal(t, UnitHandling{Unit: "区教育局", Assigned: 2, Lead: 2, Grades: []int{0, 0, 0}}, t1.Units[0])
	assert.Equal(t, 2, t1.LeadUnits(), "区财政局 assists only")
	assert.Equal(t, 1, t1.Units[2].Assist)

	// After the first reply and the 不满意: the reply counts, the grade
	// goes with the current round.
	t2 := HandlingOf([]*Proposal{a, b}, nil, day(6, 2))
	edu := t2.Units[0]
	assert.Equal(t, 1, edu.Replied)
	assert.Equal(t, []int{0, 1, 0}, edu.Grades)
	assert.Equal(t, 1, edu.Unsatisfied)
	assert.Equal(t, 0, edu.Overdue, "b's deadline is 6月10日")

	// At the end: a re-answered and closed, b overdue for both units.
	t3 := HandlingOf([]*Proposal{a, b}, nil, day(9, 1))
	edu = t3.Units[0]
	assert.Equal(t, 1, edu.Closed)
	assert.Equal(t, []int{1, 0, 0}, edu.Grades)
	assert.Equal(t, [3]int{1, 0, 0}, [3]int{edu.Satisfied, edu.BasicallySatisfied, edu.Unsatisfied})
	assert.Equal(t, 1, edu.Overdue)
	assert.Equal(t, Rate{1, 1}, edu.SatisfactionRate())
	assert.Equal(t, 2, t3.Total.Overdue)
	assert.Equal(t, 4, t3.Total.Assigned, "件次")
	require.NoError(t, t3.Table().Validate())
	assert.Len(t, t3.Table().Rows, 3)

	// Four grades widen the table.
	t4 := HandlingOf([]*Proposal{a}, FourGrades(), day(9, 1))
	tb := t4.Table()
	require.NoError(t, tb.Validate())
	assert.Len(t, tb.Columns, 13)
	assert.Len(t, tb.Header[1], 9, "主办, 协办, four grades, three verdicts")
}

func TestFilterKindSession(t *testing.T) {
	r := NewRegister(Rules{})
	reg := submitted(t, 1)
	rec := record(2)
	rec.Kind, rec.Session = Plenary, "s3"
	pl, err := New(rec, At(day(1, 9), ""))
	require.NoError(t, err)
	rec = record(3)
	rec.Kind, rec.Session = Plenary, "s4"
	pl2, err := New(rec, At(lvzhi.MustDate(2022, time.January, 10), ""))
	require.NoError(t, err)
	for _, p := range []*Proposal{reg, pl, pl2} {
		require.NoError(t, r.Add(p))
	}
	assert.Equal(t, []*Proposal{reg}, r.Find(Filter{Kind: Regular}))
	assert.Equal(t, []*Proposal{pl, pl2}, r.Find(Filter{Kind: Plenary}))
	assert.Equal(t, []*Proposal{pl2}, r.Find(Filter{Session: "s4"}))
	assert.Equal(t, []KindCount{{Plenary, "s3", 1}, {Plenary, "s4", 1}, {Regular, "", 1}}, CountByKind(r.All()))
}
