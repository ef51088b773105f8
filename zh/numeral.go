package zh

// This file writes integers as Chinese numerals (一百零五, 十一, 二〇二二).
// The reading rules are described in the package documentation and on
// [Numeral].

// NumeralOption changes how [Numeral] writes a number. The zero value
// changes nothing. Options are plain values: combine them freely, they hold
// no state and are safe for concurrent use.
type NumeralOption struct {
	flags numeralFlags
}

type numeralFlags uint8

const (
	flagLiang numeralFlags = 1 << iota
	flagLeadingYi
)

// WithLiang makes [Numeral] write 两 instead of 二 where spoken Chinese
// does: for a 2 in the 千 or 百 place of any four-digit section (两千,
// 两百, 一万两千, 三亿两千万) and for a section that is just the digit 2
// before 万 or 亿 (两万, 两亿, 两万亿). A 2 in the 十 or units place stays 二
// (二十, 十二, 十二万, 一百零二万). Without the option every 2 is 二, the form
// formal documents use.
func WithLiang() NumeralOption { return NumeralOption{flagLiang} }

// WithLeadingYi makes [Numeral] keep the 一 of a leading 一十 (一十五,
// 一十万, 一十亿), as in a cheque or a column of figures. Without the option
// the 一 is dropped at the very start only (十五, 十万); inside a number it
// is always written (一百一十, 一万零一十).
func WithLeadingYi() NumeralOption { return NumeralOption{flagLeadingYi} }

// numeralStyle is the resolved set of choices for one rendering.
type numeralStyle struct {
	liang     bool // 两 where spoken Chinese uses it
	leadingYi bool // keep 一 in a leading 一十
	upper     bool // 大写 digits and units (壹…玖, 拾佰仟), as in money
}

func styleOf(opts []NumeralOption) numeralStyle {
	var f numeralFlags
	for _, o := range opts {
		f |= o.flags
	}
	return numeralStyle{liang: f&flagLiang != 0, leadingYi: f&flagLeadingYi != 0}
}

var (
	lowerDigits = [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	upperDigits = [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}
	lowerUnits  = [4]string{"", "十", "百", "千"}
	upperUnits  = [4]string{"", "拾", "佰", "仟"}
	// yearDigits are the digits [Digits] writes; zero is 〇 (U+3007).
	yearDigits = [10]string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
)

var (
	lowerDigitBytes = c3digits(lowerDigits)
	upperDigitBytes = c3digits(upperDigits)
	lowerUnitBytes  = c3units(lowerUnits)
	upperUnitBytes  = c3units(upperUnits)
	cZero           = c3(runeZero)
	cLiang          = c3(runeLiang)
	cWan            = c3(runeWan)
	cYi             = c3(runeYi)
	cNeg            = c3(runeNeg)
	cOrd            = c3(runeOrd)
)

const (
	runeZero  = "零"
	runeLiang = "两"
	runeWan   = "万"
	runeYi    = "亿"
	runeNeg   = "负"
	runeOrd   = "第"
)

// numeralBufSize bounds the UTF-8 length of any rendered int64: at most
// 19 digits, each with a unit and a 零, five 万/亿 markers and a 负 sign,
// all three bytes long, fit well below it.
const numeralBufSize = 256

// absInt64 returns |n| as an unsigned value; it is exact for math.MinInt64.
func absInt64(n int64) uint64 {
	if n < 0 {
		return uint64(^n) + 1
	}
	return uint64(n)
}

// Numeral writes n as a Chinese numeral in the school reading (读法):
//
//	0 零, 10 十, 11 十一, 105 一百零五, 110 一百一十, 1001 一千零一,
//	10010 一万零一十, 100100 十万零一百, 101000 十万一千,
//	1903971 一百九十万三千九百七十一, 100010000 一亿零一万, -3 负三.
//
// The rules:
//   - Digits are grouped in sections of four (个, 万); sections of eight
//     digits are joined with 亿. Above 亿 the same reading repeats: 10^12 is
//     一万亿, 10^16 is 一亿亿, and [math.MaxInt64] is
//     九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零七.
//     兆 and 万万 are never used.
//   - Zeros at the end of a 万 or 亿 section are not read (十万一千, 二千万);
//     any other run of zeros, also one that crosses a section boundary, is
//     read as a single 零 (一亿零一万, 一百万零一, 二千万零五).
//   - The 一 of 一十 is dropped only at the very start of the number (十五,
//     十五万, 十亿) unless [WithLeadingYi] is given; elsewhere it is kept
//     (一百一十, 一万零一十).
//   - Every 2 is 二 (二千, 二百, 二万) unless [WithLiang] is given.
//   - Negative numbers take 负 in front. Every int64 is handled, including
//     [math.MinInt64]; Numeral never panics.
//
// [ParseNumeral] reads every string Numeral writes, with any options, back
// to n.
func Numeral(n int64, opts ...NumeralOption) string {
	var w numeralWriter
	if n < 0 {
		w.put(&cNeg)
	}
	w.writeUint(styleOf(opts), absInt64(n))
	return string(w.b[:w.n])
}

// Ordinal writes n as an ordinal: 第 followed by [Numeral] of n (1 第一,
// 11 第十一, 105 第一百零五). Ordinals count from 1; for n ≤ 0 the result is
// still 第 followed by the numeral (第零, 第负三), so callers should pass
// positive values.
func Ordinal(n int64) string {
	var w numeralWriter
	w.put(&cOrd)
	if n < 0 {
		w.put(&cNeg)
	}
	w.writeUint(numeralStyle{}, absInt64(n))
	return string(w.b[:w.n])
}

// Digits writes n digit by digit with the Chinese digits 〇一二三四五六七八九,
// as years and numbers read out one digit at a time are written: 2022
// 二〇二二, 0 〇, 105 一〇五. Zero is 〇 (U+3007 IDEOGRAPHIC NUMBER ZERO),
// never 零 or the letter O. A negative n takes 负 in front. [ParseDigits]
// reads the result back.
func Digits(n int64) string {
	var tmp [20]byte
	u := absInt64(n)
	i := len(tmp)
	for {
		i--
		tmp[i] = byte(u % 10)
		u /= 10
		if u == 0 {
			break
		}
	}
	var buf [3 + 3*20]byte
	b := buf[:0]
	if n < 0 {
		b = append(b, runeNeg...)
	}
	for _, d := range tmp[i:] {
		b = append(b, yearDigits[d]...)
	}
	return string(b)
}

// appendUint appends the reading of u (which may be 0) to dst.
func (st numeralStyle) appendUint(dst []byte, u uint64) []byte {
	var w numeralWriter
	w.writeUint(st, u)
	return append(dst, w.b[:w.n]...)
}

// appendAny appends the reading of u > 0 with the flags of
// [numeralWriter.writeAny].
func (st numeralStyle) appendAny(dst []byte, u uint64, first, big bool) []byte {
	var w numeralWriter
	w.writeAny(st, u, first, big)
	return append(dst, w.b[:w.n]...)
}

// numeralWriter renders into a fixed array, writing three bytes at a time:
// every character a numeral uses is three bytes long in UTF-8.
type numeralWriter struct {
	b [numeralBufSize]byte
	n int
}

func (w *numeralWriter) put(c *[3]byte) {
	_ = w.b[w.n+2]
	w.b[w.n], w.b[w.n+1], w.b[w.n+2] = c[0], c[1], c[2]
	w.n += 3
}

func (w *numeralWriter) writeUint(st numeralStyle, u uint64) {
	if u == 0 {
		w.put(&cZero)
		return
	}
	w.writeAny(st, u, true, false)
}

// writeAny writes the reading of u > 0. first reports that nothing has
// been written before (the 一十 rule); big reports that 万 or 亿 follows
// directly (the 两 rule).
func (w *numeralWriter) writeAny(st numeralStyle, u uint64, first, big bool) {
	const yi = 100_000_000
	if u < yi {
		w.write8(st, u, first, big)
		return
	}
	w.writeAny(st, u/yi, first, true)
	w.put(&cYi)
	low := u % yi
	if low == 0 {
		return
	}
	if low < yi/10 {
		w.put(&cZero)
	}
	w.write8(st, low, false, big)
}

// write8 writes the reading of 0 < u < 10^8.
func (w *numeralWriter) write8(st numeralStyle, u uint64, first, big bool) {
	const wan = 10_000
	if u < wan {
		w.write4(st, u, first, big)
		return
	}
	w.write4(st, u/wan, first, true)
	w.put(&cWan)
	low := u % wan
	if low == 0 {
		return
	}
	if low < wan/10 {
		w.put(&cZero)
	}
	w.write4(st, low, false, big)
}

// write4 writes the reading of one section, 0 < u < 10^4. Zeros inside
// the section become one 零 per run; trailing zeros are silent.
func (w *numeralWriter) write4(st numeralStyle, u uint64, first, big bool) {
	digits, units := &lowerDigitBytes, &lowerUnitBytes
	if st.upper {
		digits, units = &upperDigitBytes, &upperUnitBytes
	}
	v := uint32(u)
	ds := [4]uint32{v % 10, v / 10 % 10, v / 100 % 10, v / 1000}
	started, zero := false, false
	for pos := 3; pos >= 0; pos-- {
		d := ds[pos]
		if d == 0 {
			zero = started
			continue
		}
		if zero {
			w.put(&cZero)
			zero = false
		}
		switch {
		case d == 1 && pos == 1 && first && !started && !st.leadingYi:
			// 十 at the very start: 十五, 十万.
		case d == 2 && st.liang && !st.upper && (pos >= 2 || (pos == 0 && !started && big)):
			w.put(&cLiang)
		default:
			w.put(&digits[d])
		}
		if pos > 0 {
			w.put(&units[pos])
		}
		started = true
	}
}

func c3(s string) [3]byte { return [3]byte([]byte(s)) }

func c3digits(t [10]string) (out [10][3]byte) {
	for i, s := range t {
		out[i] = c3(s)
	}
	return out
}

func c3units(t [4]string) (out [4][3]byte) {
	for i, s := range t[1:] {
		out[i+1] = c3(s)
	}
	return out
}
