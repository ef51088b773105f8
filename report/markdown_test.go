package report_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/summary"
)

func markdownOf(t *testing.T, d *summary.Document) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, report.Markdown(&buf, d))
	return buf.String()
}

func TestMarkdownStructure(t *testing.T) {
	tests := []struct {
		name string
		doc  summary.Document
		want string
	}{
		{
			name: "title only",
			doc:  summary.Document{Title: "工作总结"},
			want: "# 工作总结\n",
		},
		{
			name: "heading levels on their own lines",
			doc: summary.Document{Title: "T", Sections: []summary.Section{{
				Heading: "甲", Subsections: []summary.Section{{
					Heading: "乙", Subsections: []summary.Section{{
						Heading: "丙", Subsections: []summary.Section{{Heading: "丁"}},
					}},
				}},
			}}},
			want: "# T\n\n## 一、甲\n\n### （一）乙\n\n#### 1.丙\n\n##### （1）丁\n",
		},
		{
			name: "run-in punctuation moves out of the bold before a character",
			doc: summary.Document{Title: "T", Sections: []summary.Section{{Heading: "甲", Subsections: []summary.Section{
				{Heading: "举办学习班，提升能力。", Level: 3, RunIn: true, Paragraphs: []string{"与其他城区联合办学。"}},
				{Heading: "抓好小组活动。", Level: 3, RunIn: true, Paragraphs: []string{"“委员之家”建成。"}},
				{Heading: "做好联谊", Level: 3, RunIn: true, Paragraphs: []string{"接待来访。"}},
				{Heading: "其他工作：", Level: 3, RunIn: true, Paragraphs: []string{"第一段。", "第二段。"}},
				{Heading: "关于某事的建议（第2号，个人提案）。", Level: 3, RunIn: true, Paragraphs: []string{"已办结。"}},
			}}}},
			want: "# T\n\n## 一、甲\n\n" +
				"**1.举办学习班，提升能力**。与其他城区联合办学。\n\n" +
				"**2.抓好小组活动。**“委员之家”建成。\n\n" +
				"**3.做好联谊**接待来访。\n\n" +
				"**4.其他工作**：第一段。\n\n第二段。\n\n" +
				"**5.关于某事的建议（第2号，个人提案）**。已办结。\n",
		},
		{
			name: "line breaks and spaces",
			doc: summary.Document{Title: "上\n下", Opening: []string{"  甲  \n    乙\n\n丙\n"},
				Sections: []summary.Section{{Heading: "一行\r\n两行"}}},
			want: "# 上 下\n\n甲\\\n乙\\\n\\\n丙\n\n## 一、一行 两行\n",
		},
		{
			name: "signature block",
			doc:  summary.Document{Title: "T", Opening: []string{"正文。"}, Issuer: "某区政协"},
			want: "# T\n\n正文。\n\n某区政协\n",
		},
		{
			name: "numbered plans",
			doc: summary.Document{Title: "T", Sections: []summary.Section{{Heading: "甲"}},
				Plans: summary.Plans{Heading: "下半年工作打算", Numbered: true, Items: []summary.Section{{Heading: "加强学习", Level: 2}}}},
			want: "# T\n\n## 一、甲\n\n## 二、下半年工作打算\n\n### （一）加强学习\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, markdownOf(t, &tt.doc))
		})
	}
}

func TestMarkdownLiteral(t *testing.T) {
	evil := "# *强调* _x_ [链接](javascript:alert(1)) <script>alert(1)</script> `code` | a & b ~~删~~"
	escaped := `\# \*强调\* \_x\_ \[链接\](javascript:alert(1)) \<script\>alert(1)\</script\> \` + "`code\\`" + ` \| a \& b \~\~删\~\~`
	d := &summary.Document{
		Title:    evil,
		Opening:  []string{evil},
		Sections: []summary.Section{{Heading: evil, Subsections: []summary.Section{{Heading: evil, Level: 3, RunIn: true, Paragraphs: []string{evil}}}}},
		Issuer:   evil,
	}
	want := "# " + escaped + "\n\n" + escaped + "\n\n## 一、" + escaped + "\n\n**1." + escaped + "**" + escaped + "\n\n" + escaped + "\n"
	assert.Equal(t, want, markdownOf(t, d))
}
