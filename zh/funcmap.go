package zh

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"text/template"
	"time"

	"github.com/lvzhi-go/lvzhi"
)

// FuncMap returns the functions of package zh for text/template (and
// html/template, which accepts the same map), so that callers can write
// their own summaries and notices with the project's number and date
// forms:
//
//	numeral N                 105 → 一百零五 ([Numeral])
//	ordinal N                 11 → 第十一 ([Ordinal])
//	digits N                  2022 → 二〇二二 ([Digits])
//	heading LEVEL N           1 1 → 一、; 2 1 → （一）; 3 1 → 1.; 4 1 → （1） ([Heading])
//	percent NUM DEN [DEC]     38 44 → 86.4%; 129 134 0 → 96% ([PercentDecimals]; DEN 0 is an error)
//	percent RATE [DEC]        the same for a [Fraction] (proposal.Rate)
//	atleast NUM DEN [STEP]    99.2% → 99%以上; with STEP 5: 95%以上 ([AtLeast]; also RATE [STEP])
//	approx N WORD [UNIT]      6512 "余" → 6500余; 19600 "近" → 近2万 ([Approximate])
//	approxnum N WORD          300 "多" → 300多; 6512 "余" is an error ([ApproxNumber])
//	compare PREV CUR UNIT [AGAINST]
//	                          38 44 "件" → 较上年增加6件，增长15.8%; equal → 与上年持平 ([CompareCount])
//	comparerate PREV CUR [AGAINST] [DEC]
//	                          rates as [Fraction]s, or PN PD N D: 较上年提高1.6个百分点; the rates
//	                          compare as printed at DEC decimals (default 1) ([CompareRateDecimals])
//	add A B...                arithmetic on integers: add 3 2 → 5
//	sub A B                   sub 44 38 → 6
//	sum LIST...               the integers given, or the elements of integer slices, added up
//	date DATE [YEAR]          2022年1月8日; with YEAR 2022: 1月8日 ([Date])
//	datedigits DATE           二〇二二年一月八日 ([DateDigits])
//	daterange RANGE [YEAR]    2022年1月8日至10日; with YEAR 2022: 1月8日至10日 ([DateRange])
//	xun DATE                  中旬 ([Xun])
//	monthxun DATE [YEAR]      2022年6月中旬; with YEAR 2022: 6月中旬 ([MonthXun])
//	weekday DATE              星期六 ([Weekday])
//	period PERIOD [YEAR]      2022年上半年; with YEAR 2022: 上半年 ([PeriodName])
//	months MONTH...           4 5 → 4、5月份; 4 5 6 → 4月至6月 ([Months])
//	yearmonths YEAR MONTH...  2022 4 5 → 2022年4、5月份 ([Months])
//	join ITEMS...             "甲" "乙" "丙" or a []string → 甲、乙、丙 (顿号)
//
// N, LEVEL, NUM, DEN, YEAR and MONTH are integers of any Go integer
// type (time.Month included); a MONTH may also be a slice of them. DATE is
// a [lvzhi.Date], RANGE a [lvzhi.DateRange] and PERIOD a [lvzhi.Period]
// (or pointers to them). The optional YEAR is the year of the document:
// a date in that year is written without it, as a 2022 summary writes
// 1月8日.
//
// A function never writes an empty or wrong form silently: a wrong
// argument type, a zero or invalid date, range or period, a heading level
// outside 1–4 or a zero denominator stops the template with an error that
// names the function; so does a value that breaks a rule of GB/T 15835
// (approxnum 6512 "余"). AGAINST names the earlier period and defaults to
// 上年. Each call returns a new map, which the caller may change.
func FuncMap() template.FuncMap {
	m := template.FuncMap{
		"numeral":    fnNumeral,
		"ordinal":    fnOrdinal,
		"digits":     fnDigits,
		"heading":    fnHeading,
		"date":       fnDate,
		"datedigits": fnDateDigits,
		"daterange":  fnDateRange,
		"xun":        fnXun,
		"monthxun":   fnMonthXun,
		"weekday":    fnWeekday,
		"period":     fnPeriod,
		"months":     fnMonths,
		"yearmonths": fnYearMonths,
		"join":       fnJoin,
	}
	for k, f := range figureFuncs() {
		m[k] = f
	}
	return m
}

func fnNumeral(n any) (string, error) {
	v, err := toInt64("numeral", n)
	if err != nil {
		return "", err
	}
	return Numeral(v), nil
}

func fnOrdinal(n any) (string, error) {
	v, err := toInt64("ordinal", n)
	if err != nil {
		return "", err
	}
	return Ordinal(v), nil
}

func fnDigits(n any) (string, error) {
	v, err := toInt64("digits", n)
	if err != nil {
		return "", err
	}
	return Digits(v), nil
}

func fnHeading(level, n any) (string, error) {
	lv, err := toInt("heading", level)
	if err != nil {
		return "", err
	}
	k, err := toInt("heading", n)
	if err != nil {
		return "", err
	}
	s, err := Heading(lv, k)
	if err != nil {
		return "", fmt.Errorf("heading：%w", err)
	}
	return s, nil
}

func fnDate(d lvzhi.Date, year ...any) (string, error) {
	opts, err := omitYear("date", year)
	if err != nil {
		return "", err
	}
	return nonEmpty("date", "日期", d, Date(d, opts...))
}

func fnDateDigits(d lvzhi.Date) (string, error) {
	return nonEmpty("datedigits", "日期", d, DateDigits(d))
}

func fnDateRange(r lvzhi.DateRange, year ...any) (string, error) {
	opts, err := omitYear("daterange", year)
	if err != nil {
		return "", err
	}
	return nonEmpty("daterange", "日期范围", r, DateRange(r, opts...))
}

func fnXun(d lvzhi.Date) (string, error) {
	return nonEmpty("xun", "日期", d, Xun(d))
}

func fnMonthXun(d lvzhi.Date, year ...any) (string, error) {
	opts, err := omitYear("monthxun", year)
	if err != nil {
		return "", err
	}
	return nonEmpty("monthxun", "日期", d, MonthXun(d, opts...))
}

func fnWeekday(d lvzhi.Date) (string, error) {
	if !d.IsValid() {
		return nonEmpty("weekday", "日期", d, "")
	}
	return Weekday(d.Weekday()), nil
}

func fnPeriod(p lvzhi.Period, year ...any) (string, error) {
	opts, err := omitYear("period", year)
	if err != nil {
		return "", err
	}
	return nonEmpty("period", "期间", p, PeriodName(p, opts...))
}

// anyYear is the year given to Months when the year is not written.
const anyYear = 2000

func fnMonths(months ...any) (string, error) {
	return monthList("months", anyYear, false, months)
}

func fnYearMonths(year any, months ...any) (string, error) {
	y, err := toInt("yearmonths", year)
	if err != nil {
		return "", err
	}
	return monthList("yearmonths", y, true, months)
}

// monthList writes the months of year y, with the year if withYear is
// set.
func monthList(fn string, y int, withYear bool, months []any) (string, error) {
	var opts []DateOption
	if !withYear {
		opts = append(opts, OmitYear(y))
	}
	var ms []time.Month
	for _, m := range months {
		rv := reflect.ValueOf(m)
		if k := rv.Kind(); k == reflect.Slice || k == reflect.Array {
			for i := range rv.Len() {
				v, err := toInt(fn, rv.Index(i).Interface())
				if err != nil {
					return "", err
				}
				ms = append(ms, time.Month(v))
			}
			continue
		}
		v, err := toInt(fn, m)
		if err != nil {
			return "", err
		}
		ms = append(ms, time.Month(v))
	}
	s := Months(y, ms, opts...)
	if s == "" {
		if withYear {
			return "", fmt.Errorf("%s：年份%d或月份%v无效", fn, y, monthNumbers(ms))
		}
		return "", fmt.Errorf("%s：月份%v无效", fn, monthNumbers(ms))
	}
	return s, nil
}

// monthNumbers returns the months as numbers, for messages.
func monthNumbers(ms []time.Month) []int {
	out := make([]int, len(ms))
	for i, m := range ms {
		out[i] = int(m)
	}
	return out
}

// fnJoin joins strings with the 顿号: either its arguments or the elements
// of a single slice argument.
func fnJoin(items ...any) (string, error) {
	if len(items) == 1 {
		rv := reflect.ValueOf(items[0])
		if k := rv.Kind(); k == reflect.Slice || k == reflect.Array {
			items = make([]any, rv.Len())
			for i := range items {
				items[i] = rv.Index(i).Interface()
			}
		}
	}
	parts := make([]string, len(items))
	for i, it := range items {
		switch v := it.(type) {
		case string:
			parts[i] = v
		case fmt.Stringer:
			parts[i] = v.String()
		default:
			rv := reflect.ValueOf(it)
			if rv.Kind() != reflect.String {
				return "", fmt.Errorf("join：第%d项应为字符串，实际为%T", i+1, it)
			}
			parts[i] = rv.String()
		}
	}
	return strings.Join(parts, "、"), nil
}

// omitYear turns the optional YEAR argument into options.
func omitYear(fn string, year []any) ([]DateOption, error) {
	switch len(year) {
	case 0:
		return nil, nil
	case 1:
		y, err := toInt(fn, year[0])
		if err != nil {
			return nil, err
		}
		return []DateOption{OmitYear(y)}, nil
	}
	return nil, fmt.Errorf("%s：年份参数最多一个，实际为%d个", fn, len(year))
}

// nonEmpty returns s, or an error naming the function and the value when
// zh wrote nothing because the value is zero or invalid.
func nonEmpty(fn, what string, v fmt.Stringer, s string) (string, error) {
	if s != "" {
		return s, nil
	}
	if text := v.String(); text != "" {
		return "", fmt.Errorf("%s：%s无效：%s", fn, what, text)
	}
	return "", fmt.Errorf("%s：%s未设置", fn, what)
}

// toInt64 converts an integer of any Go integer type.
func toInt64(fn string, v any) (int64, error) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int(), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if u := rv.Uint(); u <= math.MaxInt64 {
			return int64(u), nil
		}
		return 0, fmt.Errorf("%s：整数%d超出范围", fn, rv.Uint())
	}
	return 0, fmt.Errorf("%s：参数应为整数，实际为%T", fn, v)
}

// toInt converts an integer of any Go integer type that fits an int.
func toInt(fn string, v any) (int, error) {
	n, err := toInt64(fn, v)
	if err != nil {
		return 0, err
	}
	if n < math.MinInt || n > math.MaxInt {
		return 0, fmt.Errorf("%s：整数%d超出范围", fn, n)
	}
	return int(n), nil
}
