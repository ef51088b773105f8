package lvzhi

import (
	"fmt"
	"time"
)

// Date is a civil date in the proleptic Gregorian calendar: a year, a month
// and a day, with no time of day and no time zone. Documents of a 政协
// committee speak of days ("1月8日"), never of instants, so lvzhi never turns
// a Date into a time.Time behind the caller's back.
//
// The zero Date is unset; [Date.IsZero] reports it and its text form is the
// empty string. A Date built by hand may be invalid (30 February);
// [Date.IsValid] reports that, and [ParseDate] never returns one.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d, or an error wrapping [ErrOutOfRange] if
// there is no such day.
func NewDate(y int, m time.Month, d int) (Date, error) {
	dt := Date{Year: y, Month: m, Day: d}
	if !dt.IsValid() {
		return Date{}, &ValueError{What: "日期", Value: dt.String(), Err: ErrOutOfRange}
	}
	return dt, nil
}

// MustDate is like [NewDate] but panics on an invalid date. It is meant for
// constants in tests and examples, never for user data.
func MustDate(y int, m time.Month, d int) Date {
	dt, err := NewDate(y, m, d)
	if err != nil {
		panic(err)
	}
	return dt
}

// DateOf returns the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// ParseDate parses an ISO 8601 calendar date "YYYY-MM-DD" with exactly four
// year digits and two month and day digits, as in "2022-01-08". Anything
// else, including a day that does not exist, is an error of type
// *[ParseError] that wraps [ErrSyntax] or [ErrOutOfRange].
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &ParseError{What: "日期", Input: s, Err: fmt.Errorf("%w：应为 YYYY-MM-DD", ErrSyntax)}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &ParseError{What: "日期", Input: s, Err: fmt.Errorf("%w：应为 YYYY-MM-DD", ErrSyntax)}
	}
	dt := Date{Year: y, Month: time.Month(m), Day: d}
	if !dt.IsValid() {
		return Date{}, &ParseError{What: "日期", Input: s, Err: fmt.Errorf("%w：没有这一天", ErrOutOfRange)}
	}
	return dt, nil
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// IsZero reports whether d is the zero (unset) Date.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d names a real day between the years 1 and 9999.
func (d Date) IsValid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= DaysIn(d.Year, d.Month)
}

// DaysIn returns the number of days in month m of year y (0 for a month
// outside 1–12).
func DaysIn(y int, m time.Month) int {
	switch m {
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	case time.April, time.June, time.September, time.November:
		return 30
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 0
}

// String returns d in ISO 8601 form, "2022-01-08", or "" for the zero Date.
// An invalid non-zero Date is formatted field by field all the same, so
// that error messages can show it.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalText implements [encoding.TextMarshaler]: the ISO form, or empty
// for the zero Date. An invalid Date is an error.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.IsValid() {
		return nil, &ValueError{What: "日期", Value: d.String(), Err: ErrOutOfRange}
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text gives the
// zero Date; anything else must be accepted by [ParseDate].
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// days returns the number of days since 1970-01-01 for valid d.
func (d Date) days() int {
	return int(d.Time(time.UTC).Unix() / 86400)
}

func fromDays(n int) Date {
	return DateOf(time.Unix(int64(n)*86400, 0).UTC())
}

// Compare returns -1 if d is before e, 0 if they are the same day and +1 if
// d is after e. The zero Date sorts before every other date.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmp(d.Year, e.Year)
	case d.Month != e.Month:
		return cmp(int(d.Month), int(e.Month))
	}
	return cmp(d.Day, e.Day)
}

func cmp(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns the date n days after d (before it for negative n). The
// result of AddDays on an invalid Date is the zero Date.
func (d Date) AddDays(n int) Date {
	if !d.IsValid() {
		return Date{}
	}
	r := fromDays(d.days() + n)
	if !r.IsValid() {
		return Date{}
	}
	return r
}

// AddMonths returns the date n months after d, with the day clamped to the
// end of the target month (2022-11-30 plus three months is 2023-02-28), the
// rule offices use for deadlines such as 三个月内答复. The result on an
// invalid Date is the zero Date.
func (d Date) AddMonths(n int) Date {
	if !d.IsValid() {
		return Date{}
	}
	mi := d.Year*12 + int(d.Month) - 1 + n
	y, m := mi/12, time.Month(mi%12+1)
	day := min(d.Day, DaysIn(y, m))
	r := Date{Year: y, Month: m, Day: day}
	if !r.IsValid() {
		return Date{}
	}
	return r
}

// DaysUntil returns the number of days from d to e (negative if e is before
// d). Both must be valid; otherwise it returns 0.
func (d Date) DaysUntil(e Date) int {
	if !d.IsValid() || !e.IsValid() {
		return 0
	}
	return e.days() - d.days()
}

// Weekday returns the day of the week of d. For an invalid Date it returns
// time.Sunday.
func (d Date) Weekday() time.Weekday {
	if !d.IsValid() {
		return time.Sunday
	}
	return d.Time(time.UTC).Weekday()
}

// Time returns midnight at the start of d in loc.
func (d Date) Time(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}
