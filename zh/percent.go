package zh

import (
	"math"
	"math/big"
	"strconv"
)

// Percent writes num/den as a percentage with at most one decimal, the form
// work summaries use for rates (立案率, 办结率): 38/44 → 86.4%, 1/1 → 100%.
// The value is rounded half away from zero to one decimal, and a decimal
// that rounds to 0 is dropped, so the result is 100%, never 100.0%, and 50%,
// never 50.0%. Rounding never claims what the counts deny: a rate below
// 100% is written at most 99.9% (9999/10000 → 99.9%, so that a 办结率 of
// 100% always means every proposal was closed), and a rate above 0% at
// least 0.1%.
//
// Negative inputs give a negative percentage (-1/8 → -12.5%). Percent
// returns "" when den is 0, since no rate exists then (0 of 0 proposals is
// not 0% handled); callers decide what to write instead.
func Percent(num, den int) string {
	if den == 0 {
		return ""
	}
	neg := (num < 0) != (den < 0)
	n, d := absU(num), absU(den)
	// digits holds the percentage in tenths, rounded half away from zero.
	var tmp [24]byte
	var digits []byte
	if n <= (math.MaxUint64-d)/2000 {
		digits = strconv.AppendUint(tmp[:0], (2000*n+d)/(2*d), 10)
	} else {
		var t, dd big.Int
		t.SetUint64(n)
		t.Mul(&t, big.NewInt(2000))
		dd.SetUint64(d)
		t.Add(&t, &dd)
		dd.Lsh(&dd, 1)
		t.Quo(&t, &dd)
		digits = t.Append(tmp[:0], 10)
	}
	switch {
	case n < d && string(digits) == "1000":
		digits = append(digits[:0], "999"...)
	case n > 0 && string(digits) == "0":
		digits = append(digits[:0], '1')
	}
	whole, tenth := digits[:len(digits)-1], digits[len(digits)-1]
	var buf [32]byte
	b := buf[:0]
	if neg && (len(whole) > 0 || tenth != '0') {
		b = append(b, '-')
	}
	if len(whole) == 0 {
		b = append(b, '0')
	}
	b = append(b, whole...)
	if tenth != '0' {
		b = append(b, '.', tenth)
	}
	b = append(b, '%')
	return string(b)
}

// absU returns |v| as an unsigned number; it is exact for math.MinInt.
func absU(v int) uint64 {
	if v < 0 {
		return uint64(-(v + 1)) + 1
	}
	return uint64(v)
}
