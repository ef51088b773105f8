package zh

import (
	"strconv"
	"time"

	"github.com/lvzhi-go/lvzhi"
)

// DateOption changes how [Date], [DateRange], [MonthXun], [Months] and
// [PeriodName] write a date. Build one with [OmitYear], [Connector] or
// [PlainYear]; the zero DateOption changes nothing. Options are plain
// values: passing them costs no allocation, and when the same option is
// given twice the last one wins.
type DateOption struct {
	kind optionKind
	n    int
	s    string
}

type optionKind uint8

const (
	optNone optionKind = iota
	optOmitYear
	optConnector
	optPlainYear
)

// OmitYear leaves the year out of a date, range, month list or period that
// lies wholly in year y, the way a 2022 summary writes 1月8日 and 5月3日.
// A range crossing a year boundary always keeps both years.
func OmitYear(y int) DateOption { return DateOption{kind: optOmitYear, n: y} }

// Connectors for [DateRange] and [Months]. GB/T 15835-2011 and GB/T
// 15834-2011 allow 至, the dash — (一字线) and the wave ～ (浪纹线) between
// the ends of a range; lvzhi uses 至 in prose.
const (
	ConnectorZhi   = "至"
	ConnectorDash  = "—"
	ConnectorTilde = "～"
)

// Connector sets the word or mark written between the two ends of a range,
// normally [ConnectorZhi] (the default), [ConnectorDash] or
// [ConnectorTilde]. An empty sep restores the default.
func Connector(sep string) DateOption { return DateOption{kind: optConnector, s: sep} }

// PlainYear makes [PeriodName] write a whole-year period as "2022年"
// instead of the default "2022年度".
func PlainYear() DateOption { return DateOption{kind: optPlainYear} }

// dateConfig is the result of applying a list of options.
type dateConfig struct {
	omit      bool
	omitYear  int
	conn      string
	plainYear bool
}

func newConfig(opts []DateOption) dateConfig {
	c := dateConfig{conn: ConnectorZhi}
	for _, o := range opts {
		switch o.kind {
		case optOmitYear:
			c.omit, c.omitYear = true, o.n
		case optConnector:
			c.conn = o.s
			if c.conn == "" {
				c.conn = ConnectorZhi
			}
		case optPlainYear:
			c.plainYear = true
		}
	}
	return c
}

// showYear reports whether year y is to be written.
func (c dateConfig) showYear(y int) bool { return !c.omit || c.omitYear != y }

// Date writes d in the form of official documents, with Arabic numerals and
// no leading zeros: 2022年1月8日. With [OmitYear] matching d's year it
// writes 1月8日. The year is always written in full (never 22年).
//
// Date returns "" for the zero Date and for an invalid one (30 February):
// validate dates where they enter the system, not when they are written.
func Date(d lvzhi.Date, opts ...DateOption) string {
	if !d.IsValid() {
		return ""
	}
	c := newConfig(opts)
	var buf [32]byte
	return string(appendDate(buf[:0], d, c.showYear(d.Year)))
}

// appendDate appends 2022年1月8日 (or 1月8日 without the year) to b.
func appendDate(b []byte, d lvzhi.Date, year bool) []byte {
	if year {
		b = appendYear(b, d.Year)
	}
	return appendMonthDay(b, d)
}

func appendYear(b []byte, y int) []byte {
	b = strconv.AppendInt(b, int64(y), 10)
	return append(b, "年"...)
}

func appendMonthDay(b []byte, d lvzhi.Date) []byte {
	b = strconv.AppendInt(b, int64(d.Month), 10)
	b = append(b, "月"...)
	return appendDay(b, d.Day)
}

func appendDay(b []byte, day int) []byte {
	b = strconv.AppendInt(b, int64(day), 10)
	return append(b, "日"...)
}

// Xun returns the third of the month (旬) d falls in: 上旬 for days 1–10,
// 中旬 for 11–20 and 下旬 from 21 to the end of the month (so the 31st and
// 28 February are both 下旬). It returns "" for a zero or invalid Date.
func Xun(d lvzhi.Date) string {
	switch {
	case !d.IsValid():
		return ""
	case d.Day <= 10:
		return "上旬"
	case d.Day <= 20:
		return "中旬"
	}
	return "下旬"
}

// MonthXun writes the month and third of the month of d, with the year:
// 2022年6月中旬, or 6月中旬 with [OmitYear] matching d's year, as in
// 截至6月中旬. It returns "" for a zero or invalid Date.
func MonthXun(d lvzhi.Date, opts ...DateOption) string {
	if !d.IsValid() {
		return ""
	}
	c := newConfig(opts)
	var buf [32]byte
	b := buf[:0]
	if c.showYear(d.Year) {
		b = appendYear(b, d.Year)
	}
	b = strconv.AppendInt(b, int64(d.Month), 10)
	b = append(b, "月"...)
	b = append(b, Xun(d)...)
	return string(b)
}

// DateDigits writes d with Chinese numerals, the form used for the date
// under a formal signature (落款): 二〇二二年一月八日. The year is read digit
// by digit as [Digits] writes it, with 〇 (U+3007) for zero; month and day
// are counted as [Numeral] writes them: 十月, 十二月, 二十日, 三十一日 (十,
// never 一十). It returns "" for a zero or invalid Date.
func DateDigits(d lvzhi.Date) string {
	if !d.IsValid() {
		return ""
	}
	return Digits(int64(d.Year)) + "年" + Numeral(int64(d.Month)) + "月" + Numeral(int64(d.Day)) + "日"
}

var weekdayNames = [7]string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}

// Weekday returns the Chinese name of w: 星期六 for time.Saturday. Sunday is
// 星期日, the formal form (星期天 is colloquial). GB/T 15835 keeps weekdays
// in Chinese numerals, so there is no Arabic form. It returns "" for a value
// outside time.Sunday–time.Saturday.
func Weekday(w time.Weekday) string {
	if w < time.Sunday || w > time.Saturday {
		return ""
	}
	return weekdayNames[w]
}
