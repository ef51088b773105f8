package proofread

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The style rules (文风) look at a paragraph at a time; a paragraph is a
// line of the checked text.
const (
	// minPhrase is the shortest run of Chinese characters that counts as a
	// repeated phrase.
	minPhrase = 10
	// minSentencePhrase is the shortest run of Chinese characters that
	// counts as repeated within one sentence.
	minSentencePhrase = 5
	// minTitle is the shortest title (between 《》 or “”) whose repetition
	// in consecutive sentences is reported.
	minTitle = 6
	// minItem is the length every inner item of a 、 list must reach for
	// the list to count as an enumeration of names rather than of short
	// parallel words (自重、自省、自警、自励; 体察民情、了解民意、解决民需).
	minItem = 5
)

// WithListLimit sets the most items a list may name (default 3): a 、
// list of names, a run of titles (《甲》《乙》…) or of quoted names longer
// than n, or a sentence of more than n+1 clauses joined by semicolons, is
// reported by the "long-enumeration" rule.
func WithListLimit(n int) Option {
	return func(c *Checker) {
		if n > 0 {
			c.listLimit = n
		}
	}
}

// findStyle runs the style rules over text, paragraph by paragraph.
func (c *Checker) findStyle(text string) []Finding {
	limit := c.listLimit
	if limit == 0 {
		limit = 3
	}
	var out []Finding
	start := 0
	for para := range strings.SplitSeq(text, "\n") {
		if !c.skip["repeated-phrase"] {
			out = append(out, shift(findRepeatedPhrase(para), start)...)
		}
		if !c.skip["sentence-repeat"] {
			out = append(out, shift(findSentenceRepeat(para), start)...)
		}
		if !c.skip["long-enumeration"] {
			out = append(out, shift(findLongEnumeration(para, limit), start)...)
		}
		if !c.skip["title-repeat"] {
			out = append(out, shift(findTitleRepeat(para), start)...)
		}
		start += len(para) + 1
	}
	return out
}

func shift(fs []Finding, by int) []Finding {
	for i := range fs {
		fs[i].Kind = KindStyle
		fs[i].Offset += by
	}
	return fs
}

// findRepeatedPhrase reports a run of at least minPhrase Chinese
// characters that occurs twice in the paragraph (outside titles), at its
// second occurrence, each phrase once.
func findRepeatedPhrase(para string) []Finding {
	return repeats(para, minPhrase, false)
}

// findSentenceRepeat reports a run of at least minSentencePhrase (and
// fewer than minPhrase, which "repeated-phrase" reports) Chinese
// characters said twice in one sentence, outside titles and quotations:
// 向区委常委会汇报了政协工作，区委常委会对政协工作进行了具体指导.
// Sentences end at 。！？ and ；.
func findSentenceRepeat(para string) []Finding {
	var out []Finding
	start := 0
	check := func(sentence string, at int) {
		out = append(out, shift(repeats(sentence, minSentencePhrase, true), at)...)
		for _, w := range sentenceOnce {
			if first := strings.Index(sentence, w); first >= 0 {
				if next := strings.Index(sentence[first+len(w):], w); next >= 0 {
					out = append(out, Finding{Rule: "sentence-repeat", Offset: at + first + len(w) + next, Text: w,
						Message: "同一句中两次用“" + w + "”，层次不清，可拆句或改用“含”"})
				}
			}
		}
	}
	for i, r := range para {
		if strings.ContainsRune("。！？；", r) {
			check(para[start:i], start)
			start = i + utf8.RuneLen(r)
		}
	}
	check(para[start:], start)
	return out
}

// sentenceOnce are short words that one sentence uses once: 其中 twice
// (共收到提案300件（其中集体提案49件），…，其中本级办理228件) leaves the reader
// to work out what each part is part of.
var sentenceOnce = []string{"其中"}

// repeats reports a run of at least least Chinese characters that occurs
// twice in text, outside titles (and, for a sentence, outside quotation
// marks), at its second occurrence, each phrase once. For a sentence,
// runs of minPhrase characters or more are left to the paragraph rule.
func repeats(para string, least int, sentence bool) []Finding {
	var rs []rune
	var at []int
	inTitle := 0
	for i, r := range para {
		switch {
		case r == '《' || sentence && r == '“':
			inTitle++
		case r == '》' || sentence && r == '”':
			inTitle = max(inTitle-1, 0)
		}
		if inTitle > 0 || !unicode.Is(unicode.Han, r) {
			r = 0 // a break: phrases never span it
		}
		rs = append(rs, r)
		at = append(at, i)
	}
	first := make(map[string]int)
	reported := make(map[string]bool)
	var out []Finding
	rule, where := "repeated-phrase", "同一段中"
	if sentence {
		rule, where = "sentence-repeat", "同一句中"
	}
	for i := 0; i+least <= len(rs); i++ {
		if !allHan(rs[i : i+least]) {
			continue
		}
		key := string(rs[i : i+least])
		j, seen := first[key]
		if !seen {
			first[key] = i
			continue
		}
		if j+least > i { // overlapping: a run of one character
			continue
		}
		n := least
		for i+n < len(rs) && rs[i+n] != 0 && rs[j+n] == rs[i+n] && j+n < i {
			n++
		}
		phrase := string(rs[i : i+n])
		if !reported[phrase] && (!sentence || n < minPhrase) {
			reported[phrase] = true
			out = append(out, Finding{Rule: rule, Offset: at[i], Text: phrase,
				Message: where + "重复出现“" + phrase + "”，可删去或换一种说法"})
		}
		i += n - 1
	}
	return out
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if r == 0 {
			return false
		}
	}
	return true
}

// findLongEnumeration reports lists longer than limit: a 、 list of names
// (inner items of minItem characters or more, none with digits:
// statistics such as 常委会议3次、主席会议9次 are counts, not names), a run
// of titles or quoted names, and a sentence of more than limit+1 clauses
// joined by semicolons.
func findLongEnumeration(para string, limit int) []Finding {
	var out []Finding
	msg := "列举过多（" + strconv.Itoa(limit) + "项以内为宜），宜选列几项后用“等N项”概括"
	// 、 lists, clause by clause.
	for _, p := range pieces(para, "，。；：？！") {
		off, clause := p.off, p.text
		items := strings.Split(clause, "、")
		if len(items) <= limit {
			continue
		}
		// The first and last items carry the words around the list; the
		// inner ones tell names from short parallel words.
		names := true
		for k, it := range items {
			if strings.ContainsAny(it, "0123456789") || k > 0 && k < len(items)-1 && utf8.RuneCountInString(it) < minItem {
				names = false
				break
			}
		}
		if !names {
			continue
		}
		out = append(out, Finding{Rule: "long-enumeration", Offset: off, Text: clause,
			Message: "顿号列举" + strconv.Itoa(len(items)) + "项，" + msg})
	}
	// Runs of marked titles or names: 《甲》《乙》 or “甲”“乙”.
	for _, m := range [][2]string{{"《", "》"}, {"“", "”"}} {
		for i := 0; i < len(para); {
			j := strings.Index(para[i:], m[0])
			if j < 0 {
				break
			}
			start, n, k := i+j, 0, i+j
			for strings.HasPrefix(para[k:], m[0]) {
				e := strings.Index(para[k:], m[1])
				if e < 0 {
					break
				}
				k += e + len(m[1])
				n++
			}
			if n > limit {
				out = append(out, Finding{Rule: "long-enumeration", Offset: start, Text: para[start:k],
					Message: "连续列举" + strconv.Itoa(n) + "个" + m[0] + m[1] + "，" + msg})
			}
			i = max(k, start+len(m[0]))
		}
	}
	// Sentences of many clauses joined by semicolons.
	for _, p := range pieces(para, "。？！") {
		off, sentence := p.off, p.text
		if n := strings.Count(sentence, "；") + 1; n > limit+1 {
			out = append(out, Finding{Rule: "long-enumeration", Offset: off, Text: firstRunes(sentence, 20) + "…",
				Message: "一句中用分号罗列" + strconv.Itoa(n) + "项，宜按类归并，概括说明"})
		}
	}
	return out
}

// findTitleRepeat reports a title (《…》, or a quoted name “…”) of at
// least minTitle characters named again in the same or the next sentence,
// where 该书, 该课题 or 上述提案 is what offices write.
func findTitleRepeat(para string) []Finding {
	var out []Finding
	last := map[string]int{} // title → index of the sentence it was last named in
	sentence := 0
	for i, r := range para {
		switch r {
		case '。', '？', '！':
			sentence++
			continue
		case '《', '“':
		default:
			continue
		}
		closer := "》"
		if r == '“' {
			closer = "”"
		}
		body := para[i+len(string(r)):]
		e := strings.Index(body, closer)
		if e < 0 || utf8.RuneCountInString(body[:e]) < minTitle {
			continue
		}
		title := string(r) + body[:e] + closer
		if s, ok := last[title]; ok && sentence-s <= 1 {
			ref := "该书"
			if r == '“' {
				ref = "该课题"
			}
			out = append(out, Finding{Rule: "title-repeat", Offset: i, Text: title, Suggestion: ref,
				Message: "标题在相邻句中重复，可改用“该书”“该提案”“上述课题”等指代"})
		}
		last[title] = sentence
	}
	return out
}

// piece is a part of a paragraph and its byte offset.
type piece struct {
	off  int
	text string
}

// pieces returns the pieces of s between any of the separators, in
// order. Empty pieces are left out.
func pieces(s, seps string) []piece {
	var out []piece
	start := 0
	for i, r := range s {
		if strings.ContainsRune(seps, r) {
			if i > start {
				out = append(out, piece{start, s[start:i]})
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if start < len(s) {
		out = append(out, piece{start, s[start:]})
	}
	return out
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
