// Package lvzhi holds the shared vocabulary of the lvzhi library: civil
// dates, inclusive date ranges, reporting periods, the committee whose work
// is described, record identifiers, and the error types every package uses.
//
// lvzhi (履职, "performing one's duties") models the work of a committee of
// the Chinese People's Political Consultative Conference (政协) — its
// members, sessions, proposals, research topics and other activities — and
// writes its work summaries (工作总结) in publication-grade Chinese. This
// root package depends on the standard library only; the domain packages
// (member, session, proposal, research), the Chinese-language core (zh),
// the summary model and the renderers build on it.
//
// # Dates
//
// [Date] is a civil date with no time zone: documents speak of days, never
// of instants. The zero Date is unset. [ParseDate] reads ISO "2022-01-08";
// Date marshals to and from that text form, so it appears in JSON as a
// string. [DateRange] is inclusive at both ends: a meeting on 1月8日至10日 is
// From 2022-01-08 To 2022-01-10 and lasts three days.
//
// # Periods
//
// [Period] is the span a report covers: [Year] (年度), [FirstHalf] (上半年),
// [SecondHalf] (下半年), [Quarter], [Month] or [Custom]. [Period.Range]
// gives its dates; its text form is "2022", "2022-H1", "2022-Q1",
// "2022-03" or an ISO interval.
//
// # Errors
//
// Parse failures are *[ParseError], invalid values *[ValueError]; both wrap
// a sentinel ([ErrSyntax], [ErrOutOfRange], [ErrOrder], [ErrRequired]) and
// carry a Chinese message naming the value. Record validation in every
// package returns [ValidationErrors]: one [FieldError] per problem, each
// with the Go field path, its Chinese label and a Chinese message, so a user
// interface can show them next to the right field.
package lvzhi
