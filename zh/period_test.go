package zh_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

func TestPeriodName(t *testing.T) {
	omit22 := []zh.DateOption{zh.OmitYear(2022)}
	tests := []struct {
		name string
		p    lvzhi.Period
		opts []zh.DateOption
		want string
	}{
		{"year", lvzhi.Year(2022), nil, "2022年度"},
		{"year plain", lvzhi.Year(2022), []zh.DateOption{zh.PlainYear()}, "2022年"},
		{"year omit", lvzhi.Year(2022), omit22, "全年"},
		{"year omit other", lvzhi.Year(2021), omit22, "2021年度"},
		{"first half", lvzhi.FirstHalf(2022), nil, "2022年上半年"},
		{"first half omit", lvzhi.FirstHalf(2022), omit22, "上半年"},
		{"second half", lvzhi.SecondHalf(2022), nil, "2022年下半年"},
		{"second half omit", lvzhi.SecondHalf(2022), omit22, "下半年"},
		{"plain year ignored for halves", lvzhi.SecondHalf(2022), []zh.DateOption{zh.PlainYear()}, "2022年下半年"},
		{"Q1", lvzhi.Quarter(2022, 1), nil, "2022年第一季度"},
		{"Q2", lvzhi.Quarter(2022, 2), nil, "2022年第二季度"},
		{"Q3 omit", lvzhi.Quarter(2022, 3), omit22, "第三季度"},
		{"Q4", lvzhi.Quarter(2022, 4), nil, "2022年第四季度"},
		{"month", lvzhi.Month(2022, time.March), nil, "2022年3月"},
		{"month 12 omit", lvzhi.Month(2022, time.December), omit22, "12月"},
		{"custom", lvzhi.Custom(rangeYMD(2022, 1, 8, 2022, 6, 30)), nil, "2022年1月8日至6月30日"},
		{"custom omit", lvzhi.Custom(rangeYMD(2022, 1, 8, 2022, 6, 30)), omit22, "1月8日至6月30日"},
		{"custom across years", lvzhi.Custom(rangeYMD(2021, 12, 1, 2022, 6, 30)), omit22, "2021年12月1日至2022年6月30日"},
		{"custom one day", lvzhi.Custom(rangeYMD(2022, 5, 3, 2022, 5, 3)), omit22, "5月3日"},
		{"custom dash", lvzhi.Custom(rangeYMD(2022, 1, 8, 2022, 1, 10)), []zh.DateOption{zh.Connector(zh.ConnectorDash)}, "2022年1月8日—10日"},
		{"zero", lvzhi.Period{}, nil, ""},
		{"quarter 5", lvzhi.Quarter(2022, 5), nil, ""},
		{"quarter 0 omit", lvzhi.Quarter(2022, 0), omit22, ""},
		{"month 13", lvzhi.Month(2022, 13), nil, ""},
		{"year 0", lvzhi.Year(0), []zh.DateOption{zh.OmitYear(0)}, ""},
		{"unknown kind", lvzhi.Period{Kind: 99, Year: 2022}, nil, ""},
		{"custom reversed", lvzhi.Custom(rangeYMD(2022, 6, 30, 2022, 1, 8)), nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, zh.PeriodName(tt.p, tt.opts...))
		})
	}
}

func TestPeriodNameMatchesRangeForCustom(t *testing.T) {
	r := rangeYMD(2022, 4, 28, 2022, 5, 2)
	assert.Equal(t, zh.DateRange(r), zh.PeriodName(lvzhi.Custom(r)))
	assert.Equal(t, zh.DateRange(r, zh.OmitYear(2022)), zh.PeriodName(lvzhi.Custom(r), zh.OmitYear(2022)))
}
