package docx

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Measures of the 公文 elements around the body (GB/T 9704-2012 §7.2,
// §7.3.5, §7.4), in twips unless said otherwise. The vertical offsets
// that depend on where a program puts a glyph inside an exact line were
// measured in LibreOffice with the layout check under scripts/ and hold
// for fonts whose ideographs fill about 0.9 em (宋体, 仿宋, 小标宋).
const (
	// markSize is the 发文机关标志's size in half-points: 48 pt.
	markSize = 96
	// markLine is the exact height of its line: 52 pt.
	markLine = 1040
	// markTop is the distance from the top of the text block to the top
	// of the 发文机关标志: 35 mm (§7.2.4).
	markTop = 1984
	// markInk is how far below its line's top the ideographs of the
	// 发文机关标志 begin (measured).
	markInk = 31
	// separatorSpace is w:pBdr/w:bottom/@w:space of the 发文字号, in
	// points: the red line stands 4 mm below the 发文字号's characters
	// (§7.2.6); see the package documentation for the derivation.
	separatorSpace = 8
	// separatorSize is the red line's width in eighths of a point: 1.5 pt.
	separatorSize = 12
	// red is the colour of the 版头.
	red = "FF0000"

	// recordSize is the 版记's size, 4号 (14 pt), in half-points, and
	// recordChar one 4号 character in twips.
	recordSize = 28
	recordChar = 280
	// ruleThick and ruleThin are the 版记's rules in eighths of a point:
	// 1 pt = 0.353 mm for the first and last (推荐高度为0.35mm) and
	// 0.75 pt = 0.265 mm for those between (0.25mm).
	ruleThick = 8
	ruleThin  = 6
)

// head writes the 版头: 份号, 密级和保密期限 and 紧急程度 flush left on
// the first lines, the red 发文机关标志 with its top 35 mm below the top of
// the text block, shrunk horizontally to the 156 mm block when it is
// wider, the 发文字号 two lines below it (centred, or left with the 签发人
// on the right for a document sent up), and the red separator line under
// it. It writes nothing for a head without a 发文机关标志.
func (w *body) head(h summary.Head, f Fonts) {
	if h.Mark == "" {
		return
	}
	lines := 0
	for _, l := range []struct {
		text string
		font string
	}{{h.Copy, f.Latin}, {h.Secrecy, f.Heading1}, {h.Urgency, f.Heading1}} {
		if l.text == "" {
			continue
		}
		lines++
		w.open(styleNormal, indentNone)
		w.runProps(rFonts(f.Latin, l.font), l.text)
		w.b.WriteString(`</w:p>`)
	}
	before := max(markTop-lines*linePitch-markInk, 0)
	scale := 100
	if natural := textChars(h.Mark) * markSize * 10; natural > float64(textWidth) {
		// Two per cent to spare: at the exact fit LibreOffice breaks the
		// line before the last character.
		scale = int(math.Floor(float64(textWidth)*100/natural)) - 2
	}
	fmt.Fprintf(&w.b, `<w:p><w:pPr><w:pStyle w:val="%s"/><w:spacing w:before="%d" w:after="0" w:line="%d" w:lineRule="exact"/>%s<w:jc w:val="center"/></w:pPr>`,
		styleMark, before, markLine, indentNone)
	w.runProps(fmt.Sprintf(`%s<w:color w:val="%s"/><w:spacing w:val="0"/><w:w w:val="%d"/><w:sz w:val="%d"/><w:szCs w:val="%[4]d"/>`, rFonts(f.Title, f.Title), red, scale, markSize), h.Mark)
	w.b.WriteString(`</w:p>`)

	border := fmt.Sprintf(`<w:pBdr><w:bottom w:val="single" w:sz="%d" w:space="%d" w:color="%s"/></w:pBdr>`, separatorSize, separatorSpace, red)
	space := fmt.Sprintf(`<w:spacing w:before="%d" w:after="0" w:line="%d" w:lineRule="exact"/>`, 2*linePitch, linePitch)
	if len(h.Signers) == 0 {
		fmt.Fprintf(&w.b, `<w:p><w:pPr><w:pStyle w:val="%s"/>%s%s%s<w:jc w:val="center"/></w:pPr>`, styleDocNumber, border, space, indentNone)
		w.run("", h.Number)
		w.b.WriteString(`</w:p>`)
		return
	}
	// 上行文: the number 左空一字, the 签发人 右空一字 on the same line;
	// several 签发人 stack upwards, the last one on the line of the number.
	// The paragraph spans the whole text block, so that the red line under
	// it is as wide as the block: a left tab one character in and a right
	// tab one character from the right edge place the texts.
	tabs := fmt.Sprintf(`<w:tabs><w:tab w:val="left" w:pos="%d"/><w:tab w:val="right" w:pos="%d"/></w:tabs>`, bodyChar, textWidth-bodyChar)
	for i, s := range h.Signers {
		last := i == len(h.Signers)-1
		pBdr, sp := "", `<w:spacing w:before="0" w:after="0" w:line="`+strconv.Itoa(linePitch)+`" w:lineRule="exact"/>`
		if i == 0 {
			sp = space
		}
		if last {
			pBdr = border
		}
		fmt.Fprintf(&w.b, `<w:p><w:pPr><w:pStyle w:val="%s"/>%s%s%s%s<w:jc w:val="left"/></w:pPr>`,
			styleDocNumber, pBdr, tabs, sp, indentNone)
		number := ""
		if last {
			number = h.Number
		}
		w.run("", "\t"+number+"\t签发人：")
		w.runProps(rFonts(f.Latin, f.Heading2), s)
		w.b.WriteString(`</w:p>`)
	}
}

// runProps writes a run of text with direct run properties rPr.
func (w *body) runProps(rPr, text string) {
	w.b.WriteString(`<w:r><w:rPr>` + rPr + `</w:rPr>`)
	writeRunText(&w.b, text)
	w.b.WriteString(`</w:r>`)
}

// to writes the 主送机关 flush left, ending with a full-width colon.
func (w *body) to(s string) {
	if s == "" {
		return
	}
	w.para(styleNormal, indentNone, strings.TrimRight(s, "：:")+"：")
}

// attachmentList writes the 附件说明 one empty line below the body, two
// characters in: "附件：" and the name, or "附件：1.…" with the following
// names aligned under the first (GB/T 9704-2012 §7.3.6).
func (w *body) attachmentList(as []summary.Attachment) {
	for i, a := range as {
		text := a.Title
		if len(as) > 1 {
			text = strconv.Itoa(i+1) + "." + text
		}
		before := 0
		if i == 0 {
			text = "附件：" + text
			before = linePitch
		}
		fmt.Fprintf(&w.b, `<w:p><w:pPr><w:pStyle w:val="%s"/><w:spacing w:before="%d" w:after="0" w:line="%d" w:lineRule="exact"/>`, styleNormal, before, linePitch)
		if i == 0 {
			fmt.Fprintf(&w.b, `<w:ind w:left="%d" w:hanging="%d" w:firstLineChars="0"/>`, 5*bodyChar, 3*bodyChar)
		} else {
			fmt.Fprintf(&w.b, `<w:ind w:left="%d" w:firstLineChars="0" w:firstLine="0"/>`, 5*bodyChar)
		}
		w.b.WriteString(`<w:jc w:val="left"/></w:pPr>`)
		w.run("", text)
		w.b.WriteString(`</w:p>`)
	}
}

// note writes the 附注 in parentheses, two characters in, on the line
// after the 成文日期.
func (w *body) note(s string) {
	if s == "" {
		return
	}
	w.para(styleNormal, "", "（"+strings.TrimSuffix(strings.TrimPrefix(s, "（"), "）")+"）")
}

// attachments writes each attachment on a new page: "附件" and its
// number in 黑体 at the top left, its title centred on the third line,
// then its paragraphs and tables.
func (w *body) attachments(as []summary.Attachment, f Fonts) {
	for i, a := range as {
		label := "附件"
		if len(as) > 1 {
			label += strconv.Itoa(i + 1)
		}
		w.b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + styleAttachmentLabel + `"/></w:pPr>`)
		w.run("", label)
		w.b.WriteString(`</w:p>`)
		w.para(styleTitle, fmt.Sprintf(`<w:spacing w:before="%d" w:after="%[1]d" w:line="%[1]d" w:lineRule="exact"/>`, linePitch), titleLines(a.Title))
		for _, p := range a.Paragraphs {
			w.para(styleNormal, "", p)
		}
		for _, t := range a.Tables {
			w.table(t)
		}
	}
}

// record writes the 版记 at the foot of the last page: a table as wide
// as the text block with a thick rule above the first element, thin rules
// between elements and a thick rule at the bottom; 抄送 in 4号仿宋 with one
// character left and right, wrapped lines aligned after the colon, a full
// stop after the last name; on the last line the 印发机关 one character
// from the left and the 印发日期 in Arabic numerals one character from the
// right. The table sits in a text box anchored to the bottom of the text
// block (wp:anchor, positionV align bottom relative to the margin), so that
// its last rule lies on the block's bottom edge whatever the length of the
// page above it; the rows have exact heights so that the box's height is
// known.
func (w *body) record(r summary.Record) {
	if r.IsZero() {
		return
	}
	var rows []recordRow
	if len(r.CC) > 0 {
		text := "抄送：" + strings.Join(r.CC, "，") + "。"
		rows = append(rows, recordRow{
			ind:   fmt.Sprintf(`<w:ind w:left="%d" w:right="%d" w:hanging="%d" w:firstLineChars="0"/>`, 4*recordChar, recordChar, 3*recordChar),
			text:  text,
			lines: ccLines(text),
		})
	}
	if r.Printer != "" || !r.Printed.IsZero() {
		date := ""
		if !r.Printed.IsZero() {
			date = zh.Date(r.Printed) + "印发"
		}
		rows = append(rows, recordRow{
			ind:   fmt.Sprintf(`<w:ind w:left="%d" w:right="0" w:firstLineChars="0" w:firstLine="0"/>`, recordChar),
			text:  r.Printer + "\t" + date,
			lines: 1,
		})
	}
	height := 0
	for _, row := range rows {
		height += row.lines * linePitch
	}
	// Room for the rules, which Word and LibreOffice draw outside the rows.
	height += recordSlack
	const emu = 635 // EMU per twip
	cx, cy := textWidth*emu, height*emu
	b := &w.b
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + styleNormal + `"/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr><w:r>`)
	b.WriteString(`<w:drawing xmlns:wp="` + nsWP + `" xmlns:a="` + nsA + `" xmlns:wps="` + nsWPS + `">`)
	b.WriteString(`<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">`)
	b.WriteString(`<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>`)
	fmt.Fprintf(b, `<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>`+recordDocPr+`<wp:cNvGraphicFramePr/>`, cx, cy)
	b.WriteString(`<a:graphic><a:graphicData uri="` + nsWPS + `"><wps:wsp><wps:cNvSpPr txBox="1"/>`)
	fmt.Fprintf(b, `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>`, cx, cy)
	b.WriteString(`<wps:txbx><w:txbxContent>`)
	w.recordTable(rows)
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + styleNormal + `"/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>`)
	b.WriteString(`</w:txbxContent></wps:txbx><wps:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="b"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>`)
}

// recordDocPr is the wp:docPr of the 版记's text box in a single document.
const recordDocPr = `<wp:docPr id="1" name="版记"/>`

// numberDrawings gives the 版记 text box of the i-th document of a book
// (0-based) the id i+1, so that every wp:docPr id of the file is unique
// as ECMA-376 requires.
func numberDrawings(content string, i int) string {
	return strings.ReplaceAll(content, recordDocPr, `<wp:docPr id="`+strconv.Itoa(i+1)+`" name="版记"/>`)
}

// recordSlack is the room left in the 版记's text box beyond its rows.
const recordSlack = 60

// Namespaces of the 版记's text box, declared on its w:drawing element.
const (
	nsWP  = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
	nsA   = "http://schemas.openxmlformats.org/drawingml/2006/main"
	nsWPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
)

// recordRow is one row of the 版记.
type recordRow struct {
	ind, text string
	lines     int
}

// ccLines returns how many lines the 抄送 text takes: the first line holds
// what fits between one character left and right, the following ones
// start after "抄送：".
func ccLines(text string) int {
	first := float64((textWidth - 2*recordChar) / recordChar)
	next := float64((textWidth - 5*recordChar) / recordChar)
	n, rest := 1, textChars(text)-first
	for rest > 0 {
		n++
		rest -= next
	}
	return n
}

// recordTable writes the rows of the 版记 as a table with its rules.
func (w *body) recordTable(rows []recordRow) {
	b := &w.b
	b.WriteString(`<w:tbl><w:tblPr>`)
	fmt.Fprintf(b, `<w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>`, textWidth)
	fmt.Fprintf(b, `<w:tblBorders><w:top w:val="single" w:sz="%[1]d" w:space="0" w:color="000000"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="%[1]d" w:space="0" w:color="000000"/><w:right w:val="nil"/><w:insideH w:val="single" w:sz="%[2]d" w:space="0" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>`, ruleThick, ruleThin)
	b.WriteString(`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>`)
	b.WriteString(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`)
	fmt.Fprintf(b, `<w:tblGrid><w:gridCol w:w="%d"/></w:tblGrid>`, textWidth)
	for _, row := range rows {
		fmt.Fprintf(b, `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="%d" w:hRule="exact"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>`, row.lines*linePitch, textWidth)
		fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/><w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>%s</w:pPr>`, styleRecord, textWidth-recordChar, row.ind)
		w.run("", row.text)
		b.WriteString(`</w:p></w:tc></w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}
