package docx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report/internal/textcheck"
	"github.com/lvzhi-go/lvzhi/summary"
)

// Fonts names the typefaces of the document. The defaults are the ones
// GB/T 9704-2012 prescribes; see [DefaultFonts]. A font name is written
// into the file as given: Word, WPS and LibreOffice substitute a font that
// is not installed (the package writes substitution hints for the default
// names into word/fontTable.xml).
type Fonts struct {
	// Title is the font of the title (方正小标宋简体).
	Title string
	// Body is the font of the body text and of level-3 and level-4
	// headings (仿宋_GB2312).
	Body string
	// Heading1 is the font of level-1 headings (黑体).
	Heading1 string
	// Heading2 is the font of level-2 headings (楷体_GB2312).
	Heading2 string
	// PageNumber is the font of the page numbers (宋体).
	PageNumber string
	// Latin is the font of Latin letters and Arabic digits in the body and
	// headings (Times New Roman).
	Latin string
}

// DefaultFonts returns the fonts of GB/T 9704-2012: title 方正小标宋简体,
// body 仿宋_GB2312, level-1 headings 黑体, level-2 headings 楷体_GB2312, page
// numbers 宋体, Latin text Times New Roman.
func DefaultFonts() Fonts {
	return Fonts{
		Title:      "方正小标宋简体",
		Body:       "仿宋_GB2312",
		Heading1:   "黑体",
		Heading2:   "楷体_GB2312",
		PageNumber: "宋体",
		Latin:      "Times New Roman",
	}
}

// config is the result of the options.
type config struct {
	fonts       Fonts
	pageNumbers bool
}

// Option changes how [Write] lays out a document.
type Option func(*config)

// WithFonts replaces the default fonts by the non-empty fields of f; empty
// fields keep their defaults. Use it where the official fonts are replaced
// by others, for example 方正仿宋_GBK for the body.
func WithFonts(f Fonts) Option {
	return func(c *config) {
		set := func(dst *string, v string) {
			if v != "" {
				*dst = v
			}
		}
		set(&c.fonts.Title, f.Title)
		set(&c.fonts.Body, f.Body)
		set(&c.fonts.Heading1, f.Heading1)
		set(&c.fonts.Heading2, f.Heading2)
		set(&c.fonts.PageNumber, f.PageNumber)
		set(&c.fonts.Latin, f.Latin)
	}
}

// WithoutPageNumbers leaves out the footers with page numbers, for a
// one-page document or one that is inserted into another.
func WithoutPageNumbers() Option {
	return func(c *config) { c.pageNumbers = false }
}

// ErrNilDocument is returned by [Write] when the document is nil.
var ErrNilDocument = errors.New("docx: 文档不能为空")

// Write writes d to w as a DOCX (WordprocessingML) file in the layout of
// GB/T 9704-2012.
//
// It first checks d with [summary.Document.Validate] and checks every text
// field and font name for characters an XML file cannot hold; all problems
// are returned at once as [lvzhi.ValidationErrors] (wrapped: use
// [errors.As]). The whole file is built in memory and written to w with a
// single Write call, so on any validation or layout error nothing at all
// is written to w. The same document and options always give the same
// bytes.
func Write(w io.Writer, d *summary.Document, opts ...Option) error {
	if d == nil {
		return ErrNilDocument
	}
	cfg := config{fonts: DefaultFonts(), pageNumbers: true}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if err := check(d, &cfg); err != nil {
		return fmt.Errorf("docx: 文档无法写出：%w", err)
	}
	parts, err := buildParts(d, &cfg)
	if err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	var buf bytes.Buffer
	if err := writeZip(&buf, parts); err != nil {
		return fmt.Errorf("docx: 打包失败：%w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("docx: 写出失败：%w", err)
	}
	return nil
}

// check validates the structure of d and the text of every field and font
// name, returning all problems as one lvzhi.ValidationErrors.
func check(d *summary.Document, cfg *config) error {
	errs, err := textcheck.Document(d)
	if err != nil {
		return err
	}
	f := cfg.fonts
	for _, fn := range []struct{ field, label, name string }{
		{"Fonts.Title", "字体.标题", f.Title},
		{"Fonts.Body", "字体.正文", f.Body},
		{"Fonts.Heading1", "字体.一级标题", f.Heading1},
		{"Fonts.Heading2", "字体.二级标题", f.Heading2},
		{"Fonts.PageNumber", "字体.页码", f.PageNumber},
		{"Fonts.Latin", "字体.西文", f.Latin},
	} {
		errs = textcheck.Field(errs, fn.field, fn.label, fn.name)
		if containsControl(fn.name) {
			errs = append(errs, lvzhi.FieldError{Field: fn.field, Label: fn.label, Rule: "fontname", Message: "字体名称不能含有制表符或换行符"})
		}
	}
	return errs.Err()
}

// containsControl reports whether s holds a tab or line break, which text
// fields may contain but font names may not.
func containsControl(s string) bool {
	return strings.ContainsAny(s, "\t\r\n")
}
