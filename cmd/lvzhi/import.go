package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	lv "github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/spreadsheet"
	"github.com/lvzhi-go/lvzhi/summary"
)

func init() {
	register(&command{
		name:  "import",
		args:  "[-kind roster|proposals|duties] [-merge 记录.json] [-o 记录.json] 表格.xlsx|.csv …",
		short: "从 Excel 或 CSV 表格导入委员名单、提案明细表或履职记录（签到、活动），生成履职记录 JSON",
		long: `例：lvzhi import 委员名单.xlsx -o records.json
    lvzhi import -merge records.json -o records.json 提案明细表.xlsx 履职记录.csv
表格类型按 -kind 指定；不指定时按文件名判断：含“提案”为提案明细表，含“履职”“签到”“考勤”“活动”为履职记录，其余为委员名单。
列按表头名称识别（姓名/委员姓名、党派/政治面貌、手机/手机号码等同义列名均可），顺序不限；表头上方可有标题行。
表格有误时不写出任何记录：所有问题逐条列出（如“委员名单!D7（手机）：手机号码不是有效的手机号码”），退出码为 3。
不认识的列不导入，作为提示列出。同一委员编号（或同一届次、提案号）的记录以表格中的为准。`,
		flags: importFlags,
	})
}

// sheetKinds are the values of -kind.
var sheetKinds = []string{"roster", "proposals", "duties"}

// kindOf guesses the kind of sheet from its file name.
func kindOf(path string) string {
	base := filepath.Base(path)
	switch {
	case strings.Contains(base, "提案"):
		return "proposals"
	case strings.ContainsAny(base, "履签考") || strings.Contains(base, "活动"):
		return "duties"
	}
	return "roster"
}

func importFlags(fs *flag.FlagSet) func(*env, []string) error {
	kind := fs.String("kind", "", "表格类型：roster（委员名单）、proposals（提案明细表）、duties（履职记录）；不写则按文件名判断")
	merge := fs.String("merge", "", "合并到此已有的履职记录 JSON 文件")
	out := fs.String("o", "", "写入此文件，不写则输出到标准输出")
	sheet := fs.String("sheet", "", "读取的工作表名称，不写则读第一个工作表")
	encoding := fs.String("encoding", "auto", "CSV 文件的编码：auto（自动识别）、utf-8 或 gb18030（含 GBK）")
	office := fs.String("office", "", "提案审查、交办、办结等步骤的办理机构，默认“提案委员会”")
	stop := fs.Bool("stop", false, "遇到第一个问题即停止")
	report := fs.String("report", "", "把问题清单写入此文件（同时仍列在标准错误上）")
	var headers headerFlag
	fs.Var(&headers, "header", "增加同义列名，如 -header 手机=联系电话（可重复）")
	local := fs.String("local-sectors", "", "本委员会在全国34个界别之外设置的界别，逗号分隔（如 新的社会阶层人士），加入记录")
	return func(e *env, args []string) error {
		if len(args) == 0 {
			return usagef("请给出要导入的表格文件")
		}
		if *kind != "" && !contains(sheetKinds, *kind) {
			return usagef("不认识的表格类型“%s”：可用 roster、proposals、duties", *kind)
		}
		enc, ok := map[string]spreadsheet.Encoding{"auto": spreadsheet.EncodingAuto, "utf-8": spreadsheet.UTF8, "utf8": spreadsheet.UTF8,
			"gb18030": spreadsheet.GB18030, "gbk": spreadsheet.GB18030}[strings.ToLower(*encoding)]
		if !ok {
			return usagef("不认识的编码“%s”：可用 auto、utf-8、gb18030", *encoding)
		}
		rec := &summary.Records{}
		if *merge != "" {
			var err error
			if rec, err = loadRecords(*merge); err != nil {
				return err
			}
		}
		for _, l := range strings.FieldsFunc(*local, func(r rune) bool { return r == ',' || r == '，' || r == '、' }) {
			if l = strings.TrimSpace(l); l != "" && !contains(rec.LocalSectors, l) {
				rec.LocalSectors = append(rec.LocalSectors, l)
			}
		}
		sectors, err := member.NewSectors(rec.LocalSectors...)
		if err != nil {
			return fmt.Errorf("记录中的本地界别有误：%w", err)
		}
		opts := spreadsheet.Options{Headers: headers.m, Encoding: enc, Sheet: *sheet, StopAtFirst: *stop, Sectors: sectors, Rules: rec.ProposalRules, Office: *office}
		var problems, notes spreadsheet.Problems
		// Rosters first, so that registers and duty sheets can name their members.
		ordered := make([]string, 0, len(args))
		for _, want := range []bool{true, false} {
			for _, a := range args {
				if (kindFor(*kind, a) == "roster") == want {
					ordered = append(ordered, a)
				}
			}
		}
		tally := map[string]counts{}
	files:
		for _, path := range ordered {
			k := kindFor(*kind, path)
			e.progress("导入 %s……", filepath.Base(path))
			if e.tty {
				base := filepath.Base(path)
				opts.Progress = func(row int) { e.progress("导入 %s……第%d行", base, row) }
			}
			ro, rerr := member.NewRosterOf(sectors, rec.Members...)
			if rerr == nil {
				opts.Roster = ro
			}
			f, err := os.Open(path)
			if err != nil {
				return fmt.Errorf("无法读取表格：%w", err)
			}
			c, ns, err := importOne(f, path, k, opts, rec)
			f.Close()
			notes = append(notes, ns...)
			var ps spreadsheet.Problems
			switch {
			case errors.As(err, &ps):
				problems = append(problems, ps...)
				if *stop {
					break files
				}
				if k == "roster" && path != ordered[len(ordered)-1] {
					fmt.Fprintln(e.stderr, "委员名单有误，其他表格中的委员无法对照，暂不导入。")
					break files
				}
				continue
			case err != nil:
				return err
			}
			tally[k] = tally[k].plus(c)
		}
		e.progressDone()
		for _, n := range notes {
			fmt.Fprintln(e.stderr, "提示："+n.Error())
		}
		if len(problems) > 0 {
			var b bytes.Buffer
			for _, p := range problems {
				fmt.Fprintln(&b, p.Error())
			}
			e.stderr.Write(b.Bytes())
			if *report != "" {
				if err := os.WriteFile(*report, b.Bytes(), 0o644); err != nil {
					return fmt.Errorf("无法写入问题清单：%w", err)
				}
			}
			fmt.Fprintf(e.stderr, "表格中有%d处问题，未写出记录。\n", len(problems))
			if names := unknownSectors(problems); len(names) > 0 {
				fmt.Fprintf(e.stderr, "提示：界别“%s”不在全国34个界别之中。如是本委员会自设的界别，用 -local-sectors %s 列出，或用 -merge 合并到已登记这些界别的记录文件。\n",
					strings.Join(names, "”“"), strings.Join(names, ","))
			}
			return errProblems
		}
		if *merge != "" {
			e.progress("校验记录……")
			if err := rec.Validate(); err != nil {
				return fmt.Errorf("合并后的记录有误：\n%s", lines(err))
			}
		}
		var buf bytes.Buffer
		if err := rec.Save(&buf); err != nil {
			return err
		}
		if err := writeOut(e, *out, buf.Bytes()); err != nil {
			return err
		}
		for _, k := range sheetKinds {
			if c, ok := tally[k]; ok {
				fmt.Fprintf(e.stderr, "%s：新增%d条，更新%d条，与已有记录相同%d条。\n", kindNames[k], c.added, c.updated, c.same)
			}
		}
		if *merge == "" {
			fmt.Fprintln(e.stderr, "提示：新记录中还没有委员会（committee）和会议等信息，生成总结前请补充，或用 -merge 合并到已有记录。")
		}
		return nil
	}
}

// counts are the records an import added, changed and found unchanged.
type counts struct{ added, updated, same int }

func (c counts) plus(d counts) counts {
	return counts{c.added + d.added, c.updated + d.updated, c.same + d.same}
}

var kindNames = map[string]string{"roster": "委员", "proposals": "提案", "duties": "履职记录"}

func kindFor(flagKind, path string) string {
	if flagKind != "" {
		return flagKind
	}
	return kindOf(path)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// importOne reads one sheet into rec: members and proposals replace those
// with the same ID or term and number, duty records are added.
func importOne(r io.Reader, path, kind string, opts spreadsheet.Options, rec *summary.Records) (n counts, notes spreadsheet.Problems, err error) {
	switch kind {
	case "roster":
		got, err := spreadsheet.ReadRoster(r, path, opts)
		if err != nil {
			return n, nil, err
		}
		at := map[lv.MemberID]int{}
		for i, m := range rec.Members {
			at[m.ID] = i
		}
		for _, m := range got.Members {
			if i, ok := at[m.ID]; ok {
				if reflect.DeepEqual(rec.Members[i], m) {
					n.same++
					continue
				}
				rec.Members[i] = m
				n.updated++
			} else {
				at[m.ID] = len(rec.Members)
				rec.Members = append(rec.Members, m)
				n.added++
			}
		}
		return n, got.Notes, nil
	case "proposals":
		got, err := spreadsheet.ReadRegister(r, path, opts)
		if err != nil {
			return n, nil, err
		}
		type key struct{ term, number int }
		at := map[key]int{}
		for i, p := range rec.Proposals {
			at[key{p.Term, p.Number}] = i
		}
		for _, p := range got.Proposals {
			k := key{p.Term, p.Number}
			if i, ok := at[k]; ok {
				if spreadsheet.SameRow(rec.Proposals[i], p) {
					n.same++ // the row says nothing new; the record may say more
					continue
				}
				rec.Proposals[i] = p
				n.updated++
			} else {
				at[k] = len(rec.Proposals)
				rec.Proposals = append(rec.Proposals, p)
				n.added++
			}
		}
		return n, got.Notes, nil
	default:
		got, err := spreadsheet.ReadDuties(r, path, opts)
		if err != nil {
			return n, nil, err
		}
		have := map[member.Duty]bool{}
		for _, d := range rec.Duties {
			have[d] = true
		}
		for _, d := range got.Duties {
			if have[d] {
				n.same++
				continue
			}
			have[d] = true
			rec.Duties = append(rec.Duties, d)
			n.added++
		}
		return n, got.Notes, nil
	}
}

// lines writes a list of validation errors one a line.
func lines(err error) string {
	var ves lv.ValidationErrors
	if errors.As(err, &ves) {
		out := make([]string, len(ves))
		for i, fe := range ves {
			out[i] = "  " + fe.Error()
		}
		return strings.Join(out, "\n")
	}
	return err.Error()
}

// headerFlag collects -header 列名=同义列名 values.
type headerFlag struct{ m map[string][]string }

func (h *headerFlag) String() string { return "" }

func (h *headerFlag) Set(v string) error {
	col, syn, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(col) == "" || strings.TrimSpace(syn) == "" {
		return fmt.Errorf("应写作 列名=同义列名（如 手机=联系电话），实为“%s”", v)
	}
	if h.m == nil {
		h.m = map[string][]string{}
	}
	col = strings.TrimSpace(col)
	h.m[col] = append(h.m[col], strings.TrimSpace(syn))
	return nil
}

// unknownSectors returns the sectors, in order of first appearance, that
// problems report as not set up by the committee: most often the
// committee's own sectors, missing because the roster was imported
// without -local-sectors or -merge.
func unknownSectors(problems spreadsheet.Problems) []string {
	var names []string
	for _, p := range problems {
		var fe lv.FieldError
		if errors.As(p, &fe) && fe.Rule == "sector" && fe.Param != "" && !slices.Contains(names, fe.Param) {
			names = append(names, fe.Param)
		}
	}
	return names
}
