// Package archive writes the 委员履职档案: what one member of a 政协
// committee did over a period — a year, a half year, any range — as the
// records show it, in the document model of package summary, so that every
// renderer (text, Markdown, HTML, DOCX) and the golden-file helper work on
// it. It also ranks all members by their duty points (履职积分), overall
// and by activity group and sector, as tables.
//
// # From records to an archive
//
// [New] checks the records ([summary.Records.Validate]), derives the duty
// records from them ([Duties]) and tallies every member's points under the
// committee's scheme ([member.Scheme.Tally], [member.DefaultScheme] unless
// [Options] say otherwise). The result, a [Book], answers for any member:
//
//	b, err := archive.New(rec, lvzhi.Year(2022), archive.Options{})
//	doc, err := b.Document("m001")   // *summary.Document
//	err = report.Text(os.Stdout, doc)
//
// [Of] does both steps for one member. [Book.Profile] gives the facts
// behind the text, for callers who lay them out otherwise.
//
// # Where the figures come from
//
// The figures are those of the duty records, counted by package member:
// the document says nothing the tally does not. The duty records are
// derived from the sessions (attendance, speeches), the proposals (each
// signer: 提交, 立案, 重点), the research topics (the team), the activities
// (视察, 委员小组活动, 社情民意 clues, the rest as 其他) and completed by the
// duty records kept with the records (rec.Duties) where those say more —
// 社情民意采用 and 领导批示 above all, which no other record attributes
// to a member. A kept record that a derived one covers (same member, kind
// and source) is not counted twice.
//
// Attendance at plenary and standing committee sessions earns the points
// of those kinds; attendance at any other session (主席会议, 联席会议,
// 座谈会 …) counts as 其他, with training such as the 常委学习班, visits
// and the rest; the default scheme gives 其他 2 points each, at most 20.
// Work on a 文史 book — its team or its editorial board (编撰委员会),
// research.Publication.Team — is 其他 too: the scheme has no kind of its
// own for it, and 其他 is, as member.DefaultScheme documents it, every
// other activity of the committee a member takes part in. A committee
// that scores 文史 work otherwise keeps its own duty records of it.
//
// Two things the archive writes earn no points of their own under the
// default scheme, by choice. A leader's 领衔督办 of a proposal (a 督办 step
// in the proposal's history naming the member by ID or name) is written,
// as 督办提案, but the scheme has no kind for it: it is the office of the
// 主席 and 副主席, like chairing the sessions, and they take no rank. A
// research topic's team earns 参加调研 from the topic's first step, as
// the scheme says; the prose follows the phase the topic had reached by
// the end of the period and claims no 调研 before a 实地调研 step
// (牵头“…”课题组，组织前期查阅资料、制定调研考察方案).
//
// # The document
//
// The title is 覃建华委员2022年度履职档案. Section 一 is the 基本情况 (sex,
// ethnicity, birth, work unit; 政治面貌 (中共党员, 民盟盟员, 群众 …),
// sector, posts, special committees and activity groups held in the
// period). Then, each only when there is something to say: 参加会议 (the
// sessions of the kinds attended in full after one 出席, with the
// half-days of plenary sessions, the sessions of one kind by their
// numbers with the term once: 主席会议2次（九届九次、十次）; 应出席, 出席,
// 请假 and 缺席 counted only for a kind with sessions missed; a single
// session missed named alone: 请假未出席九届三次会议), 提交提案 (as 第一提案人
// and as 联名, 立案 and 重点 — 作为第一提案人提交提案2件，均已立案; for one
// proposal the count alone, its line saying the rest —, with one
// run-in item per proposal, its 案由 in 书名号, saying what became of it as
// the records stand: the units handling it, the replies' grades, the
// proposer's feedback, 办结), 督办提案 (领衔督办重点提案《…》), 反映社情民意
// (报送, 采用, 批示), 大会发言 (在九届三次会议上就第4号提案作大会发言 for a
// speech on one of the member's proposals, 作题为《…》的大会发言 otherwise),
// 参加调研, 参加视察 or 参加调研视察 (after what was recorded: 视察 only where
// one was; 参加调研课题 while no team had been in the field), 参加委员小组活动
// (each activity by what was done and the groups that held it:
// 参加社会组、科技组联合开展的校企合作项目调研), 参加文史工作 (the member's part
// in each book: 参与《…》编辑出版, 任《…》编撰委员会委员), 参加其他活动 (参加常委
// 学习班; 参加甲、乙、丙等活动5次) and 履职积分 (按本会履职积分办法计分，合计70分，
// 在49名委员中并列第13位 — 并列 for a shared rank —, the grade where there is
// one, then the table 履职积分明细 with the units and points of every item
// that earns or costs points: [Profile.PointsTable]; a note says what the
// row 参加其他会议和活动 holds when it also counts sessions or books, with no
// colon inside the 注：, and a row of books alone is 参加文史工作). No
// section's first sentence says its heading again (the heading-repeat
// rule of package zh/proofread).
// A member who did nothing (零履职, [Profile.Idle]) gets the sessions
// missed, if any, and one closing line instead of empty headings; no
// zero is written as a sentence. The 落款 is the committee's name and the
// last day of the period unless [Options] say otherwise.
//
// # Grades, ranks and what is not published
//
// A scheme's grade thresholds are taken as annual. A period shorter than
// a year (a half year, a quarter) gets points and ranks but no grade,
// unless [Options].GradeShortPeriods says the scheme is written for it:
// half a year's points against a year's thresholds would fail most
// members. The 主席 and 副主席 are listed with their points but take no
// rank and no grade, as offices rank the members and list the leaders
// apart, in the order of their posts; [Options].RankLeaders ranks them
// too. A member whose only records are leave (请假) is neither ranked nor
// graded, and is said to have missed the sessions the records name (许慧敏、
// 陶文清请假未出席九届三次会议，本期无其他履职记录，不参加排名), not to have been on
// leave for the period. A scheme is cited by its title
// in 书名号 ([member.Scheme].Name); a scheme without one, such as the
// default, as 本会履职积分办法. Reasons for leave are never written unless
// [Options].LeaveReasons asks for them.
//
// # Rankings
//
// [Book.Ranking] lists every ranked member by points with competition
// ranks (1, 2, 2, 4; [Rank].Tied), [Book.Unranked] the leaders and the
// members on leave; [Book.GroupScores] and [Book.SectorScores] give the
// members, total and average points and, when the period is graded, the
// number below the pass grade (称职 by default) per 委员活动小组 and 界别.
// The averages leave out the members on leave with no other record —
// their 0 would halve a small sector's average for one member's sick
// leave — and the tables' notes say so; the leaders, who have points, are
// counted. The group table counts in a note the members in no group.
// That a short period is not graded is said once, in the ranking table's
// note. [Book.RankingTable],
// [Book.GroupTable] and [Book.SectorTable] return them as [table.Table]
// values for documents and spreadsheets.
//
// # Batch editions
//
// [Book.Batch] lists every member's archive in 姓氏笔画 order with a file
// name ([FileName]: 覃建华-m001.docx). Package report/docx writes such a
// batch as a zip of one DOCX per member (docx.WriteZip, built on every
// processor, with a progress callback) or as one DOCX with a section per
// member whose page numbers start again at 1 (docx.WriteBook). Both give
// the same bytes for the same records.
//
// # Concurrency
//
// A Book is read-only once built: any number of goroutines may ask it for
// documents at once, as the batch writers do.
package archive
