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
