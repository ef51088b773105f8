package proofread_test

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi/zh/proofread"
)

func ExampleCheck() {
	for _, f := range proofread.Check("认真履行民主监视职能，共搜集线索21多条，约20多人参加。") {
		fmt.Println(f)
	}
	// Output:
	// 1:5 用词错误：应为“民主监督”（政协三大职能之一为民主监督）（“民主监视” → “民主监督”）
	// 1:17 “多”只能用在整十、整百等整数之后，表示概数；确切数字后不加“多”“余”（“21多” → “21”）
	// 1:22 概数表达重复：“约”与“多”不能同时使用（“约20多” → “20多”）
}

func ExampleWithTerms() {
	c := proofread.New(proofread.WithTerms(append(proofread.DefaultTerms(),
		proofread.Term{Wrong: "七里区", Right: "七星区", Note: "桂林市辖区"})))
	for _, f := range c.Check("接待了桂林七里区政协来访") {
		fmt.Println(f.Text, "→", f.Suggestion)
	}
	// Output: 七里区 → 七星区
}

func ExampleWithListLimit() {
	text := "确定“建设特色食品产业园”“发展数字经济”“完善养老服务体系”“推进集团化办学”为重点课题。\n" +
		"围绕发展大局深入开展调研和视察活动，下一步将深入开展调研和视察活动。"
	for _, f := range proofread.New(proofread.WithListLimit(3)).Check(text) {
		fmt.Println(f.Kind, f.Rule, f.Line, f.Column)
	}
	// Output:
	// 文风 long-enumeration 1 3
	// 文风 repeated-phrase 2 23
}
