package zh

import (
	"fmt"
	"strconv"
)

// Approx is the word that makes a number approximate (概数), following
// GB/T 15835-2011 §4.1: 约 and 近 go before the number (约50人, 近2万字),
// 多 and 余 after it, and only after a round number (300多张, 6500余人次;
// 21多条 is wrong). A number takes one of them at most: 约20多人 is wrong.
// The zero Approx means an exact number.
type Approx int

// The approximation words.
const (
	About  Approx = iota + 1 // 约: 约50人
	Nearly                   // 近: 近2万字, just below the number
	More                     // 多: 300多张, above the number
	Over                     // 余: 6500余人次, above the number
)

var approxNames = [...]string{"", "约", "近", "多", "余"}

// String returns the word, "" for an exact number, or "Approx(n)" out of
// range.
func (q Approx) String() string {
	if q < 0 || int(q) >= len(approxNames) {
		return "Approx(" + strconv.Itoa(int(q)) + ")"
	}
	return approxNames[q]
}

// IsValid reports whether q is one of the four words.
func (q Approx) IsValid() bool { return q >= About && q <= Over }

// ParseApprox returns the Approx of a word: 约, 近, 多 or 余 (and "" for
// an exact number). 大约, 将近 and 左右 are not accepted: the generated
// text uses the four short words.
func ParseApprox(s string) (Approx, error) {
	for i, n := range approxNames {
		if n == s {
			return Approx(i), nil
		}
	}
	return 0, fmt.Errorf("zh: 概数用词应为约、近、多、余之一，实为%q", s)
}

// Round reports whether n is a round number, the only kind 多 and 余 may
// follow: a positive multiple of 10 (20多条, 300余张).
func Round(n int) bool { return n >= 10 && n%10 == 0 }

// ApproxNumber writes a number that is already approximate, such as the
// 近2万字 of a book's record: ApproxNumber(20000, Nearly) → 近2万,
// ApproxNumber(300, More) → 300多. The number is written as
// [ArabicCount] writes it. A value that breaks the rules is an error, not
// text: 多 or 余 after a number that is not round (6512余), a negative
// number or an unknown word. A zero q writes the number alone.
func ApproxNumber(n int, q Approx) (string, error) {
	switch {
	case n < 0:
		return "", fmt.Errorf("zh: 概数不能为负数：%d", n)
	case q != 0 && !q.IsValid():
		return "", fmt.Errorf("zh: 概数用词无效：%v", q)
	case (q == More || q == Over) && !Round(n):
		return "", fmt.Errorf("zh: “%s”只能跟在整十、整百等整数之后（如6500%s），不能写作“%d%s”", q, q, n, q)
	}
	return qualify(ArabicCount(n), q), nil
}

func qualify(num string, q Approx) string {
	switch q {
	case About, Nearly:
		return q.String() + num
	case More, Over:
		return num + q.String()
	}
	return num
}

// Approximate writes the exact count n as an approximate number, as a
// summary rounds on purpose: Approximate(6512, Over, 0) → 6500余 (人次),
// Approximate(19600, Nearly, 0) → 近2万 (字), Approximate(6512, About, 0)
// → 约6500. The number is rounded to a multiple of unit — down for 多 and
// 余, up for 近, to the nearest for 约 — so the words stay true: 6500余
// is more than 6500, 近2万 is less than 2万. A unit of 0 keeps two
// significant digits (6512 → unit 100; 19600 → unit 1000); otherwise unit
// is a power of ten from 10 up.
//
// When n is itself a multiple of unit, or below 10 (there is no round
// number to hang 多 on), the exact number is written without a word,
// which is both true and what a careful writer does: Approximate(6500,
// Over, 0) → 6500. Negative n, an unknown word or a unit that is not a
// power of ten is an error.
func Approximate(n int, q Approx, unit int) (string, error) {
	if n < 0 {
		return "", fmt.Errorf("zh: 概数不能为负数：%d", n)
	}
	if !q.IsValid() {
		return "", fmt.Errorf("zh: 概数用词无效：%v", q)
	}
	if unit == 0 {
		unit = 10
		for n/unit >= 100 {
			unit *= 10
		}
	} else if !powerOfTen(unit) {
		return "", fmt.Errorf("zh: 取整单位应为10、100、1000等，实为%d", unit)
	}
	if n < 10 || n%unit == 0 {
		return ArabicCount(n), nil
	}
	var r int
	switch q {
	case More, Over:
		r = n - n%unit
	case Nearly:
		r = n - n%unit + unit
	case About:
		r = n - n%unit
		if 2*(n%unit) >= unit {
			r += unit
		}
	}
	if r <= 0 { // nothing round near it (5 with 约), or past the largest int
		return ArabicCount(n), nil
	}
	return qualify(ArabicCount(r), q), nil
}

func powerOfTen(u int) bool {
	if u < 10 {
		return false
	}
	for u%10 == 0 {
		u /= 10
	}
	return u == 1
}

// ArabicCount writes a count in Arabic digits as GB/T 15835-2011 allows in
// running text: digits alone up to 9999 and for any number that does not
// end in round thousands (12345), and 万 or 亿 as the only Chinese unit for
// large round numbers: 20000 → 2万, 15000 → 1.5万, 3450000000 → 34.5亿.
// Digits never mix with 千 or 百 (4千 is wrong).
func ArabicCount(n int) string {
	const wan, yi = 10000, 100000000
	switch {
	case n >= yi && n%(yi/10) == 0:
		return decimalOf(n, yi) + "亿"
	case n >= wan && n%(wan/10) == 0:
		return decimalOf(n, wan) + "万"
	}
	return strconv.Itoa(n)
}

// decimalOf writes n/unit with at most one decimal; n is a multiple of
// unit/10.
func decimalOf(n, unit int) string {
	s := strconv.Itoa(n / unit)
	if d := n % unit / (unit / 10); d != 0 {
		s += "." + strconv.Itoa(d)
	}
	return s
}
