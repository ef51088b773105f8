package proposal

import (
	"errors"
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi"
)

// Register is the list of a committee's proposals. It checks each proposal
// on the way in (record fields under its [Rules], reply grades against its
// grade scheme, numbers unique within a term), finds proposals by number
// and by [Filter], and computes [Statistics].
//
// The zero Register is empty and uses the zero Rules. A proposal in a
// Register may go on changing state through its methods, but its Number
// and Term must not be changed once added.
type Register struct {
	rules Rules
	list  []*Proposal
	index map[regKey]int
}

type regKey struct{ term, number int }

// NewRegister returns an empty register that checks proposals under rules.
func NewRegister(rules Rules) *Register { return &Register{rules: rules} }

// Rules returns the rules r checks proposals under, as given to
// [NewRegister]: unset fields stay zero. [Register.EffectiveRules] gives
// the defaults they stand for.
func (r *Register) Rules() Rules { return r.rules }

// EffectiveRules returns the rules r applies, with the defaults filled in
// ([Rules.Effective]): EffectiveRules().Grades lists the grades in use
// even under the zero Rules.
func (r *Register) EffectiveRules() Rules { return r.rules.Effective() }

// Len returns the number of proposals in r.
func (r *Register) Len() int { return len(r.list) }

// All returns the proposals in the order they were added.
func (r *Register) All() []*Proposal { return slices.Clone(r.list) }

// Get returns the proposal numbered number in term, if r holds one.
func (r *Register) Get(term, number int) (*Proposal, bool) {
	i, ok := r.index[regKey{term, number}]
	if !ok {
		return nil, false
	}
	return r.list[i], true
}

// Add adds p. It returns [lvzhi.ValidationErrors] if p's record breaks
// r's rules or a reply in its history uses a grade outside r's scheme, an
// error wrapping [ErrDuplicate] if r already holds a proposal with p's
// term and number, and an error wrapping [lvzhi.ErrRequired] for a nil
// proposal or one without history. Nothing is added on error.
func (r *Register) Add(p *Proposal) error {
	if p == nil || len(p.steps) == 0 {
		return &lvzhi.ValueError{What: "提案", Value: "", Err: fmt.Errorf("%w：提案为空或没有办理记录，请用 New 创建", lvzhi.ErrRequired)}
	}
	var errs lvzhi.ValidationErrors
	if err := r.rules.Validate(p.Record); err != nil && !errors.As(err, &errs) {
		return err
	}
	scheme := r.rules.grades()
	for i, s := range p.steps {
		if s.Action == ActionReply && !scheme.Has(s.Grade) {
			errs = append(errs, lvzhi.FieldError{
				Field: fmt.Sprintf("History[%d].Grade", i), Label: fmt.Sprintf("办理记录[%d].答复类别", i),
				Rule: "oneof", Param: scheme.letters(),
				Message: fmt.Sprintf("答复类别“%s”不在本会的类别方案中，应为%s之一", s.Grade, scheme.letters())})
		}
	}
	if err := errs.Err(); err != nil {
		return err
	}
	k := regKey{p.Term, p.Number}
	if _, dup := r.index[k]; dup {
		return &lvzhi.ValueError{What: "提案号", Value: fmt.Sprintf("第%d届%s", p.Term, r.rules.Number.Format(p.Number)), Err: ErrDuplicate}
	}
	if r.index == nil {
		r.index = make(map[regKey]int)
	}
	r.index[k] = len(r.list)
	r.list = append(r.list, p)
	return nil
}

// Filter selects proposals in [Register.Find]. Every field left zero
// matches everything; the fields set must all match.
type Filter struct {
	// Term keeps proposals of this term.
	Term int
	// States keeps proposals in any of these states.
	States []State
	// Category keeps proposals of this category.
	Category Category
	// Sector keeps proposals whose proposer's sector has this name.
	Sector string
	// Unit keeps proposals ever assigned to this unit, in any role.
	Unit string
	// Key keeps 重点提案 only.
	Key bool
	// Submitted keeps proposals submitted within this range.
	Submitted lvzhi.DateRange
	// OverdueOn keeps proposals with a unit overdue on this day
	// ([Proposal.Overdue]).
	OverdueOn lvzhi.Date
	// Kind keeps 大会提案 ([Plenary]) or 平时提案 ([Regular]) only.
	Kind Kind
	// Session keeps the 大会提案 of this plenary session.
	Session lvzhi.SessionID
}

// Match reports whether p passes f.
func (f Filter) Match(p *Proposal) bool {
	switch {
	case f.Term != 0 && p.Term != f.Term,
		len(f.States) > 0 && !slices.Contains(f.States, p.st.state),
		f.Category != "" && p.Category != f.Category,
		f.Sector != "" && p.Sector != f.Sector,
		f.Key && p.st.key == nil,
		!f.Submitted.IsZero() && !f.Submitted.Contains(p.Submitted()),
		f.Unit != "" && !slices.ContainsFunc(p.st.units, func(h Handling) bool { return h.Name == f.Unit }),
		!f.OverdueOn.IsZero() && !p.IsOverdue(f.OverdueOn),
		f.Kind != 0 && p.Kind != f.Kind,
		f.Session != "" && p.Session != f.Session:
		return false
	}
	return true
}

// Find returns the proposals that pass f, in the order they were added.
func (r *Register) Find(f Filter) []*Proposal {
	var out []*Proposal
	for _, p := range r.list {
		if f.Match(p) {
			out = append(out, p)
		}
	}
	return out
}
