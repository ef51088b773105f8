package docx

import (
	"strings"
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
