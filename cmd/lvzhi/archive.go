package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	lv "github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/spreadsheet"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/table"
	"github.com/lvzhi-go/lvzhi/zh"
)

func init() {
	register(&command{
		name:  "archive",
		args:  "-data 记录.json -period 期间 [-member 委员编号 | -ranking [-by member|group|sector]] [-format text|md|html|docx] [-o 文件]",
		short: "由履职记录生成委员履职档案（单个委员，或全体委员打包）和履职积分排名",
		long: `例：
  lvzhi archive -data records.json -period 2022 -o 履职档案.zip         全体委员，每人一个 Word 文件，打包为 zip
  lvzhi archive -data records.json -period 2022 -o 履职档案.docx        全体委员合为一个 Word 文件，每人一节，页码各自从1起
  lvzhi archive -data records.json -period 2022-H1 -member m001         一名委员的档案，输出到标准输出
  lvzhi archive -data records.json -period 2022 -ranking -format md     履职积分排名（全体、各小组、各界别）
  lvzhi archive -data records.json -period 2022 -ranking -by group -o 小组积分.xlsx   排名表写成 Excel（或 .csv）
期间的写法：2022（年度）、2022-H1（上半年）、2022-Q3（第三季度）、2022-03（月）、2022-01-08/2022-06-30。
委员按姓氏笔画排列；zip 中的文件名为“姓名-委员编号.docx”。积分办法默认为 member.DefaultScheme，可用 -scheme 指定 JSON 文件
（其 name 为办法的标题，文中加书名号引用；不写标题则称“本会履职积分办法”）。
等次按年度评定：不足一年的期间只计积分和名次（-grade-short 照办法评定）；主席、副主席不参加排名（-rank-leaders 参加）；
请假事由默认不写出（-leave-reasons 写出）。`,
		flags: archiveFlags,
	})
}

func archiveFlags(fs *flag.FlagSet) func(*env, []string) error {
	data := fs.String("data", "", "履职记录 JSON 文件（必填）")
	periodText := fs.String("period", "", "统计期间，如 2022、2022-H1（必填）")
	id := fs.String("member", "", "只写这名委员的档案（委员编号）")
	ranking := fs.Bool("ranking", false, "写履职积分排名，而不是档案")
	format := fs.String("format", "", "单个文档的格式：text、md、html 或 docx（默认按 -o 的扩展名，否则 text）")
	out := fs.String("o", "", "写入此文件；全体委员的档案必须写入 .zip 或 .docx 文件")
	schemeFile := fs.String("scheme", "", "履职积分办法 JSON 文件（member.Scheme），不写则用默认办法")
	pass := fs.String("pass", "", "排名中“未达”人数所依据的等次，默认“称职”")
	gradeShort := fs.Bool("grade-short", false, "不足一年的期间也按积分办法的等次评定（默认只计积分和名次：等次按年度评定）")
	rankLeaders := fs.Bool("rank-leaders", false, "主席、副主席也参加排名和等次评定（默认不参加）")
	reasons := fs.Bool("leave-reasons", false, "写出请假事由（默认不写）")
	by := fs.String("by", "", "与 -ranking 和 .xlsx/.csv 输出同用：member（全体委员，默认）、group（各活动小组）或 sector（各界别）")
	return func(e *env, args []string) error {
		if len(args) > 0 {
			return usagef("多余的参数“%s”", args[0])
		}
		if err := required("-data", *data, "-period", *periodText); err != nil {
			return err
		}
		period, err := parsePeriod(*periodText)
		if err != nil {
			return err
		}
		if *id != "" && *ranking {
			return usagef("-member 和 -ranking 不能同时使用")
		}
		ext := strings.ToLower(filepath.Ext(*out))
		sheet := *ranking && (ext == ".xlsx" || ext == ".csv")
		if *by != "" && !sheet {
			return usagef("-by 只用于 -ranking 写出 .xlsx 或 .csv 表格（-o 排名.xlsx）；文档形式的排名已含全体、各小组和各界别，不用 -by")
		}
		if sheet && *by != "" && *by != "member" && *by != "group" && *by != "sector" {
			return usagef("-by 应为 member、group 或 sector，实为“%s”", *by)
		}
		single := (*id != "" || *ranking) && !sheet
		if !single && !sheet && ext != ".zip" && ext != ".docx" {
			return usagef("全体委员的档案请用 -o 写入 .zip 或 .docx 文件（或用 -member 只写一名委员）")
		}
		fmtName := formatFor(*format, *out)
		render, ok := renderers[fmtName]
		if single && !ok {
			return usagef("不认识的格式“%s”：可用 text、md、html、docx", fmtName)
		}
		if single && fmtName == "docx" && *out == "" {
			return usagef("docx 是二进制文件，请用 -o 指定输出文件")
		}
		opts := archive.Options{Pass: *pass, GradeShortPeriods: *gradeShort, RankLeaders: *rankLeaders, LeaveReasons: *reasons}
		if *schemeFile != "" {
			if opts.Scheme, err = loadScheme(*schemeFile); err != nil {
				return err
			}
		}
		e.progress("读取记录……")
		rec, err := loadRecords(*data)
		if err != nil {
			return err
		}
		e.progress("校验记录、统计积分……")
		book, err := archive.New(rec, period, opts)
		if err != nil {
			return invalidRecords(*data, err)
		}
		if sheet {
			t := map[string]func() table.Table{"": book.RankingTable, "member": book.RankingTable,
				"group": book.GroupTable, "sector": book.SectorTable}[*by]()
			var buf bytes.Buffer
			if err := spreadsheet.WriteTable(&buf, t, spreadsheet.ExportOptions{Format: spreadsheet.FormatOf(*out)}); err != nil {
				return err
			}
			return writeOut(e, *out, buf.Bytes())
		}
		var doc *summary.Document
		switch {
		case *ranking:
			doc = book.RankingDocument()
		case *id != "":
			if doc, err = book.Document(lv.MemberID(*id)); err != nil {
				if errors.Is(err, archive.ErrUnknownMember) {
					return fmt.Errorf("记录 %s 中没有委员编号为“%s”的委员（委员编号见 lvzhi export -table 委员名单 导出的第一列）", *data, *id)
				}
				return err
			}
		}
		var buf bytes.Buffer
		switch {
		case doc != nil:
			err = render(&buf, doc)
		case ext == ".zip":
			err = docx.WriteZip(&buf, book.Batch(), func(done, total int) { e.progress("写出档案 %d/%d", done, total) })
		default:
			err = docx.WriteBook(&buf, book.Batch(), zh.PeriodName(period)+"委员履职档案",
				func(done, total int) { e.progress("排版档案 %d/%d", done, total) })
		}
		if err != nil {
			return err
		}
		return writeOut(e, *out, buf.Bytes())
	}
}

// loadScheme reads a points scheme from JSON and validates it.
func loadScheme(path string) (member.Scheme, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return member.Scheme{}, fmt.Errorf("无法读取积分办法：%w", err)
	}
	var s member.Scheme
	if err := jsonstrict.Unmarshal(b, &s); err != nil {
		return member.Scheme{}, fmt.Errorf("积分办法 %s 有误：%w", path, err)
	}
	if err := s.Validate(); err != nil {
		return member.Scheme{}, fmt.Errorf("积分办法 %s 有误：%w", path, err)
	}
	return s, nil
}
