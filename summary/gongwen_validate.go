package summary

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/table"
)

// numberForm is a 发文字号 in the form GB/T 9704-2012 §7.2.4 prescribes:
// the issuer's code, the year in full inside 六角括号, the serial number
// and 号.
var numberForm = regexp.MustCompile(`^(\S+?)〔([0-9]{4})〕([1-9][0-9]*)号$`)

// wrongBrackets finds a year in brackets other than 六角括号: [2022]
// 【2022】 (2022) （2022） 〈2022〉 <2022> {2022} 〔2022].
var wrongBrackets = regexp.MustCompile(`[\[【(（〈<{〔]\s*([0-9]{2,4})\s*[\]】)）〉>}〕]`)

var (
	secrecyLevels = []string{"绝密", "机密", "秘密"}
	urgencies     = []string{"特急", "加急", "平急", "特提"}
)

// validateOfficial checks the 公文 elements: the 版头, the attachments and
// the 版记.
func (d *Document) validateOfficial() lvzhi.ValidationErrors {
	var errs lvzhi.ValidationErrors
	add := func(field, label, rule, msg string) {
		errs = append(errs, lvzhi.FieldError{Field: field, Label: label, Rule: rule, Message: msg})
	}
	h := d.Head
	if !h.IsZero() && strings.TrimSpace(h.Mark) == "" {
		add("Head.Mark", "版头.发文机关标志", "required", "有版头时发文机关标志为必填字段")
	}
	if h.Copy != "" && !sixDigits(h.Copy) {
		add("Head.Copy", "版头.份号", "len", fmt.Sprintf("份号应为6位阿拉伯数字（如000001），实为%q", h.Copy))
	}
	if h.Secrecy != "" && !hasAnyPrefix(h.Secrecy, secrecyLevels) {
		add("Head.Secrecy", "版头.密级和保密期限", "oneof", fmt.Sprintf("密级应为绝密、机密或秘密（保密期限用★隔开，如秘密★1年），实为%q", h.Secrecy))
	}
	if h.Urgency != "" && !oneOf(h.Urgency, urgencies) {
		add("Head.Urgency", "版头.紧急程度", "oneof", fmt.Sprintf("紧急程度应为特急或加急（电报另有平急、特提），实为%q", h.Urgency))
	}
	if h.Number != "" {
		if msg := checkNumber(h.Number); msg != "" {
			add("Head.Number", "版头.发文字号", "docnumber", msg)
		}
	}
	if len(h.Signers) > 0 && h.Number == "" {
		add("Head.Signers", "版头.签发人", "required_with", "有签发人时须有发文字号（二者同在一行）")
	}
	for i, s := range h.Signers {
		if strings.TrimSpace(s) == "" {
			add(fmt.Sprintf("Head.Signers[%d]", i), fmt.Sprintf("版头.签发人[%d]", i), "required", "签发人姓名不能为空")
		}
	}
	for i, a := range d.Attachments {
		f, l := fmt.Sprintf("Attachments[%d]", i), fmt.Sprintf("附件%d", i+1)
		title := strings.TrimSpace(a.Title)
		switch {
		case title == "":
			add(f+".Title", l+".标题", "required", "附件标题为必填字段")
		case strings.ContainsAny(lastRune(title), "。，；：、.,;:！？!?"):
			add(f+".Title", l+".标题", "punct", fmt.Sprintf("附件名称后不加标点符号：应写作%q", strings.TrimRight(title, "。，；：、.,;:！？!?")))
		}
		if len(a.Paragraphs) == 0 && len(a.Tables) == 0 {
			add(f, l, "required", "附件没有内容：须有文字或表格")
		}
		for j, p := range a.Paragraphs {
			if strings.TrimSpace(p) == "" {
				add(fmt.Sprintf("%s.Paragraphs[%d]", f, j), fmt.Sprintf("%s.段落[%d]", l, j), "required", "段落不能为空")
			}
		}
		errs = append(errs, checkTables(f+".Tables", l+".表格", a.Tables)...)
	}
	r := d.Record
	for i, c := range r.CC {
		if strings.TrimSpace(c) == "" {
			add(fmt.Sprintf("Record.CC[%d]", i), fmt.Sprintf("版记.抄送机关[%d]", i), "required", "抄送机关不能为空")
		}
	}
	if r.Printer != "" && r.Printed.IsZero() {
		add("Record.Printed", "版记.印发日期", "required_with", "有印发机关时印发日期为必填字段")
	}
	if !r.Printed.IsZero() && strings.TrimSpace(r.Printer) == "" {
		add("Record.Printer", "版记.印发机关", "required_with", "有印发日期时印发机关为必填字段")
	}
	if !r.Printed.IsZero() && !r.Printed.IsValid() {
		add("Record.Printed", "版记.印发日期", "date", "印发日期无效")
	}
	return errs
}

// checkNumber returns what is wrong with a 发文字号, with the fix, or "".
func checkNumber(n string) string {
	if numberForm.MatchString(n) {
		return ""
	}
	const form = "发文字号由机关代字、用六角括号〔〕括入的年份和序号组成，序号不加“第”字、不编虚位，如区政协发〔2022〕12号"
	fixed := n
	if m := wrongBrackets.FindStringSubmatchIndex(n); m != nil && !strings.Contains(n[m[0]:m[1]], "〔"+n[m[2]:m[3]]+"〕") {
		year := n[m[2]:m[3]]
		fixed = n[:m[0]] + "〔" + year + "〕" + n[m[1]:]
	}
	if i := strings.Index(fixed, "〕第"); i >= 0 {
		fixed = fixed[:i] + "〕" + fixed[i+len("〕第"):]
	}
	if i := strings.Index(fixed, "〕"); i >= 0 {
		rest := fixed[i+len("〕"):]
		trimmed := strings.TrimLeft(rest, "0")
		if trimmed != rest && trimmed != "" && trimmed[0] >= '1' && trimmed[0] <= '9' {
			fixed = fixed[:i+len("〕")] + trimmed
		}
	}
	if fixed != n && numberForm.MatchString(fixed) {
		return fmt.Sprintf("%q不合规范：%s；应写作%q", n, form, fixed)
	}
	if m := regexp.MustCompile(`〔([0-9]{1,3})〕`).FindStringSubmatch(n); m != nil {
		return fmt.Sprintf("%q的年份应写全4位（如〔2022〕，不写〔%s〕）", n, m[1])
	}
	return fmt.Sprintf("%q不合规范：%s", n, form)
}

// checkTables validates tables, naming each by its index.
func checkTables(field, label string, ts []table.Table) lvzhi.ValidationErrors {
	var errs lvzhi.ValidationErrors
	for i, t := range ts {
		if err := t.Validate(); err != nil {
			if verrs, ok := err.(lvzhi.ValidationErrors); ok {
				errs = append(errs, verrs.Prefix(fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i))...)
			}
		}
	}
	return errs
}

func sixDigits(s string) bool {
	if len(s) != 6 {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func oneOf(s string, ss []string) bool {
	for _, x := range ss {
		if s == x {
			return true
		}
	}
	return false
}

func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}
