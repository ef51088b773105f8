package summary_test

import (
	"fmt"
	"os"

	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/summary"
)

// An outline is usually kept as JSON beside the records, as
// examples/halfyear/data/outline.json is; ParseOutline reads it as strictly
// as Parse reads records, and report.Text renders the document built from it.
func ExampleParseOutline() {
	rec, err := summary.Parse([]byte(exampleRecords))
	if err != nil {
		fmt.Println(err)
		return
	}
	o, err := summary.ParseOutline([]byte(`{
	  "period": "2022-H1",
	  "sections": [{"heading": "召开全会", "build": "plenary",
	                "template": "全会于{{daterange .Facts.Dates .Year}}召开。"}],
	  "issuer": "政协柳州市某区委员会",
	  "date": "2022-07-08"
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := summary.NewBuilder(rec)
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := b.Build(*o)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := report.Text(os.Stdout, doc); err != nil {
		fmt.Println(err)
	}

	// A mistyped key names its JSON path.
	_, err = summary.ParseOutline([]byte(`{"period": "2022-H1", "sections": [{"heading": "召开全会", "biuld": "plenary"}]}`))
	fmt.Println(err)
	// Output:
	// 柳州市某区政协2022年上半年工作总结
	//
	// 　　一、召开全会
	// 　　全会于1月8日至10日召开。
	//
	// 　　　　　　　　　　　　　　　　政协柳州市某区委员会
	// 　　　　　　　　　　　　　　　　　　2022年7月8日
	// summary: 提纲文件有误：JSON $.sections[0].biuld：未知字段 "biuld"，应为“build”
}
