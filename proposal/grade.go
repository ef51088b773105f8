package proposal

import (
	"fmt"
	"strconv"

	"github.com/lvzhi-go/lvzhi"
)

// Grade is the result category a 承办单位 gives its reply (答复类别): A, B,
// C and, where the local scheme has four grades, D. The letter is the
// grade's official name; what each letter means is set by the
// [GradeScheme] in force ([Rules.Grades]).
type Grade int

// The grade letters.
const (
	GradeA Grade = iota + 1 // A
	GradeB                  // B
	GradeC                  // C
	GradeD                  // D
)

var gradeNames = []string{"", "A", "B", "C", "D"}

// String returns the letter ("A"), or "Grade(n)" out of range.
func (g Grade) String() string { return enumName(gradeNames, "Grade", int(g)) }

// IsValid reports whether g is one of the letters A–D. Whether the letter
// is in use depends on the [GradeScheme].
func (g Grade) IsValid() bool { return g >= GradeA && g <= GradeD }

// MarshalText writes the letter.
func (g Grade) MarshalText() ([]byte, error) {
	return enumText(gradeNames, "答复类别", "Grade", int(g))
}

// UnmarshalText accepts only the letters A–D.
func (g *Grade) UnmarshalText(b []byte) error {
	n, err := enumParse(gradeNames, "答复类别", b)
	*g = Grade(n)
	return err
}

// GradeName gives the meaning of one grade in a scheme.
type GradeName struct {
	Grade Grade  `json:"grade"` // the letter
	Name  string `json:"name"`  // its meaning: 解决或采纳
}

// GradeScheme lists the grades a committee uses for replies, in order,
// with their meanings. Build one by hand for local rules; [DefaultGrades]
// and [FourGrades] are the common ones.
type GradeScheme []GradeName

// DefaultGrades returns the three-grade scheme most committees use:
// A 解决或采纳, B 正在解决或列入计划, C 留作参考.
func DefaultGrades() GradeScheme {
	return GradeScheme{
		{GradeA, "解决或采纳"},
		{GradeB, "正在解决或列入计划"},
		{GradeC, "留作参考"},
	}
}

// FourGrades returns a four-grade scheme used in some places:
// A 已经解决或采纳, B 正在解决, C 列入计划逐步解决, D 因条件限制留作参考.
func FourGrades() GradeScheme {
	return GradeScheme{
		{GradeA, "已经解决或采纳"},
		{GradeB, "正在解决"},
		{GradeC, "列入计划逐步解决"},
		{GradeD, "因条件限制留作参考"},
	}
}

// Has reports whether g belongs to s.
func (s GradeScheme) Has(g Grade) bool {
	for _, n := range s {
		if n.Grade == g {
			return true
		}
	}
	return false
}

// Name returns the meaning of g in s ("解决或采纳"), or "" if s lacks g.
func (s GradeScheme) Name(g Grade) string {
	for _, n := range s {
		if n.Grade == g {
			return n.Name
		}
	}
	return ""
}

// Validate reports a scheme that is empty, uses an invalid letter, lists a
// letter twice or leaves a meaning empty.
func (s GradeScheme) Validate() error {
	if len(s) == 0 {
		return &lvzhi.ValueError{What: "答复类别方案", Value: "", Err: fmt.Errorf("%w：至少须有一个类别", lvzhi.ErrRequired)}
	}
	seen := 0
	for i, n := range s {
		bad := func(msg string) error {
			return &lvzhi.ValueError{What: "答复类别方案", Value: "第" + strconv.Itoa(i+1) + "项", Err: fmt.Errorf("%w：%s", lvzhi.ErrOutOfRange, msg)}
		}
		switch {
		case !n.Grade.IsValid():
			return bad("类别须为A、B、C、D之一")
		case seen&(1<<n.Grade) != 0:
			return bad("类别" + n.Grade.String() + "重复")
		case n.Name == "":
			return bad("类别" + n.Grade.String() + "缺少含义")
		}
		seen |= 1 << n.Grade
	}
	return nil
}

// letters returns the letters of s joined with 顿号, for messages.
func (s GradeScheme) letters() string {
	out := ""
	for i, n := range s {
		if i > 0 {
			out += "、"
		}
		out += n.Grade.String()
	}
	return out
}
