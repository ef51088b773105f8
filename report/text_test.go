package report_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/internal/sample"
	"github.com/lvzhi-go/lvzhi/summary"
)

const ind = "\u3000\u3000"

func textOf(t *testing.T, d *summary.Document, opts ...report.Option) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, report.Text(&buf, d, opts...))
	return buf.String()
}

func TestTextStructure(t *testing.T) {
	tests := []struct {
		name string
		doc  summary.Document
		want string
	}{
		{
			name: "title only",
			doc:  summary.Document{Title: "工作总结"},
			want: "工作总结\n",
		},
		{
			name: "four levels by nesting",
			doc: summary.Document{Title: "T", Sections: []summary.Section{{
				Heading: "甲", Subsections: []summary.Section{{
					Heading: "乙", Subsections: []summary.Section{
						{Heading: "丙", Subsections: []summary.Section{{Heading: "丁"}, {Heading: "戊"}}},
						{Heading: "己"},
					},
				}},
			}, {Heading: "庚"}}},
			want: "T\n\n" + ind + "一、甲\n" + ind + "（一）乙\n" + ind + "1.丙\n" + ind + "（1）丁\n" + ind + "（2）戊\n" + ind + "2.己\n" + ind + "二、庚\n",
		},
		{
			name: "run-in with several paragraphs and without any",
			doc: summary.Document{Title: "T", Sections: []summary.Section{{
				Heading: "基础工作", Subsections: []summary.Section{
					{Heading: "举办学习班。", Level: 3, RunIn: true, Paragraphs: []string{"第一段。", "第二段。"}},
					{Heading: "联谊交流", Level: 3, RunIn: true},
				},
			}}},
			want: "T\n\n" + ind + "一、基础工作\n" + ind + "1.举办学习班。第一段。\n" + ind + "第二段。\n" + ind + "2.联谊交流\n",
		},
		{
			name: "opening, shortcomings and closing",
			doc: summary.Document{
				Title:        "T",
				Opening:      []string{"总述一。", "总述二。"},
				Shortcomings: summary.Shortcomings{Lead: "主要是：", Items: []string{"甲", "乙。"}, Tail: "这些问题需要改进。"},
				Plans:        summary.Plans{Closing: "下半年继续努力。"},
			},
			want: "T\n\n" + ind + "总述一。\n" + ind + "总述二。\n" + ind + "主要是：甲，乙。这些问题需要改进。\n" + ind + "下半年继续努力。\n",
		},
		{
			name: "numbered plans after the sections",
			doc: summary.Document{Title: "T",
				Sections: []summary.Section{{Heading: "甲"}, {Heading: "乙"}},
				Plans: summary.Plans{Heading: "下半年工作打算", Numbered: true, Lead: "下半年重点抓好以下工作：",
					Items:   []summary.Section{{Heading: "加强学习", Level: 2}, {Heading: "做好调研", Level: 2}},
					Closing: "总之，……"},
			},
			want: "T\n\n" + ind + "一、甲\n" + ind + "二、乙\n" + ind + "三、下半年工作打算\n" + ind + "下半年重点抓好以下工作：\n" +
				ind + "（一）加强学习\n" + ind + "（二）做好调研\n" + ind + "总之，……\n",
		},
		{
			name: "unnumbered plans heading with level-1 items",
			doc: summary.Document{Title: "T",
				Sections: []summary.Section{{Heading: "甲"}},
				Plans:    summary.Plans{Heading: "下半年工作打算", Items: []summary.Section{{Heading: "加强学习"}}},
			},
			want: "T\n\n" + ind + "一、甲\n" + ind + "下半年工作打算\n" + ind + "一、加强学习\n",
		},
		{
			name: "line breaks inside a field",
			doc:  summary.Document{Title: "上\r\n下", Opening: []string{"甲\r\n乙\r丙\n丁"}},
			want: "上\n下\n\n" + ind + "甲\n乙\n丙\n丁\n",
		},
		{
			name: "date only",
			doc:  summary.Document{Title: "T", Opening: []string{"正文。"}, Date: lvzhi.MustDate(2022, time.July, 8)},
			// 28 characters − 4 on the right − 6 for 2022年7月8日 = 18.
			want: "T\n\n" + ind + "正文。\n\n" + strings.Repeat("\u3000", 18) + "2022年7月8日\n",
		},
		{
			name: "issuer only",
			doc:  summary.Document{Title: "T", Opening: []string{"正文。"}, Issuer: "某区政协"},
			want: "T\n\n" + ind + "正文。\n\n" + strings.Repeat("\u3000", 20) + "某区政协\n",
		},
		{
			name: "issuer centred on the date",
			doc:  summary.Document{Title: "T", Issuer: "柳州市某区政协", Date: lvzhi.MustDate(2022, time.December, 31)},
			// Both are 14 half characters wide and end four characters
			// from the right: 56 − 8 − 14 = 34 halves of padding.
			want: "T\n\n" + strings.Repeat("\u3000", 17) + "柳州市某区政协\n" + strings.Repeat("\u3000", 17) + "2022年12月31日\n",
		},
		{
			name: "issuer centred on a narrower date",
			doc:  summary.Document{Title: "T", Issuer: "柳州市某区政治协商会议", Date: lvzhi.MustDate(2022, time.July, 8)},
			// Date: 12 halves, padding 56 − 8 − 12 = 36. Issuer: 22
			// halves, right space 8 + (12 − 22)/2 = 3, padding 31,
			// rounded down to 15 characters.
			want: "T\n\n" + strings.Repeat("\u3000", 15) + "柳州市某区政治协商会议\n" + strings.Repeat("\u3000", 18) + "2022年7月8日\n",
		},
		{
			name: "long issuer flush right",
			doc:  summary.Document{Title: "T", Issuer: "中国人民政治协商会议柳州市某区委员会办公室", Date: lvzhi.MustDate(2022, time.July, 8)},
			// 21 characters: 8 + (12 − 42)/2 < 0, so no right space and
			// 56 − 42 = 14 halves of padding.
			want: "T\n\n" + strings.Repeat("\u3000", 7) + "中国人民政治协商会议柳州市某区委员会办公室\n" + strings.Repeat("\u3000", 18) + "2022年7月8日\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, textOf(t, &tt.doc))
		})
	}
}

func TestTextIndentOption(t *testing.T) {
	d := &summary.Document{Title: "T", Opening: []string{"甲"}, Sections: []summary.Section{{Heading: "乙"}}}
	assert.Equal(t, "T\n\n甲\n一、乙\n", textOf(t, d, report.WithIndent("")))
	assert.Equal(t, "T\n\n    甲\n    一、乙\n", textOf(t, d, report.WithIndent("    ")))
	assert.Equal(t, "T\n\n"+ind+"甲\n"+ind+"一、乙\n", textOf(t, d, nil), "a nil option changes nothing")
}

func TestValidationErrors(t *testing.T) {
	d := &summary.Document{
		Title:   " ",
		Opening: []string{"正常", "含\x00控制字符"},
		Sections: []summary.Section{{
			Heading:     "甲",
			Subsections: []summary.Section{{Heading: "乙", Level: 1}},
		}},
		Issuer: "某区\xff政协",
	}
	renderers := map[string]func(*bytes.Buffer) error{
		"text":     func(w *bytes.Buffer) error { return report.Text(w, d) },
		"markdown": func(w *bytes.Buffer) error { return report.Markdown(w, d) },
		"html":     func(w *bytes.Buffer) error { return report.HTML(w, d) },
	}
	for _, name := range []string{"text", "markdown", "html"} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			err := renderers[name](&buf)
			require.Error(t, err)
			assert.Zero(t, buf.Len(), "nothing is written on error")
			var verrs lvzhi.ValidationErrors
			require.True(t, errors.As(err, &verrs))
			var fields []string
			for _, fe := range verrs {
				fields = append(fields, fe.Field+"/"+fe.Rule)
			}
			assert.Equal(t, []string{
				"Title/required",
				"Sections[0].Subsections[0].Level/range",
				"Opening[1]/xmlchar",
				"Issuer/utf8",
			}, fields)
			assert.Contains(t, err.Error(), "总述[1]：第2个字符是控制字符U+0000")
			assert.Contains(t, err.Error(), "落款：第3个字符处含有无效的UTF-8字节0xFF")
		})
	}
}

func TestOptionErrors(t *testing.T) {
	d := &summary.Document{Title: "T"}
	var buf bytes.Buffer
	err := report.Text(&buf, d, report.WithIndent("\n"))
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	require.Len(t, verrs, 1)
	assert.Equal(t, "Indent", verrs[0].Field)
	assert.Equal(t, "缩进不能含有制表符或换行符", verrs[0].Message)

	err = report.HTML(&buf, d, report.WithStylesheet("p{} </style><script>"))
	require.True(t, errors.As(err, &verrs))
	require.Len(t, verrs, 1)
	assert.Equal(t, "Stylesheet", verrs[0].Field)
	assert.Zero(t, buf.Len())
}

func TestNilDocument(t *testing.T) {
	var buf bytes.Buffer
	assert.ErrorIs(t, report.Text(&buf, nil), report.ErrNilDocument)
	assert.ErrorIs(t, report.Markdown(&buf, nil), report.ErrNilDocument)
	assert.ErrorIs(t, report.HTML(&buf, nil), report.ErrNilDocument)
}

type failWriter struct{ calls int }

var errDiskFull = errors.New("disk full")

func (f *failWriter) Write(p []byte) (int, error) {
	f.calls++
	return 0, errDiskFull
}

func TestWriteError(t *testing.T) {
	d := sample.Document()
	for name, r := range map[string]func(*failWriter) error{
		"text":     func(w *failWriter) error { return report.Text(w, d) },
		"markdown": func(w *failWriter) error { return report.Markdown(w, d) },
		"html":     func(w *failWriter) error { return report.HTML(w, d) },
	} {
		t.Run(name, func(t *testing.T) {
			w := &failWriter{}
			err := r(w)
			require.ErrorIs(t, err, errDiskFull)
			assert.Contains(t, err.Error(), "写出失败")
			assert.Equal(t, 1, w.calls, "the output is written with a single Write call")
		})
	}
}
