package docx

import (
	"fmt"
	"strings"
)

// Style IDs used in word/document.xml.
const (
	styleNormal    = "Normal"
	styleTitle     = "Title"
	styleSignature = "Signature"
	styleDate      = "Date"

	// The 公文 elements and tables (official.go, table.go).
	styleMark            = "Mark"
	styleDocNumber       = "DocNumber"
	styleAttachmentLabel = "AttachmentLabel"
	styleRecord          = "Record"
	styleTableCaption    = "TableCaption"
	styleTableText       = "TableText"
	styleTableNote       = "TableNote"
)

// headingStyle and runInStyle return the paragraph and character style IDs
// of heading level lv (1–4).
func headingStyle(lv int) string { return fmt.Sprintf("Heading%d", lv) }
func runInStyle(lv int) string   { return fmt.Sprintf("RunInHeading%d", lv) }

// rFonts returns a w:rFonts element with latin for Latin script and ea for
// East Asian text.
func rFonts(latin, ea string) string {
	return fmt.Sprintf(`<w:rFonts w:ascii="%[1]s" w:hAnsi="%[1]s" w:eastAsia="%[2]s" w:cs="%[1]s"/>`, esc(latin), esc(ea))
}

// plainRun is the run formatting every style spells out in full, so that no
// program's built-in defaults for "heading 1" and the like (bold, colour,
// larger size) leak in: not bold, not italic, black, the given size and
// character spacing.
func plainRun(sz, spacing int) string {
	return fmt.Sprintf(`<w:b w:val="0"/><w:bCs w:val="0"/><w:i w:val="0"/><w:iCs w:val="0"/><w:color w:val="000000"/><w:spacing w:val="%d"/><w:sz w:val="%[2]d"/><w:szCs w:val="%[2]d"/>`, spacing, sz)
}

// Paragraph property fragments.
var (
	exactLine   = fmt.Sprintf(`<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>`, linePitch)
	indentTwo   = fmt.Sprintf(`<w:ind w:firstLineChars="200" w:firstLine="%d"/>`, 2*bodyChar)
	indentNone  = `<w:ind w:left="0" w:right="0" w:firstLineChars="0" w:firstLine="0"/>`
	noWidowCtrl = `<w:widowControl w:val="0"/>`
	// noOverflowDefault keeps punctuation inside the text block: by default
	// Word and WPS let a comma or 顿号 ending a line hang into the right
	// margin (w:overflowPunct); GB/T 9704 keeps every character inside.
	// It is the document default, read by every program.
	noOverflowDefault = `<w:overflowPunct w:val="0"/>`
	// noOverflow says the same in the paragraph styles for every program,
	// LibreOffice included. LibreOffice's DOCX import reads w:overflowPunct
	// inverted (w:val="0" turns its hanging punctuation on, "1" off), so
	// the value is given three times in a markup-compatibility block
	// (ISO/IEC 29500-3) at the element's place in w:pPr: programs that
	// know the Word 2013 namespace (w15: Word 2013 and later) take "0";
	// programs that know only the Word 2010 one (w14), which is what
	// LibreOffice's import understands, take "1"; the rest take the
	// fallback "0", and programs that skip the block keep the document
	// default above.
	noOverflow = `<mc:AlternateContent>` +
		`<mc:Choice Requires="w15"><w:overflowPunct w:val="0"/></mc:Choice>` +
		`<mc:Choice Requires="w14"><w:overflowPunct w:val="1"/></mc:Choice>` +
		`<mc:Fallback><w:overflowPunct w:val="0"/></mc:Fallback>` +
		`</mc:AlternateContent>`
	// offGrid keeps characters off the character grid: their advance is
	// set by the condensed spacing instead (see the package documentation).
	offGrid = `<w:snapToGrid w:val="0"/>`
	// noAutoSpace turns off the extra space programs put between Chinese
	// characters and Latin letters or digits; the 落款 uses it so that the
	// date is written solid (2022年7月8日) and its width is known.
	noAutoSpace = `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`
)

// stylesXML returns word/styles.xml: the defaults (body font, 3号, exact
// line pitch), Normal (justified, two-character first-line indent), Title,
// the four heading levels with their run-in character styles, Signature and
// Date for the 落款, and Footer for the page numbers.
func stylesXML(f Fonts) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:styles xmlns:w="` + nsW + `" xmlns:mc="` + nsMC + `" xmlns:w14="` + nsW14 + `" xmlns:w15="` + nsW15 + `">`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>`)
	b.WriteString(rFonts(f.Latin, f.Body))
	fmt.Fprintf(&b, `<w:spacing w:val="%[2]d"/><w:kern w:val="2"/><w:sz w:val="%[1]d"/><w:szCs w:val="%[1]d"/>`, bodySize, condense)
	b.WriteString(`<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`)
	b.WriteString(`</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>`)
	b.WriteString(noWidowCtrl + noOverflowDefault + offGrid + exactLine + `<w:jc w:val="both"/>`)
	b.WriteString(`</w:pPr></w:pPrDefault></w:docDefaults>`)

	// Normal: the body paragraph.
	b.WriteString(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>`)
	b.WriteString(`<w:pPr>` + noWidowCtrl + noOverflow + offGrid + exactLine + indentTwo + `<w:jc w:val="both"/></w:pPr>`)
	b.WriteString(`<w:rPr>` + rFonts(f.Latin, f.Body) + plainRun(bodySize, condense) + `</w:rPr></w:style>`)

	b.WriteString(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">` +
		`<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)

	// Title: 2号 小标宋, centred, followed by one empty grid line.
	b.WriteString(`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>`)
	fmt.Fprintf(&b, `<w:pPr><w:keepNext/>`+offGrid+`<w:spacing w:before="0" w:after="%[1]d" w:line="%[1]d" w:lineRule="exact"/>%s<w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr>`, linePitch, indentNone)
	b.WriteString(`<w:rPr>` + rFonts(f.Title, f.Title) + plainRun(titleSize, 0) + `</w:rPr></w:style>`)

	// Headings: 一、 黑体; （一） 楷体; 1. and （1） in the body font.
	for lv := 1; lv <= 4; lv++ {
		font := headingFont(f, lv)
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="heading %d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="%s"/><w:qFormat/>`,
			headingStyle(lv), lv, runInStyle(lv))
		fmt.Fprintf(&b, `<w:pPr><w:keepNext/>%s%s%s<w:outlineLvl w:val="%d"/></w:pPr>`, offGrid, exactLine, indentTwo, lv-1)
		b.WriteString(`<w:rPr>` + rFonts(f.Latin, font) + plainRun(bodySize, condense) + `</w:rPr></w:style>`)
		fmt.Fprintf(&b, `<w:style w:type="character" w:customStyle="1" w:styleId="%s"><w:name w:val="Run-in Heading %d"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="%s"/>`,
			runInStyle(lv), lv, headingStyle(lv))
		b.WriteString(`<w:rPr>` + rFonts(f.Latin, font) + plainRun(bodySize, condense) + `</w:rPr></w:style>`)
	}

	// 落款: issuer and date, set flush right with computed right indents.
	for _, id := range []string{styleSignature, styleDate} {
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="%[1]s"><w:name w:val="%[1]s"/><w:basedOn w:val="Normal"/><w:qFormat/>`, id)
		b.WriteString(`<w:pPr><w:keepNext/>` + noOverflow + noAutoSpace + offGrid + exactLine + indentNone + `<w:jc w:val="right"/></w:pPr></w:style>`)
	}
	officialStyles(&b, f)

	// Footer: 4号 宋体 page numbers, off the line grid.
	b.WriteString(`<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>`)
	fmt.Fprintf(&b, `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>%s</w:pPr>`, pageNumberChar, indentNone)
	b.WriteString(`<w:rPr>` + rFonts(f.PageNumber, f.PageNumber) + plainRun(pageNumberSize, 0) + `</w:rPr></w:style>`)

	b.WriteString(`</w:styles>`)
	return b.String()
}

// officialStyles writes the styles of the 公文 elements and tables:
// Mark (the red 发文机关标志, 小标宋), DocNumber (the 发文字号, body font,
// no indent), AttachmentLabel (附件1 in 黑体 at the top left of a new
// page), Record (the 版记, 4号 body font), TableCaption (centred body
// text), TableText (4号 cells, exact 20 pt lines) and TableNote (4号).
func officialStyles(b *strings.Builder, f Fonts) {
	style := func(id, pPr, rPr string) {
		fmt.Fprintf(b, `<w:style w:type="paragraph" w:customStyle="1" w:styleId="%[1]s"><w:name w:val="%[1]s"/><w:basedOn w:val="Normal"/><w:qFormat/>`, id)
		b.WriteString(`<w:pPr>` + pPr + `</w:pPr><w:rPr>` + rPr + `</w:rPr></w:style>`)
	}
	noAuto := noWidowCtrl + noOverflow + noAutoSpace + offGrid
	style(styleMark, `<w:keepNext/>`+noAuto+exactLine+indentNone+`<w:jc w:val="center"/>`, rFonts(f.Title, f.Title)+plainRun(titleSize, 0))
	style(styleDocNumber, `<w:keepNext/>`+noAuto+exactLine+indentNone+`<w:jc w:val="center"/>`, rFonts(f.Latin, f.Body)+plainRun(bodySize, 0))
	style(styleAttachmentLabel, `<w:keepNext/><w:pageBreakBefore/>`+noAuto+exactLine+indentNone+`<w:jc w:val="left"/>`, rFonts(f.Latin, f.Heading1)+plainRun(bodySize, 0))
	tableLines := fmt.Sprintf(`<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>`, tableLine)
	style(styleRecord, noAuto+exactLine+indentNone+`<w:jc w:val="left"/>`, rFonts(f.Latin, f.Body)+plainRun(recordSize, 0))
	style(styleTableCaption, `<w:keepNext/>`+noAuto+exactLine+indentNone+`<w:jc w:val="center"/>`, rFonts(f.Latin, f.Body)+plainRun(bodySize, condense))
	style(styleTableText, noAuto+tableLines+indentNone+`<w:jc w:val="left"/>`, rFonts(f.Latin, f.Body)+plainRun(tableSize, 0))
	style(styleTableNote, noAuto+tableLines+indentNone+`<w:jc w:val="both"/>`, rFonts(f.Latin, f.Body)+plainRun(tableSize, 0))
}

// headingFont returns the East Asian font of heading level lv.
func headingFont(f Fonts, lv int) string {
	switch lv {
	case 1:
		return f.Heading1
	case 2:
		return f.Heading2
	}
	return f.Body
}
