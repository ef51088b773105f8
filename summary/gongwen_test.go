package summary

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/table"
)

func officialDoc() *Document {
	return &Document{
		Head:  Head{Mark: "柳州市某区政协办公室文件", Number: "区政协办发〔2022〕12号"},
		Title: "关于2022年上半年工作情况的报告",
		To:    "中共柳州市某区委员会",
		Sections: []Section{{Heading: "提案工作", Paragraphs: []string{"收到提案44件。"},
			Tables: []table.Table{{Columns: make([]table.Column, 2), Rows: [][]table.Cell{table.Texts("收到", "44")}}}}},
		Issuer: "柳州市某区政协办公室",
		Date:   lvzhi.Date{Year: 2022, Month: 7, Day: 8},
		Note:   "联系人：张三，电话：1234567",
		Attachments: []Attachment{{Title: "提案办理情况统计表",
			Tables: []table.Table{{Columns: make([]table.Column, 1), Rows: [][]table.Cell{table.Texts("1")}}}}},
		Record: Record{CC: []string{"柳州市政协办公室"}, Printer: "柳州市某区政协办公室", Printed: lvzhi.Date{Year: 2022, Month: 7, Day: 8}},
	}
}

func TestOfficialValid(t *testing.T) {
	require.NoError(t, officialDoc().Validate())
}

func fields(t *testing.T, err error) map[string]string {
	t.Helper()
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs), "%v", err)
	out := map[string]string{}
	for _, fe := range verrs {
		out[fe.Field] = fe.Error()
	}
	return out
}

func TestDocumentNumberFix(t *testing.T) {
	for in, want := range map[string]string{
		"区政协办发[2022]12号":  "应写作\"区政协办发〔2022〕12号\"",
		"区政协办发（2022）12号":  "应写作\"区政协办发〔2022〕12号\"",
		"区政协办发(2022)12号":  "应写作\"区政协办发〔2022〕12号\"",
		"区政协办发【2022】12号":  "应写作\"区政协办发〔2022〕12号\"",
		"区政协办发〔2022〕第12号": "应写作\"区政协办发〔2022〕12号\"",
		"区政协办发〔2022〕012号": "应写作\"区政协办发〔2022〕12号\"",
		"区政协办发〔22〕12号":    "年份应写全4位",
		"区政协办发12号":        "六角括号",
	} {
		d := officialDoc()
		d.Head.Number = in
		got := fields(t, d.Validate())
		assert.Contains(t, got["Head.Number"], want, in)
		assert.Contains(t, got["Head.Number"], "版头.发文字号：", in)
	}
}

func TestOfficialProblems(t *testing.T) {
	d := officialDoc()
	d.Head.Mark = ""
	d.Head.Copy = "12"
	d.Head.Secrecy = "内部"
	d.Head.Urgency = "很急"
	d.Attachments[0].Title = "统计表。"
	d.Attachments = append(d.Attachments, Attachment{})
	d.Record.Printed = lvzhi.Date{}
	d.Record.CC = append(d.Record.CC, "")
	d.Sections[0].Tables[0].Rows[0] = table.Texts("x")
	got := fields(t, d.Validate())
	for _, f := range []string{"Head.Mark", "Head.Copy", "Head.Secrecy", "Head.Urgency", "Attachments[0].Title",
		"Attachments[1].Title", "Attachments[1]", "Record.Printed", "Record.CC[1]", "Sections[0].Tables[0].Rows[0]"} {
		assert.Contains(t, got, f)
	}
	assert.Contains(t, got["Attachments[0].Title"], "应写作\"统计表\"")
	assert.Contains(t, got["Sections[0].Tables[0].Rows[0]"], "部分[0].表格[0].数据第1行")
}

func TestSignersNeedNumber(t *testing.T) {
	d := officialDoc()
	d.Head.Number = ""
	d.Head.Signers = []string{"张三"}
	assert.Contains(t, fields(t, d.Validate()), "Head.Signers")
}
