package proposal

import (
	"cmp"
	"slices"

	"github.com/lvzhi-go/lvzhi"
)

// UnitHandling is one line of a [HandlingTable]: how one 承办单位 handled
// the proposals assigned to it, as counted up to the table's AsOf day.
type UnitHandling struct {
	// Unit is the unit's name: 区发展和改革局.
	Unit string `json:"unit"`
	// Assigned (交办件数) counts the proposals assigned to the unit in any
	// role; Lead those it handles as 主办 or 分办 and owes a reply to,
	// Assist those it helps with as 协办.
	Assigned int `json:"assigned"`
	Lead     int `json:"lead"`
	Assist   int `json:"assist"`
	// Replied (已答复) counts the proposals it handles as lead and has
	// replied to at least once.
	Replied int `json:"replied"`
	// Closed (办结) counts the proposals it handles as lead that are
	// closed.
	Closed int `json:"closed"`
	// Grades counts its replies of the current round by grade, one count
	// per grade of the table's scheme, in the scheme's order.
	Grades []int `json:"grades"`
	// Satisfied, BasicallySatisfied and Unsatisfied count the proposers'
	// latest verdicts on the proposals it handles as lead.
	Satisfied          int `json:"satisfied"`
	BasicallySatisfied int `json:"basically_satisfied"`
	Unsatisfied        int `json:"unsatisfied"`
	// Overdue counts the proposals whose reply from it is overdue.
	Overdue int `json:"overdue"`
}

// SatisfactionRate is the unit's 满意和基本满意率: content verdicts over
// all verdicts on its proposals.
func (u UnitHandling) SatisfactionRate() Rate {
	return Rate{u.Satisfied + u.BasicallySatisfied, u.Satisfied + u.BasicallySatisfied + u.Unsatisfied}
}

// HandlingTable is the 提案办理情况统计表: one line per 承办单位, in a fixed
// order, and their totals. It is data, not text: [HandlingTable.Table]
// lays it out as a table.Table for documents (an attachment of a work
// summary) and spreadsheets.
type HandlingTable struct {
	// Within is the range of submission dates counted, AsOf the day up to
	// which handling is counted.
	Within lvzhi.DateRange `json:"within"`
	AsOf   lvzhi.Date      `json:"as_of"`
	// Grades is the reply grade scheme of the Grades columns.
	Grades GradeScheme `json:"grades"`
	// Units are the lines: units with the most proposals assigned first,
	// then by name (see [HandlingTable.Ordered] for another order).
	Units []UnitHandling `json:"units"`
	// Total adds up every column over the units. A proposal assigned to
	// two units counts for each (件次), so Total.Assigned may exceed the
	// number of proposals assigned.
	Total UnitHandling `json:"total"`
}

// LeadUnits counts the units handling at least one proposal as 主办 or
// 分办: the 11 of 交由11家单位主办.
func (t HandlingTable) LeadUnits() int {
	n := 0
	for _, u := range t.Units {
		if u.Lead > 0 {
			n++
		}
	}
	return n
}

// Ordered returns a copy of t whose units named in names come first, in
// that order (a committee's usual order: 党委、人大、政府 departments …),
// followed by the others in t's order. Names without a line are skipped.
func (t HandlingTable) Ordered(names ...string) HandlingTable {
	rank := func(u UnitHandling) int {
		if i := slices.Index(names, u.Unit); i >= 0 {
			return i
		}
		return len(names)
	}
	t.Units = slices.Clone(t.Units)
	slices.SortStableFunc(t.Units, func(a, b UnitHandling) int { return cmp.Compare(rank(a), rank(b)) })
	return t
}

// Handling returns the handling table of the proposals submitted within
// the range, counting the steps dated asOf or earlier (a zero asOf means
// within.To), under the register's grade scheme.
func (r *Register) Handling(within lvzhi.DateRange, asOf lvzhi.Date) HandlingTable {
	if asOf.IsZero() {
		asOf = within.To
	}
	var ps []*Proposal
	for _, p := range r.list {
		if sub := p.Submitted(); within.Contains(sub) && !sub.After(asOf) {
			ps = append(ps, p)
		}
	}
	t := HandlingOf(ps, r.rules.grades(), asOf)
	t.Within = within
	return t
}

// HandlingOf returns the handling table of the given proposals as of a
// day, under a grade scheme (nil means [DefaultGrades]). Use it for a
// selection of proposals, such as the 重点提案 or one session's.
func HandlingOf(ps []*Proposal, grades GradeScheme, asOf lvzhi.Date) HandlingTable {
	if grades == nil {
		grades = DefaultGrades()
	}
	t := HandlingTable{AsOf: asOf, Grades: grades}
	index := map[string]int{}
	var w walk
	for _, p := range ps {
		w.run(p, asOf)
		for _, wu := range w.units {
			k, ok := index[wu.name]
			if !ok {
				k = len(t.Units)
				index[wu.name] = k
				t.Units = append(t.Units, UnitHandling{Unit: wu.name, Grades: make([]int, len(grades))})
			}
			u := &t.Units[k]
			u.Assigned++
			if !wu.role.Replies() {
				u.Assist++
				continue
			}
			u.Lead++
			count(&u.Replied, wu.everReplied)
			count(&u.Closed, w.closed)
			count(&u.Overdue, !wu.replied && wu.deadline < dayKey(asOf))
			if i := slices.IndexFunc(grades, func(g GradeName) bool { return g.Grade == wu.grade }); wu.replied && i >= 0 {
				u.Grades[i]++
			}
			switch w.verdict {
			case Satisfied:
				u.Satisfied++
			case BasicallySatisfied:
				u.BasicallySatisfied++
			case Unsatisfied:
				u.Unsatisfied++
			}
		}
	}
	slices.SortFunc(t.Units, func(a, b UnitHandling) int {
		return cmp.Or(cmp.Compare(b.Assigned, a.Assigned), cmp.Compare(a.Unit, b.Unit))
	})
	t.Total = UnitHandling{Unit: "合计", Grades: make([]int, len(grades))}
	for _, u := range t.Units {
		t.Total.Assigned += u.Assigned
		t.Total.Lead += u.Lead
		t.Total.Assist += u.Assist
		t.Total.Replied += u.Replied
		t.Total.Closed += u.Closed
		for i, g := range u.Grades {
			t.Total.Grades[i] += g
		}
		t.Total.Satisfied += u.Satisfied
		t.Total.BasicallySatisfied += u.BasicallySatisfied
		t.Total.Unsatisfied += u.Unsatisfied
		t.Total.Overdue += u.Overdue
	}
	return t
}

func count(n *int, b bool) {
	if b {
		*n++
	}
}
