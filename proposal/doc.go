// Package proposal implements the 提案 (proposal) records of a 政协
// committee and their workflow, from submission to the proposer's
// satisfaction, following 《政协全国委员会提案工作条例》 (2018) and the
// common local 提案办理 rules: one 案由 per proposal (一事一案), review by
// the 提案委员会, 交办 to 承办单位 with 主办/协办/分办 roles and a deadline,
// graded replies, the proposer's 征询意见, 二次办理 after 不满意, and 办结.
//
// # Records
//
// A [Proposal] is a [Record] — number (提案号, written by [NumberFormat]
// as 第23号), term and sitting, [Kind] (大会提案 or 平时提案, the former
// naming its plenary by [lvzhi.SessionID]), 案由, 案据, 建议, [Category],
// [Submitter] (one member, members jointly with the 第一提案人 first, or an
// organisation: 党派, 人民团体, 专门委员会, 界别, 委员小组) and the
// proposer's sector — plus its history. The sector is stored as a name, as
// it stood at submission, so that this package does not depend on package
// member and statistics by sector need no resolver.
//
// [Rules] holds the local rules: the longest 案由 (50 characters by
// default, counted in runes), the categories in use (the six defaults,
// extensible), the reply deadline (three months after 交办 by default),
// the reply [GradeScheme] (A/B/C by default, [FourGrades] for A–D) and the
// number format. There is no global setting: a Proposal keeps the Rules it
// was made with ([Rules.New], [Rules.Decode]) and a [Register] holds its
// own. [Rules.Validate] returns every problem at once as
// [lvzhi.ValidationErrors] with Chinese messages and field paths
// (Submitter.Members[2] / 提案人.委员[2]).
//
// # Workflow
//
// The workflow is a state machine. Each [State]'s comment lists the states
// that may follow it:
//
//	提交 → 审查 → 立案 | 不予立案 (reason) | 并案 (into a number) | 转为意见建议 | 转为社情民意
//	撤案 by the proposer, before 立案
//	立案 → 交办 to units (主办 + 协办, or 分办) | 转交 to the committee one level up
//	交办 → 答复 by each 主办 or 分办 unit → 已答复 → 反馈 (满意, 基本满意, 不满意)
//	已答复 → 二次办理 (after 不满意) → 交办 again | 办结
//	重点提案 selection and 督办 are allowed from 立案 until 办结
//
// 协办 units never reply: their views go to the 主办, whose reply covers
// them, so [Proposal.Reply] refuses them and they are never overdue. 分办
// units each reply; the proposal is 已答复 once every replying unit has.
//
// Every change is a method — [Proposal.Review], [Proposal.Register],
// [Proposal.Reject], [Proposal.Merge], [Proposal.Convert],
// [Proposal.Withdraw], [Proposal.Assign], [Proposal.Forward],
// [Proposal.Reply], [Proposal.Feedback], [Proposal.Reopen],
// [Proposal.Close], [Proposal.MarkKey], [Proposal.Supervise],
// [Proposal.Second] (附议) — taking an [Act] (date, actor, note) and
// recording one [Step] in the history, or returning a *[TransitionError]
// (the state does not allow the action; wraps [ErrTransition]) or a
// *[StepError] (the data is wrong, or the date is before the previous
// step's; wraps [ErrStep]) and changing nothing. The state is never stored:
// it is derived from the history step by step, so an impossible history
// cannot be built. [Proposal.Overdue] lists the units whose reply was due
// before a given day and had not come by then.
//
// [Rules.Describe] (and [Proposal.Describe]) writes a step as a line of the
// audit log in Chinese — 2022年3月15日，经九届九次主席会议决定立案 — with
// members named from a roster ([Names]; a *member.Roster satisfies it).
// [Rules.Effective] and [Register.EffectiveRules] show the defaults the
// zero fields of [Rules] stand for (the grades, categories, 案由 length and
// reply deadline in force).
//
// # JSON
//
// A proposal is written as its record, its state and its full history.
// Decoding ([Decode], [Rules.Decode], or [encoding/json] into a
// *Proposal) replays the history through the same state machine: a history
// that breaks the workflow is a *[HistoryError] naming the step's index.
// A round trip loses nothing. Replay takes time linear in the length of
// the history, and a history holds at most [MaxSteps] steps (a 交办 at most
// [MaxUnits] units), so a hostile file cannot make one proposal expensive.
//
// # Statistics
//
// A [Register] holds the proposals of a committee, refuses a number used
// twice in a term ([ErrDuplicate]), finds proposals by [Filter] and
// computes [Statistics] for a period ([Register.StatisticsFor]), since a
// day such as the opening of a plenary ([Register.StatisticsSince]), or for
// any range and as-of day ([Register.Statistics]). The statistics count
// the proposals received in the range and follow them up to the as-of day:
// 收到, 立案, 本级办理, 转交, 交办完毕 (assigned here or forwarded), 已答复,
// 办结, the rates 立案率, 办结率 and 满意和基本满意率 as exact [Rate]s with a
// one-decimal [Rate.Percent], and ordered counts by category, sector, unit
// and grade. By construction 立案 ≤ 收到 and 本级办理 + 转交 = 立案.
//
// Selections answer the other questions summaries ask: [Filter] keeps
// 大会提案 or 平时提案 (Kind) and the 大会提案 of one plenary (Session);
// [CountByKind] splits proposals into each plenary's 大会提案 and the 平时提案;
// [Supervisors] names the leaders who supervised (督办) them.
//
// # Tables for documents and spreadsheets
//
// The tables a summary attaches (附件) or an office exports are data, each
// with a Table method that lays it out as a [table.Table] for the
// renderers (report, report/docx) and spreadsheets:
//
//   - [Register.Handling] and [HandlingOf] give the [HandlingTable]
//     (提案办理情况统计表): per 承办单位 the 交办件数 as 主办 and 协办, 已答复, 办结, the
//     reply grades of the committee's scheme (A/B/C or A–D), the proposers'
//     满意/基本满意/不满意 and the overdue replies, in a fixed order
//     ([HandlingTable.Ordered] puts the committee's own order first), with
//     totals; [HandlingTable.LeadUnits] counts the units that lead (交由11家
//     单位主办).
//   - [Statistics.CategoryTable] (提案分类统计表) and [Statistics.SectorTable]
//     (提案界别统计表) lay out the counts by category and by sector.
//
// [Rate] passes whole to the template functions of package zh (percent,
// atleast, comparerate) through [Rate.Fraction].
//
// # Concurrency
//
// A [Register] and the proposals in it may be read from any number of
// goroutines at once — [Register.Statistics], [Register.Find],
// [Register.Get], a proposal's State, History or Overdue — as long as no
// goroutine changes them: [Register.Add] and every method that records a
// step ([Proposal.Assign], [Proposal.Apply] …) must not run at the same
// time as any other use of the same register or proposal. Reads keep no
// cache, so they never write.
package proposal
