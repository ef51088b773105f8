package lvzhi

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// PeriodKind is the kind of a [Period].
type PeriodKind int

// The kinds of period a work summary covers.
const (
	PeriodYear       PeriodKind = iota + 1 // 年度: the calendar year
	PeriodFirstHalf                        // 上半年: January to June
	PeriodSecondHalf                       // 下半年: July to December
	PeriodQuarter                          // 季度: quarter N (1–4)
	PeriodMonth                            // 月: month N (1–12)
	PeriodCustom                           // any inclusive date range
)

var periodKindNames = [...]string{"", "年度", "上半年", "下半年", "季度", "月", "自定义期间"}

// String returns the Chinese name of k, or "PeriodKind(n)" out of range.
func (k PeriodKind) String() string {
	if k < 1 || int(k) >= len(periodKindNames) {
		return "PeriodKind(" + strconv.Itoa(int(k)) + ")"
	}
	return periodKindNames[k]
}

// Period is the span a report covers: a year, a half year, a quarter, a
// month, or any range. Build one with [Year], [FirstHalf], [SecondHalf],
// [Quarter], [Month] or [Custom]; the zero Period is unset.
//
// Its text form (used in JSON) is "2022" (年度), "2022-H1" (上半年),
// "2022-H2" (下半年), "2022-Q1" (第一季度), "2022-03" (3月), or an ISO
// interval "2022-01-08/2022-06-30" for a custom range.
type Period struct {
	Kind   PeriodKind
	Year   int       // the year; unused for PeriodCustom
	N      int       // quarter (1–4) or month (1–12); unused otherwise
	Custom DateRange // the range, for PeriodCustom only
}

// Year returns the calendar year y (年度).
func Year(y int) Period { return Period{Kind: PeriodYear, Year: y} }

// FirstHalf returns the first half (上半年) of year y.
func FirstHalf(y int) Period { return Period{Kind: PeriodFirstHalf, Year: y} }

// SecondHalf returns the second half (下半年) of year y.
func SecondHalf(y int) Period { return Period{Kind: PeriodSecondHalf, Year: y} }

// Quarter returns quarter q (1–4) of year y.
func Quarter(y, q int) Period { return Period{Kind: PeriodQuarter, Year: y, N: q} }

// Month returns month m of year y.
func Month(y int, m time.Month) Period { return Period{Kind: PeriodMonth, Year: y, N: int(m)} }

// Custom returns a period covering the inclusive range r.
func Custom(r DateRange) Period { return Period{Kind: PeriodCustom, Custom: r} }

// IsZero reports whether p is the zero (unset) Period.
func (p Period) IsZero() bool { return p == Period{} }

// Validate returns nil if p is a well-formed period, or a *[ValueError].
func (p Period) Validate() error {
	bad := func(err error) error { return &ValueError{What: "期间", Value: p.String(), Err: err} }
	switch p.Kind {
	case PeriodCustom:
		if err := p.Custom.Validate(); err != nil {
			return bad(err)
		}
		return nil
	case PeriodYear, PeriodFirstHalf, PeriodSecondHalf, PeriodQuarter, PeriodMonth:
	default:
		return bad(fmt.Errorf("%w：未知的期间类型 %d", ErrOutOfRange, int(p.Kind)))
	}
	if p.Year < 1 || p.Year > 9999 {
		return bad(fmt.Errorf("%w：年份须在 1–9999 之间", ErrOutOfRange))
	}
	switch {
	case p.Kind == PeriodQuarter && (p.N < 1 || p.N > 4):
		return bad(fmt.Errorf("%w：季度须在 1–4 之间", ErrOutOfRange))
	case p.Kind == PeriodMonth && (p.N < 1 || p.N > 12):
		return bad(fmt.Errorf("%w：月份须在 1–12 之间", ErrOutOfRange))
	}
	return nil
}

// Range returns the inclusive dates p covers: 2022-01-01/2022-06-30 for
// FirstHalf(2022). It returns the zero DateRange for an invalid period.
func (p Period) Range() DateRange {
	if p.Validate() != nil {
		return DateRange{}
	}
	from := func(m1, m2 time.Month) (Date, Date) {
		return Date{p.Year, m1, 1}, Date{p.Year, m2, DaysIn(p.Year, m2)}
	}
	switch p.Kind {
	case PeriodYear:
		f, t := from(time.January, time.December)
		return DateRange{f, t}
	case PeriodFirstHalf:
		f, t := from(time.January, time.June)
		return DateRange{f, t}
	case PeriodSecondHalf:
		f, t := from(time.July, time.December)
		return DateRange{f, t}
	case PeriodQuarter:
		f, t := from(time.Month(3*p.N-2), time.Month(3*p.N))
		return DateRange{f, t}
	case PeriodMonth:
		f, t := from(time.Month(p.N), time.Month(p.N))
		return DateRange{f, t}
	}
	return p.Custom
}

// Contains reports whether d falls within p.
func (p Period) Contains(d Date) bool { return p.Range().Contains(d) }

// String returns the text form of p (see [Period]), or "" for the zero
// Period.
func (p Period) String() string {
	switch p.Kind {
	case PeriodYear:
		return fmt.Sprintf("%04d", p.Year)
	case PeriodFirstHalf:
		return fmt.Sprintf("%04d-H1", p.Year)
	case PeriodSecondHalf:
		return fmt.Sprintf("%04d-H2", p.Year)
	case PeriodQuarter:
		return fmt.Sprintf("%04d-Q%d", p.Year, p.N)
	case PeriodMonth:
		return fmt.Sprintf("%04d-%02d", p.Year, p.N)
	case PeriodCustom:
		return p.Custom.String()
	case 0:
		if p.IsZero() {
			return ""
		}
	}
	return fmt.Sprintf("Period(%d,%d,%d)", int(p.Kind), p.Year, p.N)
}

// ParsePeriod parses the text form written by [Period.String]. The result
// is validated.
func ParsePeriod(s string) (Period, error) {
	fail := func(err error) (Period, error) {
		return Period{}, &ParseError{What: "期间", Input: s, Err: err}
	}
	if strings.Contains(s, "/") {
		r, err := ParseDateRange(s)
		if err != nil {
			return fail(err)
		}
		return Custom(r), nil
	}
	if len(s) < 4 {
		return fail(fmt.Errorf("%w：应为 2022、2022-H1、2022-Q1、2022-03 或日期范围", ErrSyntax))
	}
	y, ok := digits(s[:4])
	if !ok {
		return fail(fmt.Errorf("%w：年份应为四位数字", ErrSyntax))
	}
	var p Period
	switch rest := s[4:]; {
	case rest == "":
		p = Year(y)
	case rest == "-H1":
		p = FirstHalf(y)
	case rest == "-H2":
		p = SecondHalf(y)
	case len(rest) == 3 && rest[:2] == "-Q":
		q, ok := digits(rest[2:])
		if !ok {
			return fail(fmt.Errorf("%w：季度应为 Q1–Q4", ErrSyntax))
		}
		p = Quarter(y, q)
	case len(rest) == 3 && rest[0] == '-':
		m, ok := digits(rest[1:])
		if !ok {
			return fail(fmt.Errorf("%w：月份应为两位数字", ErrSyntax))
		}
		p = Month(y, time.Month(m))
	default:
		return fail(fmt.Errorf("%w：应为 2022、2022-H1、2022-Q1、2022-03 或日期范围", ErrSyntax))
	}
	if err := p.Validate(); err != nil {
		return fail(err)
	}
	return p, nil
}

// MarshalText implements [encoding.TextMarshaler] with the form of
// [Period.String]. An invalid non-zero Period is an error.
func (p Period) MarshalText() ([]byte, error) {
	if p.IsZero() {
		return []byte{}, nil
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero Period.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
