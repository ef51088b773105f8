// Package summary writes a committee's work summary (工作总结) from its
// records: the document model, the records it is written from, the
// builders that turn facts into sentences, the diagnoses that find
// shortcomings (不足) with evidence, and document-wide proofreading.
//
// # Document model
//
// A [Document] has the standard 成绩—不足—改进 structure: a title, an
// opening 总述, numbered [Section]s nested up to four levels, the
// [Shortcomings] paragraph, the [Plans] part, and the 落款 (issuer and
// date). It holds finished Chinese text without heading markers; the
// renderers in package report (text, Markdown, HTML) and report/docx add
// markers (一、（一）1.（1）) and layout.
//
// A Document sent out as a 公文 (GB/T 9704-2012) also has a [Head] (版头:
// 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人), a 主送机关 (To),
// [Attachment]s (a title with text or tables of package table), a 附注
// (Note), a [Record] (版记: 抄送机关, 印发机关 and 印发日期) and the choice
// of an unsealed 落款; a [Section] may carry tables after its paragraphs.
// [Document.Validate] checks these in Chinese: a 发文字号 written with []
// or () instead of 六角括号, with 第 or with a leading zero is an error
// that spells out the correct form (应写作"区政协发〔2022〕12号").
//
// # Records
//
// [Records] holds everything a committee recorded — its members and their
// duties, sessions, proposals with their histories, research topics and
// other activities — and is stored as one JSON file. [Load] and [Parse]
// decode it strictly: an unknown key, a key written twice, a wrong type, a
// control character in any text (a newline in a title, a tab, U+2028: record
// text is single-line) or a proposal history that breaks the workflow is
// an error naming the exact JSON path ($.proposals[3].history[2].date),
// worded in Chinese. A leading UTF-8 byte-order mark is skipped. Every
// count has an upper bound, so totals cannot overflow. [Records.Validate] checks every record
// and every reference between records (an unknown member ID is an error)
// and returns all problems at once as lvzhi.ValidationErrors.
//
// # Builders and outlines
//
// An [Outline] is the caller's plan of a document (its 公文 elements
// included, their texts templates like the rest; attachment tables come
// from named table builders such as "proposal_stats" and
// "proposal_handling", see [Builder.Table] and [WithTable]): its parts in order, the
// builder each part is written by, and the wording around the facts. A
// [Builder] validates the records once and writes any number of documents
// from outlines. Each built-in builder ("plenary", "proposals",
// "meetings", "members", "opinions", "research", "publications",
// "training", "groups", "exchanges" …) gathers facts from the records —
// counts, dates, names, titles — and has a default wording, which
// [DefaultTemplate] shows; every text of an outline is a
// text/template with the facts and the functions of [FuncMap], so the
// caller can change any sentence without touching a number. [WithBuild]
// adds builders written in Go.
//
// Two builders count people and handling across the records:
// "participation" ([ParticipationFacts], from package participation:
// 579名委员提交提案922件, 6500余人次, 参与率 by 界别 and group) and
// "handling" ([HandlingFacts]: 大会提案 and 平时提案, 交由11家单位主办, 督办
// leaders, replies by grade, 办结率, 满意率). Their tables, and those of
// package proposal, are table builders for attachments ([Builder.Table]).
//
// # Comparisons
//
// An outline whose Compare is "year" (the same period a year earlier:
// 上年, 上年同期) or "preceding" (the period just before: 上半年, 上季度)
// gives every part the facts of the earlier period too, in [Context].Prev,
// with the earlier period's name in [Context].Against. Every count and
// rate of the facts thus has its earlier value at the same place, and the
// template functions compare and comparerate write the difference:
//
//	共收到提案{{.Facts.Stats.Received}}件{{with $.Prev}}，{{compare .Stats.Received $.Facts.Stats.Received "件" $.Against}}{{end}}
//	→ 共收到提案198件，较上年增加22件，增长12.5%
//	办结率{{percent .Facts.ClosingRate}}{{with $.Prev}}，{{comparerate .ClosingRate $.Facts.ClosingRate $.Against}}{{end}}
//	→ 办结率89.2%，较上年提高0.8个百分点
//
// Counts compare in per cent and rates in percentage points (个百分点),
// equal values read 与上年持平. [EarlierPeriod] names the earlier period
// and [Builder.FactsFor] gives any builder's facts for any period in Go.
//
// # Summaries that summarise
//
// A summary reports; it does not list. The builders count every record
// and name only a few by a significance order, closing with 等N项 (see
// [Builder] for the orders and package
// [github.com/lvzhi-go/lvzhi/summary/digest] for the selection itself);
// each part's Limit says how many. Like activities are grouped in one
// clause with their counts, a title is named once, bodies come in
// protocol order, counts of records are in digits like the statistics
// beside them (3件提案, never 三件), and only counts of how something was
// done (分两期) follow the outline's number policy. At national size (tens of thousands of records) the
// annual summary of every built-in builder stays near two thousand
// characters, with no paragraph over six hundred.
//
// # Diagnoses
//
// [Builder.Diagnose] applies rules to the records and proposes
// shortcomings with their evidence, each paired with an improvement
// sentence: activity groups out of balance, sectors without proposals,
// proposals overdue or unanswered, low satisfaction, research topics behind
// plan. None enters a document unless the outline names its rule; the
// outline may reword each rule's shortcoming and improvement
// ([ShortcomingsPlan].Wording, [PlansPlan].Wording), and improvements
// become run-in items under the plans heading.
//
// # Proofreading
//
// [Proofread] checks every text of a document with package zh/proofread:
// number usage per GB/T 15835, heading markers, known wrong terms and
// style (a phrase repeated in a paragraph, a list longer than the limit, a
// title repeated in consecutive sentences), each finding with its field
// path and position.
//
// # Concurrency
//
// A Builder is read-only after [NewBuilder] and safe for concurrent use;
// Records and Documents are plain values that must not be changed while
// another goroutine reads them.
//
// [Parse], [Records.Validate] (and so [NewBuilder]), [Builder.Build] and
// [Builder.Diagnose] use every processor (GOMAXPROCS) for large records:
// the file is split as it is read and its pieces decoded in parallel,
// the parts of the records are checked in parallel, and the top-level
// sections whose builders are all built-in are written in parallel. The
// result never depends on scheduling: each piece of work fills its own
// place, and problems are reported in record order. Builders given by
// [WithBuild] are called on the goroutine that called Build, one at a
// time, in outline order, so they need not be safe for concurrent use.
package summary
