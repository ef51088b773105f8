package main

import (
	"bytes"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	lv "github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/participation"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/spreadsheet"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/table"
)

func init() {
	register(&command{
		name:  "export",
		args:  "-data 记录.json -table 表名 [-period 期间] -o 文件.xlsx|.csv",
		short: "把履职记录导出为 Excel 或 CSV 表格：委员名单、提案明细表、承办单位办理情况表、委员履职情况表等",
		long: `例：lvzhi export -data records.json -table 提案明细表 -o 提案明细表.xlsx
    lvzhi export -data records.json -table 委员名单 -by-sector -o 委员名单.xlsx
    lvzhi export -data records.json -table 委员履职情况表 -period 2022 -o 履职情况.csv -encoding gb18030
可导出的表：` + strings.Join(exportTables, "、") + `。
委员名单、提案明细表和履职记录可由 lvzhi import 原样读回；统计表按 -period 统计（不写则为记录涵盖的全部日期）。
格式按 -o 的扩展名：.xlsx 或 .csv；GBK 的 CSV 用 -encoding gb18030（也可写 gbk）。
期间的写法：2022（年度）、2022-H1（上半年）、2022-Q3（第三季度）、2022-03（月）、2022-01-08/2022-06-30。`,
		flags: exportFlags,
	})
}

// exportTables are the values of -table.
var exportTables = []string{"委员名单", "提案明细表", "履职记录", "承办单位办理情况表", "提案分类统计表", "提案界别统计表",
	"委员履职情况表", "活动小组履职情况表", "界别履职情况表",
	"履职参与情况表", "各界别参与情况表", "各党派参与情况表", "委员活动小组参与情况表", "专门委员会参与情况表"}

func exportFlags(fs *flag.FlagSet) func(*env, []string) error {
	data := fs.String("data", "", "履职记录 JSON 文件（必填）")
	which := fs.String("table", "", "要导出的表（必填），如 提案明细表")
	out := fs.String("o", "", "写入此文件（必填），扩展名 .xlsx 或 .csv")
	periodText := fs.String("period", "", "统计期间，如 2022、2022-H1；不写则为全部记录")
	bySector := fs.Bool("by-sector", false, "委员名单按界别分组")
	encoding := fs.String("encoding", "utf-8", "CSV 的编码：utf-8 或 gb18030（含 GBK，也可写 gbk）")
	bom := fs.Bool("bom", false, "UTF-8 的 CSV 以 BOM 开头（部分表格软件需要）")
	office := fs.String("office", "", "提案审查、交办、办结等步骤的办理机构，默认“提案委员会”（与 import 一致）")
	return func(e *env, args []string) error {
		if len(args) > 0 {
			return usagef("多余的参数“%s”", args[0])
		}
		if err := required("-data", *data, "-table", *which, "-o", *out); err != nil {
			return err
		}
		if !contains(exportTables, *which) {
			return usagef("不认识的表“%s”：可用 %s", *which, strings.Join(exportTables, "、"))
		}
		opts := spreadsheet.ExportOptions{Format: spreadsheet.FormatOf(*out), BySector: *bySector, BOM: *bom, Office: *office}
		switch ext := strings.ToLower(filepath.Ext(*out)); ext {
		case ".xlsx", ".csv":
		default:
			return usagef("-o 的扩展名应为 .xlsx 或 .csv，实为“%s”", ext)
		}
		// Flags that would do nothing for this table or format are refused,
		// so that nobody waits for a grouping or an encoding that never
		// comes; -period, which scripts give for every table, is noted.
		switch {
		case *bySector && *which != "委员名单":
			return usagef("-by-sector 只用于委员名单")
		case (*bom || !utf8Name(*encoding)) && opts.Format != spreadsheet.CSV:
			return usagef("-encoding 和 -bom 只用于 .csv 文件；.xlsx 不需要")
		case *bom && !utf8Name(*encoding):
			return usagef("-bom 只用于 UTF-8 的 CSV；GB18030（GBK）的文件不加 BOM")
		}
		switch strings.ToLower(*encoding) {
		case "utf-8", "utf8":
		case "gb18030", "gbk":
			opts.Encoding = spreadsheet.GB18030
		default:
			return usagef("不认识的编码“%s”：可用 utf-8、gb18030", *encoding)
		}
		var (
			period lv.DateRange
			per    lv.Period
		)
		if *periodText != "" {
			p, err := parsePeriod(*periodText)
			if err != nil {
				return err
			}
			period, per = p.Range(), p
		}
		rec, ro, err := loadChecked(e, *data)
		if err != nil {
			return err
		}
		opts.Roster, opts.Rules = ro, rec.ProposalRules
		if period.From.IsZero() {
			period = span(rec)
			per = lv.Custom(period)
		}
		e.progress("导出%s……", *which)
		var buf bytes.Buffer
		switch *which {
		case "委员名单":
			err = spreadsheet.WriteRoster(&buf, ro, opts)
			if *periodText != "" {
				fmt.Fprintln(e.stderr, "提示：委员名单不按期间导出，-period 未起作用：名单为记录中的全部委员。")
			}
		case "提案明细表":
			var notes spreadsheet.Problems
			notes, err = spreadsheet.WriteRegister(&buf, inPeriod(rec.Proposals, period), opts)
			for _, n := range notes {
				fmt.Fprintln(e.stderr, "提示："+n.Error())
			}
		case "履职记录":
			var ds []member.Duty
			for _, d := range rec.Duties {
				if period.Contains(d.Date) {
					ds = append(ds, d)
				}
			}
			err = spreadsheet.WriteDuties(&buf, ds, opts)
		default:
			var t table.Table
			if t, err = statsTable(*which, rec, ro, per); err == nil {
				err = spreadsheet.WriteTable(&buf, t, opts)
			}
		}
		if err != nil {
			return err
		}
		return writeOut(e, *out, buf.Bytes())
	}
}

// utf8Name tells whether an -encoding value names UTF-8.
func utf8Name(enc string) bool {
	return strings.EqualFold(enc, "utf-8") || strings.EqualFold(enc, "utf8")
}

// statsTable builds one of the statistics tables over per.
func statsTable(which string, rec *summary.Records, ro *member.Roster, per lv.Period) (table.Table, error) {
	period := per.Range()
	if strings.HasSuffix(which, "参与情况表") {
		r := participationOf(rec, ro, per)
		switch which {
		case "各界别参与情况表":
			return r.LinesTable(which, "界别", r.BySector()), nil
		case "各党派参与情况表":
			return r.LinesTable(which, "党派", r.ByParty()), nil
		case "委员活动小组参与情况表":
			return r.LinesTable(which, "委员活动小组", r.ByGroup()), nil
		case "专门委员会参与情况表":
			return r.LinesTable(which, "专门委员会", r.ByCommittee()), nil
		}
		return r.KindTable(), nil
	}
	reg, err := registerOf(rec)
	if err != nil {
		return table.Table{}, err
	}
	switch which {
	case "承办单位办理情况表":
		return reg.Handling(period, period.To).Table(), nil
	case "提案分类统计表":
		return reg.Statistics(period, period.To).CategoryTable(), nil
	case "提案界别统计表":
		return reg.Statistics(period, period.To).SectorTable(), nil
	}
	scheme := member.DefaultScheme()
	duties := archive.Duties(rec)
	if which == "活动小组履职情况表" {
		gs, err := scheme.GroupTallies(ro, duties, period)
		if err != nil {
			return table.Table{}, err
		}
		return spreadsheet.GroupTable(gs), nil
	}
	ts, err := scheme.Tally(ro, duties, period)
	if err != nil {
		return table.Table{}, err
	}
	if which == "界别履职情况表" {
		return spreadsheet.SectorTable(ro, ts), nil
	}
	return spreadsheet.DutyTable(ro, ts), nil
}

// span returns the range of every date in the records' proposals and
// duties, or the zero range when there are none.
func span(rec *summary.Records) lv.DateRange {
	var r lv.DateRange
	see := func(d lv.Date) {
		if d.IsZero() {
			return
		}
		if r.From.IsZero() || d.Before(r.From) {
			r.From = d
		}
		if r.To.IsZero() || d.After(r.To) {
			r.To = d
		}
	}
	for _, p := range rec.Proposals {
		for _, s := range p.History() {
			see(s.Date)
		}
	}
	for _, d := range rec.Duties {
		see(d.Date)
	}
	for _, s := range rec.Sessions {
		see(s.Dates.From)
		see(s.Dates.To)
	}
	return r
}

// inPeriod keeps the proposals submitted within r.
func inPeriod(ps []*proposal.Proposal, r lv.DateRange) []*proposal.Proposal {
	var out []*proposal.Proposal
	for _, p := range ps {
		if h := p.History(); len(h) > 0 && r.Contains(h[0].Date) {
			out = append(out, p)
		}
	}
	return out
}

// participationOf counts participation in the records over per.
func participationOf(rec *summary.Records, ro *member.Roster, per lv.Period) *participation.Report {
	return participation.Count(participation.Records{
		Members: rec.Members, Sessions: rec.Sessions, Proposals: rec.Proposals,
		Topics: rec.Topics, Activities: rec.Activities, Sectors: ro.Sectors(),
	}, per)
}

// loadChecked reads a records file, validates it and builds its roster,
// showing progress.
func loadChecked(e *env, path string) (*summary.Records, *member.Roster, error) {
	e.progress("读取记录……")
	rec, err := loadRecords(path)
	if err != nil {
		return nil, nil, err
	}
	e.progress("校验记录……")
	if err := rec.Validate(); err != nil {
		return nil, nil, invalidRecords(path, err)
	}
	sectors, err := member.NewSectors(rec.LocalSectors...)
	if err != nil {
		return nil, nil, fmt.Errorf("记录文件 %s 的本地界别有误：%w", path, err)
	}
	ro, err := member.NewRosterOf(sectors, rec.Members...)
	if err != nil {
		return nil, nil, fmt.Errorf("记录文件 %s 的委员名单有误：%w", path, err)
	}
	return rec, ro, nil
}

// registerOf puts the records' proposals in a register.
func registerOf(rec *summary.Records) (*proposal.Register, error) {
	reg := proposal.NewRegister(rec.ProposalRules)
	for _, p := range rec.Proposals {
		if err := reg.Add(p); err != nil {
			return nil, err
		}
	}
	return reg, nil
}
