// Package session records the sessions (会议) of a 政协 committee — plenary
// sessions, standing committee sessions, chairpersons' and
// secretaries-general meetings, consultation meetings and the rest — with
// their agenda, outcomes and attendance, keeps their numbering consistent,
// and answers the statistics a work summary quotes.
//
// # Sessions
//
// A [Session] has a [Kind]. Plenary sessions (全体会议), standing committee
// sessions (常务委员会会议), chairpersons' meetings (主席会议) and
// secretaries-general meetings (秘书长会议) are numbered within a term: Term
// is the 届, Sitting the 次, and standing committee sessions and
// chairpersons' meetings are numbered cumulatively over the whole term
// (九届四十六次主席会议). The other kinds — 专题协商会, 双月协商座谈会, 联席会议,
// 提案交办会, 座谈会 and 其他 — carry a free Name. Agenda items ([AgendaItem])
// say what was heard and reviewed, who spoke on what, what was consulted
// and voted on; outcomes such as 协商意见 are kept as text. Members are
// referred to by [lvzhi.MemberID] only: this package never imports the
// member package.
//
// # Names
//
// Names of sessions take Chinese numerals (GB/T 15835-2011 §4.2), built
// with [zh.Numeral] and [zh.Ordinal]:
//
//	[Session.ShortName]  九届三次会议, 九届十二次常委会议, 九届九次主席会议, 九届三次秘书长会议
//	[Session.NameIn]     区政协九届三次会议 (prefixed with [lvzhi.Committee].ShortName)
//	[Session.FullName]   政协第九届柳州市某区委员会第三次会议
//
// The full name needs the region part of the committee's name (柳州市某区),
// which [Region] takes from [lvzhi.Committee].Name.
//
// # Numbering
//
// A [Register] is the calendar of sessions. [Register.Add] refuses a
// session that shares its ID with another, shares a sitting number with
// another session of the same kind and term, would make sitting numbers go
// against the dates (a third plenary before the second), or lies outside
// the current term's dates ([lvzhi.Committee].TermDates, when set). The
// error is a *[NumberingError] naming both sessions and wrapping
// [ErrDuplicateID], [ErrDuplicateSitting], [ErrSittingOrder] or
// [ErrOutsideTerm]. [Check] reports every problem of a list at once.
//
// # Attendance and statistics
//
// An [Attendance] list says whether members were required to attend or
// signed up ([Mode]) and records each member as present, on leave (with a
// reason) or absent ([Status]). A [Tally] gives exact counts and the rate
// present / listed, with members on leave counted separately;
// [Session.Tally], [MemberAttendance], [AttendanceOf] and
// [TotalAttendance] compute it per session, per member and in total for a
// [lvzhi.Period]. [CountByKind] counts the sessions of a period by kind, in
// kind order, and [OfKind] returns the sessions of one kind in date order.
// A session belongs to a period when it starts within it.
//
// # Validation and JSON
//
// [Session.Validate] returns every problem at once as
// [lvzhi.ValidationErrors], with Chinese labels and messages; it checks the
// field rules through the shared validator and the rules that span fields
// (numbers for numbered kinds, a name for the others, agenda dates within
// the session, one record per member, a reason for every leave). Enums are
// written in JSON by their exact Chinese names; [Decode] reads one session
// strictly, rejecting unknown fields, and validates it.
//
// # Concurrency
//
// A [Register] may be read from any number of goroutines at once
// ([Register.Get], [Register.Sessions], [Register.Len]) as long as none
// calls [Register.Add], which must not run at the same time as any other
// use of the same register. A [Session] is a plain value, but the
// register keeps the slices (agenda, outcomes, attendance) of a session
// given to Add and shares them with the sessions it returns: change none
// of them once the session is registered.
package session
