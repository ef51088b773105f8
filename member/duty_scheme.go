package member

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
)

// Rule gives the points a kind of duty earns: Points per unit (negative for
// deductions), and, when Cap is positive, at most Cap points from this kind
// per member and period.
type Rule struct {
	Kind   DutyKind `json:"kind"`
	Points int      `json:"points"`
	Cap    int      `json:"cap,omitempty"`
}

// Grade is a performance grade (考核等次) reached from Min points upwards.
type Grade struct {
	Name string `json:"name"`
	Min  int    `json:"min"`
}

// Scheme is a points scheme for duty performance (履职积分办法): how many
// points each kind of duty earns, and the grades. Committees write their
// own rules; [DefaultScheme] is one modelled on published local rules. A
// kind without a rule earns no points.
//
// Grades are listed from the highest, with strictly decreasing Min; a score
// gets the first grade whose Min it reaches, and a score below every Min
// gets the last grade.
type Scheme struct {
	// Name is the title of the committee's document that sets the scheme
	// (柳州市某区政协委员履职量化积分办法（试行）), cited in 书名号; empty for
	// a scheme that is no document of its own.
	Name   string  `json:"name,omitempty"`
	Rules  []Rule  `json:"rules"`
	Grades []Grade `json:"grades,omitempty"`
}

// DefaultScheme returns a scheme modelled on rules published by several
// city and district committees. It is a documented starting point, not a
// regulation; committees replace it with their own.
//
//	出席全体会议      5 per half-day
//	请假              0
//	无故缺席        −5 per occurrence
//	出席常委会议     10 per meeting, at most 30 per period
//	提交提案          5 per proposal
//	提案立案         15 per proposal
//	重点提案         15 more per proposal
//	大会发言         10 per speech
//	社情民意报送      3 per item
//	社情民意采用     10 per item
//	社情民意获领导批示 15 per item
//	参加调研          5 per activity
//	参加视察          5 per activity
//	参加小组活动      5 per activity
//	其他              2 per meeting or activity, at most 20 per period
//
// 其他 is every other meeting and activity of the committee a member
// takes part in: 主席会议, 联席会议, 座谈会, 培训 such as the 常委学习班,
// visits, work on 文史 books (a book's team or editorial board). The thresholds of the grades are annual: 优秀 90 and above,
// 良好 80–89, 称职 60–79, 不称职 below 60. The scheme has no title (Name
// is empty): it is no committee's document, and text citing it says
// 本会履职积分办法; a committee's own scheme carries its title in Name.
func DefaultScheme() Scheme {
	return Scheme{
		Rules: []Rule{
			{Kind: DutyPlenary, Points: 5},
			{Kind: DutyLeave, Points: 0},
			{Kind: DutyAbsence, Points: -5},
			{Kind: DutyStandingMeeting, Points: 10, Cap: 30},
			{Kind: DutyProposalFiled, Points: 5},
			{Kind: DutyProposalAccepted, Points: 15},
			{Kind: DutyKeyProposal, Points: 15},
			{Kind: DutySpeech, Points: 10},
			{Kind: DutyOpinionSubmitted, Points: 3},
			{Kind: DutyOpinionAdopted, Points: 10},
			{Kind: DutyOpinionEndorsed, Points: 15},
			{Kind: DutyResearch, Points: 5},
			{Kind: DutyInspection, Points: 5},
			{Kind: DutyGroupActivity, Points: 5},
			{Kind: DutyOther, Points: 2, Cap: 20},
		},
		Grades: DefaultGrades(),
	}
}

// DefaultGrades returns 优秀 (≥ 90), 良好 (80–89), 称职 (60–79) and 不称职
// (< 60).
func DefaultGrades() []Grade {
	return []Grade{{"优秀", 90}, {"良好", 80}, {"称职", 60}, {"不称职", 0}}
}

// Validate checks the scheme and returns all problems at once: unknown or
// repeated kinds, negative caps, empty or repeated grade names, grades not
// in strictly decreasing order.
func (s Scheme) Validate() error {
	var errs lvzhi.ValidationErrors
	seen := make([]bool, DutyOther+1)
	for i, r := range s.Rules {
		f, l := fmt.Sprintf("Rules[%d]", i), fmt.Sprintf("积分规则[%d]", i)
		switch {
		case !r.Kind.IsValid():
			errs = append(errs, lvzhi.FieldError{Field: f + ".Kind", Label: l + ".履职类型", Rule: "isvalid",
				Message: fmt.Sprintf("履职类型%s无效", r.Kind)})
		case seen[r.Kind]:
			errs = append(errs, lvzhi.FieldError{Field: f + ".Kind", Label: l + ".履职类型", Rule: "unique",
				Message: fmt.Sprintf("履职类型“%s”的积分规则重复", r.Kind)})
		default:
			seen[r.Kind] = true
		}
		if r.Cap < 0 {
			errs = append(errs, lvzhi.FieldError{Field: f + ".Cap", Label: l + ".上限", Rule: "gte", Param: "0",
				Message: "积分上限不能为负数"})
		}
	}
	for i, g := range s.Grades {
		f, l := fmt.Sprintf("Grades[%d]", i), fmt.Sprintf("等次[%d]", i)
		if strings.TrimSpace(g.Name) == "" {
			errs = append(errs, lvzhi.FieldError{Field: f + ".Name", Label: l + ".名称", Rule: "required", Message: "等次名称为必填字段"})
		}
		for _, h := range s.Grades[:i] {
			if h.Name == g.Name && g.Name != "" {
				errs = append(errs, lvzhi.FieldError{Field: f + ".Name", Label: l + ".名称", Rule: "unique",
					Message: fmt.Sprintf("等次“%s”重复", g.Name)})
			}
		}
		if i > 0 && g.Min >= s.Grades[i-1].Min {
			errs = append(errs, lvzhi.FieldError{Field: f + ".Min", Label: l + ".最低分", Rule: "lt", Param: s.Grades[i-1].Name,
				Message: fmt.Sprintf("等次“%s”的最低分须低于“%s”的最低分", g.Name, s.Grades[i-1].Name)})
		}
	}
	return errs.Err()
}

// Grade returns the grade of a score, or "" if the scheme has no grades.
func (s Scheme) Grade(points int) string {
	for _, g := range s.Grades {
		if points >= g.Min {
			return g.Name
		}
	}
	if n := len(s.Grades); n > 0 {
		return s.Grades[n-1].Name
	}
	return ""
}

// table returns the rule of every kind, indexed by kind.
func (s Scheme) table() []Rule {
	t := make([]Rule, DutyOther+1)
	for _, r := range s.Rules {
		if r.Kind.IsValid() {
			t[r.Kind] = r
		}
	}
	return t
}
