package session

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Errors wrapped by [*NumberingError], for use with [errors.Is].
var (
	// ErrDuplicateID reports two sessions with one ID.
	ErrDuplicateID = errors.New("会议编号重复")
	// ErrDuplicateSitting reports two sessions of one numbered kind and
	// term with one sitting number.
	ErrDuplicateSitting = errors.New("会议次数重复")
	// ErrSittingOrder reports a sitting number that does not increase with
	// the dates: a third plenary held before the second.
	ErrSittingOrder = errors.New("会议次数与日期先后不符")
	// ErrOutsideTerm reports a session of the current term dated outside
	// the term's dates, or a session of a term after the current one.
	ErrOutsideTerm = errors.New("会议不在本届任期之内")
)

// NumberingError reports a session that conflicts with the committee's
// term or with another session already registered. Its message is in
// Chinese and names both sessions.
type NumberingError struct {
	Session lvzhi.SessionID // the session being added
	Name    string          // its short name and dates, for the message
	Other   lvzhi.SessionID // the conflicting session; empty for ErrOutsideTerm
	Detail  string          // the conflict in Chinese
	Err     error           // one of the Err… values above
	// Index is the session's position in the list given to [Check]; it is
	// -1 in the errors of [Register.Add].
	Index int
}

// Text is the message without the package prefix, for end users.
func (e *NumberingError) Text() string {
	return fmt.Sprintf("会议 %s（%s）%s", e.Session, e.Name, e.Detail)
}

func (e *NumberingError) Error() string { return "session: " + e.Text() }

func (e *NumberingError) Unwrap() error { return e.Err }

// Register is the calendar of a committee's sessions. It keeps the
// numbering consistent: each numbered kind and term has at most one session
// per sitting number, sitting numbers increase with the dates, and sessions
// of the current term lie within [lvzhi.Committee.TermDates] when that is
// set. The zero Register has no committee and checks only the sessions
// against each other.
type Register struct {
	// Committee is the committee holding the sessions; its Term and
	// TermDates bound the sessions that may be added.
	Committee lvzhi.Committee
	sessions  []Session
}

// NewRegister returns an empty register for committee c.
func NewRegister(c lvzhi.Committee) *Register { return &Register{Committee: c} }

// Add validates s, checks it against the committee and the sessions
// already registered, and adds it. On any error the register is unchanged.
// The error is [lvzhi.ValidationErrors] for an invalid session, or a
// *[NumberingError] (several joined with [errors.Join]) for conflicts.
func (r *Register) Add(s Session) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if err := r.conflicts(s); err != nil {
		return err
	}
	r.sessions = append(r.sessions, s)
	return nil
}

// Len returns the number of registered sessions.
func (r *Register) Len() int { return len(r.sessions) }

// Sessions returns a copy of the registered sessions ordered by date (see
// [SortByDate]).
func (r *Register) Sessions() []Session {
	out := slices.Clone(r.sessions)
	SortByDate(out)
	return out
}

// Get returns the session with the given ID.
func (r *Register) Get(id lvzhi.SessionID) (Session, bool) {
	for _, s := range r.sessions {
		if s.ID == id {
			return s, true
		}
	}
	return Session{}, false
}

func (r *Register) conflicts(s Session) error { return r.conflictsWith(s, r.sessions) }

// conflictsWith checks s against the committee and against others.
func (r *Register) conflictsWith(s Session, others []Session) error {
	var errs []error
	name := s.ShortName() + "，" + zh.DateRange(s.Dates)
	fail := func(other lvzhi.SessionID, err error, detail string) {
		errs = append(errs, &NumberingError{Session: s.ID, Name: name, Other: other, Detail: detail, Err: err, Index: -1})
	}
	c := r.Committee
	if s.Kind.Numbered() && c.Term > 0 {
		switch {
		case s.Term > c.Term:
			fail("", ErrOutsideTerm, fmt.Sprintf("的届次晚于本届（%s届）", zh.Ordinal(int64(c.Term))))
		case s.Term == c.Term && c.TermDates.IsValid() && !c.TermDates.ContainsRange(s.Dates):
			fail("", ErrOutsideTerm, fmt.Sprintf("的日期不在本届任期（%s）之内", zh.DateRange(c.TermDates)))
		}
	}
	for _, o := range others {
		if o.ID == s.ID {
			fail(o.ID, ErrDuplicateID, "的编号已被会议 "+o.ShortName()+" 使用")
			continue
		}
		if !s.Kind.Numbered() || o.Kind != s.Kind || o.Term != s.Term {
			continue
		}
		other := fmt.Sprintf("会议 %s（%s，%s）", o.ID, o.ShortName(), zh.DateRange(o.Dates))
		switch {
		case o.Sitting == s.Sitting:
			fail(o.ID, ErrDuplicateSitting, "与已登记的"+other+"次数相同")
		case o.Sitting < s.Sitting && o.Dates.From.After(s.Dates.From):
			fail(o.ID, ErrSittingOrder, "次数大于"+other+"，日期却更早")
		case o.Sitting > s.Sitting && o.Dates.From.Before(s.Dates.From):
			fail(o.ID, ErrSittingOrder, "次数小于"+other+"，日期却更晚")
		}
	}
	return errors.Join(errs...)
}

// Check adds sessions one by one, in date order, to a new register for c
// and returns every problem found, or nil. Validation errors are
// [lvzhi.ValidationErrors] with paths under the session's index in
// sessions ("[2].Dates", "会议[2].会议日期"); conflicts are
// *[NumberingError]s. All are joined with [errors.Join].
func Check(c lvzhi.Committee, sessions []Session) error {
	order := make([]int, len(sessions))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return compareSessions(sessions[a], sessions[b]) })
	r := NewRegister(c)
	// When no two sessions conflict, no two of those added do: each is
	// then checked only on its own and against the committee.
	apart := !anyPairConflict(sessions)
	var errs []error
	for _, i := range order {
		var err error
		if apart {
			if err = sessions[i].Validate(); err == nil {
				err = r.conflictsWith(sessions[i], nil)
			}
		} else {
			err = r.Add(sessions[i])
		}
		var verrs lvzhi.ValidationErrors
		if errors.As(err, &verrs) {
			err = verrs.Prefix(fmt.Sprintf("[%d]", i), fmt.Sprintf("会议[%d]", i))
		}
		if err != nil {
			setIndex(err, i)
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// setIndex sets the Index of every *NumberingError in err (a single error
// or a join of them).
func setIndex(err error, i int) {
	if ne, ok := err.(*NumberingError); ok {
		ne.Index = i
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			setIndex(e, i)
		}
	}
}

// anyPairConflict reports whether some two sessions have one ID, or are
// of one numbered kind and term with one sitting number or with sitting
// numbers in the opposite order to their start dates: the conflicts
// [Register.Add] looks for between sessions. It sorts rather than
// comparing every pair.
func anyPairConflict(sessions []Session) bool {
	ids := make(map[lvzhi.SessionID]struct{}, len(sessions))
	var numbered []int
	for i, s := range sessions {
		if _, dup := ids[s.ID]; dup {
			return true
		}
		ids[s.ID] = struct{}{}
		if s.Kind.Numbered() {
			numbered = append(numbered, i)
		}
	}
	slices.SortFunc(numbered, func(a, b int) int {
		x, y := sessions[a], sessions[b]
		return cmp.Or(cmp.Compare(x.Kind, y.Kind), cmp.Compare(x.Term, y.Term), cmp.Compare(x.Sitting, y.Sitting))
	})
	for j := 1; j < len(numbered); j++ {
		a, b := sessions[numbered[j-1]], sessions[numbered[j]]
		if a.Kind != b.Kind || a.Term != b.Term {
			continue
		}
		// Sorted by sitting: an equal sitting is a duplicate; otherwise
		// the start dates must not decrease, neighbour to neighbour.
		if a.Sitting == b.Sitting || a.Dates.From.After(b.Dates.From) {
			return true
		}
	}
	return false
}

// SortByDate sorts sessions by start date, then end date, kind, term,
// sitting and ID, so that the order is the same on every run.
func SortByDate(sessions []Session) { slices.SortStableFunc(sessions, compareSessions) }

func compareSessions(a, b Session) int {
	return cmp.Or(
		a.Dates.From.Compare(b.Dates.From),
		a.Dates.To.Compare(b.Dates.To),
		cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(a.Term, b.Term),
		cmp.Compare(a.Sitting, b.Sitting),
		cmp.Compare(a.ID, b.ID),
	)
}
