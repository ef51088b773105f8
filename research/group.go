package research

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
)

// Form is the form of a members' group activity (活动形式).
type Form int

// The forms of group activity.
const (
	FormVisitMembers Form = iota + 1 // 走访委员: visiting members at their enterprises
	FormSurvey                       // 调研: a study visit on a question
	FormSeminar                      // 交流座谈: a seminar or exchange meeting
	FormTour                         // 参观学习: a visit to learn
	FormOther                        // 其他
)

var formNames = []string{"", "走访委员", "调研", "交流座谈", "参观学习", "其他"}

// String returns the Chinese name of f, or "Form(n)" out of range.
func (f Form) String() string { return enumName(formNames, "Form", int(f)) }

// IsValid reports whether f is one of the defined forms.
func (f Form) IsValid() bool { return f >= FormVisitMembers && f <= FormOther }

// MarshalText writes the exact Chinese name of f.
func (f Form) MarshalText() ([]byte, error) {
	return enumText(formNames, "活动形式", "Form", int(f))
}

// UnmarshalText accepts exactly the names written by [Form.MarshalText].
func (f *Form) UnmarshalText(b []byte) error {
	n, err := enumParse(formNames, "活动形式", b)
	if err != nil {
		return err
	}
	*f = Form(n)
	return nil
}

// GroupActivity is an activity of one or more members' groups (委员活动小组),
// or of the committee's office with members: 科技组 and 社会组 may act
// jointly; visits of members' enterprises are recorded here too.
type GroupActivity struct {
	Base
	// Groups are the groups acting, by name: 科技组, 社会组. Empty when
	// the committee's office organised the activity.
	Groups []string `json:"groups,omitempty" validate:"dive,required,max=50" label:"委员小组"`
	// Form is the form of the activity.
	Form Form `json:"form" validate:"required,isvalid" label:"活动形式"`
	// Place is where it took place: 广西科技大学计算机与通信学院.
	Place string `json:"place,omitempty" validate:"max=100" label:"地点"`
	// Visited are the members visited, when recorded one by one.
	Visited []lvzhi.MemberID `json:"visited,omitempty" validate:"dive,required" label:"走访委员"`
	// VisitedCount is the number of members visited, when only the number
	// is known; with Visited set too it must equal len(Visited).
	VisitedCount int `json:"visited_count,omitempty" validate:"gte=0,lte=10000" label:"走访人数"`
	// NonPublic marks visits of members working in the non-public economy
	// (非公企业政协委员).
	NonPublic bool `json:"non_public,omitempty" label:"非公企业委员"`
}

// Kind returns [KindGroup].
func (GroupActivity) Kind() Kind { return KindGroup }
func (GroupActivity) activity()  {}

// Visits returns the number of members visited: VisitedCount, or the
// length of Visited when no count is given.
func (a GroupActivity) Visits() int {
	if a.VisitedCount > 0 {
		return a.VisitedCount
	}
	return len(a.Visited)
}

// Validate returns every problem with a as [lvzhi.ValidationErrors], or nil.
func (a GroupActivity) Validate() error {
	return validateActivity(a, a.Base, func(p *problems) {
		if a.VisitedCount > 0 && len(a.Visited) > 0 && a.VisitedCount != len(a.Visited) {
			p.add("VisitedCount", "走访人数", "eqfield", fmt.Sprintf("走访人数%d与走访委员名单%d人不符", a.VisitedCount, len(a.Visited)))
		}
		if a.NonPublic && a.Visits() == 0 {
			p.add("VisitedCount", "走访人数", "required_if", "走访非公企业委员须填写走访人数或名单")
		}
	})
}
