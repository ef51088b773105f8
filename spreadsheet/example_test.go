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

// A register row with the dates of each step: the proposal is built
// through the workflow, step by step in date order.
func ExampleReadRegister() {
	csv := "届次,提案号,案由,提案类型,提案性质,第一提案人,内容分类,提交日期,审查日期,审查结果,审查结果日期,交办日期,主办单位,答复日期,答复类别\n" +
		"9,12,关于加强社区养老服务的建议,委员,平时,m01,社会,2022-03-01,2022-03-03,立案,2022-03-10,2022-03-20,区民政局,2022年5月6日,A\n"
	got, err := spreadsheet.ReadRegister(strings.NewReader(csv), "提案明细表.csv", spreadsheet.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := got.Proposals[0]
	fmt.Println(p.Label(), p.State())
	for _, s := range p.History() {
		fmt.Println(s.Date, s.Action, s.Actor)
	}
	// Output:
	// 第12号 已答复
	// 2022-03-01 提交 m01
	// 2022-03-03 审查 提案委员会
	// 2022-03-10 立案 提案委员会
	// 2022-03-20 交办 提案委员会
	// 2022-05-06 答复 区民政局
}

// An attendance sheet: the words offices use for the kinds of duty are
// understood, and a leave without its reason is a problem at its cell.
func ExampleReadDuties() {
	csv := "姓名,会议日期,类型,半天数,请假原因\n" +
		"m01,2022-01-08,出席,2,\n" +
		"m02,2022-01-08,请假,,\n"
	_, err := spreadsheet.ReadDuties(strings.NewReader(csv), "签到表.csv", spreadsheet.Options{})
	fmt.Println(err)
	csv = strings.Replace(csv, "请假,,", "请假,,出差", 1)
	got, err := spreadsheet.ReadDuties(strings.NewReader(csv), "签到表.csv", spreadsheet.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range got.Duties {
		fmt.Println(strings.TrimSpace(fmt.Sprintln(d.Member, d.Date, d.Kind, d.Units(), d.Reason)))
	}
	// Output:
	// 签到表!E3（请假原因）：请假须写明请假事由
	// m01 2022-01-08 出席全体会议 2
	// m02 2022-01-08 请假 1 出差
}
