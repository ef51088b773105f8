package summary_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/table"
)

func TestBuildOfficial(t *testing.T) {
	b, err := summary.NewBuilder(fixture(t), summary.WithTable("custom", func(*summary.Builder, *summary.Context) (table.Table, error) {
		return table.Table{Columns: make([]table.Column, 1), Rows: [][]table.Cell{table.Texts("x")}}, nil
	}))
	require.NoError(t, err)
	o, err := summary.ParseOutline([]byte(`{
		"period": "2022-H1",
		"head": {"mark": "{{region .Committee}}政协文件", "number": "区政协发〔2022〕12号"},
		"to": "中共柳州市某区委员会",
		"note": "联系人：{{.Committee.ShortName}}办公室",
		"unsealed": true,
		"attachments": [
			{"title": "{{period .Period}}提案办理情况统计表", "tables": [{"build": "proposal_stats", "title": "-"}, {"build": "proposal_handling", "title": "{{.Committee.ShortName}}承办单位办理情况表"}, {"build": "custom"}]},
			{"title": "说明", "paragraphs": ["共{{.Year}}年。"], "tables": [{"table": {"columns": [{}], "rows": [[{"text": "y"}]]}}]}
		],
		"record": {"cc": ["柳州市政协办公室"], "printer": "{{.Committee.ShortName}}办公室", "printed": "2022-07-08"}
	}`))
	require.NoError(t, err)
	doc, err := b.Build(*o)
	require.NoError(t, err)
	assert.Equal(t, summary.Head{Mark: "柳州市某区政协文件", Number: "区政协发〔2022〕12号"}, doc.Head)
	assert.Equal(t, "中共柳州市某区委员会", doc.To)
	assert.Equal(t, "联系人：区政协办公室", doc.Note)
	assert.True(t, doc.Unsealed)
	require.Len(t, doc.Attachments, 2)
	a := doc.Attachments[0]
	assert.Equal(t, "2022年上半年提案办理情况统计表", a.Title)
	require.Len(t, a.Tables, 3)
	assert.Empty(t, a.Tables[0].Title, `"-" drops the caption`)
	require.NoError(t, a.Tables[0].Validate())
	assert.Equal(t, []table.Cell{table.Text("收到提案").Span(2, 1), table.Int(3), table.Text("")}, a.Tables[0].Rows[0])
	assert.Equal(t, "审查", a.Tables[0].Rows[1][0].Text)
	assert.Equal(t, 2, a.Tables[0].Rows[1][0].RowsSpanned(), "立案 and one other outcome occurred in review")
	assert.Equal(t, "立案", a.Tables[0].Rows[1][1].Text)
	assert.Equal(t, "区政协承办单位办理情况表", a.Tables[1].Title, "a table title is a template")
	assert.Equal(t, "x", a.Tables[2].Rows[0][0].Text)
	assert.Equal(t, []string{"共2022年。"}, doc.Attachments[1].Paragraphs)
	assert.Equal(t, "y", doc.Attachments[1].Tables[0].Rows[0][0].Text)
	assert.Equal(t, summary.Record{CC: []string{"柳州市政协办公室"}, Printer: "区政协办公室", Printed: lvzhi.Date{Year: 2022, Month: 7, Day: 8}}, doc.Record)
}

func TestBuildOfficialErrors(t *testing.T) {
	b := newBuilder(t)
	for name, tc := range map[string]struct {
		o    summary.Outline
		want string
	}{
		"unknown table": {summary.Outline{Period: lvzhi.FirstHalf(2022), Attachments: []summary.AttachmentPlan{{Title: "表", Tables: []summary.TableRef{{Build: "nope"}}}}}, `附件1.表格[0]：没有名为 "nope" 的表格生成器`},
		"empty ref":     {summary.Outline{Period: lvzhi.FirstHalf(2022), Attachments: []summary.AttachmentPlan{{Title: "表", Tables: []summary.TableRef{{}}}}}, "须给出 build 或 table"},
		"bad number":    {summary.Outline{Period: lvzhi.FirstHalf(2022), Head: summary.Head{Mark: "区政协文件", Number: "区政协发[2022]12号"}}, "应写作\"区政协发〔2022〕12号\""},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := b.Build(tc.o)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestProposalStatsTableRatesOnePrecision guards the rate column of the
// 提案办理情况统计表: 0.0% beside 86.4%, never 0%, and 100.0% for all.
func TestProposalStatsTableRatesOnePrecision(t *testing.T) {
	tb := summary.ProposalStatsTable(proposal.Statistics{Received: 44, Registered: 38, Local: 32, HandedOver: 38, Closed: 0,
		Satisfied: 2}, "市政协")
	var rates []string
	for _, row := range tb.Rows {
		if last := row[len(row)-1].Text; last != "" {
			rates = append(rates, last)
		}
	}
	assert.Equal(t, []string{"86.4%", "0.0%", "100.0%"}, rates)
}
