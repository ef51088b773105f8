package proposal

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSteps(t *testing.T) {
	for _, scenario := range []string{"已提交", "已答复", "已办结"} {
		t.Run(scenario, func(t *testing.T) {
			p := reach(t, scenario)
			var got []Step
			for i, s := range p.Steps() {
				assert.Equal(t, len(got), i, "indexes count from 0")
				got = append(got, s)
			}
			assert.Equal(t, p.History(), got, "Steps yields the history")

			n := 0
			for range p.Steps() {
				n++
				break
			}
			assert.Equal(t, 1, n, "a loop may stop early")
		})
	}
}
