package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The word joiners of a 落款's date (2022⁠年⁠7⁠月⁠8⁠日) print nothing, so
// the text read back has none: proofreading sees the date as written and
// counts positions as a reader does.
func TestWordParagraphsDropJoiners(t *testing.T) {
	const w = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>2022` + "\u2060" + `年` + "\u2060" + `7` + "\u2060" + `月8日</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>二` + "\u2060" + `〇</w:t></w:r><w:r><w:tab/><w:t>印发</w:t></w:r></w:p>` +
		`</w:body></w:document>`
	got, err := wordParagraphs(strings.NewReader(w))
	require.NoError(t, err)
	assert.Equal(t, []string{"2022年7月8日", "二〇\t印发"}, got)
}
