package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/zh"
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

// A standalone heading is checked with the paragraph under it: its phrase
// said again at the head of that paragraph is heading-repeat.
func TestCheckHeadingRepeat(t *testing.T) {
	p := writeFile(t, "稿.txt", "二、召开区政协九届三次会议，发扬民主建言献策\n九届三次会议召开前夕，专门向区委常委会汇报了政协工作。\n九届三次会议于1月8日召开。\n")
	r := lvzhi(t, "check", p)
	assert.Equal(t, exitProblems, r.code)
	assert.Contains(t, r.stdout, p+":第2段第1字：")
	assert.Contains(t, r.stdout, "[heading-repeat]")
	assert.Contains(t, r.stderr, "共发现1处问题", "the paragraph after the next is not under the heading's eye")

	r = lvzhi(t, "check", "-skip", "heading-repeat", p)
	assert.Equal(t, exitOK, r.code, r.stdout)
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
	assert.Equal(t, "用词错误", got[0].KindName)
}

// The JSON positions are those of the paragraph as written: spaces the
// checker skips do not shift offset and column.
func TestCheckJSONOffsets(t *testing.T) {
	p := writeFile(t, "稿.txt", "认真履行 政治协商、民主监视职能。\n")
	r := lvzhi(t, "check", "-json", p)
	assert.Equal(t, exitProblems, r.code)
	var got []checkFinding
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &got))
	require.Len(t, got, 1)
	assert.Equal(t, len("认真履行 政治协商、"), got[0].Offset)
	assert.Equal(t, 11, got[0].Column)
	assert.Equal(t, 11, got[0].Char)
	assert.Contains(t, r.stdout, `"kind_name": "用词错误"`)
}

func TestCheckSkip(t *testing.T) {
	p := writeFile(t, "稿.txt", "民主监视\n")
	r := lvzhi(t, "check", "-skip", "term", p)
	assert.Equal(t, exitOK, r.code, r.stdout)
}

// A mistyped rule in -skip is a usage error that names it, rather than a
// check that silently skips nothing; spaces after the commas are allowed.
func TestCheckSkipUnknownRule(t *testing.T) {
	p := writeFile(t, "稿.txt", "民主监视\n")
	r := lvzhi(t, "check", "-skip", "trem", p)
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "-skip 中没有规则“trem”")
	assert.Contains(t, r.stderr, "term（错误用语）")

	r = lvzhi(t, "check", "-skip", "short-year, term", p)
	assert.Equal(t, exitOK, r.code, r.stderr)
}

// Every rule check reports can be named in -skip: the list in the help
// holds the rules of the findings of a draft with many kinds of errors.
func TestCheckRulesListed(t *testing.T) {
	p := writeFile(t, "稿.txt", "一.总体情况\n（一）、学习\n1、组织学习\n22年上半年共搜集线索21多条，约20多人，４千人，20～30%。\n"+
		"认真履行民主监视职能，深入开展调研和视察活动，深入开展调研和视察活动。\n")
	r := lvzhi(t, "check", "-json", p)
	assert.Equal(t, exitProblems, r.code)
	var got []checkFinding
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &got))
	seen := map[string]bool{}
	for _, f := range got {
		seen[f.Rule] = true
		assert.True(t, slices.ContainsFunc(checkRules, func(c struct{ id, what string }) bool { return c.id == f.Rule }), "rule %s missing from checkRules", f.Rule)
	}
	assert.GreaterOrEqual(t, len(seen), 8, "the draft should trigger most rules: %v", seen)
}

// The rules -skip accepts are those package proofread documents, in its
// order: a rule added there must be added to checkRules too.
func TestCheckRulesMatchProofreadDoc(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "zh", "proofread", "doc.go"))
	require.NoError(t, err)
	var documented []string
	for _, m := range regexp.MustCompile(`(?m)^//   - ([a-z]+(?:-[a-z]+)*): `).FindAllSubmatch(doc, -1) {
		documented = append(documented, string(m[1]))
	}
	var listed []string
	for _, r := range checkRules {
		listed = append(listed, r.id)
	}
	assert.Equal(t, documented, listed, "checkRules in check.go should list the rules of zh/proofread/doc.go")
}

// A .txt saved as GBK (Notepad on a Chinese Windows) is checked like its
// UTF-8 form; bytes that are neither are an error that names both.
func TestCheckGBKText(t *testing.T) {
	draft := "一、总体情况\n认真履行政治协商、民主监视、参政议政职能。\n"
	gbk, err := zh.EncodeGB18030(draft)
	require.NoError(t, err)
	require.False(t, utf8.Valid(gbk))
	utf := writeFile(t, "稿.txt", draft)
	want := lvzhi(t, "check", utf)
	p := filepath.Join(t.TempDir(), "稿.txt")
	require.NoError(t, os.WriteFile(p, gbk, 0o644))
	r := lvzhi(t, "check", p)
	assert.Equal(t, exitProblems, r.code, r.stderr)
	assert.Contains(t, r.stdout, p+":第2段第10字：")
	assert.Equal(t, strings.ReplaceAll(want.stdout, utf, "稿"), strings.ReplaceAll(r.stdout, p, "稿"))

	bad := filepath.Join(t.TempDir(), "坏.txt")
	require.NoError(t, os.WriteFile(bad, []byte{0xff, 0xff, 0xff}, 0o644))
	r = lvzhi(t, "check", bad)
	assert.Equal(t, exitFailure, r.code)
	assert.Contains(t, r.stderr, "既不是 UTF-8 也不是 GBK（GB18030）文本")
}

// Any bytes in a .txt give paragraphs of valid UTF-8 (read as UTF-8 or as
// GB18030) or an error; never a panic.
func FuzzReadTextParagraphs(f *testing.F) {
	f.Add([]byte("一、总体情况\n共搜集线索21多条。\n"))
	gbk, _ := zh.EncodeGB18030("认真履行民主监视职能。\r\n")
	f.Add(gbk)
	f.Add([]byte{0xff, 0xfe, 0x00})
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(dir, "稿.txt")
		require.NoError(t, os.WriteFile(p, b, 0o644))
		ps, err := readParagraphs(p)
		if err != nil {
			return
		}
		for _, para := range ps {
			assert.True(t, utf8.ValidString(para.text), "%q", para.text)
		}
	})
}
