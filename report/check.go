package report

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/summary"
)

// checkText reports the first reason why s cannot be written into any of
// the formats, or "" if it can. Tab, line feed and carriage return are
// allowed; every other C0 control character, U+FFFE, U+FFFF and bytes
// that are not UTF-8 are not (an XML or HTML document cannot hold them,
// and the text and Markdown forms refuse the same documents so that a
// document renders in every format or in none).
func checkText(s string) (rule, msg string) {
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

// textChecker collects the text problems of a whole document.
type textChecker struct {
	errs lvzhi.ValidationErrors
}

func (c *textChecker) add(field, label, rule, msg string) {
	c.errs = append(c.errs, lvzhi.FieldError{Field: field, Label: label, Rule: rule, Message: msg})
}

func (c *textChecker) check(field, label, s string) {
	if rule, msg := checkText(s); rule != "" {
		c.add(field, label, rule, msg)
	}
}

func (c *textChecker) paras(field, label string, ps []string) {
	for i, p := range ps {
		c.check(fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i), p)
	}
}

func (c *textChecker) sections(field, label string, ss []summary.Section) {
	for i, s := range ss {
		f, l := fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i)
		c.check(f+".Heading", l+".标题", s.Heading)
		c.paras(f+".Paragraphs", l+".段落", s.Paragraphs)
		c.sections(f+".Subsections", l+".子项", s.Subsections)
	}
}

// check validates d with [summary.Document.Validate], checks the text of
// every field and the options, and returns all problems at once as
// lvzhi.ValidationErrors wrapped with the package prefix.
func check(d *summary.Document, cfg config) error {
	if d == nil {
		return ErrNilDocument
	}
	var c textChecker
	if err := d.Validate(); err != nil {
		var verrs lvzhi.ValidationErrors
		if !errors.As(err, &verrs) {
			return fmt.Errorf("report: 文档无法输出：%w", err)
		}
		c.errs = append(c.errs, verrs...)
	}
	c.check("Title", "标题", d.Title)
	c.paras("Opening", "总述", d.Opening)
	c.sections("Sections", "部分", d.Sections)
	c.check("Shortcomings.Lead", "不足.引语", d.Shortcomings.Lead)
	c.paras("Shortcomings.Items", "不足.事项", d.Shortcomings.Items)
	c.check("Shortcomings.Tail", "不足.结语", d.Shortcomings.Tail)
	c.check("Plans.Heading", "改进.标题", d.Plans.Heading)
	c.check("Plans.Lead", "改进.引语", d.Plans.Lead)
	c.sections("Plans.Items", "改进.事项", d.Plans.Items)
	c.check("Plans.Closing", "改进.结语", d.Plans.Closing)
	c.check("Issuer", "落款", d.Issuer)
	cfg.check(&c)
	if err := c.errs.Err(); err != nil {
		return fmt.Errorf("report: 文档无法输出：%w", err)
	}
	return nil
}
