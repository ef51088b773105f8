// Package research records the research topics (调研课题) of a 政协
// committee and its other duty activities — inspections, training,
// exchange visits, 文史 books, members' group activities, 社情民意 work and
// participation in others' meetings — and answers the statistics a work
// summary quotes about them.
//
// # Research topics
//
// A [Topic] is chosen by the chairpersons' meeting (ChosenAt, a
// [lvzhi.SessionID]), may be a key topic (重点课题), and is studied by a team
// led by a chairperson or vice-chairperson, with members, the committee's
// offices (委室) and government departments. Its work moves through the
// phases of [Phase]:
//
//	立项 → 准备（查阅资料、制定方案） → 实地调研（视察） → 座谈 → 撰写报告 → 报送 → 成果转化
//
// one at a time and never back; only 座谈 may be skipped. Each phase's doc
// comment lists the phases that may follow it, and [Phase.Next] returns
// them. [Topic.Advance] records a step with its date and a note in the
// topic's history, or refuses it with a *[PhaseError] naming the topic and
// both phases and changes nothing. A plan of [Milestone]s makes delay
// visible: [Topic.Behind] reports the phase a topic should have reached by
// a day and has not. Results — reports, leaders' instructions (批示, with
// leader and date) and adopted suggestions — are [Output]s.
//
// The rule that a topic is led by a chairperson or vice-chairperson needs
// the roster, which lives in package member; this package never imports
// it. [Topic.CheckLeader] takes a function that answers the question.
//
// # Activities
//
// Every activity type embeds [Base] (ID, title, dates, members, note,
// outputs) and satisfies the small [Activity] interface: [Inspection]
// (视察), [Training] (培训, such as the 常委学习班 in batches), [Exchange]
// (联谊交流, visits received or made), [Publication] (文史 books, published
// or planned, with word and picture counts, sections, a launch, an
// editorial board and meetings), [GroupActivity] (委员小组活动, also joint
// ones and visits of non-public-economy members), [OpinionWork] (社情民意:
// clues by channel, issues of the internal bulletin, adoptions and
// instructions), [Forum] (meetings held by others) and [Other].
//
// Approximate counts such as 近2万字 and 300多张 are [Amount]s; their text
// follows GB/T 15835-2011 (Arabic digits, 万 for ten thousands, 多 and 余
// only after a round number).
//
// # JSON
//
// [Activities] holds activities of every kind and is a tagged union in
// JSON: an array of objects whose "kind" member is the Chinese name of the
// [Kind] and whose other members are the record's own fields:
//
//	[{"kind":"联谊交流","id":"e1","title":"接待广西合浦县政协来访",
//	  "dates":{"from":"2022-04-12","to":"2022-04-12"},
//	  "direction":"接待来访","counterparts":["广西合浦县政协"]}]
//
// Decoding is strict: unknown kinds and fields are errors. [DecodeTopic]
// and [DecodeActivities] also validate what they read. Enums are written
// by their exact Chinese names.
//
// # Statistics
//
// [TopicStatsOf] counts the topics under way in a [lvzhi.Period] by phase
// and the key topics among them. [CountByKind] counts activities by kind,
// [CountByGroup] group activities by group in 姓氏笔画 order, [OpinionStats]
// the 社情民意 clues, issues, adoptions and instructions
// (共搜集社情民意线索21条，编发社情民意内部参考1期), and [NonPublicVisits] the members of the
// non-public economy visited (上半年走访了20名非公企业政协委员). [Of] returns
// the activities of one type in date order. An activity belongs to a
// period when it starts within it.
//
// # Validation
//
// Each record's Validate returns every problem at once as
// [lvzhi.ValidationErrors] with Chinese labels and messages, through the
// shared validator and cross-field checks: dates within their parent's (a
// step or planned date within the topic's span, a training batch within
// the training, a launch, editorial meeting, clue or issue within its
// activity), a legal phase history, leader and date on every instruction.
// Every count has an upper bound — 条数 of a batch of clues at most 10,000,
// 期号 9,999, 篇数 1,000, 走访人数 10,000, an [Amount] 10⁹ — so that no
// total over the records a file can hold can overflow.
//
// # Concurrency
//
// Topics and activities are plain values with no hidden state: any number
// of goroutines may read them and compute statistics from them at once, as
// long as none changes them. [Topic.Advance] changes its topic and must not
// run at the same time as any other use of that topic.
// [Activities.Validate] checks long lists on every processor and reports
// problems in index order, as it would on one.
package research
