package research_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
)

// TestAdvanceFailureChangesNothing checks that every refused Advance is a
// *PhaseError and leaves the topic exactly as it was.
func TestAdvanceFailureChangesNothing(t *testing.T) {
	topic := func() research.Topic {
		return research.Topic{ID: "t1", Title: "建设特色食品产业园", Leader: "m1", Key: true,
			Span: days(3, 1, 10, 31),
			Plan: []research.Milestone{{Phase: research.PhaseDrafting, Due: d(8, 31)}},
			History: []research.Step{
				{Phase: research.PhaseApproved, Date: d(3, 10)},
				{Phase: research.PhasePreparing, Date: d(4, 1)},
			}}
	}
	huge := strings.Repeat("记", 10<<20/3)
	cases := []struct {
		name  string
		phase research.Phase
		date  lvzhi.Date
		note  string
	}{
		{"skip a phase", research.PhaseDrafting, d(5, 1), ""},
		{"go back", research.PhaseApproved, d(5, 1), ""},
		{"stay", research.PhasePreparing, d(5, 1), ""},
		{"invalid phase", research.Phase(99), d(5, 1), ""},
		{"zero phase", 0, d(5, 1), ""},
		{"date before the last step", research.PhaseFieldwork, d(3, 20), ""},
		{"zero date", research.PhaseFieldwork, lvzhi.Date{}, ""},
		{"date after the span", research.PhaseFieldwork, d(11, 1), ""},
		{"skip with a 10 MiB note", research.PhaseSubmitted, d(5, 1), huge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tp := topic()
			err := tp.Advance(tc.phase, tc.date, tc.note)
			require.Error(t, err)
			var pe *research.PhaseError
			assert.True(t, errors.As(err, &pe), "%T: %v", err, err)
			assert.Less(t, len(err.Error()), 1024, "the message does not repeat the note")
			assert.Equal(t, topic(), tp, "a failed Advance changes nothing")
		})
	}

	tp := topic()
	history := tp.History
	require.NoError(t, tp.Advance(research.PhaseFieldwork, d(5, 1), "赴园区调研"))
	assert.Len(t, history, 2, "the caller's slice keeps its length")
	assert.Equal(t, research.PhaseFieldwork, tp.Phase())
}
