// Package textcheck decides whether text can be written into the output
// formats of package report and report/docx, so that a document renders in
// every format or in none.
package textcheck

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/summary"
)

// Check reports the first reason why s cannot be written into an XML 1.0
// document (HTML, DOCX), or "" if it can. Tab, line feed and carriage
// return are allowed; every other C0 control character, U+FFFE, U+FFFF and
// bytes that are not UTF-8 (including encoded lone surrogates) are not.
// The message is Chinese and names the character's position.
func Check(s string) (rule, msg string) {
	pos := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		pos++
		switch {
		case r == utf8.RuneError && size == 1:
			return "utf8", fmt.Sprintf("第%d个字符处含有无效的UTF-8字节0x%02X", pos, s[i])
		case r == '\t' || r == '\n' || r == '\r':
		case r < 0x20:
			return "xmlchar", fmt.Sprintf("第%d个字符是控制字符U+%04X，不能写入文档", pos, r)
		case r == 0xFFFE || r == 0xFFFF:
			return "xmlchar", fmt.Sprintf("第%d个字符是非字符U+%04X，不能写入文档", pos, r)
		}
		i += size
	}
	return "", ""
}

// Document checks the structure of d ([summary.Document.Validate]) and the
// text of every field ([summary.Document.Texts]) and returns all problems
// at once. An error other than validation errors is returned as is.
func Document(d *summary.Document) (lvzhi.ValidationErrors, error) {
	var errs lvzhi.ValidationErrors
	if err := d.Validate(); err != nil {
		var verrs lvzhi.ValidationErrors
		if !errors.As(err, &verrs) {
			return nil, err
		}
		errs = append(errs, verrs...)
	}
	for t := range d.Texts() {
		errs = Field(errs, t.Field, t.Label, t.Value)
	}
	return errs, nil
}

// Field appends to errs the problem of one text, if any.
func Field(errs lvzhi.ValidationErrors, field, label, s string) lvzhi.ValidationErrors {
	if rule, msg := Check(s); rule != "" {
		errs = append(errs, lvzhi.FieldError{Field: field, Label: label, Rule: rule, Message: msg})
	}
	return errs
}
