package research_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
)

func TestOfOrder(t *testing.T) {
	on := func(m, d int) lvzhi.DateRange {
		return lvzhi.OneDay(lvzhi.MustDate(2022, 1, 1).AddDays((m-1)*31 + d - 1))
	}
	forum := func(id, title string, r lvzhi.DateRange) research.Forum {
		return research.Forum{Base: research.Base{ID: lvzhi.ActivityID(id), Title: title, Dates: r}}
	}
	long := lvzhi.DateRange{From: on(3, 1).From, To: on(3, 5).From}
	acts := []research.Activity{
		forum("f3", "三", on(3, 1)),
		research.Other{Base: research.Base{ID: "o1", Title: "其他", Dates: on(1, 1)}},
		forum("f2", "二乙", on(2, 1)),
		nil,
		forum("f4", "四", long),
		forum("f2", "二甲", on(2, 1)), // same day and ID: kept in input order
		forum("f1", "一", on(1, 1)),
		forum("f0", "上年", lvzhi.OneDay(lvzhi.MustDate(2021, 12, 31))),
	}
	var titles []string
	for _, f := range research.Of[research.Forum](acts, lvzhi.Year(2022)) {
		titles = append(titles, f.Title)
	}
	assert.Equal(t, []string{"一", "二乙", "二甲", "三", "四"}, titles, "by start, end, ID, then input order")
	assert.Nil(t, research.Of[research.Training](acts, lvzhi.Year(2022)))
	assert.Len(t, research.Of[research.Forum](acts, lvzhi.Period{}), 6, "the zero period holds every activity")
}

// A book's team is its members, then those of its editorial board not
// among them, each once.
func TestPublicationTeam(t *testing.T) {
	p := research.Publication{Base: research.Base{Members: []lvzhi.MemberID{"m001", "m016", "m001"}},
		Board: research.Board{Name: "编撰委员会", Members: []lvzhi.MemberID{"m016", "m002", ""}}}
	if got, want := p.Team(), []lvzhi.MemberID{"m001", "m016", "m002"}; !assert.ObjectsAreEqual(want, got) {
		t.Errorf("Team() = %v, want %v", got, want)
	}
	if got := (research.Publication{}).Team(); len(got) != 0 {
		t.Errorf("Team() of no one = %v", got)
	}
}

// A work's results belong to the period of their date, or of the work's
// first day when they have none, as OpinionStats counts them.
func TestOpinionResultsIn(t *testing.T) {
	w := research.OpinionWork{Base: research.Base{ID: "o1", Title: "社情民意", Dates: lvzhi.DateRange{From: lvzhi.MustDate(2022, 6, 20), To: lvzhi.MustDate(2022, 7, 10)},
		Results: []research.Output{
			{Kind: research.OutputAdopted, Title: "甲", Date: lvzhi.MustDate(2022, 7, 1), By: "市政协"},
			{Kind: research.OutputAdopted, Title: "乙", By: "市政协"},
			{Kind: research.OutputInstruction, Title: "丙", Date: lvzhi.MustDate(2022, 6, 25), By: "区委书记"},
		}}}
	titles := func(os []research.Output) (out []string) {
		for _, o := range os {
			out = append(out, o.Title)
		}
		return out
	}
	assert.Equal(t, []string{"乙", "丙"}, titles(w.ResultsIn(lvzhi.FirstHalf(2022))))
	assert.Equal(t, []string{"甲"}, titles(w.ResultsIn(lvzhi.SecondHalf(2022))))
	assert.Len(t, w.ResultsIn(lvzhi.Period{}), 3)
	tally := research.OpinionStats(research.Activities{w}, lvzhi.FirstHalf(2022))
	assert.Equal(t, [2]int{1, 1}, [2]int{tally.Adopted, tally.Instructed})
}
