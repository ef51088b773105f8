package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var sampleRecords = filepath.Join("..", "..", "examples", "halfyear", "data", "records.json")

// The seed document as a Word file: check finds its own errors, with
// paragraph and character positions, and exits with 3.
func TestCheckSeedDocx(t *testing.T) {
	r := lvzhi(t, "check", filepath.Join("testdata", "seed.docx"))
	assert.Equal(t, exitProblems, r.code)
	for _, want := range []string{
		"seed.docx:第2段第140字：用词错误：应为“民主监督”",
		"（“21多” → “21”）[approx-after-exact]",
		"seed.docx:第4段第60字：用词错误：应为“进行了”",
	} {
		assert.Contains(t, r.stdout, want)
	}
	assert.Contains(t, r.stderr, "共发现")
}

// Roster, register and duty sheets exported from records and imported
// back into them give the same records file, byte for byte.
func TestExportImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for _, tab := range []string{"委员名单", "提案明细表", "履职记录"} {
		out := filepath.Join(dir, tab+".xlsx")
		r := lvzhi(t, "export", "-data", sampleRecords, "-table", tab, "-o", out)
		require.Equal(t, exitOK, r.code, r.stderr)
		assert.Empty(t, r.stderr, "nothing the sheet cannot carry")
		files = append(files, out)
	}
	merged := filepath.Join(dir, "merged.json")
	r := lvzhi(t, append([]string{"import", "-merge", sampleRecords}, append(files, "-o", merged)...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stderr, "提案：新增0条，更新0条，与已有记录相同44条")
	want, err := os.ReadFile(sampleRecords)
	require.NoError(t, err)
	got, err := os.ReadFile(merged)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, got), "records changed by export and import")

	// Into new records: the local sector must be named.
	r = lvzhi(t, "import", files[0], "-o", filepath.Join(dir, "new.json"))
	assert.Equal(t, exitProblems, r.code)
	assert.Contains(t, r.stderr, "委员名单!H21（界别）：界别“新的社会阶层人士”不是本委员会设置的界别")
	// … and the message says how, once for the two rows.
	assert.Contains(t, r.stderr, "用 -local-sectors 新的社会阶层人士 列出，或用 -merge 合并")
	assert.Equal(t, 1, strings.Count(r.stderr, "提示：界别“新的社会阶层人士”不在全国34个界别之中"))
	r = lvzhi(t, "import", "-local-sectors", "新的社会阶层人士", files[0], files[1], "-o", filepath.Join(dir, "new.json"))
	assert.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stderr, "委员：新增55条")
}

// An office's CSV with mistakes: every problem with its cell, a report
// file, exit code 3, and no records written.
func TestImportProblems(t *testing.T) {
	dir := t.TempDir()
	csv := writeFile(t, "委员名单.csv", "委员编号,姓名,性别,政治面貌,界别,手机\n"+
		"m1,张三,男性,民盟,中国民主同盟,13800000000\n"+
		"m2,李四,女,中共,中国共产党,138\n")
	out := filepath.Join(dir, "records.json")
	report := filepath.Join(dir, "问题.txt")
	r := lvzhi(t, "import", csv, "-o", out, "-report", report)
	assert.Equal(t, exitProblems, r.code)
	assert.Contains(t, r.stderr, "委员名单!C2（性别）：应为“男”“女”之一，实为“男性”")
	assert.Contains(t, r.stderr, "委员名单!F3（手机）：")
	assert.Contains(t, r.stderr, "表格中有2处问题，未写出记录。")
	assert.NoFileExists(t, out)
	b, err := os.ReadFile(report)
	require.NoError(t, err)
	assert.Equal(t, 2, strings.Count(string(b), "\n"))

	r = lvzhi(t, "import", "-stop", csv, "-o", out)
	assert.Equal(t, exitProblems, r.code)
	assert.Contains(t, r.stderr, "表格中有1处问题")

	r = lvzhi(t, "import", "-kind", "people", csv)
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "不认识的表格类型“people”")
}

// Every table exports; the statistics tables carry their figures.
func TestExportTables(t *testing.T) {
	dir := t.TempDir()
	for _, tab := range exportTables {
		out := filepath.Join(dir, tab+".csv")
		r := lvzhi(t, "export", "-data", sampleRecords, "-table", tab, "-period", "2022-H1", "-o", out)
		require.Equal(t, exitOK, r.code, tab+": "+r.stderr)
		b, err := os.ReadFile(out)
		require.NoError(t, err)
		assert.NotEmpty(t, b, tab)
	}
	b, err := os.ReadFile(filepath.Join(dir, "提案分类统计表.csv"))
	require.NoError(t, err)
	assert.Contains(t, string(b), "合计,44,38")
	b, err = os.ReadFile(filepath.Join(dir, "各界别参与情况表.csv"))
	require.NoError(t, err)
	assert.Contains(t, string(b), "合计,55,53,96.4%,259")

	r := lvzhi(t, "export", "-data", sampleRecords, "-table", "花名册", "-o", filepath.Join(dir, "x.xlsx"))
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "不认识的表“花名册”")
	r = lvzhi(t, "export", "-data", sampleRecords, "-table", "委员名单", "-o", filepath.Join(dir, "x.pdf"))
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "扩展名应为 .xlsx 或 .csv")

	// GB18030 CSV for older systems.
	out := filepath.Join(dir, "gbk.csv")
	r = lvzhi(t, "export", "-data", sampleRecords, "-table", "委员名单", "-encoding", "gb18030", "-o", out)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = lvzhi(t, "import", "-encoding", "gb18030", "-local-sectors", "新的社会阶层人士", out, "-o", filepath.Join(dir, "g.json"))
	assert.Equal(t, exitOK, r.code, r.stderr)
}

func TestStats(t *testing.T) {
	r := lvzhi(t, "stats", "-data", sampleRecords, "-period", "2022-H1")
	require.Equal(t, exitOK, r.code, r.stderr)
	for _, want := range []string{
		"统计期间：2022年上半年（2022年1月1日至6月30日）",
		"收到44件，立案38件，立案率86.4%",
		"本级办理32件，转交上级6件，交办完毕38件",
		"委员55人，参与履职53人，参与率96.4%，共259人次",
		"出席会议：52人，82人次",
		"出席全体会议：52条记录，计312个半天",
	} {
		assert.Contains(t, r.stdout, want)
	}
	r = lvzhi(t, "stats", "-data", sampleRecords, "-period", "2022-H3")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "-period “2022-H3”有误")
	// The clerk's own wording: the message gives the forms that work, once,
	// without the package prefix or the input quoted twice.
	for _, bad := range []string{"2022上半年", "2022-13"} {
		r = lvzhi(t, "stats", "-data", sampleRecords, "-period", bad)
		assert.Equal(t, exitUsage, r.code)
		first, _, _ := strings.Cut(r.stderr, "\n")
		assert.NotContains(t, first, "lvzhi:", bad)
		assert.Equal(t, 1, strings.Count(first, bad), first)
		assert.Contains(t, r.stderr, "期间的写法：2022（年度）、2022-H1（上半年）")
	}
}

// Synonyms given on the command line; progress only on a terminal.
func TestImportHeaderFlagAndProgress(t *testing.T) {
	csv := writeFile(t, "名单.csv", "委员编号,姓名,性别,政治面貌,界别,联系电话\nm1,张三,男,民盟,中国民主同盟,13800000000\n")
	out := filepath.Join(t.TempDir(), "r.json")
	r := lvzhi(t, "import", "-header", "手机=联系电话", csv, "-o", out)
	require.Equal(t, exitOK, r.code, r.stderr)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"mobile": "13800000000"`)
	assert.NotContains(t, r.stderr, "\r")

	r = lvzhi(t, "import", "-header", "手机", csv)
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "lvzhi import：选项 -header 的值“手机”有误：应写作 列名=同义列名")

	var stdout, stderr bytes.Buffer
	code := run([]string{"import", csv, "-o", out}, &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, tty: true})
	require.Equal(t, exitOK, code, stderr.String())
	assert.Contains(t, stderr.String(), "\r\033[K导入 名单.csv……")
}

// The duty tables count what the records show, as the members' archives
// do: records without kept duty records give the same 委员履职情况表 as
// the sample, whose kept records the other records already cover.
func TestDutyTablesDeriveFromRecords(t *testing.T) {
	data, err := os.ReadFile(sampleRecords)
	require.NoError(t, err)
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &raw))
	require.Contains(t, raw, "duties")
	delete(raw, "duties")
	stripped, err := json.Marshal(raw)
	require.NoError(t, err)
	bare := writeFile(t, "records.json", string(stripped))

	dir := t.TempDir()
	for _, tab := range []string{"委员履职情况表", "活动小组履职情况表", "界别履职情况表"} {
		var got [2]string
		for i, in := range []string{sampleRecords, bare} {
			out := filepath.Join(dir, fmt.Sprint(i)+tab+".csv")
			r := lvzhi(t, "export", "-data", in, "-table", tab, "-period", "2022-H1", "-o", out)
			require.Equal(t, exitOK, r.code, tab+": "+r.stderr)
			b, err := os.ReadFile(out)
			require.NoError(t, err)
			got[i] = string(b)
		}
		assert.Equal(t, got[0], got[1], tab)
	}
	r := lvzhi(t, "stats", "-data", bare, "-period", "2022-H1")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "出席全体会议：52条记录，计312个半天")
}

// Flags that cannot act on the table or format asked for are refused with
// the reason, not silently dropped; -period on the roster is only noted.
func TestExportFlagsThatDoNothing(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-table", "提案明细表", "-by-sector", "-o", filepath.Join(dir, "a.xlsx")}, "-by-sector 只用于委员名单"},
		{[]string{"-table", "提案明细表", "-bom", "-o", filepath.Join(dir, "a.xlsx")}, "-encoding 和 -bom 只用于 .csv 文件"},
		{[]string{"-table", "委员名单", "-encoding", "gbk", "-o", filepath.Join(dir, "a.xlsx")}, "-encoding 和 -bom 只用于 .csv 文件"},
		{[]string{"-table", "委员名单", "-encoding", "gbk", "-bom", "-o", filepath.Join(dir, "a.csv")}, "-bom 只用于 UTF-8 的 CSV"},
	} {
		r := lvzhi(t, append([]string{"export", "-data", sampleRecords}, c.args...)...)
		assert.Equal(t, exitUsage, r.code, c.args)
		assert.Contains(t, r.stderr, c.want, c.args)
	}
	for _, args := range [][]string{
		{"-table", "委员名单", "-by-sector", "-encoding", "utf8", "-bom", "-o", filepath.Join(dir, "b.csv")},
		{"-table", "委员名单", "-encoding", "UTF-8", "-o", filepath.Join(dir, "b.xlsx")},
	} {
		r := lvzhi(t, append([]string{"export", "-data", sampleRecords}, args...)...)
		assert.Equal(t, exitOK, r.code, r.stderr)
		assert.Empty(t, r.stderr, args)
	}
	r := lvzhi(t, "export", "-data", sampleRecords, "-table", "委员名单", "-period", "2022-H1", "-o", filepath.Join(dir, "c.xlsx"))
	assert.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stderr, "提示：委员名单不按期间导出，-period 未起作用")
}
