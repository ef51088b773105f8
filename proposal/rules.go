package proposal

import (
	"slices"

	"github.com/lvzhi-go/lvzhi"
)

// Defaults used by the zero [Rules].
const (
	// DefaultTitleMax is the longest 案由, in characters (runes).
	DefaultTitleMax = 50
	// DefaultDeadlineMonths is the time a unit has to reply, counted from
	// 交办 (三个月内答复).
	DefaultDeadlineMonths = 3
)

// Rules holds the local rules a committee applies to its proposals. The
// zero Rules is the common practice: 案由 of at most 50 characters, the six
// [DefaultCategories], replies due three months after 交办, the
// three-grade [DefaultGrades] and unpadded numbers (第23号).
//
// Rules is a plain value: a [Proposal] made by [Rules.New] or decoded by
// [Rules.Decode] keeps a copy, and a [Register] holds the one it validates
// against. There is no global setting.
type Rules struct {
	// TitleMax is the longest 案由 in characters; 0 means DefaultTitleMax.
	TitleMax int `json:"title_max,omitzero"`
	// Categories lists the categories in use, in reporting order; nil
	// means DefaultCategories. To extend the defaults, append to them.
	Categories []Category `json:"categories,omitempty"`
	// DeadlineMonths is the default time to reply, in months after 交办;
	// 0 means DefaultDeadlineMonths. A unit given its own deadline keeps
	// it.
	DeadlineMonths int `json:"deadline_months,omitzero"`
	// Grades is the reply grade scheme; nil means DefaultGrades.
	Grades GradeScheme `json:"grades,omitempty"`
	// Number writes proposal numbers in messages and reports.
	Number NumberFormat `json:"number,omitzero"`
}

// Effective returns r with every unset field replaced by the default it
// stands for: TitleMax [DefaultTitleMax], Categories [DefaultCategories],
// DeadlineMonths [DefaultDeadlineMonths], Grades [DefaultGrades]. The
// result behaves exactly as r does; it is what to show a user who asks
// which rules apply (Rules{}.Grades is nil, Rules{}.Effective().Grades is
// the three grades A, B and C). The slices are copies.
func (r Rules) Effective() Rules {
	r.TitleMax = r.titleMax()
	r.Categories = slices.Clone(r.categories())
	if r.DeadlineMonths <= 0 {
		r.DeadlineMonths = DefaultDeadlineMonths
	}
	r.Grades = slices.Clone(r.grades())
	return r
}

func (r Rules) titleMax() int {
	if r.TitleMax > 0 {
		return r.TitleMax
	}
	return DefaultTitleMax
}

func (r Rules) categories() []Category {
	if r.Categories != nil {
		return r.Categories
	}
	return DefaultCategories()
}

func (r Rules) grades() GradeScheme {
	if r.Grades != nil {
		return r.Grades
	}
	return DefaultGrades()
}

// HasCategory reports whether c is one of the categories in use.
func (r Rules) HasCategory(c Category) bool {
	if r.Categories == nil {
		return slices.Contains(DefaultCategories(), c)
	}
	return slices.Contains(r.Categories, c)
}

// Deadline returns the default reply deadline for a proposal assigned on
// d: d plus DeadlineMonths months, the day clamped to the month's end
// ([lvzhi.Date.AddMonths]).
func (r Rules) Deadline(d lvzhi.Date) lvzhi.Date {
	m := r.DeadlineMonths
	if m <= 0 {
		m = DefaultDeadlineMonths
	}
	return d.AddMonths(m)
}
