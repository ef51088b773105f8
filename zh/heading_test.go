package zh

import (
	"testing"

	"github.com/lvzhi-go/lvzhi"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHeading(t *testing.T) {
	cases := []struct {
		level, n int
		want     string
	}{
		{1, 1, "一、"}, {1, 2, "二、"}, {1, 10, "十、"}, {1, 11, "十一、"}, {1, 20, "二十、"}, {1, 99, "九十九、"},
		{1, 100, "一百、"}, {1, 110, "一百一十、"},
		{2, 1, "（一）"}, {2, 10, "（十）"}, {2, 23, "（二十三）"}, {2, 99, "（九十九）"},
		{3, 1, "1."}, {3, 11, "11."}, {3, 99, "99."}, {3, 1000, "1000."},
		{4, 1, "（1）"}, {4, 23, "（23）"}, {4, 99, "（99）"},
	}
	for _, c := range cases {
		got, err := Heading(c.level, c.n)
		if assert.NoError(t, err) {
			assert.Equal(t, c.want, got, "Heading(%d, %d)", c.level, c.n)
		}
	}
	// Full-width parentheses and an ASCII period, exactly.
	two, err := Heading(2, 1)
	require.NoError(t, err)
	assert.Equal(t, []rune{'\uFF08', '一', '\uFF09'}, []rune(two))
	four, err := Heading(4, 1)
	require.NoError(t, err)
	assert.Equal(t, []rune{'\uFF08', '1', '\uFF09'}, []rune(four))
	three, err := Heading(3, 1)
	require.NoError(t, err)
	assert.Equal(t, []byte{'1', '.'}, []byte(three))
}

func TestHeadingErrors(t *testing.T) {
	cases := []struct {
		level, n int
		what     string
		text     string
	}{
		{0, 1, "标题层级", "应为1至4"},
		{5, 1, "标题层级", "应为1至4"},
		{-1, 1, "标题层级", "应为1至4"},
		{1, 0, "标题序号", "应从1开始"},
		{3, -5, "标题序号", "应从1开始"},
		{9, 0, "标题层级", "应为1至4"},
	}
	for _, c := range cases {
		got, err := Heading(c.level, c.n)
		assert.Empty(t, got)
		var ve *lvzhi.ValueError
		if assert.ErrorAs(t, err, &ve, "Heading(%d, %d)", c.level, c.n) {
			assert.Equal(t, c.what, ve.What)
			assert.ErrorIs(t, err, lvzhi.ErrOutOfRange)
			assert.Contains(t, err.Error(), c.text)
		}
	}
}
