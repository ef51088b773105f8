package docx_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report/internal/sample"
	"github.com/lvzhi-go/lvzhi/report/reporttest"
)

// TestGoldenParts compares every part of the sample's DOCX with
// testdata/sample/<part>, one element per line so that diffs are readable.
// Regenerate with go test -run TestGoldenParts -update and review the
// diff.
func TestGoldenParts(t *testing.T) {
	p := render(t, sample.Document())
	want := []string{
		"[Content_Types].xml",
		"_rels/.rels",
		"docProps/core.xml",
		"docProps/app.xml",
		"word/document.xml",
		"word/styles.xml",
		"word/settings.xml",
		"word/fontTable.xml",
		"word/footer1.xml",
		"word/footer2.xml",
		"word/_rels/document.xml.rels",
	}
	require.Equal(t, want, p.names)
	for _, name := range p.names {
		t.Run(name, func(t *testing.T) {
			got := strings.ReplaceAll(string(p.parts[name]), "><", ">\n<")
			file := "sample/" + strings.NewReplacer("[", "", "]", "", "_rels/", "rels/").Replace(name)
			reporttest.GoldenString(t, file, got+"\n")
		})
	}
}

// TestPartsAsWritten checks that the golden transform above is the only
// difference: parts are written on a single line after the declaration.
func TestPartsAsWritten(t *testing.T) {
	p := render(t, sample.Document())
	for name, data := range p.parts {
		s := string(data)
		assert.True(t, strings.HasPrefix(s, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"), name)
		assert.Equal(t, 1, strings.Count(s, "\n"), name)
	}
}
