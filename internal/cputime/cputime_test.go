//go:build unix

package cputime_test

import (
	"testing"

	"github.com/lvzhi-go/lvzhi/internal/cputime"
	"github.com/stretchr/testify/assert"
)

// Busy work raises the processor time the process has used.
func TestUsedGrows(t *testing.T) {
	before := cputime.Used()
	assert.Positive(t, before, "a running process has used some processor time")
	x := uint64(1)
	for i := 0; i < 5e7; i++ { // a few tens of milliseconds of work
		x = x*6364136223846793005 + 1442695040888963407
	}
	assert.NotZero(t, x)
	assert.Greater(t, cputime.Used(), before)
}
