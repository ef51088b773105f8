// Package textwidth measures text as the renderers of lvzhi lay it out in
// a Chinese font: a wide or ambiguous character (汉字, full-width marks,
// 《》“”) takes one em, a narrow one (an Arabic digit, a Latin letter) half
// an em. The text, Markdown, HTML and DOCX renderers share it, so that
// they agree on what fits.
package textwidth

import "golang.org/x/text/width"

// Wide reports whether r is set one em wide by a Chinese font: East Asian
// wide, full-width or ambiguous.
func Wide(r rune) bool {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
		return true
	}
	return false
}

// Halves returns the width of s in half ems: two for a wide character, one
// for a narrow one. With several lines (LF, CR), the widest counts.
func Halves(s string) int {
	best, cur := 0, 0
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			best, cur = max(best, cur), 0
		case Wide(r):
			cur += 2
		default:
			cur++
		}
	}
	return max(best, cur)
}
