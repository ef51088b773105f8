package archive_test

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/report/reporttest"
)

// The three members of the golden files: the most active member of the
// half year, the chair, and a member who did nothing but ask for leave.
var goldenMembers = []struct {
	id   lvzhi.MemberID
	file string
}{
	{"m006", "active"},
	{"m001", "chair"},
	{"m051", "idle"},
}

func TestGolden(t *testing.T) {
	b := halfyearBook(t)
	for _, g := range goldenMembers {
		t.Run(g.file, func(t *testing.T) {
			d, err := b.Document(g.id)
			require.NoError(t, err)
			require.NoError(t, d.Validate())
			var txt, md bytes.Buffer
			require.NoError(t, report.Text(&txt, d))
			require.NoError(t, report.Markdown(&md, d))
			reporttest.Golden(t, g.file+".txt", txt.Bytes())
			reporttest.Golden(t, g.file+".md", md.Bytes())
			// The HTML renderer's page styles change with the renderer;
			// the archive's part of it is its text.
			var html bytes.Buffer
			require.NoError(t, report.HTML(&html, d))
			for _, p := range d.Sections[len(d.Sections)-1].Paragraphs {
				require.Contains(t, html.String(), "<p>"+p+"</p>")
			}
		})
	}
}

// The DOCX of an archive holds every heading, paragraph and the points
// table; the layout itself is package docx's and tested there.
func TestDOCX(t *testing.T) {
	d, err := halfyearBook(t).Document("m006")
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, docx.Write(&buf, d))
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	require.NoError(t, err)
	rc, err := zr.Open("word/document.xml")
	require.NoError(t, err)
	body, err := io.ReadAll(rc)
	require.NoError(t, err)
	xml := string(body)
	for _, s := range d.Sections {
		require.Contains(t, xml, s.Heading)
	}
	require.Contains(t, xml, "<w:tbl>")
	require.Contains(t, xml, "履职积分明细")
	require.Equal(t, 1, strings.Count(xml, "<w:tbl>"))
}
