package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi/zh/proofread"
)

func init() {
	register(&command{
		name:  "check",
		args:  "[-json] [-skip 规则,…] 文件.docx|.txt|.md …",
		short: "校对手写的文稿：数字用法、标题序号、错误用语和文风，标出段落和字的位置",
		long: `每个问题一行：“文件:第N段第M字：说明（“原文” → “建议”）[规则]”。
段落按文档中的顺序从1数起（包括空段），字从1数起；.txt 和 .md 文件每行一段，编码为 UTF-8 或 GBK（自动识别）。
发现问题时退出码为 3，没有问题为 0。
-json 的字段：file、paragraph、char（同上）；kind_name（数字用法、标题序号、用词错误、文风）和 kind（其编号1–4）；
rule（规则）、text（原文）、message（说明）、suggestion（建议）；offset、column 为该段正文（.md 去掉 # 等标记）中的字节位置和字位置（line 总是1）。
-skip 可用的规则：` + checkRuleList() + `。`,
		flags: checkFlags,
	})
}

// checkRules are the rules of package proofread that -skip can name, with
// what each checks, in the order the package documents them
// (TestCheckRulesMatchProofreadDoc keeps the two lists the same).
var checkRules = []struct{ id, what string }{
	{"approx-after-exact", "确切数字后加“多”“余”"},
	{"stacked-approx", "概数叠用"},
	{"mixed-numeral", "阿拉伯数字与千、百、十混用"},
	{"approx-exact-change", "概数与确切增量并用"},
	{"range-unit", "范围前项省略单位"},
	{"short-year", "年份简写"},
	{"fullwidth-digit", "全角数字"},
	{"heading-dunhao", "“1、”作标题序号"},
	{"heading-paren", "括号序号后加标点或用半角括号"},
	{"heading-han-dot", "“一.”作标题序号"},
	{"ordinal-year", "序号“1.”后紧接年份（附件：1.2022年…），读来像小数"},
	{"nested-colon", "冒号套用（注：1.统计时间：…）"},
	{"term", "错误用语"},
	{"repeated-phrase", "一段中重复的长词句"},
	{"sentence-repeat", "一句中重复的词语"},
	{"long-enumeration", "罗列过长"},
	{"title-repeat", "标题紧接着重复"},
	{"heading-repeat", "段首重复上方标题中的词语"},
}

// reStandaloneHeading is a level-1 or level-2 heading standing as a
// paragraph of its own (一、…, （一）…, without a full stop): the
// paragraph after it is checked with it (heading-repeat).
var reStandaloneHeading = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)([^。]+)$`)

// checkRuleList lists the rules for the help text: id（what）、…
func checkRuleList() string {
	var b strings.Builder
	for i, r := range checkRules {
		if i > 0 {
			b.WriteString("、")
		}
		b.WriteString(r.id + "（" + r.what + "）")
	}
	return b.String()
}

// checkFinding is one finding of check, as printed with -json.
type checkFinding struct {
	File      string `json:"file"`
	Paragraph int    `json:"paragraph"`
	Char      int    `json:"char"`
	// KindName is the Chinese name of Finding.Kind (数字用法, 标题序号,
	// 用词错误, 文风), so that the JSON needs no table of numbers.
	KindName string `json:"kind_name"`
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
			ids := strings.Split(*skip, ",")
			for i, id := range ids {
				id = strings.TrimSpace(id)
				ids[i] = id
				if !slices.ContainsFunc(checkRules, func(r struct{ id, what string }) bool { return r.id == id }) {
					return usagef("-skip 中没有规则“%s”（可用的规则列在下面用法的末尾）", id)
				}
			}
			opts = append(opts, proofread.WithoutRules(ids...))
		}
		c := proofread.New(opts...)
		var all []checkFinding
		for _, path := range args {
			ps, err := readParagraphs(path)
			if err != nil {
				return err
			}
			heading := ""
			for _, p := range ps {
				text, orig := squeeze(p.text)
				fs := c.Check(text)
				if heading != "" {
					fs = append(fs, c.CheckUnder(heading, text)...)
					slices.SortStableFunc(fs, func(a, b proofread.Finding) int { return a.Offset - b.Offset })
				}
				heading = ""
				if m := reStandaloneHeading.FindStringSubmatch(strings.TrimSpace(text)); m != nil {
					heading = m[1]
				}
				for _, f := range fs {
					at := len(p.text)
					if f.Offset >= 0 && f.Offset < len(orig) {
						at = orig[f.Offset]
					}
					f.Offset, f.Line, f.Column = at, 1, utf8.RuneCountInString(p.text[:at])+1
					all = append(all, checkFinding{File: path, Paragraph: p.n, Char: p.offset + f.Column, KindName: f.Kind.String(), Finding: f})
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

// squeeze removes the spaces between an Arabic numeral and a Chinese
// character (“21 多条”, “2022 年”), which text copied from PDF files often
// holds and which would hide number-usage errors, and returns the text
// checked with, for each of its bytes, the byte offset in s it came from
// (plus one entry for the end).
func squeeze(s string) (string, []int) {
	var b strings.Builder
	orig := make([]int, 0, len(s)+1)
	runes := []rune(s)
	offs := make([]int, len(runes)+1)
	for i, n := 0, 0; i < len(runes); i++ {
		offs[i] = n
		n += utf8.RuneLen(runes[i])
		offs[i+1] = n
	}
	isDigit := func(r rune) bool { return r >= '0' && r <= '9' }
	isHan := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r == ' ' || r == '\u3000' {
			j := i
			for j < len(runes) && (runes[j] == ' ' || runes[j] == '\u3000') {
				j++
			}
			if i > 0 && j < len(runes) && (isDigit(runes[i-1]) && isHan(runes[j]) || isHan(runes[i-1]) && isDigit(runes[j])) {
				i = j - 1
				continue
			}
		}
		for k := 0; k < utf8.RuneLen(r); k++ {
			orig = append(orig, offs[i]+k)
		}
		b.WriteRune(r)
	}
	orig = append(orig, len(s))
	return b.String(), orig
}
