package research

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// OutputKind is the kind of a result of research or of an activity.
type OutputKind int

// The kinds of output.
const (
	OutputReport      OutputKind = iota + 1 // 调研报告: a report, also 视察报告 and 考察报告
	OutputInstruction                       // 领导批示: a leader's written instruction on a report or item
	OutputAdopted                           // 采纳: a suggestion or item adopted by a department or a higher level
	OutputOther                             // 其他
)

var outputNames = []string{"", "调研报告", "领导批示", "采纳", "其他"}

// String returns the Chinese name of k, or "OutputKind(n)" out of range.
func (k OutputKind) String() string { return enumName(outputNames, "OutputKind", int(k)) }

// IsValid reports whether k is one of the defined kinds.
func (k OutputKind) IsValid() bool { return k >= OutputReport && k <= OutputOther }

// MarshalText writes the exact Chinese name of k.
func (k OutputKind) MarshalText() ([]byte, error) {
	return enumText(outputNames, "成果类型", "OutputKind", int(k))
}

// UnmarshalText accepts exactly the names written by [OutputKind.MarshalText].
func (k *OutputKind) UnmarshalText(b []byte) error {
	n, err := enumParse(outputNames, "成果类型", b)
	if err != nil {
		return err
	}
	*k = OutputKind(n)
	return nil
}

// Output is one result of a research topic or an activity: a report, a
// leader's instruction (批示), an adopted suggestion. Outputs often come
// after the work itself, so their dates are not bound to the parent's.
type Output struct {
	// Kind is the kind of output.
	Kind OutputKind `json:"kind" validate:"required,isvalid" label:"成果类型"`
	// Title names the output: the report's title, the item instructed on.
	Title string `json:"title" validate:"required,max=200" label:"标题"`
	// Date is when it was produced, given or adopted; required for
	// instructions.
	Date lvzhi.Date `json:"date,omitzero" validate:"date" label:"日期"`
	// By is the leader who gave an instruction (区委书记) or the body that
	// adopted the suggestion (市政协); required for instructions.
	By string `json:"by,omitempty" validate:"max=100" label:"批示领导或采纳单位"`
	// Note holds further detail, such as the gist of an instruction.
	Note string `json:"note,omitempty" validate:"max=1000" label:"说明"`
}

// checkOutputs returns the cross-field problems of outs: an instruction
// needs its leader and date.
func checkOutputs(field, label string, outs []Output) lvzhi.ValidationErrors {
	var errs lvzhi.ValidationErrors
	for i, o := range outs {
		if o.Kind != OutputInstruction {
			continue
		}
		f, l := fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i)
		if strings.TrimSpace(o.By) == "" {
			errs = append(errs, lvzhi.FieldError{Field: f + ".By", Label: l + ".批示领导或采纳单位", Rule: "required_if", Message: "领导批示须写明批示领导"})
		}
		if o.Date.IsZero() {
			errs = append(errs, lvzhi.FieldError{Field: f + ".Date", Label: l + ".日期", Rule: "required_if", Message: "领导批示须写明批示日期"})
		}
	}
	return errs
}

// Bound qualifies an approximate [Amount].
type Bound int

// The qualifiers of approximate amounts (GB/T 15835-2011 §4.1: 多 and 余
// follow only a round number).
const (
	About  Bound = iota + 1 // 约: 约50人
	Nearly                  // 近: 近2万字
	More                    // 多: 300多张
	Over                    // 余: 300余张
)

var boundNames = []string{"", "约", "近", "多", "余"}

// String returns the Chinese qualifier, "" for the zero Bound (an exact
// amount), or "Bound(n)" out of range.
func (b Bound) String() string {
	if b == 0 {
		return ""
	}
	return enumName(boundNames, "Bound", int(b))
}

// IsValid reports whether b is one of the qualifiers.
func (b Bound) IsValid() bool { return b >= About && b <= Over }

// MarshalText writes the exact Chinese qualifier.
func (b Bound) MarshalText() ([]byte, error) {
	return enumText(boundNames, "约数限定词", "Bound", int(b))
}

// UnmarshalText accepts exactly the qualifiers written by [Bound.MarshalText].
func (b *Bound) UnmarshalText(t []byte) error {
	n, err := enumParse(boundNames, "约数限定词", t)
	if err != nil {
		return err
	}
	*b = Bound(n)
	return nil
}

// Amount is a count that may be approximate, as office documents give
// them: 近2万字 is Amount{N: 20000, Bound: Nearly}, 300多张 is
// Amount{N: 300, Bound: More}. The zero Amount is unset.
type Amount struct {
	N     int   `json:"n" validate:"gte=0,lte=1000000000" label:"数量"`
	Bound Bound `json:"bound,omitempty" label:"限定词"`
}

// IsZero reports whether a is unset.
func (a Amount) IsZero() bool { return a == Amount{} }

// Text writes a with its unit in the form of GB/T 15835-2011 (see
// [zh.ApproxNumber]): Arabic digits, 万 for whole or one-decimal ten
// thousands, 约/近 before and 多/余 after the number: "近2万字", "300多张",
// "1.5万字", "21条". An amount that breaks the rule — 多 or 余 after a
// number that is not round, as 6512余人次 — is an error, not text.
func (a Amount) Text(unit string) (string, error) {
	s, err := zh.ApproxNumber(a.N, zh.Approx(a.Bound))
	if err != nil {
		return "", fmt.Errorf("research: 数量有误：%w", err)
	}
	return s + unit, nil
}

// checkAmount reports an invalid qualifier, or 多/余 after a number that
// is not round (21多条 is wrong).
func checkAmount(field, label string, a Amount) lvzhi.ValidationErrors {
	switch {
	case a.Bound != 0 && !a.Bound.IsValid():
		return lvzhi.ValidationErrors{{Field: field + ".Bound", Label: label + ".限定词", Rule: "isvalid", Message: "限定词须为约、近、多、余之一"}}
	case (a.Bound == More || a.Bound == Over) && (a.N < 10 || a.N%10 != 0):
		return lvzhi.ValidationErrors{{Field: field, Label: label, Rule: "round", Message: fmt.Sprintf("“多”“余”只能跟在整十、整百等数之后（如20多条），不能用于%d", a.N)}}
	}
	return nil
}
