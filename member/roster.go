package member

import (
	"errors"
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Errors of roster operations, wrapped by the errors the operations
// return; test with [errors.Is].
var (
	// ErrDuplicateID reports a member ID already on the roster.
	ErrDuplicateID = errors.New("委员编号重复")
	// ErrDuplicateIDNumber reports an identity number already on the roster.
	ErrDuplicateIDNumber = errors.New("公民身份号码重复")
	// ErrNotFound reports a member ID not on the roster.
	ErrNotFound = errors.New("没有该委员")
)

// DuplicateError reports a member that clashes with one already on the
// roster; its message names both.
type DuplicateError struct {
	Existing Member // the member on the roster
	New      Member // the member being added or updated
	Err      error  // ErrDuplicateID or ErrDuplicateIDNumber
}

func (e *DuplicateError) Error() string {
	if errors.Is(e.Err, ErrDuplicateIDNumber) {
		return fmt.Sprintf("公民身份号码 %s 重复：%s（%s）与已在名册中的%s（%s）相同",
			e.New.IDNumber, e.New.Name, e.New.ID, e.Existing.Name, e.Existing.ID)
	}
	return fmt.Sprintf("委员编号 %s 重复：%s与已在名册中的%s相同", e.New.ID, e.New.Name, e.Existing.Name)
}

func (e *DuplicateError) Unwrap() error { return e.Err }

// Roster is the list of members of one committee, with the committee's
// sector registry.
//
// # Concurrency
//
// A Roster is not safe for concurrent mutation: Add, Update and Remove
// must not run at the same time as any other method. Reads (Get, lists,
// counts) are safe to run concurrently when no writer runs.
//
// Every method returns copies: changing a returned [Member] does not
// change the roster. A failed operation changes nothing.
type Roster struct {
	sectors    Sectors
	members    []Member               // in insertion order
	byID       map[lvzhi.MemberID]int // index into members
	byIDNumber map[string]lvzhi.MemberID
}

// NewRoster returns an empty roster whose members' sectors are checked
// against sectors.
func NewRoster(sectors Sectors) *Roster { return newRoster(sectors, 0) }

// newRoster returns an empty roster with room for n members.
func newRoster(sectors Sectors, n int) *Roster {
	return &Roster{sectors: sectors, members: make([]Member, 0, n),
		byID: make(map[lvzhi.MemberID]int, n), byIDNumber: make(map[string]lvzhi.MemberID, n)}
}

// NewRosterOf returns a roster holding members, checking them all: every
// invalid member and every duplicate ID or identity number is reported at
// once as [lvzhi.ValidationErrors] with paths "Members[i]…" and labels
// "委员[i]…" (i counting from 0 in members).
func NewRosterOf(sectors Sectors, members ...Member) (*Roster, error) {
	r := newRoster(sectors, len(members))
	// The members are copied into the roster at once, with their slices
	// detached from the caller's in one allocation per kind, and each is
	// normalised and checked where it lies; the roster is thrown away if
	// any fails, so a failed member is simply left out of the indexes.
	r.members = append(r.members, members...)
	detach(r.members)
	var errs lvzhi.ValidationErrors
	for i := range r.members {
		m := &r.members[i]
		err := r.admit(m, "")
		if err == nil {
			r.index(m, i)
			continue
		}
		field, label := fmt.Sprintf("Members[%d]", i), fmt.Sprintf("委员[%d]", i)
		var verrs lvzhi.ValidationErrors
		var dup *DuplicateError
		switch {
		case errors.As(err, &verrs):
			errs = append(errs, verrs.Prefix(field, label)...)
		case errors.As(err, &dup):
			fe := lvzhi.FieldError{Field: field + ".ID", Label: label + ".委员编号", Rule: "unique", Param: string(dup.Existing.ID), Message: dup.Error()}
			if errors.Is(err, ErrDuplicateIDNumber) {
				fe.Field, fe.Label = field+".IDNumber", label+".公民身份号码"
			}
			errs = append(errs, fe)
		default:
			return nil, err
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return r, nil
}

// Sectors returns the roster's sector registry.
func (r *Roster) Sectors() Sectors { return r.sectors }

// Len returns the number of members.
func (r *Roster) Len() int { return len(r.members) }

// Add normalises m (see [Member.Normalize]), validates it against the
// roster's sectors and adds it. It fails with [lvzhi.ValidationErrors] for
// an invalid member and with a *[DuplicateError] when the ID or the
// identity number is already on the roster.
func (r *Roster) Add(m Member) error {
	m = m.clone()
	if err := r.admit(&m, ""); err != nil {
		return err
	}
	r.index(&m, len(r.members))
	r.members = append(r.members, m)
	return nil
}

// Update replaces the member with m's ID by m, after the same checks as
// Add; an ID not on the roster is an error wrapping [ErrNotFound].
func (r *Roster) Update(m Member) error {
	i, ok := r.byID[m.ID]
	if !ok {
		return fmt.Errorf("member: 更新委员%s（%s）失败：%w", m.ID, m.Name, ErrNotFound)
	}
	m = m.clone()
	if err := r.admit(&m, m.ID); err != nil {
		return err
	}
	if old := r.members[i].IDNumber; old != "" {
		delete(r.byIDNumber, old)
	}
	if m.IDNumber != "" {
		r.byIDNumber[m.IDNumber] = m.ID
	}
	r.members[i] = m
	return nil
}

// admit normalises and validates *m in place, and checks that neither its
// ID nor its identity number is taken; self is the ID m replaces, if any.
// m must share no slices with the caller's data.
func (r *Roster) admit(m *Member, self lvzhi.MemberID) error {
	m.Normalize()
	if err := m.ValidateIn(r.sectors); err != nil {
		return err
	}
	if i, ok := r.byID[m.ID]; ok && m.ID != self {
		return &DuplicateError{Existing: r.members[i].clone(), New: *m, Err: ErrDuplicateID}
	}
	if id, ok := r.byIDNumber[m.IDNumber]; ok && m.IDNumber != "" && id != self {
		return &DuplicateError{Existing: r.members[r.byID[id]].clone(), New: *m, Err: ErrDuplicateIDNumber}
	}
	return nil
}

// index records m, admitted at position i of the members, in the indexes.
func (r *Roster) index(m *Member, i int) {
	r.byID[m.ID] = i
	if m.IDNumber != "" {
		r.byIDNumber[m.IDNumber] = m.ID
	}
}

// Remove deletes the member with the given ID; an unknown ID is an error
// wrapping [ErrNotFound].
func (r *Roster) Remove(id lvzhi.MemberID) error {
	i, ok := r.byID[id]
	if !ok {
		return fmt.Errorf("member: 删除委员%s失败：%w", id, ErrNotFound)
	}
	if n := r.members[i].IDNumber; n != "" {
		delete(r.byIDNumber, n)
	}
	r.members = slices.Delete(r.members, i, i+1)
	delete(r.byID, id)
	for j := i; j < len(r.members); j++ {
		r.byID[r.members[j].ID] = j
	}
	return nil
}

// Get returns the member with the given ID.
func (r *Roster) Get(id lvzhi.MemberID) (Member, bool) {
	i, ok := r.byID[id]
	if !ok {
		return Member{}, false
	}
	return r.members[i].clone(), true
}

// Name returns the name of the member with the given ID, or "".
func (r *Roster) Name(id lvzhi.MemberID) string {
	if i, ok := r.byID[id]; ok {
		return r.members[i].Name
	}
	return ""
}

// SectorOf returns the sector of the member with the given ID, without
// copying the member as [Roster.Get] does.
func (r *Roster) SectorOf(id lvzhi.MemberID) (Sector, bool) {
	if i, ok := r.byID[id]; ok {
		return r.members[i].Sector, true
	}
	return "", false
}

// ByIDNumber returns the member with the given identity number.
func (r *Roster) ByIDNumber(n string) (Member, bool) {
	id, ok := r.byIDNumber[n]
	if !ok || n == "" {
		return Member{}, false
	}
	return r.Get(id)
}

// filter returns copies of the members for which keep reports true, in
// 姓氏笔画 order (members with the same name in insertion order). It sorts
// indices rather than members, which keeps the sort cheap.
func (r *Roster) filter(keep func(*Member) bool) []Member {
	idx := make([]int32, 0, len(r.members))
	for i := range r.members {
		if keep == nil || keep(&r.members[i]) {
			idx = append(idx, int32(i))
		}
	}
	zh.SortByStroke(idx, func(i int32) string { return r.members[i].Name })
	if len(idx) == 0 {
		return nil
	}
	out := make([]Member, len(idx))
	for j, i := range idx {
		out[j] = r.members[i]
	}
	detach(out)
	return out
}

// Members returns every member in 姓氏笔画 order (以姓氏笔画为序).
func (r *Roster) Members() []Member { return r.filter(nil) }

// ByName returns the members named name; namesakes are possible, and are
// returned in insertion order.
func (r *Roster) ByName(name string) []Member {
	return r.filter(func(m *Member) bool { return m.Name == name })
}

// BySector returns the members of sector s in 姓氏笔画 order.
func (r *Roster) BySector(s Sector) []Member {
	return r.filter(func(m *Member) bool { return m.Sector == s })
}

// InGroup returns the members of the activity group named group on day d,
// in 姓氏笔画 order.
func (r *Roster) InGroup(group string, d lvzhi.Date) []Member {
	return r.filter(func(m *Member) bool { return m.InGroup(group, d) })
}

// IsChair reports whether the member with the given ID holds 主席 or 副主席
// on day d; it lets a roster answer [research.Topic.CheckLeaderIn].
func (r *Roster) IsChair(id lvzhi.MemberID, d lvzhi.Date) bool {
	i, ok := r.byID[id]
	return ok && (r.members[i].HasPost(RoleChair, d) || r.members[i].HasPost(RoleViceChair, d))
}

// WithPost returns the members holding a post with role role on day d, in
// 姓氏笔画 order. Roles are matched exactly, not by rank: a 主席 or 副主席
// is among WithPost(RoleStandingMember, d) only if a 常务委员 post is
// recorded for them as well. Chairs and vice-chairs sit on the standing
// committee by office; to count everyone on it, record the 常务委员 post
// too, or ask for each of the three roles.
func (r *Roster) WithPost(role Role, d lvzhi.Date) []Member {
	return r.filter(func(m *Member) bool { return m.HasPost(role, d) })
}

// SectorMembers is one sector's part of a roster listed by sector.
type SectorMembers struct {
	Sector  Sector   `json:"sector"`
	Members []Member `json:"members"`
}

// GroupedBySector returns the members grouped by sector, sectors in the
// registry's order (national sectors in official order, then local ones),
// members within a sector in 姓氏笔画 order. Sectors without members are
// left out.
func (r *Roster) GroupedBySector() []SectorMembers {
	all := r.Members()
	slices.SortStableFunc(all, func(a, b Member) int { return r.sectors.Compare(a.Sector, b.Sector) })
	var out []SectorMembers
	for _, m := range all {
		if n := len(out); n == 0 || out[n-1].Sector != m.Sector {
			out = append(out, SectorMembers{Sector: m.Sector})
		}
		out[len(out)-1].Members = append(out[len(out)-1].Members, m)
	}
	return out
}

// Groups returns the names of the activity groups any member belongs to
// at some time within period, in 姓氏笔画 order of the names.
func (r *Roster) Groups(period lvzhi.DateRange) []string {
	var out []string
	for _, m := range r.members {
		for _, g := range m.Groups {
			if g.Overlaps(period) && !slices.Contains(out, g.Group) {
				out = append(out, g.Group)
			}
		}
	}
	zh.SortByStroke(out, func(s string) string { return s })
	return out
}

// Validate checks every member again against the roster's sectors and
// returns all problems at once, with paths "Members[i]" in insertion order.
// A roster built through Add, Update or NewRosterOf is always valid.
func (r *Roster) Validate() error {
	var errs lvzhi.ValidationErrors
	for i, m := range r.members {
		err := m.ValidateIn(r.sectors)
		var verrs lvzhi.ValidationErrors
		if errors.As(err, &verrs) {
			errs = append(errs, verrs.Prefix(fmt.Sprintf("Members[%d]", i), fmt.Sprintf("委员[%d]", i))...)
		} else if err != nil {
			return err
		}
	}
	return errs.Err()
}
