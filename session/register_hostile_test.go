package session_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/session"
)

// hostileRegister returns a register holding a plenary, a chairpersons'
// meeting and a joint meeting.
func hostileRegister(tb testing.TB) *session.Register {
	tb.Helper()
	r := session.NewRegister(committee())
	for _, s := range []session.Session{
		numbered("p3", session.KindPlenary, 9, 3, days(1, 8, 1, 10)),
		numbered("c9", session.KindChairs, 9, 9, lvzhi.OneDay(d(3, 10))),
		{ID: "j1", Kind: session.KindJoint, Name: "提案交办联席会议", Dates: lvzhi.OneDay(d(5, 3))},
	} {
		require.NoError(tb, r.Add(s))
	}
	return r
}

// TestRegisterFailedAddChangesNothing checks that every refused Add leaves
// the register exactly as it was.
func TestRegisterFailedAddChangesNothing(t *testing.T) {
	huge := strings.Repeat("会", 10<<20/3)
	cases := []struct {
		name string
		s    session.Session
	}{
		{"invalid", session.Session{ID: "x"}},
		{"duplicate ID", session.Session{ID: "j1", Kind: session.KindForum, Name: "座谈会", Dates: lvzhi.OneDay(d(5, 4))}},
		{"sitting number used", numbered("p4", session.KindPlenary, 9, 3, days(6, 1, 6, 2))},
		{"sitting numbers out of date order", numbered("c8", session.KindChairs, 9, 8, lvzhi.OneDay(d(4, 1)))},
		{"outside the term", numbered("p1", session.KindPlenary, 9, 1, lvzhi.OneDay(lvzhi.MustDate(2021, time.January, 5)))},
		{"10 MiB name", session.Session{ID: "f1", Kind: session.KindForum, Name: huge, Dates: lvzhi.OneDay(d(5, 4))}},
		{"10 MiB outcome", session.Session{ID: "f1", Kind: session.KindForum, Name: "座谈会", Dates: lvzhi.OneDay(d(5, 4)), Outcomes: []string{huge}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := hostileRegister(t)
			before := r.Sessions()
			err := r.Add(tc.s)
			require.Error(t, err)
			assert.Less(t, len(err.Error()), 1024, "the message does not repeat the input")
			var verrs lvzhi.ValidationErrors
			var ne *session.NumberingError
			assert.True(t, errors.As(err, &verrs) || errors.As(err, &ne), "%T: %v", err, err)
			assert.Equal(t, before, r.Sessions(), "a failed Add changes nothing")
			assert.Equal(t, len(before), r.Len())
		})
	}

}
