package report

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/width"

	"github.com/lvzhi-go/lvzhi/summary"
)

// Measures of the plain-text 落款, in half characters (an Arabic digit is
// one, a Chinese character two).
const (
	// lineHalves is the width of a GB/T 9704 line, 28 characters.
	lineHalves = 28 * 2
	// dateRightHalves is the space right of the 成文日期, four characters
	// (GB/T 9704-2012 §7.3.5.1: 右空四字).
	dateRightHalves = 4 * 2
)

// lineBreaks turns CR LF and lone CR into LF.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// Text writes d to w as plain UTF-8 text, the canonical form of a
// summary:
//
//   - the title on the first line, then an empty line;
//   - one paragraph or heading per line, each opened by the indent
//     ([DefaultIndent], two ideographic spaces, unless [WithIndent] says
//     otherwise), headings with their markers (一、（一）1.（1）) and
//     run-in headings at the start of their paragraph;
//   - after an empty line the 落款: the issuer, then the 成文日期 in Arabic
//     numerals (2022年7月8日), padded with ideographic spaces so that on a
//     line of 28 characters the date ends four characters from the right
//     and the issuer is centred on it (GB/T 9704-2012 §7.3.5.1), rounded
//     to whole characters (an Arabic digit counts as half a character);
//     an issuer too wide for that is set flush right.
//
// Every line ends with "\n". A line break inside a field starts a new
// line without indent; CR LF and CR are written as LF.
//
// Text first checks d with [summary.Document.Validate] and checks every
// field for characters a document cannot hold; all problems are returned
// at once as [lvzhi.ValidationErrors] (wrapped: use [errors.As]), and
// nothing is written. The output is built in memory and written with one
// Write call. The same document and options always give the same bytes.
func Text(w io.Writer, d *summary.Document, opts ...Option) error {
	cfg := newConfig(opts)
	bs, err := layout(d, cfg)
	if err != nil {
		return err
	}
	var b strings.Builder
	writeText(&b, bs, cfg.indent)
	return write(w, b.String())
}

// write writes s to w with a single Write call.
func write(w io.Writer, s string) error {
	if _, err := io.WriteString(w, s); err != nil {
		return fmt.Errorf("report: 写出失败：%w", err)
	}
	return nil
}

// writeText writes the blocks as plain text.
func writeText(b *strings.Builder, bs []block, indent string) {
	line := func(prefix, s string) {
		b.WriteString(prefix)
		b.WriteString(lineBreaks.Replace(s))
		b.WriteByte('\n')
	}
	signed := false
	var dateW int
	for _, bl := range bs {
		if bl.kind == blockDate {
			dateW = textWidth(bl.text)
		}
	}
	for i, bl := range bs {
		switch bl.kind {
		case blockTitle:
			line("", bl.text)
			if i+1 < len(bs) {
				b.WriteByte('\n')
			}
		case blockPara:
			line(indent, bl.text)
		case blockHeading:
			line(indent, bl.marker+bl.heading)
		case blockRunIn:
			line(indent, bl.marker+bl.heading+bl.text)
		case blockIssuer, blockDate:
			if !signed && i > 1 {
				b.WriteByte('\n')
			}
			signed = true
			w := textWidth(bl.text)
			right := dateRightHalves
			if bl.kind == blockIssuer && dateW > 0 {
				right = max(dateRightHalves+(dateW-w)/2, 0)
			}
			pad := max(lineHalves-right-w, 0)
			padding := strings.Repeat("\u3000", pad/2)
			for l := range strings.SplitSeq(lineBreaks.Replace(bl.text), "\n") {
				line(padding, l)
			}
		}
	}
}

// textWidth returns the width of s in half characters: two for a wide or
// ambiguous (Chinese-font) character, one for a narrow one such as an
// Arabic digit. With several lines, the widest counts.
func textWidth(s string) int {
	best, cur := 0, 0
	for _, r := range s {
		if r == '\n' || r == '\r' {
			best, cur = max(best, cur), 0
			continue
		}
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
			cur += 2
		default:
			cur++
		}
	}
	return max(best, cur)
}
