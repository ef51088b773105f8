package zh

import (
	"math"
	"testing"

	"github.com/lvzhi-go/lvzhi"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMoney(t *testing.T) {
	cases := []struct {
		fen  int64
		want string
	}{
		// The examples of 支付结算办法 and 会计基础工作规范.
		{10500, "壹佰零伍元整"},
		{600714, "陆仟零柒元壹角肆分"},
		{1640902, "壹万陆仟肆佰零玖元零贰分"},
		{168032, "壹仟陆佰捌拾元零叁角贰分"},
		{10700053, "壹拾万柒仟元零伍角叁分"},
		{140950, "壹仟肆佰零玖元伍角整"},
		{32504, "叁佰贰拾伍元零肆分"},
		// 整 after 元 or 角, never after 分.
		{0, "零元整"},
		{100, "壹元整"},
		{150, "壹元伍角整"},
		{155, "壹元伍角伍分"},
		{105, "壹元零伍分"},
		// Below one 元: no leading 零元.
		{50, "伍角整"},
		{55, "伍角伍分"},
		{5, "伍分"},
		{1, "壹分"},
		// 壹拾 keeps its 壹; zeros in the 元 part.
		{1000, "壹拾元整"},
		{1500, "壹拾伍元整"},
		{1010, "壹拾元零壹角整"},
		{11000, "壹佰壹拾元整"},
		{100100, "壹仟零壹元整"},
		{1000000, "壹万元整"},
		{1000100, "壹万零壹元整"},
		{10000000, "壹拾万元整"},
		{100000000, "壹佰万元整"},
		{2000000000, "贰仟万元整"},
		{10000000000, "壹亿元整"},
		{10000100000, "壹亿零壹仟元整"},
		{100000000000, "壹拾亿元整"},
		{100000000000000, "壹万亿元整"},
		{123456789012345, "壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分"},
		{MaxMoneyFen, "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"},
	}
	for _, c := range cases {
		got, err := Money(c.fen)
		if assert.NoError(t, err, "Money(%d)", c.fen) {
			assert.Equal(t, c.want, got, "Money(%d)", c.fen)
		}
	}
}

func TestMoneyErrors(t *testing.T) {
	cases := []struct {
		fen  int64
		text string
	}{
		{-1, "金额不能为负数"},
		{math.MinInt64, "金额不能为负数"},
		{MaxMoneyFen + 1, "金额应小于一亿亿元"},
		{math.MaxInt64, "金额应小于一亿亿元"},
	}
	for _, c := range cases {
		got, err := Money(c.fen)
		assert.Empty(t, got)
		var ve *lvzhi.ValueError
		require.ErrorAs(t, err, &ve, "Money(%d)", c.fen)
		assert.Equal(t, "金额", ve.What)
		assert.ErrorIs(t, err, lvzhi.ErrOutOfRange)
		assert.Contains(t, err.Error(), c.text)
	}
}

func TestMoneyYuanPartParses(t *testing.T) {
	// The 元 part is a 大写 numeral ParseNumeral reads back.
	for _, n := range referenceInputs(3_000) {
		if n < 0 || n > MaxMoneyFen/100 {
			continue
		}
		s, err := Money(n * 100)
		require.NoError(t, err)
		yuan := []rune(s)
		require.GreaterOrEqual(t, len(yuan), 3)
		if n == 0 {
			continue
		}
		got, err := ParseNumeral(string(yuan[:len(yuan)-2])) // strip 元整
		require.NoError(t, err, s)
		assert.Equal(t, n, got, s)
	}
}

func TestMoneyAllocations(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { _, _ = Money(1640902) })
	assert.LessOrEqual(t, allocs, 1.0)
}
