package zh

import (
	"strconv"
	"time"

	"github.com/lvzhi-go/lvzhi"
)

// DateRange writes the inclusive range r the way official documents do,
// repeating only what changes between its ends:
//
//   - one day: the date alone, 2022年5月3日;
//   - within one month: 2022年1月8日至10日;
//   - across months: 2022年4月28日至5月2日;
//   - across years: 2021年12月30日至2022年1月2日 (both years, always).
//
// [OmitYear] drops the year of a range that lies wholly in that year (1月8日至10日);
// it never drops a year from a range that crosses a year boundary.
// [Connector] replaces 至 with — or ～.
//
// DateRange returns "" for the zero range and for an invalid one (an invalid
// date, or From after To).
func DateRange(r lvzhi.DateRange, opts ...DateOption) string {
	if !r.From.IsValid() || !r.To.IsValid() || r.From.After(r.To) {
		return ""
	}
	c := newConfig(opts)
	var buf [64]byte
	return string(appendRange(buf[:0], r, c))
}

// appendRange appends the words for the valid range r.
func appendRange(b []byte, r lvzhi.DateRange, c dateConfig) []byte {
	from, to := r.From, r.To
	if from.Year != to.Year {
		b = appendDate(b, from, true)
		b = append(b, c.conn...)
		return appendDate(b, to, true)
	}
	b = appendDate(b, from, c.showYear(from.Year))
	switch {
	case from == to:
		return b
	case from.Month == to.Month:
		b = append(b, c.conn...)
		return appendDay(b, to.Day)
	}
	b = append(b, c.conn...)
	return appendMonthDay(b, to)
}

// Months writes a list of months of one year as a time phrase:
//
//   - one month: 2022年4月;
//   - two months: 2022年4、5月份 (顿号 between them, 月份 after the last,
//     consecutive or not: 3、5月份);
//   - three or more consecutive months: 2022年4月至6月;
//   - three or more months with a gap: 2022年3、5、7月份.
//
// The months may come in any order and may repeat; they are sorted and
// deduplicated (the slice itself is not changed). [OmitYear] matching year
// drops the year (4、5月份), and [Connector] replaces 至.
//
// Months returns "" when months is empty, when a month lies outside
// January–December, or when year is outside 1–9999.
func Months(year int, months []time.Month, opts ...DateOption) string {
	if year < 1 || year > 9999 || len(months) == 0 {
		return ""
	}
	var set [13]bool
	count := 0
	for _, m := range months {
		if m < time.January || m > time.December {
			return ""
		}
		if !set[m] {
			set[m] = true
			count++
		}
	}
	first, last := time.Month(0), time.Month(0)
	for m := time.January; m <= time.December; m++ {
		if set[m] {
			if first == 0 {
				first = m
			}
			last = m
		}
	}
	c := newConfig(opts)
	var buf [96]byte
	b := buf[:0]
	if c.showYear(year) {
		b = appendYear(b, year)
	}
	switch {
	case count == 1:
		b = strconv.AppendInt(b, int64(first), 10)
		b = append(b, "月"...)
	case count >= 3 && int(last-first)+1 == count:
		b = strconv.AppendInt(b, int64(first), 10)
		b = append(b, "月"...)
		b = append(b, c.conn...)
		b = strconv.AppendInt(b, int64(last), 10)
		b = append(b, "月"...)
	default:
		sep := false
		for m := first; m <= last; m++ {
			if !set[m] {
				continue
			}
			if sep {
				b = append(b, "、"...)
			}
			b = strconv.AppendInt(b, int64(m), 10)
			sep = true
		}
		b = append(b, "月份"...)
	}
	return string(b)
}
