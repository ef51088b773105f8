// Package output writes a summary in the format an example's -format
// flag names, to a file or to standard output: the part the example
// programs share.
package output

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/summary"
)

// renderers maps each format name to its renderer.
var renderers = map[string]func(io.Writer, *summary.Document) error{
	"text": func(w io.Writer, d *summary.Document) error { return report.Text(w, d) },
	"md":   func(w io.Writer, d *summary.Document) error { return report.Markdown(w, d) },
	"html": func(w io.Writer, d *summary.Document) error { return report.HTML(w, d) },
	"docx": func(w io.Writer, d *summary.Document) error { return docx.Write(w, d) },
}

// Check reports whether format and path go together before any work is
// done: the format must be text, md, html or docx, and docx needs a path.
func Check(format, path string) error {
	if _, ok := renderers[format]; !ok {
		return fmt.Errorf("unknown -format %q: want text, md, html or docx", format)
	}
	if format == "docx" && path == "" {
		return errors.New("-format docx writes a binary file: give -o FILE")
	}
	return nil
}

// Write renders d in format and writes it to the file at path, or to
// stdout when path is empty. Nothing is written when rendering fails.
func Write(d *summary.Document, format, path string, stdout io.Writer) error {
	if err := Check(format, path); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := renderers[format](&buf, d); err != nil {
		return err
	}
	if path == "" {
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
