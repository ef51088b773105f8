package docx_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/report/internal/sample"
	"github.com/lvzhi-go/lvzhi/summary"
)

// TestTextRoundTrip puts awkward text into every kind of field and checks
// that the file stays well-formed and gives the text back unchanged.
func TestTextRoundTrip(t *testing.T) {
	tests := []struct{ name, text string }{
		{"markup", `<script>alert("x")</script>`},
		{"ampersand", "A&B &amp; &#60; ]]>"},
		{"quotes", `"双引号" 'single' “中文引号”`},
		{"emoji", "委员😀点赞"},
		{"CJK Ext-B", "𠀀𪚥字"},
		{"tab and newline", "甲\t乙\n丙"},
		{"leading and trailing spaces", "  两端空格  "},
		{"U+FFFD and noncharacter U+FDD0", "\uFFFD\uFDD0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := sample.Document()
			d.Title = tc.text
			d.Opening = []string{tc.text}
			d.Sections[0].Heading = tc.text
			d.Issuer = tc.text
			p := render(t, d)
			for _, name := range p.names {
				parseXML(t, p.parts[name])
			}
			texts := p.texts(t)
			assert.Equal(t, tc.text, texts[0], "title")
			assert.Equal(t, tc.text, texts[1], "opening")
			assert.Equal(t, "一、"+tc.text, texts[2], "heading")
			assert.Equal(t, tc.text, texts[len(texts)-2], "issuer")
			core := parseXML(t, p.parts["docProps/core.xml"])
			want := strings.NewReplacer("\t", " ", "\n", " ").Replace(tc.text)
			assert.Equal(t, want, core.find("title").text)
			assert.Equal(t, want, core.find("creator").text)
		})
	}
}

func TestLineBreaksAndTabs(t *testing.T) {
	d := sample.Document()
	d.Opening = []string{"甲\r\n乙\r丙\n丁\t戊"}
	para := render(t, d).paragraphs(t)[1]
	assert.Len(t, para.all("br"), 3, "CRLF, CR and LF are one break each")
	assert.Len(t, para.all("tab"), 1)
	assert.Equal(t, "甲\n乙\n丙\n丁\t戊", para.plain())
}

// TestRejectedText checks that text an XML file cannot hold is refused
// with an error naming the field, and that nothing is written.
func TestRejectedText(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(d *summary.Document)
		field string
		rule  string
	}{
		{"NUL in title", func(d *summary.Document) { d.Title = "标题\x00" }, "Title", "xmlchar"},
		{"control in paragraph", func(d *summary.Document) { d.Sections[1].Paragraphs[0] = "提案\x01" }, "Sections[1].Paragraphs[0]", "xmlchar"},
		{"escape in subsection heading", func(d *summary.Document) { d.Sections[1].Subsections[0].Heading = "\x1b[31m" }, "Sections[1].Subsections[0].Heading", "xmlchar"},
		{"U+FFFE in issuer", func(d *summary.Document) { d.Issuer = "区政协\uFFFE" }, "Issuer", "xmlchar"},
		{"U+FFFF in plan item", func(d *summary.Document) { d.Plans.Items[0].Paragraphs[0] = "\uFFFF" }, "Plans.Items[0].Paragraphs[0]", "xmlchar"},
		{"invalid UTF-8 in shortcoming", func(d *summary.Document) { d.Shortcomings.Items[1] = "界别\xff" }, "Shortcomings.Items[1]", "utf8"},
		{"lone surrogate in opening", func(d *summary.Document) { d.Opening[0] = "a\xed\xa0\x80b" }, "Opening[0]", "utf8"},
		{"vertical tab in closing", func(d *summary.Document) { d.Plans.Closing = "\v" }, "Plans.Closing", "xmlchar"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := sample.Document()
			tc.edit(d)
			var buf bytes.Buffer
			err := docx.Write(&buf, d)
			require.Error(t, err)
			assert.Zero(t, buf.Len(), "nothing is written on error")
			var verrs lvzhi.ValidationErrors
			require.True(t, errors.As(err, &verrs))
			require.Len(t, verrs, 1)
			assert.Equal(t, tc.field, verrs[0].Field)
			assert.Equal(t, tc.rule, verrs[0].Rule)
			assert.NotEmpty(t, verrs[0].Label)
			assert.Contains(t, err.Error(), verrs[0].Label)
		})
	}
}

func TestAllProblemsAtOnce(t *testing.T) {
	d := sample.Document()
	d.Title = ""                           // structure: required
	d.Sections[0].Paragraphs[0] = "\x02"   // text
	d.Sections[2].Subsections[0].Level = 1 // structure: level not below parent
	d.Plans.Heading = "打算\x7f\x00"         // text (DEL is allowed, NUL is not)
	var buf bytes.Buffer
	err := docx.Write(&buf, d, docx.WithFonts(docx.Fonts{Body: "仿宋\n"}))
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	var fields []string
	for _, fe := range verrs {
		fields = append(fields, fe.Field)
	}
	assert.Equal(t, []string{
		"Title",
		"Sections[2].Subsections[0].Level",
		"Sections[0].Paragraphs[0]",
		"Plans.Heading",
		"Fonts.Body",
	}, fields)
	assert.Zero(t, buf.Len())
}

func TestNilDocument(t *testing.T) {
	var buf bytes.Buffer
	err := docx.Write(&buf, nil)
	assert.ErrorIs(t, err, docx.ErrNilDocument)
	assert.Zero(t, buf.Len())
}

type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

func TestWriterError(t *testing.T) {
	sentinel := errors.New("磁盘已满")
	err := docx.Write(failingWriter{sentinel}, sample.Document())
	assert.ErrorIs(t, err, sentinel)
}

// FuzzWriteText checks that any paragraph text gives either an error or a
// well-formed document holding exactly that text (with CR and CRLF read
// back as LF).
func FuzzWriteText(f *testing.F) {
	for _, s := range []string{"", "普通文字", "<&>\"'", "😀𠀀", "a\tb\r\nc", "\x00", "\xed\xa0\x80", "\uFFFE", "]]>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := sample.Document()
		d.Opening = []string{"开头" + s}
		var buf bytes.Buffer
		if err := docx.Write(&buf, d); err != nil {
			var verrs lvzhi.ValidationErrors
			require.True(t, errors.As(err, &verrs), "%v", err)
			assert.Zero(t, buf.Len())
			return
		}
		p := unpack(t, buf.Bytes())
		want := strings.ReplaceAll(strings.ReplaceAll("开头"+s, "\r\n", "\n"), "\r", "\n")
		assert.Equal(t, want, p.texts(t)[1])
	})
}
