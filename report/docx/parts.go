package docx

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi/summary"
)

// XML namespaces and relationship types of Office Open XML.
const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW       = `http://schemas.openxmlformats.org/wordprocessingml/2006/main`
	nsR       = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`
	nsMC      = `http://schemas.openxmlformats.org/markup-compatibility/2006`
	nsW14     = `http://schemas.microsoft.com/office/word/2010/wordml`
	nsW15     = `http://schemas.microsoft.com/office/word/2012/wordml`
	relBase   = `http://schemas.openxmlformats.org/officeDocument/2006/relationships/`
	ctBase    = `application/vnd.openxmlformats-officedocument.`
)

// Part names, in the order they are written.
const (
	partContentTypes = "[Content_Types].xml"
	partRels         = "_rels/.rels"
	partCore         = "docProps/core.xml"
	partApp          = "docProps/app.xml"
	partDocument     = "word/document.xml"
	partStyles       = "word/styles.xml"
	partSettings     = "word/settings.xml"
	partFontTable    = "word/fontTable.xml"
	partFooterOdd    = "word/footer1.xml"
	partFooterEven   = "word/footer2.xml"
	partDocRels      = "word/_rels/document.xml.rels"
)

// Relationship IDs of word/document.xml.
const (
	ridStyles     = "rIdStyles"
	ridSettings   = "rIdSettings"
	ridFontTable  = "rIdFontTable"
	ridFooterOdd  = "rIdFooterOdd"
	ridFooterEven = "rIdFooterEven"
)

// buildParts returns every part of the package in a fixed order.
func buildParts(d *summary.Document, cfg *config) ([]part, error) {
	body, err := documentXML(d, cfg)
	if err != nil {
		return nil, err
	}
	parts := []part{
		{partContentTypes, contentTypesXML(cfg)},
		{partRels, packageRelsXML()},
		{partCore, coreXML(d)},
		{partApp, appXML()},
		{partDocument, body},
		{partStyles, stylesXML(cfg.fonts)},
		{partSettings, settingsXML()},
		{partFontTable, fontTableXML(cfg.fonts)},
	}
	if cfg.pageNumbers {
		parts = append(parts,
			part{partFooterOdd, footerXML(true)},
			part{partFooterEven, footerXML(false)})
	}
	parts = append(parts, part{partDocRels, documentRelsXML(cfg)})
	return parts, nil
}

func contentTypesXML(cfg *config) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	over := func(name, ct string) {
		fmt.Fprintf(&b, `<Override PartName="/%s" ContentType="%s"/>`, name, ct)
	}
	over(partDocument, ctBase+"wordprocessingml.document.main+xml")
	over(partStyles, ctBase+"wordprocessingml.styles+xml")
	over(partSettings, ctBase+"wordprocessingml.settings+xml")
	over(partFontTable, ctBase+"wordprocessingml.fontTable+xml")
	if cfg.pageNumbers {
		over(partFooterOdd, ctBase+"wordprocessingml.footer+xml")
		over(partFooterEven, ctBase+"wordprocessingml.footer+xml")
	}
	over(partCore, "application/vnd.openxmlformats-package.core-properties+xml")
	over(partApp, ctBase+"extended-properties+xml")
	b.WriteString(`</Types>`)
	return b.String()
}

func packageRelsXML() string {
	return xmlHeader +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rIdDocument" Type="` + relBase + `officeDocument" Target="` + partDocument + `"/>` +
		`<Relationship Id="rIdCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="` + partCore + `"/>` +
		`<Relationship Id="rIdApp" Type="` + relBase + `extended-properties" Target="` + partApp + `"/>` +
		`</Relationships>`
}

func documentRelsXML(cfg *config) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	rel := func(id, typ, target string) {
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s%s" Target="%s"/>`, id, relBase, typ, target)
	}
	rel(ridStyles, "styles", "styles.xml")
	rel(ridSettings, "settings", "settings.xml")
	rel(ridFontTable, "fontTable", "fontTable.xml")
	if cfg.pageNumbers {
		rel(ridFooterOdd, "footer", "footer1.xml")
		rel(ridFooterEven, "footer", "footer2.xml")
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

// coreXML holds the title, the creator (the issuer) and the creation and
// modification dates: the document's Date at 00:00:00 UTC, left out when
// the Date is zero. The clock is never read.
func coreXML(d *summary.Document) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	fmt.Fprintf(&b, `<dc:title>%s</dc:title>`, esc(oneLine(d.Title)))
	if d.Issuer != "" {
		fmt.Fprintf(&b, `<dc:creator>%s</dc:creator>`, esc(oneLine(d.Issuer)))
		fmt.Fprintf(&b, `<cp:lastModifiedBy>%s</cp:lastModifiedBy>`, esc(oneLine(d.Issuer)))
	}
	b.WriteString(`<dc:language>zh-CN</dc:language>`)
	if !d.Date.IsZero() {
		ts := fmt.Sprintf("%04d-%02d-%02dT00:00:00Z", d.Date.Year, int(d.Date.Month), d.Date.Day)
		fmt.Fprintf(&b, `<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>`, ts)
		fmt.Fprintf(&b, `<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>`, ts)
	}
	b.WriteString(`</cp:coreProperties>`)
	return b.String()
}

// oneLine turns tabs and line breaks into spaces, for metadata fields.
func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\r\n", " ")
	return strings.NewReplacer("\r", " ", "\n", " ", "\t", " ").Replace(s)
}

func appXML() string {
	return xmlHeader +
		`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"` +
		` xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
		`<Application>lvzhi</Application><DocSecurity>0</DocSecurity>` +
		`</Properties>`
}

// settingsXML turns on separate odd and even footers, keeps full-width
// punctuation uncompressed (one grid cell each, as in printed 公文) and
// declares Word 2013+ compatibility.
func settingsXML() string {
	return xmlHeader +
		`<w:settings xmlns:w="` + nsW + `">` +
		`<w:zoom w:percent="100"/>` +
		`<w:evenAndOddHeaders/>` +
		`<w:defaultTabStop w:val="420"/>` +
		`<w:characterSpacingControl w:val="doNotCompress"/>` +
		`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		`<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>` +
		`</w:settings>`
}

// fontHint is what word/fontTable.xml says about a font so that a program
// lacking it can pick a similar one.
type fontHint struct {
	alt, panose, family, pitch string
}

// hintFor returns the hints for the default fonts and their substitutes.
// altName names the common system font of the same style (仿宋 and 楷体
// ship with Windows, the _GB2312 versions often do not; FangSong, KaiTi,
// SimHei and SimSun are their English names, which WPS and Word on other
// systems know); the Latin font is declared as a serif.
func hintFor(name string) (fontHint, bool) {
	switch name {
	case "方正小标宋简体":
		return fontHint{alt: "宋体", family: "auto", pitch: "variable"}, true
	case "仿宋_GB2312":
		return fontHint{alt: "仿宋", panose: "02010609030101010101", family: "modern", pitch: "fixed"}, true
	case "楷体_GB2312":
		return fontHint{alt: "楷体", panose: "02010609030101010101", family: "modern", pitch: "fixed"}, true
	case "黑体":
		return fontHint{alt: "SimHei", panose: "02010609060101010101", family: "modern", pitch: "fixed"}, true
	case "宋体":
		return fontHint{alt: "SimSun", panose: "02010600030101010101", family: "auto", pitch: "variable"}, true
	case "仿宋":
		return fontHint{alt: "FangSong", panose: "02010609060101010101", family: "modern", pitch: "fixed"}, true
	case "楷体":
		return fontHint{alt: "KaiTi", panose: "02010609060101010101", family: "modern", pitch: "fixed"}, true
	case "Times New Roman":
		return fontHint{panose: "02020603050405020304", family: "roman", pitch: "variable"}, true
	}
	return fontHint{}, false
}

func fontTableXML(f Fonts) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:fonts xmlns:w="` + nsW + `">`)
	seen := map[string]bool{}
	names := []string{f.Latin, f.Body, f.Title, f.Heading1, f.Heading2, f.PageNumber}
	// The substitutes are declared too, each with its own substitute, so
	// that a program lacking 仿宋_GB2312 and 仿宋 still finds FangSong.
	for _, name := range names[1:] {
		for h, ok := hintFor(name); ok && h.alt != ""; h, ok = hintFor(h.alt) {
			names = append(names, h.alt)
		}
	}
	for _, name := range names {
		if seen[name] {
			continue
		}
		seen[name] = true
		fmt.Fprintf(&b, `<w:font w:name="%s">`, esc(name))
		h, known := hintFor(name)
		if h.alt != "" {
			fmt.Fprintf(&b, `<w:altName w:val="%s"/>`, esc(h.alt))
		}
		if h.panose != "" {
			fmt.Fprintf(&b, `<w:panose1 w:val="%s"/>`, h.panose)
		}
		switch {
		case name == f.Latin && known:
			b.WriteString(`<w:charset w:val="00"/>`)
		case name != f.Latin:
			b.WriteString(`<w:charset w:val="86"/>`)
		}
		if h.family != "" {
			fmt.Fprintf(&b, `<w:family w:val="%s"/><w:pitch w:val="%s"/>`, h.family, h.pitch)
		}
		b.WriteString(`</w:font>`)
	}
	b.WriteString(`</w:fonts>`)
	return b.String()
}
