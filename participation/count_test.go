package participation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/participation"
)

// AllTookPart says what Count says of idle members, for any roster: the
// county fixture has 39 idle members (m760–m798); without them everyone
// took part.
func TestAllTookPartAgreesWithCount(t *testing.T) {
	rec := countyRecords(t)
	all := rec.Members
	for _, n := range []int{1, 100, 600, 759, 760, 761, 799} {
		rec.Members = all[:n]
		r := participation.Count(rec, lvzhi.Year(2022))
		assert.Equal(t, r.Members == n, participation.AllTookPart(rec, lvzhi.Year(2022)), "roster of %d", n)
	}
	rec.Members = all[:760]
	assert.True(t, participation.AllTookPart(rec, lvzhi.Year(2022)))
	rec.Members = all
	assert.False(t, participation.AllTookPart(rec, lvzhi.Year(2022)))
	assert.False(t, participation.AllTookPart(rec, lvzhi.Year(2021)), "nothing recorded in 2021")
	rec.Members = nil
	assert.True(t, participation.AllTookPart(rec, lvzhi.Year(2021)), "an empty roster has no idle member")
}
