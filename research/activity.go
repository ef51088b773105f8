package research

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Kind is the kind of an [Activity]. It is the "kind" member of an
// activity's JSON object in [Activities].
type Kind int

// The kinds of activity.
const (
	KindInspection  Kind = iota + 1 // 视察: [Inspection]
	KindTraining                    // 培训: [Training]
	KindExchange                    // 联谊交流: [Exchange]
	KindPublication                 // 文史: [Publication]
	KindGroup                       // 委员小组活动: [GroupActivity]
	KindOpinion                     // 社情民意: [OpinionWork]
	KindForum                       // 座谈会: [Forum]
	KindOther                       // 其他: [Other]
)

var kindNames = []string{"", "视察", "培训", "联谊交流", "文史", "委员小组活动", "社情民意", "座谈会", "其他"}

// String returns the Chinese name of k, or "Kind(n)" out of range.
func (k Kind) String() string { return enumName(kindNames, "Kind", int(k)) }

// IsValid reports whether k is one of the defined kinds.
func (k Kind) IsValid() bool { return k >= KindInspection && k <= KindOther }

// MarshalText writes the exact Chinese name of k.
func (k Kind) MarshalText() ([]byte, error) {
	return enumText(kindNames, "活动类型", "Kind", int(k))
}

// UnmarshalText accepts exactly the names written by [Kind.MarshalText].
func (k *Kind) UnmarshalText(b []byte) error {
	n, err := enumParse(kindNames, "活动类型", b)
	if err != nil {
		return err
	}
	*k = Kind(n)
	return nil
}

// Activity is the small interface every activity record satisfies. The set
// of implementations is closed (the unexported method): [Inspection],
// [Training], [Exchange], [Publication], [GroupActivity], [OpinionWork],
// [Forum] and [Other], each used as a value.
type Activity interface {
	// ActivityID returns the activity's ID.
	ActivityID() lvzhi.ActivityID
	// Kind returns the activity's kind.
	Kind() Kind
	// When returns the days the activity took.
	When() lvzhi.DateRange
	// Participants returns the members who took part.
	Participants() []lvzhi.MemberID
	// Description returns the activity's name as written in running text.
	Description() string
	// Outputs returns the activity's results.
	Outputs() []Output
	// Validate returns every problem with the record as
	// [lvzhi.ValidationErrors], or nil.
	Validate() error

	activity()
}

// Base holds the fields every activity has. It is embedded in each
// activity type; its fields appear at the top level of the JSON object.
type Base struct {
	// ID identifies the activity.
	ID lvzhi.ActivityID `json:"id" validate:"required" label:"编号"`
	// Title is the activity's name in running text, without quotation
	// marks or book-title marks: 常委学习班, 鱼跃南潭漾千年·某区十胜概览.
	Title string `json:"title" validate:"required,max=200" label:"名称"`
	// Dates is the range of days the activity took. When only the month or
	// half year is known, it is that whole month or half year.
	Dates lvzhi.DateRange `json:"dates" validate:"required,daterange" label:"日期"`
	// Members are the members who took part.
	Members []lvzhi.MemberID `json:"members,omitempty" validate:"dive,required" label:"参加委员"`
	// Note holds any further description.
	Note string `json:"note,omitempty" validate:"max=1000" label:"说明"`
	// Results are the activity's outputs: reports, instructions, adopted
	// items.
	Results []Output `json:"outputs,omitempty" validate:"dive" label:"成果"`
}

// ActivityID returns b.ID.
func (b Base) ActivityID() lvzhi.ActivityID { return b.ID }

// When returns b.Dates.
func (b Base) When() lvzhi.DateRange { return b.Dates }

// Participants returns b.Members.
func (b Base) Participants() []lvzhi.MemberID { return b.Members }

// Description returns b.Title.
func (b Base) Description() string { return b.Title }

// Outputs returns b.Results.
func (b Base) Outputs() []Output { return b.Results }

// FirstYear is the earliest year an activity may be dated: the CPPCC held
// its first plenary session in September 1949.
const FirstYear = 1949

// MaxActivityDays is the longest span of days one activity may take: five
// years, a committee's term. Longer is a mistyped date (0001–9999), and such
// an activity would otherwise fall out of every period's summary.
const MaxActivityDays = 5*365 + 2

// check returns the cross-field problems of b: dates from 1949 on and at
// most [MaxActivityDays] long, outputs with leader and date for
// instructions.
func (b Base) check() lvzhi.ValidationErrors {
	errs := checkOutputs("Results", "成果", b.Results)
	if d := b.Dates; d.IsValid() {
		switch {
		case d.From.Year < FirstYear:
			errs = append(errs, lvzhi.FieldError{Field: "Dates", Label: "日期", Rule: "year",
				Message: fmt.Sprintf("日期%s早于%d年，不是政协活动的日期", zh.DateRange(d), FirstYear)})
		case d.From.DaysUntil(d.To) >= MaxActivityDays:
			errs = append(errs, lvzhi.FieldError{Field: "Dates", Label: "日期", Rule: "span",
				Message: fmt.Sprintf("日期%s跨度超过5年，一项活动不会持续这样久，请核对起止日期", zh.DateRange(d))})
		}
	}
	return errs
}

// problems collects cross-field errors of one record.
type problems struct{ errs lvzhi.ValidationErrors }

func (p *problems) add(field, label, rule, msg string) {
	p.errs = append(p.errs, lvzhi.FieldError{Field: field, Label: label, Rule: rule, Message: msg})
}

// within checks that the optional range r (at path field/label) is valid
// and lies within parent.
func (p *problems) within(field, label string, r, parent lvzhi.DateRange, parentName string) {
	switch {
	case r.IsZero():
	case !r.IsValid():
		p.add(field, label, "daterange", label+"须为有效日期且开始不晚于结束")
	case parent.IsValid() && !parent.ContainsRange(r):
		p.add(field, label, "within", fmt.Sprintf("日期%s不在%s（%s）之内", zh.DateRange(r), parentName, zh.DateRange(parent)))
	}
}

// validateActivity runs the shared validator on v, then the checks of
// its Base b, then the extra checks of its type.
func validateActivity(v any, b Base, extra func(p *problems)) error {
	errs, err := structErrors(v)
	if err != nil {
		return err
	}
	p := problems{errs: errs}
	p.errs = append(p.errs, b.check()...)
	if extra != nil {
		extra(&p)
	}
	return p.errs.Err()
}
