package session_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/session"
)

// checkOneByOne is Check by its definition: the sessions added in date
// order to a register, every pair compared.
func checkOneByOne(c lvzhi.Committee, sessions []session.Session) error {
	sorted := slices.Clone(sessions)
	session.SortByDate(sorted)
	r := session.NewRegister(c)
	var errs []error
	for _, s := range sorted {
		if err := r.Add(s); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// TestCheckAsDefined compares Check with checkOneByOne on random calendars,
// with and without conflicts: the same problems in the same order.
func TestCheckAsDefined(t *testing.T) {
	kinds := []session.Kind{session.KindPlenary, session.KindStanding, session.KindChairs}
	rng := rand.New(rand.NewPCG(1, 2))
	clean := 0
	for round := range 400 {
		n := 1 + rng.IntN(12)
		var ss []session.Session
		for i := range n {
			day := lvzhi.MustDate(2022, 1, 1).AddDays(rng.IntN(300))
			ss = append(ss, numbered(fmt.Sprintf("s%d", rng.IntN(3*n)), kinds[rng.IntN(len(kinds))],
				8+rng.IntN(3), 1+rng.IntN(2*n), lvzhi.OneDay(day)))
			if round%2 == 0 { // half the calendars numbered in date order
				ss[i].ID = lvzhi.SessionID(fmt.Sprintf("u%d", i))
				ss[i].Sitting = i + 1
				ss[i].Dates = lvzhi.OneDay(lvzhi.MustDate(2022, 1, 1).AddDays(i))
			}
		}
		want := checkOneByOne(committee(), ss)
		got := session.Check(committee(), ss)
		if want == nil {
			clean++
			assert.NoError(t, got, "round %d", round)
			continue
		}
		require.Error(t, got, "round %d", round)
		assert.Equal(t, want.Error(), got.Error(), "round %d", round)
	}
	assert.Positive(t, clean, "some calendars are free of conflicts")
}

// Numbering errors are read by clerks: dates in them are written in
// Chinese (2022年1月8日至10日), never as ISO ranges.
func TestNumberingErrorsChineseDates(t *testing.T) {
	c := lvzhi.Committee{Name: "某区政协", Level: lvzhi.LevelCounty, Term: 9,
		TermDates: lvzhi.DateRange{From: lvzhi.MustDate(2020, 1, 1), To: lvzhi.MustDate(2024, 12, 31)}}
	plenary := func(id string, sitting int, from, to lvzhi.Date) session.Session {
		return session.Session{ID: lvzhi.SessionID(id), Kind: session.KindPlenary, Term: 9, Sitting: sitting,
			Dates: lvzhi.DateRange{From: from, To: to}}
	}
	err := session.Check(c, []session.Session{
		plenary("p3", 3, lvzhi.MustDate(2022, 1, 8), lvzhi.MustDate(2022, 1, 10)),
		plenary("p2", 2, lvzhi.MustDate(2022, 7, 1), lvzhi.MustDate(2022, 7, 1)),
		plenary("p9", 4, lvzhi.MustDate(2025, 1, 8), lvzhi.MustDate(2025, 1, 9)),
	})
	require.Error(t, err)
	msg := err.Error()
	assert.Contains(t, msg, "会议 p2（九届二次会议，2022年7月1日）次数小于会议 p3（九届三次会议，2022年1月8日至10日），日期却更晚")
	assert.Contains(t, msg, "的日期不在本届任期（2020年1月1日至2024年12月31日）之内")
	assert.NotRegexp(t, `\d{4}-\d{2}-\d{2}`, msg)
}

func TestDecodeRefusesControlCharacters(t *testing.T) {
	_, err := session.Decode([]byte(`{"id":"s","kind":"全体会议","term":9,"sitting":3,"name":"九届\n三次","dates":{"from":"2022-01-08","to":"2022-01-10"}}`))
	assert.ErrorContains(t, err, "JSON $.name：含有换行符")
}
