package spreadsheet

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/lvzhi-go/lvzhi/member"
)

// A roster written and read back gives the same members, in XLSX and in
// CSV (UTF-8 with a BOM and GB18030), flat and grouped by sector.
func TestRosterRoundTrip(t *testing.T) {
	rec := districtRecords(t)
	ro := rosterOf(t, rec)
	sectors, _ := member.NewSectors(rec.LocalSectors...)
	for _, tc := range []struct {
		name string
		file string
		opts ExportOptions
	}{
		{"xlsx", "委员名单.xlsx", ExportOptions{}},
		{"xlsx by sector", "委员名单.xlsx", ExportOptions{BySector: true}},
		{"csv utf-8 bom", "委员名单.csv", ExportOptions{Format: CSV, BOM: true}},
		{"csv gb18030", "委员名单.csv", ExportOptions{Format: CSV, Encoding: GB18030}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, WriteRoster(&buf, ro, tc.opts))
			got, err := ReadRoster(bytes.NewReader(buf.Bytes()), tc.file, Options{Sectors: sectors})
			require.NoError(t, err)
			assert.Empty(t, got.Notes)
			want := ro.Members()
			if tc.opts.BySector {
				want = want[:0]
				for _, g := range ro.GroupedBySector() {
					want = append(want, g.Members...)
				}
			}
			require.Equal(t, len(want), len(got.Members))
			assert.Equal(t, want, got.Members)
		})
	}
}

// Two exports of the same roster are byte-identical.
func TestRosterDeterministic(t *testing.T) {
	ro := rosterOf(t, districtRecords(t))
	var a, b bytes.Buffer
	require.NoError(t, WriteRoster(&a, ro, ExportOptions{BySector: true}))
	require.NoError(t, WriteRoster(&b, ro, ExportOptions{BySector: true}))
	assert.True(t, bytes.Equal(a.Bytes(), b.Bytes()), "two exports differ")
}

// Headers are found by name and synonym in any order, below a title row;
// every problem names its cell and says what was expected.
func TestRosterProblems(t *testing.T) {
	csv := strings.Join([]string{
		"某区政协第九届委员名单,,,,,,",
		"委员姓名,编号,性别,党派,界别,手机号码,籍贯",
		"张三,m1,男,民盟,中国民主同盟,13800000000,广西",
		"李四,m2,男性,中共,中国共产党,1380000,广西",
		"王五,m1,女,九三,九三学社,,广西",
	}, "\n")
	_, err := ReadRoster(strings.NewReader(csv), "委员名单.csv", Options{})
	var ps Problems
	require.ErrorAs(t, err, &ps)
	var msgs []string
	for _, p := range ps {
		msgs = append(msgs, p.Error())
	}
	assert.Equal(t, []string{
		"委员名单!C4（性别）：应为“男”“女”之一，实为“男性”",
		"委员名单!F4（手机号码）：手机号码不是有效的手机号码（原文“1380000”）",
		"委员名单!D5（党派）：应为中国共产党、各民主党派的全称或简称（民盟、民建……）、无党派人士、群众之一，实为“九三”",
		"委员名单!B5（编号）：委员编号“m1”与第3行重复",
	}, msgs)
	require.Len(t, ps, 4)

	// Stop at the first.
	_, err = ReadRoster(strings.NewReader(csv), "委员名单.csv", Options{StopAtFirst: true})
	require.ErrorAs(t, err, &ps)
	assert.Len(t, ps, 1)

	// The mobile number is checked by the member's validation.
	csv2 := "姓名,委员编号,性别,政治面貌,界别,手机\n张三,m1,男,民盟,中国民主同盟,1380000\n"
	_, err = ReadRoster(strings.NewReader(csv2), "名单.csv", Options{})
	require.ErrorAs(t, err, &ps)
	require.Len(t, ps, 1)
	assert.Equal(t, "名单!F2", ps[0].Cell())
	assert.Contains(t, ps[0].Message, "手机")

	// A required column missing.
	_, err = ReadRoster(strings.NewReader("姓名,性别\n张三,男\n"), "名单.csv", Options{})
	require.ErrorAs(t, err, &ps)
	assert.Equal(t, "名单!1：表头缺少必需的列“委员编号”（也可写作“编号”“委员证号”）", ps[0].Error())
}

// Unknown columns are reported as notes, and configured synonyms are read.
func TestRosterNotesAndSynonyms(t *testing.T) {
	csv := "姓名,委员编号,性别,政治面貌,界别,联系电话,籍贯\n张三,m1,男,民盟,中国民主同盟,13800000000,广西\n"
	got, err := ReadRoster(strings.NewReader(csv), "名单.csv", Options{Headers: map[string][]string{"手机": {"联系电话"}}})
	require.NoError(t, err)
	require.Len(t, got.Members, 1)
	assert.Equal(t, "13800000000", got.Members[0].Contact.Mobile)
	require.Len(t, got.Notes, 1)
	assert.Equal(t, "名单!G1（籍贯）：不认识的列，未导入；如需导入请改为规定的列名或在选项中增加同义列名", got.Notes[0].Error())
}

// In a workbook, problems name the cells as the spreadsheet numbers them,
// blank rows and a title row included.
func TestRosterXLSXCells(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	require.NoError(t, f.SetSheetName("Sheet1", "名单"))
	rows := [][]any{
		{"某区政协委员名单"},
		{"委员编号", "姓名", "性别", "政治面貌", "界别", "出生日期"},
		{"m1", "张三", "男", "民盟", "中国民主同盟", "1970-01-02"},
		nil,
		{"m2", "李四", "M", "中共", "中国共产党", "70-1-2"},
	}
	for i, r := range rows {
		if r != nil {
			require.NoError(t, f.SetSheetRow("名单", cellName(1, i+1), &r))
		}
	}
	var buf bytes.Buffer
	_, err := f.WriteTo(&buf)
	require.NoError(t, err)
	_, err = ReadRoster(&buf, "名单.xlsx", Options{})
	var ps Problems
	require.ErrorAs(t, err, &ps)
	require.Len(t, ps, 2, ps.Error())
	assert.Equal(t, "名单!C5（性别）：应为“男”“女”之一，实为“M”", ps[0].Error())
	assert.Equal(t, "名单!F5（出生日期）：应为日期（如2022-01-08或2022年1月8日），实为“70-1-2”", ps[1].Error())
}
