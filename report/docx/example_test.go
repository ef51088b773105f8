package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/summary"
)

func ExampleWrite() {
	doc := &summary.Document{
		Title:   "某区政协2022年上半年工作总结",
		Opening: []string{"上半年，区政协认真履行政治协商、民主监督、参政议政职能。"},
		Sections: []summary.Section{{
			Heading:    "做好提案工作",
			Paragraphs: []string{"共收到委员提案44件，立案38件。"},
		}},
		Issuer: "某区政协",
		Date:   lvzhi.MustDate(2022, time.July, 8),
	}
	var buf bytes.Buffer
	if err := docx.Write(&buf, doc); err != nil {
		fmt.Println(err)
		return
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// [Content_Types].xml
	// _rels/.rels
	// docProps/core.xml
	// docProps/app.xml
	// word/document.xml
	// word/styles.xml
	// word/settings.xml
	// word/fontTable.xml
	// word/footer1.xml
	// word/footer2.xml
	// word/_rels/document.xml.rels
}

func ExampleWrite_invalidText() {
	doc := &summary.Document{
		Title:   "某区政协2022年上半年工作总结",
		Opening: []string{"含有控制字符\x07的段落"},
	}
	var buf bytes.Buffer
	err := docx.Write(&buf, doc)
	fmt.Println(err)
	fmt.Println(buf.Len())
	// Output:
	// docx: 文档无法写出：总述[0]：第7个字符是控制字符U+0007，不能写入文档
	// 0
}

func ExampleWithFonts() {
	var buf bytes.Buffer
	err := docx.Write(&buf, &summary.Document{Title: "某区政协2022年工作总结"},
		docx.WithFonts(docx.Fonts{Body: "方正仿宋_GBK", Title: "方正小标宋_GBK"}),
		docx.WithoutPageNumbers())
	fmt.Println(err, buf.Len() > 0)
	// Output:
	// <nil> true
}

// members is a batch of two small documents.
type members []string

func (m members) Len() int          { return len(m) }
func (m members) Name(i int) string { return m[i] + ".docx" }
func (m members) Document(i int) (*summary.Document, error) {
	return &summary.Document{
		Title:    m[i] + "委员2022年上半年履职档案",
		Sections: []summary.Section{{Heading: "基本情况", Paragraphs: []string{m[i] + "，区政协委员。"}}},
	}, nil
}

func ExampleWriteZip() {
	var buf bytes.Buffer
	err := docx.WriteZip(&buf, members{"覃建华-m001", "韦秀兰-m002"}, func(done, total int) {
		fmt.Printf("%d/%d\n", done, total)
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// 1/2
	// 2/2
	// 覃建华-m001.docx
	// 韦秀兰-m002.docx
}

func ExampleWriteBook() {
	var buf bytes.Buffer
	if err := docx.WriteBook(&buf, members{"覃建华", "韦秀兰"}, "2022年上半年委员履职档案", nil); err != nil {
		fmt.Println(err)
		return
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	rc, err := zr.Open("word/document.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	xml, err := io.ReadAll(rc)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Count(string(xml), "<w:sectPr>"), "sections, page numbers restart:",
		strings.Count(string(xml), `<w:pgNumType w:start="1"/>`))
	// Output:
	// 2 sections, page numbers restart: 2
}
