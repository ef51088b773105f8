package zh_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// rangeYMD builds a range without validating it.
func rangeYMD(y1, m1, d1, y2, m2, d2 int) lvzhi.DateRange {
	return lvzhi.DateRange{From: dateYMD(y1, m1, d1), To: dateYMD(y2, m2, d2)}
}

func TestDateRange(t *testing.T) {
	omit22 := []zh.DateOption{zh.OmitYear(2022)}
	tests := []struct {
		name string
		r    lvzhi.DateRange
		opts []zh.DateOption
		want string
	}{
		{"same month", rangeYMD(2022, 1, 8, 2022, 1, 10), nil, "2022年1月8日至10日"},
		{"same month omit", rangeYMD(2022, 1, 8, 2022, 1, 10), omit22, "1月8日至10日"},
		{"same month other year", rangeYMD(2021, 1, 8, 2021, 1, 10), omit22, "2021年1月8日至10日"},
		{"whole month", rangeYMD(2022, 6, 1, 2022, 6, 30), omit22, "6月1日至30日"},
		{"leap February", rangeYMD(2024, 2, 28, 2024, 2, 29), nil, "2024年2月28日至29日"},
		{"across months", rangeYMD(2022, 4, 28, 2022, 5, 2), nil, "2022年4月28日至5月2日"},
		{"across months omit", rangeYMD(2022, 4, 28, 2022, 5, 2), omit22, "4月28日至5月2日"},
		{"across February end", rangeYMD(2023, 2, 28, 2023, 3, 1), nil, "2023年2月28日至3月1日"},
		{"leap day to March", rangeYMD(2024, 2, 29, 2024, 3, 1), nil, "2024年2月29日至3月1日"},
		{"same day of different months", rangeYMD(2022, 1, 8, 2022, 2, 8), nil, "2022年1月8日至2月8日"},
		{"same month and day, different years", rangeYMD(2021, 1, 8, 2022, 1, 8), nil, "2021年1月8日至2022年1月8日"},
		{"across years", rangeYMD(2021, 12, 30, 2022, 1, 2), nil, "2021年12月30日至2022年1月2日"},
		{"across years omit first", rangeYMD(2021, 12, 30, 2022, 1, 2), []zh.DateOption{zh.OmitYear(2021)}, "2021年12月30日至2022年1月2日"},
		{"across years omit second", rangeYMD(2021, 12, 30, 2022, 1, 2), omit22, "2021年12月30日至2022年1月2日"},
		{"one day", rangeYMD(2022, 5, 3, 2022, 5, 3), nil, "2022年5月3日"},
		{"one day omit", rangeYMD(2022, 5, 3, 2022, 5, 3), omit22, "5月3日"},
		{"whole year", rangeYMD(2022, 1, 1, 2022, 12, 31), nil, "2022年1月1日至12月31日"},
		{"dash", rangeYMD(2022, 1, 8, 2022, 1, 10), []zh.DateOption{zh.Connector(zh.ConnectorDash)}, "2022年1月8日—10日"},
		{"tilde across months", rangeYMD(2022, 4, 28, 2022, 5, 2), []zh.DateOption{zh.OmitYear(2022), zh.Connector(zh.ConnectorTilde)}, "4月28日～5月2日"},
		{"empty connector is 至", rangeYMD(2022, 1, 8, 2022, 1, 10), []zh.DateOption{zh.Connector("—"), zh.Connector("")}, "2022年1月8日至10日"},
		{"zero", lvzhi.DateRange{}, nil, ""},
		{"reversed", rangeYMD(2022, 1, 10, 2022, 1, 8), nil, ""},
		{"reversed years", rangeYMD(2022, 1, 1, 2021, 12, 31), nil, ""},
		{"invalid from", rangeYMD(2022, 2, 30, 2022, 3, 2), nil, ""},
		{"invalid to", rangeYMD(2022, 2, 1, 2022, 2, 29), nil, ""},
		{"only from", lvzhi.DateRange{From: dateYMD(2022, 1, 8)}, nil, ""},
		{"only to", lvzhi.DateRange{To: dateYMD(2022, 1, 8)}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, zh.DateRange(tt.r, tt.opts...))
		})
	}
}

func TestDateRangeOneDayEqualsDate(t *testing.T) {
	for _, d := range []lvzhi.Date{dateYMD(2022, 1, 8), dateYMD(2024, 2, 29), dateYMD(1, 1, 1)} {
		assert.Equal(t, zh.Date(d), zh.DateRange(lvzhi.OneDay(d)))
		assert.Equal(t, zh.Date(d, zh.OmitYear(d.Year)), zh.DateRange(lvzhi.OneDay(d), zh.OmitYear(d.Year)))
	}
}

func TestMonths(t *testing.T) {
	ms := func(m ...time.Month) []time.Month { return m }
	omit22 := []zh.DateOption{zh.OmitYear(2022)}
	tests := []struct {
		name   string
		year   int
		months []time.Month
		opts   []zh.DateOption
		want   string
	}{
		{"one", 2022, ms(4), nil, "2022年4月"},
		{"one omit", 2022, ms(4), omit22, "4月"},
		{"pair", 2022, ms(4, 5), omit22, "4、5月份"},
		{"pair with year", 2022, ms(4, 5), nil, "2022年4、5月份"},
		{"pair other year", 2021, ms(4, 5), omit22, "2021年4、5月份"},
		{"pair unordered", 2022, ms(5, 4), omit22, "4、5月份"},
		{"pair with gap", 2022, ms(3, 5), omit22, "3、5月份"},
		{"pair two-digit", 2022, ms(11, 12), omit22, "11、12月份"},
		{"three consecutive", 2022, ms(4, 5, 6), omit22, "4月至6月"},
		{"three consecutive with year", 2022, ms(6, 4, 5), nil, "2022年4月至6月"},
		{"whole year", 2022, ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), omit22, "1月至12月"},
		{"consecutive dash", 2022, ms(4, 5, 6), []zh.DateOption{zh.OmitYear(2022), zh.Connector(zh.ConnectorDash)}, "4月—6月"},
		{"gaps", 2022, ms(3, 5, 7), omit22, "3、5、7月份"},
		{"mostly consecutive", 2022, ms(1, 2, 3, 5), omit22, "1、2、3、5月份"},
		{"duplicates", 2022, ms(5, 4, 5, 4), omit22, "4、5月份"},
		{"duplicates of one", 2022, ms(7, 7), omit22, "7月"},
		{"duplicates of three", 2022, ms(4, 5, 6, 6, 5), omit22, "4月至6月"},
		{"empty", 2022, nil, nil, ""},
		{"month 0", 2022, ms(0, 4), nil, ""},
		{"month 13", 2022, ms(4, 13), nil, ""},
		{"year 0", 0, ms(4), nil, ""},
		{"year 10000", 10000, ms(4), []zh.DateOption{zh.OmitYear(10000)}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]time.Month(nil), tt.months...)
			assert.Equal(t, tt.want, zh.Months(tt.year, tt.months, tt.opts...))
			assert.Equal(t, in, tt.months, "Months must not change its argument")
		})
	}
}

// FuzzDateRange checks that DateRange never panics, writes "" exactly for
// invalid ranges, and otherwise writes well-formed words ending in 日 that
// contain both ends' days.
func FuzzDateRange(f *testing.F) {
	f.Add(2022, 1, 8, 2022, 1, 10, 0, uint8(0))
	f.Add(2021, 12, 30, 2022, 1, 2, 2022, uint8(1))
	f.Add(2024, 3, 29, 2032, 2, 29, 2024, uint8(0))
	f.Add(2022, 4, 28, 2022, 5, 2, 2022, uint8(2))
	f.Add(2024, 2, 29, 2024, 2, 29, 2024, uint8(0))
	f.Add(2022, 2, 30, 2022, 1, 1, 0, uint8(0))
	f.Add(-1, -1, -1, 0, 99, 0, -1, uint8(3))
	f.Fuzz(func(t *testing.T, y1, m1, d1, y2, m2, d2, omit int, conn uint8) {
		r := rangeYMD(y1, m1, d1, y2, m2, d2)
		opts := []zh.DateOption{zh.OmitYear(omit)}
		sep := [...]string{zh.ConnectorZhi, zh.ConnectorDash, zh.ConnectorTilde, ""}[conn%4]
		opts = append(opts, zh.Connector(sep))
		got := zh.DateRange(r, opts...)
		if !r.IsValid() {
			require.Empty(t, got, "invalid range %v", r)
			return
		}
		require.True(t, utf8.ValidString(got))
		require.True(t, strings.HasSuffix(got, "日"), "%q", got)
		first := zh.Date(r.From, zh.OmitYear(omit))
		if r.From.Year != r.To.Year {
			first = zh.Date(r.From)
		}
		require.True(t, strings.HasPrefix(got, first), "%q starts with the first day", got)
		if r.From == r.To {
			require.Equal(t, zh.Date(r.From, zh.OmitYear(omit)), got)
			return
		}
		if sep == "" {
			sep = zh.ConnectorZhi
		}
		require.Equal(t, 1, strings.Count(got, sep), "%q has one connector", got)
		for _, pad := range []string{"年0", "月0", sep + "0"} {
			require.NotContains(t, got, pad, "no leading zeros")
		}
		if r.From.Year != r.To.Year {
			require.Equal(t, zh.Date(r.From)+sep+zh.Date(r.To), got)
		}
	})
}
