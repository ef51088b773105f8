package docx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/lvzhi-go/lvzhi/summary"
)

// WriteBook writes every document of b into one DOCX file, each starting
// on a new page in a section of its own whose page numbers start again at
// 1 (w:pgNumType w:start="1"), so that the printed book can be split into
// the single documents. title is the file's title in its properties. The
// file holds the parts of a single document (see [Write]); progress, if
// not nil, is called after each document with the number done and the
// total. The whole file is built in memory and written with one Write
// call: on any error nothing is written. The same batch always gives the
// same bytes.
func WriteBook(w io.Writer, b Batch, title string, progress func(done, total int), opts ...Option) error {
	n := b.Len()
	if n == 0 {
		return errors.New("docx: 没有要写出的文档")
	}
	cfg := config{fonts: DefaultFonts(), pageNumbers: true}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	var body strings.Builder
	var first *summary.Document
	for i := range n {
		d, err := b.Document(i)
		if err == nil && d == nil {
			err = ErrNilDocument
		}
		if err == nil {
			err = check(d, &cfg)
		}
		var xml string
		if err == nil {
			xml, err = documentXML(d, &cfg)
		}
		if err != nil {
			return fmt.Errorf("docx: 第%d份文档（%s）无法写出：%w", i+1, b.Name(i), err)
		}
		if first == nil {
			first = d
		}
		content, sect, ok := splitBody(xml)
		if !ok {
			return fmt.Errorf("docx: 第%d份文档（%s）的正文无法分节", i+1, b.Name(i))
		}
		sect = restartNumbers(sect)
		if i < n-1 {
			content = breakSection(content, sect)
			sect = ""
		}
		body.WriteString(numberDrawings(content, i))
		body.WriteString(sect)
		if progress != nil {
			progress(i+1, n)
		}
	}
	cover := *first
	cover.Title = title
	parts, err := buildParts(&cover, &cfg)
	if err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	doc := xmlHeader + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>` +
		body.String() + `</w:body></w:document>`
	for i := range parts {
		if parts[i].name == partDocument {
			parts[i].content = doc
		}
	}
	var buf bytes.Buffer
	if err := writeZip(&buf, parts); err != nil {
		return fmt.Errorf("docx: 打包失败：%w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("docx: 写出失败：%w", err)
	}
	return nil
}

// splitBody splits word/document.xml into the content of its body and
// the body's final section properties.
func splitBody(xml string) (content, sect string, ok bool) {
	const open, end = `<w:body>`, `</w:body>`
	i, j := strings.Index(xml, open), strings.LastIndex(xml, end)
	if i < 0 || j < i {
		return "", "", false
	}
	body := xml[i+len(open) : j]
	k := strings.LastIndex(body, `<w:sectPr>`)
	if k < 0 || !strings.HasSuffix(body, `</w:sectPr>`) {
		return "", "", false
	}
	return body[:k], body[k:], true
}

// restartNumbers makes a section's page numbers start at 1. w:pgNumType
// comes after w:pgMar and before w:cols in a w:sectPr (ECMA-376 §17.6.17).
func restartNumbers(sect string) string {
	const restart = `<w:pgNumType w:start="1"/>`
	if i := strings.Index(sect, `<w:cols`); i >= 0 {
		return sect[:i] + restart + sect[i:]
	}
	return strings.TrimSuffix(sect, `</w:sectPr>`) + restart + `</w:sectPr>`
}

// breakSection ends a document's content with its section properties: in
// the properties of its last paragraph, as Word writes a section break,
// or in an empty paragraph after a last element that is not a paragraph.
func breakSection(content, sect string) string {
	const pEnd = `</w:pPr>`
	if strings.HasSuffix(content, `</w:p>`) {
		start := strings.LastIndex(content, `<w:p>`)
		if start >= 0 && strings.HasPrefix(content[start:], `<w:p><w:pPr>`) {
			if k := strings.Index(content[start:], pEnd); k >= 0 {
				at := start + k
				return content[:at] + sect + content[at:]
			}
		}
	}
	return content + `<w:p><w:pPr>` + sect + `</w:pPr></w:p>`
}
