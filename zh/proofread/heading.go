package proofread

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minHeadingPhrase is the shortest run of Chinese characters of a heading
// whose repetition in the first sentence under it is reported.
const minHeadingPhrase = 5

// CheckUnder checks text, the first paragraph under a heading, for what
// only the pair shows: the "heading-repeat" rule reports a phrase of the
// heading (a run of five Chinese characters or more) said again in the
// first clause of the paragraph — 召开区政协九届三次会议，发扬民主建言献策
// followed by 九届三次会议召开前夕，…, where 会议 refers back to it. A
// phrase said later in the paragraph is the subject matter, not a
// repetition (…社情民意信息工作成效明显 above 通过…渠道广泛征集，全年共收集社情民意
// 信息206条). Offsets, lines and columns are those of text.
// WithoutRules("heading-repeat") turns the rule off.
func (c *Checker) CheckUnder(heading, text string) []Finding {
	if c == nil {
		c = defaultChecker
	}
	if c.skip["heading-repeat"] || heading == "" || text == "" {
		return nil
	}
	first := text
	if i := strings.IndexAny(text, "，。！？；：\n"); i >= 0 {
		first = text[:i]
	}
	out := findHeadingRepeat(heading, first)
	locate(text, out)
	return out
}

// findHeadingRepeat reports the longest run of at least minHeadingPhrase
// Chinese characters of heading found in clause, outside titles, at its
// place in clause.
func findHeadingRepeat(heading, clause string) []Finding {
	// Runs of Chinese characters of the heading, titles aside.
	var runs []string
	var cur strings.Builder
	inTitle := 0
	flush := func() {
		if utf8.RuneCountInString(cur.String()) >= minHeadingPhrase {
			runs = append(runs, cur.String())
		}
		cur.Reset()
	}
	for _, r := range heading {
		switch r {
		case '《':
			inTitle++
		case '》':
			inTitle = max(inTitle-1, 0)
		}
		if inTitle > 0 || !unicode.Is(unicode.Han, r) {
			flush()
			continue
		}
		cur.WriteRune(r)
	}
	flush()
	best, at := "", -1
	for _, run := range runs {
		rs := []rune(run)
		for n := len(rs); n >= minHeadingPhrase && n > utf8.RuneCountInString(best); n-- {
			for i := 0; i+n <= len(rs); i++ {
				if j := strings.Index(clause, string(rs[i:i+n])); j >= 0 && !insideTitle(clause, j) {
					best, at = string(rs[i:i+n]), j
					break
				}
			}
		}
	}
	if at < 0 {
		return nil
	}
	return []Finding{{Kind: KindStyle, Rule: "heading-repeat", Offset: at, Text: best,
		Message: "段首重复标题中的“" + best + "”，可删去或改用简称、指代（如“会议”）"}}
}

// insideTitle reports whether byte offset i of s lies between 《 and 》.
func insideTitle(s string, i int) bool {
	return strings.Count(s[:i], "《") > strings.Count(s[:i], "》")
}
