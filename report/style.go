package report

// DefaultStylesheet is the CSS of [HTML]: the page of GB/T 9704-2012 on
// screen and in print.
//
//   - Print: A4 with margins of 37 mm (top), 26 mm (right), 35 mm (bottom)
//     and 28 mm (left), the 156 × 225 mm text block of the standard; 22
//     lines of 28 characters (3号 characters condensed by 0.3 pt, as in the
//     DOCX, so that exactly 28 fit the 156 mm line); page numbers "— 1 —"
//     in 4号 宋体 in the page-margin boxes, odd (right) pages on the right
//     and even (left) pages on the left, one character in from the text
//     block, the 一字线 7 mm below it (§7.5); a heading is never the last
//     line of a page; attachments each start on a new page; the 版记 stands at the foot of a page of its own, the last
//     (§7.4: 版记 on the last page), which carries no page number. Print
//     without the browser's own header and footer (Chromium:
//     --no-pdf-header-footer; in the print dialog, untick "Headers and
//     footers"): the page margins are the document's.
//   - Screen: the same page drawn as a sheet of paper, and on a narrow
//     screen the text alone.
//   - Type: the title in 2号 (22 pt) 方正小标宋简体, the body in 3号 (16 pt)
//     仿宋_GB2312, level-1 headings in 黑体 and level-2 headings in 楷体,
//     each followed by common substitutes and a generic family. Level-3
//     and level-4 headings use the body font. Nothing is bold.
//   - Lines: 28.95 pt apart (the 22-line grid of the standard), every
//     paragraph and heading indented two characters, the title centred
//     with an empty line after it, and the 落款 after an empty line:
//     sealed, the date four characters from the right and the issuer
//     centred on it (the issuer is positioned over the date's box, so the
//     browser centres it whatever the fonts); unsealed, the issuer two
//     characters from the right and the date two characters right of the
//     issuer's first character (a box as wide as the wider of the issuer
//     and the indented date, two characters from the right).
//   - 版头: the red 发文机关标志 with its top 35 mm below the top of the
//     text block, the 发文字号 two lines below it and the red separator
//     line 4 mm below the 发文字号; tables in 4号 with ruled cells, each
//     row 25.7 pt high (20 pt lines, 1 mm of padding less the border) like
//     the DOCX's, so that a table breaks across pages where it does; the
//     版记's rules 0.35 mm (first and last) and 0.25 mm thick, drawn scaled
//     so that the browser does not round them to whole pixels.
const DefaultStylesheet = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; vertical-align: top; text-align: right; padding: 4.6mm 14pt 0 0; font: 14pt/14pt "宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", serif; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; vertical-align: top; text-align: left; padding: 4.6mm 0 0 14pt; font: 14pt/14pt "宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", serif; } }
@page record { @bottom-right { content: none; } @bottom-left { content: none; } }
html { background: #e8e8e8; }
body { margin: 0; padding: 1em 0; }
.document {
  box-sizing: border-box;
  width: 210mm;
  min-height: 297mm;
  margin: 0 auto;
  padding: 37mm 26mm 35mm 28mm;
  background: #fff;
  color: #000;
  font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif;
  font-size: 16pt;
  line-height: 28.95pt;
  letter-spacing: -0.3pt;
  text-align: justify;
  line-break: strict;
}
.document h1, .document h2, .document h3, .document h4, .document h5, .document p {
  margin: 0;
  font-size: 16pt;
  font-weight: normal;
  line-height: 28.95pt;
}
.document h1 {
  margin-bottom: 28.95pt;
  font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "SimSun", serif;
  font-size: 22pt;
  letter-spacing: 0;
  text-align: center;
}
.document h2, .document h3, .document h4, .document h5, .document p { text-indent: 2em; }
.document h2, .document h3, .document h4, .document h5, .document .attachment-label { break-after: avoid; }
.document .level-1 { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; }
.document .level-2 { font-family: "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif; }
.document .signature { margin-top: 28.95pt; text-align: right; }
.document .signature p { text-indent: 0; white-space: nowrap; }
.document .signature-block { display: inline-block; position: relative; margin-right: calc(4 * (1em - 0.3pt)); padding-top: 28.95pt; text-align: left; }
.document .signature .issuer { position: absolute; top: 0; left: 50%; transform: translateX(-50%); }
.document .signature.undated .signature-block { padding-top: 0; }
.document .signature.undated .issuer { position: static; transform: none; }
.document .signature.unsealed .signature-block { margin-right: calc(2 * (1em - 0.3pt)); padding-top: 0; }
.document .signature.unsealed .issuer { position: static; transform: none; }
.document .signature.unsealed .date { padding-left: calc(2 * (1em - 0.3pt)); }
.document .head p { text-indent: 0; }
.document .head .secrecy, .document .head .urgency { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; }
.document .head .mark {
  margin-top: 32.66mm;
  color: #f00;
  font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "SimSun", serif;
  font-size: 48pt;
  line-height: 52pt;
  letter-spacing: 0;
  text-align: center;
  white-space: nowrap;
}
.document .head .number { margin-top: 57.9pt; text-align: center; }
.document .head .number.upward { display: flex; justify-content: space-between; padding: 0 1em; text-align: left; }
.document .head .signer { font-family: "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif; }
.document .head .separator { height: 0; margin: 1.98mm 0 0; border: 0; border-top: 1.5pt solid #f00; }
.document .head + .title { margin-top: 57.9pt; }
.document .to { text-indent: 0; }
.document .attachment-list { margin-top: 28.95pt; }
.document .attachment-list p { margin-left: 5em; text-indent: -3em; }
.document .attachment-list p.more { text-indent: 0; }
.document .attachment { break-before: page; }
.document .attachment-label { text-indent: 0; font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; }
.document .attachment .attachment-title {
  margin: 28.95pt 0;
  font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "SimSun", serif;
  font-size: 22pt;
  letter-spacing: 0;
  text-align: center;
  text-indent: 0;
}
.document .data-table { width: 100%; border-collapse: collapse; border: 1pt solid #000; font-size: 14pt; line-height: 20pt; letter-spacing: 0; }
.document .data-table.small { font-size: 12pt; }
.document .data-table.smaller { font-size: 10.5pt; }
.document .data-table caption { font-size: 16pt; line-height: 28.95pt; }
.document .data-table th, .document .data-table td { padding: 2.6pt 1mm; border: 0.5pt solid #000; font-weight: normal; vertical-align: middle; }
.document .data-table thead { display: table-header-group; }
.document .data-table tfoot { display: table-row-group; }
.document .data-table tr { break-inside: avoid; }
.document .data-table .nowrap { white-space: nowrap; }
.document .align-left { text-align: left; }
.document .align-center { text-align: center; }
.document .align-right { text-align: right; }
.document p.table-note { padding-left: 2em; font-size: 14pt; line-height: 20pt; letter-spacing: 0; text-indent: -2em; }
.document p.table-note.more { text-indent: 0; }
.document .data-table + .data-table, .document .table-note + .data-table { margin-top: 28.95pt; }
.document .record { position: relative; margin-top: 28.95pt; padding: 0.35mm 0; font-size: 14pt; letter-spacing: 0; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.document .record::before, .document .record::after, .document .record .cc::after {
  content: ""; position: absolute; left: 0; right: 0; height: 3.5mm; background: #000; transform: scaleY(0.1);
}
.document .record::before { top: 0; transform-origin: top; }
.document .record::after { bottom: 0; transform-origin: bottom; }
.document .record p { text-indent: 0; font-size: 14pt; padding: 0 1em; }
.document .record .cc { position: relative; display: flex; }
.document .record .cc::after { bottom: 0; height: 2.5mm; transform-origin: bottom; }
.document .record .cc-label { flex: none; }
.document .record .printer { display: flex; justify-content: space-between; }
@media screen and (max-width: 210mm) {
  html { background: #fff; }
  body { padding: 0; }
  .document { width: auto; min-height: 0; padding: 1.5em; }
}
@media print {
  html { background: none; }
  body { padding: 0; }
  .document { width: auto; min-height: 0; margin: 0; padding: 0; }
  .document .record-page { page: record; break-before: page; display: flex; flex-direction: column; justify-content: flex-end; height: 224.5mm; }
  .document .record { margin-top: 0; }
}
`
