package docx

// Page and grid measures of GB/T 9704-2012, in twips (1/20 pt; 1 mm =
// 1440/25.4 ≈ 56.6929 twips). Derivations are in the package
// documentation; layout_test.go checks the arithmetic.
const (
	// pageWidth and pageHeight are A4, 210 × 297 mm.
	pageWidth  = 11906
	pageHeight = 16838

	// marginTop is 37 mm (2097.6 twips, rounded to 2098).
	marginTop = 2098
	// marginBottom is 35 mm (1984.3 twips, rounded to 1984).
	marginBottom = 1984
	// marginLeft is 28 mm (1587.4 twips, rounded to 1587).
	marginLeft = 1587
	// marginRight is 26 mm (1474.0 twips).
	marginRight = 1474

	// textWidth is the width of the text block, 156 mm.
	textWidth = pageWidth - marginLeft - marginRight // 8845
	// textHeight is the height of the text block, 225 mm.
	textHeight = pageHeight - marginTop - marginBottom // 12756

	// linesPerPage and charsPerLine are the GB/T 9704 grid: 22 lines of 28
	// characters.
	linesPerPage = 22
	charsPerLine = 28

	// linePitch is the grid line pitch and the exact line height of every
	// paragraph: 12756 / 22 = 579.8 twips, rounded down to 579 (28.95 pt)
	// so that 22 lines always fit (22 × 580 would exceed the block).
	linePitch = textHeight / linesPerPage // 579

	// charSpace is w:docGrid/@w:charSpace: the difference between the
	// wanted character pitch and the 16 pt body size, in 1/4096 pt. The
	// pitch is 8845 / 28 = 315.89 twips = 15.7946 pt, so the difference
	// is −0.2054 pt = −841.1/4096 pt; it is rounded away from zero to −842
	// so that 28 characters (28 × 15.7944 pt = 442.244 pt) never exceed
	// the 442.25 pt line.
	charSpace = -842

	// condense is the character spacing of body text and headings
	// (w:spacing/@w:val in rPr), in twips: −6 = −0.3 pt, so that a 3号
	// character advances 15.7 pt. 28 of them take 439.6 pt and 29 would
	// take 455.3 pt, so a line of the 442.25 pt text block holds exactly
	// 28 full-width characters in every program, whether or not it snaps
	// text to the character grid (see the package documentation).
	condense = -6

	// bodySize is 3号, 16 pt, in half-points (w:sz).
	bodySize = 32
	// titleSize is 2号, 22 pt, in half-points.
	titleSize = 44
	// pageNumberSize is 4号, 14 pt, in half-points.
	pageNumberSize = 28

	// bodyChar is the width of one body character (16 pt) in twips, the
	// unit of the 落款 indents.
	bodyChar = bodySize * 10 // 320
	// pageNumberChar is one 4号 character (14 pt) in twips: page numbers
	// stand one character in from the edge of the text block.
	pageNumberChar = pageNumberSize * 10 // 280

	// footerDistance is w:pgMar/@w:footer, the distance from the bottom
	// edge of the page to the bottom of the footer. GB/T 9704-2012 §7.5
	// puts the top of the 一字线 (the dashes around the number) 7 mm below
	// the text block. In the footer's exact 14 pt line the dash's ink
	// begins dashInk below the line's top, so the line's top stands
	// 7 mm − dashInk below the block and its bottom 280 twips lower:
	// 35 mm − 7 mm + dashInk − 280 = 1587 + 138 − 280 = 1445 twips above
	// the page edge.
	footerDistance = mm28 + dashInk - pageNumberChar
	// mm28 is 35 − 7 mm in twips.
	mm28 = 1587
	// dashInk is how far below the top of its line the ink of a 4号 dash
	// begins: 2.44 mm (138 twips), measured in LibreOffice with a 宋体-like
	// font (the dash sits a little above the middle of the em box).
	dashInk = 138
	// headerDistance is w:pgMar/@w:header; the document has no header, so
	// any value inside the top margin will do: 15 mm.
	headerDistance = 850

	// dateRightChars is the right indent of the 成文日期 in characters
	// (GB/T 9704-2012 §7.3.5.1: 右空四字).
	dateRightChars = 4
)
