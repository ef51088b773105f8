package summary

import (
	"fmt"
	"iter"
)

// Text is one text field of a [Document] with its path: Field in Go
// ("Sections[2].Paragraphs[0]"), Label in Chinese ("部分[2].段落[0]").
type Text struct {
	Field, Label, Value string
}

// Texts returns every text field of d in document order — title, opening,
// sections with their headings, paragraphs and subsections, the
// shortcomings' lead, items and tail, the plans, the issuer — each with its
// path. Renderers use it to check that every field can be written, and
// [Proofread] to check the language: one walk serves every check.
func (d *Document) Texts() iter.Seq[Text] {
	return func(yield func(Text) bool) {
		w := textWalker{yield: yield}
		w.one("Title", "标题", d.Title)
		w.list("Opening", "总述", d.Opening)
		w.sections("Sections", "部分", d.Sections)
		w.one("Shortcomings.Lead", "不足.引语", d.Shortcomings.Lead)
		w.list("Shortcomings.Items", "不足.事项", d.Shortcomings.Items)
		w.one("Shortcomings.Tail", "不足.结语", d.Shortcomings.Tail)
		w.one("Plans.Heading", "改进.标题", d.Plans.Heading)
		w.one("Plans.Lead", "改进.引语", d.Plans.Lead)
		w.sections("Plans.Items", "改进.事项", d.Plans.Items)
		w.one("Plans.Closing", "改进.结语", d.Plans.Closing)
		w.one("Issuer", "落款", d.Issuer)
	}
}

// textWalker yields texts until the consumer stops.
type textWalker struct {
	yield   func(Text) bool
	stopped bool
}

func (w *textWalker) one(field, label, value string) {
	if !w.stopped && !w.yield(Text{Field: field, Label: label, Value: value}) {
		w.stopped = true
	}
}

func (w *textWalker) list(field, label string, values []string) {
	for i, v := range values {
		w.one(fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i), v)
	}
}

func (w *textWalker) sections(field, label string, ss []Section) {
	for i, s := range ss {
		f, l := fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i)
		w.one(f+".Heading", l+".标题", s.Heading)
		w.list(f+".Paragraphs", l+".段落", s.Paragraphs)
		w.sections(f+".Subsections", l+".子项", s.Subsections)
	}
}
