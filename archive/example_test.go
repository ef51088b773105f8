package archive_test

import (
	"fmt"
	"os"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/summary"
)

func loadExample() *summary.Records {
	f, err := os.Open("../examples/halfyear/data/records.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	rec, err := summary.Load(f)
	if err != nil {
		panic(err)
	}
	return rec
}

// Of writes the archive of one member for a period.
func ExampleOf() {
	rec := loadExample()
	doc, err := archive.Of(rec, "m042", lvzhi.FirstHalf(2022))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title)
	for _, s := range doc.Sections {
		fmt.Println(s.Heading)
	}
	last := doc.Sections[len(doc.Sections)-1]
	fmt.Println(last.Paragraphs[0])
	// Output:
	// 农海英委员2022年上半年履职档案
	// 基本情况
	// 参加会议
	// 提交提案
	// 反映社情民意
	// 大会发言
	// 参加委员小组活动
	// 履职积分
	// 按本会履职积分办法计分，合计94分，在49名委员中列第2位。
}

// A Book ranks every member and scores the activity groups.
func ExampleBook_Ranking() {
	b, err := archive.New(loadExample(), lvzhi.FirstHalf(2022), archive.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Half a year gets points and ranks; the grades are annual.
	for _, r := range b.Ranking()[:3] {
		fmt.Println(r.Rank, r.Name, r.Sector, r.Points)
	}
	// The 主席 and 副主席 take no rank (listed in post order), nor do
	// members on leave with no other record, whom the averages leave out.
	for _, r := range b.Unranked() {
		fmt.Println("—", r.Name, r.Points)
	}
	for _, g := range b.GroupScores() {
		fmt.Println(g.Name, g.Members, g.AverageText())
	}
	// Output:
	// 1 潘国栋 中华全国工商业联合会 97
	// 2 农海英 医药卫生界 94
	// 3 莫春燕 中国共产党 89
	// — 覃建华 65
	// — 韦秀兰 56
	// — 黄德明 83
	// — 莫丽娟 51
	// — 许慧敏 0
	// — 陶文清 0
	// 工商组 14 60.6
	// 文史组 6 45.2
	// 社会组 12 62.1
	// 法制组 6 61.2
	// 科技组 10 59.9
}

// The batch of every member's archive, in 姓氏笔画 order, with file names.
func ExampleBook_Batch() {
	b, err := archive.New(loadExample(), lvzhi.FirstHalf(2022), archive.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	x := b.Batch()
	fmt.Println(x.Len())
	for i := range 3 {
		fmt.Println(x.Name(i))
	}
	// Output:
	// 55
	// 马德胜-m050.docx
	// 韦庆丰-m045.docx
	// 韦秀兰-m002.docx
}
