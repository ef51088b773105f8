package zh_test

import (
	"fmt"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

func ExampleDate() {
	d := lvzhi.MustDate(2022, time.January, 8)
	fmt.Println(zh.Date(d))
	fmt.Println(zh.Date(d, zh.OmitYear(2022)))
	fmt.Printf("%q\n", zh.Date(lvzhi.Date{}))
	// Output:
	// 2022年1月8日
	// 1月8日
	// ""
}

func ExampleDateRange() {
	in2022 := zh.OmitYear(2022)
	plenary := lvzhi.DateRange{From: lvzhi.MustDate(2022, 1, 8), To: lvzhi.MustDate(2022, 1, 10)}
	visit := lvzhi.DateRange{From: lvzhi.MustDate(2022, 4, 28), To: lvzhi.MustDate(2022, 5, 2)}
	newYear := lvzhi.DateRange{From: lvzhi.MustDate(2021, 12, 30), To: lvzhi.MustDate(2022, 1, 2)}
	fmt.Println("全会于" + zh.DateRange(plenary, in2022) + "召开")
	fmt.Println(zh.DateRange(plenary))
	fmt.Println(zh.DateRange(visit, in2022))
	fmt.Println(zh.DateRange(newYear, in2022))
	fmt.Println(zh.DateRange(lvzhi.OneDay(lvzhi.MustDate(2022, 5, 3)), in2022))
	fmt.Println(zh.DateRange(plenary, zh.Connector(zh.ConnectorDash)))
	// Output:
	// 全会于1月8日至10日召开
	// 2022年1月8日至10日
	// 4月28日至5月2日
	// 2021年12月30日至2022年1月2日
	// 5月3日
	// 2022年1月8日—10日
}

func ExampleXun() {
	fmt.Println(zh.Xun(lvzhi.MustDate(2022, 6, 15)))
	fmt.Println(zh.Xun(lvzhi.MustDate(2022, 1, 31)))
	// Output:
	// 中旬
	// 下旬
}

func ExampleMonthXun() {
	d := lvzhi.MustDate(2022, 6, 15)
	fmt.Println("截至" + zh.MonthXun(d, zh.OmitYear(2022)) + "，已有38件提案办结")
	fmt.Println(zh.MonthXun(d))
	// Output:
	// 截至6月中旬，已有38件提案办结
	// 2022年6月中旬
}

func ExampleMonths() {
	in2022 := zh.OmitYear(2022)
	fmt.Println("于" + zh.Months(2022, []time.Month{time.April, time.May}, in2022) + "分两期组织常委外出学习")
	fmt.Println(zh.Months(2022, []time.Month{4, 5, 6}, in2022))
	fmt.Println(zh.Months(2022, []time.Month{7, 3, 5}))
	// Output:
	// 于4、5月份分两期组织常委外出学习
	// 4月至6月
	// 2022年3、5、7月份
}

func ExamplePeriodName() {
	fmt.Println(zh.PeriodName(lvzhi.FirstHalf(2022)) + "工作总结")
	fmt.Println(zh.PeriodName(lvzhi.Year(2022)) + "工作总结")
	fmt.Println(zh.PeriodName(lvzhi.Year(2022), zh.PlainYear()))
	fmt.Println(zh.PeriodName(lvzhi.Quarter(2022, 1)))
	fmt.Println(zh.PeriodName(lvzhi.SecondHalf(2022), zh.OmitYear(2022)) + "工作打算")
	fmt.Println(zh.PeriodName(lvzhi.Month(2022, time.March)))
	// Output:
	// 2022年上半年工作总结
	// 2022年度工作总结
	// 2022年
	// 2022年第一季度
	// 下半年工作打算
	// 2022年3月
}

func ExampleDateDigits() {
	fmt.Println(zh.DateDigits(lvzhi.MustDate(2022, 1, 8)))
	fmt.Println(zh.DateDigits(lvzhi.MustDate(2022, 12, 31)))
	// Output:
	// 二〇二二年一月八日
	// 二〇二二年十二月三十一日
}

func ExampleWeekday() {
	d := lvzhi.MustDate(2022, 1, 8)
	fmt.Println(zh.Date(d) + "（" + zh.Weekday(d.Weekday()) + "）")
	fmt.Println(zh.Weekday(time.Sunday))
	// Output:
	// 2022年1月8日（星期六）
	// 星期日
}

func ExamplePercent() {
	fmt.Println("立案率" + zh.Percent(129, 134))
	fmt.Println("办结率" + zh.Percent(38, 44))
	fmt.Println("满意率" + zh.Percent(44, 44))
	fmt.Printf("%q\n", zh.Percent(0, 0))
	// Output:
	// 立案率96.3%
	// 办结率86.4%
	// 满意率100%
	// ""
}

func ExampleOmitYear() {
	in2022 := zh.OmitYear(2022)
	fmt.Println(zh.Date(lvzhi.MustDate(2022, 5, 3), in2022))
	fmt.Println(zh.Date(lvzhi.MustDate(2021, 12, 30), in2022))
	// Output:
	// 5月3日
	// 2021年12月30日
}

func ExampleConnector() {
	r := lvzhi.DateRange{From: lvzhi.MustDate(2022, 4, 28), To: lvzhi.MustDate(2022, 5, 2)}
	fmt.Println(zh.DateRange(r, zh.Connector(zh.ConnectorTilde)))
	// Output:
	// 2022年4月28日～5月2日
}

func ExamplePlainYear() {
	fmt.Println(zh.PeriodName(lvzhi.Year(2022), zh.PlainYear()) + "全年")
	// Output:
	// 2022年全年
}
