package docx_test

import (
	"path"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/report/internal/sample"
)

func TestPageSetup(t *testing.T) {
	p := render(t, sample.Document())
	doc := parseXML(t, p.parts["word/document.xml"])
	sect := "body/sectPr/"
	for _, tc := range []struct{ path, attr, want string }{
		{"pgSz", "w", "11906"},
		{"pgSz", "h", "16838"},
		{"pgMar", "top", "2098"},
		{"pgMar", "bottom", "1984"},
		{"pgMar", "left", "1587"},
		{"pgMar", "right", "1474"},
		{"pgMar", "footer", "1445"},
		{"docGrid", "type", "linesAndChars"},
		{"docGrid", "linePitch", "579"},
		{"docGrid", "charSpace", "-842"},
	} {
		assert.Equal(t, tc.want, doc.attr(t, sect+tc.path, tc.attr), "%s/@%s", tc.path, tc.attr)
	}
}

func TestStyles(t *testing.T) {
	p := render(t, sample.Document())
	styles := parseXML(t, p.parts["word/styles.xml"])
	tests := []struct {
		id, path, attr, want string
	}{
		{"Normal", "pPr/spacing", "line", "579"},
		{"Normal", "pPr/spacing", "lineRule", "exact"},
		{"Normal", "pPr/ind", "firstLineChars", "200"},
		{"Normal", "pPr/ind", "firstLine", "640"},
		{"Normal", "pPr/jc", "val", "both"},
		{"Normal", "rPr/rFonts", "eastAsia", "仿宋_GB2312"},
		{"Normal", "rPr/rFonts", "ascii", "Times New Roman"},
		{"Normal", "rPr/rFonts", "hAnsi", "Times New Roman"},
		{"Normal", "rPr/sz", "val", "32"},
		{"Normal", "rPr/spacing", "val", "-6"},
		{"Title", "pPr/jc", "val", "center"},
		{"Title", "pPr/ind", "firstLineChars", "0"},
		{"Title", "rPr/rFonts", "eastAsia", "方正小标宋简体"},
		{"Title", "rPr/sz", "val", "44"},
		{"Title", "rPr/b", "val", "0"},
		{"Heading1", "rPr/rFonts", "eastAsia", "黑体"},
		{"Heading1", "rPr/sz", "val", "32"},
		{"Heading1", "rPr/b", "val", "0"},
		{"Heading1", "pPr/outlineLvl", "val", "0"},
		{"Heading1", "pPr/ind", "firstLineChars", "200"},
		{"Heading2", "rPr/rFonts", "eastAsia", "楷体_GB2312"},
		{"Heading2", "pPr/outlineLvl", "val", "1"},
		{"Heading3", "rPr/rFonts", "eastAsia", "仿宋_GB2312"},
		{"Heading4", "rPr/rFonts", "eastAsia", "仿宋_GB2312"},
		{"RunInHeading1", "rPr/rFonts", "eastAsia", "黑体"},
		{"RunInHeading2", "rPr/rFonts", "eastAsia", "楷体_GB2312"},
		{"RunInHeading3", "rPr/rFonts", "eastAsia", "仿宋_GB2312"},
		{"Footer", "rPr/sz", "val", "28"},
		{"Footer", "rPr/rFonts", "ascii", "宋体"},
		{"Footer", "rPr/rFonts", "eastAsia", "宋体"},
	}
	for _, tc := range tests {
		s := style(t, styles, tc.id)
		assert.Equal(t, tc.want, s.attr(t, tc.path, tc.attr), "%s %s/@%s", tc.id, tc.path, tc.attr)
	}
	assert.Equal(t, "heading 1", style(t, styles, "Heading1").attr(t, "name", "val"))
	assert.Equal(t, "仿宋_GB2312", styles.attr(t, "docDefaults/rPrDefault/rPr/rFonts", "eastAsia"))
}

func TestFootersAndSettings(t *testing.T) {
	p := render(t, sample.Document())
	settings := parseXML(t, p.parts["word/settings.xml"])
	assert.NotNil(t, settings.find("evenAndOddHeaders"))

	// The section's default footer is the odd one, on the right.
	doc := parseXML(t, p.parts["word/document.xml"])
	rels := parseXML(t, p.parts["word/_rels/document.xml.rels"])
	target := map[string]string{}
	for _, r := range rels.all("Relationship") {
		target[r.attrs["Id"]] = r.attrs["Target"]
	}
	refs := map[string]string{}
	for _, fr := range doc.all("footerReference") {
		refs[fr.attrs["type"]] = target[fr.attrs["id"]]
	}
	require.Equal(t, map[string]string{"default": "footer1.xml", "even": "footer2.xml"}, refs)

	for _, tc := range []struct {
		part, jc, side, cached string
	}{
		{"word/footer1.xml", "right", "right", "1"},
		{"word/footer2.xml", "left", "left", "2"},
	} {
		ftr := parseXML(t, p.parts[tc.part])
		assert.Equal(t, tc.jc, ftr.attr(t, "p/pPr/jc", "val"), tc.part)
		assert.Equal(t, "280", ftr.attr(t, "p/pPr/ind", tc.side), tc.part)
		assert.Equal(t, "— "+tc.cached+" —", ftr.find("p").plain(), tc.part)
		instr := ftr.all("instrText")
		require.Len(t, instr, 1)
		assert.Equal(t, " PAGE ", instr[0].text)
		var kinds []string
		for _, fc := range ftr.all("fldChar") {
			kinds = append(kinds, fc.attrs["fldCharType"])
		}
		assert.Equal(t, []string{"begin", "separate", "end"}, kinds)
	}
}

func TestBodyParagraphs(t *testing.T) {
	p := render(t, sample.Document())
	paras := p.paragraphs(t)
	styleOf := func(n *node) string { return n.attr(t, "pPr/pStyle", "val") }

	want := []struct{ style, text string }{
		{"Title", "柳州市某区政协2022年上半年工作总结"},
		{"Normal", "2022年以来，"},
		{"Heading1", "一、召开区政协九届三次会议，发扬民主建言献策"},
		{"Normal", "全会于1月8日至10日召开。"},
		{"Heading1", "二、做好提案工作，充分发挥提案工作的作用"},
		{"Normal", "九届三次会议以来"},
		{"Heading2", "（一）召开提案交办会议"},
		{"Normal", "5月3日"},
		{"Heading1", "三、扎实推进各项基础性工作，促进政协工作全面上水平"},
		{"Normal", "1.举办常委学习班，提升履职能力。与其他城区"},
		{"Normal", "2.抓好委员小组活动。上半年"},
		{"Normal", "上半年工作取得了一定成绩，但同时也存在不足，主要是：委员活动小组开展工作不平衡，界别作用还不够充分。这些问题需要在下半年工作中认真加以改进。"},
		{"Heading1", "四、下半年工作打算"},
		{"Normal", "1.深化专题调研。"},
		{"Signature", "柳州市某区政协"},
		{"Date", "2022年7月8日"},
	}
	require.Len(t, paras, len(want))
	for i, w := range want {
		assert.Equal(t, w.style, styleOf(paras[i]), "paragraph %d", i)
		assert.Contains(t, paras[i].plain(), w.text, "paragraph %d", i)
		if w.style != "Normal" {
			assert.Equal(t, w.text, paras[i].plain(), "paragraph %d", i)
		}
	}

	// Run-in heading: a run in the heading's character style, then the
	// body text in the same paragraph.
	runs := paras[9].all("r")
	require.Len(t, runs, 2)
	assert.Equal(t, "RunInHeading3", runs[0].attr(t, "rPr/rStyle", "val"))
	assert.Equal(t, "1.举办常委学习班，提升履职能力。", runs[0].plain())
	assert.Nil(t, runs[1].find("rPr"))

	// 落款: date four characters (4 × 320 twips) from the right; the
	// issuer (7 characters) centred on the date (6 characters: four digits
	// count one half each), so half a character further right.
	assert.Equal(t, "1280", paras[15].attr(t, "pPr/ind", "right"))
	assert.Equal(t, "1120", paras[14].attr(t, "pPr/ind", "right"))
	assert.Equal(t, "579", paras[14].attr(t, "pPr/spacing", "before"), "one empty line before the 落款")
}

func TestClosingPlacement(t *testing.T) {
	tests := []struct {
		name, issuer     string
		noDate           bool
		issuerIndent     string // "" when absent
		dateIndent       string
		issuerParagraphs int
	}{
		{"short issuer", "区政协", false, "1760", "1280", 1},              // 4 + (6−3)/2 = 5.5 chars
		{"long issuer", "柳州市某区政协办公室文史资料委员会编辑部", false, "0", "1280", 1}, // 4 + (6−20)/2 < 0
		{"issuer without date", "区政协", true, "1280", "", 1},
		{"date without issuer", "", false, "", "1280", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := sample.Document()
			d.Issuer = tc.issuer
			if tc.noDate {
				d.Date = lvzhi.Date{}
			}
			paras := render(t, d).paragraphs(t)
			var sig, date *node
			for _, para := range paras {
				switch para.attr(t, "pPr/pStyle", "val") {
				case "Signature":
					sig = para
				case "Date":
					date = para
				}
			}
			if tc.issuerIndent != "" {
				require.NotNil(t, sig)
				assert.Equal(t, tc.issuerIndent, sig.attr(t, "pPr/ind", "right"))
			} else {
				assert.Nil(t, sig)
			}
			if tc.dateIndent != "" {
				require.NotNil(t, date)
				assert.Equal(t, tc.dateIndent, date.attr(t, "pPr/ind", "right"))
			} else {
				assert.Nil(t, date)
			}
		})
	}
}

func TestCoreProperties(t *testing.T) {
	p := render(t, sample.Document())
	core := parseXML(t, p.parts["docProps/core.xml"])
	assert.Equal(t, "柳州市某区政协2022年上半年工作总结", core.find("title").text)
	assert.Equal(t, "柳州市某区政协", core.find("creator").text)
	assert.Equal(t, "2022-07-08T00:00:00Z", core.find("created").text)
	assert.Equal(t, "2022-07-08T00:00:00Z", core.find("modified").text)

	d := sample.Document()
	d.Date = lvzhi.Date{}
	d.Issuer = ""
	core = parseXML(t, render(t, d).parts["docProps/core.xml"])
	assert.Nil(t, core.find("created"))
	assert.Nil(t, core.find("modified"))
	assert.Nil(t, core.find("creator"))
}

func TestWithoutPageNumbers(t *testing.T) {
	p := render(t, sample.Document(), docx.WithoutPageNumbers())
	assert.NotContains(t, p.names, "word/footer1.xml")
	assert.NotContains(t, p.names, "word/footer2.xml")
	doc := parseXML(t, p.parts["word/document.xml"])
	assert.Empty(t, doc.all("footerReference"))
	assert.NotContains(t, string(p.parts["[Content_Types].xml"]), "footer")
	assert.NotContains(t, string(p.parts["word/_rels/document.xml.rels"]), "footer")
}

func TestWithFonts(t *testing.T) {
	p := render(t, sample.Document(), docx.WithFonts(docx.Fonts{Body: "方正仿宋_GBK", Heading1: "方正黑体_GBK"}))
	styles := parseXML(t, p.parts["word/styles.xml"])
	assert.Equal(t, "方正仿宋_GBK", style(t, styles, "Normal").attr(t, "rPr/rFonts", "eastAsia"))
	assert.Equal(t, "方正黑体_GBK", style(t, styles, "Heading1").attr(t, "rPr/rFonts", "eastAsia"))
	assert.Equal(t, "楷体_GB2312", style(t, styles, "Heading2").attr(t, "rPr/rFonts", "eastAsia"), "unset fields keep the default")
	fonts := parseXML(t, p.parts["word/fontTable.xml"])
	var names []string
	for _, f := range fonts.all("font") {
		names = append(names, f.attrs["name"])
	}
	// The fonts in use, then the substitutes of the defaults among them,
	// each once: 宋体 (for 方正小标宋简体) → SimSun, 楷体 → KaiTi.
	assert.Equal(t, []string{"Times New Roman", "方正仿宋_GBK", "方正小标宋简体", "方正黑体_GBK", "楷体_GB2312", "宋体", "SimSun", "楷体", "KaiTi"}, names)
}

// TestPackageIntegrity checks that every part is well-formed XML, that every
// relationship target exists, that every part has a content type, and that
// the zip entries are deflated, dated 1980-01-01 and carry no extra fields.
func TestPackageIntegrity(t *testing.T) {
	for _, opts := range [][]docx.Option{nil, {docx.WithoutPageNumbers()}} {
		p := render(t, sample.Document(), opts...)
		for _, name := range p.names {
			parseXML(t, p.parts[name]) // fails the test if not well-formed
		}
		for _, relPart := range []string{"_rels/.rels", "word/_rels/document.xml.rels"} {
			base := path.Dir(path.Dir(relPart)) // the folder of the source part
			for _, r := range parseXML(t, p.parts[relPart]).all("Relationship") {
				target := path.Join(base, r.attrs["Target"])
				assert.Contains(t, p.parts, target, "target of %s in %s", r.attrs["Id"], relPart)
			}
		}
		ct := parseXML(t, p.parts["[Content_Types].xml"])
		overrides := map[string]bool{}
		for _, o := range ct.all("Override") {
			overrides[o.attrs["PartName"]] = true
			assert.Contains(t, p.parts, o.attrs["PartName"][1:])
		}
		for _, name := range p.names {
			if path.Ext(name) == ".xml" && name != "[Content_Types].xml" {
				assert.True(t, overrides["/"+name], "content type of %s", name)
			}
		}
		for _, f := range p.files {
			assert.Equal(t, uint16(8), f.Method, f.Name) // deflate
			assert.Empty(t, f.Extra, f.Name)
			assert.Equal(t, "1980-01-01 00:00:00", f.Modified.Format("2006-01-02 15:04:05"), f.Name)
		}
	}
}
