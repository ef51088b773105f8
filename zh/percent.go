package zh

import (
	"math"
	"math/big"
	"strconv"
	"strings"
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
// not 0% handled); callers decide what to write instead. [PercentDecimals]
// chooses another precision.
func Percent(num, den int) string {
	return PercentDecimals(num, den, 1)
}

// PercentDecimals is [Percent] with a chosen number of decimals: 0 for
// whole per cent (129/134 → 96%, as 立案率96% is often written), 1 (96.3%,
// the default of the project) or 2 (96.27%). Decimals outside 0–2 are
// taken as the nearest of them. Trailing zeros are dropped (50%, 12.5%),
// and the rule of never overstating holds at every precision: 1999/2000
// is 99.95%, written 99.9% or 99%, never 100%; 1/3000 is written 0.1%, and
// 1%, never 0%.
func PercentDecimals(num, den, decimals int) string {
	if den == 0 {
		return ""
	}
	decimals = min(max(decimals, 0), 2)
	scale := uint64(100)
	for range decimals {
		scale *= 10
	}
	neg := (num < 0) != (den < 0)
	n, d := absU(num), absU(den)
	var tmp [24]byte
	digits := scaledRound(tmp[:0], n, d, scale)
	full := strconv.AppendUint(nil, scale, 10) // "100", "1000", "10000"
	switch {
	case n < d && string(digits) == string(full):
		// Just below 1: the largest value below 100%, 99.9…%.
		digits = digits[:0]
		for range len(full) - 1 {
			digits = append(digits, '9')
		}
	case n > 0 && string(digits) == "0":
		digits = append(digits[:0], '1')
	}
	// Split into whole and decimal digits.
	for len(digits) < decimals+1 {
		digits = append([]byte{'0'}, digits...)
	}
	whole, frac := digits[:len(digits)-decimals], digits[len(digits)-decimals:]
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	var buf [32]byte
	b := buf[:0]
	if neg && (string(whole) != "0" || len(frac) > 0) {
		b = append(b, '-')
	}
	b = append(b, whole...)
	if len(frac) > 0 {
		b = append(b, '.')
		b = append(b, frac...)
	}
	b = append(b, '%')
	return string(b)
}

// PercentFixed is [PercentDecimals] with every decimal written, the form
// a table column takes so that its rates share one precision: 129/134 →
// 96.3%, 144/150 → 96.0%, 1/1 → 100.0% at one decimal. The rule of never
// overstating holds as in PercentDecimals (1999/2000 → 99.9%); den 0
// gives "".
func PercentFixed(num, den, decimals int) string {
	s := PercentDecimals(num, den, decimals)
	decimals = min(max(decimals, 0), 2)
	if s == "" || decimals == 0 {
		return s
	}
	s = s[:len(s)-1]
	whole, frac, _ := strings.Cut(s, ".")
	for len(frac) < decimals {
		frac += "0"
	}
	return whole + "." + frac + "%"
}

// scaledRound appends the decimal digits of n*scale/d rounded half away
// from zero.
func scaledRound(dst []byte, n, d, scale uint64) []byte {
	if n <= (math.MaxUint64-d)/(2*scale) {
		return strconv.AppendUint(dst, (2*scale*n+d)/(2*d), 10)
	}
	var t, dd big.Int
	t.SetUint64(n)
	t.Mul(&t, new(big.Int).SetUint64(2*scale))
	dd.SetUint64(d)
	t.Add(&t, &dd)
	dd.Lsh(&dd, 1)
	t.Quo(&t, &dd)
	return t.Append(dst, 10)
}

// absU returns |v| as an unsigned number; it is exact for math.MinInt.
func absU(v int) uint64 {
	if v < 0 {
		return uint64(-(v + 1)) + 1
	}
	return uint64(v)
}
