// Package synth generates synthetic but valid records of a 政协 committee and
// one year of its work, at any size, for benchmarks, load tests and
// examples. [Generate] returns a [summary.Records] that passes
// [summary.NewBuilder]'s validation; [District], [Province] and [National]
// are the sizes the benchmarks of package bench use.
//
// # What is generated
//
//   - The committee of the chosen level, in the second year of its term.
//   - Members of every national sector (and a local one for districts),
//     with Chinese names made of common surnames and given-name
//     characters, sex, ethnicity (GB/T 3304), birth date, party consistent
//     with the sector, optional 18-character citizen identity numbers whose
//     birth date and sex digit match and whose check character follows
//     GB 11643-1999 (ISO 7064 MOD 11-2); posts (one 主席, several 副主席, one
//     秘书长, 常务委员), a special committee and an activity group each.
//     Names may repeat; IDs and identity numbers never do.
//   - Sessions of every kind: the year's plenary with its agenda, speeches,
//     outcomes and the attendance of every member; standing committee
//     sessions, chairpersons' and secretaries-general meetings numbered
//     cumulatively from the start of the term, increasing with their dates;
//     the 提案交办会, a 联席会议, 专题协商会, 双月协商座谈会, 座谈会 and others.
//   - Proposals, numbered in order of receipt, 大会提案 during the plenary
//     and 平时提案 after it, by individual members, jointly or by
//     organisations, each taken through the workflow with the methods of
//     package proposal along one of the [Paths] (立案 … 办结, 不予立案, 并案,
//     转为意见建议 or 社情民意, 转交, 撤案, 重点提案 with 督办, 二次办理 after 不满意,
//     overdue, awaiting feedback), with about [Config].StepsPerProposal
//     dated steps each. A step that would fall after the year is not taken.
//   - Research topics chosen by a 主席会议, led by the chair or a vice-chair,
//     with a plan of milestones and a phase history, and activities of
//     every kind of package research.
//   - Optionally, duty records (履职记录) derived from all of the above.
//
// # Determinism
//
// All randomness comes from one math/rand/v2 PCG source seeded with
// [Config].Seed, and nothing iterates a map to produce output: the same
// Config gives the same records, and [summary.Records.Save] the same bytes.
package synth
