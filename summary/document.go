package summary

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/table"
)

// Document is a work summary (工作总结) in the standard 成绩—不足—改进
// structure, ready to be rendered. It holds finished Chinese text: the
// builders in this package write it from records, and a caller may edit any
// part before rendering. Renderers (package report and report/docx) add the
// heading markers (一、（一）1.（1）) and the layout; the text fields never
// contain markers of their own.
type Document struct {
	// Head is the optional 版头 (发文机关标志, 发文字号 …) of a document sent
	// out as a 公文; see [Head].
	Head Head `json:"head,omitzero"`
	// Title is the document title: 柳州市某区政协2022年上半年工作总结.
	Title string `json:"title"`
	// To is the 主送机关, written on the line below the title and followed by
	// a full-width colon, which the renderers add: 中共柳州市某区委员会.
	To string `json:"to,omitempty"`
	// Opening holds the 总述 paragraphs that precede the numbered sections.
	Opening []string `json:"opening,omitempty"`
	// Sections are the numbered 成绩 sections (一、二、…).
	Sections []Section `json:"sections,omitempty"`
	// Shortcomings is the 不足 paragraph.
	Shortcomings Shortcomings `json:"shortcomings,omitzero"`
	// Plans is the 改进 part: a closing sentence, or a numbered list of
	// plans (下半年工作打算) under its own heading.
	Plans Plans `json:"plans,omitzero"`
	// Issuer is the 落款: the committee or its office issuing the document.
	Issuer string `json:"issuer,omitempty"`
	// Date is the 成文日期. It is also the document's creation date in
	// formats that record one (DOCX); renderers never read the clock.
	Date lvzhi.Date `json:"date,omitzero"`
	// Unsealed lays the 落款 out for a document without a seal
	// (GB/T 9704-2012 §7.3.5.2: the issuer 右空二字, the date below it
	// indented two characters); the default is the sealed layout
	// (§7.3.5.1: the date 右空四字, the issuer centred over it).
	Unsealed bool `json:"unsealed,omitempty"`
	// Note is the 附注, printed in parentheses below the 成文日期; the
	// renderers add the parentheses.
	Note string `json:"note,omitempty"`
	// Attachments follow the 落款, each on new pages, and are listed in
	// the 附件说明 below the body.
	Attachments []Attachment `json:"attachments,omitempty"`
	// Record is the 版记 at the foot of the last page.
	Record Record `json:"record,omitzero"`
}

// Section is one numbered part of the document. Its heading level is its
// nesting depth unless Level says otherwise: top-level sections are level 1
// (一、), their subsections level 2 (（一）), then 3 (1.) and 4 (（1）).
// Setting Level lets a document skip a level, as many summaries do when a
// level-1 section is followed directly by items numbered 1. 2. 3.
type Section struct {
	// Heading is the heading text without its marker, usually ending
	// without punctuation for levels 1–2 and with "。" for run-in headings.
	Heading string `json:"heading"`
	// Level is the heading level, 1–4; 0 means one below the parent (1 at
	// the top).
	Level int `json:"level,omitempty"`
	// RunIn puts the heading at the start of the first paragraph instead of
	// on a line of its own ("1.举办常委学习班，提升履职才能。与其他城区……"),
	// the usual form for levels 3 and 4. Ignored when there is no paragraph.
	RunIn bool `json:"run_in,omitempty"`
	// Paragraphs are the section's own paragraphs, before its subsections.
	Paragraphs []string `json:"paragraphs,omitempty"`
	// Tables are printed after the paragraphs, before the subsections.
	Tables []table.Table `json:"tables,omitempty"`
	// Subsections are numbered from 1 within this section.
	Subsections []Section `json:"subsections,omitempty"`
}

// Shortcomings is the 不足 paragraph: a lead, the shortcomings themselves,
// and a tail, written as one paragraph. A lead that ends with a colon
// introduces the items, and the colon's scope runs to the end of the
// sentence (GB/T 15834-2011 §4.8), so the items close it and the tail is
// a sentence of its own, with its own subject:
// "上半年工作取得了一定成绩，但也存在一些不足，主要是：委员活动小组开展工作不平衡，
// 部分界别作用还不够充分。这些问题需要在下半年工作中认真加以改进。"
type Shortcomings struct {
	Lead  string   `json:"lead,omitempty"`
	Items []string `json:"items,omitempty"`
	Tail  string   `json:"tail,omitempty"`
}

// IsZero reports whether s has no text at all.
func (s Shortcomings) IsZero() bool { return s.Lead == "" && len(s.Items) == 0 && s.Tail == "" }

// Text returns the paragraph. Trailing punctuation of items is removed.
//
// After a lead ending with a colon (主要是：) the items are clauses joined
// with "，" and closed with "。", and Tail follows as the next sentence: the
// colon's scope must not take in the tail's predicate (主要是：甲、乙等，需要
// 改进 would make 需要改进 one of the things the colon introduces), and 等
// is not written, since 主要是 already says the list is not complete.
//
// Otherwise the items are joined with "、" and followed by "等，" when there
// are two or three, then Tail. Four items or more are written as clauses
// joined with "，" and followed by "，" and Tail, not counted off. An item
// that is itself a list (部分提案逾期未答复、办理进度偏慢) is joined the long
// way too, so that its 、 is not read as the list's.
func (s Shortcomings) Text() string {
	var b strings.Builder
	b.WriteString(s.Lead)
	colon := strings.HasSuffix(s.Lead, "：") || strings.HasSuffix(s.Lead, ":")
	long := colon || len(s.Items) > 3 || slices.ContainsFunc(s.Items, func(it string) bool { return strings.Contains(it, "、") })
	for i, it := range s.Items {
		switch {
		case long && i > 0:
			b.WriteString("，")
		case i > 0:
			b.WriteString("、")
		}
		b.WriteString(strings.TrimRight(it, "。；，、"))
	}
	switch {
	case len(s.Items) == 0:
	case colon:
		b.WriteString("。")
	case s.Tail == "":
	case long:
		b.WriteString("，")
	case len(s.Items) > 1:
		b.WriteString("等，")
	default:
		b.WriteString("，")
	}
	b.WriteString(s.Tail)
	return b.String()
}

// Plans is the 改进 part. With Items it is a numbered list under Heading
// (for example 下半年工作打算, numbered after the last section when Numbered
// is set); otherwise it is the single paragraph Closing. Lead and Closing
// may be combined with Items.
type Plans struct {
	Heading  string    `json:"heading,omitempty"`
	Numbered bool      `json:"numbered,omitempty"`
	Lead     string    `json:"lead,omitempty"`
	Items    []Section `json:"items,omitempty"`
	Closing  string    `json:"closing,omitempty"`
}

// IsZero reports whether p has no text at all.
func (p Plans) IsZero() bool {
	return p.Heading == "" && p.Lead == "" && len(p.Items) == 0 && p.Closing == ""
}

// Validate checks the structure renderers rely on and returns every problem
// as [lvzhi.ValidationErrors]: a title, headings that are not empty, levels
// between 1 and 4 that grow with depth, and no empty paragraphs.
func (d *Document) Validate() error {
	var errs lvzhi.ValidationErrors
	add := func(field, label, rule, msg string) {
		errs = append(errs, lvzhi.FieldError{Field: field, Label: label, Rule: rule, Message: msg})
	}
	if strings.TrimSpace(d.Title) == "" {
		add("Title", "标题", "required", "标题为必填字段")
	}
	checkParas := func(field, label string, ps []string) {
		for i, p := range ps {
			if strings.TrimSpace(p) == "" {
				add(fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i), "required", "段落不能为空")
			}
		}
	}
	checkParas("Opening", "总述", d.Opening)
	var walk func(field, label string, ss []Section, parent int)
	walk = func(field, label string, ss []Section, parent int) {
		for i, s := range ss {
			f, l := fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i)
			lv := s.EffectiveLevel(parent)
			if s.Level != 0 && (s.Level <= parent || s.Level > 4) {
				add(f+".Level", l+".层级", "range", fmt.Sprintf("层级必须大于上级层级%d且不超过4", parent))
			} else if lv > 4 {
				add(f+".Level", l+".层级", "range", "标题层级不能超过4级")
			}
			if strings.TrimSpace(s.Heading) == "" {
				add(f+".Heading", l+".标题", "required", "标题为必填字段")
			}
			checkParas(f+".Paragraphs", l+".段落", s.Paragraphs)
			errs = append(errs, checkTables(f+".Tables", l+".表格", s.Tables)...)
			walk(f+".Subsections", l+".子项", s.Subsections, lv)
		}
	}
	walk("Sections", "部分", d.Sections, 0)
	walk("Plans.Items", "改进.事项", d.Plans.Items, 0)
	if !d.Date.IsZero() && !d.Date.IsValid() {
		add("Date", "成文日期", "date", "成文日期无效")
	}
	errs = append(errs, d.validateOfficial()...)
	return errs.Err()
}

// EffectiveLevel returns the heading level of s when its parent is at level
// parent (0 at the top): s.Level if set, otherwise parent+1.
func (s Section) EffectiveLevel(parent int) int {
	if s.Level != 0 {
		return s.Level
	}
	return parent + 1
}
