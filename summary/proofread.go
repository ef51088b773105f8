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
	var out []Issue
	numbered := len(d.Attachments) > 1
	for t := range d.Texts() {
		fs := append(c.Check(t.Value), under[t.Field]...)
		slices.SortStableFunc(fs, func(a, b proofread.Finding) int { return a.Offset - b.Offset })
		for _, f := range fs {
			out = append(out, Issue{Field: t.Field, Label: t.Label, Finding: f})
		}
		if numbered {
			out = append(out, attachmentMarker(d, t, c)...)
		}
	}
	return out
}

// attachmentMarker checks the title of attachment i as the 附件说明 lists
// it, "i." + title, and returns the heading findings that the marker
// causes, placed in the title: the marker itself is not in the text.
func attachmentMarker(d *Document, t Text, c *proofread.Checker) []Issue {
	for i, a := range d.Attachments {
		if t.Field != fmt.Sprintf("Attachments[%d].Title", i) || a.Title != t.Value {
			continue
		}
		marker := strconv.Itoa(i+1) + "."
		var out []Issue
		for _, f := range c.Check(marker + t.Value) {
			if f.Kind != proofread.KindHeading || f.Offset >= len(marker) {
				continue // found in the title alone already
			}
			f.Offset, f.Column = 0, 1
			out = append(out, Issue{Field: t.Field, Label: t.Label, Finding: f})
		}
		return out
	}
	return nil
}
