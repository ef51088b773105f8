// Command annual writes the annual work summary (年度工作总结) of a county
// 政协 committee from two years of its records, comparing the year with
// the one before.
//
// Run with no arguments it prints, as plain text, the 2023 summary of the
// fictional 青山县政协 written from the records embedded in the program
// (data/records.json: 150 members; the sessions, proposals, research and
// activities of 2022 and 2023) and its outline (data/outline.json):
//
//	go run ./examples/annual
//	go run ./examples/annual -format md
//	go run ./examples/annual -format docx -o annual.docx
//
// Flags:
//
//	-format text|md|html|docx   output format (default text)
//	-o FILE                     write to FILE instead of standard output
//	-check                      proofread the summary and list findings on standard error
//
// Every figure in the summary — how many members proposed, person-times
// of duty, participation rates, handling per 承办单位, and each comparison
// with 2022 (较上年增加…, …个百分点) — is counted from the records; the
// outline holds only the words around them. The records are made by the
// generator in internal/gendata through the library's public API.
package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/lvzhi-go/lvzhi/examples/internal/output"
	"github.com/lvzhi-go/lvzhi/summary"
)

//go:embed data/records.json
var records []byte

//go:embed data/outline.json
var outline []byte

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) { // -h: the flag package printed the usage
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "annual:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annual", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, md, html or docx")
	out := fs.String("o", "", "write to this file instead of standard output")
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
	doc, err := build()
	if err != nil {
		return err
	}
	if *check {
		for _, f := range summary.Proofread(doc, nil) {
			fmt.Fprintln(stderr, f)
		}
	}
	return output.Write(doc, *format, *out, stdout)
}

// build writes the summary from the embedded records and outline.
func build() (*summary.Document, error) {
	rec, err := summary.Parse(records)
	if err != nil {
		return nil, err
	}
	o, err := summary.ParseOutline(outline)
	if err != nil {
		return nil, err
	}
	b, err := summary.NewBuilder(rec)
	if err != nil {
		return nil, err
	}
	return b.Build(*o)
}
