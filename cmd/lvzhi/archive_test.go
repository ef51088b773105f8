package main

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

const halfyearData = "../../examples/halfyear/data/records.json"

// archiveRun runs lvzhi archive on the main example's first half year,
// writing to a file named name, and returns the file's bytes read as a zip.
func archiveRun(t *testing.T, name string) ([]byte, *zip.Reader) {
	t.Helper()
	out := filepath.Join(t.TempDir(), name)
	r := lvzhi(t, "archive", "-data", halfyearData, "-period", "2022-H1", "-o", out)
	require.Equal(t, exitOK, r.code, r.stderr)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	return b, zr
}

func TestArchiveZip(t *testing.T) {
	b, zr := archiveRun(t, "履职档案.zip")
	require.Len(t, zr.File, 55, "one file per member")
	assert.Equal(t, "马德胜-m050.docx", zr.File[0].Name, "姓氏笔画 order")
	for _, f := range zr.File {
		assert.True(t, strings.HasSuffix(f.Name, ".docx"), f.Name)
	}

	c, _ := archiveRun(t, "again.zip")
	assert.Equal(t, b, c, "the same records give the same bytes")
}

func TestArchiveBookAndSingle(t *testing.T) {
	_, zr := archiveRun(t, "履职档案.docx")
	var doc string
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			require.NoError(t, err)
			var buf bytes.Buffer
			_, err = buf.ReadFrom(rc)
			require.NoError(t, err)
			doc = buf.String()
		}
	}
	assert.Equal(t, 55, strings.Count(doc, `<w:pgNumType w:start="1"/>`), "a section per member")

	r := lvzhi(t, "archive", "-data", halfyearData, "-period", "2022-H1", "-member", "m051")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "陶文清委员2022年上半年履职档案")
	assert.Contains(t, r.stdout, "无其他履职记录")

	assert.NotContains(t, r.stdout, "事由")
	r = lvzhi(t, "archive", "-data", halfyearData, "-period", "2022-H1", "-member", "m051", "-leave-reasons")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "因病住院请假，未出席九届三次会议。")

	r = lvzhi(t, "archive", "-data", halfyearData, "-period", "2022-H1", "-ranking", "-format", "md")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "| 1 | 潘国栋 | 中华全国工商业联合会 | 97 |\n")
	assert.Contains(t, r.stdout, "各界别委员履职积分情况表")
	assert.NotContains(t, r.stdout, "| 覃建华 |", "the chair takes no rank")

	r = lvzhi(t, "archive", "-data", halfyearData, "-period", "2022", "-ranking", "-format", "md", "-rank-leaders")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "| 1 | 潘国栋 | 中华全国工商业联合会 | 97 | 优秀 |")
	assert.Contains(t, r.stdout, "| 覃建华 |")
}

func TestArchiveRankingSheet(t *testing.T) {
	out := filepath.Join(t.TempDir(), "界别.csv")
	r := lvzhi(t, "archive", "-data", halfyearData, "-period", "2022", "-ranking", "-by", "sector", "-o", out)
	require.Equal(t, exitOK, r.code, r.stderr)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	csv := string(b)
	assert.Contains(t, csv, "界别,人数,积分合计,平均积分,未达称职人数")
	assert.Contains(t, csv, "九三学社,2,162,81.0,0")
	// The 2 members on leave with no other record are not averaged in.
	assert.Regexp(t, `合计,53,3141,59\.3,\d+\r\n`, csv)
	assert.Contains(t, csv, "注：请假且本期无其他履职记录的委员2人不在本表。")
}

func TestArchiveScheme(t *testing.T) {
	scheme := writeFile(t, "积分办法.json", `{"name": "某区政协委员履职积分办法",
  "rules": [{"kind": "出席全体会议", "points": 10}, {"kind": "提交提案", "points": 20}],
  "grades": [{"name": "优秀", "min": 100}, {"name": "合格", "min": 50}, {"name": "基本合格", "min": 0}]}`)
	r := lvzhi(t, "archive", "-data", halfyearData, "-period", "2022-H1", "-member", "m042", "-scheme", scheme, "-pass", "合格", "-grade-short")
	require.Equal(t, exitOK, r.code, r.stderr)
	// 6 half-days × 10 + 2 proposals × 20; other kinds earn nothing.
	assert.Contains(t, r.stdout, "按《某区政协委员履职积分办法》计分，合计100分")
	assert.Contains(t, r.stdout, "等次为优秀")

	bad := writeFile(t, "坏办法.json", `{"rules": [{"kind": "出席全体会议", "points": 10}], "grades": [{"name": "优秀", "min": 50}, {"name": "良好", "min": 80}]}`)
	r = lvzhi(t, "archive", "-data", halfyearData, "-period", "2022-H1", "-member", "m042", "-scheme", bad)
	assert.Equal(t, exitFailure, r.code)
	assert.Contains(t, r.stderr, "等次“良好”的最低分须低于“优秀”的最低分")

	out := filepath.Join(t.TempDir(), "积分.csv")
	r = lvzhi(t, "archive", "-data", halfyearData, "-period", "2022-H1", "-ranking", "-by", "group", "-scheme", scheme, "-grade-short", "-o", out)
	require.Equal(t, exitOK, r.code, r.stderr)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(b), "未达合格人数", "without 称职 the pass grade is the one above the lowest")

	r = lvzhi(t, "archive", "-data", halfyearData, "-period", "2022-H1", "-member", "m042", "-scheme", scheme, "-pass", "称职")
	assert.Equal(t, exitFailure, r.code)
	assert.Contains(t, r.stderr, "履职积分办法中没有等次“称职”")
}

func TestArchiveUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-data", halfyearData}, "缺少必填的选项 -period"},
		{[]string{"-data", halfyearData, "-period", "2022-X", "-member", "m001"}, "-period “2022-X”有误"},
		{[]string{"-data", halfyearData, "-period", "2022"}, "请用 -o 写入 .zip 或 .docx 文件"},
		{[]string{"-data", halfyearData, "-period", "2022", "-member", "m001", "-ranking"}, "不能同时使用"},
		{[]string{"-data", halfyearData, "-period", "2022", "-member", "m001", "-format", "pdf"}, "不认识的格式“pdf”"},
		{[]string{"-data", halfyearData, "-period", "2022", "-ranking", "-by", "group"}, "文档形式的排名已含全体、各小组和各界别，不用 -by"},
		{[]string{"-data", halfyearData, "-period", "2022", "-ranking", "-by", "party", "-o", "x.csv"}, "-by 应为 member、group 或 sector"},
	} {
		r := lvzhi(t, append([]string{"archive"}, c.args...)...)
		assert.Equal(t, exitUsage, r.code, c.args)
		assert.Contains(t, r.stderr, c.want, c.args)
	}
	r := lvzhi(t, "archive", "-data", halfyearData, "-period", "2022-H1", "-member", "m999")
	assert.Equal(t, exitFailure, r.code)
	assert.Contains(t, r.stderr, "中没有委员编号为“m999”的委员（委员编号见 lvzhi export -table 委员名单")
	assert.NotContains(t, r.stderr, "archive:", "no package prefix for the clerk")
}

func FuzzLoadScheme(f *testing.F) {
	f.Add(`{"rules": [{"kind": "出席全体会议", "points": 5}], "grades": [{"name": "优秀", "min": 90}]}`)
	f.Add(`{"rules": [{"kind": "无此类型", "points": 5}]}`)
	f.Add(`{"rules": null, "grades": [{"name": "", "min": -1}], "extra": 1}`)
	f.Fuzz(func(t *testing.T, data string) {
		p := filepath.Join(t.TempDir(), "s.json")
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
		s, err := loadScheme(p)
		if err == nil {
			assert.NoError(t, s.Validate(), "a scheme that loads is valid")
		} else {
			assert.Contains(t, err.Error(), "积分办法")
		}
	})
}
