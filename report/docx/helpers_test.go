package docx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/summary"
)

// pkg is an unpacked DOCX: the part names in zip order and their content.
type pkg struct {
	names []string
	parts map[string][]byte
	files []*zip.File
}

// render writes d and unpacks the result.
func render(tb testing.TB, d *summary.Document, opts ...docx.Option) pkg {
	tb.Helper()
	var buf bytes.Buffer
	require.NoError(tb, docx.Write(&buf, d, opts...))
	return unpack(tb, buf.Bytes())
}

func unpack(tb testing.TB, b []byte) pkg {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	require.NoError(tb, err)
	p := pkg{parts: map[string][]byte{}, files: zr.File}
	for _, f := range zr.File {
		rc, err := f.Open()
		require.NoError(tb, err)
		data, err := io.ReadAll(rc)
		require.NoError(tb, err)
		require.NoError(tb, rc.Close())
		p.names = append(p.names, f.Name)
		p.parts[f.Name] = data
	}
	return p
}

// node is a parsed XML element: local name, attributes by local name,
// children and character data.
type node struct {
	name     string
	attrs    map[string]string
	children []*node
	text     string
}

// parseXML parses a whole part, failing the test if it is not well-formed.
func parseXML(tb testing.TB, data []byte) *node {
	tb.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := &node{}
	stack := []*node{root}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(tb, err)
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: t.Name.Local, attrs: map[string]string{}}
			for _, a := range t.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			top := stack[len(stack)-1]
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			stack[len(stack)-1].text += string(t)
		}
	}
	require.Len(tb, stack, 1, "unbalanced XML")
	require.Len(tb, root.children, 1, "one root element")
	return root.children[0]
}

// find returns the first descendant along a slash-separated path of local
// names, or nil.
func (n *node) find(path string) *node {
	cur := n
	for _, name := range strings.Split(path, "/") {
		var next *node
		for _, c := range cur.children {
			if c.name == name {
				next = c
				break
			}
		}
		if next == nil {
			return nil
		}
		cur = next
	}
	return cur
}

// all returns every descendant named name, in document order.
func (n *node) all(name string) []*node {
	var out []*node
	var walk func(*node)
	walk = func(m *node) {
		for _, c := range m.children {
			if c.name == name {
				out = append(out, c)
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

// attr returns the attribute of the element at path below n.
func (n *node) attr(tb testing.TB, path, name string) string {
	tb.Helper()
	e := n.find(path)
	require.NotNil(tb, e, "element %s", path)
	v, ok := e.attrs[name]
	require.True(tb, ok, "attribute %s of %s", name, path)
	return v
}

// style returns the w:style with the given styleId.
func style(tb testing.TB, styles *node, id string) *node {
	tb.Helper()
	for _, s := range styles.all("style") {
		if s.attrs["styleId"] == id {
			return s
		}
	}
	require.Failf(tb, "missing style", "style %s", id)
	return nil
}

// plain returns the text of a paragraph or run as a reader sees it: w:t
// content without word joiners (U+2060, which the 落款's date carries
// between digits and Chinese characters), w:tab as a tab, w:br as a line
// feed.
func (n *node) plain() string {
	var b strings.Builder
	var walk func(*node)
	walk = func(m *node) {
		for _, c := range m.children {
			switch c.name {
			case "pPr", "rPr":
				// Properties hold no text (w:tabs/w:tab is a tab stop).
			case "t":
				b.WriteString(strings.ReplaceAll(c.text, "\u2060", ""))
			case "tab":
				b.WriteString("\t")
			case "br":
				b.WriteString("\n")
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// paragraphs returns the w:p elements of word/document.xml.
func (p pkg) paragraphs(tb testing.TB) []*node {
	tb.Helper()
	return parseXML(tb, p.parts["word/document.xml"]).find("body").all("p")
}

// texts returns the plain text of every paragraph of word/document.xml.
func (p pkg) texts(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, para := range p.paragraphs(tb) {
		out = append(out, para.plain())
	}
	return out
}
