package validate

import (
	"unicode"
	"unicode/utf8"
)

// MiddleDot is the separator of the parts of a transliterated or minority
// name (“阿沛·阿旺晋美”): U+00B7 MIDDLE DOT, as GB/T 15834-2011 prescribes
// for 间隔号. Look-alike dots are folded to it by `norm:"name"`.
const MiddleDot = '·'

// isLookAlikeDot reports whether r is a character often typed for the
// middle dot: ・ U+30FB, ･ U+FF65, • U+2022, ‧ U+2027, ∙ U+2219, ⋅ U+22C5,
// · U+0387 or ． U+FF0E.
func isLookAlikeDot(r rune) bool {
	switch r {
	case '\u30FB', '\uFF65', '\u2022', '\u2027', '\u2219', '\u22C5', '\u0387', '\uFF0E':
		return true
	}
	return false
}

// IsZhName reports whether s is a plausible Chinese personal name: 2 to 20
// characters, each a Han character (the Unicode Han script, including the
// CJK extension blocks, but not the radical blocks) or the middle dot
// U+00B7, where a middle dot may neither begin nor end the name nor follow
// another one. Spaces and look-alike dots are rejected; `norm:"name"` fixes
// them before validation.
func IsZhName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 20 {
		return false
	}
	prevDot := true // a dot may not come first
	for _, r := range s {
		switch {
		case r == MiddleDot:
			if prevDot {
				return false
			}
			prevDot = true
		case isNameHan(r):
			prevDot = false
		default:
			return false
		}
	}
	return !prevDot
}

// isNameHan reports whether r is a Han character usable in a name.
func isNameHan(r rune) bool {
	if r >= '\u4E00' && r <= '\u9FFF' {
		return true // CJK Unified Ideographs, all Han, none a radical
	}
	return unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Radical, r)
}

// IsMobile reports whether s is a mainland China mobile number: 11 ASCII
// digits beginning 13–19. Country code, spaces and hyphens are not
// accepted; `norm:"mobile"` removes them before validation.
func IsMobile(s string) bool {
	if len(s) != 11 || s[0] != '1' || s[1] < '3' || s[1] > '9' {
		return false
	}
	for i := 2; i < 11; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
