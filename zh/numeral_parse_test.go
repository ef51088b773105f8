package zh

import (
	"errors"
	"math"
	"testing"

	"github.com/lvzhi-go/lvzhi"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseNumeralAccepts(t *testing.T) {
	cases := []struct {
		in   string
		want int64
	}{
		{"零", 0}, {"〇", 0}, {"一", 1}, {"十", 10}, {"一十", 10}, {"十五", 15}, {"一十五", 15},
		{"二十", 20}, {"一百零五", 105}, {"一百〇五", 105}, {"一百一十", 110}, {"一千零一", 1001},
		{"二千", 2000}, {"两千", 2000}, {"两百", 200}, {"一千两百", 1200}, {"两万两千", 22000},
		{"二万两千", 22000}, {"两万二千", 22000}, {"三亿两千万", 320000000}, {"两亿", 2e8},
		{"一万零一十", 10010}, {"十万零一百", 100100}, {"十万一千", 101000}, {"一十万", 100000},
		{"一百九十万三千九百七十一", 1903971}, {"一亿零一万", 100010000}, {"一百万零一", 1000001},
		{"二千万零五", 20000005}, {"十亿", 1e9}, {"一十亿", 1e9}, {"一万亿", 1e12}, {"一亿亿", 1e16},
		{"一亿零一千亿", 1e16 + 1e11}, {"负三", -3}, {"负十", -10}, {"负一十二", -12},
		{"九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零七", math.MaxInt64},
		{"负九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零八", math.MinInt64},
		// 大写, also with the traditional 萬 億 貳 參 陸.
		{"壹", 1}, {"拾", 10}, {"壹拾", 10}, {"拾伍", 15}, {"壹佰零伍", 105}, {"壹拾万柒仟", 107000},
		{"陆仟零柒", 6007}, {"壹万陆仟肆佰零玖", 16409}, {"贰亿", 2e8}, {"貳萬", 20000},
		{"參億陸仟萬", 360000000}, {"负叁", -3}, {"一萬", 10000}, {"零", 0},
		// Unambiguous variants: a 零 after 万 or 亿 the standard reading leaves out.
		{"十万零一千", 101000}, {"一万零一千", 11000}, {"一亿零三千万", 130000000}, {"壹万零壹仟", 11000},
	}
	for _, c := range cases {
		got, err := ParseNumeral(c.in)
		if assert.NoError(t, err, "ParseNumeral(%q)", c.in) {
			assert.Equal(t, c.want, got, "ParseNumeral(%q)", c.in)
		}
	}
}

func TestParseNumeralRejects(t *testing.T) {
	cases := []struct {
		in     string
		pos    int
		reason string // a fragment of the Chinese reason
	}{
		{"", 0, "内容为空"},
		{"负", 1, "负号后缺少数字"},
		{"六千八", 2, "有歧义"},
		{"三万五", 2, "有歧义"},
		{"十万八", 2, "有歧义"},
		{"一亿五", 2, "有歧义"},
		{"一百五", 2, "有歧义"},
		{"一百百", 2, "单位“百”前缺少数字"},
		{"一十百", 2, "单位“百”前缺少数字"},
		{"一百千", 2, "单位“千”前缺少数字"},
		{"一百二千", 3, "单位“千”的位置不对"},
		{"零零", 1, "“零”不能连用"},
		{"一千零零五", 3, "“零”不能连用"},
		{"一千五十", 2, "应写作“一千零五十”"},
		{"一百十", 2, "单位“十”前缺少数字"},
		{"十两", 1, "应写作“十二”"},
		{"十两万", 1, "应写作“十二万”"},
		{"两十", 0, "应写作“二十”"},
		{"两", 0, "应写作“二”"},
		{"负零", 0, "零不能带负号"},
		{"一二三", 1, "ParseDigits"},
		{"二〇二二", 1, "ParseDigits"},
		{"零一", 0, "应写作“一”"},
		{"一百零", 2, "末尾不能是“零”"},
		{"十万零", 2, "末尾不能是“零”"},
		{"一万万", 2, "单位“万”前缺少数字"},
		{"一万二万", 3, "单位“万”的位置不对"},
		{"万", 0, "单位“万”前缺少数字"},
		{"亿", 0, "单位“亿”前缺少数字"},
		{"百", 0, "单位“百”前缺少数字"},
		{"一零万", 1, "数字之间缺少单位"}, {"一百零万", 3, "“零”后面不能直接跟单位"},
		{"一亿二亿", 2, "应写作“一亿零二亿”"},
		{"二十零五", 2, "应写作“二十五”"}, // a 零 only after 万 or 亿 is a variant
		{"一千零五零", 4, "数字之间缺少单位"},
		{"一亿一万", 2, "应写作“一亿零一万”"},
		{"一百零五负", 4, "负号只能写在开头"},
		{"负负三", 1, "负号只能写在开头"},
		{"一百O五", 2, "不能识别的字符“O”"},
		{"105", 0, "不能识别的字符“1”"},
		{" 十", 0, "不能识别的字符"},
		{"壹百", 1, "大写和小写数字混用"},
		{"一佰", 1, "大写和小写数字混用"},
		{"壹拾五", 2, "大写和小写数字混用"},
		{"壹仟伍拾", 2, "应写作“壹仟零伍拾”"},
		{"拾拾", 1, "单位“拾”前缺少数字"},
		{"一十十", 2, "单位“十”前缺少数字"},
	}
	for _, c := range cases {
		_, err := ParseNumeral(c.in)
		var ne *NumeralError
		if !assert.ErrorAs(t, err, &ne, "ParseNumeral(%q)", c.in) {
			continue
		}
		assert.Equal(t, c.in, ne.Input)
		assert.Equal(t, c.pos, ne.Pos, "position for %q: %s", c.in, ne.Reason)
		assert.Contains(t, ne.Reason, c.reason, "reason for %q", c.in)
		assert.ErrorIs(t, err, ErrNumeral)
		assert.ErrorIs(t, err, lvzhi.ErrSyntax)
		assert.Contains(t, err.Error(), "无法解析中文数字")
	}
}

func TestParseNumeralOverflow(t *testing.T) {
	for _, in := range []string{
		"九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零八",
		"负九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零九",
		"一千亿亿", "一万亿亿", "一亿亿亿", "九千九百九十九万亿亿",
	} {
		_, err := ParseNumeral(in)
		require.Error(t, err, in)
		assert.ErrorIs(t, err, ErrNumeral, in)
		assert.ErrorIs(t, err, lvzhi.ErrOutOfRange, in)
		assert.False(t, errors.Is(err, lvzhi.ErrSyntax), in)
		assert.Contains(t, err.Error(), "超出int64范围", in)
	}
}

func TestNumeralErrorMessage(t *testing.T) {
	_, err := ParseNumeral("六千八")
	require.Error(t, err)
	assert.Equal(t, "zh: 无法解析中文数字“六千八”：第3个字符处末位数字省略了单位，有歧义（如“六千八”可指6800，也可能漏写了“零”）", err.Error())
	_, err = ParseNumeral("负")
	require.Error(t, err)
	assert.Equal(t, "zh: 无法解析中文数字“负”：在末尾负号后缺少数字", err.Error())
	_, err = ParseNumeral("")
	require.Error(t, err)
	assert.Equal(t, "zh: 无法解析中文数字：内容为空", err.Error())
}

func TestParseNumeralRoundTrip(t *testing.T) {
	opts := [][]NumeralOption{nil, {WithLiang()}, {WithLeadingYi()}, {WithLiang(), WithLeadingYi()}}
	check := func(n int64) {
		for _, o := range opts {
			s := Numeral(n, o...)
			got, err := ParseNumeral(s)
			if err != nil || got != n {
				require.NoError(t, err, "ParseNumeral(%q)", s)
				require.Equal(t, n, got, "ParseNumeral(%q)", s)
			}
		}
	}
	for n := int64(-2000); n <= 30_000; n++ {
		check(n)
	}
	for _, n := range referenceInputs(20_000) {
		check(n)
	}
}

func TestParseNumeralUpperRoundTrip(t *testing.T) {
	// Money writes the 元 part in 大写 with 壹拾; ParseNumeral reads it.
	for _, n := range referenceInputs(5_000) {
		if n < 0 || n >= 1e16 {
			continue
		}
		var buf [numeralBufSize]byte
		s := string(numeralStyle{upper: true, leadingYi: true}.appendUint(buf[:0], uint64(n)))
		got, err := ParseNumeral(s)
		require.NoError(t, err, s)
		require.Equal(t, n, got, s)
	}
}

func TestParseDigits(t *testing.T) {
	ok := []struct {
		in   string
		want int64
	}{
		{"〇", 0}, {"零", 0}, {"二〇二二", 2022}, {"二零二二", 2022}, {"一〇五", 105}, {"〇〇七", 7},
		{"负三", -3}, {"九二二三三七二〇三六八五四七七五八〇七", math.MaxInt64},
		{"负九二二三三七二〇三六八五四七七五八〇八", math.MinInt64},
	}
	for _, c := range ok {
		got, err := ParseDigits(c.in)
		if assert.NoError(t, err, c.in) {
			assert.Equal(t, c.want, got, c.in)
		}
	}
	bad := []struct {
		in  string
		pos int
		out bool // out of range rather than syntax
	}{
		{"", 0, false}, {"负", 1, false}, {"负〇", 0, false}, {"二十", 1, false}, {"两", 0, false},
		{"壹贰", 0, false}, {"2022", 0, false}, {"二〇负二", 2, false},
		{"九二二三三七二〇三六八五四七七五八〇八", 0, true},
		{"一〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇", 0, true},
	}
	for _, c := range bad {
		_, err := ParseDigits(c.in)
		var ne *NumeralError
		if assert.ErrorAs(t, err, &ne, c.in) {
			assert.Equal(t, c.pos, ne.Pos, c.in)
			assert.ErrorIs(t, err, ErrNumeral, c.in)
			if c.out {
				assert.ErrorIs(t, err, lvzhi.ErrOutOfRange, c.in)
			} else {
				assert.ErrorIs(t, err, lvzhi.ErrSyntax, c.in)
			}
		}
	}
	for _, n := range referenceInputs(2_000) {
		got, err := ParseDigits(Digits(n))
		require.NoError(t, err)
		require.Equal(t, n, got)
	}
}

// ParseNumeralStrict accepts only the standard reading and names it for
// every variant ParseNumeral accepts.
func TestParseNumeralStrict(t *testing.T) {
	for _, in := range []string{"十万一千", "一百零五", "十五", "二千", "一亿零一万", "壹拾万柒仟", "负三", "零"} {
		_, err := ParseNumeralStrict(in)
		assert.NoError(t, err, in)
	}
	cases := []struct{ in, want string }{
		{"十万零一千", "应写作“十万一千”"},
		{"两千", "应写作“二千”"},
		{"一十五", "应写作“十五”"},
		{"一百〇五", "应写作“一百零五”"},
		{"六千八", "有歧义"},
		{"一百百", "单位“百”前缺少数字"},
	}
	for _, c := range cases {
		_, err := ParseNumeralStrict(c.in)
		assert.ErrorContains(t, err, c.want, c.in)
		var ne *NumeralError
		assert.ErrorAs(t, err, &ne)
	}
}
