package archive_test

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/report/reporttest"
	"github.com/lvzhi-go/lvzhi/summary"
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

// What the golden members' archives say, and what they must not: a full
// attendance as 出席… rather than a register's 应出席/实到, the 政治面貌,
// the sessions missed named without the reason for leave, no zero
// written as a sentence, no item worth nothing in the points table, no
// grade for half a year.
func TestGoldenWording(t *testing.T) {
	b := halfyearBook(t)
	doc := func(id lvzhi.MemberID) (string, *summary.Document) {
		d, err := b.Document(id)
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, report.Text(&buf, d))
		return buf.String(), d
	}
	active, ad := doc("m006")
	assert.Contains(t, active, "政治面貌：群众")
	assert.Contains(t, active, "出席九届三次会议（6个半天）和九届七次常委会议。")
	assert.NotContains(t, active, "应出席")
	assert.Contains(t, active, "在九届三次会议上就第2号提案作大会发言。")
	chair, _ := doc("m001")
	assert.Contains(t, chair, "政治面貌：中共党员")
	assert.Contains(t, chair, "牵头“建设特色食品产业园”课题组，组织前期查阅资料")
	assert.NotContains(t, chair, "课题调研", "the topic has reached 准备 only")
	assert.Contains(t, chair, "和区人大常委会、区政府、区政协提案交办联席会议")
	idle, _ := doc("m051")
	assert.Contains(t, idle, "请假未出席九届三次会议。")
	assert.NotContains(t, idle, "因病")
	for _, s := range []string{active, chair, idle} {
		assert.NotContains(t, s, "等次")
		assert.NotContains(t, s, "《默认")
		assert.NotContains(t, s, "党派：")
	}
	pt := ad.Sections[len(ad.Sections)-1].Tables[0]
	for _, row := range pt.Rows {
		assert.NotEqual(t, "0", row[3].Text, row[0].Text)
	}
}
