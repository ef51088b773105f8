package reporttest

import "strings"

// inlineContext is the number of unchanged characters kept on each side
// of a change within a line; the rest of a long line is elided with "…".
const inlineContext = 20

// pairLines pairs, in each run of deleted lines followed by inserted lines
// of a hunk, the i-th deleted line with the i-th inserted one: such a pair
// is usually one paragraph edited, and [inlineDiff] shows what changed in
// it. It returns the partner's index in h for each paired entry, -1 for
// the others.
func pairLines(h []edit) []int {
	partner := make([]int, len(h))
	for i := range partner {
		partner[i] = -1
	}
	for i := 0; i < len(h); {
		if h[i].op != opDelete {
			i++
			continue
		}
		d := i
		for i < len(h) && h[i].op == opDelete {
			i++
		}
		ins := i
		for i < len(h) && h[i].op == opInsert {
			i++
		}
		for k := 0; d+k < ins && ins+k < i; k++ {
			partner[d+k], partner[ins+k] = ins+k, d+k
		}
	}
	return partner
}

// inlineDiff marks the characters that differ between the old line a and
// the new line b: the common beginning and end are kept (at most
// inlineContext characters of each, the rest elided with "…"), and the
// differing middle is written [-…-] in a and {+…+} in b:
//
//	…发扬民主[-建言献策-]，…
//	…发扬民主{+协商议政+}，…
//
// ok is false when the lines have nothing in common at either end, where
// marks would only add noise.
func inlineDiff(a, b string) (da, db string, ok bool) {
	ra, rb := []rune(a), []rune(b)
	pre := 0
	for pre < len(ra) && pre < len(rb) && ra[pre] == rb[pre] {
		pre++
	}
	suf := 0
	for suf < len(ra)-pre && suf < len(rb)-pre && ra[len(ra)-1-suf] == rb[len(rb)-1-suf] {
		suf++
	}
	if pre+suf == 0 {
		return "", "", false
	}
	head := string(ra[:pre])
	if pre > inlineContext {
		head = "…" + string(ra[pre-inlineContext:pre])
	}
	tail := string(ra[len(ra)-suf:])
	if suf > inlineContext {
		tail = string(ra[len(ra)-suf:len(ra)-suf+inlineContext]) + "…"
	}
	mark := func(open, mid, close string) string {
		var sb strings.Builder
		sb.WriteString(head)
		sb.WriteString(open)
		sb.WriteString(mid)
		sb.WriteString(close)
		sb.WriteString(tail)
		return sb.String()
	}
	return mark("[-", string(ra[pre:len(ra)-suf]), "-]"), mark("{+", string(rb[pre:len(rb)-suf]), "+}"), true
}
