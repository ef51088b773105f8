// Package table holds tables as 政协 offices put them in documents: a
// caption, header rows with merged cells, right-aligned numeric columns, a
// total row (合计) and notes (注：…). It is a data model only: producers
// (proposal statistics, participation tallies, 履职积分 rankings) convert
// their results into a [Table], and the renderers in package report
// (text, Markdown, HTML) and report/docx lay it out.
//
// # Shape
//
// A [Table] has [Column]s that fix its width and the alignment of their
// cells, one or more Header rows, the body Rows, an optional Total row and
// Notes. A [Cell] holds finished text; ColSpan and RowSpan merge it with
// its neighbours, as in the two-level header of a 提案办理情况统计表:
//
//	承办单位 | 件数 | 答复情况（跨两列）
//	（跨两行）|（跨两行）| 已答复 | 满意和基本满意
//
// A merged cell is written once, at its top-left corner; the rows below
// leave out the positions it covers. [Grid] resolves the spans into a
// rectangular grid for renderers that need one (plain text, Markdown),
// [Table.Widths] the width each column needs under a renderer's measure,
// and [Table.NoteLines] the notes as printed (注：1.… 2.…), so that every
// format sizes and annotates a table the same way.
//
// # Alignment
//
// Under [AlignAuto] header cells are centred, and body cells are set
// right when their column is Numeric or their text reads as a number
// ([IsNumber]: 44, 86.4%, 1,200, —), left otherwise. A Column or a Cell may
// ask for a fixed alignment.
//
// # Validation
//
// [Table.Validate] returns every problem at once as lvzhi.ValidationErrors
// with Chinese messages naming the part, row and cell (表头第2行第1格):
// ragged rows, spans past the right or bottom edge, overlapping cells.
// Renderers validate before writing anything.
//
// # Cells
//
// [Text], [Int], [Percent] and [Texts] build cells the way statistics are
// written: counts in Arabic numerals (GB/T 15835-2011) and rates with at
// most one decimal, never rounded up to 100%.
package table
