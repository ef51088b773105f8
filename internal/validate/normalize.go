package validate

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// normOpts are the options of one `norm` tag.
type normOpts struct {
	narrow, upper, name, mobile bool
}

// parseNorm parses a `norm` tag value such as "narrow,upper".
func parseNorm(tag string) (normOpts, error) {
	var o normOpts
	for opt := range strings.SplitSeq(tag, ",") {
		switch strings.TrimSpace(opt) {
		case "trim":
		case "narrow":
			o.narrow = true
		case "upper":
			o.upper = true
		case "name":
			o.name = true
		case "mobile":
			o.narrow, o.mobile = true, true
		default:
			return o, fmt.Errorf("%w：未知的规范化选项 %q", ErrBadTag, opt)
		}
	}
	return o, nil
}

// NormalizeString applies the options of a `norm` tag value to s, exactly
// as [Normalize] does to a field; an unknown option is an error wrapping
// [ErrBadTag].
func NormalizeString(s, tag string) (string, error) {
	o, err := parseNorm(tag)
	if err != nil {
		return s, err
	}
	return o.apply(s), nil
}

// isTrimmed reports the characters trimmed from both ends: Unicode white
// space (which includes the ideographic space U+3000 and no-break spaces),
// the zero-width space and the byte-order mark.
func isTrimmed(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF'
}

func (o normOpts) apply(s string) string {
	if o.keeps(s) {
		return s
	}
	return o.rewrite(s)
}

// rewrite applies every step of o to s in turn.
func (o normOpts) rewrite(s string) string {
	s = strings.TrimFunc(s, isTrimmed)
	if o.narrow {
		s = strings.Map(narrowAlnum, s)
	}
	if o.upper {
		s = strings.ToUpper(s)
	}
	if o.name {
		s = strings.Map(func(r rune) rune {
			switch {
			case isTrimmed(r):
				return -1
			case isLookAlikeDot(r):
				return MiddleDot
			}
			return r
		}, s)
	}
	if o.mobile {
		s = normMobile(s)
	}
	return s
}

// narrowAlnum folds a full-width ASCII letter or digit to its half-width
// form with the Unicode width mapping; other characters, full-width
// punctuation included, are kept.
func narrowAlnum(r rune) rune {
	if r < '\uFF10' || r > '\uFF5A' {
		return r
	}
	n := []rune(width.Narrow.String(string(r)))
	if len(n) == 1 && n[0] < 0x80 && (unicode.IsLetter(n[0]) || unicode.IsDigit(n[0])) {
		return n[0]
	}
	return r
}

// normMobile removes spaces, hyphens and parentheses from a phone number
// and drops a leading country code +86, 0086 or 86 when 11 digits remain.
func normMobile(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case isTrimmed(r), r == '-', r == '(', r == ')', r == '（', r == '）', r == '－':
			return -1
		case r == '＋':
			return '+'
		}
		return r
	}, s)
	for _, cc := range []string{"+86", "0086", "86"} {
		if rest, ok := strings.CutPrefix(s, cc); ok && len(rest) == 11 {
			return rest
		}
	}
	return s
}

// keeps reports, in one pass and without allocating, that apply would
// return s unchanged: s holds no character that any step of o trims,
// folds, raises, drops or replaces, and no country code normMobile could
// drop. It may answer false for a string apply leaves alone (white space
// inside a text, say), never true for one apply changes.
func (o normOpts) keeps(s string) bool {
	if o.mobile && len(s) > 11 {
		return false
	}
	for _, r := range s {
		switch {
		case r >= '\u3400' && r <= '\u9FFF':
			// CJK ideographs, the bulk of Chinese text: no step touches them.
		case r < utf8.RuneSelf:
			if r == ' ' || '\t' <= r && r <= '\r' ||
				o.upper && 'a' <= r && r <= 'z' ||
				o.mobile && (r == '-' || r == '(' || r == ')') {
				return false
			}
		case r == utf8.RuneError, isTrimmed(r),
			o.narrow && r >= '\uFF10' && r <= '\uFF5A',
			o.upper && unicode.ToUpper(r) != r,
			o.name && isLookAlikeDot(r),
			o.mobile && (r == '（' || r == '）' || r == '－' || r == '＋'):
			return false
		}
	}
	return true
}
