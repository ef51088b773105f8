package zh_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// dateYMD builds a date without validating it, so tests can pass invalid ones.
func dateYMD(y, m, d int) lvzhi.Date {
	return lvzhi.Date{Year: y, Month: time.Month(m), Day: d}
}

func TestDate(t *testing.T) {
	tests := []struct {
		name string
		d    lvzhi.Date
		opts []zh.DateOption
		want string
	}{
		{"plain", dateYMD(2022, 1, 8), nil, "2022年1月8日"},
		{"two-digit month and day", dateYMD(2022, 12, 31), nil, "2022年12月31日"},
		{"leap day", dateYMD(2024, 2, 29), nil, "2024年2月29日"},
		{"year 2000 leap day", dateYMD(2000, 2, 29), nil, "2000年2月29日"},
		{"small year kept in full", dateYMD(8, 3, 1), nil, "8年3月1日"},
		{"year 9999", dateYMD(9999, 12, 31), nil, "9999年12月31日"},
		{"omit matching year", dateYMD(2022, 5, 3), []zh.DateOption{zh.OmitYear(2022)}, "5月3日"},
		{"keep other year", dateYMD(2021, 5, 3), []zh.DateOption{zh.OmitYear(2022)}, "2021年5月3日"},
		{"last option wins", dateYMD(2022, 5, 3), []zh.DateOption{zh.OmitYear(2022), zh.OmitYear(2021)}, "2022年5月3日"},
		{"zero option ignored", dateYMD(2022, 5, 3), []zh.DateOption{{}}, "2022年5月3日"},
		{"connector irrelevant", dateYMD(2022, 5, 3), []zh.DateOption{zh.Connector("—")}, "2022年5月3日"},
		{"zero date", lvzhi.Date{}, nil, ""},
		{"zero date omit", lvzhi.Date{}, []zh.DateOption{zh.OmitYear(0)}, ""},
		{"30 February", dateYMD(2022, 2, 30), nil, ""},
		{"29 February non-leap", dateYMD(2023, 2, 29), nil, ""},
		{"29 February 1900", dateYMD(1900, 2, 29), nil, ""},
		{"31 April", dateYMD(2022, 4, 31), nil, ""},
		{"month 13", dateYMD(2022, 13, 1), nil, ""},
		{"day 0", dateYMD(2022, 1, 0), nil, ""},
		{"year 0", dateYMD(0, 1, 1), nil, ""},
		{"negative year", dateYMD(-5, 1, 1), nil, ""},
		{"year 10000", dateYMD(10000, 1, 1), nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, zh.Date(tt.d, tt.opts...))
		})
	}
}

func TestXun(t *testing.T) {
	tests := []struct {
		d    lvzhi.Date
		want string
	}{
		{dateYMD(2022, 6, 1), "上旬"},
		{dateYMD(2022, 6, 10), "上旬"},
		{dateYMD(2022, 6, 11), "中旬"},
		{dateYMD(2022, 6, 15), "中旬"},
		{dateYMD(2022, 6, 20), "中旬"},
		{dateYMD(2022, 6, 21), "下旬"},
		{dateYMD(2022, 6, 30), "下旬"},
		{dateYMD(2022, 1, 31), "下旬"},
		{dateYMD(2022, 2, 28), "下旬"},
		{dateYMD(2024, 2, 29), "下旬"},
		{dateYMD(2022, 2, 29), ""},
		{dateYMD(2022, 6, 31), ""},
		{lvzhi.Date{}, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, zh.Xun(tt.d), "Xun(%v)", tt.d)
	}
}

func TestMonthXun(t *testing.T) {
	tests := []struct {
		d    lvzhi.Date
		opts []zh.DateOption
		want string
	}{
		{dateYMD(2022, 6, 15), nil, "2022年6月中旬"},
		{dateYMD(2022, 6, 15), []zh.DateOption{zh.OmitYear(2022)}, "6月中旬"},
		{dateYMD(2022, 6, 15), []zh.DateOption{zh.OmitYear(2021)}, "2022年6月中旬"},
		{dateYMD(2022, 12, 31), []zh.DateOption{zh.OmitYear(2022)}, "12月下旬"},
		{dateYMD(2023, 1, 1), nil, "2023年1月上旬"},
		{dateYMD(2022, 4, 31), nil, ""},
		{lvzhi.Date{}, []zh.DateOption{zh.OmitYear(2022)}, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, zh.MonthXun(tt.d, tt.opts...), "MonthXun(%v)", tt.d)
	}
}

func TestDateDigits(t *testing.T) {
	tests := []struct {
		d    lvzhi.Date
		want string
	}{
		{dateYMD(2022, 1, 8), "二〇二二年一月八日"},
		{dateYMD(2022, 10, 10), "二〇二二年十月十日"},
		{dateYMD(2022, 11, 11), "二〇二二年十一月十一日"},
		{dateYMD(2022, 12, 20), "二〇二二年十二月二十日"},
		{dateYMD(2022, 7, 21), "二〇二二年七月二十一日"},
		{dateYMD(2022, 6, 30), "二〇二二年六月三十日"},
		{dateYMD(2023, 12, 31), "二〇二三年十二月三十一日"},
		{dateYMD(2000, 2, 29), "二〇〇〇年二月二十九日"},
		{dateYMD(1949, 10, 1), "一九四九年十月一日"},
		{dateYMD(2023, 2, 29), ""},
		{lvzhi.Date{}, ""},
	}
	for _, tt := range tests {
		got := zh.DateDigits(tt.d)
		assert.Equal(t, tt.want, got, "DateDigits(%v)", tt.d)
		assert.NotContains(t, got, "零", "years use 〇, not 零")
		assert.NotContains(t, got, "一十", "十 stands alone at the start")
	}
}

func TestWeekday(t *testing.T) {
	want := []string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}
	for w := time.Sunday; w <= time.Saturday; w++ {
		assert.Equal(t, want[w], zh.Weekday(w), "Weekday(%v)", w)
	}
	assert.Equal(t, "星期六", zh.Weekday(dateYMD(2022, 1, 8).Weekday()), "8 January 2022 was a Saturday")
	assert.Empty(t, zh.Weekday(time.Weekday(-1)))
	assert.Empty(t, zh.Weekday(time.Weekday(7)))
}
