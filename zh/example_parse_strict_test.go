package zh_test

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi/zh"
)

// ParseNumeral reads the variants people write; ParseNumeralStrict names
// the standard reading for each.
func ExampleParseNumeralStrict() {
	for _, s := range []string{"十万一千", "十万零一千", "两千", "一十五"} {
		n, _ := zh.ParseNumeral(s)
		_, err := zh.ParseNumeralStrict(s)
		fmt.Println(n, err)
	}
	// Output:
	// 101000 <nil>
	// 101000 zh: 无法解析中文数字“十万零一千”：第3个字符处不是规范写法，应写作“十万一千”
	// 2000 zh: 无法解析中文数字“两千”：第1个字符处不是规范写法，应写作“二千”
	// 15 zh: 无法解析中文数字“一十五”：第1个字符处不是规范写法，应写作“十五”
}
