package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Records that do not validate are refused by every command that reads
// them, with each problem on a line of its own at its place in the file
// and no Go package prefix.
func TestInvalidRecordsListed(t *testing.T) {
	b, err := os.ReadFile(sampleRecords)
	require.NoError(t, err)
	var raw map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	raw["members"].([]any)[4].(map[string]any)["name"] = ""
	raw["proposals"].([]any)[3].(map[string]any)["submitter"].(map[string]any)["members"] = []any{"m999"}
	b, err = json.Marshal(raw)
	require.NoError(t, err)
	bad := writeFile(t, "坏记录.json", string(b))
	outline := filepath.Join("..", "..", "examples", "halfyear", "data", "outline.json")
	dir := t.TempDir()

	for _, args := range [][]string{
		{"summary", "-data", bad, "-outline", outline},
		{"stats", "-data", bad, "-period", "2022-H1"},
		{"export", "-data", bad, "-table", "委员名单", "-o", filepath.Join(dir, "表.xlsx")},
		{"archive", "-data", bad, "-period", "2022-H1", "-o", filepath.Join(dir, "档案.zip")},
	} {
		r := lvzhi(t, args...)
		assert.Equal(t, exitFailure, r.code, args[0])
		assert.Contains(t, r.stderr, "记录文件 "+bad+" 有误，共2处：\n", args[0])
		assert.Contains(t, r.stderr, "\n  JSON $.members[4].name：姓名为必填字段\n", args[0])
		assert.Contains(t, r.stderr, "\n  JSON $.proposals[3].submitter.members[0]：委员编号 m999 不存在", args[0])
		assert.NotRegexp(t, `summary:|archive:|lvzhi:`, r.stderr, args[0])
	}
}
