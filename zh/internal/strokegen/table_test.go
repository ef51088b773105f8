package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseJS(t *testing.T) {
	src := "// 数据来源\nconst 字表 = Object.freeze({\n\"丁\":\"12\",\n\"一\":\"1\",\n\"七\":\"15\",\n})\n"
	tab, err := parseJS(src)
	require.NoError(t, err)
	assert.Equal(t, []entry{{'一', "1"}, {'丁', "12"}, {'七', "15"}}, tab.entries)
}

func TestParseTSV(t *testing.T) {
	tab, err := parseTSV("# comment\n王\t1121\n\n一\t1\n")
	require.NoError(t, err)
	assert.Equal(t, []entry{{'一', "1"}, {'王', "1121"}}, tab.entries)
	assert.Equal(t, "一\t1\n王\t1121\n", strings.SplitN(string(tab.tsv()), "\n", 4)[3])
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"empty", "# nothing\n", "no characters"},
		{"no tab", "王 1121\n", "no tab"},
		{"two characters", "王王\t1121\n", "not one character"},
		{"bad digit", "王\t1126\n", "bad stroke sequence"},
		{"empty sequence", "王\t\n", "bad stroke sequence"},
		{"duplicate", "王\t1121\n王\t1121\n", "listed twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseTSV(tt.src)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestGoSourceRuns(t *testing.T) {
	tab, err := newTable([]entry{{'一', "1"}, {'丁', "12"}, {'王', "1121"}})
	require.NoError(t, err)
	src, err := tab.goSource()
	require.NoError(t, err)
	s := string(src)
	assert.Contains(t, s, "const strokeCovered = 3\n")
	assert.Contains(t, s, "{lo: 0x4E00, hi: 0x4E01, index: 0},")
	assert.Contains(t, s, "{lo: 0x738B, hi: 0x738B, index: 2},")
	assert.Contains(t, s, `"1 12 1121 "`)
}

// TestCommittedTableUpToDate regenerates the table from the committed extract and compares
// it with the committed stroke_table.go.
func TestCommittedTableUpToDate(t *testing.T) {
	tab, err := readFile("testdata/gb13000_strokes.tsv", parseTSV)
	require.NoError(t, err)
	assert.Len(t, tab.entries, 20976)
	src, err := tab.goSource()
	require.NoError(t, err)
	committed, err := os.ReadFile("../../stroke_table.go")
	require.NoError(t, err)
	assert.True(t, string(src) == string(committed), "stroke_table.go is stale: run go generate in package zh")
}
