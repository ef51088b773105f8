package digest

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi/zh"
)

// DefaultLimit is the number of items a [List] names when no limit is
// given: three, as offices name three examples before 等.
const DefaultLimit = 3

// Mark is how the names of a [List] are marked when joined.
type Mark int

// The marks.
const (
	Plain Mark = iota // 甲、乙、丙 (顿号 between names)
	Quote             // “甲”“乙”“丙” (no 顿号 between quoted names, GB/T 15834)
	Book              // 《甲》《乙》《丙》
)

// List is a selection of names out of a larger number of items.
type List struct {
	// Names are the names kept, in significance order, each once.
	Names []string
	// Total is the number of distinct items the names were chosen from.
	Total int
	// Mark is how the names are marked when joined.
	Mark Mark
}

// Top sorts a copy of items by cmp (stable: items cmp calls equal keep
// their order), drops items whose name was seen before, and keeps the
// names of the first limit of them (limit 0 means [DefaultLimit], a
// negative limit keeps all). Total counts the distinct names.
func Top[T any](items []T, limit int, cmp func(a, b T) int, name func(T) string, mark Mark) List {
	if limit == 0 {
		limit = DefaultLimit
	}
	sorted := items
	if cmp != nil {
		sorted = slices.Clone(items)
		slices.SortStableFunc(sorted, cmp)
	}
	l := List{Mark: mark}
	seen := make(map[string]bool, len(items))
	for _, it := range sorted {
		n := strings.TrimSpace(name(it))
		if n == "" || seen[n] {
			continue
		}
		seen[n] = true
		l.Total++
		if limit < 0 || len(l.Names) < limit {
			l.Names = append(l.Names, n)
		}
	}
	return l
}

// Names returns a List of names, in their order, repeated ones dropped,
// limited as by [Top].
func Names(names []string, limit int, mark Mark) List {
	return Top(names, limit, nil, func(s string) string { return s }, mark)
}

// Len returns the number of names kept.
func (l List) Len() int { return len(l.Names) }

// More returns the number of distinct items not named.
func (l List) More() int { return l.Total - len(l.Names) }

// Joined returns the names joined by the list's mark: 甲、乙 or “甲”“乙”
// or 《甲》《乙》.
func (l List) Joined() string {
	var sb strings.Builder
	for i, n := range l.Names {
		switch l.Mark {
		case Quote:
			sb.WriteString("“" + n + "”")
		case Book:
			sb.WriteString(zh.BookTitle(n))
		default:
			if i > 0 {
				sb.WriteString("、")
			}
			sb.WriteString(n)
		}
	}
	return sb.String()
}

// Factored returns the names joined as [List.Joined] does, with an
// ending that every name shares written once, after the last: 中小学校、
// 农业示范基地、工业园区建设情况 for three subjects ending in 建设情况. The
// shared ending must be at least two characters and leave at least two
// of each name; otherwise Factored is Joined. Only for plain lists of
// like phrases: the ending of titles is part of each title.
func (l List) Factored() string {
	if l.Mark != Plain || len(l.Names) < 2 {
		return l.Joined()
	}
	shortest := len([]rune(l.Names[0]))
	for _, n := range l.Names[1:] {
		shortest = min(shortest, len([]rune(n)))
	}
	suffix := 0
	for k := 1; k <= shortest-2; k++ {
		end := string([]rune(l.Names[0])[len([]rune(l.Names[0]))-k:])
		all := true
		for _, n := range l.Names[1:] {
			if !strings.HasSuffix(n, end) {
				all = false
				break
			}
		}
		if !all {
			break
		}
		suffix = k
	}
	if suffix < 2 {
		return l.Joined()
	}
	stems := make([]string, len(l.Names))
	for i, n := range l.Names {
		r := []rune(n)
		stems[i] = string(r[:len(r)-suffix])
	}
	return strings.Join(stems, "、") + string([]rune(l.Names[0])[len([]rune(l.Names[0]))-suffix:])
}

// Grouped returns the names joined as [List.Factored] does, but for the
// names that share an ending only: those are written first, the ending
// once after the last of them, and the others follow in order: 文史、提案
// 工作座谈会和经济形势分析会 for 经济形势分析会, 文史工作座谈会 and 提案工作座谈会.
// The ending chosen is the one most names share (the longer of two
// shared as widely), of at least two characters, leaving at least two of
// each name. Without such an ending Grouped is Joined.
func (l List) Grouped() string {
	if l.Mark != Plain || len(l.Names) < 2 {
		return l.Joined()
	}
	best := SharedEnding(l.Names)
	if best == "" {
		return l.Joined()
	}
	var stems, rest []string
	for _, n := range l.Names {
		if endsWith(n, best) {
			stems = append(stems, strings.TrimSuffix(n, best))
		} else {
			rest = append(rest, n)
		}
	}
	out := strings.Join(stems, "、") + best
	if len(rest) > 0 {
		out += "和" + strings.Join(rest, "、")
	}
	return out
}

// SharedEnding returns the ending [List.Grouped] writes once: the one
// most names share (the longer of two shared as widely), of at least two
// characters, leaving at least two of each name; "" when no two names
// share one. A caller that prefixes the first name of a list (a host:
// 市政协) can order the names sharing it first.
func SharedEnding(names []string) string {
	best, bestN := "", 1
	for _, n := range names {
		r := []rune(n)
		for k := 2; k <= len(r)-2; k++ {
			end := string(r[len(r)-k:])
			c := 0
			for _, m := range names {
				if endsWith(m, end) {
					c++
				}
			}
			if c > bestN || c == bestN && c > 1 && k > len([]rune(best)) {
				best, bestN = end, c
			}
		}
	}
	return best
}

// endsWith reports whether n ends with end and keeps at least two
// characters before it.
func endsWith(n, end string) bool {
	return strings.HasSuffix(n, end) && len([]rune(n))-len([]rune(end)) >= 2
}

// JoinShared joins names that open with the same words by writing those
// words once: 省政协常务委员会工作报告和关于提案工作情况的报告 for the two
// reports of 省政协常务委员会. The shared opening must be at least three
// characters and leave at least two of each name; the last name is joined
// with 和, the others with 、. Names without such an opening are joined
// with 、 only.
func JoinShared(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	rs := make([][]rune, len(names))
	shortest := -1
	for i, n := range names {
		rs[i] = []rune(n)
		if shortest < 0 || len(rs[i]) < shortest {
			shortest = len(rs[i])
		}
	}
	k := 0
	for ; k < shortest-2; k++ {
		same := true
		for _, r := range rs[1:] {
			if r[k] != rs[0][k] {
				same = false
				break
			}
		}
		if !same {
			break
		}
	}
	if k < 3 {
		return strings.Join(names, "、")
	}
	var sb strings.Builder
	sb.WriteString(names[0])
	for i, r := range rs[1:] {
		if i == len(rs)-2 {
			sb.WriteString("和")
		} else {
			sb.WriteString("、")
		}
		sb.WriteString(string(r[k:]))
	}
	return sb.String()
}

// TrimSuffix returns a copy of l with suffix cut from the end of each
// name that has more before it: 送文化下乡活动 → 送文化下乡, for a list
// followed by 等活动.
func (l List) TrimSuffix(suffix string) List {
	out := l
	out.Names = make([]string, len(l.Names))
	for i, n := range l.Names {
		if t, ok := strings.CutSuffix(n, suffix); ok && t != "" {
			n = t
		}
		out.Names[i] = n
	}
	return out
}

// String returns the names joined, followed by 等 when some were left out.
func (l List) String() string {
	if l.More() > 0 {
		return l.Joined() + "等"
	}
	return l.Joined()
}

// Etc returns the names joined and, when some were left out, 等 and the
// total with unit: 《甲》《乙》等12件, “甲”“乙”等4个. With every item named
// it returns the names alone.
//
// The total is a statistic — the number of records of one kind, the same
// kind the document counts elsewhere in digits (收到提案32件) — so it is
// always written in Arabic numerals, whatever the [Numbers] policy: one
// kind of number keeps one form in a document (GB/T 15835-2011 §4.3).
func (l List) Etc(unit string) string {
	if l.More() > 0 {
		return l.Joined() + "等" + strconv.Itoa(l.Total) + unit
	}
	return l.Joined()
}

// Counted is [List.Etc] that also counts a list named in full when it
// has more than one name: “甲”“乙”2个, 《甲》《乙》《丙》3件; a single name
// stands alone. Like Etc it writes the count in Arabic numerals.
func (l List) Counted(unit string) string {
	if l.More() == 0 && l.Len() > 1 {
		return l.Joined() + strconv.Itoa(l.Len()) + unit
	}
	return l.Etc(unit)
}

// Count is one key of [CountBy] with the number of items under it.
type Count struct {
	Name string
	N    int
}

// CountBy counts items under each of their keys (an item with two keys
// counts for both; a key given twice for one item counts once) and returns
// the keys by count, largest first, ties in order of first appearance.
// Empty keys are skipped.
func CountBy[T any](items []T, keys func(T) []string) []Count {
	var out []Count
	at := make(map[string]int)
	for _, it := range items {
		ks := keys(it)
		for j, k := range ks {
			if k == "" || slices.Contains(ks[:j], k) {
				continue
			}
			i, ok := at[k]
			if !ok {
				i = len(out)
				at[k] = i
				out = append(out, Count{Name: k})
			}
			out[i].N++
		}
	}
	slices.SortStableFunc(out, func(a, b Count) int { return cmp.Compare(b.N, a.N) })
	return out
}

// Numbers is the policy for the small counts of how something was done
// (分两期); counts of records are statistics, always in digits (see the
// package documentation).
type Numbers int

// The policies.
const (
	Chinese Numbers = iota // 分两期 (the default)
	Arabic                 // 分2期
)

// ParseNumbers reads a policy by name: "chinese" (or "") or "arabic".
func ParseNumbers(s string) (Numbers, bool) {
	switch s {
	case "", "chinese":
		return Chinese, true
	case "arabic":
		return Arabic, true
	}
	return 0, false
}

// String returns the policy's name: chinese or arabic.
func (p Numbers) String() string {
	if p == Arabic {
		return "arabic"
	}
	return "chinese"
}

// Count writes the count n followed by unit under the policy: under
// Chinese, 1 to 10 as 一 … 十 with 两 for 2 (两期, 两个), anything else in
// digits; under Arabic always in digits.
func (p Numbers) Count(n int, unit string) string {
	if p == Chinese && n >= 1 && n <= 10 {
		if n == 2 {
			return "两" + unit
		}
		return zh.Numeral(int64(n)) + unit
	}
	return strconv.Itoa(n) + unit
}
