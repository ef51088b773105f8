// Package zh writes and reads the Chinese forms that 政协 documents use:
// numerals, amounts of money in capital figures, heading markers, dates and
// periods in words, 姓氏笔画 order, and GB18030 text for legacy systems.
//
// It follows GB/T 15835-2011 《出版物上数字用法》 for numbers and dates,
// GB/T 9704-2012 《党政机关公文格式》 §7.3.3 for heading markers, the
// 会计基础工作规范 §52 and the 支付结算办法 for capital amounts, and the
// stroke-order rules of official name lists (以姓氏笔画为序). Text checks
// against these rules live in the subpackage [proofread].
//
// # Numerals
//
// [Numeral] writes an integer in Chinese: 105 一百零五, 110 一百一十,
// 100010000 一亿零一万, 2000 二千. It follows the school rule for reading
// large numbers: zeros that end a 万 or 亿 section are silent and any other
// run of zeros is read as one 零; 一十 loses its 一 only at the very start
// (十五万, but 一百一十); the units are 万, 亿 and 万亿, never 兆. Generated
// numbers use 二, the consistent formal form; [WithLiang] asks for 两
// before 千, 万 and 亿, and [WithLeadingYi] keeps a leading 一十.
// [ParseNumeral] is the inverse: it accepts 零 and 〇, 两, capital
// digits (壹贰叁 … 拾佰仟), 负 and the unambiguous variants people write (a
// 零 after 万 or 亿: 十万零一千), and rejects anything ambiguous (六千八) or
// malformed (一百百) with an error naming the position.
// [ParseNumeralStrict] accepts only the standard reading and names it for
// any other (十万零一千 应写作“十万一千”).
// [Ordinal] writes 第十一; [Digits] writes a number digit by digit with 〇
// (U+3007) as in years (二〇二二): 零 is for quantities, 〇 for years and
// numbering.
//
// # Money
//
// [Money] writes an amount given in fen (分) in capital figures for
// vouchers and contracts: 壹万陆仟肆佰零玖元零贰分; 壹拾 keeps its 壹, and 整
// follows 元 or 角, never 分.
//
// # Headings
//
// [Heading] returns the marker of a heading of level 1 to 4: 一、（一）1.（1）,
// with full-width brackets and nothing after them, and an ASCII period
// after the level-3 digit (1、 is wrong). [BookTitle] puts a title in
// 书名号, nested ones made single (《关于学习〈民法典〉的建议》, GB/T 15834).
//
// # Dates and periods
//
// [Date] writes a [lvzhi.Date] as official documents do, with Arabic
// numerals and no leading zeros: 2022年1月8日 (never 22年). [DateRange]
// repeats only what changes: 1月8日至10日 within a month, 4月28日至5月2日
// across months, 2021年12月30日至2022年1月2日 across years (both years,
// always); a one-day range is the date alone. [Xun] and [MonthXun] name the
// third of a month (上旬 1–10, 中旬 11–20, 下旬 21–end; 6月中旬). [Months]
// writes month lists: 4、5月份 for two months, 4月至6月 for a consecutive
// run, 3、5、7月份 otherwise. [PeriodName] names a [lvzhi.Period]:
// 2022年度, 2022年上半年, 2022年第一季度, 2022年3月. The options are values:
// [OmitYear] drops the year of dates inside the summary's own year (1月8日,
// 上半年, 全年), [Connector] replaces 至 with — or ～ (GB/T 15835, GB/T
// 15834), [PlainYear] writes 2022年 for a year period. [DateDigits] writes
// the Chinese-numeral date under a formal signature, 二〇二二年一月八日 with 〇
// (U+3007) and 十, never 一十; [Weekday] writes 星期六 (星期日 for Sunday).
// Zero or invalid values give "" and never a panic.
//
// # Rates, approximations and comparisons
//
// [Percent] writes rates with at most one decimal, 86.4% and 100%, never
// 100.0%, and never rounds an incomplete rate up to 100% or a non-zero one
// down to 0%; [PercentDecimals] chooses 0, 1 or 2 decimals under the same
// rule (129/134 → 96%, 96.3% or 96.27%; 99.95% is 99%, 99.9% or 99.95%,
// never 100%). [PercentFixed] keeps every decimal (96.0%, 100.0%), the
// form a table column takes so that its rates share one precision.
// [AtLeast] writes the lower bound a summary quotes instead
// of the rate, cut down to a chosen step: 99.2% → 99%以上 or 95%以上.
//
// Approximate numbers (概数) follow GB/T 15835-2011: [Approx] is one of
// 约, 近, 多 and 余 — one word per number, 多 and 余 only after a round
// number. [Approximate] rounds an exact count on purpose so that the words
// stay true (6512 → 6500余, 19600 → 近2万, 6512 → 约6500); [ApproxNumber]
// writes a number recorded as approximate and refuses one that breaks the
// rule (6512余 is an error, not text). [ArabicCount] writes counts with
// 万 and 亿 as the only Chinese units (2万, 1.5万).
//
// [CompareCount] and [CompareRate] write the comparison with an earlier
// period: counts in per cent (较上年增加6件，增长15.8%; 与上年持平), rates in
// percentage points between the rates as published (较上年提高1.6个百分点
// between 94.7% and 96.3%). Rates compare at the precision the document
// prints them, so two rates printed alike (94.9% and 94.9%, from 167/176
// and 188/198) are 与上年持平, and the points stated are what a reader gets
// by subtracting the printed figures; [CompareRateDecimals] compares at 0
// or 2 decimals.
//
// # Templates
//
// [FuncMap] offers these forms to text/template and html/template:
// "九届三次会议于{{daterange .Dates 2022}}召开" writes
// 九届三次会议于1月8日至10日召开. Besides the forms above it offers
// arithmetic (add, sub, sum: 转送 = 转为意见建议 + 转为社情民意 needs no
// Go), percent at a chosen precision, atleast, approx and approxnum, and
// compare and comparerate; a rate may be passed whole as a [Fraction].
// The summary builders use it for their sentences, and so can callers'
// own templates.
//
// # Name order
//
// [StrokeCompare], [StrokeLess] and [SortByStroke] order names as official
// lists do when they say 以姓氏笔画为序: by the number of strokes of the first
// character, then, for equal counts, stroke by stroke in the order
// 横、竖、撇、点、折 following GB13000.1 字符集汉字笔顺规范 (提 counts as 横,
// 竖钩 as 竖, 捺 as 点, every stroke with a turn as 折), then by the second
// character, and so on; a name that is a prefix of another comes first. So
// 丁 comes before 卜, 王 before 毛, and the seven-stroke surnames run 李 杨 吴
// 何 张 陈. This is not the order of golang.org/x/text/collate with
// zh-u-co-stroke, which puts 何 and 吴 before 李 and 杨. [Strokes] and
// [StrokeOrder] give a character's count and sequence (王 → 横横竖横).
//
// The table covers the 20,976 characters U+4E00–U+9FEF, which include 7,832
// of the 8,105 characters of the 通用规范汉字表 (the other 273 are in the
// extension blocks); it is generated by internal/strokegen from the stroke
// data of the npm package chinese-character-strokes (ISC licence), checked
// against the kTotalStrokes counts of Unihan. Han characters outside the
// table sort after all covered ones, other characters (Latin letters,
// digits) after all Han characters, each by code point. Spaces, including
// the full-width space of 王　伟, and the middle dot of transcribed names
// (阿沛·阿旺晋美) are skipped; names that are still equal are ordered by code
// point and then by bytes, so the order is total and sorting deterministic.
//
// # GB18030
//
// [EncodeGB18030], [DecodeGB18030] and [NewGB18030Writer] convert text for
// systems that still expect GB18030. The mapping is that of
// golang.org/x/text, completed with GB 18030's three user-defined areas
// (U+E000–U+E765 ↔ 0xAAA1–0xAFFE, 0xF8A1–0xFEFE, 0xA140–0xA7A0), so every
// convertible string survives a round trip. Nothing is replaced silently:
// invalid UTF-8, malformed GB18030 and the few private-use characters
// GB18030 cannot hold are an [EncodingError] naming the byte offset, and
// wrapping [ErrInvalidUTF8], [ErrInvalidGB18030] or [ErrNotInGB18030]. The
// writer accepts characters split across Write calls; Close reports one
// left incomplete.
package zh
