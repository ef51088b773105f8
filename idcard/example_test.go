package idcard_test

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/idcard"
)

func ExampleParse() {
	n, err := idcard.Parse("11010519491231002X")
	fmt.Println(n.Region, n.Birth, n.Male(), err)
	_, err = idcard.Parse("110105194912310021")
	fmt.Println(err)
	_, err = idcard.Parse("110105194902300021")
	fmt.Println(err)
	// Output:
	// 110105 1949-12-31 false <nil>
	// 公民身份号码的校验码有误：校验码应为X，实为1
	// 公民身份号码的出生日期有误：第7至14位的出生日期19490230不是1900年以后的有效日期
}

func ExampleMake() {
	s, err := idcard.Make("320106", lvzhi.MustDate(1975, 2, 28), 123)
	fmt.Println(s, err, idcard.Valid(s))
	// Output:
	// 320106197502281237 <nil> true
}

func ExampleCheckDigit() {
	c, err := idcard.CheckDigit("11010519491231002")
	fmt.Printf("%c %v\n", c, err)
	// Output:
	// X <nil>
}
