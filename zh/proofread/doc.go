// Package proofread checks Chinese text for the errors that most often
// spoil a 政协 work summary: numbers written against GB/T 15835-2011
// 《出版物上数字用法》, heading markers against GB/T 9704-2012 §7.3.3,
// known wrong wordings of official terms, and a style that lists instead
// of summarising.
//
// # Rules
//
// Each finding carries the identifier of the rule that produced it:
//
//   - approx-after-exact: 多 or 余 after a number that is not round
//     (21多条; write 21条 or 20多条).
//   - stacked-approx: two approximations at once (约20多人, 将近400余人,
//     20多人左右).
//   - mixed-numeral: Arabic digits with 千, 百 or 十 (4千, 3百人); digits mix
//     only with 万 and 亿 (3.45亿). Units such as 千米 and 百分点 are allowed.
//   - approx-exact-change: an approximate figure with an exact increment
//     (1100余人次，较上年增加161人次; write 1166人次，较上年增加161人次).
//   - range-unit: a range whose first number drops its unit (20～30% →
//     20%～30%, 3～5亿 → 3亿～5亿).
//   - short-year: a two-digit year (22年上半年 → 2022年上半年).
//   - fullwidth-digit: full-width digits (２０２２).
//   - heading-dunhao: 1、 as a heading marker at the start of a paragraph
//     (write 1.); 4、5月份 is a list of months and is not reported.
//   - heading-paren: punctuation after a bracketed marker (（一）、) or
//     half-width brackets around a Chinese numeral ((一)).
//   - heading-han-dot: 一. instead of 一、.
//   - ordinal-year: a marker 1. run into a year at the start of a line or
//     after 附件： (附件：1.2022年上半年…, read as the decimal 1.2022);
//     begin the name with the issuing body or the subject.
//   - nested-colon: a colon within the scope of another, which runs to
//     the end of the sentence (kind 标点符号; GB/T 15834 does not nest
//     colons): 注：1.统计时间：2022年… → 统计时间为2022年…; colons in
//     quotations and 《》 and times (10：30) aside.
//   - term: an entry of the term table, such as 民主监视 for 民主监督 or 效劳
//     for 服务; see [DefaultTerms], extend it with [WithTerms].
//
// The style rules (kind 文风) look at one paragraph (line) at a time:
//
//   - repeated-phrase: a run of ten Chinese characters or more said twice
//     in one paragraph (深入开展调研和视察活动 … 深入开展调研和视察活动),
//     titles in 《》 aside.
//   - sentence-repeat: a run of five to nine Chinese characters said twice
//     in one sentence (向区委常委会汇报…，区委常委会对…), titles and
//     quotations aside: the shorter repetitions a reader notices because
//     they are close.
//   - long-enumeration: a list longer than the limit (3, see
//     [WithListLimit]): a 、 list of names (the items between the first
//     and the last of five characters or more, none with digits, so that
//     自重、自省、自警、自励 and 常委会议3次、主席会议9次 pass), a run of titles 《甲》《乙》… or quoted
//     names, or one sentence of more than limit+1 clauses joined by
//     semicolons (科技组委员到…；科技组委员到…；…).
//   - title-repeat: a title of six characters or more (in 《》 or “”)
//     named again in the same or the next sentence, where offices write
//     该书, 该提案 or 上述课题.
//
// One rule looks at a heading and the paragraph under it, with
// [Checker.CheckUnder]:
//
//   - heading-repeat: a phrase of the heading (five Chinese characters or
//     more) said again in the first clause under it (召开区政协九届三次会议，…
//     above 九届三次会议召开前夕，…), where 会议 refers back to it.
//
// Approximations after an exact number (21多条) are the number rule
// approx-after-exact.
//
// The checks are heuristics tuned to avoid false alarms in official prose;
// they report, they never change text. [WithoutRules] turns rules off.
//
// # Positions
//
// A [Finding] gives the byte offset of the problem and its 1-based line and
// column counted in characters, so that an editor can highlight it.
package proofread
