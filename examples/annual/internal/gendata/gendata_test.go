package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/participation"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/summary"
)

// The committed data file is what the generator writes: it cannot go
// stale.
func TestCommittedFileIsCurrent(t *testing.T) {
	want, err := generate()
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join("..", "..", "data", "records.json"))
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, got), "examples/annual/data/records.json is stale: run go run ./examples/annual/internal/gendata")
	again, err := generate()
	require.NoError(t, err)
	assert.Equal(t, want, again, "deterministic")
}

func TestRecords(t *testing.T) {
	rec, err := build()
	require.NoError(t, err)
	require.NoError(t, rec.Validate())
	b, err := summary.NewBuilder(rec)
	require.NoError(t, err)

	for _, y := range years {
		s := b.Proposals().StatisticsFor(lvzhi.Year(y))
		assert.Equal(t, received[y], s.Received, "%d", y)
		assert.Greater(t, s.Registered, s.Received*9/10, "%d: most proposals are registered", y)
		assert.Positive(t, s.Forwarded, "%d", y)
		assert.Equal(t, 8, s.Key, "%d", y)
		kinds := proposal.CountByKind(b.Proposals().Find(proposal.Filter{Submitted: lvzhi.Year(y).Range()}))
		require.Len(t, kinds, 2)
		assert.Equal(t, received[y]*7/10, kinds[0].Count, "大会提案")

		r := participation.Count(participation.Records{Members: rec.Members, Sessions: rec.Sessions, Proposals: rec.Proposals,
			Topics: rec.Topics, Activities: rec.Activities}, lvzhi.Year(y))
		inactiveCount := 0
		for i := range rec.Members {
			if inactive(y, i) {
				inactiveCount++
				assert.Zero(t, r.ByMember[i].Total(), "%d: %s takes no part", y, rec.Members[i].ID)
			}
		}
		assert.Equal(t, len(rec.Members)-inactiveCount, r.Members, "%d: every other member takes part", y)
		assert.Zero(t, r.Outside)
	}
	// 2023: the last replies are still pending, two of them overdue.
	h := b.Proposals().Handling(lvzhi.Year(2023).Range(), lvzhi.Date{})
	assert.Equal(t, 2, h.Total.Overdue)
	assert.Equal(t, len(subjectUnits()), h.LeadUnits())
}

// subjectUnits returns the distinct units the subjects name.
func subjectUnits() map[string]bool {
	m := map[string]bool{}
	for _, s := range subjects {
		for _, u := range s.units {
			m[u] = true
		}
	}
	return m
}
