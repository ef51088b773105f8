package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/table"
	"github.com/lvzhi-go/lvzhi/zh"
)

// blockKind tells what a block of the laid-out document is.
type blockKind uint8

const (
	// blockTitle is the document title.
	blockTitle blockKind = iota + 1
	// blockPara is a body paragraph.
	blockPara
	// blockHeading is a heading on a line of its own.
	blockHeading
	// blockRunIn is a paragraph opened by a run-in heading.
	blockRunIn
	// blockIssuer is the issuer of the 落款.
	blockIssuer
	// blockDate is the 成文日期 of the 落款.
	blockDate
	// blockHeadLine is a line of the 版头 set flush left at the top: the
	// 份号, the 密级和保密期限 or the 紧急程度 (role tells which).
	blockHeadLine
	// blockMark is the 发文机关标志.
	blockMark
	// blockNumber is the 发文字号, with the 签发人 in lines for a
	// document sent up; the red separator line follows it.
	blockNumber
	// blockTo is the 主送机关 (text without the colon).
	blockTo
	// blockTable is a table.
	blockTable
	// blockAttachList is the 附件说明: lines holds the attachment titles,
	// numbered when there are several.
	blockAttachList
	// blockNote is the 附注 (text without the parentheses).
	blockNote
	// blockAttachment starts an attachment on a new page: text is its
	// label (附件1, or 附件 when there is one), heading its title.
	blockAttachment
	// blockRecord is the 版记: lines holds the 抄送机关, text the 印发机关
	// and heading the 印发日期 in Arabic numerals.
	blockRecord
)

// block is one unit of the laid-out document, shared by all renderers so
// that every format has the same structure, markers and text.
type block struct {
	kind blockKind
	// level is the heading level (1–4) of a heading or run-in heading; an
	// unnumbered plans heading has level 1 and no marker.
	level int
	// marker is the heading marker (一、（一）1.（1）), empty for an
	// unnumbered heading.
	marker string
	// heading is the heading text without its marker.
	heading string
	// text is the paragraph text (for a run-in heading, what follows it),
	// the title, the issuer or the date in words.
	text string
	// iso is the date of a blockDate or blockRecord in ISO 8601 form.
	iso string
	// role names the kind of a blockHeadLine: copy, secrecy or urgency.
	role string
	// lines are the 签发人, the attachment titles or the 抄送机关.
	lines []string
	// tbl is the table of a blockTable.
	tbl *table.Table
	// unsealed marks the 落款 of a document without a seal.
	unsealed bool
}

// layout checks d and the options and turns d into blocks in reading
// order: the 版头, the title, the 主送机关, the opening paragraphs, the
// sections with their markers and tables, the shortcomings paragraph, the
// plans, the 附件说明, the 落款, the 附注, the attachments and the 版记.
func layout(d *summary.Document, cfg config) ([]block, error) {
	if err := check(d, cfg); err != nil {
		return nil, err
	}
	bs := appendHead(nil, d.Head)
	bs = append(bs, block{kind: blockTitle, text: d.Title})
	if d.To != "" {
		bs = append(bs, block{kind: blockTo, text: strings.TrimRight(d.To, "：:")})
	}
	for _, p := range d.Opening {
		bs = append(bs, block{kind: blockPara, text: p})
	}
	bs, err := appendSections(bs, d.Sections, 0)
	if err != nil {
		return nil, err
	}
	if !d.Shortcomings.IsZero() {
		bs = append(bs, block{kind: blockPara, text: d.Shortcomings.Text()})
	}
	if bs, err = appendPlans(bs, d.Plans, len(d.Sections)); err != nil {
		return nil, err
	}
	if len(d.Attachments) > 0 {
		list := block{kind: blockAttachList}
		for _, a := range d.Attachments {
			list.lines = append(list.lines, a.Title)
		}
		bs = append(bs, list)
	}
	if d.Issuer != "" {
		bs = append(bs, block{kind: blockIssuer, text: d.Issuer, unsealed: d.Unsealed})
	}
	if !d.Date.IsZero() {
		bs = append(bs, block{kind: blockDate, text: zh.Date(d.Date), iso: d.Date.String(), unsealed: d.Unsealed})
	}
	if d.Note != "" {
		bs = append(bs, block{kind: blockNote, text: strings.TrimSuffix(strings.TrimPrefix(d.Note, "（"), "）")})
	}
	for i, a := range d.Attachments {
		label := "附件"
		if len(d.Attachments) > 1 {
			label += strconv.Itoa(i + 1)
		}
		bs = append(bs, block{kind: blockAttachment, text: label, heading: a.Title})
		for _, p := range a.Paragraphs {
			bs = append(bs, block{kind: blockPara, text: p})
		}
		bs = appendTables(bs, a.Tables)
	}
	if r := d.Record; !r.IsZero() {
		rb := block{kind: blockRecord, lines: r.CC, text: r.Printer}
		if !r.Printed.IsZero() {
			rb.heading, rb.iso = zh.Date(r.Printed)+"印发", r.Printed.String()
		}
		bs = append(bs, rb)
	}
	return bs, nil
}

// appendHead appends the 版头 of h: the 份号, 密级和保密期限 and 紧急程度
// lines, the 发文机关标志 and the 发文字号 (with the 签发人). A head
// without a 发文机关标志 writes nothing; Validate has refused it.
func appendHead(bs []block, h summary.Head) []block {
	if h.Mark == "" {
		return bs
	}
	for _, l := range []struct{ role, text string }{{"copy", h.Copy}, {"secrecy", h.Secrecy}, {"urgency", h.Urgency}} {
		if l.text != "" {
			bs = append(bs, block{kind: blockHeadLine, role: l.role, text: l.text})
		}
	}
	bs = append(bs, block{kind: blockMark, text: h.Mark})
	return append(bs, block{kind: blockNumber, text: h.Number, lines: h.Signers})
}

// appendTables appends a block for each table.
func appendTables(bs []block, ts []table.Table) []block {
	for i := range ts {
		bs = append(bs, block{kind: blockTable, tbl: &ts[i]})
	}
	return bs
}

// attachmentListing returns the lines of the 附件说明 for the attachment
// titles: "附件：" and the title when there is one; "附件：1.…" then
// "2.…" when there are several (GB/T 9704-2012 §7.3.6), without the
// indent the renderers add to the following lines.
func attachmentListing(titles []string) []string {
	if len(titles) == 1 {
		return []string{"附件：" + titles[0]}
	}
	out := make([]string, len(titles))
	for i, t := range titles {
		n := strconv.Itoa(i+1) + "."
		if i == 0 {
			out[i] = "附件：" + n + t
		} else {
			out[i] = n + t
		}
	}
	return out
}

// appendSections appends ss, numbered from 1, below a heading of level
// parent (0 at the top).
func appendSections(bs []block, ss []summary.Section, parent int) ([]block, error) {
	for i, s := range ss {
		lv := s.EffectiveLevel(parent)
		marker, err := zh.Heading(lv, i+1)
		if err != nil {
			// Validate has checked the levels; this is a safeguard.
			return nil, fmt.Errorf("report: 标题序号：%w", err)
		}
		paras := s.Paragraphs
		if s.RunIn && len(paras) > 0 {
			bs = append(bs, block{kind: blockRunIn, level: lv, marker: marker, heading: s.Heading, text: paras[0]})
			paras = paras[1:]
		} else {
			bs = append(bs, block{kind: blockHeading, level: lv, marker: marker, heading: s.Heading})
		}
		for _, p := range paras {
			bs = append(bs, block{kind: blockPara, text: p})
		}
		bs = appendTables(bs, s.Tables)
		if bs, err = appendSections(bs, s.Subsections, lv); err != nil {
			return nil, err
		}
	}
	return bs, nil
}

// appendPlans appends the 改进 part: its heading (a level-1 heading
// numbered after the last of the n sections when Numbered is set), lead,
// items (levels as in [summary.Document.Validate]: top-level items are
// level 1 unless they set Level) and closing sentence.
func appendPlans(bs []block, p summary.Plans, n int) ([]block, error) {
	if p.Heading != "" {
		marker := ""
		if p.Numbered {
			m, err := zh.Heading(1, n+1)
			if err != nil {
				return nil, fmt.Errorf("report: 标题序号：%w", err)
			}
			marker = m
		}
		bs = append(bs, block{kind: blockHeading, level: 1, marker: marker, heading: p.Heading})
	}
	if p.Lead != "" {
		bs = append(bs, block{kind: blockPara, text: p.Lead})
	}
	bs, err := appendSections(bs, p.Items, 0)
	if err != nil {
		return nil, err
	}
	if p.Closing != "" {
		bs = append(bs, block{kind: blockPara, text: p.Closing})
	}
	return bs, nil
}
