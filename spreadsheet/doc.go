// Package spreadsheet moves a committee's records in and out of
// spreadsheets: rosters (委员名单), proposal registers (提案明细表) and duty
// sheets (履职记录: attendance and activities) are read from XLSX or CSV
// and written back, and any [table.Table] — the 承办单位办理情况表 of package
// proposal, the 委员履职情况表 and participation tables of this package — is
// written as a formatted sheet. XLSX files are read and written with
// excelize's streaming reader and writer.
//
// # Reading
//
// [ReadRoster], [ReadRegister] and [ReadDuties] find the header row among
// the first rows of the sheet (a title above it is skipped) and the
// columns by their headers, in any order, with the usual synonyms
// (姓名/委员姓名, 党派/政治面貌, 手机/手机号码); [Options].Headers adds more.
// Columns whose headers are unknown are not imported and are returned as
// notes, so that nothing is dropped unseen; nothing is altered beyond the
// documented normalisation of member.Member.Normalize.
//
// Every problem is a [Problem] naming the sheet and cell as a spreadsheet
// does (委员名单!D7) and saying in Chinese what was expected; all problems
// are returned at once as [Problems], or only the first with
// [Options].StopAtFirst. A result is returned only when there is no
// problem.
//
// A register row holds the dates of a proposal's steps (提交, 审查, 立案,
// 交办, 答复, 反馈, 办结 …). The proposal is built through the workflow of
// package proposal, its steps in date order: a row whose dates break the
// workflow is reported at the cell of the step that cannot follow, never
// repaired by guessing. [SameRow] tells whether a proposal read back says
// anything its recorded form does not, so that a merge can keep the
// record. [Options].Progress reports how far a long sheet has been read.
//
// # Writing
//
// [WriteRoster] (姓氏笔画 order, optionally grouped by 界别), [WriteRegister],
// [WriteDuties] and [WriteTable] write one sheet: bold header rows frozen
// at the top, column widths that fit Chinese text (two units a character),
// dates as dates (yyyy-mm-dd), counts and rates as numbers. Workbooks have
// fixed document properties and their parts in a fixed order, so the same
// records give the same bytes. What the reader needs to read a sheet back
// is written: roster, register and duty sheets round-trip to the same
// records. A proposal whose history the one-row form cannot carry (二次办理,
// a step taken by a body other than the one the reader records) is written
// with its current round and reported by WriteRegister.
//
// # CSV
//
// The same columns are read from and written to CSV. Input is UTF-8, with
// or without a byte order mark, or GB18030 (which includes GBK and
// GB2312), detected or given by [Options].Encoding; output is UTF-8,
// optionally with a byte order mark, or GB18030 through package zh.
//
// # Cell forms
//
// Dates are read as 2022-01-08, 2022/1/8, 2022.1.8, 2022年1月8日, 20220108
// or spreadsheet date numbers; a two-digit year or a month without its day
// is a problem. Lists (联名提案人, 协办单位) are separated by 、，； or line
// breaks. Places on the committee are written 副主席（2022-01-08起）,
// 经济委员会·副主任 or 科技组·组长, several separated by “；”. Members in
// registers and duty sheets are named by ID, or by a name unique in
// [Options].Roster.
package spreadsheet
