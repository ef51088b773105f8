// Command halfyear writes the half-year work summary (半年工作总结) of a
// district 政协 committee from its records.
//
// Run with no arguments it prints, as plain text, the summary of the first
// half of 2022 written from the sample records embedded in the program:
//
//	go run ./examples/halfyear
//	go run ./examples/halfyear -format docx -o summary.docx
//	go run ./examples/halfyear -data my-records.json -outline my-outline.json
//
// Flags:
//
//	-format text|md|html|docx   output format (default text)
//	-o FILE                     write to FILE instead of standard output
//	-data FILE.json             records to use instead of the sample (see summary.Records)
//	-outline FILE.json          outline to use instead of the sample (see summary.Outline)
//	-check                      proofread the summary and list findings on standard error
//
// Every number in the summary is counted from the records; the outline
// holds the wording around them.
package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/examples/internal/output"
	"github.com/lvzhi-go/lvzhi/summary"
)

//go:embed data/records.json
var sampleRecords []byte

//go:embed data/outline.json
var sampleOutline []byte

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) { // -h: the flag package printed the usage
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "halfyear:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("halfyear", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, md, html or docx")
	out := fs.String("o", "", "write to this file instead of standard output")
	data := fs.String("data", "", "records JSON file to use instead of the sample")
	outline := fs.String("outline", "", "outline JSON file to use instead of the sample")
	check := fs.Bool("check", false, "proofread the summary and list findings on standard error")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if err := output.Check(*format, *out); err != nil {
		return err
	}

	doc, err := build(*data, *outline)
	if err != nil {
		return err
	}
	if *check {
		for _, is := range summary.Proofread(doc, nil) {
			fmt.Fprintln(stderr, is)
		}
	}
	return output.Write(doc, *format, *out, stdout)
}

// build loads the records and the outline (the samples when the paths are
// empty) and writes the summary.
func build(dataPath, outlinePath string) (*summary.Document, error) {
	recData, err := readOr(dataPath, sampleRecords)
	if err != nil {
		return nil, err
	}
	rec, err := summary.Parse(recData)
	if err != nil {
		return nil, err
	}
	outData, err := readOr(outlinePath, sampleOutline)
	if err != nil {
		return nil, err
	}
	o, err := summary.ParseOutline(outData)
	if err != nil {
		return nil, err
	}
	b, err := summary.NewBuilder(rec)
	if err != nil {
		return nil, problems(err)
	}
	return b.Build(*o)
}

// problems lists every problem of records that do not validate on a line
// of its own, at its place in the JSON file
// ("JSON $.members[4].name：姓名为必填字段"); other errors pass unchanged.
func problems(err error) error {
	var verrs lvzhi.ValidationErrors
	if !errors.As(err, &verrs) {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "记录有误，共%d处：", len(verrs))
	for _, fe := range verrs {
		b.WriteString("\n  " + fe.JSONError())
	}
	return errors.New(b.String())
}

// readOr reads the file at path, or returns sample when path is empty.
// Like [summary.Load] it reads at most [summary.MaxFileSize] bytes, so that
// a huge or endless file (a device, a pipe) is an error, not an
// allocation without bound.
func readOr(path string, sample []byte) ([]byte, error) {
	if path == "" {
		return sample, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, summary.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("读取%s失败：%w", path, err)
	}
	if len(data) > summary.MaxFileSize {
		return nil, fmt.Errorf("%s：%w：超过 %d 字节", path, summary.ErrTooLarge, summary.MaxFileSize)
	}
	return data, nil
}
