package zh

import (
	"errors"
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
)

// ErrNumeral is wrapped by every error [ParseNumeral] and [ParseDigits]
// return, so callers can test for a bad numeral with [errors.Is].
var ErrNumeral = errors.New("中文数字有误")

// NumeralError reports a Chinese numeral that [ParseNumeral] or
// [ParseDigits] could not read. Its message is in Chinese and names the
// position of the offending character. It wraps [ErrNumeral] and, as Err,
// [lvzhi.ErrSyntax] (malformed or ambiguous text) or [lvzhi.ErrOutOfRange]
// (a value beyond int64), so both [errors.Is] tests work.
type NumeralError struct {
	Input  string // the text as given
	Pos    int    // 0-based index, in runes, of the character at fault; the rune count of Input when the text ends too early
	Reason string // what is wrong, in Chinese
	Err    error  // lvzhi.ErrSyntax or lvzhi.ErrOutOfRange
}

func (e *NumeralError) Error() string {
	if e.Input == "" {
		return fmt.Sprintf("zh: 无法解析中文数字：%s", e.Reason)
	}
	if errors.Is(e.Err, lvzhi.ErrOutOfRange) {
		return fmt.Sprintf("zh: 无法解析中文数字“%s”：%s", e.Input, e.Reason)
	}
	if e.Pos >= utf8.RuneCountInString(e.Input) {
		return fmt.Sprintf("zh: 无法解析中文数字“%s”：在末尾%s", e.Input, e.Reason)
	}
	return fmt.Sprintf("zh: 无法解析中文数字“%s”：第%d个字符处%s", e.Input, e.Pos+1, e.Reason)
}

// Unwrap returns [ErrNumeral] and Err.
func (e *NumeralError) Unwrap() []error { return []error{ErrNumeral, e.Err} }

func syntaxErr(s string, pos int, format string, args ...any) error {
	return &NumeralError{Input: s, Pos: pos, Reason: fmt.Sprintf(format, args...), Err: lvzhi.ErrSyntax}
}

func rangeErr(s string, pos int) error {
	return &NumeralError{Input: s, Pos: pos, Reason: "数值超出int64范围", Err: lvzhi.ErrOutOfRange}
}

type tokenKind uint8

const (
	tokInvalid tokenKind = iota
	tokDigit             // val 0–9
	tokSmall             // 十百千: val 10, 100, 1000
	tokWan               // 万
	tokYi                // 亿
)

type numScript uint8

const (
	numScriptShared numScript = iota // 零 万 亿: both forms
	numScriptLower                   // 小写: 一二三 … 十百千 两 〇
	numScriptUpper                   // 大写: 壹贰叁 … 拾佰仟
)

type numToken struct {
	kind      tokenKind
	val       uint64
	numScript numScript
	liang     bool // the rune is 两
}

// classifyNumeralRune maps one rune of a numeral to its meaning.
func classifyNumeralRune(r rune) numToken {
	switch r {
	case '零':
		return numToken{tokDigit, 0, numScriptShared, false}
	case '〇':
		return numToken{tokDigit, 0, numScriptLower, false}
	case '一':
		return numToken{tokDigit, 1, numScriptLower, false}
	case '二':
		return numToken{tokDigit, 2, numScriptLower, false}
	case '两':
		return numToken{tokDigit, 2, numScriptLower, true}
	case '三':
		return numToken{tokDigit, 3, numScriptLower, false}
	case '四':
		return numToken{tokDigit, 4, numScriptLower, false}
	case '五':
		return numToken{tokDigit, 5, numScriptLower, false}
	case '六':
		return numToken{tokDigit, 6, numScriptLower, false}
	case '七':
		return numToken{tokDigit, 7, numScriptLower, false}
	case '八':
		return numToken{tokDigit, 8, numScriptLower, false}
	case '九':
		return numToken{tokDigit, 9, numScriptLower, false}
	case '十':
		return numToken{tokSmall, 10, numScriptLower, false}
	case '百':
		return numToken{tokSmall, 100, numScriptLower, false}
	case '千':
		return numToken{tokSmall, 1000, numScriptLower, false}
	case '壹':
		return numToken{tokDigit, 1, numScriptUpper, false}
	case '贰', '貳':
		return numToken{tokDigit, 2, numScriptUpper, false}
	case '叁', '參':
		return numToken{tokDigit, 3, numScriptUpper, false}
	case '肆':
		return numToken{tokDigit, 4, numScriptUpper, false}
	case '伍':
		return numToken{tokDigit, 5, numScriptUpper, false}
	case '陆', '陸':
		return numToken{tokDigit, 6, numScriptUpper, false}
	case '柒':
		return numToken{tokDigit, 7, numScriptUpper, false}
	case '捌':
		return numToken{tokDigit, 8, numScriptUpper, false}
	case '玖':
		return numToken{tokDigit, 9, numScriptUpper, false}
	case '拾':
		return numToken{tokSmall, 10, numScriptUpper, false}
	case '佰':
		return numToken{tokSmall, 100, numScriptUpper, false}
	case '仟':
		return numToken{tokSmall, 1000, numScriptUpper, false}
	case '万', '萬':
		return numToken{tokWan, 10_000, numScriptShared, false}
	case '亿', '億':
		return numToken{tokYi, 100_000_000, numScriptShared, false}
	}
	return numToken{}
}

// ParseNumeral reads a Chinese numeral written with units, the inverse of
// [Numeral]: 一百零五 → 105, 十五 and 一十五 → 15, 负三 → -3.
//
// It accepts exactly the readings [Numeral] writes, with or without
// [WithLiang] and [WithLeadingYi], in either of two scripts:
//   - 小写: 零 or 〇, 一 … 九, 两 (where [WithLiang] puts it; 二 is always
//     accepted), 十 百 千;
//   - 大写: 零, 壹 贰 叁 肆 伍 陆 柒 捌 玖 (also the traditional 貳 參 陸),
//     拾 佰 仟, as on cheques (壹拾万柒仟 → 107000);
//
// with 万/萬 and 亿/億 in both, an optional leading 负, and a leading 十 or
// 一十 (拾 or 壹拾). The two scripts may not be mixed in one numeral.
//
// It also accepts the unambiguous variants people write: a 零 the standard
// reading leaves out (十万零一千 for 十万一千, 一亿零三千万), and 〇 for 零.
// [ParseNumeralStrict] refuses these and names the standard reading.
//
// Anything else is an error, never a guess: 六千八 (6800 in speech, 6008
// by a naive reading) is ambiguous; 一千五十 lacks its 零; 一百百, 零零五,
// 十两, 负零 and the empty string are malformed; 一二三 is a digit
// sequence, which [ParseDigits] reads. Values beyond int64 are reported as
// out of range. The error is a *[NumeralError] naming the position; for a
// well-formed but non-standard reading its message gives the standard one.
//
// ParseNumeral never returns a float and never allocates on success.
func ParseNumeral(s string) (int64, error) { return parseNumeral(s, false) }

// ParseNumeralStrict is [ParseNumeral] for checking that text is written
// the standard way: it accepts only the reading [Numeral] gives (二, not
// 两; 十五, not 一十五; 零 exactly where the standard reading has one, never
// 〇), or its 大写 form with 壹拾 as on cheques, and reports any other
// well-formed numeral as an error giving the standard reading:
// ParseNumeralStrict("十万零一千") fails with 应写作“十万一千”.
func ParseNumeralStrict(s string) (int64, error) { return parseNumeral(s, true) }

func parseNumeral(s string, strict bool) (int64, error) {
	if s == "" {
		return 0, syntaxErr(s, 0, "内容为空")
	}
	body, off := s, 0
	neg := false
	if len(s) >= len(runeNeg) && s[:len(runeNeg)] == runeNeg {
		body, off, neg = s[len(runeNeg):], 1, true
		if body == "" {
			return 0, syntaxErr(s, 1, "负号后缺少数字")
		}
	}

	var (
		sc          numScript
		pending     = -1 // the digit waiting for its unit, or -1
		pendingPos  int
		before      numToken // the numToken read before the pending digit
		prev        numToken // the numToken read last
		cur, wan    uint64
		high        uint64 // everything before the last 亿, already multiplied
		lastSmall   uint64 // the last 十/百/千 in this section, 0 if none
		wanSeen     bool
		count       int // tokens read
		leadingYi   bool
		hasLiang    bool
		pos         = off
		firstDigit1 bool
	)
	const maxHigh = math.MaxUint64 / 100_000_000
	for _, r := range body {
		t := classifyNumeralRune(r)
		if t.kind == tokInvalid {
			if r == '负' {
				return 0, syntaxErr(s, pos, "负号只能写在开头")
			}
			return 0, syntaxErr(s, pos, "有不能识别的字符“%c”", r)
		}
		if t.numScript != numScriptShared {
			if sc == numScriptShared {
				sc = t.numScript
			} else if sc != t.numScript {
				return 0, syntaxErr(s, pos, "大写和小写数字混用")
			}
		}
		switch t.kind {
		case tokDigit:
			switch {
			case pending == 0 && t.val == 0:
				return 0, syntaxErr(s, pos, "“零”不能连用")
			case pending > 0:
				return 0, syntaxErr(s, pos, "数字之间缺少单位（逐位书写的数字请用ParseDigits读取）")
			}
			if count == 0 && t.val == 1 {
				firstDigit1 = true
			}
			hasLiang = hasLiang || t.liang
			pending, pendingPos, before = int(t.val), pos, prev
		case tokSmall:
			d := pending
			if d < 0 {
				if t.val != 10 || count != 0 {
					return 0, syntaxErr(s, pos, "单位“%c”前缺少数字", r)
				}
				d = 1
			}
			if d == 0 {
				return 0, syntaxErr(s, pos, "“零”后面不能直接跟单位")
			}
			if lastSmall != 0 && t.val >= lastSmall {
				return 0, syntaxErr(s, pos, "单位“%c”的位置不对", r)
			}
			if count == 1 && firstDigit1 && t.val == 10 {
				leadingYi = true
			}
			cur += uint64(d) * t.val
			lastSmall, pending = t.val, -1
		case tokWan, tokYi:
			if pending == 0 {
				return 0, syntaxErr(s, pos, "“零”后面不能直接跟单位")
			}
			if pending > 0 {
				cur += uint64(pending)
				pending = -1
			}
			if t.kind == tokWan {
				if cur == 0 {
					return 0, syntaxErr(s, pos, "单位“%c”前缺少数字", r)
				}
				if wanSeen {
					return 0, syntaxErr(s, pos, "单位“%c”的位置不对", r)
				}
				wan, cur, lastSmall, wanSeen = cur*10_000, 0, 0, true
				break
			}
			seg := wan + cur
			if seg == 0 && high == 0 {
				return 0, syntaxErr(s, pos, "单位“%c”前缺少数字", r)
			}
			if high > maxHigh-seg {
				return 0, rangeErr(s, 0)
			}
			high = (high + seg) * 100_000_000
			wan, cur, lastSmall, wanSeen = 0, 0, 0, false
		}
		prev = t
		count++
		pos++
	}
	switch {
	case pending == 0 && count > 1:
		return 0, syntaxErr(s, pendingPos, "末尾不能是“零”")
	case pending > 0:
		if before.kind == tokWan || before.kind == tokYi || (before.kind == tokSmall && before.val > 10) {
			return 0, syntaxErr(s, pendingPos, "末位数字省略了单位，有歧义（如“六千八”可指6800，也可能漏写了“零”）")
		}
		cur += uint64(pending)
	}
	if high > math.MaxUint64-wan-cur {
		return 0, rangeErr(s, 0)
	}
	total := high + wan + cur
	limit := uint64(math.MaxInt64)
	if neg {
		limit++
	}
	if total > limit {
		return 0, rangeErr(s, 0)
	}
	if neg && total == 0 {
		return 0, syntaxErr(s, 0, "零不能带负号")
	}
	st := numeralStyle{liang: true, leadingYi: leadingYi}
	if strict {
		st = numeralStyle{upper: sc == numScriptUpper, leadingYi: sc == numScriptUpper}
	}
	if err := checkCanonical(s, body, off, total, st, sc, hasLiang, strict); err != nil {
		return 0, err
	}
	if neg {
		return int64(-total), nil // wraps to math.MinInt64 for 1<<63
	}
	return int64(total), nil
}

// checkCanonical compares body with the reading [Numeral] gives for v and
// reports the first character where they differ. Unless strict, 二 is
// accepted where the reading has 两, 〇 for 零, and a 零 the reading does
// not have right after 万 or 亿 is skipped (十万零一千); the numScript of the input does not
// matter. When strict, body must be the reading itself, character by
// character.
func checkCanonical(s, body string, off int, v uint64, st numeralStyle, sc numScript, hasLiang, strict bool) error {
	var buf [numeralBufSize]byte
	want := st.appendUint(buf[:0], v)
	pos, j := off, 0
	var prev numToken
	for _, r := range body {
		got := classifyNumeralRune(r)
		after := prev
		prev = got
		if j >= len(want) {
			return canonicalErr(s, pos, v, st, sc, hasLiang, strict)
		}
		w, size := utf8.DecodeRune(want[j:])
		exp := classifyNumeralRune(w)
		switch {
		case strict && r != w:
			return canonicalErr(s, pos, v, st, sc, hasLiang, strict)
		case got.kind != exp.kind || got.val != exp.val || (got.liang && !exp.liang):
			if !strict && got.kind == tokDigit && got.val == 0 && (after.kind == tokWan || after.kind == tokYi) {
				pos++ // a 零 the standard reading leaves out after 万 or 亿
				continue
			}
			return canonicalErr(s, pos, v, st, sc, hasLiang, strict)
		}
		j += size
		pos++
	}
	if j < len(want) {
		return canonicalErr(s, pos, v, st, sc, hasLiang, strict)
	}
	return nil
}

func canonicalErr(s string, pos int, v uint64, st numeralStyle, sc numScript, hasLiang, strict bool) error {
	st.liang = hasLiang && sc != numScriptUpper && !strict
	st.upper = sc == numScriptUpper
	var buf [numeralBufSize]byte
	b := buf[:0]
	if len(s) >= len(runeNeg) && s[:len(runeNeg)] == runeNeg {
		b = append(b, runeNeg...)
	}
	b = st.appendUint(b, v)
	return syntaxErr(s, pos, "不是规范写法，应写作“%s”", b)
}

// ParseDigits reads a number written digit by digit, the inverse of
// [Digits]: 二〇二二 → 2022. Each character must be one of 〇一二三四五六七八九
// (零 is accepted for 〇); an optional 负 may lead. Leading zeros are
// allowed (〇〇七 → 7). Units (十, 百 …), 两 and 大写 digits are errors, as
// are the empty string, 负 alone, a negative zero and values beyond int64;
// the error is a *[NumeralError].
func ParseDigits(s string) (int64, error) {
	if s == "" {
		return 0, syntaxErr(s, 0, "内容为空")
	}
	body, off := s, 0
	neg := false
	if len(s) >= len(runeNeg) && s[:len(runeNeg)] == runeNeg {
		body, off, neg = s[len(runeNeg):], 1, true
		if body == "" {
			return 0, syntaxErr(s, 1, "负号后缺少数字")
		}
	}
	limit := uint64(math.MaxInt64)
	if neg {
		limit++
	}
	var v uint64
	pos := off
	for _, r := range body {
		t := classifyNumeralRune(r)
		if t.kind != tokDigit || t.liang || t.numScript == numScriptUpper {
			if r == '负' {
				return 0, syntaxErr(s, pos, "负号只能写在开头")
			}
			return 0, syntaxErr(s, pos, "“%c”不是逐位书写用的数字（应为〇一二三四五六七八九）", r)
		}
		if v > (limit-t.val)/10 {
			return 0, rangeErr(s, 0)
		}
		v = v*10 + t.val
		pos++
	}
	if neg && v == 0 {
		return 0, syntaxErr(s, 0, "零不能带负号")
	}
	if neg {
		return int64(-v), nil
	}
	return int64(v), nil
}
