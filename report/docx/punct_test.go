package docx_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report/internal/sample"
)

// pPrOrder is the order of the children of w:pPr in the schema
// (CT_PPrBase, then the rest of CT_PPr).
var pPrOrder = []string{
	"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
	"numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
	"kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
	"bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
	"mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
	"textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
}

// resolveMCE returns a copy of n with every mc:AlternateContent replaced by
// the content of its first mc:Choice whose Requires prefixes are all in
// understood, or else of its mc:Fallback, as ISO/IEC 29500-3 processes it.
func (n *node) resolveMCE(understood ...string) *node {
	out := &node{name: n.name, attrs: n.attrs, text: n.text}
	for _, c := range n.children {
		if c.name != "AlternateContent" {
			out.children = append(out.children, c.resolveMCE(understood...))
			continue
		}
		var taken *node
		for _, alt := range c.children {
			if alt.name == "Choice" && !slices.ContainsFunc(strings.Fields(alt.attrs["Requires"]), func(p string) bool {
				return !slices.Contains(understood, p)
			}) {
				taken = alt
				break
			}
			if alt.name == "Fallback" {
				taken = alt
			}
		}
		if taken != nil {
			for _, m := range taken.children {
				out.children = append(out.children, m.resolveMCE(understood...))
			}
		}
	}
	return out
}

// assertPPrOrder checks that the children of a w:pPr come in schema order.
func assertPPrOrder(t *testing.T, pPr *node, what string) {
	t.Helper()
	last := -1
	for _, c := range pPr.children {
		i := slices.Index(pPrOrder, c.name)
		require.GreaterOrEqual(t, i, 0, "%s: w:%s is not a paragraph property", what, c.name)
		assert.Greater(t, i, last, "%s: w:%s out of schema order", what, c.name)
		last = i
	}
}

// TestPunctuationInsideMargin checks the XML that keeps a comma or 顿号
// ending a line inside the text block: w:overflowPunct off in the document
// defaults for every program, and in each paragraph style as Word and WPS
// read it ("0") and as LibreOffice's DOCX import, which reads the value
// inverted, needs it ("1"), the element in its schema place after the
// markup-compatibility block is resolved.
func TestPunctuationInsideMargin(t *testing.T) {
	p := render(t, sample.Official())
	raw := string(p.parts["word/styles.xml"])
	for _, ns := range []string{
		`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`,
		`xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`,
		`xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"`,
	} {
		assert.Contains(t, raw, ns, "the prefixes mc:Choice Requires names are declared")
	}
	styles := parseXML(t, p.parts["word/styles.xml"])

	def := styles.find("docDefaults/pPrDefault/pPr")
	require.NotNil(t, def)
	assert.Nil(t, def.find("AlternateContent"), "the document default is plain XML every program reads")
	assert.Equal(t, "0", def.attr(t, "overflowPunct", "val"))
	assertPPrOrder(t, def, "docDefaults")

	readers := []struct {
		name       string
		understood []string
		want       string
	}{
		{"Word 2013 and later", []string{"w14", "w15"}, "0"},
		{"LibreOffice (reads the value inverted)", []string{"w14"}, "1"},
		{"a program without the Word extensions", nil, "0"},
	}
	var checked []string
	for _, s := range styles.all("style") {
		if s.attrs["type"] != "paragraph" || s.find("pPr/AlternateContent") == nil {
			continue
		}
		id := s.attrs["styleId"]
		checked = append(checked, id)
		for _, r := range readers {
			pPr := s.resolveMCE(r.understood...).find("pPr")
			assert.Equal(t, r.want, pPr.attr(t, "overflowPunct", "val"), "%s as read by %s", id, r.name)
			assertPPrOrder(t, pPr, id+" as read by "+r.name)
		}
	}
	// Normal carries it for the headings and the title based on it; the
	// styles that set their own paragraph properties carry it too.
	for _, id := range []string{"Normal", "Signature", "Date", "Mark", "DocNumber", "Record", "TableCaption", "TableText", "TableNote"} {
		assert.Contains(t, checked, id)
	}
	for _, id := range []string{"Title", "Heading1", "Heading2"} {
		assert.Nil(t, style(t, styles, id).find("pPr/overflowPunct"), "%s inherits from Normal", id)
		assert.Equal(t, "Normal", style(t, styles, id).attr(t, "basedOn", "val"))
	}
}
