package zh_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi/zh"
)

func TestPercent(t *testing.T) {
	tests := []struct {
		num, den int
		want     string
	}{
		{38, 44, "86.4%"},   // 86.3636…
		{129, 134, "96.3%"}, // 96.2686…
		{1, 1, "100%"},
		{44, 44, "100%"},
		{1, 2, "50%"},
		{1, 3, "33.3%"},
		{2, 3, "66.7%"},
		{1, 8, "12.5%"},
		{1, 16, "6.3%"},   // 6.25 rounds half away from zero
		{3, 16, "18.8%"},  // 18.75
		{1, 400, "0.3%"},  // 0.25
		{1, 2000, "0.1%"}, // 0.05
		{1, 2001, "0.1%"}, // 0.0499…, but above zero
		{999, 1000, "99.9%"},
		{9999, 10000, "99.9%"}, // below 100% is never written 100%
		{1999999, 2000000, "99.9%"},
		{1, 100000, "0.1%"}, // above 0% is never written 0%
		{-1, 100000, "-0.1%"},
		{0, 5, "0%"},
		{3, 2, "150%"},
		{-1, 8, "-12.5%"},
		{1, -8, "-12.5%"},
		{-1, -8, "12.5%"},
		{-1, 16, "-6.3%"}, // half away from zero, not towards +∞
		{-1, 2001, "-0.1%"},
		{0, 0, ""},
		{5, 0, ""},
		{math.MaxInt, math.MaxInt, "100%"},
		{math.MinInt, math.MinInt, "100%"},
		{math.MaxInt, 1, "922337203685477580700%"},
		{math.MinInt, 1, "-922337203685477580800%"},
		{1, math.MaxInt, "0.1%"},
	}
	for _, tt := range tests {
		got := zh.Percent(tt.num, tt.den)
		assert.Equal(t, tt.want, got, "Percent(%d, %d)", tt.num, tt.den)
		assert.NotContains(t, got, ".0%", "a zero decimal is dropped")
	}
}
