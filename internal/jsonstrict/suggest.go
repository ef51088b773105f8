package jsonstrict

import "strings"

// suggest returns "，应为“name”" when one field's name is close to the
// unknown key k — the same but for letter case, underscores or hyphens,
// or at most two letters apart — so that a clerk sees the likely typo;
// otherwise "".
func suggest(fields []field, k string) string {
	best, bestDist := "", 3
	squash := func(s string) string {
		return strings.ToLower(strings.NewReplacer("_", "", "-", "", " ", "").Replace(s))
	}
	for _, f := range fields {
		d := distance(squash(f.name), squash(k), 3)
		if d < bestDist || d == bestDist && best != "" && f.name < best {
			best, bestDist = f.name, d
		}
	}
	if best == "" || bestDist > 2 || bestDist > len([]rune(k))/2 {
		return ""
	}
	return "，应为“" + best + "”"
}

// distance returns the Levenshtein distance of a and b, or limit when it
// is limit or more.
func distance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d >= limit || -d >= limit {
		return limit
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], limit)
}
