package docx

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/summary"
)

// checkText reports the first reason why s cannot be written into an XML
// 1.0 document, or "" if it can. Tab, line feed and carriage return are
// allowed (they become w:tab and w:br); every other C0 control character,
// U+FFFE, U+FFFF and bytes that are not UTF-8 (including encoded lone
// surrogates) are not.
func checkText(s string) (rule, msg string) {
	pos := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		pos++
		switch {
		case r == utf8.RuneError && size == 1:
			return "utf8", fmt.Sprintf("第%d个字符处含有无效的UTF-8字节0x%02X", pos, s[i])
		case r == '\t' || r == '\n' || r == '\r':
		case r < 0x20:
			return "xmlchar", fmt.Sprintf("第%d个字符是控制字符U+%04X，不能写入文档", pos, r)
		case r == 0xFFFE || r == 0xFFFF:
			return "xmlchar", fmt.Sprintf("第%d个字符是非字符U+%04X，不能写入文档", pos, r)
		}
		i += size
	}
	return "", ""
}

// textChecker collects the text problems of a whole document.
type textChecker struct {
	errs lvzhi.ValidationErrors
}

func (c *textChecker) check(field, label, s string) {
	if rule, msg := checkText(s); rule != "" {
		c.errs = append(c.errs, lvzhi.FieldError{Field: field, Label: label, Rule: rule, Message: msg})
	}
}

func (c *textChecker) paras(field, label string, ps []string) {
	for i, p := range ps {
		c.check(fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i), p)
	}
}

func (c *textChecker) sections(field, label string, ss []summary.Section) {
	for i, s := range ss {
		f, l := fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i)
		c.check(f+".Heading", l+".标题", s.Heading)
		c.paras(f+".Paragraphs", l+".段落", s.Paragraphs)
		c.sections(f+".Subsections", l+".子项", s.Subsections)
	}
}

// escapeText writes s escaped for XML character data and attribute values
// (both quotes are escaped too). s must have passed checkText.
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
