package zh_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/lvzhi-go/lvzhi/zh"
)

// FuzzFigures checks the promises of the rate, bound and approximation
// functions on any input: no panic; a rate below 1 never reads 100% and a
// positive one never 0%; a lower bound is never above the rate; 余 and 多
// follow only a round number below the count, 近 a number above it.
func FuzzFigures(f *testing.F) {
	f.Add(129, 134, 1, 5)
	f.Add(1999, 2000, 0, 1)
	f.Add(6512, 1, 2, 0)
	f.Add(19600, 3, 1, 1000)
	f.Fuzz(func(t *testing.T, num, den, dec, unit int) {
		s := zh.PercentDecimals(num, den, dec)
		if den == 0 {
			if s != "" {
				t.Fatalf("%d/0 gave %q", num, s)
			}
		} else if num > 0 && den > num {
			v, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
			if err != nil || v >= 100 || v <= 0 {
				t.Fatalf("%d/%d at %d: %q", num, den, dec, s)
			}
		}
		if b, err := zh.AtLeast(num, den, unit%101); err == nil && b != "100%" {
			v, _ := strconv.Atoi(strings.TrimSuffix(b, "%以上"))
			if float64(v) > 100*float64(num)/float64(den) {
				t.Fatalf("%d/%d step %d: bound %q above the rate", num, den, unit%101, b)
			}
		}
		n := num
		for _, q := range []zh.Approx{zh.About, zh.Nearly, zh.More, zh.Over} {
			s, err := zh.Approximate(n, q, unit)
			if err != nil || !strings.Contains(s, q.String()) || strings.ContainsAny(s, "万亿") {
				continue
			}
			v, err := strconv.Atoi(strings.ReplaceAll(s, q.String(), ""))
			if err != nil {
				t.Fatalf("%d %v %d: %q", n, q, unit, s)
			}
			switch q {
			case zh.More, zh.Over:
				if v >= n || !zh.Round(v) {
					t.Fatalf("%d %v %d: %q", n, q, unit, s)
				}
			case zh.Nearly:
				if v <= n {
					t.Fatalf("%d %v %d: %q", n, q, unit, s)
				}
			}
		}
	})
}

// FuzzParseApprox checks that ParseApprox accepts exactly the four words
// (and the empty exact form), and that what it accepts writes back the
// same.
func FuzzParseApprox(f *testing.F) {
	for _, s := range []string{"", "约", "近", "多", "余", "左右", "大约", "余 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := zh.ParseApprox(s)
		if err != nil {
			return
		}
		if q.String() != s || (s != "" && !q.IsValid()) {
			t.Fatalf("%q parsed as %v", s, q)
		}
	})
}
