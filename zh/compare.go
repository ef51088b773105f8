package zh

import (
	"fmt"
	"math/big"
	"strconv"
)

// CompareCount writes how a count changed from an earlier period, the
// clause summaries add to a figure: against names the earlier period
// (上年, 上半年, 上届). Counts compare in per cent, with one decimal:
//
//	CompareCount(38, 44, "件", "上年") → 较上年增加6件，增长15.8%
//	CompareCount(44, 38, "件", "上年") → 较上年减少6件，下降13.6%
//	CompareCount(44, 44, "件", "上年") → 与上年持平
//	CompareCount(0, 5, "件", "上年")   → 较上年增加5件
//
// With nothing to compare with (prev is 0) the growth is not written.
// The percentage follows [Percent], so it never overstates: 减少 all but
// one of 10000 is 下降99.9%, not 100%.
func CompareCount(prev, cur int, unit, against string) string {
	diff := cur - prev
	switch {
	case diff == 0:
		return "与" + against + "持平"
	case diff > 0:
		s := "较" + against + "增加" + strconv.Itoa(diff) + unit
		if prev > 0 {
			s += "，增长" + Percent(diff, prev)
		}
		return s
	}
	s := "较" + against + "减少" + strconv.Itoa(-diff) + unit
	if prev > 0 {
		s += "，下降" + Percent(-diff, prev)
	}
	return s
}

// CompareRate writes how a rate changed from an earlier period. Rates
// compare in percentage points (个百分点), with one decimal, computed from
// the exact counts rather than from rounded percentages:
//
//	CompareRate(36, 38, 129, 134, "上年") → 较上年提高1.5个百分点
//	CompareRate(129, 134, 36, 38, "上年") → 较上年下降1.5个百分点
//	CompareRate(1, 2, 2, 4, "上年")       → 与上年持平
//	CompareRate(1, 3, 333, 1000, "上年")  → 与上年基本持平
//
// A change too small to show at one decimal is 基本持平, never 持平 and
// never 提高0.0个百分点. A zero or negative denominator is an error: a
// rate that does not exist cannot be compared.
func CompareRate(prevNum, prevDen, num, den int, against string) (string, error) {
	if prevDen <= 0 || den <= 0 {
		return "", fmt.Errorf("zh: 比较比率需要正的分母，实为%d和%d", prevDen, den)
	}
	// diff = num/den − prevNum/prevDen = (num·prevDen − prevNum·den)/(den·prevDen)
	a := new(big.Int).Mul(big.NewInt(int64(num)), big.NewInt(int64(prevDen)))
	b := new(big.Int).Mul(big.NewInt(int64(prevNum)), big.NewInt(int64(den)))
	diff := a.Sub(a, b)
	if diff.Sign() == 0 {
		return "与" + against + "持平", nil
	}
	word := "提高"
	if diff.Sign() < 0 {
		word = "下降"
		diff.Neg(diff)
	}
	// Tenths of a percentage point, rounded half away from zero.
	q := new(big.Int).Mul(big.NewInt(int64(den)), big.NewInt(int64(prevDen)))
	t := new(big.Int).Mul(diff, big.NewInt(2000))
	t.Add(t, q)
	t.Quo(t, q.Lsh(q, 1))
	if t.Sign() == 0 {
		return "与" + against + "基本持平", nil
	}
	tenths := t.Int64()
	pts := strconv.FormatInt(tenths/10, 10)
	if r := tenths % 10; r != 0 {
		pts += "." + strconv.FormatInt(r, 10)
	}
	return "较" + against + word + pts + "个百分点", nil
}
