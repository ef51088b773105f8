package session_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/session"
)

func TestRegisterConflicts(t *testing.T) {
	base := []session.Session{
		numbered("p3", session.KindPlenary, 9, 3, days(1, 8, 1, 10)),
		numbered("c9", session.KindChairs, 9, 9, lvzhi.OneDay(d(3, 1))),
		numbered("c10", session.KindChairs, 9, 10, lvzhi.OneDay(d(4, 1))),
	}
	cases := []struct {
		name  string
		s     session.Session
		want  error
		other lvzhi.SessionID
		text  string
	}{
		{"same sitting", numbered("x", session.KindChairs, 9, 9, lvzhi.OneDay(d(5, 1))), session.ErrDuplicateSitting, "c9", "次数相同"},
		{"later sitting earlier date", numbered("x", session.KindChairs, 9, 11, lvzhi.OneDay(d(3, 15))), session.ErrSittingOrder, "c10", "日期却更早"},
		{"earlier sitting later date", numbered("x", session.KindPlenary, 9, 2, lvzhi.OneDay(d(2, 1))), session.ErrSittingOrder, "p3", "日期却更晚"},
		{"duplicate ID", session.Session{ID: "c9", Kind: session.KindForum, Name: "座谈会", Dates: lvzhi.OneDay(d(6, 1))}, session.ErrDuplicateID, "c9", "编号"},
		{"outside term", numbered("x", session.KindPlenary, 9, 4, lvzhi.OneDay(lvzhi.MustDate(2027, time.January, 8))), session.ErrOutsideTerm, "", "本届任期"},
		{"later term", numbered("x", session.KindPlenary, 10, 1, lvzhi.OneDay(d(6, 1))), session.ErrOutsideTerm, "", "第九届"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := session.NewRegister(committee())
			for _, s := range base {
				require.NoError(t, r.Add(s))
			}
			err := r.Add(tc.s)
			require.ErrorIs(t, err, tc.want)
			var ne *session.NumberingError
			require.True(t, errors.As(err, &ne))
			assert.Equal(t, tc.s.ID, ne.Session)
			assert.Equal(t, tc.other, ne.Other)
			assert.Contains(t, err.Error(), tc.text)
			assert.Equal(t, len(base), r.Len(), "register unchanged on error")
		})
	}
}

func TestRegisterAccepts(t *testing.T) {
	r := session.NewRegister(committee())
	require.NoError(t, r.Add(numbered("c10", session.KindChairs, 9, 10, lvzhi.OneDay(d(4, 1)))))
	require.NoError(t, r.Add(numbered("c9", session.KindChairs, 9, 9, lvzhi.OneDay(d(3, 1)))), "added out of order but consistent")
	require.NoError(t, r.Add(numbered("s9", session.KindStanding, 9, 9, lvzhi.OneDay(d(3, 1)))), "another kind may share the number")
	require.NoError(t, r.Add(numbered("old", session.KindChairs, 8, 40, lvzhi.OneDay(lvzhi.MustDate(2021, 6, 1)))), "an earlier term is not bound by this term's dates")
	got := r.Sessions()
	ids := make([]lvzhi.SessionID, len(got))
	for i, s := range got {
		ids[i] = s.ID
	}
	assert.Equal(t, []lvzhi.SessionID{"old", "s9", "c9", "c10"}, ids, "date order; same day by kind")
	s, ok := r.Get("c9")
	require.True(t, ok)
	assert.Equal(t, 9, s.Sitting)
	_, ok = r.Get("none")
	assert.False(t, ok)

	err := r.Add(session.Session{ID: "bad", Kind: session.KindChairs})
	var verrs lvzhi.ValidationErrors
	require.ErrorAs(t, err, &verrs, "an invalid session is rejected by validation first")
	assert.Equal(t, 4, r.Len())
}

func TestZeroRegister(t *testing.T) {
	var r session.Register
	require.NoError(t, r.Add(numbered("p", session.KindPlenary, 12, 1, lvzhi.OneDay(d(1, 1)))), "no committee, no term check")
	assert.ErrorIs(t, r.Add(numbered("q", session.KindPlenary, 12, 1, lvzhi.OneDay(d(2, 1)))), session.ErrDuplicateSitting)
}

func TestCheck(t *testing.T) {
	sessions := []session.Session{
		numbered("p2", session.KindPlenary, 9, 2, lvzhi.OneDay(d(3, 1))),
		{ID: "bad", Kind: session.KindJoint, Dates: lvzhi.OneDay(d(5, 3))},
		numbered("p3", session.KindPlenary, 9, 3, days(1, 8, 1, 10)),
		numbered("p3b", session.KindPlenary, 9, 3, lvzhi.OneDay(d(6, 1))),
	}
	err := session.Check(committee(), sessions)
	require.Error(t, err)
	assert.ErrorIs(t, err, session.ErrSittingOrder)
	assert.ErrorIs(t, err, session.ErrDuplicateSitting)
	var verrs lvzhi.ValidationErrors
	require.ErrorAs(t, err, &verrs)
	assert.Equal(t, "[1].Name", verrs[0].Field)
	assert.Equal(t, "会议[1].会议名称", verrs[0].Label)
	assert.NoError(t, session.Check(committee(), sessions[2:3]))
}
