package summary

import (
	"fmt"
	"iter"

	"github.com/lvzhi-go/lvzhi/table"
)

// Text is one text field of a [Document] with its path: Field in Go
// ("Sections[2].Paragraphs[0]"), Label in Chinese ("部分[2].段落[0]").
type Text struct {
	Field, Label, Value string
}

// Texts returns every text field of d in document order — the 版头 fields
// that are set, title, 主送机关, opening, sections with their headings,
// paragraphs, table cells and subsections, the shortcomings' lead, items
// and tail, the plans, the issuer, the 附注, the attachments and the 版记 —
// each with its path. Optional 公文 fields and table captions are yielded
// only when set. Renderers use it to check that every field can be written, and
// [Proofread] to check the language: one walk serves every check.
func (d *Document) Texts() iter.Seq[Text] {
	return func(yield func(Text) bool) {
		w := textWalker{yield: yield}
		h := d.Head
		w.opt("Head.Copy", "版头.份号", h.Copy)
		w.opt("Head.Secrecy", "版头.密级和保密期限", h.Secrecy)
		w.opt("Head.Urgency", "版头.紧急程度", h.Urgency)
		w.opt("Head.Mark", "版头.发文机关标志", h.Mark)
		w.opt("Head.Number", "版头.发文字号", h.Number)
		w.list("Head.Signers", "版头.签发人", h.Signers)
		w.one("Title", "标题", d.Title)
		w.opt("To", "主送机关", d.To)
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
		w.opt("Note", "附注", d.Note)
		for i, a := range d.Attachments {
			f, l := fmt.Sprintf("Attachments[%d]", i), fmt.Sprintf("附件%d", i+1)
			w.one(f+".Title", l+".标题", a.Title)
			w.list(f+".Paragraphs", l+".段落", a.Paragraphs)
			w.tables(f+".Tables", l+".表格", a.Tables)
		}
		w.list("Record.CC", "版记.抄送机关", d.Record.CC)
		w.opt("Record.Printer", "版记.印发机关", d.Record.Printer)
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

// opt yields value only when it is set: the optional 公文 elements.
func (w *textWalker) opt(field, label, value string) {
	if value != "" {
		w.one(field, label, value)
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
		w.tables(f+".Tables", l+".表格", s.Tables)
		w.sections(f+".Subsections", l+".子项", s.Subsections)
	}
}

// tables yields the caption, every cell and the notes of each table.
func (w *textWalker) tables(field, label string, ts []table.Table) {
	rows := func(f, l string, rs [][]table.Cell) {
		for r, row := range rs {
			for c, cell := range row {
				w.one(fmt.Sprintf("%s[%d][%d]", f, r, c), fmt.Sprintf("%s第%d行第%d格", l, r+1, c+1), cell.Text)
			}
		}
	}
	for i, t := range ts {
		f, l := fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i)
		w.opt(f+".Title", l+".标题", t.Title)
		rows(f+".Header", l+".表头", t.Header)
		rows(f+".Rows", l+".数据", t.Rows)
		for c, cell := range t.Total {
			w.one(fmt.Sprintf("%s.Total[%d]", f, c), fmt.Sprintf("%s.合计行第%d格", l, c+1), cell.Text)
		}
		w.list(f+".Notes", l+".注", t.Notes)
	}
}
