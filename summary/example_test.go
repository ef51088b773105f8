package summary_test

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/summary"
)

const exampleRecords = `{
  "committee": {"name": "柳州市某区政协委员会", "short_name": "区政协", "level": "县级", "term": 9, "superior": "市政协"},
  "members": [
    {"id": "m1", "name": "李明", "gender": "男", "party": "无党派人士", "sector": "经济界"}
  ],
  "sessions": [
    {"id": "p3", "kind": "全体会议", "term": 9, "sitting": 3, "dates": {"from": "2022-01-08", "to": "2022-01-10"},
     "agenda": [{"kind": "听取和审议", "title": "区政府工作报告"}]}
  ]
}`

// Records are read from one JSON file; a builder writes a document from
// them and an outline.
func Example() {
	rec, err := summary.Parse([]byte(exampleRecords))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := summary.NewBuilder(rec)
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := b.Build(summary.Outline{
		Period: lvzhi.FirstHalf(2022),
		Sections: []summary.Part{{
			Heading:  "召开{{.Facts.Named}}，发扬民主建言献策",
			Build:    "plenary",
			Template: "全会于{{daterange .Facts.Dates .Year}}召开，听取和审议了{{join .Facts.Reviews}}。",
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title)
	fmt.Println(doc.Sections[0].Heading)
	fmt.Println(doc.Sections[0].Paragraphs[0])
	// Output:
	// 柳州市某区政协2022年上半年工作总结
	// 召开区政协九届三次会议，发扬民主建言献策
	// 全会于1月8日至10日召开，听取和审议了区政府工作报告。
}

// A mistyped key is reported with its JSON path.
func ExampleParse() {
	_, err := summary.Parse([]byte(strings.Replace(exampleRecords, `"sitting"`, `"siting"`, 1)))
	fmt.Println(err)
	// Output:
	// summary: 记录文件有误：JSON $.sessions[0].siting：未知字段 "siting"，应为“sitting”
}

// Records that refer to a member who does not exist are rejected with the
// path of the reference.
func ExampleRecords_Validate() {
	rec, _ := summary.Parse([]byte(strings.Replace(exampleRecords, `"title": "区政府工作报告"}`,
		`"title": "大会发言", "speeches": [{"speaker": "m7", "title": "关于创办“四点钟学校”的建议"}]}`, 1)))
	fmt.Println(rec.Validate())
	// Output:
	// 会议[0].议程[0].发言[0].发言人：委员编号 m7 不存在
}

func ExampleProofread() {
	doc := &summary.Document{
		Title:    "区政协2022年上半年工作总结",
		Sections: []summary.Section{{Heading: "做好社情民意工作", Paragraphs: []string{"共搜集社情民意线索21多条。"}}},
	}
	for _, is := range summary.Proofread(doc, nil) {
		fmt.Println(is)
	}
	// Output:
	// 部分[0].段落[0] 1:10 “多”只能用在整十、整百等整数之后，表示概数；确切数字后不加“多”“余”（“21多” → “21”）
}

// The default wording of a built-in builder, to read before replacing it
// with a part's template.
func ExampleDefaultTemplate() {
	tmpl, ok := summary.DefaultTemplate("exchanges")
	fmt.Println(ok)
	fmt.Println(tmpl)
	// Output:
	// true
	// {{with .Facts}}{{if .Received}}接待了{{etc .ReceivedList "个政协组织"}}来访{{if gt (len .Received) .ReceivedList.Total}}{{len .Received}}批次{{end}}。{{end}}
	// {{- if .Made}}组织委员赴{{.VisitedWhere}}考察交流{{if gt (len .Made) .VisitedList.Total}}{{len .Made}}次{{end}}。{{end}}{{end}}
}
