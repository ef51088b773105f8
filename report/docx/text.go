package docx

import (
	"strings"

	"github.com/lvzhi-go/lvzhi/report/internal/textwidth"
)

// escapeText writes s escaped for XML character data and attribute values
// (both quotes are escaped too). s must have passed textcheck.Check.
func escapeText(b *strings.Builder, s string) {
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&apos;")
		default:
			b.WriteRune(r)
		}
	}
}

// esc returns s escaped with escapeText.
func esc(s string) string {
	var b strings.Builder
	escapeText(&b, s)
	return b.String()
}

// writeRunText writes the content of a w:r for s: w:t elements, with a tab
// as w:tab and a line break (LF, CR or CRLF) as w:br.
func writeRunText(b *strings.Builder, s string) {
	start := 0
	flush := func(end int) {
		if end > start {
			b.WriteString(`<w:t xml:space="preserve">`)
			escapeText(b, s[start:end])
			b.WriteString(`</w:t>`)
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t':
			flush(i)
			b.WriteString(`<w:tab/>`)
			start = i + 1
		case '\r', '\n':
			flush(i)
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			b.WriteString(`<w:br/>`)
			start = i + 1
		}
	}
	flush(len(s))
}

// wordJoiner is U+2060 WORD JOINER: no width, no line break, not a letter.
const wordJoiner = '\u2060'

// joinScripts returns s with a word joiner (U+2060) wherever a narrow
// character (an Arabic digit) meets a wide one (a Chinese character):
// 2022⁠年⁠7⁠月⁠8⁠日. The 落款's date needs it because its width must be
// known to centre the issuer on it. Word and WPS honour the date's
// w:autoSpaceDE/DN off and set it solid, but LibreOffice's DOCX import
// ignores those settings and puts a kern of a fifth of the font size
// (3.2 pt at 3号) wherever its text changes between Chinese and Latin
// script — unless a character on either side of the change is not a
// letter or digit. The joiner is such a character: it has no width in
// every program, prints nothing and is not copied into a PDF's text, so
// the date is 2022年7月8日 to the eye in all of them. Readers of the text
// (lvzhi check) drop it.
func joinScripts(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 12)
	prev := 0 // 0: none, 1: narrow, 2: wide
	for _, r := range s {
		cur := 1
		if r == '\n' || r == '\r' || r == '\t' || r == ' ' {
			cur = 0
		} else if textwidth.Wide(r) {
			cur = 2
		}
		if prev != 0 && cur != 0 && prev != cur {
			b.WriteRune(wordJoiner)
		}
		b.WriteRune(r)
		prev = cur
	}
	return b.String()
}
