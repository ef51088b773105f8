package summary

import (
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
// add.
func Proofread(d *Document, c *proofread.Checker) []Issue {
	if c == nil {
		c = proofread.New()
	}
	var out []Issue
	for t := range d.Texts() {
		for _, f := range c.Check(t.Value) {
			out = append(out, Issue{Field: t.Field, Label: t.Label, Finding: f})
		}
	}
	return out
}
