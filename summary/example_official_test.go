package summary_test

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi/summary"
)

// A 发文字号 with square brackets is refused with the correct form.
func ExampleDocument_Validate_official() {
	d := summary.Document{
		Head:  summary.Head{Mark: "柳州市某区政协文件", Number: "区政协发[2022]12号"},
		Title: "柳州市某区政协2022年上半年工作总结",
		Attachments: []summary.Attachment{
			{Title: "提案办理情况统计表。", Paragraphs: []string{"见表。"}},
		},
	}
	fmt.Println(d.Validate())
	// Output:
	// 版头.发文字号："区政协发[2022]12号"不合规范：发文字号由机关代字、用六角括号〔〕括入的年份和序号组成，序号不加“第”字、不编虚位，如区政协发〔2022〕12号；应写作"区政协发〔2022〕12号"；附件1.标题：附件名称后不加标点符号：应写作"提案办理情况统计表"
}
