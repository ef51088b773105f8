package zh

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/strokegen

// strokeRun is a run of consecutive code points lo through hi whose stroke sequences are
// stored in [strokeSeqs] from sequence number index on.
type strokeRun struct {
	lo, hi rune
	index  int
}

// strokeClassNames names the five stroke classes of GB13000.1 字符集汉字笔顺规范 by their
// digit in [strokeSeqs].
var strokeClassNames = [...]string{'1': "横", '2': "竖", '3': "撇", '4': "点", '5': "折"}

// strokeOffsets returns the start of every sequence in [strokeSeqs]; the last element is
// len(strokeSeqs). It is built once, on first use.
var strokeOffsets = sync.OnceValue(func() []uint32 {
	off := make([]uint32, 0, strokeCovered+1)
	off = append(off, 0)
	for i := 0; i < len(strokeSeqs); i++ {
		if strokeSeqs[i] == ' ' {
			off = append(off, uint32(i+1))
		}
	}
	return off
})

// strokeSeq returns the stroke sequence of r as digits 1–5.
func strokeSeq(r rune) (string, bool) {
	for _, run := range strokeRuns {
		if r < run.lo {
			break
		}
		if r <= run.hi {
			off := strokeOffsets()
			i := run.index + int(r-run.lo)
			return strokeSeqs[off[i] : off[i+1]-1], true
		}
	}
	return "", false
}

// Strokes reports the number of strokes of the Chinese character r and whether r is
// covered by the stroke table (see [StrokeOrder]).
func Strokes(r rune) (count int, ok bool) {
	seq, ok := strokeSeq(r)
	return len(seq), ok
}

// StrokeOrder returns the stroke order of the Chinese character r under GB13000.1
// 字符集汉字笔顺规范, one character per stroke naming its class: 横, 竖, 撇, 点 or 折
// (王 → "横横竖横", 李 → "横竖撇点折竖横"). 提 counts as 横, 竖钩 as 竖, 捺 as 点, and every
// stroke with a turn as 折. ok is false when r is not covered: the table holds the 20,976
// characters U+4E00–U+9FEF of the CJK Unified Ideographs block, which include 7,832 of the
// 8,105 characters of the 通用规范汉字表; the other 273, all in the extension blocks, are
// not covered.
func StrokeOrder(r rune) (string, bool) {
	seq, ok := strokeSeq(r)
	if !ok {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(seq) * len("横"))
	for i := 0; i < len(seq); i++ {
		b.WriteString(strokeClassNames[seq[i]])
	}
	return b.String(), true
}

// Key bytes that open the sort key of a character the stroke table does not cover. Covered
// characters open with their stroke count, which is below all of them.
const (
	keyUncoveredHan = 0xE0 // a Han character without a stroke sequence, then its code point
	keyOther        = 0xF0 // any other character, then its code point
	keyInvalid      = 0xF8 // a byte that is not valid UTF-8, then the byte
)

// ignoredInName reports whether r is skipped when names are ordered: spaces (official lists
// often write 王　伟 with a full-width space), invisible format characters and the dots that
// separate the parts of a transcribed name (阿沛·阿旺晋美).
func ignoredInName(r rune) bool {
	switch r {
	case '\u00B7', '\u2022', '\u2027', '\u2219', '\u22C5', '\u2E31', '\u30FB', '\uFF65':
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// appendStrokeKey appends the sort key of name to dst. Keys compare byte by byte in
// 姓氏笔画 order: each covered character gives its stroke count and then its stroke digits,
// so two characters are compared by count first and then stroke by stroke, and a name that
// is a prefix of another gives a key that is a prefix of the other's.
func appendStrokeKey(dst []byte, name string) []byte {
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, keyInvalid, 0, 0, name[i])
			i++
			continue
		}
		i += size
		if ignoredInName(r) {
			continue
		}
		if seq, ok := strokeSeq(r); ok {
			dst = append(dst, byte(len(seq)))
			dst = append(dst, seq...)
			continue
		}
		class := byte(keyOther)
		if unicode.Is(unicode.Han, r) {
			class = keyUncoveredHan
		}
		dst = append(dst, class, byte(r>>16), byte(r>>8), byte(r))
	}
	return dst
}

// nextNameRune returns the next rune of name at or after i that is not ignored, and the
// index after it; an invalid byte gives a value above every code point. ok is false at the
// end of name.
func nextNameRune(name string, i int) (r rune, next int, ok bool) {
	for i < len(name) {
		r, size := utf8.DecodeRuneInString(name[i:])
		if r == utf8.RuneError && size == 1 {
			return unicode.MaxRune + 1 + rune(name[i]), i + 1, true
		}
		i += size
		if !ignoredInName(r) {
			return r, i, true
		}
	}
	return 0, i, false
}

// compareCodePoints compares the characters of a and b that are not ignored by code point.
func compareCodePoints(a, b string) int {
	i, j := 0, 0
	for {
		ra, ni, oka := nextNameRune(a, i)
		rb, nj, okb := nextNameRune(b, j)
		switch {
		case !oka && !okb:
			return 0
		case !oka:
			return -1
		case !okb:
			return 1
		case ra != rb:
			if ra < rb {
				return -1
			}
			return 1
		}
		i, j = ni, nj
	}
}

// compareNames breaks ties between names whose sort keys are equal.
func compareNames(a, b string) int {
	if c := compareCodePoints(a, b); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// StrokeCompare compares two names in 姓氏笔画 order (以姓氏笔画为序), the order of
// official name lists, and returns -1, 0 or +1. The first characters decide first, then the
// second, and so on; a name that is a prefix of another comes first. Two characters are
// ordered by their number of strokes and, when these are equal, stroke by stroke in the
// order 横, 竖, 撇, 点, 折 (see [StrokeOrder]): 丁 before 卜, 王 before 毛, and
// 李 杨 吴 何 张 陈 in that order.
//
// Spaces, invisible format characters and the middle dot of transcribed names (·) are
// skipped. Han characters without a stroke sequence follow all covered characters, by code
// point; other characters (Latin letters, digits, punctuation) follow all Han characters, by
// code point; bytes that are not valid UTF-8 come last. Names that are still equal are
// compared by code point and finally byte by byte, so the result is 0 only for identical
// strings and the order is total.
func StrokeCompare(a, b string) int {
	var bufA, bufB [64]byte
	ka := appendStrokeKey(bufA[:0], a)
	kb := appendStrokeKey(bufB[:0], b)
	if c := bytes.Compare(ka, kb); c != 0 {
		return c
	}
	return compareNames(a, b)
}

// StrokeLess reports whether name a comes before name b in 姓氏笔画 order; see
// [StrokeCompare].
func StrokeLess(a, b string) bool {
	return StrokeCompare(a, b) < 0
}

// SortByStroke sorts s in 姓氏笔画 order of the names that name returns for its elements
// (see [StrokeCompare]). The sort is stable: elements with identical names keep their
// order. name is called once for each element.
func SortByStroke[T any](s []T, name func(T) string) {
	if len(s) < 2 {
		return
	}
	type item struct {
		name    string
		key     []byte
		lo, hi  int
		element int
	}
	items := make([]item, len(s))
	buf := make([]byte, 0, 16*len(s))
	for i, v := range s {
		n := name(v)
		lo := len(buf)
		buf = appendStrokeKey(buf, n)
		items[i] = item{name: n, lo: lo, hi: len(buf), element: i}
	}
	for i := range items {
		items[i].key = buf[items[i].lo:items[i].hi:items[i].hi]
	}
	slices.SortFunc(items, func(x, y item) int {
		if c := bytes.Compare(x.key, y.key); c != 0 {
			return c
		}
		if c := compareNames(x.name, y.name); c != 0 {
			return c
		}
		return x.element - y.element
	})
	sorted := make([]T, len(s))
	for i, it := range items {
		sorted[i] = s[it.element]
	}
	copy(s, sorted)
}
