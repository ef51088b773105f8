package research_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
)

// CountGroups counts each group once per activity, however the groups
// come: few or many groups, joint activities, a group named twice.
func TestCountGroups(t *testing.T) {
	d := lvzhi.OneDay(lvzhi.MustDate(2022, 3, 1))
	for _, n := range []int{1, 5, 16, 17, 40} {
		var gs []research.GroupActivity
		want := map[string]int{}
		for i := range 3 * n {
			a, b := fmt.Sprintf("组%02d", i%n), fmt.Sprintf("组%02d", (i*7+1)%n)
			groups := []string{a, b, a} // a named twice counts once
			gs = append(gs, research.GroupActivity{Base: research.Base{ID: lvzhi.ActivityID(fmt.Sprint(i)), Title: "活动", Dates: d}, Groups: groups})
			want[a]++
			if b != a {
				want[b]++
			}
		}
		got := map[string]int{}
		for _, c := range research.CountGroups(gs) {
			_, dup := got[c.Group]
			assert.False(t, dup, "%s listed twice", c.Group)
			got[c.Group] = c.Count
		}
		assert.Equal(t, want, got, "%d groups", n)
	}
	assert.Empty(t, research.CountGroups(nil))
}
