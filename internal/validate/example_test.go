package validate_test

import (
	"errors"
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/validate"
)

func ExampleStruct() {
	type Sponsor struct {
		Name     string `validate:"required,zhname" label:"姓名" norm:"name"`
		IDNumber string `validate:"omitempty,idcard" label:"身份证号码" norm:"narrow,upper"`
	}
	type Proposal struct {
		Title    string    `validate:"required" label:"案由" norm:"trim"`
		Sponsors []Sponsor `validate:"required,dive" label:"提案人"`
	}
	p := &Proposal{
		Title:    "　",
		Sponsors: []Sponsor{{Name: "张 三"}, {IDNumber: "110105194912310021"}},
	}
	err := validate.Struct(p)
	var verrs lvzhi.ValidationErrors
	if errors.As(err, &verrs) {
		for _, fe := range verrs {
			fmt.Printf("%s | %s | %s\n", fe.Field, fe.Label, fe.Message)
		}
	}
	fmt.Println(p.Sponsors[0].Name)
	// Output:
	// Title | 案由 | 案由为必填字段
	// Sponsors[1].Name | 提案人[1].姓名 | 姓名为必填字段
	// Sponsors[1].IDNumber | 提案人[1].身份证号码 | 身份证号码的校验码有误：校验码应为X，实为1
	// 张三
}

func ExampleVar() {
	fmt.Println(validate.Var("1391234567", "required,mobile", "手机号码"))
	fmt.Println(validate.Var("13912345678", "required,mobile", "手机号码"))
	// Output:
	// 手机号码不是有效的手机号码
	// <nil>
}

func ExampleIsIDCard() {
	fmt.Println(validate.IsIDCard("11010519491231002X"))
	birth, _ := validate.IDCardBirthDate("11010519491231002X")
	fmt.Println(birth)
	// Output:
	// true
	// 1949-12-31
}
