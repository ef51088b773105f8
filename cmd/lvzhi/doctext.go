package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi/zh"
)

// maxDocumentPart bounds the size of the one DOCX part that is read, so
// that a hostile file cannot exhaust memory.
const maxDocumentPart = 64 << 20

// paragraph is one paragraph of a document: its 1-based number, its text,
// and the number of characters (runes) removed from its start, such as a
// Markdown heading's "## ", so that positions point into the original.
type paragraph struct {
	n      int
	text   string
	offset int
}

// readParagraphs reads the paragraphs of a .docx, .txt or .md file.
func readParagraphs(path string) ([]paragraph, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取文件：%w", err)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".docx":
		texts, err := docxParagraphs(b)
		if err != nil {
			return nil, fmt.Errorf("%s 不是可读的 Word 文档（.docx）：%w", path, err)
		}
		ps := make([]paragraph, len(texts))
		for i, t := range texts {
			ps[i] = paragraph{n: i + 1, text: t}
		}
		return ps, nil
	case ".txt", ".md", ".markdown", "":
		text := string(bytes.TrimPrefix(b, []byte("\uFEFF")))
		if !utf8.Valid(b) {
			// Notepad on a Chinese Windows saves GBK: read it as GB18030,
			// which includes GBK.
			var err error
			if text, err = zh.DecodeGB18030(b); err != nil {
				return nil, fmt.Errorf("%s 既不是 UTF-8 也不是 GBK（GB18030）文本：%w", path, err)
			}
		}
		md := strings.HasPrefix(strings.ToLower(filepath.Ext(path)), ".m")
		return textParagraphs(text, md), nil
	default:
		return nil, usagef("不支持的文件类型“%s”：可校对 .docx、.txt、.md（.doc、.wps 请先在 Word 或 WPS 中另存为 .docx）", filepath.Ext(path))
	}
}

// textParagraphs splits text into lines, each a paragraph. In Markdown the
// heading marks (#) and list marks (-, *, >) before the text are skipped.
func textParagraphs(s string, markdown bool) []paragraph {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	ps := make([]paragraph, len(lines))
	for i, l := range lines {
		p := paragraph{n: i + 1, text: l}
		if markdown {
			t := strings.TrimLeft(l, "#>*- \t")
			p.offset = utf8.RuneCountInString(l[:len(l)-len(t)])
			p.text = t
		}
		ps[i] = p
	}
	return ps
}

// docxParagraphs returns the text of every paragraph (w:p) of the main
// document part of a DOCX file, in order: the text runs (w:t) joined
// without word joiners (U+2060), a tab for w:tab and a line break for w:br.
func docxParagraphs(b []byte) ([]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	var part *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			part = f
		}
	}
	if part == nil {
		return nil, errors.New("缺少 word/document.xml")
	}
	rc, err := part.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return wordParagraphs(io.LimitReader(rc, maxDocumentPart))
}

// wordParagraphs reads WordprocessingML and returns its paragraphs' text.
func wordParagraphs(r io.Reader) ([]string, error) {
	const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	dec := xml.NewDecoder(r)
	var (
		out    []string
		cur    strings.Builder
		depth  int  // nesting of w:p (text boxes hold paragraphs inside paragraphs)
		inText bool // inside w:t
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != w {
				continue
			}
			switch t.Name.Local {
			case "p":
				if depth == 0 {
					cur.Reset()
				}
				depth++
			case "t":
				inText = true
			case "tab":
				cur.WriteByte('\t')
			case "br", "cr":
				cur.WriteByte('\n')
			}
		case xml.EndElement:
			if t.Name.Space != w {
				continue
			}
			switch t.Name.Local {
			case "p":
				if depth > 0 {
					depth--
					if depth == 0 {
						out = append(out, cur.String())
					}
				}
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText && depth > 0 {
				// Word joiners (U+2060) print nothing: lvzhi's DOCX
				// writer puts them between the digits and characters
				// of the 落款's date, and they must not shift the
				// positions a reader counts.
				cur.WriteString(strings.ReplaceAll(string(t), "\u2060", ""))
			}
		}
	}
	return out, nil
}
