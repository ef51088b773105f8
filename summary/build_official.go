package summary

import (
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi/table"
)

// TableFunc writes one table from the records for the period and day of
// ctx. Register one with [WithTable].
type TableFunc func(b *Builder, ctx *Context) (table.Table, error)

// WithTable registers f as the table builder name, replacing a built-in
// one of the same name (see [Builder.Table]).
func WithTable(name string, f TableFunc) Option {
	return func(b *Builder) {
		if b.tables == nil {
			b.tables = map[string]TableFunc{}
		}
		b.tables[name] = f
	}
}

// builtInTables are the table builders every Builder knows.
var builtInTables = map[string]TableFunc{
	"proposal_stats": proposalStatsTable,
}

// Table writes the table named name for ctx's period: the built-in
// "proposal_stats" (提案办理情况统计表: received, review outcomes, handling
// and satisfaction since the period's plenary, see [ProposalStatsTable]),
// the figure tables of table_figures.go ("proposal_handling",
// "proposal_categories", "proposal_sectors", "participation",
// "participation_sectors", "participation_parties",
// "participation_groups"), or one registered with [WithTable].
func (b *Builder) Table(name string, ctx *Context) (table.Table, error) {
	f, ok := b.tables[name]
	if !ok {
		f, ok = builtInTables[name]
	}
	if !ok {
		f, ok = figureTables[name] // table_figures.go
	}
	if !ok {
		return table.Table{}, fmt.Errorf("没有名为 %q 的表格生成器", name)
	}
	return f(b, ctx)
}

// official writes the 公文 elements of o into d: the 版头, 主送机关, 附注,
// attachments and 版记, executing their texts as templates.
func (w *writer) official(o Outline, d *Document) {
	h := o.Head
	d.Head = Head{
		Copy:    w.one("版头.份号", h.Copy, nil),
		Secrecy: w.one("版头.密级和保密期限", h.Secrecy, nil),
		Urgency: w.one("版头.紧急程度", h.Urgency, nil),
		Mark:    w.one("版头.发文机关标志", h.Mark, nil),
		Number:  w.one("版头.发文字号", h.Number, nil),
	}
	for i, s := range h.Signers {
		d.Head.Signers = append(d.Head.Signers, w.one(fmt.Sprintf("版头.签发人[%d]", i), s, nil))
	}
	d.To = w.one("主送机关", o.To, nil)
	d.Unsealed = o.Unsealed
	d.Note = w.one("附注", o.Note, nil)
	for i, ap := range o.Attachments {
		where := fmt.Sprintf("附件%d", i+1)
		a := Attachment{
			Title:      w.one(where+".标题", ap.Title, nil),
			Paragraphs: w.paras(where+".段落", ap.Paragraphs, nil),
		}
		for j, ref := range ap.Tables {
			t, err := w.table(fmt.Sprintf("%s.表格[%d]", where, j), ref)
			if err != nil {
				w.fail(fmt.Sprintf("%s.表格[%d]", where, j), err)
				continue
			}
			a.Tables = append(a.Tables, t)
		}
		d.Attachments = append(d.Attachments, a)
	}
	d.Record = Record{Printer: w.one("版记.印发机关", o.Record.Printer, nil), Printed: o.Record.Printed}
	for i, c := range o.Record.CC {
		d.Record.CC = append(d.Record.CC, w.one(fmt.Sprintf("版记.抄送机关[%d]", i), c, nil))
	}
}

// table writes the table ref names or copies the one it gives; a Title
// is a template like the attachment's own title.
func (w *writer) table(where string, ref TableRef) (table.Table, error) {
	switch {
	case ref.Table != nil && ref.Build != "":
		return table.Table{}, fmt.Errorf("build 和 table 只能二选一")
	case ref.Table != nil:
		t := *ref.Table
		t.Header, t.Rows = slices.Clone(t.Header), slices.Clone(t.Rows)
		return t, nil
	case ref.Build == "":
		return table.Table{}, fmt.Errorf("须给出 build 或 table")
	}
	t, err := w.b.Table(ref.Build, w.ctx)
	if err != nil {
		return t, err
	}
	switch ref.Title {
	case "":
	case "-":
		t.Title = ""
	default:
		t.Title = w.one(where+".标题", ref.Title, nil)
	}
	return t, nil
}
