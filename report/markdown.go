package report

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi/summary"
)

// Markdown writes d to w as CommonMark (also valid GitHub Flavored
// Markdown):
//
//   - the title as "# 标题";
//   - level-1 headings as "## 一、…", level-2 as "### （一）…", level-3
//     and level-4 headings on a line of their own as "#### 1.…" and
//     "##### （1）…";
//   - a run-in heading in bold at the start of its paragraph,
//     "**1.举办常委学习班，提升履职才能**。与其他城区……": its closing
//     punctuation stays outside the bold, because CommonMark does not end
//     emphasis between a punctuation mark and a following Chinese
//     character (the flanking rules of its §6.2), so "**…。**与" would
//     show its asterisks;
//   - one paragraph per block, separated by empty lines; the 落款 as one
//     block with a hard line break between issuer and date;
//   - a table as its caption in bold and a pipe table (GFM): one header
//     row whose merged cells are flattened per column (答复情况·已答复; a
//     cell spanning columns with nothing below is named once), numeric
//     columns right-aligned, each merged body cell written once and the
//     positions it covers left empty, notes as a paragraph;
//   - the 版头 as paragraphs followed by a thematic break (the red line),
//     the 附件说明 and 附注 as paragraphs, each attachment after a thematic
//     break with its title as a level-2 heading, and the 版记 after a
//     thematic break.
//
// Every field is written literally: characters Markdown would read as
// syntax (\ ` * _ [ ] < > | ~ & # anywhere; + - = and "1." or "1)" at
// the start of a line) are escaped with a backslash. Spaces and tabs
// around each line are dropped, as Markdown would ignore or misread them;
// a line break inside a paragraph becomes a hard line break ("\" at the
// end of the line), and inside a heading a space.
//
// Markdown checks d as [Text] does, writes nothing on error, and always
// gives the same bytes for the same document. No option changes the
// Markdown form.
func Markdown(w io.Writer, d *summary.Document, opts ...Option) error {
	cfg := newConfig(opts)
	bs, err := layout(d, cfg)
	if err != nil {
		return err
	}
	var b strings.Builder
	writeMarkdown(&b, bs)
	return write(w, b.String())
}

// headingHashes are the ATX markers for the title (index 0) and heading
// levels 1–4.
var headingHashes = [5]string{"# ", "## ", "### ", "#### ", "##### "}

// writeMarkdown writes the blocks as Markdown.
func writeMarkdown(b *strings.Builder, bs []block) {
	for i := 0; i < len(bs); i++ {
		bl := bs[i]
		if i > 0 {
			b.WriteByte('\n')
		}
		switch bl.kind {
		case blockTitle:
			b.WriteString(headingHashes[0])
			b.WriteString(mdEscape(mdHeadingText(bl.text), false))
		case blockHeading:
			b.WriteString(headingHashes[min(max(bl.level, 1), 4)])
			b.WriteString(mdEscape(mdHeadingText(bl.marker+bl.heading), false))
		case blockPara:
			mdParagraph(b, bl.text)
		case blockRunIn:
			mdRunIn(b, bl)
		case blockHeadLine, blockMark:
			mdParagraph(b, bl.text)
		case blockNumber:
			if bl.text != "" {
				txt := bl.text
				if len(bl.lines) > 0 {
					txt += "　签发人：" + strings.Join(bl.lines, "　")
				}
				mdParagraph(b, txt)
				b.WriteString("\n\n")
			}
			b.WriteString("---")
		case blockTo:
			mdParagraph(b, bl.text+"：")
		case blockTable:
			mdTable(b, bl.tbl)
			continue
		case blockAttachList:
			mdParagraph(b, strings.Join(attachmentListing(bl.lines), "\n"))
		case blockNote:
			mdParagraph(b, "（"+bl.text+"）")
		case blockAttachment:
			b.WriteString("---\n\n")
			mdParagraph(b, bl.text)
			b.WriteString("\n\n" + headingHashes[1])
			b.WriteString(mdEscape(mdHeadingText(bl.heading), false))
		case blockRecord:
			b.WriteString("---\n\n")
			if len(bl.lines) > 0 {
				mdParagraph(b, "抄送："+strings.Join(bl.lines, "，")+"。")
				b.WriteString("\n\n")
			}
			mdParagraph(b, strings.TrimSpace(bl.text+"　"+bl.heading))
		case blockIssuer, blockDate:
			mdParagraph(b, bl.text)
			if bl.kind == blockIssuer && i+1 < len(bs) && bs[i+1].kind == blockDate {
				b.WriteString("\\\n")
				mdParagraph(b, bs[i+1].text)
				i++
			}
		}
		b.WriteByte('\n')
	}
}

// mdLines splits s into lines, trimming spaces and tabs around each and
// dropping empty lines at the start and end.
func mdLines(s string) []string {
	lines := strings.Split(lineBreaks.Replace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.Trim(l, " \t")
	}
	for len(lines) > 1 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// mdHeadingText joins the lines of a heading with spaces: an ATX heading
// is one line.
func mdHeadingText(s string) string {
	return strings.Join(mdLines(s), " ")
}

// mdParagraph writes the escaped lines of s joined by hard line breaks.
func mdParagraph(b *strings.Builder, s string) {
	for i, l := range mdLines(s) {
		if i > 0 {
			b.WriteString("\\\n")
		}
		b.WriteString(mdEscape(l, true))
	}
}

// mdRunIn writes a paragraph opened by a bold run-in heading. Trailing
// punctuation of the heading moves after the closing ** when the
// paragraph text follows directly with a character that is neither
// punctuation nor space: CommonMark would not close the emphasis there.
func mdRunIn(b *strings.Builder, bl block) {
	heading := mdHeadingText(bl.heading)
	lines := mdLines(bl.text)
	body, tail := heading, ""
	next, _ := utf8.DecodeRuneInString(lines[0])
	if lines[0] != "" && !isMdPunct(next) {
		// A closing ** after punctuation must be followed by punctuation
		// (CommonMark's right-flanking rule), so the heading's last mark
		// moves out of the bold: "**…（第2号）**。正文". One mark is
		// enough; a closing bracket before it stays inside.
		if r, size := utf8.DecodeLastRuneInString(body); isMdPunct(r) {
			body, tail = body[:len(body)-size], body[len(body)-size:]
		}
	}
	b.WriteString("**")
	b.WriteString(mdEscape(bl.marker+body, false))
	b.WriteString("**")
	b.WriteString(mdEscape(tail, false))
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\\\n")
			b.WriteString(mdEscape(l, true))
			continue
		}
		b.WriteString(mdEscape(l, false))
	}
}

// isMdPunct reports whether CommonMark counts r as punctuation for the
// flanking rules (Unicode P and S categories, which include all ASCII
// punctuation).
func isMdPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// mdEscape escapes s for Markdown inline text. With lineStart set, s
// starts a line, and the characters that open a block there (list
// markers, setext underlines) are escaped too.
func mdEscape(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	if lineStart {
		switch {
		case s != "" && strings.ContainsRune("+-=", rune(s[0])):
			b.WriteByte('\\')
		default:
			// An ordered list marker: up to nine digits and "." or ")".
			n := 0
			for n < len(s) && n < 10 && s[n] >= '0' && s[n] <= '9' {
				n++
			}
			if n > 0 && n <= 9 && n < len(s) && (s[n] == '.' || s[n] == ')') {
				b.WriteString(s[:n])
				b.WriteByte('\\')
				s = s[n:]
			}
		}
	}
	for _, r := range s {
		if r < utf8.RuneSelf && strings.ContainsRune("\\`*_[]<>|~&#", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
