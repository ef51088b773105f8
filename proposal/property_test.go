package proposal

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

// randomStep returns a step that is often, but not always, allowed.
func randomStep(rng *rand.Rand, p *Proposal) Step {
	a := Action(rng.IntN(int(ActionSupervise)) + 1)
	if rng.IntN(3) > 0 { // bias towards actions the state allows
		var ok []Action
		for b := ActionSecond; b <= ActionSupervise; b++ {
			if allows(p.State(), b) {
				ok = append(ok, b)
			}
		}
		if len(ok) > 0 {
			a = ok[rng.IntN(len(ok))]
		}
		// and towards the main path, so that histories get long.
		for _, b := range []Action{ActionReview, ActionRegister, ActionAssign, ActionReply, ActionFeedback, ActionReopen} {
			if allows(p.State(), b) && rng.IntN(3) > 0 {
				a = b
			}
		}
	}
	s := Step{Action: a, Date: p.LastDate().AddDays(rng.IntN(40) - 3), Actor: "经办人"}
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	switch a {
	case ActionSecond:
		s.Member = lvzhi.MemberID(pick("", "m2", "m3", "m4"))
	case ActionReject:
		s.Reason = pick("", "属于个人事务")
	case ActionMerge:
		s.Into = rng.IntN(4)
	case ActionForward:
		s.To = pick("", "市政协")
	case ActionAssign, ActionReopen:
		for range rng.IntN(4) {
			u := Unit{Name: pick("甲局", "乙局", "丙局", ""), Role: Role(rng.IntN(4))}
			if rng.IntN(4) == 0 {
				u.Deadline = s.Date.AddDays(rng.IntN(120) - 10)
			}
			s.Units = append(s.Units, u)
		}
	case ActionReply:
		s.Unit, s.Grade = pick("甲局", "乙局", "丙局", ""), Grade(rng.IntN(5))
		for _, h := range p.Units() {
			if h.Pending() && rng.IntN(2) == 0 {
				s.Unit = h.Name
			}
		}
	case ActionFeedback:
		s.Satisfaction = Satisfaction(rng.IntN(4))
		if rng.IntN(2) == 0 {
			s.Satisfaction = Unsatisfied
		}
	case ActionSupervise:
		s.Leader = pick("", "王副主席", "李主席")
	}
	if rng.IntN(20) == 0 { // data foreign to the action
		s.To = "省政协"
	}
	return s
}

// checkConsistent checks that p's state and derived data are what a fresh
// replay of its history gives, and that dates never go back.
func checkConsistent(t *testing.T, p *Proposal) {
	t.Helper()
	q := &Proposal{Record: p.Record, rules: p.rules}
	for i, s := range p.History() {
		require.NoError(t, q.Apply(s), "replaying step %d", i)
		if i > 0 {
			require.False(t, s.Date.Before(p.History()[i-1].Date), "dates never go back")
		}
	}
	require.Equal(t, p.st, q.st, "the state is what the history gives")
	require.Equal(t, p.State(), p.StateOn(p.LastDate()))
}

func TestRandomHistories(t *testing.T) {
	for seed := range uint64(40) {
		rng := rand.New(rand.NewPCG(seed, 2022))
		reg := NewRegister(Rules{})
		for n := 1; n <= 25; n++ {
			p, err := New(record(n), At(day(1, 1).AddDays(rng.IntN(180)), ""))
			require.NoError(t, err)
			for range 30 {
				before, state, st := p.History(), p.State(), p.st
				s := randomStep(rng, p)
				err := p.Apply(s)
				if err != nil {
					require.Equal(t, before, p.History(), "a failed step changes nothing")
					require.Equal(t, state, p.State())
					require.Equal(t, st, p.st)
					var te *TransitionError
					var se *StepError
					require.True(t, errorsAs(err, &te) || errorsAs(err, &se), "typed error: %v", err)
					continue
				}
				require.Len(t, p.History(), len(before)+1)
				require.Equal(t, s.Action, p.History()[len(before)].Action)
				require.False(t, state.Final(), "nothing follows a final state")
				checkConsistent(t, p)
			}
			b, err := json.Marshal(p)
			require.NoError(t, err)
			q, err := Decode(b)
			require.NoError(t, err, "seed %d proposal %d", seed, n)
			require.Equal(t, p, q)
			require.NoError(t, reg.Add(p))
		}
		for _, asOf := range []lvzhi.Date{day(1, 15), day(4, 1), day(7, 1), day(12, 31), lvzhi.MustDate(2024, 1, 1)} {
			checkStatistics(t, reg, lvzhi.DateRange{From: day(1, 1), To: day(6, 30)}, asOf, fmt.Sprintf("seed %d as of %s", seed, asOf))
		}
	}
}

func errorsAs[T error](err error, target *T) bool {
	e, ok := err.(T)
	if ok {
		*target = e
	}
	return ok
}

// checkStatistics checks the invariants of the statistics and compares
// the counts with the proposals' states as of the day.
func checkStatistics(t *testing.T, reg *Register, within lvzhi.DateRange, asOf lvzhi.Date, msg string) {
	t.Helper()
	s := reg.Statistics(within, asOf)
	assert.LessOrEqual(t, s.Registered, s.Received, msg)
	assert.Equal(t, s.Registered, s.Local+s.Forwarded, msg)
	assert.Equal(t, s.Received, s.Registered+s.Rejected+s.Merged+s.Suggestions+s.Opinions+s.Withdrawn+s.Pending, msg)
	assert.Equal(t, s.HandedOver, s.Assigned+s.Forwarded, msg)
	assert.LessOrEqual(t, s.HandedOver, s.Registered, msg)
	assert.LessOrEqual(t, s.Closed, s.Replied, msg)
	assert.LessOrEqual(t, s.Replied, s.Assigned, msg)
	assert.LessOrEqual(t, s.Assigned, s.Local, msg)
	sumCat, sumSec := 0, 0
	for _, c := range s.ByCategory {
		sumCat += c.Received
	}
	for _, c := range s.BySector {
		sumSec += c.Received
	}
	assert.Equal(t, s.Received, sumCat, msg)
	assert.Equal(t, s.Received, sumSec, msg)

	// The same figures from a full replay of each proposal up to asOf.
	var received, registered, forwarded, closed, pending, assigned, replied, key, content, overdue int
	grades := map[Grade]int{}
	for _, p := range reg.All() {
		sub := p.Submitted()
		if !within.Contains(sub) || sub.After(asOf) {
			continue
		}
		received++
		st := p.statusOn(asOf)
		if st.round > 0 {
			assigned++
			all := true
			late := false
			for _, h := range st.units {
				if h.Role.Replies() && h.Replies == 0 {
					all = false
				}
				if h.Pending() && h.Deadline.Before(asOf) {
					late = true
				}
				if h.Grade != 0 {
					grades[h.Grade]++
				}
			}
			if all {
				replied++
			}
			if late {
				overdue++
			}
		}
		if st.key != nil {
			key++
		}
		if n := len(st.verdicts); n > 0 && st.verdicts[n-1].Content() {
			content++
		}
		switch st := p.StateOn(asOf); st {
		case Registered, Assigned, Replied, Closed:
			registered++
			if st == Closed {
				closed++
			}
		case Forwarded:
			registered++
			forwarded++
		case Submitted, UnderReview:
			pending++
		}
	}
	assert.Equal(t, [10]int{received, registered, forwarded, closed, pending, assigned, replied, key, content, overdue},
		[10]int{s.Received, s.Registered, s.Forwarded, s.Closed, s.Pending, s.Assigned, s.Replied, s.Key,
			s.Satisfied + s.BasicallySatisfied, s.Overdue}, msg)
	for _, g := range s.ByGrade {
		assert.Equal(t, grades[g.Grade], g.Replies, msg)
		delete(grades, g.Grade)
	}
	assert.Empty(t, grades, msg)
}
