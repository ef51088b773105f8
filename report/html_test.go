package report_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/table"
)

func htmlOf(t *testing.T, d *summary.Document, opts ...report.Option) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, report.HTML(&buf, d, opts...))
	return buf.String()
}

// element is an element of the parsed page with its direct text.
type element struct {
	name, class, text string
}

// parseXHTML parses page with encoding/xml in strict mode, with no HTML
// entities beyond XML's own, and returns its elements in document order.
func parseXHTML(t *testing.T, page string) []element {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(page))
	dec.Strict = true
	var els []element
	var stack []int
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "the page must be well-formed XML")
		switch tok := tok.(type) {
		case xml.StartElement:
			e := element{name: tok.Name.Local}
			for _, a := range tok.Attr {
				if a.Name.Local == "class" {
					e.class = a.Value
				}
			}
			els = append(els, e)
			stack = append(stack, len(els)-1)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				els[stack[len(stack)-1]].text += string(tok)
			}
		}
	}
	assert.Empty(t, stack, "every element is closed")
	return els
}

func TestHTMLEscapesEveryField(t *testing.T) {
	evil := `<script>alert(1)</script> & "引号" 'apos' </p><p>`
	d := &summary.Document{
		Title:   evil,
		Opening: []string{evil},
		Sections: []summary.Section{{
			Heading:    evil,
			Paragraphs: []string{evil},
			Subsections: []summary.Section{
				{Heading: evil, Level: 3, RunIn: true, Paragraphs: []string{evil}},
			},
		}},
		Shortcomings: summary.Shortcomings{Lead: evil, Items: []string{evil}, Tail: evil},
		Plans:        summary.Plans{Heading: evil, Numbered: true, Lead: evil, Items: []summary.Section{{Heading: evil}}, Closing: evil},
		Issuer:       evil,
		Date:         lvzhi.MustDate(2022, time.July, 8),
	}
	page := htmlOf(t, d)
	assert.NotContains(t, strings.ToLower(page), "<script")
	assert.NotContains(t, page, "</p><p>")
	els := parseXHTML(t, page)

	var got []string
	for _, e := range els {
		switch e.name {
		case "title", "h1", "h2", "h3", "p", "span", "time":
			got = append(got, e.name+" "+e.class+"|"+e.text)
		}
	}
	assert.Equal(t, []string{
		"title |" + evil,
		"h1 title|" + evil,
		"p |" + evil,
		"h2 level-1|一、" + evil,
		"p |" + evil,
		"p |" + evil, // the text after the run-in heading
		"span run-in level-3|1." + evil,
		"p |" + evil + evil + "，" + evil, // Lead, the one item, Tail
		"h2 level-1|二、" + evil,
		"p |" + evil,
		"h2 level-1|一、" + evil,
		"p |" + evil,
		"p issuer|" + evil,
		"p date|",
		"time |2022年7月8日",
	}, got)
}

func TestHTMLPage(t *testing.T) {
	d := &summary.Document{Title: "标题\n第二行", Opening: []string{"甲\r\n乙"},
		Sections: []summary.Section{{Heading: "一", Subsections: []summary.Section{{Heading: "二", Subsections: []summary.Section{{Heading: "三", Subsections: []summary.Section{{Heading: "四"}}}}}}}}}
	page := htmlOf(t, d)
	for _, want := range []string{
		"<!DOCTYPE html>\n",
		`<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN" xml:lang="zh-CN">`,
		`<meta charset="utf-8" />`,
		"<title>标题 第二行</title>",
		`<h1 class="title">标题<br />第二行</h1>`,
		"<p>甲<br />乙</p>",
		`<h2 class="level-1">一、一</h2>`,
		`<h3 class="level-2">（一）二</h3>`,
		`<h4 class="level-3">1.三</h4>`,
		`<h5 class="level-4">（1）四</h5>`,
		"@page { size: A4; margin: 37mm 26mm 35mm 28mm; }",
		`"FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "SimSun", serif`,
		"line-height: 28.95pt;",
		"text-indent: 2em;",
	} {
		assert.Contains(t, page, want)
	}
	assert.NotContains(t, page, `class="signature"`, "no 落款 without issuer and date")
	parseXHTML(t, page)
}

func TestHTMLStylesheet(t *testing.T) {
	d := &summary.Document{Title: "T"}
	page := htmlOf(t, d, report.WithStylesheet("p { color: red; }"))
	assert.Contains(t, page, "<style>\np { color: red; }\n</style>\n")
	assert.NotContains(t, page, "@page")

	page = htmlOf(t, d, report.WithStylesheet(""))
	assert.NotContains(t, page, "<style>")
	parseXHTML(t, page)

	page = htmlOf(t, d, report.WithStylesheet(report.DefaultStylesheet+".document h1 { color: #c00; }\n"))
	assert.Contains(t, page, "@page")
	assert.Contains(t, page, ".document h1 { color: #c00; }\n</style>")
}

func TestDefaultStylesheetIsXMLText(t *testing.T) {
	// The style element's content is raw text in HTML and character data
	// in XML; both read it the same only without < and &.
	assert.NotContains(t, report.DefaultStylesheet, "<")
	assert.NotContains(t, report.DefaultStylesheet, "&")
}

// FuzzHTML checks that whatever text a document holds, the page either
// is refused with an error or is well-formed and carries the text
// unchanged.
func FuzzHTML(f *testing.F) {
	for _, s := range []string{"正文", "<script>", "&amp;", "a\r\nb", "\x00", "\xff", "]]>", "\uFFFE"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, title, para string) {
		d := &summary.Document{Title: "标题" + title, Opening: []string{"段落" + para}}
		var buf bytes.Buffer
		if err := report.HTML(&buf, d); err != nil {
			var verrs lvzhi.ValidationErrors
			if !errors.As(err, &verrs) {
				t.Fatalf("unexpected error type: %v", err)
			}
			return
		}
		dec := xml.NewDecoder(&buf)
		dec.Strict = true
		var texts []string
		depth, inP := 0, false
		for {
			tok, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("not well-formed: %v", err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				depth++
				if tok.Name.Local == "script" {
					t.Fatal("a script element was written")
				}
				if tok.Name.Local == "p" {
					inP = true
					texts = append(texts, "")
				}
			case xml.EndElement:
				depth--
				if tok.Name.Local == "p" {
					inP = false
				}
			case xml.CharData:
				if inP {
					texts[len(texts)-1] += string(tok)
				}
			}
		}
		if depth != 0 || len(texts) != 1 {
			t.Fatalf("depth %d, %d paragraphs", depth, len(texts))
		}
		// Line breaks become <br />, which drops them from the text.
		want := strings.NewReplacer("\r\n", "", "\r", "", "\n", "").Replace("段落" + para)
		if texts[0] != want {
			t.Fatalf("paragraph text %q, want %q", texts[0], want)
		}
	})
}

// Titles too wide for a 2号 line turn where the DOCX turns them.
func TestHTMLTitleLines(t *testing.T) {
	d := &summary.Document{Title: "关于印发《柳州市某区政协委员履职量化考核办法（试行）》的通知",
		Attachments: []summary.Attachment{{Title: "区政协2022年上半年各界别委员履职情况统计表", Paragraphs: []string{"见表。"}}}}
	page := htmlOf(t, d)
	assert.Contains(t, page, `<h1 class="title">关于印发《柳州市某区政协委员<br />履职量化考核办法（试行）》的通知</h1>`)
	assert.Contains(t, page, `<h2 class="attachment-title">区政协2022年上半年<br />各界别委员履职情况统计表</h2>`)
	assert.Contains(t, page, "<title>关于印发《柳州市某区政协委员履职量化考核办法（试行）》的通知</title>", "the page title stays whole")
}

// A header of up to four characters stays on one line (主办, never 主/办);
// a longer one may wrap.
func TestHTMLShortHeadersDoNotWrap(t *testing.T) {
	d := &summary.Document{Title: "表", Sections: []summary.Section{{Heading: "统计", Tables: []table.Table{{
		Columns: make([]table.Column, 4),
		Header:  [][]table.Cell{table.Texts("承办单位", "主办", "基本满意", "逾期未答复")},
		Rows:    [][]table.Cell{{table.Text("县教育局"), table.Int(1), table.Int(2), table.Int(0)}},
	}}}}}
	page := htmlOf(t, d)
	assert.Contains(t, page, `<th scope="col" class="align-center nowrap">承办单位</th>`)
	assert.Contains(t, page, `<th scope="col" class="align-center nowrap">主办</th>`)
	assert.Contains(t, page, `<th scope="col" class="align-center nowrap">基本满意</th>`)
	assert.Contains(t, page, `<th scope="col" class="align-center">逾期未答复</th>`)
	assert.Contains(t, page, ".document .data-table .nowrap { white-space: nowrap; }")
}
