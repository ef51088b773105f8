// Package digest selects and aggregates what a work summary names, so that
// a summary reports instead of listing: it counts everything, names only
// the few items that matter most, closes with 等N项, groups like records
// into one clause with their counts, and refers back to a title already
// named (该书, 上述课题) instead of repeating it.
//
// # Naming a few
//
// [Top] sorts items by a significance order given by the caller (a stable
// sort: equal items keep the caller's order), drops repeated names, and
// keeps at most a limit of them in a [List], which still knows how many
// distinct items there were. [List.Etc] writes the names and, when some
// were left out, 等N件: “建设特色食品产业园”“发展数字经济”等12个.
// A limit of 0 means [DefaultLimit].
//
// # Grouping
//
// [CountBy] counts items under one or more keys each (a joint activity of
// 科技组 and 社会组 counts for both) and returns the keys in order of
// their counts, largest first, ties in order of first appearance.
//
// # Numbers in running prose
//
// GB/T 15835-2011 writes statistics in Arabic digits (收到提案44件) and
// leaves room for Chinese numerals where the text calls for them; it also
// asks that one kind of number keep one form. The rule here:
//
//   - A count of records — proposals, topics, books, committees, the
//     total closing a list (等12件, “甲”“乙”2个) — is a statistic of the
//     same kind the document states in digits elsewhere (立案32件), so it
//     is always written in digits: [List.Etc] and [List.Counted] take no
//     policy. 32件提案…3件提案列为重点提案, never 三件.
//   - Only a count of how something was done — batches of one training
//     course (分两期), rounds, sittings of one meeting — follows a
//     [Numbers] policy: [Chinese] (the default, the formal register of
//     政协 offices) writes one to ten in Chinese (两 before a measure
//     word), larger ones in digits; [Arabic] writes every count in digits.
package digest
