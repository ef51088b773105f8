package report_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/summary"
)

// hostileDocument puts the given strings into every text field of a
// document: title, opening, headings (numbered and run-in), paragraphs,
// shortcomings, plans and issuer. Fixed prefixes keep the fields from
// being empty, so that the document's structure stays valid.
func hostileDocument(title, opening, heading, para, shortcoming, plan, issuer string) *summary.Document {
	return &summary.Document{
		Title:   "标题" + title,
		Opening: []string{"开头" + opening},
		Sections: []summary.Section{{
			Heading:    "一级" + heading,
			Paragraphs: []string{"段落" + para},
			Subsections: []summary.Section{
				{Heading: "二级" + heading, Subsections: []summary.Section{
					{Heading: "三级" + heading + "。", RunIn: true, Paragraphs: []string{"接排" + para}},
				}},
			},
		}},
		Shortcomings: summary.Shortcomings{Lead: "不足" + shortcoming, Items: []string{"甲" + shortcoming, "乙"}, Tail: "尾" + shortcoming},
		Plans: summary.Plans{Heading: "打算" + plan, Numbered: true, Lead: "引" + plan,
			Items:   []summary.Section{{Heading: "计划" + plan, Paragraphs: []string{"做" + plan}}},
			Closing: "结" + plan},
		Issuer: "落款" + issuer,
		Date:   lvzhi.MustDate(2022, 7, 8),
	}
}

// htmlElements are the elements HTML writes; no text may add another.
var htmlElements = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
	"main": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"p": true, "span": true, "br": true, "time": true,
}

// checkXML parses data strictly and returns the names of its elements.
func checkXML(data []byte) ([]string, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	var names []string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return names, nil
		}
		if err != nil {
			return names, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			names = append(names, se.Name.Local)
		}
	}
}

// FuzzAllFormats checks the four renderers together on documents with
// arbitrary text in every field: each either refuses the document with
// lvzhi.ValidationErrors and writes nothing, or writes valid UTF-8; the
// HTML page is well-formed XML with only its own elements and no script;
// every part of the DOCX is well-formed XML; and text, Markdown and HTML,
// which apply the same checks, agree on whether a document is refused.
func FuzzAllFormats(f *testing.F) {
	seeds := [][7]string{
		{"", "", "", "", "", "", ""},
		{"<script>alert(1)</script>", "<SCRIPT src=x>", "</h2><script>", "<img onerror=x>", "&lt;script&gt;", "]]>", "<!--"},
		{"a\r\nb", "\n\n", "\t", "a\rb", "\u2028", "\u3000", " "},
		{"\x00", "\x1b", "\x7f", "\u0085", "\uFFFE", "\uFFFF", "\x0c"},
		{"\xff", "\xed\xa0\x80", "\xc0\xaf", "\xe4\xb8", "\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98"},
		{"# 标题", "1. 条", "**粗**", "[链接](x)", "`代码`", "| 表 |", "\\"},
		{"&amp;", "&#60;", "&#x3c;", "&lt;", "\"'", "<?xml ?>", "<!DOCTYPE x>"},
		{"😀𠀀", "\U0010FFFF", "\u202e", "\u200b", "\ufeff", "\U000E0001", "〇"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1], s[2], s[3], s[4], s[5], s[6])
	}
	f.Fuzz(func(t *testing.T, title, opening, heading, para, shortcoming, plan, issuer string) {
		d := hostileDocument(title, opening, heading, para, shortcoming, plan, issuer)
		before := *hostileDocument(title, opening, heading, para, shortcoming, plan, issuer)
		refused := map[string]bool{}
		outs := map[string][]byte{}
		for name, render := range map[string]func(io.Writer, *summary.Document, ...report.Option) error{
			"text": report.Text, "markdown": report.Markdown, "html": report.HTML,
		} {
			var buf bytes.Buffer
			err := render(&buf, d)
			refused[name] = err != nil
			outs[name] = buf.Bytes()
			if err != nil {
				var verrs lvzhi.ValidationErrors
				if !errors.As(err, &verrs) {
					t.Fatalf("%s: error of type %T: %v", name, err, err)
				}
				if buf.Len() != 0 {
					t.Fatalf("%s: wrote %d bytes before failing", name, buf.Len())
				}
				continue
			}
			if !utf8.Valid(buf.Bytes()) {
				t.Fatalf("%s: output is not UTF-8", name)
			}
		}
		if refused["text"] != refused["markdown"] || refused["text"] != refused["html"] {
			t.Fatalf("renderers disagree: %v", refused)
		}
		if page := outs["html"]; !refused["html"] {
			if strings.Contains(strings.ToLower(string(page)), "<script") {
				t.Fatal("the page holds <script")
			}
			names, err := checkXML(page)
			if err != nil {
				t.Fatalf("the page is not well-formed: %v", err)
			}
			for _, n := range names {
				if !htmlElements[n] {
					t.Fatalf("the page holds an element %q", n)
				}
			}
		}

		var buf bytes.Buffer
		if err := docx.Write(&buf, d); err != nil {
			var verrs lvzhi.ValidationErrors
			if !errors.As(err, &verrs) {
				t.Fatalf("docx: error of type %T: %v", err, err)
			}
			if buf.Len() != 0 {
				t.Fatalf("docx: wrote %d bytes before failing", buf.Len())
			}
		} else {
			if refused["text"] {
				t.Fatal("docx wrote a document the other renderers refuse")
			}
			zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
			if err != nil {
				t.Fatalf("docx: not a zip: %v", err)
			}
			for _, zf := range zr.File {
				rc, err := zf.Open()
				if err != nil {
					t.Fatalf("docx: %s: %v", zf.Name, err)
				}
				data, err := io.ReadAll(rc)
				_ = rc.Close()
				if err != nil {
					t.Fatalf("docx: %s: %v", zf.Name, err)
				}
				if _, err := checkXML(data); err != nil {
					t.Fatalf("docx: %s is not well-formed: %v", zf.Name, err)
				}
			}
		}
		if !reflect.DeepEqual(&before, d) {
			t.Fatal("rendering changed the document")
		}
	})
}
