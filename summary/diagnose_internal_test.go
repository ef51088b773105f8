package summary

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi/proposal"
)

func TestPercentBelow(t *testing.T) {
	tests := []struct {
		rate  proposal.Rate
		least float64
		want  string
	}{
		{proposal.Rate{Num: 1, Den: 2}, 90, "50%"},
		{proposal.Rate{Num: 179, Den: 200}, 90, "89.5%"},
		{proposal.Rate{Num: 8999, Den: 10000}, 90, "89.9%"}, // 89.99% would round to 90%
		{proposal.Rate{Num: 2699, Den: 3000}, 90, "89.9%"},
		{proposal.Rate{Num: 3, Den: 4}, 75.05, "75%"}, // cut to one decimal, still below
		{proposal.Rate{Num: 0, Den: 3}, 90, "0%"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, percentBelow(tt.rate, tt.least), "%v below %v", tt.rate, tt.least)
	}
}
