package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// result is what one run of lvzhi returned and printed.
type result struct {
	code           int
	stdout, stderr string
}

// lvzhi runs the command in-process with args.
func lvzhi(t testing.TB, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut})
	return result{code, out.String(), errOut.String()}
}

// writeFile writes content to name in a temporary directory and returns
// its path.
func writeFile(t testing.TB, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

func TestHelp(t *testing.T) {
	r := lvzhi(t, "help")
	assert.Equal(t, exitOK, r.code)
	for _, name := range []string{"summary", "check"} {
		assert.Contains(t, r.stdout, "  "+name+" ")
	}
	assert.Contains(t, r.stdout, "子命令")

	r = lvzhi(t, "help", "check")
	assert.Equal(t, exitOK, r.code)
	assert.Contains(t, r.stdout, "用法：lvzhi check")
	assert.Contains(t, r.stdout, "-json")

	r = lvzhi(t)
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "子命令：")
}

func TestUsageErrors(t *testing.T) {
	r := lvzhi(t, "frobnicate")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "没有子命令“frobnicate”")

	r = lvzhi(t, "check")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "lvzhi check：请给出要校对的文件")
	assert.Contains(t, r.stderr, "用法：lvzhi check")

	r = lvzhi(t, "summary", "-data", "x.json")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "lvzhi summary：缺少必填的选项 -outline\n", "only the missing flag is named")

	r = lvzhi(t, "export", "-table", "委员名单")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "lvzhi export：缺少必填的选项 -data、-o\n")

	r = lvzhi(t, "check", "-nosuchflag", "a.txt")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "lvzhi check：没有选项 -nosuchflag")

	r = lvzhi(t, "check", writeFile(t, "a.pdf", "x"))
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "不支持的文件类型“.pdf”")
}

func TestFailureIsExit1(t *testing.T) {
	r := lvzhi(t, "check", filepath.Join(t.TempDir(), "无此文件.txt"))
	assert.Equal(t, exitFailure, r.code)
	assert.Contains(t, r.stderr, "lvzhi check：无法读取文件")

	r = lvzhi(t, "check", writeFile(t, "坏.docx", "not a zip"))
	assert.Equal(t, exitFailure, r.code)
	assert.Contains(t, r.stderr, "不是可读的 Word 文档")
}

func TestSummary(t *testing.T) {
	data := filepath.Join("..", "..", "examples", "halfyear", "data")
	out := filepath.Join(t.TempDir(), "总结.docx")
	r := lvzhi(t, "summary", "-data", filepath.Join(data, "records.json"), "-outline", filepath.Join(data, "outline.json"), "-format", "docx", "-o", out)
	require.Equal(t, exitOK, r.code, r.stderr)
	paras, err := readParagraphs(out)
	require.NoError(t, err)
	var text strings.Builder
	for _, p := range paras {
		text.WriteString(p.text)
	}
	assert.Contains(t, text.String(), "共收到提案44件")
	assert.Contains(t, text.String(), "政协柳州市某区委员会2022年7月8日", "the 落款 as read, without its word joiners")

	r = lvzhi(t, "summary", "-data", filepath.Join(data, "records.json"), "-outline", filepath.Join(data, "outline.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "柳州市某区政协2022年上半年工作总结")

	// Without -format the extension of -o chooses the format: a .docx is
	// a Word file, not text under a Word name.
	byExt := filepath.Join(t.TempDir(), "总结.docx")
	r = lvzhi(t, "summary", "-data", filepath.Join(data, "records.json"), "-outline", filepath.Join(data, "outline.json"), "-o", byExt)
	require.Equal(t, exitOK, r.code, r.stderr)
	paras, err = readParagraphs(byExt)
	require.NoError(t, err, "-o 总结.docx without -format should write a Word file")
	assert.NotEmpty(t, paras)
	byExt = filepath.Join(t.TempDir(), "总结.md")
	r = lvzhi(t, "summary", "-data", filepath.Join(data, "records.json"), "-outline", filepath.Join(data, "outline.json"), "-o", byExt)
	require.Equal(t, exitOK, r.code, r.stderr)
	md, err := os.ReadFile(byExt)
	require.NoError(t, err)
	assert.Contains(t, string(md), "\n# 柳州市某区政协2022年上半年工作总结\n", "-o 总结.md without -format should write Markdown")

	bad := writeFile(t, "records.json", `{"members": 5}`)
	r = lvzhi(t, "summary", "-data", bad, "-outline", filepath.Join(data, "outline.json"))
	assert.Equal(t, exitFailure, r.code)
	assert.Contains(t, r.stderr, "记录文件")
	assert.Contains(t, r.stderr, "$.members")
	assert.Equal(t, 1, strings.Count(r.stderr, "有误"), "the file is said to be wrong once: %s", r.stderr)
	assert.NotContains(t, r.stderr, "summary:")

	r = lvzhi(t, "summary", "-data", filepath.Join(data, "records.json"), "-outline", filepath.Join(data, "records.json"))
	assert.Equal(t, exitFailure, r.code)
	assert.Contains(t, r.stderr, "lvzhi summary：提纲 "+filepath.Join(data, "records.json")+" 有误：JSON $.")
	assert.Equal(t, 1, strings.Count(r.stderr, "有误"), r.stderr)

	// A builder misspelt in the outline: the part, and the names that exist.
	bad = writeFile(t, "outline.json", `{"period": "2022-H1", "sections": [{"heading": "文史工作", "build": "publication"}]}`)
	r = lvzhi(t, "summary", "-data", filepath.Join(data, "records.json"), "-outline", bad)
	assert.Equal(t, exitFailure, r.code)
	assert.Contains(t, r.stderr, "lvzhi summary：提纲 "+bad+" 有误：部分[0]：没有名为 \"publication\" 的生成器；可用：")
	assert.Contains(t, r.stderr, "、publications、")
}
