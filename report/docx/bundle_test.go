package docx_test

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/summary"
)

// batch is a test batch of n small documents; fail names a document
// whose Document call fails, and dup repeats the first file name.
type batch struct {
	n    int
	fail int
	dup  bool
}

func (b batch) Len() int { return b.n }

func (b batch) Name(i int) string {
	if b.dup && i == b.n-1 {
		i = 0
	}
	return fmt.Sprintf("委员%03d-m%03d.docx", i+1, i+1)
}

func (b batch) Document(i int) (*summary.Document, error) {
	if b.fail == i+1 {
		return nil, errors.New("记录缺失")
	}
	return &summary.Document{
		Title:    fmt.Sprintf("委员%03d履职档案", i+1),
		Sections: []summary.Section{{Heading: "基本情况", Paragraphs: []string{strings.Repeat("参加会议。", i%7+1)}}},
		Issuer:   "柳州市某区政协委员会",
		Date:     lvzhi.MustDate(2022, 6, 30),
	}, nil
}

func TestWriteZipFilesEqualWrite(t *testing.T) {
	b := batch{n: 23}
	var buf bytes.Buffer
	var calls []int
	require.NoError(t, docx.WriteZip(&buf, b, func(done, total int) {
		assert.Equal(t, b.n, total)
		calls = append(calls, done)
	}))
	require.Len(t, calls, b.n)
	for i, c := range calls {
		assert.Equal(t, i+1, c, "progress is reported in order")
	}
	outer := unpack(t, buf.Bytes())
	require.Len(t, outer.names, b.n)
	for i := range b.n {
		assert.Equal(t, b.Name(i), outer.names[i])
		d, err := b.Document(i)
		require.NoError(t, err)
		var one bytes.Buffer
		require.NoError(t, docx.Write(&one, d))
		// Each file is stored as Write writes it, byte for byte, even
		// though the parts common to the batch are deflated once.
		assert.Equal(t, one.Bytes(), outer.parts[b.Name(i)], "file %d", i)
		assert.Zero(t, outer.files[i].Method, "DOCX files are stored, not deflated again")
		assert.Empty(t, outer.files[i].Extra)
	}
}

func TestWriteZipDeterministic(t *testing.T) {
	b := batch{n: 40}
	var first []byte
	for _, procs := range []int{1, 2, 4} {
		old := runtime.GOMAXPROCS(procs)
		var buf bytes.Buffer
		err := docx.WriteZip(&buf, b, nil)
		runtime.GOMAXPROCS(old)
		require.NoError(t, err)
		if first == nil {
			first = buf.Bytes()
			continue
		}
		assert.Equal(t, first, buf.Bytes(), "GOMAXPROCS=%d", procs)
	}
}

func TestWriteZipErrors(t *testing.T) {
	var buf bytes.Buffer
	err := docx.WriteZip(&buf, batch{n: 30, fail: 17}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "第17份文档（委员017-m017.docx）无法写出")
	assert.Contains(t, err.Error(), "记录缺失")

	err = docx.WriteZip(&buf, batch{n: 5, dup: true}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "第1份和第5份文档的文件名都是“委员001-m001.docx”")

	buf.Reset()
	require.NoError(t, docx.WriteZip(&buf, batch{}, nil))
	assert.Empty(t, unpack(t, buf.Bytes()).names, "an empty batch is an empty archive")
}

func TestWriteBook(t *testing.T) {
	b := batch{n: 4}
	var buf bytes.Buffer
	var done []int
	require.NoError(t, docx.WriteBook(&buf, b, "2022年上半年委员履职档案", func(d, total int) { done = append(done, d) }))
	assert.Equal(t, []int{1, 2, 3, 4}, done)
	p := unpack(t, buf.Bytes())
	doc := string(p.parts["word/document.xml"])
	parseXML(t, p.parts["word/document.xml"])
	assert.Equal(t, b.n, strings.Count(doc, `<w:sectPr>`), "one section per document")
	assert.Equal(t, b.n, strings.Count(doc, `<w:pgNumType w:start="1"/>`), "page numbers restart in every section")
	for i := range b.n {
		assert.Contains(t, doc, fmt.Sprintf("委员%03d履职档案", i+1))
	}
	// Every section but the last ends in the properties of its last
	// paragraph; the last is the body's.
	assert.Equal(t, b.n-1, strings.Count(doc, `</w:sectPr></w:pPr>`))
	assert.True(t, strings.HasSuffix(doc, `</w:sectPr></w:body></w:document>`))
	assert.Contains(t, string(p.parts["docProps/core.xml"]), "<dc:title>2022年上半年委员履职档案</dc:title>")

	var again bytes.Buffer
	require.NoError(t, docx.WriteBook(&again, b, "2022年上半年委员履职档案", nil))
	assert.Equal(t, buf.Bytes(), again.Bytes())

	buf.Reset()
	err := docx.WriteBook(&buf, batch{n: 3, fail: 2}, "档案", nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "第2份文档")
	assert.Zero(t, buf.Len(), "nothing is written on error")
	require.Error(t, docx.WriteBook(&buf, batch{}, "档案", nil))
}
