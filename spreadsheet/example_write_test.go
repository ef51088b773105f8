package spreadsheet_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi/spreadsheet"
)

// A register read from an office's sheet is written back as CSV (XLSX
// without Format) with the dates of every step, ready to be read again.
func ExampleWriteRegister() {
	in := "届次,提案号,案由,提案类型,提案性质,第一提案人,内容分类,提交日期,审查日期,审查结果,审查结果日期,交办日期,主办单位,答复日期,答复类别\n" +
		"9,12,关于加强社区养老服务的建议,委员,平时,m01,社会,2022-03-01,2022-03-03,立案,2022-03-10,2022-03-20,区民政局,2022年5月6日,A\n"
	reg, err := spreadsheet.ReadRegister(strings.NewReader(in), "提案明细表.csv", spreadsheet.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	problems, err := spreadsheet.WriteRegister(&buf, reg.Proposals, spreadsheet.ExportOptions{Format: spreadsheet.CSV})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("problems:", len(problems)) // proposals whose history one row cannot carry
	back, err := spreadsheet.ReadRegister(&buf, "提案明细表.csv", spreadsheet.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(spreadsheet.SameRow(reg.Proposals[0], back.Proposals[0]), back.Proposals[0].Label(), back.Proposals[0].State())
	// Output:
	// problems: 0
	// true 第12号 已答复
}

// Duties are written one a row, in the columns ReadDuties reads.
func ExampleWriteDuties() {
	in := "姓名,会议日期,类型,半天数,请假原因\n" +
		"m01,2022-01-08,出席,2,\n" +
		"m02,2022-01-08,请假,,出差\n"
	got, err := spreadsheet.ReadDuties(strings.NewReader(in), "签到表.csv", spreadsheet.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	if err := spreadsheet.WriteDuties(&buf, got.Duties, spreadsheet.ExportOptions{Format: spreadsheet.CSV}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(strings.ReplaceAll(buf.String(), "\r\n", "\n")) // CSV lines end with CR LF
	// Output:
	// 委员,日期,履职类型,数量,请假事由,活动小组,来源编号,备注
	// m01,2022-01-08,出席全体会议,2,,,,
	// m02,2022-01-08,请假,,出差,,,
}
