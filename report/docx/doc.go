// Package docx writes a work summary ([summary.Document]) as a Word file
// (DOCX, Office Open XML WordprocessingML, ECMA-376) in the layout of
// GB/T 9704-2012 《党政机关公文格式》: A4 paper, the standard margins, 22
// lines of 28 characters, 2号 小标宋 title, 3号 仿宋 body, 黑体 and 楷体
// headings, "— 1 —" page numbers on the outer side and the 落款 placed as
// §7.3.5 says. Files open in Microsoft Word, WPS Office and LibreOffice.
//
// [Write] writes one document:
//
//	var buf bytes.Buffer
//	err := docx.Write(&buf, doc, docx.WithFonts(docx.Fonts{Body: "方正仿宋_GBK"}))
//
// [WriteZip] and [WriteBook] write a [Batch] of documents (see "Batches").
//
// # Why the writer is hand-written
//
// The part of WordprocessingML a work summary needs is small: paragraphs,
// runs, a few styles, two footers and the section properties. The Go DOCX
// libraries either carry licences the project cannot accept (AGPL, or a
// commercial licence key) or bring much more code than this subset needs,
// and none of them lets the caller control every byte, which reproducible
// output requires. The package therefore writes the XML itself, with
// archive/zip and its own escaping.
//
// # Parts
//
// The zip holds, in this order: [Content_Types].xml, _rels/.rels,
// docProps/core.xml (title; the issuer as creator; the summary's Date at
// 00:00:00Z as created and modified date, both left out when Date is
// zero, never the clock), docProps/app.xml, word/document.xml,
// word/styles.xml, word/settings.xml (with w:evenAndOddHeaders so that odd
// and even pages get different footers), word/fontTable.xml,
// word/footer1.xml (odd pages), word/footer2.xml (even pages) and
// word/_rels/document.xml.rels. [WithoutPageNumbers] leaves the footers out.
//
// # Page and grid
//
// Lengths are in twips (1/20 pt); 1 mm = 1440/25.4 ≈ 56.6929 twips,
// rounded to the nearest twip:
//
//   - page A4 11906 × 16838;
//   - margins top 37 mm = 2098, bottom 35 mm = 1984, left 28 mm = 1587,
//     right 26 mm = 1474, leaving a text block of 8845 × 12756 twips
//     (156 × 225 mm);
//   - line pitch 12756 / 22 = 579.8, rounded down to 579 twips (28.95 pt) so
//     that 22 lines always fit; every paragraph has an exact line height of
//     579 twips (w:spacing w:line="579" w:lineRule="exact");
//   - document grid w:type="linesAndChars" w:linePitch="579"
//     w:charSpace="-842": by ECMA-376 §17.6.5 charSpace is the difference
//     between the character pitch and the Normal font size (16 pt) in
//     1/4096 pt. The pitch is 8845 / 28 = 315.89 twips = 15.7946 pt, the
//     difference −0.2054 pt = −841.1/4096 pt, rounded away from zero to
//     −842 so that 28 characters never exceed the line.
//
// The grid makes Word's page setup show 22 lines × 28 characters, but the
// text does not rely on it. Programs disagree about characters larger than
// a grid cell: Word squeezes a 16 pt character into the 15.79 pt cell,
// LibreOffice gives it two cells and so sets 14 characters a line. Body
// paragraphs and headings are therefore taken off the character grid
// (w:snapToGrid w:val="0") and their characters condensed by 0.3 pt
// (w:spacing w:val="-6"): a character advances 15.7 pt, 28 fit in the
// 442.25 pt line and 29 do not, in every program. Lines are fixed by the
// exact line height, not by the grid.
//
// # Type
//
//   - Title: 2号 (22 pt) 方正小标宋简体, centred, not bold, followed by one
//     empty line (spacing after of one line pitch); a line break in the
//     title text breaks the title line. A title wider than the 20
//     characters of a line (an attachment's too) is broken with w:br where
//     §7.3.2 wants it — lines as even as possible, words whole, the upper
//     line not the longer (上短下长) — rather than wherever the program
//     runs out of room (区政协2022年上半年各界别委员履职情况统计 / 表).
//   - Body: 3号 (16 pt) 仿宋_GB2312, justified, first-line indent of two
//     characters (w:firstLineChars="200", with w:firstLine="640" for
//     programs that ignore character units); Latin letters and digits in
//     Times New Roman.
//   - Headings (GB/T 9704-2012 §7.3.3): level 1 (一、) 黑体, level 2 （一）
//     楷体_GB2312, levels 3 (1.) and 4 （1） in the body font. The standard
//     names only the typeface; no level is bold. Headings are indented two
//     characters like the body, sit on the line grid, and keep with the
//     next paragraph. Markers come from [zh.Heading]; sections are
//     numbered from 1 among their siblings. The styles are Word's built-in
//     "heading 1" to "heading 4", so the navigation pane and a table of
//     contents see them.
//   - Run-in headings ([summary.Section].RunIn, usual at levels 3 and 4)
//     are a run in the heading's character style (RunInHeading1–4, same
//     font as the heading) followed by the first paragraph's text in the
//     same body paragraph.
//   - Shortcomings are one body paragraph ([summary.Shortcomings.Text]).
//     The plans heading is a level-1 heading, numbered after the last
//     section when Plans.Numbered is set; plan items are sections.
//   - Tabs become w:tab and line breaks (LF, CR or CRLF) w:br.
//
// # 落款
//
// After one empty line follow the issuer and the 成文日期 in Arabic
// numerals ([zh.Date]: 2022年7月8日). GB/T 9704-2012 §7.3.5.1 puts the date
// four characters from the right edge (右空四字) and centres the issuer on
// the date. The date is set flush right with a right indent of four body
// characters (1280 twips); the issuer is set flush right with a right
// indent of 4 + (w(date) − w(issuer)) / 2 characters, where w counts a
// full-width or ambiguous character as one and a narrow one (digits) as
// one half; when the issuer is so long that the indent would be negative
// it is set flush right. Without a date the issuer stands four characters
// from the edge. Both paragraphs switch off the automatic space between
// Chinese and Latin text, so that the date is written solid and its width
// is known. LibreOffice's import ignores that setting and would put a kern
// of a fifth of the font size at each change between digits and Chinese
// characters (16 pt in 2022年7月8日, the issuer 2.8 mm off the date's
// centre); the date therefore carries a word joiner (U+2060: no width, no
// line break, not a letter, which stops the kern) at each change. It
// prints nothing and does not reach a PDF's text; readers of the DOCX
// text, such as lvzhi check, drop it. Printed by LibreOffice, the issuer's
// centre is then 0.3 mm from the date's. The unsealed layout (§7.3.5.2)
// sets the date from the left, where its width does not matter.
//
// # The 公文 elements
//
// A document with a 版头 ([summary.Head] with a 发文机关标志) opens with
// the 份号, 密级和保密期限 and 紧急程度 flush left on the first lines
// (§7.2.1–7.2.3), then the 发文机关标志 in red 小标宋, 48 pt, centred, its
// characters' top 35 mm below the top of the text block (§7.2.4); a mark
// wider than the 156 mm block is condensed horizontally (w:w) to fit. Two
// empty lines below it the 发文字号 (centred; for a document sent up,
// 左空一字 with the 签发人 右空一字 on the same line, the names in 楷体),
// and 4 mm below its characters the red separator line, as wide as the
// block (a 1.5 pt bottom border, w:space 8 pt). The title follows two
// lines below the line, the 主送机关 flush left one line below the title
// with a full-width colon. The 附件说明 stands one empty line below the
// body, two characters in, several names numbered and aligned (§7.3.6);
// the 附注 in parentheses on the line after the 成文日期. Each attachment
// starts on a new page with 附件1 in 黑体 at the top left and its title
// centred on the third line.
//
// The 版记 (§7.4) is a table as wide as the block — 1 pt (0.35 mm) rules
// first and last, 0.75 pt (0.26 mm) between — in 4号 仿宋: 抄送 one
// character in, wrapped lines aligned after the colon, a full stop after
// the last name; the 印发机关 one character from the left and the 印发日期
// in Arabic numerals one character from the right. It sits in a text box
// anchored to the bottom of the text block of the last page, so that its
// last rule lies on the block's bottom edge; rows have exact heights
// (the 抄送 row one line per 26 characters after the first 29) so that the
// box's height is known.
//
// # Tables
//
// A [table.Table] of a section or an attachment is written with its
// caption centred above it, as wide as the text block with a fixed grid
// (columns as wide as their widest cell, the rest shared in proportion),
// in 仿宋 on exact 20 pt lines — 4号, or 小四 or 五号 when the columns need
// it to fit — 1 pt outer and 0.5 pt inner borders,
// header rows repeated on every page (w:tblHeader), merged cells as
// w:gridSpan and w:vMerge, numbers right-aligned and header cells centred
// ([table.Table.CellAlign]), and the notes under it (注：1.… 2.…).
//
// # Punctuation at the margin
//
// Every paragraph has w:overflowPunct off, so that a comma or 顿号 ending
// a line stays inside the text block instead of hanging in the margin.
// The document defaults say so in plain XML. LibreOffice's DOCX import
// reads the value inverted (w:val="0" turns its hanging punctuation on),
// so the paragraph styles give it in a markup-compatibility block
// (mc:AlternateContent, ISO/IEC 29500-3) at the element's place in w:pPr:
// "0" for programs that know the Word 2013 namespace w15, "1" for those
// that know only the Word 2010 namespace w14 (LibreOffice's import), "0"
// as the fallback. Printed by LibreOffice, no character passes the right
// margin; without the block, marks ending a line hang 5.5 mm into it.
//
// # Page numbers
//
// GB/T 9704-2012 §7.5: 4号 (14 pt) half-width 宋体 digits between em dashes,
// "— 1 —" (U+2014, a space on each side of the number), odd pages on the
// right and even pages on the left, one 4号 character (280 twips) in from
// the edge of the text block. The number is a PAGE field with a cached
// result ("1" in the odd footer, "2" in the even one) that every program
// recomputes. The top of the 一字线 stands 7 mm below the text block: the
// footer line is 14 pt high and the dash's ink begins 2.44 mm (138 twips)
// below its top, so the footer distance is 35 mm − 7 mm + 138 − 280 =
// 1445 twips.
//
// # Fonts
//
// The official fonts are often not installed. word/fontTable.xml gives the
// default fonts a substitute (w:altName: 仿宋 for 仿宋_GB2312, 楷体 for
// 楷体_GB2312, SimHei for 黑体, SimSun for 宋体, 宋体 for 方正小标宋简体) and
// declares the substitutes too, each with its English name (仿宋 →
// FangSong, 楷体 → KaiTi), with the GB2312 character set and, where well
// known, PANOSE and family hints, so that Word or WPS without the 方正 or
// _GB2312 fonts falls back to 仿宋/FangSong, 楷体/KaiTi, 黑体/SimHei and
// 宋体/SimSun. [WithFonts] replaces any of them.
//
// # Safety and determinism
//
// Write validates the document ([summary.Document.Validate]) and checks
// every text field: C0 control characters other than tab, line feed and
// carriage return, U+FFFE, U+FFFF and invalid UTF-8 (which includes lone
// surrogates) cannot appear in XML 1.0 and are reported with the field
// path and a Chinese message, all problems at once, as
// [lvzhi.ValidationErrors]. Everything else — markup characters, quotes,
// characters outside the Basic Multilingual Plane — is escaped or written
// as UTF-8. The file is built in memory and written with one Write call,
// so nothing reaches the writer when there is an error.
//
// The output depends only on the document and the options: parts are
// written in a fixed order, deflated, all dated 1980-01-01 00:00 (through
// the MS-DOS date fields, so that the entries carry no extra fields), and
// no map is iterated to produce output.
//
// # Batches
//
// A [Batch] is a numbered list of documents with file names, such as the
// 履职档案 of every member of a committee. [WriteZip] writes it as a zip of
// one DOCX file per document, each byte for byte what [Write] gives: the
// documents are built and laid out on every processor, at most two per
// processor ahead of the one being written; the parts every file shares
// (styles, settings, fonts, footers, relationships) are deflated once;
// the files are stored, not deflated again, with the same fixed dates as
// the parts. [WriteBook] writes the batch as one DOCX with a section per
// document (w:sectPr in the properties of its last paragraph), each
// starting on a new page and numbering its pages from 1
// (w:pgNumType w:start="1"). Both call an optional progress function after
// each document and give the same bytes for the same batch.
//
// # Concurrency
//
// [Write] keeps no state between calls and only reads the document: any
// number of goroutines may write the same or different documents at once,
// each getting the same bytes it would get alone, as long as no goroutine
// changes a document while it is being written.
package docx
