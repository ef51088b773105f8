package zh_test

import (
	"errors"
	"fmt"

	"github.com/lvzhi-go/lvzhi/zh"
)

func ExampleNumeral() {
	for _, n := range []int64{10, 105, 110, 101000, 100010000, 2000, -3} {
		fmt.Println(zh.Numeral(n))
	}
	// Output:
	// 十
	// 一百零五
	// 一百一十
	// 十万一千
	// 一亿零一万
	// 二千
	// 负三
}

func ExampleWithLiang() {
	fmt.Println(zh.Numeral(2200, zh.WithLiang()))
	fmt.Println(zh.Numeral(320000000, zh.WithLiang()))
	fmt.Println(zh.Numeral(22, zh.WithLiang()))
	// Output:
	// 两千两百
	// 三亿两千万
	// 二十二
}

func ExampleWithLeadingYi() {
	fmt.Println(zh.Numeral(15, zh.WithLeadingYi()))
	fmt.Println(zh.Numeral(150000, zh.WithLeadingYi()))
	// Output:
	// 一十五
	// 一十五万
}

func ExampleParseNumeral() {
	for _, s := range []string{"一百零五", "两千", "壹拾万柒仟", "负十二", "六千八"} {
		n, err := zh.ParseNumeral(s)
		if err != nil {
			var ne *zh.NumeralError
			fmt.Println(errors.As(err, &ne), ne.Pos, errors.Is(err, zh.ErrNumeral))
			continue
		}
		fmt.Println(n)
	}
	// Output:
	// 105
	// 2000
	// 107000
	// -12
	// true 2 true
}

func ExampleParseDigits() {
	n, err := zh.ParseDigits("二〇二二")
	fmt.Println(n, err)
	// Output: 2022 <nil>
}

func ExampleOrdinal() {
	fmt.Println(zh.Ordinal(11))
	// Output: 第十一
}

func ExampleDigits() {
	fmt.Println(zh.Digits(2022))
	// Output: 二〇二二
}

func ExampleMoney() {
	for _, fen := range []int64{10500, 600714, 1640902, 168032, 10700053, 50} {
		s, err := zh.Money(fen)
		fmt.Println(s, err)
	}
	_, err := zh.Money(-1)
	fmt.Println(err)
	// Output:
	// 壹佰零伍元整 <nil>
	// 陆仟零柒元壹角肆分 <nil>
	// 壹万陆仟肆佰零玖元零贰分 <nil>
	// 壹仟陆佰捌拾元零叁角贰分 <nil>
	// 壹拾万柒仟元零伍角叁分 <nil>
	// 伍角整 <nil>
	// lvzhi: 金额 -1分 无效：超出允许范围：金额不能为负数
}

func ExampleHeading() {
	for level := 1; level <= 4; level++ {
		s, _ := zh.Heading(level, 11)
		fmt.Println(s)
	}
	_, err := zh.Heading(5, 1)
	fmt.Println(err)
	// Output:
	// 十一、
	// （十一）
	// 11.
	// （11）
	// lvzhi: 标题层级 5 无效：超出允许范围：应为1至4
}
