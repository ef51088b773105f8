package proofread

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// rule is one pattern-based check. find returns the findings in text
// (offsets relative to text), or nil.
type rule struct {
	id   string
	kind Kind
	find func(text string) []Finding
}

// A number in Arabic digits, possibly with a decimal part or thousands
// separators.
const num = `[0-9]+(?:[.,][0-9]+)*`

var (
	// 21多条, 3.5余万: 多/余 after a number that is not round.
	reApproxAfterExact = regexp.MustCompile(`(` + num + `)(多|余)`)
	// 约20多人, 将近400余人, 大约30人左右, 近20多年.
	reStackedPrefix = regexp.MustCompile(`(大约|约|将近|接近|近|大概|估计)(` + num + `)(多|余|[^0-9\s，。；、]{0,4}?左右)`)
	// 20多人左右.
	reStackedSuffix = regexp.MustCompile(`(` + num + `)(多|余)[^0-9\s，。；、]{0,4}?左右`)
	// 4千, 3百人 (Arabic digits mix only with 万 and 亿). Units such as 千米,
	// 千克, 千瓦, 百分点 are words of their own and excluded afterwards.
	reMixedUnit = regexp.MustCompile(`(` + num + `)(千|百|十)`)
	// 20～30%, 3～5亿: a range whose first number lacks the unit.
	reRangeUnit = regexp.MustCompile(`(` + num + `)(～|~|〜|－|—|–|-|至|到)(` + num + `)(%|％|‰|万|亿)`)
	// 1100余人次，较上年增加161人次: an approximate figure followed, in
	// the same sentence, by an exact increment or decrement.
	reApproxChange = regexp.MustCompile(`((?:约|近)` + num + `|` + num + `(?:余|多))[^0-9，。；]{0,4}，(?:比|较)[^，。；0-9]{1,6}(?:增加|减少|增长|下降)(` + num + `)`)
	// 22年上半年, 22年度: a two-digit year.
	reShortYear = regexp.MustCompile(`(^|[^0-9０-９.])([0-9]{2})年(上半年|下半年|度|初|底|末|第|[0-9]{1,2}月)`)
	// Full-width digits.
	reFullWidth = regexp.MustCompile(`[０-９]+`)
	// 1、 at the start of a paragraph as a heading marker (not 4、5月份).
	reDigitDunhao = regexp.MustCompile(`(?m)^[ \t　]*([0-9]+)、([^0-9]|$)`)
	// （一）、 or （一）. or (一): extra punctuation or half-width brackets.
	reParenPunct = regexp.MustCompile(`（([一二三四五六七八九十]+|[0-9]+)）[、.．，]`)
	reHalfParen  = regexp.MustCompile(`\(([一二三四五六七八九十]+)\)`)
	// 一. at the start of a paragraph: a level-1 marker takes 、.
	reHanDot = regexp.MustCompile(`(?m)^[ \t　]*([一二三四五六七八九十]+)[.．]`)
)

// unitWords start with 千, 百 or 十 but are units or words of their own, so
// "5千米" and "3百分点" are not mixed numerals.
var unitWords = []string{"千米", "千克", "千瓦", "千伏", "千帕", "千赫", "千焦", "千卡", "千字", "千兆", "百分点", "百分比", "百分之", "十分"}

func defaultRules() []rule {
	return []rule{
		{"approx-after-exact", KindNumber, findApproxAfterExact},
		{"stacked-approx", KindNumber, findStacked},
		{"mixed-numeral", KindNumber, findMixedUnit},
		{"range-unit", KindNumber, findRangeUnit},
		{"approx-exact-change", KindNumber, findApproxChange},
		{"short-year", KindNumber, findShortYear},
		{"fullwidth-digit", KindNumber, findFullWidth},
		{"heading-dunhao", KindHeading, findDigitDunhao},
		{"heading-paren", KindHeading, findParen},
		{"heading-han-dot", KindHeading, findHanDot},
		{"ordinal-year", KindHeading, findOrdinalYear},
		{"nested-colon", KindPunct, findNestedColon},
	}
}

func findApproxAfterExact(text string) []Finding {
	var out []Finding
	for _, m := range reApproxAfterExact.FindAllStringSubmatchIndex(text, -1) {
		n := text[m[2]:m[3]]
		if isRound(n) {
			continue
		}
		out = append(out, Finding{
			Offset: m[0], Text: text[m[0]:m[1]],
			Message:    "“" + text[m[4]:m[5]] + "”只能用在整十、整百等整数之后，表示概数；确切数字后不加“多”“余”",
			Suggestion: n,
		})
	}
	return out
}

func findApproxChange(text string) []Finding {
	var out []Finding
	for _, m := range reApproxChange.FindAllStringSubmatchIndex(text, -1) {
		if isRound(text[m[4]:m[5]]) {
			continue // 增加100余 beside 1100余 is approximate too
		}
		out = append(out, Finding{
			Offset: m[0], Text: text[m[0]:m[1]],
			Message: "概数“" + text[m[2]:m[3]] + "”之后写精确的增减量，读者无法核对；写确数，或增减量也用概数",
		})
	}
	return out
}

// isRound reports whether the number n (digits, maybe with a decimal part)
// ends in zero in its integer part and has no decimals: 20, 300, 1000.
func isRound(n string) bool {
	if strings.ContainsAny(n, ".") {
		return false
	}
	n = strings.ReplaceAll(n, ",", "")
	return len(n) >= 2 && n[len(n)-1] == '0'
}

func findStacked(text string) []Finding {
	var out []Finding
	seen := map[int]bool{}
	for _, m := range reStackedPrefix.FindAllStringSubmatchIndex(text, -1) {
		if partOfWord(text[:m[0]], text[m[2]:m[3]]) {
			continue
		}
		seen[m[4]] = true
		out = append(out, Finding{
			Offset: m[0], Text: text[m[0]:m[1]],
			Message:    "概数表达重复：“" + text[m[2]:m[3]] + "”与“" + strings.TrimSpace(lastApprox(text[m[6]:m[7]])) + "”不能同时使用",
			Suggestion: text[m[4]:m[5]] + text[m[6]:m[7]][:firstApproxLen(text[m[6]:m[7]])],
		})
	}
	for _, m := range reStackedSuffix.FindAllStringSubmatchIndex(text, -1) {
		if seen[m[2]] {
			continue
		}
		out = append(out, Finding{
			Offset: m[0], Text: text[m[0]:m[1]],
			Message:    "概数表达重复：“" + text[m[4]:m[5]] + "”与“左右”不能同时使用",
			Suggestion: strings.TrimSuffix(text[m[0]:m[1]], "左右"),
		})
	}
	return out
}

// partOfWord reports whether the approximation word w, preceded by
// before, is really the end of another word: 节约, 制约, 最近, 附近 ….
func partOfWord(before, w string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	switch w {
	case "约":
		return strings.ContainsRune("节制预合条契简公相邀违履", r)
	case "近":
		return strings.ContainsRune("最附邻临靠亲贴", r)
	}
	return false
}

// lastApprox names the approximation word at the end of a stacked match.
func lastApprox(s string) string {
	if strings.HasSuffix(s, "左右") {
		return "左右"
	}
	return s
}

// firstApproxLen returns how much of the tail to keep in the suggestion:
// "多"/"余" are kept (the prefix goes), and for "…左右" the words between
// the number and 左右 are kept.
func firstApproxLen(s string) int {
	if strings.HasSuffix(s, "左右") {
		return len(s) - len("左右")
	}
	return len(s)
}

func findMixedUnit(text string) []Finding {
	var out []Finding
	for _, m := range reMixedUnit.FindAllStringSubmatchIndex(text, -1) {
		rest := text[m[4]:]
		if hasAnyPrefix(rest, unitWords) {
			continue
		}
		out = append(out, Finding{
			Offset: m[0], Text: text[m[0]:m[1]],
			Message: "阿拉伯数字只能与“万”“亿”连用，不能与“" + text[m[4]:m[5]] + "”连用",
		})
	}
	return out
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func findRangeUnit(text string) []Finding {
	var out []Finding
	for _, m := range reRangeUnit.FindAllStringSubmatchIndex(text, -1) {
		unit := text[m[8]:m[9]]
		out = append(out, Finding{
			Offset: m[0], Text: text[m[0]:m[1]],
			Message:    "数值范围的两个数值都应带“" + unit + "”",
			Suggestion: text[m[2]:m[3]] + unit + text[m[4]:m[5]] + text[m[6]:m[7]] + unit,
		})
	}
	return out
}

func findShortYear(text string) []Finding {
	var out []Finding
	for _, m := range reShortYear.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, Finding{
			Offset: m[4], Text: text[m[4]:m[1]],
			Message: "年份不能简写为两位数字，应写全四位，如“2022年”",
		})
	}
	return out
}

func findFullWidth(text string) []Finding {
	var out []Finding
	for _, m := range reFullWidth.FindAllStringIndex(text, -1) {
		out = append(out, Finding{
			Offset: m[0], Text: text[m[0]:m[1]],
			Message:    "数字应使用半角阿拉伯数字",
			Suggestion: narrowDigits(text[m[0]:m[1]]),
		})
	}
	return out
}

func narrowDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r - '０' + '0')
	}
	return b.String()
}

func findDigitDunhao(text string) []Finding {
	var out []Finding
	for _, m := range reDigitDunhao.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, Finding{
			Offset: m[2], Text: text[m[2]:m[3]] + "、",
			Message:    "第三层标题序号用“1.”（半角数字加半角下脚点），不用“1、”",
			Suggestion: text[m[2]:m[3]] + ".",
		})
	}
	return out
}

func findParen(text string) []Finding {
	var out []Finding
	for _, m := range reParenPunct.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, Finding{
			Offset: m[0], Text: text[m[0]:m[1]],
			Message:    "括号序号后不再加标点",
			Suggestion: "（" + text[m[2]:m[3]] + "）",
		})
	}
	for _, m := range reHalfParen.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, Finding{
			Offset: m[0], Text: text[m[0]:m[1]],
			Message:    "中文序号应使用全角括号",
			Suggestion: "（" + text[m[2]:m[3]] + "）",
		})
	}
	return out
}

func findHanDot(text string) []Finding {
	var out []Finding
	for _, m := range reHanDot.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, Finding{
			Offset: m[2], Text: text[m[2]:m[1]],
			Message:    "第一层标题序号用“一、”，不用下脚点",
			Suggestion: text[m[2]:m[3]] + "、",
		})
	}
	return out
}
