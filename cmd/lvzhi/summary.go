package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	lv "github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/summary"
)

func init() {
	register(&command{
		name:  "summary",
		args:  "-data 记录.json -outline 提纲.json [-format text|md|html|docx] [-o 文件]",
		short: "由履职记录和提纲生成工作总结（文本、Markdown、HTML 或 Word）",
		long: `例：lvzhi summary -data records.json -outline outline.json -format docx -o 总结.docx
    lvzhi summary -data records.json -outline outline.json -o 总结.docx    不写 -format 时按 -o 的扩展名（.docx、.html、.md），否则为文本
记录文件和提纲的写法可照本项目示例 examples/halfyear/data 中的 records.json 和 outline.json；
各字段的说明见 go doc github.com/lvzhi-go/lvzhi/summary Records 和 Outline。`,
		flags: summaryFlags,
	})
}

// renderers maps each -format value to its renderer.
var renderers = map[string]func(io.Writer, *summary.Document) error{
	"text": func(w io.Writer, d *summary.Document) error { return report.Text(w, d) },
	"md":   func(w io.Writer, d *summary.Document) error { return report.Markdown(w, d) },
	"html": func(w io.Writer, d *summary.Document) error { return report.HTML(w, d) },
	"docx": func(w io.Writer, d *summary.Document) error { return docx.Write(w, d) },
}

func summaryFlags(fs *flag.FlagSet) func(*env, []string) error {
	data := fs.String("data", "", "履职记录 JSON 文件（必填）")
	outline := fs.String("outline", "", "提纲 JSON 文件（必填）")
	format := fs.String("format", "", "输出格式：text、md、html 或 docx（默认按 -o 的扩展名，否则 text）")
	out := fs.String("o", "", "写入此文件，不写则输出到标准输出")
	check := fs.Bool("check", false, "同时校对生成的总结，问题列在标准错误上")
	return func(e *env, args []string) error {
		if len(args) > 0 {
			return usagef("多余的参数“%s”", args[0])
		}
		if err := required("-data", *data, "-outline", *outline); err != nil {
			return err
		}
		fmtName := formatFor(*format, *out)
		render, ok := renderers[fmtName]
		if !ok {
			return usagef("不认识的格式“%s”：可用 text、md、html、docx", fmtName)
		}
		if fmtName == "docx" && *out == "" {
			return usagef("docx 是二进制文件，请用 -o 指定输出文件")
		}
		e.progress("读取记录……")
		rec, err := loadRecords(*data)
		if err != nil {
			return err
		}
		ob, err := os.ReadFile(*outline)
		if err != nil {
			return fmt.Errorf("无法读取提纲：%w", err)
		}
		o, err := summary.ParseOutline(ob)
		if err != nil {
			return fmt.Errorf("提纲 %s 有误：%w", *outline, cause(err))
		}
		e.progress("校验记录……")
		b, err := summary.NewBuilder(rec)
		if err != nil {
			return invalidRecords(*data, err)
		}
		e.progress("生成总结……")
		doc, err := b.Build(*o)
		if err != nil {
			// The message names the part of the outline; the package prefix
			// means nothing to the clerk.
			return fmt.Errorf("提纲 %s 有误：%s", *outline, strings.TrimPrefix(err.Error(), "summary: "))
		}
		if *check {
			for _, is := range summary.Proofread(doc, nil) {
				fmt.Fprintln(e.stderr, is)
			}
		}
		var buf bytes.Buffer
		if err := render(&buf, doc); err != nil {
			return err
		}
		return writeOut(e, *out, buf.Bytes())
	}
}

// formatFor returns the output format: the -format value when given,
// otherwise the one the extension of the output file names (.md, .html,
// .htm, .docx), otherwise text.
func formatFor(format, out string) string {
	if format != "" {
		return format
	}
	if f, ok := map[string]string{".md": "md", ".html": "html", ".htm": "html", ".docx": "docx"}[strings.ToLower(filepath.Ext(out))]; ok {
		return f
	}
	return "text"
}

// cause drops the package's own "记录文件有误" wrapping of a parse error,
// which the command says already with the file's name; the wrapped error
// keeps the JSON path.
func cause(err error) error {
	inner := errors.Unwrap(err)
	if inner == nil {
		return err
	}
	if prefix, ok := strings.CutSuffix(err.Error(), inner.Error()); ok && strings.HasSuffix(prefix, "有误：") {
		return inner
	}
	return err
}

// invalidRecords is the error for a records file whose records do not
// validate: every problem on a line of its own at its place in the file
// ("JSON $.members[4].name：姓名为必填字段"), so that the clerk who keeps
// the file can find each; any other error with the Go package's prefix
// ("summary: ", "archive: ") dropped.
func invalidRecords(path string, err error) error {
	var ves lv.ValidationErrors
	if errors.As(err, &ves) {
		out := make([]string, len(ves))
		for i, fe := range ves {
			out[i] = "  " + fe.JSONError()
		}
		return fmt.Errorf("记录文件 %s 有误，共%d处：\n%s", path, len(ves), strings.Join(out, "\n"))
	}
	msg := err.Error()
	for _, p := range []string{"summary: ", "archive: ", "lvzhi: "} {
		msg = strings.TrimPrefix(msg, p)
	}
	return fmt.Errorf("记录文件 %s 有误：%s", path, msg)
}

// loadRecords reads a records file.
func loadRecords(path string) (*summary.Records, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取记录文件：%w", err)
	}
	rec, err := summary.Parse(b)
	if err != nil {
		return nil, fmt.Errorf("记录文件 %s 有误：%w", path, cause(err))
	}
	return rec, nil
}

// writeOut writes b to the file path, or to standard output when path is
// empty.
func writeOut(e *env, path string, b []byte) error {
	if path == "" {
		_, err := e.stdout.Write(b)
		return err
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("无法写入：%w", err)
	}
	return nil
}
