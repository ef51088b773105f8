package docx

import (
	"fmt"
	"strings"
)

// footerXML returns the odd-page (odd) or even-page footer: the page number
// as a PAGE field between em dashes, "— 1 —", in the Footer style (4号 宋体).
// Odd pages put it on the right and even pages on the left, one 4号
// character in from the edge of the text block (GB/T 9704-2012 §7.5:
// 单页码居右空一字，双页码居左空一字). The cached field result is the first
// page of each kind ("1" and "2"); every program recomputes it.
func footerXML(odd bool) string {
	jc, ind, cached := "right", fmt.Sprintf(`w:right="%d"`, pageNumberChar), "1"
	if !odd {
		jc, ind, cached = "left", fmt.Sprintf(`w:left="%d"`, pageNumberChar), "2"
	}
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
	fmt.Fprintf(&b, `<w:p><w:pPr><w:pStyle w:val="Footer"/><w:ind %s/><w:jc w:val="%s"/></w:pPr>`, ind, jc)
	b.WriteString(`<w:r><w:t xml:space="preserve">— </w:t></w:r>`)
	b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r>`)
	b.WriteString(`<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`)
	b.WriteString(`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
	fmt.Fprintf(&b, `<w:r><w:t>%s</w:t></w:r>`, cached)
	b.WriteString(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
	b.WriteString(`<w:r><w:t xml:space="preserve"> —</w:t></w:r>`)
	b.WriteString(`</w:p></w:ftr>`)
	return b.String()
}
