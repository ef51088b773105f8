package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckText(t *testing.T) {
	p := writeFile(t, "稿.txt", "一、总体情况\n认真履行政治协商、民主监视、参政议政职能。\n共搜集线索21多条。\n")
	r := lvzhi(t, "check", p)
	assert.Equal(t, exitProblems, r.code)
	assert.Contains(t, r.stdout, p+":第2段第10字：")
	assert.Contains(t, r.stdout, "“民主监视” → “民主监督”")
	assert.Contains(t, r.stdout, p+":第3段第6字：")
	assert.Contains(t, r.stdout, "[approx-after-exact]")
	assert.Contains(t, r.stderr, "共发现2处问题")

	clean := writeFile(t, "好.md", "## 一、总体情况\n\n收到提案44件。\n")
	r = lvzhi(t, "check", clean)
	assert.Equal(t, exitOK, r.code, r.stdout)
	assert.Empty(t, r.stdout)
}

// In Markdown the heading marks are skipped but positions count them.
func TestCheckMarkdownPositions(t *testing.T) {
	p := writeFile(t, "稿.md", "## 民主监视\n")
	r := lvzhi(t, "check", "-json", p)
	assert.Equal(t, exitProblems, r.code)
	var got []checkFinding
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &got))
	require.Len(t, got, 1)
	assert.Equal(t, 1, got[0].Paragraph)
	assert.Equal(t, 4, got[0].Char)
	assert.Equal(t, "term", got[0].Rule)
}

func TestCheckSkip(t *testing.T) {
	p := writeFile(t, "稿.txt", "民主监视\n")
	r := lvzhi(t, "check", "-skip", "term", p)
	assert.Equal(t, exitOK, r.code, r.stdout)
}
