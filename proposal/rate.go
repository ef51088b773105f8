package proposal

import (
	"strconv"

	"github.com/lvzhi-go/lvzhi/zh"
)

// Rate is an exact ratio, such as 立案率 38/44. Den is 0 when nothing was
// there to count; such a rate has no percentage.
type Rate struct {
	Num int `json:"num"`
	Den int `json:"den"`
}

// OK reports whether r has a denominator.
func (r Rate) OK() bool { return r.Den > 0 }

// Permille returns r in tenths of a percent, rounded half up (38/44 gives
// 864, that is 86.4%), or 0 when r has no denominator.
func (r Rate) Permille() int {
	if r.Den <= 0 || r.Num < 0 {
		return 0
	}
	return (r.Num*2000 + r.Den) / (2 * r.Den)
}

// Percent returns r as a percentage with at most one decimal, the form
// summaries use: "86.4%", "100%", "96%", written by [zh.Percent], which
// never rounds an incomplete rate up to 100%. It returns "" when r has no
// denominator.
func (r Rate) Percent() string {
	if !r.OK() {
		return ""
	}
	return zh.Percent(r.Num, r.Den)
}

// String returns "38/44（86.4%）", or "0/0" without a denominator.
func (r Rate) String() string {
	s := strconv.Itoa(r.Num) + "/" + strconv.Itoa(r.Den)
	if r.OK() {
		s += "（" + r.Percent() + "）"
	}
	return s
}

// Fraction returns the numerator and the denominator, so that a Rate can
// be passed whole to the template functions of package zh (percent,
// atleast, comparerate).
func (r Rate) Fraction() (num, den int) { return r.Num, r.Den }
