package zh

import (
	"math"
	"testing"
	"unicode/utf8"
)

func FuzzNumeralRoundTrip(f *testing.F) {
	for _, n := range []int64{0, 1, 10, 105, 110, 10010, 100010000, 1e12, 1e16 - 1, -3, -1e16 + 1, 2000} {
		f.Add(n, false, false)
	}
	f.Add(int64(22000), true, false)
	f.Add(int64(150000), false, true)
	f.Fuzz(func(t *testing.T, n int64, liang, leadingYi bool) {
		var opts []NumeralOption
		if liang {
			opts = append(opts, WithLiang())
		}
		if leadingYi {
			opts = append(opts, WithLeadingYi())
		}
		if n >= 1e16 || n <= -1e16 {
			n %= 1e16
		}
		s := Numeral(n, opts...)
		got, err := ParseNumeral(s)
		if err != nil || got != n {
			t.Fatalf("ParseNumeral(Numeral(%d) = %q) = %d, %v", n, s, got, err)
		}
		if want := referenceNumeral(n, liang, leadingYi); s != want {
			t.Fatalf("Numeral(%d) = %q, reference %q", n, s, want)
		}
	})
}

func FuzzNumeralExtremes(f *testing.F) {
	f.Add(int64(math.MaxInt64))
	f.Add(int64(math.MinInt64))
	f.Fuzz(func(t *testing.T, n int64) {
		s := Numeral(n, WithLiang())
		if got, err := ParseNumeral(s); err != nil || got != n {
			t.Fatalf("ParseNumeral(%q) = %d, %v; want %d", s, got, err, n)
		}
	})
}

func FuzzParseNumeral(f *testing.F) {
	for _, s := range []string{
		"零", "十五", "一十五", "一百零五", "六千八", "一百百", "", "负", "负零", "两千", "十两", "二〇二二",
		"壹拾万柒仟", "壹百", "一亿亿", "九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零八",
		"一万万", "零零", "一千五十", "\xff", "负负三", "萬億",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumeral(s)
		if err != nil {
			ne, ok := err.(*NumeralError)
			if !ok {
				t.Fatalf("ParseNumeral(%q): error %T, want *NumeralError", s, err)
			}
			if ne.Pos < 0 || ne.Pos > utf8.RuneCountInString(s) {
				t.Fatalf("ParseNumeral(%q): position %d out of the input", s, ne.Pos)
			}
			return
		}
		// Whatever is accepted re-renders to a numeral that reads the same.
		for _, opts := range [][]NumeralOption{nil, {WithLiang()}, {WithLeadingYi()}} {
			back := Numeral(n, opts...)
			m, err := ParseNumeral(back)
			if err != nil || m != n {
				t.Fatalf("ParseNumeral(%q) = %d, but ParseNumeral(%q) = %d, %v", s, n, back, m, err)
			}
		}
	})
}

func FuzzParseDigits(f *testing.F) {
	for _, s := range []string{"二〇二二", "〇", "负三", "", "负", "二十", "九二二三三七二〇三六八五四七七五八〇八"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseDigits(s)
		if err != nil {
			if _, ok := err.(*NumeralError); !ok {
				t.Fatalf("ParseDigits(%q): error %T", s, err)
			}
			return
		}
		if m, err := ParseDigits(Digits(n)); err != nil || m != n {
			t.Fatalf("ParseDigits(Digits(%d)) = %d, %v", n, m, err)
		}
	})
}
