// Command gendata writes the sample records of the annual example: two
// years (2022 and 2023) of a fictional county committee, 政协青山县委员会
// (十一届), with about 150 members and about 200 proposals a year.
//
// Every record is made through the public Go APIs of the domain packages
// — members with their posts, groups and committees; sessions with their
// attendance and speeches; proposals taken through the handling workflow
// step by step; research topics advanced phase by phase; activities —
// and the whole is checked with summary.Records.Validate. No total is
// typed in: every figure of the summary (提案数, 人次, 参与率, 办结率 …) is
// counted by the library from these records. The variety (who proposes,
// which unit handles, what grade a reply gets) comes from a fixed
// pseudo-random sequence, so the output is the same on every run.
//
// # Regenerating
//
// From the module root:
//
//	go run ./examples/annual/internal/gendata
//
// writes examples/annual/data/records.json (-o names another file, -o -
// writes to standard output). The package's test regenerates the records
// in memory and fails if the committed file differs.
//
// # What the records hold
//
//   - the committee and 150 members over 21 sectors, with a chair, four
//     vice-chairs, a secretary-general and 30 standing members, six
//     activity groups and five special committees;
//   - for each year: the plenary (十一届二次会议 in January 2022, 十一届三次
//     会议 in January 2023) with attendance and speeches, four standing
//     committee sessions, eight chairpersons' meetings and the 提案交办会;
//   - the proposals of each year, from their submission to their close:
//     review, registration or another outcome, assignment to the county's
//     units, replies with grades, the proposers' feedback (an unsatisfied
//     reply handled again), key proposals supervised by the committee's
//     leaders; a few forwarded to 市政协, and at the end of 2023 a few
//     replies still pending;
//   - the research topics, inspections, 社情民意 work with clues from
//     members, group activities, a training course and exchange visits.
package main

//go:generate go run . -o ../../data/records.json
