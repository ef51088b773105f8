package spreadsheet_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/spreadsheet"
	"github.com/lvzhi-go/lvzhi/table"
)

// A roster from an office's CSV file: headers in their own order and
// wording, below a title row.
func ExampleReadRoster() {
	csv := "某区政协委员名单\n" +
		"编号,委员姓名,性别,党派,界别,手机号码\n" +
		"m01,王建国,男,民盟,中国民主同盟,13800000001\n" +
		"m02,李红,女,中共,中国共产党,13800000002\n"
	got, err := spreadsheet.ReadRoster(strings.NewReader(csv), "委员名单.csv", spreadsheet.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range got.Members {
		fmt.Println(m.ID, m.Name, m.Party.Short(), m.Contact.Mobile)
	}
	// Output:
	// m01 王建国 民盟 13800000001
	// m02 李红 中共 13800000002
}

// Every problem names its cell and says what was expected.
func ExampleProblems() {
	csv := "委员编号,姓名,性别,政治面貌,界别\n" +
		"m01,王建国,男性,民盟,中国民主同盟\n" +
		"m02,李红,女,中共,外星界\n"
	_, err := spreadsheet.ReadRoster(strings.NewReader(csv), "委员名单.csv", spreadsheet.Options{})
	var ps spreadsheet.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			fmt.Println(p.Cell(), p.Message)
		}
	}
	// Output:
	// 委员名单!C2 应为“男”“女”之一，实为“男性”
	// 委员名单!E3 界别“外星界”不是本委员会设置的界别
}

// A roster written to XLSX in 姓氏笔画 order and read back.
func ExampleWriteRoster() {
	ro := member.NewRoster(member.Sectors{})
	for _, m := range []member.Member{
		{ID: "m1", Name: "张伟", Gender: member.Male, Party: member.PartyCPC, Sector: "中国共产党"},
		{ID: "m2", Name: "丁洁", Gender: member.Female, Party: member.PartyJiuSan, Sector: "九三学社"},
	} {
		if err := ro.Add(m); err != nil {
			fmt.Println(err)
		}
	}
	var buf bytes.Buffer
	if err := spreadsheet.WriteRoster(&buf, ro, spreadsheet.ExportOptions{}); err != nil {
		fmt.Println(err)
		return
	}
	back, err := spreadsheet.ReadRoster(&buf, "委员名单.xlsx", spreadsheet.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range back.Members {
		fmt.Println(m.Name, m.Sector)
	}
	// Output:
	// 丁洁 九三学社
	// 张伟 中国共产党
}

// Any table.Table becomes a sheet; here as CSV to show its rows.
func ExampleWriteTable() {
	t := table.Table{
		Title:   "提案分类统计表",
		Header:  [][]table.Cell{table.Texts("类别", "收到", "立案", "立案率")},
		Columns: []table.Column{{}, {Numeric: true}, {Numeric: true}, {Numeric: true}},
		Rows: [][]table.Cell{
			{table.Text("经济"), table.Int(20), table.Int(18), table.Percent(18, 20)},
			{table.Text("社会"), table.Int(24), table.Int(20), table.Percent(20, 24)},
		},
	}
	var buf bytes.Buffer
	if err := spreadsheet.WriteTable(&buf, t, spreadsheet.ExportOptions{Format: spreadsheet.CSV}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(strings.ReplaceAll(buf.String(), "\r\n", "\n"))
	// Output:
	// 提案分类统计表
	// 类别,收到,立案,立案率
	// 经济,20,18,90%
	// 社会,24,20,83.3%
}
