package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
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
