package output

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/summary"
)

func TestWrite(t *testing.T) {
	d := &summary.Document{Title: "某县政协2023年度工作总结", Sections: []summary.Section{{Heading: "工作", Paragraphs: []string{"开展工作。"}}}, Issuer: "政协某县委员会"}
	var out bytes.Buffer
	require.NoError(t, Write(d, "text", "", &out))
	assert.True(t, strings.Contains(out.String(), "某县政协2023年度工作总结"))
	out.Reset()
	require.NoError(t, Write(d, "md", "", &out))
	assert.Contains(t, out.String(), "# 某县政协2023年度工作总结")

	path := filepath.Join(t.TempDir(), "a.docx")
	require.NoError(t, Write(d, "docx", path, &out))
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "PK", string(data[:2]), "a zip file")

	assert.ErrorContains(t, Check("pdf", ""), "unknown -format")
	assert.ErrorContains(t, Check("docx", ""), "give -o FILE")
	assert.NoError(t, Check("html", ""))
	out.Reset()
	assert.Error(t, Write(d, "docx", "", &out))
	assert.Zero(t, out.Len(), "nothing written on error")
}
