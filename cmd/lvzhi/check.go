package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi/zh/proofread"
)

func init() {
	register(&command{
		name:  "check",
		args:  "[-json] [-skip 规则,…] 文件.docx|.txt|.md …",
		short: "校对手写的文稿：数字用法、标题序号、错误用语和文风，标出段落和字的位置",
		long: `每个问题一行：“文件:第N段第M字：说明（“原文” → “建议”）[规则]”。
段落按文档中的顺序从1数起（包括空段），字从1数起；.txt 和 .md 文件每行一段。
发现问题时退出码为 3，没有问题为 0。`,
		flags: checkFlags,
	})
}

// checkFinding is one finding of check, as printed with -json.
type checkFinding struct {
	File      string `json:"file"`
	Paragraph int    `json:"paragraph"`
	Char      int    `json:"char"`
	proofread.Finding
}

func checkFlags(fs *flag.FlagSet) func(*env, []string) error {
	asJSON := fs.Bool("json", false, "以 JSON 输出（每个问题一个对象）")
	skip := fs.String("skip", "", "不检查的规则，逗号分隔（如 term,short-year）")
	return func(e *env, args []string) error {
		if len(args) == 0 {
			return usagef("请给出要校对的文件")
		}
		var opts []proofread.Option
		if *skip != "" {
			opts = append(opts, proofread.WithoutRules(strings.Split(*skip, ",")...))
		}
		c := proofread.New(opts...)
		var all []checkFinding
		for _, path := range args {
			ps, err := readParagraphs(path)
			if err != nil {
				return err
			}
			for _, p := range ps {
				for _, f := range c.Check(p.text) {
					all = append(all, checkFinding{File: path, Paragraph: p.n, Char: p.offset + charInParagraph(p.text, f), Finding: f})
				}
			}
		}
		if *asJSON {
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if all == nil {
				all = []checkFinding{}
			}
			if err := enc.Encode(all); err != nil {
				return err
			}
		} else {
			for _, f := range all {
				fmt.Fprintf(e.stdout, "%s:第%d段第%d字：%s（“%s”", f.File, f.Paragraph, f.Char, f.Message, f.Text)
				if f.Suggestion != "" {
					fmt.Fprintf(e.stdout, " → “%s”", f.Suggestion)
				}
				fmt.Fprintf(e.stdout, "）[%s]\n", f.Rule)
			}
		}
		if len(all) > 0 {
			fmt.Fprintf(e.stderr, "共发现%d处问题。\n", len(all))
			return errProblems
		}
		return nil
	}
}

// charInParagraph returns the 1-based character position of f in the
// paragraph text it was found in (a DOCX paragraph may hold line breaks,
// so the finding's line and column are not enough).
func charInParagraph(text string, f proofread.Finding) int {
	if f.Offset < 0 || f.Offset > len(text) {
		return f.Column
	}
	return len([]rune(text[:f.Offset])) + 1
}
