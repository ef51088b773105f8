package zh_test

import (
	"fmt"
	"os"
	"text/template"

	"github.com/lvzhi-go/lvzhi/zh"
)

func ExamplePercentDecimals() {
	// 134 proposals received, 129 registered.
	fmt.Println(zh.PercentDecimals(129, 134, 0), zh.PercentDecimals(129, 134, 1), zh.PercentDecimals(129, 134, 2))
	// 99.95% never reads 100%.
	fmt.Println(zh.PercentDecimals(1999, 2000, 0), zh.PercentDecimals(1999, 2000, 1))
	// Output:
	// 96% 96.3% 96.27%
	// 99% 99.9%
}

func ExampleAtLeast() {
	// 992 of 1000 proposers satisfied or basically satisfied: 99.2%.
	s, _ := zh.AtLeast(992, 1000, 1)
	fmt.Println("委员满意或基本满意达" + s)
	s, _ = zh.AtLeast(992, 1000, 5)
	fmt.Println(s)
	_, err := zh.AtLeast(3, 100, 5)
	fmt.Println(err)
	// Output:
	// 委员满意或基本满意达99%以上
	// 95%以上
	// zh: 比率3%不足5%，无法写成“5%以上”
}

func ExampleApproximate() {
	s, _ := zh.Approximate(6512, zh.Over, 0)
	fmt.Println(s + "人次参加各类履职活动")
	s, _ = zh.Approximate(19600, zh.Nearly, 0)
	fmt.Println("全书" + s + "字")
	s, _ = zh.Approximate(6512, zh.About, 1000)
	fmt.Println(s + "人次")
	s, _ = zh.Approximate(6500, zh.Over, 0) // round already: exact
	fmt.Println(s + "人次")
	// Output:
	// 6500余人次参加各类履职活动
	// 全书近2万字
	// 约7000人次
	// 6500人次
}

func ExampleApproxNumber() {
	s, _ := zh.ApproxNumber(300, zh.More)
	fmt.Println("精选" + s + "张图片")
	_, err := zh.ApproxNumber(6512, zh.Over)
	fmt.Println(err)
	// Output:
	// 精选300多张图片
	// zh: “余”只能跟在整十、整百等整数之后（如6500余），不能写作“6512余”
}

func ExampleParseApprox() {
	q, _ := zh.ParseApprox("余")
	fmt.Println(q == zh.Over)
	_, err := zh.ParseApprox("左右")
	fmt.Println(err)
	// Output:
	// true
	// zh: 概数用词应为约、近、多、余之一，实为"左右"
}

func ExampleRound() {
	fmt.Println(zh.Round(20), zh.Round(21), zh.Round(6500))
	// Output: true false true
}

func ExampleArabicCount() {
	fmt.Println(zh.ArabicCount(6512), zh.ArabicCount(20000), zh.ArabicCount(15000), zh.ArabicCount(3450000000))
	// Output: 6512 2万 1.5万 34.5亿
}

func ExampleCompareCount() {
	fmt.Println("共收到提案44件，" + zh.CompareCount(38, 44, "件", "上年"))
	fmt.Println("立案38件，" + zh.CompareCount(38, 38, "件", "上年"))
	// Output:
	// 共收到提案44件，较上年增加6件，增长15.8%
	// 立案38件，与上年持平
}

func ExampleCompareRate() {
	// 立案率 36/38 last year, 129/134 this year.
	s, _ := zh.CompareRate(36, 38, 129, 134, "上年")
	fmt.Println("立案率" + zh.Percent(129, 134) + "，" + s)
	// Output: 立案率96.3%，较上年提高1.6个百分点
}

func ExampleCompareRate_asPublished() {
	// 167/176 is 94.89%, 188/198 is 94.95%: both are published as 94.9%.
	s, _ := zh.CompareRate(167, 176, 188, 198, "上年")
	fmt.Println("上年立案率" + zh.Percent(167, 176) + "，今年立案率" + zh.Percent(188, 198) + "，" + s)
	// Output: 上年立案率94.9%，今年立案率94.9%，与上年持平
}

func ExampleCompareRateDecimals() {
	// A document that prints whole per cent compares whole per cent.
	s, _ := zh.CompareRateDecimals(36, 38, 129, 134, 0, "上年")
	fmt.Println("立案率" + zh.PercentDecimals(129, 134, 0) + "，" + s)
	// Output: 立案率96%，较上年提高1个百分点
}

func ExamplePercentFixed() {
	// A table column keeps one precision: 96.0% beside 66.7%, not 96%.
	for _, r := range [][2]int{{144, 150}, {12, 18}, {5, 5}} {
		fmt.Println(zh.PercentFixed(r[0], r[1], 1))
	}
	// Output:
	// 96.0%
	// 66.7%
	// 100.0%
}

func ExampleFuncMap_arithmetic() {
	t := template.Must(template.New("").Funcs(zh.FuncMap()).Parse(
		"转送{{add .Suggestions .Opinions}}件，未立案{{sub .Received .Registered}}件，合计{{sum .ByUnit}}件\n"))
	_ = t.Execute(os.Stdout, map[string]any{
		"Suggestions": 3, "Opinions": 2, "Received": 134, "Registered": 129, "ByUnit": []int{12, 9, 7},
	})
	// Output: 转送5件，未立案5件，合计28件
}

func ExampleFuncMap_percent() {
	t := template.Must(template.New("").Funcs(zh.FuncMap()).Parse(
		"立案率{{percent 129 134 0}}（{{percent 129 134}}，{{percent 129 134 2}}）\n"))
	_ = t.Execute(os.Stdout, nil)
	// Output: 立案率96%（96.3%，96.27%）
}

func ExampleFuncMap_atleast() {
	t := template.Must(template.New("").Funcs(zh.FuncMap()).Parse(
		"委员满意或基本满意达{{atleast 992 1000}}，{{atleast 992 1000 5}}\n"))
	_ = t.Execute(os.Stdout, nil)
	// Output: 委员满意或基本满意达99%以上，95%以上
}

func ExampleFuncMap_approx() {
	t := template.Must(template.New("").Funcs(zh.FuncMap()).Parse(
		`{{approx 6512 "余"}}人次，全书{{approx 19600 "近"}}字，{{approxnum 300 "多"}}张图片` + "\n"))
	_ = t.Execute(os.Stdout, nil)
	err := template.Must(template.New("").Funcs(zh.FuncMap()).Parse(`{{approxnum 6512 "余"}}`)).Execute(os.Stdout, nil)
	fmt.Println(err != nil)
	// Output:
	// 6500余人次，全书近2万字，300多张图片
	// true
}

func ExampleFuncMap_compare() {
	t := template.Must(template.New("").Funcs(zh.FuncMap()).Parse(
		`收到提案44件，{{compare 38 44 "件"}}；立案率{{percent 129 134}}，{{comparerate 36 38 129 134}}；办结{{compare 40 40 "件" "上半年"}}` + "\n"))
	_ = t.Execute(os.Stdout, nil)
	// Output: 收到提案44件，较上年增加6件，增长15.8%；立案率96.3%，较上年提高1.6个百分点；办结与上半年持平
}

func ExampleApprox() {
	for _, q := range []zh.Approx{zh.About, zh.Nearly, zh.More, zh.Over} {
		fmt.Print(q, q.IsValid(), " ")
	}
	fmt.Println(zh.Approx(0).String() == "", zh.Approx(5).IsValid())
	// Output: 约 true 近 true 多 true 余 true true false
}
