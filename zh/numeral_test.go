package zh

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

type numeralCase struct {
	n    int64
	want string
}

// numeralCases are the default readings, written out by hand.
var numeralCases = []numeralCase{
	// Single digits and the teens.
	{0, "零"}, {1, "一"}, {2, "二"}, {3, "三"}, {4, "四"}, {5, "五"}, {6, "六"}, {7, "七"}, {8, "八"}, {9, "九"},
	{10, "十"}, {11, "十一"}, {12, "十二"}, {15, "十五"}, {19, "十九"}, {20, "二十"}, {21, "二十一"},
	{22, "二十二"}, {30, "三十"}, {99, "九十九"},
	// Hundreds and thousands: zeros inside a section.
	{100, "一百"}, {101, "一百零一"}, {105, "一百零五"}, {110, "一百一十"}, {111, "一百一十一"},
	{115, "一百一十五"}, {120, "一百二十"}, {200, "二百"}, {202, "二百零二"}, {999, "九百九十九"},
	{1000, "一千"}, {1001, "一千零一"}, {1010, "一千零一十"}, {1011, "一千零一十一"}, {1100, "一千一百"},
	{1101, "一千一百零一"}, {1110, "一千一百一十"}, {2000, "二千"}, {2002, "二千零二"}, {2020, "二千零二十"},
	{2200, "二千二百"}, {3052, "三千零五十二"}, {9999, "九千九百九十九"},
	// 万: zeros ending a section are silent, others read once.
	{10000, "一万"}, {10001, "一万零一"}, {10010, "一万零一十"}, {10100, "一万零一百"}, {11000, "一万一千"},
	{12000, "一万二千"}, {20000, "二万"}, {22000, "二万二千"}, {100000, "十万"}, {100001, "十万零一"},
	{100010, "十万零一十"}, {100100, "十万零一百"}, {101000, "十万一千"}, {110000, "十一万"},
	{150000, "十五万"}, {200000, "二十万"}, {1000000, "一百万"}, {1000001, "一百万零一"},
	{1001000, "一百万一千"}, {1010000, "一百零一万"}, {1020000, "一百零二万"}, {1100000, "一百一十万"},
	{1903971, "一百九十万三千九百七十一"}, {10000000, "一千万"}, {10000001, "一千万零一"},
	{10001000, "一千万一千"}, {10010000, "一千零一万"}, {20000005, "二千万零五"}, {99999999, "九千九百九十九万九千九百九十九"},
	// 亿.
	{100000000, "一亿"}, {100000001, "一亿零一"}, {100001000, "一亿零一千"}, {100010000, "一亿零一万"},
	{100100000, "一亿零一十万"}, {101000000, "一亿零一百万"}, {110000000, "一亿一千万"}, {200000000, "二亿"},
	{1000000000, "十亿"}, {1000000010, "十亿零一十"}, {1500000000, "十五亿"}, {10000000000, "一百亿"},
	{10100000000, "一百零一亿"}, {100000000000, "一千亿"}, {100000001000, "一千亿零一千"},
	{123456789012, "一千二百三十四亿五千六百七十八万九千零一十二"},
	// 万亿 and 亿亿.
	{1_0000_0000_0000, "一万亿"}, {1_0000_0000_0001, "一万亿零一"}, {1_0000_5000_0000, "一万亿五千万"},
	{1_0001_0000_0000, "一万零一亿"}, {10_0000_0000_0000, "十万亿"}, {121_0000_0000_0000, "一百二十一万亿"},
	{1000_0000_0000_0000, "一千万亿"}, {1_0000_0000_0000_0000, "一亿亿"}, {1_0000_0000_0000_0005, "一亿亿零五"},
	{1_0000_0001_0000_0000, "一亿零一亿"}, {1_0000_1000_0000_0000, "一亿零一千亿"},
	{10_0000_0000_0000_0000, "十亿亿"}, {2460_0000_5000_1030, "二千四百六十万亿五千万一千零三十"},
	{math.MaxInt64, "九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零七"},
	// Negatives.
	{-1, "负一"}, {-3, "负三"}, {-10, "负十"}, {-105, "负一百零五"}, {-110, "负一百一十"}, {-20000005, "负二千万零五"},
	{math.MinInt64, "负九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零八"},
	{math.MinInt64 + 1, "负九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零七"},
}

// powerCases are every power of ten an int64 holds.
var powerCases = []numeralCase{
	{1, "一"}, {10, "十"}, {100, "一百"}, {1e3, "一千"}, {1e4, "一万"}, {1e5, "十万"}, {1e6, "一百万"},
	{1e7, "一千万"}, {1e8, "一亿"}, {1e9, "十亿"}, {1e10, "一百亿"}, {1e11, "一千亿"}, {1e12, "一万亿"},
	{1e13, "十万亿"}, {1e14, "一百万亿"}, {1e15, "一千万亿"}, {1e16, "一亿亿"}, {1e17, "十亿亿"},
	{1e18, "一百亿亿"},
}

func TestNumeral(t *testing.T) {
	for _, c := range numeralCases {
		assert.Equal(t, c.want, Numeral(c.n), "Numeral(%d)", c.n)
	}
}

func TestNumeralPowersOfTen(t *testing.T) {
	for _, c := range powerCases {
		assert.Equal(t, c.want, Numeral(c.n), "Numeral(%d)", c.n)
		assert.Equal(t, "负"+c.want, Numeral(-c.n), "Numeral(%d)", -c.n)
		// One more: the zero run between the leading 1 and the final 1.
		if c.n >= 100 {
			got := Numeral(c.n + 1)
			assert.Equal(t, c.want+"零一", got, "Numeral(%d)", c.n+1)
		}
	}
}

func TestNumeralZeroInEveryPosition(t *testing.T) {
	// 9 in every place with one 0 moved through the places: exactly one 零
	// unless the zero ends a section.
	cases := []numeralCase{
		{99999990, "九千九百九十九万九千九百九十"},
		{99999909, "九千九百九十九万九千九百零九"},
		{99999099, "九千九百九十九万九千零九十九"},
		{99990999, "九千九百九十九万零九百九十九"},
		{99909999, "九千九百九十万九千九百九十九"},
		{99099999, "九千九百零九万九千九百九十九"},
		{90999999, "九千零九十九万九千九百九十九"},
		{9000_9999, "九千万九千九百九十九"},
		{9999_0009, "九千九百九十九万零九"},
		{9009_9009, "九千零九万九千零九"},
		{9_0000_0009, "九亿零九"},
		{9_0900_0000, "九亿零九百万"},
		{9_9000_0000, "九亿九千万"},
		{90_0009_0000, "九十亿零九万"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Numeral(c.n), "Numeral(%d)", c.n)
	}
}

func TestNumeralOptions(t *testing.T) {
	liang := []numeralCase{
		{2, "二"}, {12, "十二"}, {20, "二十"}, {22, "二十二"}, {200, "两百"}, {222, "两百二十二"},
		{1200, "一千两百"}, {2000, "两千"}, {2222, "两千两百二十二"}, {20000, "两万"}, {22000, "两万两千"},
		{120000, "十二万"}, {1020000, "一百零二万"}, {2000_0000, "两千万"}, {2_0000_0000, "两亿"},
		{3_2000_0000, "三亿两千万"}, {1_0002_0000, "一亿零两万"}, {22_0000_0000, "二十二亿"},
		{2_0000_0000_0000, "两万亿"}, {2_0000_0000_0000_0000, "两亿亿"}, {-2000, "负两千"},
	}
	for _, c := range liang {
		assert.Equal(t, c.want, Numeral(c.n, WithLiang()), "Numeral(%d, WithLiang())", c.n)
	}
	yi := []numeralCase{
		{10, "一十"}, {15, "一十五"}, {100000, "一十万"}, {150000, "一十五万"}, {1e9, "一十亿"},
		{110, "一百一十"}, {10010, "一万零一十"}, {-12, "负一十二"}, {1e17, "一十亿亿"}, {20, "二十"},
	}
	for _, c := range yi {
		assert.Equal(t, c.want, Numeral(c.n, WithLeadingYi()), "Numeral(%d, WithLeadingYi())", c.n)
	}
	assert.Equal(t, "二十万", Numeral(200000, WithLiang(), WithLeadingYi()))
	assert.Equal(t, "一十二万", Numeral(120000, WithLiang(), WithLeadingYi()))
	assert.Equal(t, "一十二万两千", Numeral(122000, WithLiang(), WithLeadingYi()))
	assert.Equal(t, "两千", Numeral(2000, NumeralOption{}, WithLiang()), "the zero option changes nothing")
}

func TestOrdinal(t *testing.T) {
	cases := []numeralCase{
		{1, "第一"}, {2, "第二"}, {10, "第十"}, {11, "第十一"}, {20, "第二十"}, {105, "第一百零五"},
		{110, "第一百一十"}, {0, "第零"}, {-3, "第负三"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Ordinal(c.n), "Ordinal(%d)", c.n)
	}
}

func TestDigits(t *testing.T) {
	cases := []numeralCase{
		{0, "〇"}, {7, "七"}, {10, "一〇"}, {105, "一〇五"}, {2022, "二〇二二"}, {2000, "二〇〇〇"},
		{-3, "负三"}, {-2022, "负二〇二二"}, {1234567890, "一二三四五六七八九〇"},
		{math.MaxInt64, "九二二三三七二〇三六八五四七七五八〇七"},
		{math.MinInt64, "负九二二三三七二〇三六八五四七七五八〇八"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Digits(c.n), "Digits(%d)", c.n)
	}
	assert.Equal(t, '\u3007', []rune(Digits(0))[0], "zero is U+3007")
}

func TestNumeralAllocations(t *testing.T) {
	inputs := []int64{0, 105, 1903971, math.MaxInt64, math.MinInt64}
	for _, n := range inputs {
		allocs := testing.AllocsPerRun(100, func() { _ = Numeral(n, WithLiang()) })
		assert.LessOrEqual(t, allocs, 1.0, "Numeral(%d)", n)
		allocs = testing.AllocsPerRun(100, func() { _, _ = ParseNumeral(Numeral(n)) })
		assert.LessOrEqual(t, allocs, 1.0, "ParseNumeral(Numeral(%d)) allocates only the string", n)
	}
}
