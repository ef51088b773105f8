package report

import (
	"html"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi/report/internal/titlebreak"
	"github.com/lvzhi-go/lvzhi/summary"
)

// HTML writes d to w as one self-contained HTML page: a UTF-8 document
// in Chinese (lang="zh-CN") with the title in its title element and the
// CSS inline ([DefaultStylesheet], or the sheet given with
// [WithStylesheet]).
//
// The page is also well-formed XML (polyglot markup): void elements are
// self-closed, and the only character references are &amp; &lt; &gt;
// &#34; and &#39;, so XML tools can read it as they read XHTML. Every
// field is escaped; no text of the document can open an element.
//
// The structure is semantic: the title is an h1, level-1 to level-4
// headings are h2 to h5 with classes level-1 … level-4 (an unnumbered
// plans heading is an h2 of class level-1), paragraphs are p, a run-in
// heading is a span of class "run-in level-N" at the start of its
// paragraph, a line break inside a field is a br, and the 落款 is a div of
// class signature (signature unsealed for [summary.Document].Unsealed)
// holding a p.issuer and a p.date with a time element
// (datetime="2022-07-08"; class undated added when there is no date); the
// stylesheet lays both out as GB/T 9704-2012 §7.3.5 says, whatever the
// widths of the fonts. The 公文 elements are a header of
// class head (p.copy, p.secrecy, p.urgency, p.mark, p.number and the
// red hr.separator), p.to, table.data-table (caption, thead with merged
// th cells, tbody, tfoot.total) with p.table-note, div.attachment-list,
// p.note, one section.attachment per attachment, and the 版记 as
// footer.record inside div.record-page.
//
// HTML checks d as [Text] does, writes nothing on error, and always gives
// the same bytes for the same document and options.
func HTML(w io.Writer, d *summary.Document, opts ...Option) error {
	cfg := newConfig(opts)
	bs, err := layout(d, cfg)
	if err != nil {
		return err
	}
	var b strings.Builder
	writeHTML(&b, bs, cfg.stylesheet)
	return write(w, b.String())
}

// writeHTML writes the page.
func writeHTML(b *strings.Builder, bs []block, css string) {
	title := ""
	for _, bl := range bs {
		if bl.kind == blockTitle {
			title = bl.text
			break
		}
	}
	b.WriteString("<!DOCTYPE html>\n")
	b.WriteString(`<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN" xml:lang="zh-CN">` + "\n")
	b.WriteString("<head>\n")
	b.WriteString(`<meta charset="utf-8" />` + "\n")
	b.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1" />` + "\n")
	b.WriteString("<title>")
	b.WriteString(html.EscapeString(strings.Join(strings.Split(lineBreaks.Replace(title), "\n"), " ")))
	b.WriteString("</title>\n")
	if css != "" {
		b.WriteString("<style>\n")
		b.WriteString(css)
		if !strings.HasSuffix(css, "\n") {
			b.WriteByte('\n')
		}
		b.WriteString("</style>\n")
	}
	b.WriteString("</head>\n<body>\n<main class=\"document\">\n")
	inAttachment := false
	closeAttachment := func() {
		if inAttachment {
			b.WriteString("</section>\n")
			inAttachment = false
		}
	}
	for i := 0; i < len(bs); i++ {
		bl := bs[i]
		switch bl.kind {
		case blockHeadLine, blockMark:
			if i == 0 {
				b.WriteString("<header class=\"head\">\n")
			}
			if bl.kind == blockMark {
				b.WriteString(`<p class="mark" style="` + markStyle(bl.text, i) + `">`)
				htmlText(b, bl.text)
				b.WriteString("</p>\n")
				continue
			}
			b.WriteString(`<p class="` + headClass(bl) + `">`)
			htmlText(b, bl.text)
			b.WriteString("</p>\n")
		case blockNumber:
			if len(bl.lines) > 0 {
				b.WriteString(`<p class="number upward"><span class="doc-number">`)
				htmlText(b, bl.text)
				b.WriteString(`</span><span class="signers">签发人：`)
				for j, s := range bl.lines {
					if j > 0 {
						b.WriteString("　")
					}
					b.WriteString(`<span class="signer">`)
					htmlText(b, s)
					b.WriteString("</span>")
				}
				b.WriteString("</span></p>\n")
			} else if bl.text != "" {
				b.WriteString(`<p class="number">`)
				htmlText(b, bl.text)
				b.WriteString("</p>\n")
			}
			b.WriteString("<hr class=\"separator\" />\n</header>\n")
		case blockTitle:
			b.WriteString(`<h1 class="title">`)
			htmlText(b, titleLines(bl.text))
			b.WriteString("</h1>\n")
		case blockTo:
			b.WriteString(`<p class="to">`)
			htmlText(b, bl.text+"：")
			b.WriteString("</p>\n")
		case blockHeading:
			tag := "h" + strconv.Itoa(min(max(bl.level, 1), 4)+1)
			b.WriteString("<" + tag + ` class="level-` + strconv.Itoa(bl.level) + `">`)
			htmlText(b, bl.marker+bl.heading)
			b.WriteString("</" + tag + ">\n")
		case blockPara:
			b.WriteString("<p>")
			htmlText(b, bl.text)
			b.WriteString("</p>\n")
		case blockRunIn:
			b.WriteString(`<p><span class="run-in level-` + strconv.Itoa(bl.level) + `">`)
			htmlText(b, bl.marker+bl.heading)
			b.WriteString("</span>")
			htmlText(b, bl.text)
			b.WriteString("</p>\n")
		case blockTable:
			htmlTable(b, bl.tbl)
		case blockAttachList:
			b.WriteString("<div class=\"attachment-list\">\n")
			for j, l := range attachmentListing(bl.lines) {
				if j == 0 {
					b.WriteString("<p>")
				} else {
					b.WriteString(`<p class="more">`)
				}
				htmlText(b, l)
				b.WriteString("</p>\n")
			}
			b.WriteString("</div>\n")
		case blockIssuer, blockDate:
			class := "signature"
			if bl.unsealed {
				class = "signature unsealed"
			}
			j := i
			dated := false
			for j < len(bs) && (bs[j].kind == blockIssuer || bs[j].kind == blockDate) {
				dated = dated || bs[j].kind == blockDate
				j++
			}
			if !dated {
				class += " undated"
			}
			b.WriteString("<div class=\"" + class + "\">\n<div class=\"signature-block\">\n")
			for ; i < j; i++ {
				if bs[i].kind == blockIssuer {
					b.WriteString(`<p class="issuer">`)
					htmlText(b, bs[i].text)
					b.WriteString("</p>\n")
					continue
				}
				b.WriteString(`<p class="date"><time datetime="` + bs[i].iso + `">`)
				htmlText(b, bs[i].text)
				b.WriteString("</time></p>\n")
			}
			i--
			b.WriteString("</div>\n</div>\n")
		case blockNote:
			b.WriteString(`<p class="note">`)
			htmlText(b, "（"+bl.text+"）")
			b.WriteString("</p>\n")
		case blockAttachment:
			closeAttachment()
			inAttachment = true
			b.WriteString("<section class=\"attachment\">\n<p class=\"attachment-label\">")
			htmlText(b, bl.text)
			b.WriteString("</p>\n<h2 class=\"attachment-title\">")
			htmlText(b, titleLines(bl.heading))
			b.WriteString("</h2>\n")
		case blockRecord:
			closeAttachment()
			b.WriteString("<div class=\"record-page\">\n<footer class=\"record\">\n")
			if len(bl.lines) > 0 {
				b.WriteString(`<p class="cc"><span class="cc-label">抄送：</span><span class="cc-list">`)
				htmlText(b, strings.Join(bl.lines, "，")+"。")
				b.WriteString("</span></p>\n")
			}
			b.WriteString(`<p class="printer"><span class="printer-name">`)
			htmlText(b, bl.text)
			b.WriteString(`</span><span class="printed">`)
			if bl.iso != "" {
				b.WriteString(`<time datetime="` + bl.iso + `">`)
				htmlText(b, bl.heading)
				b.WriteString("</time>")
			}
			b.WriteString("</span></p>\n</footer>\n</div>\n")
		}
	}
	closeAttachment()
	b.WriteString("</main>\n</body>\n</html>\n")
}

// Measures of the printed 发文机关标志, in points unless said otherwise.
const (
	// markPoints is its size, 48 pt, and markLeading its line height.
	markPoints  = 48.0
	markLeading = 52.0
	// markInkMM is how far below the top of its line the characters'
	// ink begins at 48 pt, in mm (measured in Chromium); it scales with
	// the size.
	markInkMM = 2.34
	// linePoints is the body line pitch and blockPoints the width of
	// the 156 mm line.
	linePoints  = 28.95
	blockPoints = 442.25
)

// markStyle returns the inline style of the 发文机关标志 that follows
// lines head lines (份号, 密级, 紧急程度): its characters' top 35 mm below
// the top of the text block (GB/T 9704-2012 §7.2.4), and, for a mark
// wider than the 156 mm line at 48 pt, a size that fits.
func markStyle(mark string, lines int) string {
	chars := float64(textWidth(mark)) / 2
	size := markPoints
	if chars*size > blockPoints {
		size = math.Floor(blockPoints/chars*0.98*10) / 10
	}
	top := 35 - float64(lines)*linePoints*25.4/72 - markInkMM*size/markPoints
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	return "margin-top: " + f(math.Round(top*100)/100) + "mm; font-size: " + f(size) + "pt; line-height: " + f(math.Round(size*markLeading/markPoints*100)/100) + "pt"
}

// headClass returns the class of a 版头 line.
func headClass(bl block) string {
	if bl.kind == blockMark {
		return "mark"
	}
	return bl.role
}

// htmlText writes s escaped, with a br for each line break.
// titleLines returns a title with a line break wherever it must turn in
// the 156 mm text block at 2号 (20 characters), as the DOCX breaks it
// (titlebreak: balanced lines, words kept whole, 上短下长).
func titleLines(title string) string {
	return strings.Join(titlebreak.Lines(title, 20), "\n")
}

func htmlText(b *strings.Builder, s string) {
	for i, l := range strings.Split(lineBreaks.Replace(s), "\n") {
		if i > 0 {
			b.WriteString("<br />")
		}
		b.WriteString(html.EscapeString(l))
	}
}
