package report

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/report/internal/textcheck"
	"github.com/lvzhi-go/lvzhi/summary"
)

// check validates d with [summary.Document.Validate], checks the text of
// every field and the options, and returns all problems at once as
// lvzhi.ValidationErrors wrapped with the package prefix. Text that an XML
// or HTML document cannot hold is refused by the text and Markdown forms
// too, so that a document renders in every format or in none.
func check(d *summary.Document, cfg config) error {
	if d == nil {
		return ErrNilDocument
	}
	errs, err := textcheck.Document(d)
	if err != nil {
		return fmt.Errorf("report: 文档无法输出：%w", err)
	}
	errs = cfg.check(errs)
	if err := errs.Err(); err != nil {
		return fmt.Errorf("report: 文档无法输出：%w", err)
	}
	return nil
}

// fieldError is a shorthand for one option problem.
func fieldError(field, label, rule, msg string) lvzhi.FieldError {
	return lvzhi.FieldError{Field: field, Label: label, Rule: rule, Message: msg}
}
