package reporttest

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// zipOf builds a zip package from name/content pairs, in the given order.
func zipOf(t *testing.T, kv ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i < len(kv); i += 2 {
		w, err := zw.Create(kv[i])
		require.NoError(t, err)
		_, err = w.Write([]byte(kv[i+1]))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

const docXML = `<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>一、加强党风廉政建设</w:t></w:r></w:p></w:body></w:document>`

func TestGoldenZipPartByPart(t *testing.T) {
	base := t.TempDir()
	doc := zipOf(t, "[Content_Types].xml", `<Types><Default Extension="xml"/></Types>`, "word/document.xml", docXML, "word/media/a.png", "\x89PNG")

	tb := &fakeTB{name: "TestDocx"}
	goldenZip(tb, base, "summary", doc, true)
	require.Empty(t, tb.fatals)
	stored, err := os.ReadFile(filepath.Join(base, "summary", "word", "document.xml"))
	require.NoError(t, err)
	assert.Equal(t, strings.ReplaceAll(docXML, "><", ">\n<"), string(stored), "XML stored one tag a line")

	// The same parts in another order and compression: equal.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, kv := range [][2]string{{"word/media/a.png", "\x89PNG"}, {"word/document.xml", docXML}, {"[Content_Types].xml", `<Types><Default Extension="xml"/></Types>`}} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: kv[0], Method: zip.Store})
		require.NoError(t, err)
		_, _ = w.Write([]byte(kv[1]))
	}
	require.NoError(t, zw.Close())
	tb = &fakeTB{name: "TestDocx"}
	goldenZip(tb, base, "summary", buf.Bytes(), false)
	assert.Empty(t, tb.errors)

	// One character changed: the failure names the part and the line.
	changed := zipOf(t, "[Content_Types].xml", `<Types><Default Extension="xml"/></Types>`,
		"word/document.xml", strings.Replace(docXML, "建设", "建設", 1), "word/media/a.png", "\x89PNG", "word/extra.xml", "<x/>")
	tb = &fakeTB{name: "TestDocx"}
	goldenZip(tb, base, "summary", changed, false)
	msg := strings.Join(tb.errors, "\n")
	assert.Contains(t, msg, "part word/document.xml differs")
	assert.Contains(t, msg, "<w:t>一、加强党风廉政建[-设-]</w:t>")
	assert.Contains(t, msg, "<w:t>一、加强党风廉政建{+設+}</w:t>")
	assert.Contains(t, msg, "part word/extra.xml is new")

	missing := zipOf(t, "word/document.xml", docXML)
	tb = &fakeTB{name: "TestDocx"}
	goldenZip(tb, base, "summary", missing, false)
	msg = strings.Join(tb.errors, "\n")
	assert.Contains(t, msg, "part [Content_Types].xml of")
	assert.Contains(t, msg, "word/media/a.png")
	assert.Contains(t, msg, "-update")

	// -update removes parts that are gone.
	tb = &fakeTB{name: "TestDocx"}
	goldenZip(tb, base, "summary", missing, true)
	_, err = os.Stat(filepath.Join(base, "summary", "word", "media", "a.png"))
	assert.True(t, os.IsNotExist(err))

	tb = &fakeTB{name: "TestDocx"}
	goldenZip(tb, base, "summary", []byte("not a zip"), false)
	assert.Contains(t, strings.Join(tb.errors, "\n"), "not a zip package")
	tb = &fakeTB{name: "TestDocx"}
	goldenZip(tb, base, "../out", doc, false)
	assert.NotEmpty(t, tb.fatals)
}

func TestGoldenZipMissingFolder(t *testing.T) {
	tb := &fakeTB{name: "TestDocx"}
	goldenZip(tb, t.TempDir(), "none", zipOf(t, "a.xml", "<a/>"), false)
	require.Len(t, tb.errors, 1)
	assert.Contains(t, tb.errors[0], "golden folder")
	assert.Contains(t, tb.errors[0], "go test -run '^TestDocx$' -update")
}
