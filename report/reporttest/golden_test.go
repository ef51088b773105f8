package reporttest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeTB records what a helper reports instead of failing the test.
type fakeTB struct {
	testing.TB // nil: calling a method not defined below panics
	name       string
	helpers    int
	errors     []string
	fatals     []string
	logs       []string
}

func (f *fakeTB) Helper()      { f.helpers++ }
func (f *fakeTB) Name() string { return f.name }
func (f *fakeTB) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.fatals = append(f.fatals, fmt.Sprintf(format, args...))
}
func (f *fakeTB) Logf(format string, args ...any) {
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
}

func TestGoldenMatch(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "标题\n\n\u3000\u3000正文。\n")
	tb := &fakeTB{name: "TestX"}
	golden(tb, dir, "a.txt", []byte("标题\n\n\u3000\u3000正文。\n"), false)
	assert.Empty(t, tb.errors)
	assert.Empty(t, tb.fatals)
	assert.Positive(t, tb.helpers)
}

func TestGoldenMismatch(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "sub", "a.txt"), "一\n二\n三\n")
	tb := &fakeTB{name: "TestSummary/text_form"}
	golden(tb, dir, "sub/a.txt", []byte("一\n贰\n三\n"), false)
	require.Len(t, tb.errors, 1)
	assert.Empty(t, tb.fatals)
	msg := tb.errors[0]
	assert.Contains(t, msg, filepath.Join(dir, "sub", "a.txt"))
	assert.Contains(t, msg, "(-want +got)")
	assert.Contains(t, msg, "@@ -1,3 +1,3 @@\n  1 1 | 一\n- 2   | 二\n+   2 | 贰\n  3 3 | 三\n")
	assert.Contains(t, msg, "go test -run '^TestSummary$/^text_form$' -update")
}

func TestGoldenMissing(t *testing.T) {
	dir := t.TempDir()
	tb := &fakeTB{name: "TestNew"}
	golden(tb, dir, "none.txt", []byte("x"), false)
	require.Len(t, tb.errors, 1)
	assert.Contains(t, tb.errors[0], "does not exist")
	assert.Contains(t, tb.errors[0], "go test -run '^TestNew$' -update")
	_, err := os.Stat(filepath.Join(dir, "none.txt"))
	assert.True(t, os.IsNotExist(err), "a missing file must not be created without -update")
}

func TestGoldenUpdate(t *testing.T) {
	dir := t.TempDir()
	tb := &fakeTB{name: "TestNew"}
	golden(tb, dir, "deep/new.md", []byte("# 标题\n"), true)
	assert.Empty(t, tb.errors)
	assert.Empty(t, tb.fatals)
	require.Len(t, tb.logs, 1)
	assert.Contains(t, tb.logs[0], "new.md")
	b, err := os.ReadFile(filepath.Join(dir, "deep", "new.md"))
	require.NoError(t, err)
	assert.Equal(t, "# 标题\n", string(b))

	// Updating again overwrites, and the file then matches.
	golden(tb, dir, "deep/new.md", []byte("# 新标题\n"), true)
	tb2 := &fakeTB{name: "TestNew"}
	golden(tb2, dir, "deep/new.md", []byte("# 新标题\n"), false)
	assert.Empty(t, tb2.errors)
}

func TestGoldenBadName(t *testing.T) {
	for _, name := range []string{"", "../escape.txt", "/abs.txt", "a/../../b"} {
		t.Run(name, func(t *testing.T) {
			tb := &fakeTB{name: "TestBad"}
			golden(tb, t.TempDir(), name, []byte("x"), true)
			require.Len(t, tb.fatals, 1)
			assert.Contains(t, tb.fatals[0], "relative path inside testdata")
			assert.Empty(t, tb.logs)
		})
	}
}

// TestGoldenPublic runs the exported functions in a temporary working
// directory.
func TestGoldenPublic(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "testdata", "p.txt"), "甲\n")
	t.Chdir(dir)
	Golden(t, "p.txt", []byte("甲\n"))
	GoldenString(t, "p.txt", "甲\n")

	tb := &fakeTB{name: "TestP"}
	GoldenString(tb, "p.txt", "乙\n")
	require.Len(t, tb.errors, 1)
	assert.Contains(t, tb.errors[0], "- 1   | 甲\n+   1 | 乙\n")
}

func TestTruncateLines(t *testing.T) {
	var b strings.Builder
	for i := range 10 {
		fmt.Fprintf(&b, "l%d\n", i)
	}
	got := truncateLines(b.String(), 4)
	assert.Equal(t, "l0\nl1\nl2\nl3\n… 6 more diff lines\n", got)
	assert.Equal(t, "a\nb\n", truncateLines("a\nb\n", 4))
}

func TestRunPattern(t *testing.T) {
	assert.Equal(t, "^TestA$", runPattern("TestA"))
	assert.Equal(t, `^TestA$/^x\.y$`, runPattern("TestA/x.y"))
}
