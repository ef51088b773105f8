package textwidth_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi/report/internal/textwidth"
)

func TestHalves(t *testing.T) {
	for s, want := range map[string]int{
		"":             0,
		"2022年7月8日":    12,
		"柳州市某区政协":      14,
		"ABC":          3,
		"区政协\n柳州市某区政协": 14,
		"区政协\r\n2022":  6,
		"·—《》“”":       12,
	} {
		assert.Equal(t, want, textwidth.Halves(s), s)
	}
	assert.True(t, textwidth.Wide('年'))
	assert.False(t, textwidth.Wide('7'))
}
