package lvzhi

import (
	"fmt"
	"strings"
)

// DateRange is an inclusive range of civil dates: both From and To belong to
// it, so a meeting held "1月8日至10日" is DateRange{From: 2022-01-08,
// To: 2022-01-10} and lasts three days. A one-day event has From == To.
//
// The zero DateRange is unset. A DateRange is valid when both dates are
// valid and From is not after To; [DateRange.Validate] says which rule
// fails.
type DateRange struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// NewDateRange returns the range from..to, or an error if either date is
// invalid or from is after to.
func NewDateRange(from, to Date) (DateRange, error) {
	r := DateRange{From: from, To: to}
	return r, r.Validate()
}

// OneDay returns the range holding the single day d.
func OneDay(d Date) DateRange { return DateRange{From: d, To: d} }

// IsZero reports whether r is the zero (unset) range.
func (r DateRange) IsZero() bool { return r.From.IsZero() && r.To.IsZero() }

// Validate returns nil if r is a valid range, or a *[ValueError] wrapping
// [ErrOutOfRange] (an invalid date) or [ErrOrder] (From after To).
func (r DateRange) Validate() error {
	if !r.From.IsValid() || !r.To.IsValid() {
		return &ValueError{What: "日期范围", Value: r.String(), Err: fmt.Errorf("%w：起止日期须为有效日期", ErrOutOfRange)}
	}
	if r.From.After(r.To) {
		return &ValueError{What: "日期范围", Value: r.String(), Err: fmt.Errorf("%w：开始日期晚于结束日期", ErrOrder)}
	}
	return nil
}

// IsValid reports whether [DateRange.Validate] returns nil.
func (r DateRange) IsValid() bool { return r.Validate() == nil }

// Contains reports whether d lies in r, ends included.
func (r DateRange) Contains(d Date) bool {
	return !d.Before(r.From) && !d.After(r.To)
}

// ContainsRange reports whether every day of s lies in r.
func (r DateRange) ContainsRange(s DateRange) bool {
	return r.Contains(s.From) && r.Contains(s.To)
}

// Overlaps reports whether r and s share at least one day.
func (r DateRange) Overlaps(s DateRange) bool {
	return !r.To.Before(s.From) && !s.To.Before(r.From)
}

// Days returns the number of days in r, ends included (1 for a one-day
// range), or 0 for an invalid range.
func (r DateRange) Days() int {
	if !r.IsValid() {
		return 0
	}
	return r.From.DaysUntil(r.To) + 1
}

// String returns r as an ISO 8601 interval, "2022-01-08/2022-01-10", or ""
// for the zero range.
func (r DateRange) String() string {
	if r.IsZero() {
		return ""
	}
	return r.From.String() + "/" + r.To.String()
}

// ParseDateRange parses the form written by [DateRange.String]:
// "2022-01-08/2022-01-10", or a single date for a one-day range. The result
// is validated.
func ParseDateRange(s string) (DateRange, error) {
	from, to, found := strings.Cut(s, "/")
	if !found {
		to = from
	}
	f, err := ParseDate(from)
	if err != nil {
		return DateRange{}, &ParseError{What: "日期范围", Input: s, Err: err}
	}
	t, err := ParseDate(to)
	if err != nil {
		return DateRange{}, &ParseError{What: "日期范围", Input: s, Err: err}
	}
	r := DateRange{From: f, To: t}
	if err := r.Validate(); err != nil {
		return DateRange{}, &ParseError{What: "日期范围", Input: s, Err: err}
	}
	return r, nil
}
