// Package summary holds the work summary (工作总结) document model and the
// code that writes it from a committee's records.
//
// # Document model
//
// A [Document] has the standard 成绩—不足—改进 structure: a title, an
// opening 总述, numbered [Section]s nested up to four levels, the
// [Shortcomings] paragraph, the [Plans] part, and the 落款 (issuer and
// date). It holds finished Chinese text without heading markers; the
// renderers in package report add markers and layout.
package summary
