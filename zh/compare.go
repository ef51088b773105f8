package zh

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
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
// The increment is exact, so it goes with the exact count: a total written
// as an approximation (1100余人次) takes no exact increment beside it.
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
// compare in percentage points (个百分点), and they compare as published:
// each rate is first written as [Percent] writes it (one decimal), and the
// difference is the difference of the two printed values. A reader who
// subtracts the two figures on the page gets the figure in the sentence,
// and two rates printed alike are 持平 whatever their exact counts:
//
//	CompareRate(36, 38, 129, 134, "上年")   → 较上年提高1.6个百分点 (94.7% → 96.3%)
//	CompareRate(129, 134, 36, 38, "上年")   → 较上年下降1.6个百分点
//	CompareRate(167, 176, 188, 198, "上年") → 与上年持平 (94.9% and 94.9%)
//	CompareRate(1, 3, 333, 1000, "上年")    → 与上年持平 (33.3% and 33.3%)
//
// [CompareRateDecimals] compares at another precision, the one the
// document prints its rates at. A zero or negative denominator is an
// error: a rate that does not exist cannot be compared.
func CompareRate(prevNum, prevDen, num, den int, against string) (string, error) {
	return CompareRateDecimals(prevNum, prevDen, num, den, 1, against)
}

// CompareRateDecimals is [CompareRate] for rates printed with a chosen
// number of decimals (0, 1 or 2, as [PercentDecimals]; others are taken as
// the nearest of them). The difference is written at the same precision:
// 36/38 and 129/134 print 95% and 96% at 0 decimals and compare as
// 较上年提高1个百分点; at one decimal (94.7% and 96.3%) they compare as
// 提高1.6个百分点, and at two (94.74% and 96.27%) as 提高1.53个百分点.
func CompareRateDecimals(prevNum, prevDen, num, den, decimals int, against string) (string, error) {
	if prevDen <= 0 || den <= 0 {
		return "", fmt.Errorf("zh: 比较比率需要正的分母，实为%d和%d", prevDen, den)
	}
	decimals = min(max(decimals, 0), 2)
	diff := publishedUnits(num, den, decimals)
	diff.Sub(diff, publishedUnits(prevNum, prevDen, decimals))
	if diff.Sign() == 0 {
		return "与" + against + "持平", nil
	}
	word := "提高"
	if diff.Sign() < 0 {
		word = "下降"
		diff.Neg(diff)
	}
	digits := diff.String()
	for len(digits) < decimals+1 {
		digits = "0" + digits
	}
	whole, frac := digits[:len(digits)-decimals], strings.TrimRight(digits[len(digits)-decimals:], "0")
	pts := whole
	if frac != "" {
		pts += "." + frac
	}
	return "较" + against + word + pts + "个百分点", nil
}

// publishedUnits is the rate num/den as [PercentDecimals] prints it, in
// units of the last printed decimal: 94.9% at one decimal is 949.
func publishedUnits(num, den, decimals int) *big.Int {
	s := strings.TrimSuffix(PercentDecimals(num, den, decimals), "%")
	whole, frac, _ := strings.Cut(s, ".")
	for len(frac) < decimals {
		frac += "0"
	}
	v, ok := new(big.Int).SetString(whole+frac, 10)
	if !ok { // PercentDecimals prints digits only; den > 0 here.
		return new(big.Int)
	}
	return v
}
