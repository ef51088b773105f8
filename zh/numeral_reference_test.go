package zh

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referenceNumeral is a slow second implementation of the reading rules,
// written from the textbook statement rather than by recursion: the decimal
// string is cut into four-digit sections s[k] … s[0] and each rule is applied
// by looking at digits and sections directly.
//
//   - After a non-zero section k: 万 if k is odd; then one 亿 for every
//     level j ≥ 1 for which k is the lowest non-zero section among the
//     sections ≥ 2j of the same 10^(8j+8) block (for int64: level 2 covers
//     sections ≥ 4, level 1 sections ≥ 2).
//   - A 零 is read before a non-zero digit when the digit before it is 0 and
//     either lies in the same section or belongs to an all-zero 万 half
//     (odd section) of an eight-digit 亿 section; an all-zero low half ends
//     its 亿 section and is silent, as nzh reads it too.
//   - A leading 一 before 十 is dropped when it is the first digit read.
//   - With 两: a 2 in the 千 or 百 place, or a section that is exactly 2
//     above the units section.
func referenceNumeral(n int64, liang, leadingYi bool) string {
	if n == 0 {
		return "零"
	}
	var out strings.Builder
	digitsStr := strconv.FormatUint(absInt64(n), 10)
	if n < 0 {
		out.WriteString("负")
	}
	for len(digitsStr)%4 != 0 {
		digitsStr = "0" + digitsStr
	}
	nsec := len(digitsStr) / 4
	// sec[k] holds the four digits of section k (k = 0 is the units section).
	sec := make([]string, nsec)
	for k := range nsec {
		start := len(digitsStr) - 4*(k+1)
		sec[k] = digitsStr[start : start+4]
	}
	zeroSec := func(k int) bool { return sec[k] == "0000" }
	names := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	placeUnits := []string{"千", "百", "十", ""}
	first := true
	for k := nsec - 1; k >= 0; k-- {
		if zeroSec(k) {
			continue
		}
		for i := range 4 {
			d := int(sec[k][i] - '0')
			if d == 0 {
				continue
			}
			// The digit before this one in the whole number.
			var prevZero, prevSameSection, prevSectionAllZero bool
			if i > 0 {
				prevZero, prevSameSection = sec[k][i-1] == '0', true
			} else if k+1 < nsec {
				// An all-zero 万 half (odd k+1) is read as 零; an all-zero
				// low half of a 亿 section (even k+1) ends that section and
				// is silent: 一亿零一千, but 一万亿五千万.
				prevZero, prevSectionAllZero = sec[k+1][3] == '0', zeroSec(k+1) && (k+1)%2 == 1
			}
			if !first && prevZero && (prevSameSection || prevSectionAllZero) {
				out.WriteString("零")
			}
			name := names[d]
			if d == 1 && i == 2 && first && !leadingYi {
				name = ""
			}
			if d == 2 && liang && (i <= 1 || (i == 3 && k >= 1 && sec[k] == "0002")) {
				name = "两"
			}
			out.WriteString(name + placeUnits[i])
			first = false
		}
		if k%2 == 1 {
			out.WriteString("万")
		}
		for j := 2; j >= 1; j-- {
			if k < 2*j {
				continue
			}
			lowest := true
			for m := 2 * j; m < k; m++ {
				if !zeroSec(m) {
					lowest = false
				}
			}
			if lowest {
				out.WriteString("亿")
			}
		}
	}
	return out.String()
}

// referenceInputs is a deterministic spread over every magnitude with many
// zeros, plus the edges.
func referenceInputs(count int) []int64 {
	r := rand.New(rand.NewPCG(2022, 105))
	out := []int64{math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1}
	for len(out) < count {
		width := 1 + r.IntN(19)
		var v int64
		for range width {
			d := int64(0)
			if r.IntN(2) == 0 {
				d = int64(r.IntN(10))
			}
			if v > (math.MaxInt64-d)/10 {
				break
			}
			v = v*10 + d
		}
		if r.IntN(5) == 0 {
			v = -v
		}
		out = append(out, v)
	}
	return out
}

func TestReferenceAgreesOnKnownReadings(t *testing.T) {
	// The reference itself must give the textbook readings before it can
	// serve as a check.
	cases := map[int64]string{
		105: "一百零五", 101000: "十万一千", 100010000: "一亿零一万", 100001000: "一亿零一千",
		1e16 + 1e11: "一亿零一千亿", 1e12: "一万亿", 1e12 + 5e7: "一万亿五千万", 1e16 + 5e7: "一亿亿五千万", 1e16: "一亿亿", -20000005: "负二千万零五",
	}
	for n, want := range cases {
		assert.Equal(t, want, referenceNumeral(n, false, false), "%d", n)
	}
}

func TestNumeralMatchesReference(t *testing.T) {
	check := func(n int64) {
		for _, o := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
			var opts []NumeralOption
			if o[0] {
				opts = append(opts, WithLiang())
			}
			if o[1] {
				opts = append(opts, WithLeadingYi())
			}
			want := referenceNumeral(n, o[0], o[1])
			if got := Numeral(n, opts...); got != want {
				require.Equal(t, want, got, "Numeral(%d) liang=%v leadingYi=%v", n, o[0], o[1])
			}
		}
	}
	for n := int64(-1000); n <= 120_000; n++ {
		check(n)
	}
	for _, n := range referenceInputs(50_000) {
		check(n)
	}
	for p := int64(1); p > 0 && p <= math.MaxInt64/10; p *= 10 {
		for _, m := range []int64{1, 2, 10, 11, 20, 101, 1001, 10001} {
			if p <= math.MaxInt64/m {
				check(p * m)
				check(p*m + 1)
				check(-(p * m))
			}
		}
	}
}
