package summary

import (
	"fmt"

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

// Proofread checks every text of d with c (the default checker when c is
// nil) and returns the findings in document order. Heading texts are
// checked without their markers, which renderers add.
func Proofread(d *Document, c *proofread.Checker) []Issue {
	if c == nil {
		c = proofread.New()
	}
	var out []Issue
	check := func(field, label, text string) {
		for _, f := range c.Check(text) {
			out = append(out, Issue{Field: field, Label: label, Finding: f})
		}
	}
	checkAll := func(field, label string, texts []string) {
		for i, t := range texts {
			check(fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i), t)
		}
	}
	var sections func(field, label string, ss []Section)
	sections = func(field, label string, ss []Section) {
		for i, s := range ss {
			f, l := fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i)
			check(f+".Heading", l+".标题", s.Heading)
			checkAll(f+".Paragraphs", l+".段落", s.Paragraphs)
			sections(f+".Subsections", l+".子项", s.Subsections)
		}
	}
	check("Title", "标题", d.Title)
	checkAll("Opening", "总述", d.Opening)
	sections("Sections", "部分", d.Sections)
	check("Shortcomings", "不足", d.Shortcomings.Text())
	check("Plans.Heading", "改进.标题", d.Plans.Heading)
	check("Plans.Lead", "改进.导语", d.Plans.Lead)
	sections("Plans.Items", "改进.事项", d.Plans.Items)
	check("Plans.Closing", "改进.结束语", d.Plans.Closing)
	check("Issuer", "落款", d.Issuer)
	return out
}
