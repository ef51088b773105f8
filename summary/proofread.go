package summary

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/lvzhi-go/lvzhi/zh/proofread"
)

// Issue is a proofreading finding in one text field of a [Document].
type Issue struct {
	Field string // Go path of the field: "Sections[2].Paragraphs[0]"
	Label string // the same path in Chinese: "部分[2].段落[0]"
	proofread.Finding
}

// String formats the issue with its Chinese field path.
func (i Issue) String() string { return i.Label + " " + i.Finding.String() }

// Proofread checks every text of d (see [Document.Texts]) with c, the
// default checker when c is nil, and returns the findings in document
// order. Heading texts are checked without their markers, which renderers
// add; the titles of several attachments are checked once more as the
// 附件说明 numbers them ("1." + title), for the marker rules, so that a
// title beginning with a year (1.2022年…) is reported. The first paragraph
// of each section and plan item is also checked with its heading
// ([proofread.Checker.CheckUnder]): a phrase of the heading said again in
// the first clause under it is reported there.
func Proofread(d *Document, c *proofread.Checker) []Issue {
	if c == nil {
		c = proofread.New()
	}
	under := map[string][]proofread.Finding{}
	var walk func(field string, ss []Section)
	walk = func(field string, ss []Section) {
		for i, s := range ss {
			f := fmt.Sprintf("%s[%d]", field, i)
			if len(s.Paragraphs) > 0 {
				if fs := c.CheckUnder(s.Heading, s.Paragraphs[0]); len(fs) > 0 {
					under[f+".Paragraphs[0]"] = fs
				}
			}
			walk(f+".Subsections", s.Subsections)
		}
	}
	walk("Sections", d.Sections)
	walk("Plans.Items", d.Plans.Items)
	// The 附件说明 numbers the titles of several attachments: each is
	// checked once more with its number, for the marker rules.
	markers := map[string]string{}
	if len(d.Attachments) > 1 {
		for i := range d.Attachments {
			markers[fmt.Sprintf("Attachments[%d].Title", i)] = strconv.Itoa(i+1) + "."
		}
	}
	var out []Issue
	for t := range d.Texts() {
		fs := append(c.Check(t.Value), under[t.Field]...)
		slices.SortStableFunc(fs, func(a, b proofread.Finding) int { return a.Offset - b.Offset })
		if m, ok := markers[t.Field]; ok {
			fs = append(fs, markerFindings(m, t.Value, c)...)
		}
		for _, f := range fs {
			out = append(out, Issue{Field: t.Field, Label: t.Label, Finding: f})
		}
	}
	return out
}

// markerFindings checks title as the 附件说明 lists it, marker + title,
// and returns the heading findings the marker causes, placed at the
// title's start: the marker itself is not in the text.
func markerFindings(marker, title string, c *proofread.Checker) []proofread.Finding {
	var out []proofread.Finding
	for _, f := range c.Check(marker + title) {
		if f.Kind != proofread.KindHeading || f.Offset >= len(marker) {
			continue // found in the title alone already
		}
		f.Offset, f.Column = 0, 1
		out = append(out, f)
	}
	return out
}
