package report

// DefaultStylesheet is the CSS of [HTML]: the page of GB/T 9704-2012 on
// screen and in print.
//
//   - Print: A4 with margins of 37 mm (top), 26 mm (right), 35 mm (bottom)
//     and 28 mm (left), the 156 × 225 mm text block of the standard.
//   - Screen: the same page drawn as a sheet of paper, and on a narrow
//     screen the text alone.
//   - Type: the title in 2号 (22 pt) 方正小标宋简体, the body in 3号 (16 pt)
//     仿宋_GB2312, level-1 headings in 黑体 and level-2 headings in 楷体,
//     each followed by common substitutes and a generic family. Level-3
//     and level-4 headings use the body font. Nothing is bold.
//   - Lines: 28.95 pt apart (the 22-line grid of the standard), every
//     paragraph and heading indented two characters, the title centred
//     with an empty line after it, and the 落款 after an empty line, the
//     issuer centred on the date and the date four characters from the
//     right.
const DefaultStylesheet = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
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
  text-align: justify;
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
  text-align: center;
}
.document h2, .document h3, .document h4, .document h5, .document p { text-indent: 2em; }
.document .level-1 { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; }
.document .level-2 { font-family: "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif; }
.document .signature { margin-top: 28.95pt; text-align: right; }
.document .signature-block { display: inline-block; margin-right: 4em; text-align: center; }
.document .signature p { text-indent: 0; }
@media screen and (max-width: 210mm) {
  html { background: #fff; }
  body { padding: 0; }
  .document { width: auto; min-height: 0; padding: 1.5em; }
}
@media print {
  html { background: none; }
  body { padding: 0; }
  .document { width: auto; min-height: 0; margin: 0; padding: 0; }
}
`
