// Package report renders a work summary ([summary.Document]) as plain
// text, Markdown or HTML in the layout of Chinese official documents
// (GB/T 9704-2012 《党政机关公文格式》), and offers the project's number and
// date forms to callers' own templates.
//
// # Renderers
//
// [Text], [Markdown] and [HTML] share one shape, which the DOCX writer of
// package report/docx shares too:
//
//	func Text(w io.Writer, d *summary.Document, opts ...Option) error
//
// Each renders the same structure: the title; the opening paragraphs;
// the numbered sections with the heading markers of GB/T 9704-2012
// §7.3.3 (level 1 一、, level 2 （一）, level 3 1., level 4 （1）),
// numbered from 1 among their siblings, at the level given by
// [summary.Section.EffectiveLevel], with run-in headings
// ([summary.Section.RunIn]) opening their first paragraph; the 不足
// paragraph ([summary.Shortcomings.Text]); the 改进 part, whose heading is
// numbered after the last section when [summary.Plans.Numbered] is set;
// and the 落款, the issuer above the 成文日期 in Arabic numerals
// (2022年7月8日), sealed (§7.3.5.1) or unsealed (§7.3.5.2). A document
// sent out as a 公文 adds the 版头 (发文机关标志, 发文字号 and the red
// line), the 主送机关, tables (plain text: columns aligned by display
// width, a Chinese character counting two; Markdown: pipe tables with
// merged header cells flattened to 答复情况·已答复; HTML: table elements
// with colspan and rowspan), the 附件说明, the 附注, the attachments and
// the 版记. The document's text is written as it is: the renderers
// add markers, indents and layout, never words or punctuation.
//
// Plain text is the canonical form: one paragraph per line, each
// paragraph and heading indented by two ideographic spaces (U+3000), as
// the body of an official document is. Markdown follows CommonMark and
// escapes every character it would read as syntax. HTML is one page with
// inline CSS ([DefaultStylesheet]) that prints on A4 with the margins,
// fonts and line pitch of the standard; a title wider than a 2号 line
// (20 characters) turns where the DOCX turns it (GB/T 9704 §7.3.2: even
// lines, words whole, 上短下长).
//
// # Errors and determinism
//
// Before writing, a renderer checks the document with
// [summary.Document.Validate] and checks every field for characters no
// document can hold (control characters other than tab and line breaks,
// invalid UTF-8); all problems come back at once as
// [lvzhi.ValidationErrors], wrapped, with Chinese messages that name the
// field. Output is built in memory and written with one Write call, so a
// failed render writes nothing. Renderers keep no state and never read
// the clock: the same document and options give the same bytes, from any
// number of goroutines.
//
// # Templates
//
// [FuncMap] gives text/template and html/template the numerals, ordinals,
// dates, date ranges, periods, heading markers and percentages of package
// zh, for notices and summaries that callers write as templates:
//
//	九届三次会议于{{daterange .Dates 2022}}召开  →  九届三次会议于1月8日至10日召开
//
// # Testing
//
// Package report/reporttest compares rendered output with golden files
// and shows a line diff when they differ.
//
// # Concurrency
//
// [Text], [Markdown] and [HTML] keep no state between calls and only read
// the document: any number of goroutines may render the same or different
// documents at once, each getting the same bytes it would get alone, as
// long as no goroutine changes a document while it is being rendered.
package report
