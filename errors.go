package lvzhi

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error this package returns wraps one of them, so
// callers can test the kind of failure with [errors.Is] whatever the value.
var (
	// ErrSyntax reports text that does not have the expected form.
	ErrSyntax = errors.New("格式不正确")
	// ErrOutOfRange reports a value outside its allowed range, such as
	// month 13 or 30 February.
	ErrOutOfRange = errors.New("超出允许范围")
	// ErrOrder reports a range whose start comes after its end.
	ErrOrder = errors.New("起止顺序颠倒")
	// ErrRequired reports a value that must be set but is not.
	ErrRequired = errors.New("不能为空")
)

// ParseError reports a value that could not be parsed. Its message is in
// Chinese and names the kind of value and the input; Err holds the cause
// (one of the sentinel errors, possibly wrapped with detail).
type ParseError struct {
	What  string // what was being parsed, in Chinese: "日期", "期间" …
	Input string // the text as given
	Err   error  // the cause; wraps a sentinel error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("lvzhi: 无法解析%s %q：%v", e.What, e.Input, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// ValueError reports a value that is well formed but not acceptable, such
// as an invalid Date built by hand or a DateRange whose From is after To.
type ValueError struct {
	What  string // the value's name in Chinese: "日期", "日期范围" …
	Value string // the value, formatted
	Err   error  // the cause; wraps a sentinel error
}

func (e *ValueError) Error() string {
	return fmt.Sprintf("lvzhi: %s %s 无效：%v", e.What, e.Value, e.Err)
}

func (e *ValueError) Unwrap() error { return e.Err }
