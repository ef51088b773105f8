package proposal

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi"
)

// NumberFormat writes proposal numbers (提案号). A number is the order of
// receipt, written 第23号. In practice numbers are not zero-padded, so the
// zero NumberFormat writes 第23号; a Width pads with zeros to that many
// digits (Width 3 gives 第023号 and 第001号) for offices that prefer it.
type NumberFormat struct {
	// Width is the minimum number of digits; 0 means no padding.
	Width int `json:"width,omitzero"`
}

// Format returns n in the form 第23号 (or 第023号 with Width 3).
func (f NumberFormat) Format(n int) string {
	w := min(max(f.Width, 0), 9)
	return fmt.Sprintf("第%0*d号", w, n)
}

// Parse reads a number written by Format, with or without padding:
// "第23号", "第023号". A bare "23" is accepted too. Anything else, or a
// number below 1, is an error of type *[lvzhi.ParseError].
func (f NumberFormat) Parse(s string) (int, error) {
	t := strings.TrimSuffix(strings.TrimPrefix(s, "第"), "号")
	if t != s && (!strings.HasPrefix(s, "第") || !strings.HasSuffix(s, "号")) {
		return 0, &lvzhi.ParseError{What: "提案号", Input: s, Err: fmt.Errorf("%w：应为“第23号”的形式", lvzhi.ErrSyntax)}
	}
	if t == "" || len(t) > 9 || strings.Trim(t, "0123456789") != "" {
		return 0, &lvzhi.ParseError{What: "提案号", Input: s, Err: fmt.Errorf("%w：提案号应为1至9位数字", lvzhi.ErrSyntax)}
	}
	n, _ := strconv.Atoi(t) // at most 9 ASCII digits: cannot fail
	if n < 1 {
		return 0, &lvzhi.ParseError{What: "提案号", Input: s, Err: fmt.Errorf("%w：提案号从1开始", lvzhi.ErrOutOfRange)}
	}
	return n, nil
}
