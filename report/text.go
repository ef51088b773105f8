package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/lvzhi-go/lvzhi/report/internal/textwidth"

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
	centred := func(s string) {
		line(strings.Repeat("\u3000", max(lineHalves-textWidth(s), 0)/4), s)
	}
	rule := func(c string) { line("", strings.Repeat(c, lineHalves)) }
	signed := false
	for i := 0; i < len(bs); i++ {
		bl := bs[i]
		switch bl.kind {
		case blockHeadLine:
			line("", bl.text)
		case blockMark:
			centred(bl.text)
			b.WriteByte('\n')
		case blockNumber:
			if len(bl.lines) > 0 {
				signer := "签发人：" + strings.Join(bl.lines, "　")
				gap := max(lineHalves-4-textWidth(bl.text)-textWidth(signer), 2)
				line("\u3000", bl.text+strings.Repeat(" ", gap)+signer)
			} else if bl.text != "" {
				centred(bl.text)
			}
			rule("=")
			b.WriteByte('\n')
		case blockTitle:
			line("", bl.text)
			if i+1 < len(bs) {
				b.WriteByte('\n')
			}
		case blockTo:
			line("", bl.text+"：")
		case blockPara:
			line(indent, bl.text)
		case blockHeading:
			line(indent, bl.marker+bl.heading)
		case blockRunIn:
			line(indent, bl.marker+bl.heading+bl.text)
		case blockTable:
			if i > 0 && bs[i-1].kind != blockAttachment {
				b.WriteByte('\n')
			}
			for _, l := range textTable(bl.tbl) {
				line("", l)
			}
			if i+1 < len(bs) && bs[i+1].kind != blockTable {
				b.WriteByte('\n')
			}
		case blockAttachList:
			b.WriteByte('\n')
			for j, l := range attachmentListing(bl.lines) {
				if j == 0 {
					line(indent, l)
				} else {
					line(indent+"\u3000\u3000\u3000", l)
				}
			}
		case blockIssuer, blockDate:
			if !signed && i > 1 {
				b.WriteByte('\n')
			}
			signed = true
			j := i
			for j < len(bs) && (bs[j].kind == blockIssuer || bs[j].kind == blockDate) {
				j++
			}
			for _, p := range signaturePads(bs[i:j]) {
				for l := range strings.SplitSeq(lineBreaks.Replace(p.text), "\n") {
					line(strings.Repeat("\u3000", p.pad/2), l)
				}
			}
			i = j - 1
		case blockNote:
			line(indent, "（"+bl.text+"）")
		case blockAttachment:
			b.WriteByte('\n')
			line("", bl.text)
			b.WriteByte('\n')
			centred(bl.heading)
			b.WriteByte('\n')
		case blockRecord:
			b.WriteByte('\n')
			rule("=")
			if len(bl.lines) > 0 {
				line("\u3000", "抄送："+strings.Join(bl.lines, "，")+"。")
				rule("-")
			}
			if bl.text != "" || bl.heading != "" {
				gap := max(lineHalves-4-textWidth(bl.text)-textWidth(bl.heading), 2)
				line("\u3000", bl.text+strings.Repeat(" ", gap)+bl.heading)
			}
			rule("=")
		}
	}
}

// padded is one line of the 落款 with its left padding in half characters.
type padded struct {
	text string
	pad  int
}

// signaturePads lays out the 落款 (the issuer and date blocks) on a line
// of 28 characters. Sealed (GB/T 9704-2012 §7.3.5.1): the date ends four
// characters from the right and the issuer is centred on it. Unsealed
// (§7.3.5.2): the issuer ends two characters from the right and the date,
// on the next line, starts two characters right of the issuer's first
// character; a date too long for that ends two characters from the right
// and the issuer moves left to keep the offset. Padding is rounded down to
// whole characters (an Arabic digit counts as half a character).
func signaturePads(bs []block) []padded {
	var issuerW, dateW int
	for _, bl := range bs {
		if bl.kind == blockDate {
			dateW = textWidth(bl.text)
		} else {
			issuerW = textWidth(bl.text)
		}
	}
	unsealed := len(bs) > 0 && bs[0].unsealed
	var issuerPad, datePad int
	switch {
	case unsealed:
		issuerPad = lineHalves - 2*2 - issuerW
		datePad = issuerPad + 2*2
		if dateW > 0 && datePad+dateW > lineHalves-2*2 {
			datePad = lineHalves - 2*2 - dateW
			issuerPad = datePad - 2*2
		}
	default:
		datePad = lineHalves - dateRightHalves - dateW
		right := dateRightHalves
		if dateW > 0 {
			right = max(dateRightHalves+(dateW-issuerW)/2, 0)
		}
		issuerPad = lineHalves - right - issuerW
	}
	out := make([]padded, len(bs))
	for i, bl := range bs {
		p := issuerPad
		if bl.kind == blockDate {
			p = datePad
		}
		out[i] = padded{text: bl.text, pad: max(p, 0)}
	}
	return out
}

// textWidth returns the width of s in half characters (see
// [textwidth.Halves]).
func textWidth(s string) int { return textwidth.Halves(s) }
