package report_test

import (
	"fmt"
	"os"
	"strings"
	"text/template"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/summary"
)

// tinyDocument is a summary with one section of two run-in items.
func tinyDocument() *summary.Document {
	return &summary.Document{
		Title:   "某区政协2022年上半年工作总结",
		Opening: []string{"上半年，区政协认真履行政治协商、民主监督、参政议政职能。"},
		Sections: []summary.Section{{
			Heading: "扎实推进各项基础性工作",
			Subsections: []summary.Section{
				{Heading: "举办常委学习班。", Level: 3, RunIn: true, Paragraphs: []string{"于4、5月份分两期组织常委学习培训。"}},
				{Heading: "抓好委员小组活动。", Level: 3, RunIn: true, Paragraphs: []string{"走访了20名非公企业政协委员。"}},
			},
		}},
		Shortcomings: summary.Shortcomings{
			Lead:  "主要是：",
			Items: []string{"委员活动小组开展工作不平衡", "界别作用还不够充分"},
			Tail:  "这些问题需要在下半年工作中认真加以改进。",
		},
		Issuer: "某区政协",
		Date:   lvzhi.MustDate(2022, time.July, 8),
	}
}

func ExampleText() {
	if err := report.Text(os.Stdout, tinyDocument()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 某区政协2022年上半年工作总结
	//
	// 　　上半年，区政协认真履行政治协商、民主监督、参政议政职能。
	// 　　一、扎实推进各项基础性工作
	// 　　1.举办常委学习班。于4、5月份分两期组织常委学习培训。
	// 　　2.抓好委员小组活动。走访了20名非公企业政协委员。
	// 　　主要是：委员活动小组开展工作不平衡，界别作用还不够充分。这些问题需要在下半年工作中认真加以改进。
	//
	// 　　　　　　　　　　　　　　　　　　　某区政协
	// 　　　　　　　　　　　　　　　　　　2022年7月8日
}

func ExampleText_validation() {
	d := &summary.Document{Sections: []summary.Section{{Heading: "调研工作", Level: 5}}}
	err := report.Text(os.Stdout, d)
	fmt.Println(err)
	// Output:
	// report: 文档无法输出：标题为必填字段；部分[0].层级：层级必须大于上级层级0且不超过4
}

func ExampleMarkdown() {
	if err := report.Markdown(os.Stdout, tinyDocument()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # 某区政协2022年上半年工作总结
	//
	// 上半年，区政协认真履行政治协商、民主监督、参政议政职能。
	//
	// ## 一、扎实推进各项基础性工作
	//
	// **1.举办常委学习班**。于4、5月份分两期组织常委学习培训。
	//
	// **2.抓好委员小组活动**。走访了20名非公企业政协委员。
	//
	// 主要是：委员活动小组开展工作不平衡，界别作用还不够充分。这些问题需要在下半年工作中认真加以改进。
	//
	// 某区政协\
	// 2022年7月8日
}

func ExampleHTML() {
	var b strings.Builder
	if err := report.HTML(&b, tinyDocument(), report.WithStylesheet("")); err != nil {
		fmt.Println(err)
	}
	fmt.Print(b.String())
	// Output:
	// <!DOCTYPE html>
	// <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN" xml:lang="zh-CN">
	// <head>
	// <meta charset="utf-8" />
	// <meta name="viewport" content="width=device-width, initial-scale=1" />
	// <title>某区政协2022年上半年工作总结</title>
	// </head>
	// <body>
	// <main class="document">
	// <h1 class="title">某区政协2022年上半年工作总结</h1>
	// <p>上半年，区政协认真履行政治协商、民主监督、参政议政职能。</p>
	// <h2 class="level-1">一、扎实推进各项基础性工作</h2>
	// <p><span class="run-in level-3">1.举办常委学习班。</span>于4、5月份分两期组织常委学习培训。</p>
	// <p><span class="run-in level-3">2.抓好委员小组活动。</span>走访了20名非公企业政协委员。</p>
	// <p>主要是：委员活动小组开展工作不平衡，界别作用还不够充分。这些问题需要在下半年工作中认真加以改进。</p>
	// <div class="signature">
	// <div class="signature-block">
	// <p class="issuer">某区政协</p>
	// <p class="date"><time datetime="2022-07-08">2022年7月8日</time></p>
	// </div>
	// </div>
	// </main>
	// </body>
	// </html>
}

func ExampleFuncMap() {
	const src = `{{heading 1 3}}做好提案工作
九届{{numeral .Sitting}}次会议于{{daterange .Dates 2022}}召开。共收到提案{{.Received}}件，立案{{.Registered}}件，立案率{{percent .Registered .Received}}。{{months 4 5}}组织{{join .Groups}}开展活动。
`
	tmpl := template.Must(template.New("notice").Funcs(report.FuncMap()).Parse(src))
	data := struct {
		Sitting              int
		Dates                lvzhi.DateRange
		Received, Registered int
		Groups               []string
	}{
		Sitting:    3,
		Dates:      lvzhi.DateRange{From: lvzhi.MustDate(2022, time.January, 8), To: lvzhi.MustDate(2022, time.January, 10)},
		Received:   44,
		Registered: 38,
		Groups:     []string{"科技组", "社会组", "工商组"},
	}
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 三、做好提案工作
	// 九届三次会议于1月8日至10日召开。共收到提案44件，立案38件，立案率86.4%。4、5月份组织科技组、社会组、工商组开展活动。
}
