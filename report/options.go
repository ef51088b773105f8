package report

import (
	"errors"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report/internal/textcheck"
)

// ErrNilDocument is returned by the renderers when the document is nil.
var ErrNilDocument = errors.New("report: 文档不能为空")

// DefaultIndent is the first-line indent of paragraphs and headings in
// plain text: two ideographic spaces (U+3000), the two-character indent
// of Chinese official documents.
const DefaultIndent = "\u3000\u3000"

// config is the result of the options.
type config struct {
	indent     string
	stylesheet string
}

// Option changes how a renderer writes a document. An option that does
// not concern a format is ignored by it, so one list of options can be
// passed to every renderer; an invalid option (see [WithIndent] and
// [WithStylesheet]) is reported by every renderer, with the document's
// own problems.
type Option func(*config)

// WithIndent sets the first-line indent of paragraphs and headings in
// [Text], [DefaultIndent] by default; "" writes every line flush left, and
// "    " (four ASCII spaces) suits terminals that show U+3000 badly. The
// indent must not contain a line break or another control character.
func WithIndent(s string) Option {
	return func(c *config) { c.indent = s }
}

// WithStylesheet replaces the CSS of [HTML], [DefaultStylesheet] by
// default; "" leaves the style element out. To add rules, pass
// DefaultStylesheet followed by them. The CSS is written as it is, so it
// must not contain "<" (which could end the style element early).
func WithStylesheet(css string) Option {
	return func(c *config) { c.stylesheet = css }
}

// newConfig applies opts to the defaults; nil options are skipped.
func newConfig(opts []Option) config {
	c := config{indent: DefaultIndent, stylesheet: DefaultStylesheet}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// check appends the problems of the options to errs.
func (c config) check(errs lvzhi.ValidationErrors) lvzhi.ValidationErrors {
	errs = textcheck.Field(errs, "Indent", "缩进", c.indent)
	if strings.ContainsAny(c.indent, "\t\r\n") {
		errs = append(errs, fieldError("Indent", "缩进", "indent", "缩进不能含有制表符或换行符"))
	}
	errs = textcheck.Field(errs, "Stylesheet", "样式表", c.stylesheet)
	if strings.Contains(c.stylesheet, "<") {
		errs = append(errs, fieldError("Stylesheet", "样式表", "css", "样式表不能含有“<”"))
	}
	return errs
}
