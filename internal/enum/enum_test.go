package enum_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/enum"
)

var names = []string{"", "全体会议", "主席会议"}
var short = []string{"", "全会", "主席会"}

func TestEnum(t *testing.T) {
	assert.Equal(t, "主席会议", enum.Name(names, "Kind", 2))
	assert.Equal(t, "Kind(0)", enum.Name(names, "Kind", 0))
	assert.Equal(t, "Kind(3)", enum.Name(names, "Kind", 3))

	b, err := enum.Text(names, "会议类型", "Kind", 1)
	require.NoError(t, err)
	assert.Equal(t, "全体会议", string(b))
	_, err = enum.Text(names, "会议类型", "Kind", 9)
	var ve *lvzhi.ValueError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "Kind(9)", ve.Value)

	n, err := enum.Parse(names, "会议类型", []byte("主席会议"))
	require.NoError(t, err)
	assert.Equal(t, 2, n)
	n, err = enum.Parse(names, "会议类型", []byte("全会"), short)
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	_, err = enum.Parse(names, "会议类型", []byte("全会"))
	assert.ErrorIs(t, err, lvzhi.ErrSyntax, "alternatives only when given")
	_, err = enum.Parse(names, "会议类型", []byte(""))
	assert.ErrorContains(t, err, "未知的会议类型")
}
