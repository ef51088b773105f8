package zh

import (
	"strconv"

	"github.com/lvzhi-go/lvzhi"
)

var quarterNames = [5]string{"", "第一季度", "第二季度", "第三季度", "第四季度"}

// PeriodName writes the period p as it appears in a title or a sentence:
//
//   - a year: 2022年度, as in 2022年度工作总结 ([PlainYear] gives 2022年);
//   - a half year: 2022年上半年, 2022年下半年;
//   - a quarter: 2022年第一季度;
//   - a month: 2022年3月;
//   - a custom range: the words of [DateRange], 2022年1月8日至6月30日.
//
// With [OmitYear] matching p's year the short form is written: 上半年,
// 第一季度, 3月, and 全年 for a whole year. A custom range follows the rules
// of [DateRange], and [Connector] applies to it.
//
// PeriodName returns "" for the zero Period and for an invalid one.
func PeriodName(p lvzhi.Period, opts ...DateOption) string {
	if p.Validate() != nil {
		return ""
	}
	c := newConfig(opts)
	if p.Kind == lvzhi.PeriodCustom {
		var buf [64]byte
		return string(appendRange(buf[:0], p.Custom, c))
	}
	if !c.showYear(p.Year) {
		switch p.Kind {
		case lvzhi.PeriodYear:
			return "全年"
		case lvzhi.PeriodFirstHalf:
			return "上半年"
		case lvzhi.PeriodSecondHalf:
			return "下半年"
		case lvzhi.PeriodQuarter:
			return quarterNames[p.N]
		}
		return strconv.Itoa(p.N) + "月"
	}
	var buf [32]byte
	b := strconv.AppendInt(buf[:0], int64(p.Year), 10)
	switch p.Kind {
	case lvzhi.PeriodYear:
		if c.plainYear {
			b = append(b, "年"...)
		} else {
			b = append(b, "年度"...)
		}
	case lvzhi.PeriodFirstHalf:
		b = append(b, "年上半年"...)
	case lvzhi.PeriodSecondHalf:
		b = append(b, "年下半年"...)
	case lvzhi.PeriodQuarter:
		b = append(b, "年"...)
		b = append(b, quarterNames[p.N]...)
	case lvzhi.PeriodMonth:
		b = append(b, "年"...)
		b = strconv.AppendInt(b, int64(p.N), 10)
		b = append(b, "月"...)
	}
	return string(b)
}
