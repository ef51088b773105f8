package zh

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
)

// MaxMoneyFen is the largest amount [Money] writes, in fen (分): one fen
// less than 10^16 元 (一亿亿元), so that no amount needs 亿亿.
const MaxMoneyFen int64 = 1e18 - 1

// Money writes an amount given in fen (分, 1/100 元) as a 大写 amount (中文大写金额)
// following 《会计基础工作规范》第五十二条 and the rules for filling in bills in
// 《支付结算办法》:
//
//	105.00 → 壹佰零伍元整
//	6007.14 → 陆仟零柒元壹角肆分
//	16409.02 → 壹万陆仟肆佰零玖元零贰分
//	1680.32 → 壹仟陆佰捌拾元零叁角贰分
//	107000.53 → 壹拾万柒仟元零伍角叁分
//
// The rules:
//   - Digits are 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿; 壹拾 keeps its 壹
//     (壹拾元整, 壹拾万).
//   - Zeros inside the 元 part follow the reading of [Numeral]: one 零 per
//     run, none at the end of a 万 or 亿 section (壹拾万柒仟).
//   - When the 元 digit is 0 and the 角 digit is not, 零 is written after 元
//     (捌拾元零叁角贰分). The rules allow leaving it out; it is written because
//     it guards the amount against alteration.
//   - When the 角 digit is 0 and the 分 digit is not, 零 is written after 元
//     (玖元零贰分), as both rules require.
//   - 整 follows an amount that ends at 元 or 角 (壹佰零伍元整, 伍元伍角整),
//     never one that ends at 分. 支付结算办法 lets 整 after 角 be omitted,
//     会计基础工作规范 requires it; Money always writes it, which satisfies both.
//   - An amount below one 元 starts with its first non-zero unit (50 fen
//     伍角整, 2 fen 贰分): the rules require 零 only between digits, and a
//     leading 零元 adds nothing. Zero is 零元整.
//
// The 人民币 prefix that bills require is not included: forms print it,
// and callers that need it prepend it.
//
// A negative amount or one above [MaxMoneyFen] is an error: a
// *[lvzhi.ValueError] wrapping [lvzhi.ErrOutOfRange].
func Money(fen int64) (string, error) {
	if fen < 0 {
		return "", &lvzhi.ValueError{What: "金额", Value: fmt.Sprintf("%d分", fen), Err: fmt.Errorf("%w：金额不能为负数", lvzhi.ErrOutOfRange)}
	}
	if fen > MaxMoneyFen {
		return "", &lvzhi.ValueError{What: "金额", Value: fmt.Sprintf("%d分", fen), Err: fmt.Errorf("%w：金额应小于一亿亿元", lvzhi.ErrOutOfRange)}
	}
	var buf [numeralBufSize]byte
	return string(appendMoney(buf[:0], uint64(fen))), nil
}

const (
	runeYuan  = "元"
	runeJiao  = "角"
	runeFen   = "分"
	runeZheng = "整"
)

// appendMoney appends the 大写 amount for fen ≤ MaxMoneyFen.
func appendMoney(dst []byte, fen uint64) []byte {
	yuan, jiao, f := fen/100, fen/10%10, fen%10
	if yuan > 0 {
		dst = numeralStyle{leadingYi: true, upper: true}.appendAny(dst, yuan, true, false)
		dst = append(dst, runeYuan...)
	}
	switch {
	case jiao == 0 && f == 0:
		if yuan == 0 {
			dst = append(dst, runeZero+runeYuan...)
		}
		return append(dst, runeZheng...)
	case jiao == 0:
		if yuan > 0 {
			dst = append(dst, runeZero...)
		}
		dst = append(dst, upperDigits[f]...)
		return append(dst, runeFen...)
	}
	if yuan > 0 && yuan%10 == 0 {
		dst = append(dst, runeZero...)
	}
	dst = append(dst, upperDigits[jiao]...)
	dst = append(dst, runeJiao...)
	if f == 0 {
		return append(dst, runeZheng...)
	}
	dst = append(dst, upperDigits[f]...)
	return append(dst, runeFen...)
}
