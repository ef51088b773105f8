// Package participation counts who took part in a committee's work, from
// the records themselves: the people behind the items that the other
// packages count. Published summaries quote it as 579名委员提交提案922件,
// 140名委员反映社情民意信息334条 or 6500余人次参加各类履职活动, and compare
// participation across 界别, 党派, 委员活动小组 and 专门委员会.
//
// # Derived, never kept by hand
//
// [Count] reads the records of the other packages — the roster, the
// sessions with their attendance and speeches, the proposals with their
// signatories, research topics and activities — and nothing else. The
// hand-kept duty records of package member (member.Duty) are not read:
// a figure derived from the records cannot disagree with them.
//
// # Who counts
//
// Each [Kind] of duty has its own rule; all of them count members on the
// roster only (person-times of IDs not on it are reported as
// [Report].Outside, never dropped silently):
//
//   - [ProposalLead]: the 第一提案人, the first member signing an individual
//     or joint proposal submitted in the period, whatever became of it
//     (立案 or not). A proposal of an organisation (集体提案) counts for no
//     member, even when its convener is recorded.
//   - [ProposalJoint]: every other signatory of a joint proposal (联名).
//     Whether a co-signer is a proposer is a choice summaries make either
//     way, so both are offered: [Report.Proposers] with coSigners false
//     counts the 第一提案人 alone, with true every signatory.
//   - [Opinion]: the member a 社情民意 clue came from, once per clue (a batch
//     of 3 clues from one member is 3 person-times); clues dated outside
//     the period, or from no member, do not count.
//   - [Attendance]: a member marked present at a session held in the
//     period, once per session; leave and absence do not count.
//   - [Speech]: the speaker of each speech at a session in the period.
//   - [Research]: the leader and members of each research topic under way
//     in the period (as research.TopicStatsOf counts topics).
//   - [Inspection]: each participant of an inspection (视察) in the period.
//   - [GroupActivity]: each participant of a 委员小组活动 in the period.
//   - [Other]: each participant of the other activities: training,
//     exchanges, forums, publications (the book's team and editorial
//     board: research.Publication.Team) and the rest.
//
// A member counts once per item: distinct members ([KindTally].Members)
// and person-times ([KindTally].Times, 人次) are given per kind and overall
// ([Report].Members, [Report].Times), with the number of items
// (proposals, clues, sessions …) they took part in.
//
// # Rates and breakdowns
//
// The participation rate is the members who took part over the roster of
// the period ([Report.Rate]). [Report.BySector], [Report.ByParty],
// [Report.ByGroup] and [Report.ByCommittee] give the same per 界别, 党派,
// 委员活动小组 and 专门委员会 (a member belongs to a group or committee when
// a tenure overlaps the period), each line a [Line] with its roster, the
// members who took part, their person-times and rate.
//
// # Tables
//
// [Report.KindTable] and [LinesTable] lay these out as table.Table values
// for documents (attachments of a summary) and spreadsheets.
package participation
