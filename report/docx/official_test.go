package docx_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/report/internal/sample"
	"github.com/lvzhi-go/lvzhi/summary"
)

// styled is a paragraph's style and text.
type styled struct{ style, text string }

func styledParagraphs(t *testing.T, p pkg) []styled {
	t.Helper()
	var out []styled
	for _, para := range p.paragraphs(t) {
		s := ""
		if ps := para.find("pPr/pStyle"); ps != nil {
			s = ps.attrs["val"]
		}
		out = append(out, styled{s, para.plain()})
	}
	return out
}

// TestOfficialOrder checks that every 公文 element is present, in the
// order of GB/T 9704-2012: 版头, title, 主送, body with its table,
// 附件说明, 落款, 附注, the attachments, and the 版记 last.
func TestOfficialOrder(t *testing.T) {
	ps := styledParagraphs(t, render(t, sample.Official()))
	want := []styled{
		{"Mark", "柳州市某区政协办公室文件"},
		{"DocNumber", "区政协办发〔2022〕12号"},
		{"Title", "柳州市某区政协2022年上半年工作总结"},
		{"Normal", "中共柳州市某区委员会："},
		{"TableCaption", "提案审查情况"},
		{"TableText", "审查结果"},
		{"TableText", "合计"},
		{"Normal", "附件：1.2022年上半年提案办理情况统计表"},
		{"Normal", "2.2022年下半年重点调研课题"},
		{"Signature", "柳州市某区政协"},
		{"Date", "2022年7月8日"},
		{"Normal", "（联系人：区政协办公室，电话：3812345）"},
		{"AttachmentLabel", "附件1"},
		{"Title", "2022年上半年提案办理情况统计表"},
		{"TableText", "承办单位"},
		{"TableNote", "注：一件提案由多个单位办理的，分别计入各单位。"},
		{"AttachmentLabel", "附件2"},
		{"Title", "2022年下半年重点调研课题"},
		{"Normal", "二、推进老旧小区改造。"},
		{"Record", "抄送：柳州市政协办公室，区人大常委会办公室，区政府办公室。"},
		{"Record", "柳州市某区政协办公室\t2022年7月8日印发"},
	}
	i := 0
	for _, p := range ps {
		if i < len(want) && p == want[i] {
			i++
		}
	}
	require.Equal(t, len(want), i, "element %d (%v) missing or out of order", i, want[min(i, len(want)-1)])
	// Nothing but the empty paragraphs that anchor and close the 版记
	// follows it.
	last := ps[len(ps)-1]
	assert.Equal(t, "", last.text)
}

func find(t *testing.T, p pkg, style, text string) *node {
	t.Helper()
	for _, para := range p.paragraphs(t) {
		if ps := para.find("pPr/pStyle"); ps != nil && ps.attrs["val"] == style && strings.HasPrefix(para.plain(), text) {
			return para
		}
	}
	require.Failf(t, "paragraph not found", "%s %q", style, text)
	return nil
}

// TestOfficialGeometry checks the 版头, 附件说明, 落款 and attachment
// measures in twips (1 mm = 56.69 twips; one 3号 character = 320).
func TestOfficialGeometry(t *testing.T) {
	p := render(t, sample.Official())
	mark := find(t, p, "Mark", "柳州市")
	// 35 mm (1984) below the top of the block, less the 31 twips between
	// the line's top and the ink of the characters.
	assert.Equal(t, "1953", mark.attr(t, "pPr/spacing", "before"))
	assert.Equal(t, "1040", mark.attr(t, "pPr/spacing", "line"))
	assert.Equal(t, "FF0000", mark.attr(t, "r/rPr/color", "val"))
	assert.Equal(t, "96", mark.attr(t, "r/rPr/sz", "val"))
	// 12 characters of 48 pt (11520 twips) shrink to the 8845-twip block
	// (76.8 %), with 2 % to spare.
	assert.Equal(t, "74", mark.attr(t, "r/rPr/w", "val"))

	num := find(t, p, "DocNumber", "区政协办发")
	assert.Equal(t, "1158", num.attr(t, "pPr/spacing", "before"), "two empty lines below the mark")
	assert.Equal(t, "FF0000", num.attr(t, "pPr/pBdr/bottom", "color"))
	assert.Equal(t, "8", num.attr(t, "pPr/pBdr/bottom", "space"), "4 mm from the characters to the line")

	title := find(t, p, "Title", "柳州市某区政协2022")
	assert.Equal(t, "1158", title.attr(t, "pPr/spacing", "before"), "two empty lines below the red line")
	to := find(t, p, "Normal", "中共柳州市某区委员会：")
	assert.Equal(t, "0", to.attr(t, "pPr/ind", "firstLine"), "主送 flush left")

	list := find(t, p, "Normal", "附件：1.")
	assert.Equal(t, "579", list.attr(t, "pPr/spacing", "before"), "one empty line below the body")
	assert.Equal(t, "1600", list.attr(t, "pPr/ind", "left"))
	assert.Equal(t, "960", list.attr(t, "pPr/ind", "hanging"), "附件： starts two characters in")
	assert.Equal(t, "1600", find(t, p, "Normal", "2.2022").attr(t, "pPr/ind", "left"), "names aligned")

	// Sealed: the date 右空四字, the 7-character issuer centred on the
	// 6-character date: 4 + (6 − 7)/2 = 3.5 characters.
	date := find(t, p, "Date", "2022年")
	assert.Equal(t, "1280", date.attr(t, "pPr/ind", "right"))
	// Written with word joiners at each change of script, so that
	// LibreOffice (which ignores w:autoSpaceDE/DN) sets it solid too.
	assert.Equal(t, "2022\u2060年\u20607\u2060月\u20608\u2060日", date.find("r/t").text)
	assert.Equal(t, "1120", find(t, p, "Signature", "柳州").attr(t, "pPr/ind", "right"))

	label := find(t, p, "AttachmentLabel", "附件1")
	assert.Nil(t, label.find("pPr/pageBreakBefore"), "the page break is in the style")
	at := find(t, p, "Title", "2022年上半年提案")
	assert.Equal(t, "579", at.attr(t, "pPr/spacing", "before"), "attachment title on the third line")

	styles := parseXML(t, p.parts["word/styles.xml"])
	assert.NotNil(t, style(t, styles, "AttachmentLabel").find("pPr/pageBreakBefore"))
	assert.Equal(t, "黑体", style(t, styles, "AttachmentLabel").attr(t, "rPr/rFonts", "eastAsia"))
	assert.Equal(t, "28", style(t, styles, "Record").attr(t, "rPr/sz", "val"), "版记 in 4号")
	assert.Equal(t, "仿宋_GB2312", style(t, styles, "TableText").attr(t, "rPr/rFonts", "eastAsia"))
}

// TestUnsealed checks §7.3.5.2: the issuer 右空二字, the date starting two
// characters right of the issuer's first character; a date longer than
// that allows keeps 右空二字 and the issuer moves left.
func TestUnsealed(t *testing.T) {
	for _, tc := range []struct {
		issuer         string
		issuerR, dateR string
		issuerW, dateW float64
	}{
		// 10-character issuer, 6-character date: the date starts where the
		// issuer does (its 10 characters advance 314 twips each and end
		// 640 twips from the right edge) plus 640: 8845 − 3140 = 5705.
		{"柳州市某区政协委员会", "640", "", 10, 6},
		// 7-character issuer: 7 − 6 = 1 < 2, so the date takes 2 and the
		// issuer 4 + 6 − 7 = 3.
		{"柳州市某区政协", "960", "640", 7, 6},
	} {
		d := sample.Official()
		d.Issuer, d.Unsealed = tc.issuer, true
		p := render(t, d)
		is := find(t, p, "Signature", tc.issuer)
		date := find(t, p, "Date", "2022年")
		assert.Equal(t, tc.issuerR, is.attr(t, "pPr/ind", "right"), tc.issuer)
		ir, _ := strconv.Atoi(tc.issuerR)
		issuerStart := 28 - float64(ir)/320 - tc.issuerW
		var dateStart float64
		if tc.dateR == "" {
			assert.Equal(t, "left", date.attr(t, "pPr/jc", "val"))
			assert.Equal(t, "5705", date.attr(t, "pPr/ind", "left"))
			// Positions in body characters of 320 twips, the unit of the
			// indents: the offset is 640 twips.
			issuerStart = (8845 - 640 - 10*314) / 320.0
			dateStart = 5705 / 320.0
		} else {
			assert.Equal(t, tc.dateR, date.attr(t, "pPr/ind", "right"), tc.issuer)
			dr, _ := strconv.Atoi(tc.dateR)
			dateStart = 28 - float64(dr)/320 - tc.dateW
		}
		assert.InDelta(t, 2, dateStart-issuerStart, 0.01, "the date starts two characters right of the issuer")
		assert.Equal(t, "579", is.attr(t, "pPr/spacing", "before"), "one empty line below the body")
	}
}

// TestTables checks the table grid: as wide as the block, merged header
// cells, header rows repeated, numbers right-aligned.
func TestTables(t *testing.T) {
	p := render(t, sample.Official())
	doc := parseXML(t, p.parts["word/document.xml"])
	tbls := doc.find("body").all("tbl")
	require.GreaterOrEqual(t, len(tbls), 3, "review table, unit table, 版记")
	unit := tbls[1]
	assert.Equal(t, "8845", unit.attr(t, "tblPr/tblW", "w"))
	sum := 0
	for _, g := range unit.find("tblGrid").all("gridCol") {
		n, err := strconv.Atoi(g.attrs["w"])
		require.NoError(t, err)
		sum += n
	}
	assert.Equal(t, 8845, sum, "the columns fill the text block")
	rows := unit.all("tr")
	require.Len(t, rows, 6, "2 header rows, 3 body rows, the total")
	for i, r := range rows {
		assert.Equal(t, i < 2, r.find("trPr/tblHeader") != nil, "row %d repeats on each page only if it is a header row", i)
	}
	head := rows[0].all("tc")
	require.Len(t, head, 3)
	assert.Equal(t, "restart", head[0].attr(t, "tcPr/vMerge", "val"), "承办单位 spans two rows")
	assert.Equal(t, "2", head[1].attr(t, "tcPr/gridSpan", "val"), "交办件数 spans two columns")
	second := rows[1].all("tc")
	require.Len(t, second, 5)
	assert.NotNil(t, second[0].find("tcPr/vMerge"), "continued under 承办单位")
	assert.Empty(t, second[0].find("tcPr/vMerge").attrs["val"])
	assert.Equal(t, "center", second[1].attr(t, "p/pPr/jc", "val"), "header centred")
	body := rows[2].all("tc")
	assert.Equal(t, "left", body[0].attr(t, "p/pPr/jc", "val"))
	assert.Equal(t, "right", body[1].attr(t, "p/pPr/jc", "val"), "numbers right")
	assert.Equal(t, "8", unit.attr(t, "tblPr/tblBorders/top", "sz"))
	assert.Equal(t, "4", unit.attr(t, "tblPr/tblBorders/insideH", "sz"))
}

// TestRecord checks the 版记: anchored to the bottom of the text block, as
// wide as the block, rules 0.35 / 0.25 / 0.35 mm, rows of exact height.
func TestRecord(t *testing.T) {
	p := render(t, sample.Official())
	doc := parseXML(t, p.parts["word/document.xml"])
	anchors := doc.all("anchor")
	require.Len(t, anchors, 1)
	a := anchors[0]
	assert.Equal(t, "margin", a.attr(t, "positionV", "relativeFrom"))
	assert.Equal(t, "bottom", a.find("positionV/align").text)
	assert.Equal(t, strconv.Itoa(8845*635), a.attr(t, "extent", "cx"))
	// Two one-line rows and the room for the rules.
	assert.Equal(t, strconv.Itoa((2*579+60)*635), a.attr(t, "extent", "cy"))
	tbl := a.all("tbl")[0]
	assert.Equal(t, "8", tbl.attr(t, "tblPr/tblBorders/top", "sz"), "1 pt = 0.35 mm")
	assert.Equal(t, "6", tbl.attr(t, "tblPr/tblBorders/insideH", "sz"), "0.75 pt = 0.26 mm")
	assert.Equal(t, "8", tbl.attr(t, "tblPr/tblBorders/bottom", "sz"))
	for _, r := range tbl.all("tr") {
		assert.Equal(t, "exact", r.attr(t, "trPr/trHeight", "hRule"))
	}
	cc := find(t, p, "Record", "抄送：")
	assert.Equal(t, "1120", cc.attr(t, "pPr/ind", "left"), "wrapped lines after the colon")
	assert.Equal(t, "840", cc.attr(t, "pPr/ind", "hanging"), "抄送 one character in")
	assert.Equal(t, "280", cc.attr(t, "pPr/ind", "right"))
	printed := find(t, p, "Record", "柳州市某区政协办公室")
	assert.Equal(t, "280", printed.attr(t, "pPr/ind", "left"))
	assert.Equal(t, "8565", printed.attr(t, "pPr/tabs/tab", "pos"), "印发日期 one character from the right")
}

func TestLongCC(t *testing.T) {
	d := sample.Official()
	d.Record.CC = append(d.Record.CC, "区法院", "区检察院", "区委办公室", "区委组织部")
	p := render(t, d)
	doc := parseXML(t, p.parts["word/document.xml"])
	tbl := doc.all("anchor")[0].all("tbl")[0]
	assert.Equal(t, "1158", tbl.all("tr")[0].attr(t, "trPr/trHeight", "val"), "two lines of 抄送")
}

func TestHeadVariants(t *testing.T) {
	d := sample.Official()
	d.Head = summary.Head{Copy: "000001", Secrecy: "秘密★1年", Urgency: "特急", Mark: "某区政协文件", Number: "区政协发〔2022〕3号", Signers: []string{"张三"}}
	p := render(t, d)
	ps := styledParagraphs(t, p)
	require.GreaterOrEqual(t, len(ps), 5)
	assert.Equal(t, []string{"000001", "秘密★1年", "特急"}, []string{ps[0].text, ps[1].text, ps[2].text}, "份号, 密级, 紧急程度 on the first lines")
	mark := find(t, p, "Mark", "某区政协文件")
	assert.Equal(t, strconv.Itoa(1984-3*579-31), mark.attr(t, "pPr/spacing", "before"), "35 mm counted from the block's top")
	assert.Equal(t, "100", mark.attr(t, "r/rPr/w", "val"), "a short mark keeps its width")
	num := find(t, p, "DocNumber", "\t区政协发")
	assert.Equal(t, "\t区政协发〔2022〕3号\t签发人：张三", num.plain())
	assert.Equal(t, "left", num.attr(t, "pPr/jc", "val"), "上行文: the number on the left")
	assert.Equal(t, "0", num.attr(t, "pPr/ind", "left"), "the paragraph spans the block, so its red line does")
	assert.Equal(t, "0", num.attr(t, "pPr/ind", "right"))
	assert.NotNil(t, num.find("pPr/pBdr/bottom"), "the red line under the number")
	require.NotNil(t, num.find("pPr/tabs"))
	tabs := num.find("pPr/tabs").all("tab")
	require.Len(t, tabs, 2)
	assert.Equal(t, []string{"left", "320"}, []string{tabs[0].attrs["val"], tabs[0].attrs["pos"]}, "左空一字")
	assert.Equal(t, []string{"right", strconv.Itoa(156*5670/100 - 320)}, []string{tabs[1].attrs["val"], tabs[1].attrs["pos"]}, "右空一字")
	assert.Equal(t, "楷体_GB2312", num.all("r")[1].attr(t, "rPr/rFonts", "eastAsia"), "the signer's name in 楷体")
}

// TestBookDrawingIDs checks that the 版记 text boxes of a book get
// distinct wp:docPr ids.
func TestBookDrawingIDs(t *testing.T) {
	var buf bytes.Buffer
	docs := []*summary.Document{sample.Official(), sample.Official()}
	require.NoError(t, docx.WriteBook(&buf, twoDocs(docs), "合订本", nil))
	p := unpack(t, buf.Bytes())
	var ids []string
	for _, d := range parseXML(t, p.parts["word/document.xml"]).all("docPr") {
		ids = append(ids, d.attrs["id"])
	}
	assert.Equal(t, []string{"1", "2"}, ids)
}

// twoDocs is a Batch of ready documents.
type twoDocs []*summary.Document

func (d twoDocs) Len() int                                  { return len(d) }
func (d twoDocs) Name(i int) string                         { return strconv.Itoa(i) + ".docx" }
func (d twoDocs) Document(i int) (*summary.Document, error) { return d[i], nil }

// TestCaptionAfterTable checks the empty line between a table and the
// caption of the next one, and its absence after a paragraph.
func TestCaptionAfterTable(t *testing.T) {
	d := sample.Official()
	d.Attachments[0].Tables = append(d.Attachments[0].Tables, sample.ReviewTable())
	d.Attachments[0].Tables[0].Title = "第一表"
	p := render(t, d)
	assert.Nil(t, find(t, p, "TableCaption", "第一表").find("pPr/spacing"), "right after the attachment title")
	var after []*node
	for _, para := range p.paragraphs(t) {
		if ps := para.find("pPr/pStyle"); ps != nil && ps.attrs["val"] == "TableCaption" && para.plain() == "提案审查情况" {
			after = append(after, para)
		}
	}
	require.Len(t, after, 2, "the review table in the section and in the attachment")
	assert.Nil(t, after[0].find("pPr/spacing"), "after a paragraph")
	assert.Equal(t, "579", after[1].attr(t, "pPr/spacing", "before"), "after a table")
}

// A title wider than the 20 characters of a 2号 line is broken where
// GB/T 9704 §7.3.2 wants it (words whole, the upper line not the longer),
// with a w:br that every program honours; one that fits is not.
func TestTitleLines(t *testing.T) {
	d := sample.Official()
	d.Title = "关于印发《柳州市某区政协委员履职量化考核办法（试行）》的通知"
	d.Attachments[0].Title = "区政协2022年上半年各界别委员履职情况统计表"
	p := render(t, d)
	title := find(t, p, "Title", "关于印发")
	assert.Equal(t, "关于印发《柳州市某区政协委员\n履职量化考核办法（试行）》的通知", title.plain())
	at := find(t, p, "Title", "区政协2022")
	assert.Equal(t, "区政协2022年上半年\n各界别委员履职情况统计表", at.plain())

	d.Title = "柳州市某区政协2022年上半年工作总结"
	assert.Equal(t, d.Title, find(t, render(t, d), "Title", "柳州").plain())
}
