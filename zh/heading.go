package zh

import (
	"fmt"
	"strconv"

	"github.com/lvzhi-go/lvzhi"
)

// Heading writes the marker that numbers the n-th heading of a level, as
// official documents number their structure (GB/T 9704-2012 §7.3.3, with
// the punctuation of GB/T 15834-2011):
//
//	level 1  一、   二、 … 十一、       Chinese numeral and the 顿号 、
//	level 2  （一） （二） … （二十三）  Chinese numeral in full-width parentheses
//	level 3  1.    2. … 11.           ASCII digits and an ASCII full stop
//	level 4  （1）  （2） … （23）      ASCII digits in full-width parentheses
//
// The parentheses are U+FF08 and U+FF09; nothing follows them, and nothing
// follows the full stop of level 3 (the heading text comes directly after
// the marker). 1、 for level 3 is wrong and never written.
//
// level must be 1 to 4 and n at least 1 (there is no upper limit; the
// Chinese numerals follow [Numeral]). Anything else is an error, a
// *[lvzhi.ValueError] wrapping [lvzhi.ErrOutOfRange] whose message names
// the bad value; Heading never panics. For markers known to be valid, such
// as constants in templates, the error can be checked once in a test.
func Heading(level, n int) (string, error) {
	if level < 1 || level > 4 {
		return "", &lvzhi.ValueError{What: "标题层级", Value: strconv.Itoa(level), Err: fmt.Errorf("%w：应为1至4", lvzhi.ErrOutOfRange)}
	}
	if n < 1 {
		return "", &lvzhi.ValueError{What: "标题序号", Value: strconv.Itoa(n), Err: fmt.Errorf("%w：应从1开始", lvzhi.ErrOutOfRange)}
	}
	var buf [numeralBufSize]byte
	b := buf[:0]
	switch level {
	case 1:
		b = numeralStyle{}.appendUint(b, uint64(n))
		b = append(b, "、"...)
	case 2:
		b = append(b, "（"...)
		b = numeralStyle{}.appendUint(b, uint64(n))
		b = append(b, "）"...)
	case 3:
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, '.')
	default:
		b = append(b, "（"...)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, "）"...)
	}
	return string(b), nil
}
