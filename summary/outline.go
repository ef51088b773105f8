package summary

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
	"github.com/lvzhi-go/lvzhi/table"
)

// Outline is the caller's plan of a summary: which parts it has, in what
// order, what each is built from, and the wording around the facts. A
// [Builder] turns an Outline and the records into a [Document].
//
// Every text in an Outline is a text/template executed with a [Context]
// and the functions of [FuncMap]: plain text stays as it is, and
// "{{.Committee.ShortName}}" or "{{period .Period .Year}}" fill in facts.
// A template's output is split into paragraphs at line breaks; blank lines
// are dropped.
type Outline struct {
	// Title is the document title; empty means
	// "<region>政协<period>工作总结", as in
	// 柳州市某区政协2022年上半年工作总结.
	Title string `json:"title,omitempty"`
	// Period is the span the summary covers.
	Period lvzhi.Period `json:"period"`
	// AsOf is the day progress is counted to (交办完毕 as of 6月中旬); zero
	// means the last day of Period.
	AsOf lvzhi.Date `json:"as_of,omitzero"`
	// Opening holds the 总述 paragraphs.
	Opening []string `json:"opening,omitempty"`
	// Sections are the numbered 成绩 sections.
	Sections []Part `json:"sections,omitempty"`
	// Shortcomings plans the 不足 paragraph.
	Shortcomings ShortcomingsPlan `json:"shortcomings,omitzero"`
	// Plans plans the 改进 part.
	Plans PlansPlan `json:"plans,omitzero"`
	// Issuer is the 落款; empty means the committee's full name.
	Issuer string `json:"issuer,omitempty"`
	// Date is the 成文日期; zero leaves it out.
	Date lvzhi.Date `json:"date,omitzero"`
	// Numbers is the policy for the small counts of how something was
	// done: "chinese" (the default: 分两期) or "arabic" (分2期); counts of
	// records (3件提案, 等12个课题) are statistics, always in Arabic digits
	// (see package
	// [github.com/lvzhi-go/lvzhi/summary/digest]).
	Numbers string `json:"numbers,omitempty"`
	// Compare asks for comparisons with an earlier period: "year" (the
	// same period of the previous year, [CompareYear]) or "preceding" (the
	// period just before, [ComparePreceding]); empty for none. Templates
	// then find the earlier facts in [Context].Prev.
	Compare string `json:"compare,omitempty"`

	// The elements of a 公文 (see [Document]); their texts are templates
	// like every other text.

	// Head is the 版头: 发文机关标志, 发文字号 and the rest.
	Head Head `json:"head,omitzero"`
	// To is the 主送机关.
	To string `json:"to,omitempty"`
	// Unsealed asks for the 落款 of a document without a seal.
	Unsealed bool `json:"unsealed,omitempty"`
	// Note is the 附注.
	Note string `json:"note,omitempty"`
	// Attachments plans the attachments, in order.
	Attachments []AttachmentPlan `json:"attachments,omitempty"`
	// Record is the 版记.
	Record Record `json:"record,omitzero"`
}

// AttachmentPlan plans one attachment: its title, its text and its
// tables, each table either written by a named table builder from the
// records (see [Builder.Table]) or given in full.
type AttachmentPlan struct {
	Title      string     `json:"title"`
	Paragraphs []string   `json:"paragraphs,omitempty"`
	Tables     []TableRef `json:"tables,omitempty"`
}

// TableRef names a table of an attachment: Build names a table builder
// ("proposal_stats", "proposal_handling" and the others of
// [Builder.Table]; [WithTable] adds more) and Title
// replaces the caption it writes ("" keeps it, "-" drops it; a template
// like the attachment's title: 县政协{{period .Period}}各界别委员履职情况统计表);
// or Table gives the table itself.
type TableRef struct {
	Build string       `json:"build,omitempty"`
	Title string       `json:"title,omitempty"`
	Table *table.Table `json:"table,omitempty"`
}

// Part plans one section of the document.
type Part struct {
	// Heading is the heading text, without marker.
	Heading string `json:"heading"`
	// Level and RunIn are copied to the [Section].
	Level int  `json:"level,omitempty"`
	RunIn bool `json:"run_in,omitempty"`
	// Build names the builder that writes paragraphs from the records
	// (see [Builder] for the built-in ones); empty for a part of fixed
	// text.
	Build string `json:"build,omitempty"`
	// Ref names the record the builder writes about when the builder
	// cannot find it by itself: the ID of a plenary session for "plenary"
	// and "proposals" (whose proposals are counted). Other builders
	// ignore it. A part with a Ref names one record, so it has no earlier
	// period to compare with: its Context.Prev is nil.
	Ref string `json:"ref,omitempty"`
	// Template replaces the builder's default wording (see
	// [DefaultTemplate]). It is executed with a [Context] whose Facts holds
	// the builder's facts.
	Template string `json:"template,omitempty"`
	// Limit is the most items the builder names in one list before
	// closing with 等N项 (key proposals, topics, books, places …); 0 means
	// [github.com/lvzhi-go/lvzhi/summary/digest.DefaultLimit] (3), a negative value names all. Every item is
	// still counted.
	Limit int `json:"limit,omitempty"`
	// Optional lets the part be left out when its builder finds nothing to
	// write about in the period; otherwise that is an error naming the
	// part ([ErrNoFacts]).
	Optional bool `json:"optional,omitempty"`
	// Before and After are paragraphs written before and after the built
	// ones.
	Before []string `json:"before,omitempty"`
	After  []string `json:"after,omitempty"`
	// Parts are the subsections.
	Parts []Part `json:"parts,omitempty"`
}

// ShortcomingsPlan plans the 不足 paragraph. Items are written first, then
// the shortcomings of the diagnoses named in Diagnoses that the records
// support, in the order named (see [Builder.Diagnose]); a diagnosis the
// records do not support adds nothing.
//
// Wording rewords the shortcoming of a rule: a template executed with the
// [Diagnosis] as Facts (its Evidence is there to quote), keyed by rule;
// a reworded shortcoming is a clause without final punctuation, like the
// rule's own.
//
// A Lead that ends with a colon (……存在一些不足，主要是：) introduces the
// items, which then close the sentence, so Tail is a sentence of its own
// with its own subject (这些问题需要在下半年工作中认真加以改进。), not a
// predicate continuing the list (see [Shortcomings.Text]).
type ShortcomingsPlan struct {
	Lead      string            `json:"lead,omitempty"`
	Items     []string          `json:"items,omitempty"`
	Diagnoses []string          `json:"diagnoses,omitempty"`
	Wording   map[string]string `json:"wording,omitempty"`
	Tail      string            `json:"tail,omitempty"`
}

// PlansPlan plans the 改进 part: fixed items, then the improvement
// sentences of the diagnoses named in Diagnoses that the records support.
// Each diagnosis becomes a run-in item: its improvement's first clause is
// the item's heading (加大提案督办力度。) and the rest its paragraph. Under
// a numbered Heading the items are numbered 1. 2. 3.; fixed items without
// a Level take the same level.
//
// One shortcoming stated gets at most one plan item: rules whose
// shortcomings the 不足 paragraph writes as one item (部分提案逾期未答复、
// 办理进度偏慢, see [ShortcomingsPlan]) share one item, placed where the
// first of them is named, worded by their joint improvement
// (加大提案督办力度，对逾期未答复的提案逐件催办，对其余提案……确保在期限内答复。).
//
// Wording rewords the improvement of a rule, as [ShortcomingsPlan].Wording
// does the shortcoming. A key of several rules joined by "+"
// ("proposals-overdue+proposals-unanswered", in any order) rewords the
// item they share, executed with their diagnoses ([]Diagnosis) as Facts;
// without one, a shared item whose rules are reworded one by one writes
// their improvements one after the other.
type PlansPlan struct {
	Heading   string            `json:"heading,omitempty"`
	Numbered  bool              `json:"numbered,omitempty"`
	Lead      string            `json:"lead,omitempty"`
	Items     []Part            `json:"items,omitempty"`
	Diagnoses []string          `json:"diagnoses,omitempty"`
	Wording   map[string]string `json:"wording,omitempty"`
	Closing   string            `json:"closing,omitempty"`
}

// ParseOutline reads an Outline from JSON as strictly as [Parse] reads
// records: an unknown key or a value of the wrong type is an error naming
// its JSON path.
func ParseOutline(data []byte) (*Outline, error) {
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("summary: %w：超过 %d 字节", ErrTooLarge, MaxFileSize)
	}
	var o Outline
	if err := jsonstrict.Unmarshal(data, &o); err != nil {
		return nil, fmt.Errorf("summary: 提纲文件有误：%w", err)
	}
	return &o, nil
}
