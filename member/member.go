package member

import (
	"errors"
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/validate"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Contact holds a member's contact details.
type Contact struct {
	Mobile  string `json:"mobile,omitempty" validate:"omitempty,mobile" label:"手机号码" norm:"mobile"`
	Email   string `json:"email,omitempty" validate:"omitempty,email,max=100" label:"电子邮箱" norm:"narrow"`
	Address string `json:"address,omitempty" validate:"max=200" label:"通讯地址" norm:"trim"`
}

// Member is a member of the committee (委员).
//
// ID, Name, Gender, Party and Sector are required; everything else is
// optional. When both IDNumber and BirthDate are set, the birth date
// encoded in the identity number must equal BirthDate, and its sex digit
// must agree with Gender. Committee posts, special committee places and
// activity group places are time-bounded (see [Tenure]).
type Member struct {
	ID        lvzhi.MemberID `json:"id" validate:"required,max=64" label:"委员编号" norm:"trim"`
	Name      string         `json:"name" validate:"required,zhname" label:"姓名" norm:"name"`
	Gender    Gender         `json:"gender" validate:"required,gender" label:"性别"`
	Ethnicity Ethnicity      `json:"ethnicity,omitempty" validate:"omitempty,ethnicity" label:"民族" norm:"trim"`
	BirthDate lvzhi.Date     `json:"birth_date,omitzero" validate:"date" label:"出生日期"`
	// IDNumber is the 18-character citizen identity number (公民身份号码).
	IDNumber string `json:"id_number,omitempty" validate:"omitempty,idcard" label:"公民身份号码" norm:"narrow,upper"`
	Party    Party  `json:"party" validate:"required,party" label:"党派"`
	Sector   Sector `json:"sector" validate:"required,sector" label:"界别" norm:"trim"`
	// WorkUnit and Title are the member's work unit and position there
	// (工作单位及职务), as printed on rosters.
	WorkUnit string  `json:"work_unit,omitempty" validate:"max=100" label:"工作单位" norm:"trim"`
	Title    string  `json:"title,omitempty" validate:"max=100" label:"职务" norm:"trim"`
	Contact  Contact `json:"contact,omitzero" label:"联系方式"`
	// NonPublicEconomy marks a 非公有制经济人士.
	NonPublicEconomy bool                  `json:"non_public_economy,omitempty"`
	Posts            []Post                `json:"posts,omitempty" validate:"dive" label:"政协职务"`
	Committees       []CommitteeMembership `json:"committees,omitempty" validate:"dive" label:"专门委员会"`
	Groups           []GroupMembership     `json:"groups,omitempty" validate:"dive" label:"活动小组"`
}

// Validate checks m against the 34 national sectors; see
// [Member.ValidateIn].
func (m Member) Validate() error { return m.ValidateIn(DefaultSectors()) }

// ValidateIn checks every field of m, with sectors deciding which sector
// names are accepted, and returns all problems at once as
// [lvzhi.ValidationErrors] with Chinese messages, or nil. It does not
// change m; see [Member.Normalize] to clean input first.
func (m Member) ValidateIn(sectors Sectors) error { return m.validateIn(sectors, true) }

// validateIn is ValidateIn; with fast false it runs the reflective
// validator whatever tagsValid says, which the tests compare against.
func (m Member) validateIn(sectors Sectors, fast bool) error {
	var errs lvzhi.ValidationErrors
	// The reflective validator runs only when the hand-written check of
	// the same tags finds a problem, which it then words in Chinese.
	if !fast || !m.tagsValid() {
		if err := validate.Struct(m); err != nil {
			var verrs lvzhi.ValidationErrors
			if !errors.As(err, &verrs) {
				return err
			}
			errs = verrs
		}
	}
	if m.Sector.IsValid() && !sectors.Contains(m.Sector) {
		errs = append(errs, lvzhi.FieldError{Field: "Sector", Label: "界别", Rule: "sector", Param: string(m.Sector),
			Message: fmt.Sprintf("界别“%s”不是本委员会设置的界别", m.Sector)})
	}
	if birth, ok := validate.IDCardBirthDate(m.IDNumber); ok && m.BirthDate.IsValid() && birth != m.BirthDate {
		errs = append(errs, lvzhi.FieldError{Field: "IDNumber", Label: "公民身份号码", Rule: "idcard_birth", Param: "BirthDate",
			Message: fmt.Sprintf("公民身份号码中的出生日期%s与出生日期%s不一致", zh.Date(birth), zh.Date(m.BirthDate))})
	}
	if male, ok := validate.IDCardMale(m.IDNumber); ok && m.Gender.IsValid() && male != (m.Gender == Male) {
		errs = append(errs, lvzhi.FieldError{Field: "IDNumber", Label: "公民身份号码", Rule: "idcard_gender", Param: "Gender",
			Message: fmt.Sprintf("公民身份号码中的性别与性别“%s”不一致", m.Gender)})
	}
	for i, p := range m.Posts {
		errs = appendTenure(errs, p.Tenure, "Posts", "政协职务", i)
		errs = appendAdult(errs, m.BirthDate, p.Start, "Posts", "政协职务", i)
	}
	for i, c := range m.Committees {
		errs = appendTenure(errs, c.Tenure, "Committees", "专门委员会", i)
	}
	for i, g := range m.Groups {
		errs = appendTenure(errs, g.Tenure, "Groups", "活动小组", i)
	}
	return errs.Err()
}

// MinAge is the youngest age at which a member may hold a post.
const MinAge = 18

// appendAdult reports a post taken up before the member turned [MinAge]:
// a birth date later than that, a date in the future among them, cannot
// be right.
func appendAdult(errs lvzhi.ValidationErrors, birth, start lvzhi.Date, field, label string, i int) lvzhi.ValidationErrors {
	if !birth.IsValid() || !start.IsValid() || !birth.AddMonths(12*MinAge).After(start) {
		return errs
	}
	return append(errs, lvzhi.FieldError{Field: "BirthDate", Label: "出生日期", Rule: "adult", Param: fmt.Sprintf("%s[%d]", field, i),
		Message: fmt.Sprintf("出生日期%s有误：%s[%d]自%s起任职，届时未满%d周岁", zh.Date(birth), label, i, zh.Date(start), MinAge)})
}

// appendTenure reports a tenure whose end comes before its start.
func appendTenure(errs lvzhi.ValidationErrors, t Tenure, field, label string, i int) lvzhi.ValidationErrors {
	if t.ordered() || !t.Start.IsValid() || !t.End.IsValid() {
		return errs
	}
	field, label = fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("%s[%d]", label, i)
	return append(errs, lvzhi.FieldError{Field: field + ".Tenure.End", Label: label + ".任期.终止日期", Rule: "gtefield", Param: "Start",
		Message: fmt.Sprintf("终止日期%s早于起始日期%s", zh.Date(t.End), zh.Date(t.Start))})
}

// Normalize cleans m's text fields in place before validation: spaces
// trimmed (including the ideographic space), full-width letters and digits
// in the identity number, mobile and e-mail folded to ASCII, a lower-case x
// in the identity number raised, spaces inside the name removed and
// look-alike dots in it replaced by the middle dot, and a +86 prefix
// dropped from the mobile number. [Roster.Add] and [Roster.Update] call it.
func (m *Member) Normalize() {
	// The tags are constant and tested, so Normalize cannot fail here.
	_ = validate.Normalize(m)
}

// Age returns m's age in whole years on day d, with ok false if the birth
// date is unset or invalid or d is before it.
func (m Member) Age(d lvzhi.Date) (age int, ok bool) {
	b := m.BirthDate
	if !b.IsValid() || !d.IsValid() || d.Before(b) {
		return 0, false
	}
	age = d.Year - b.Year
	if d.Month < b.Month || (d.Month == b.Month && d.Day < b.Day) {
		age--
	}
	return age, true
}

// PostsOn returns the posts m holds on day d, highest first.
func (m Member) PostsOn(d lvzhi.Date) []Post {
	var out []Post
	for _, p := range m.Posts {
		if p.ActiveOn(d) {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b Post) int { return int(a.Role) - int(b.Role) })
	return out
}

// HasPost reports whether m holds a post with role r on day d.
func (m Member) HasPost(r Role, d lvzhi.Date) bool {
	return slices.ContainsFunc(m.Posts, func(p Post) bool { return p.Role == r && p.ActiveOn(d) })
}

// GroupsOn returns the activity group places m holds on day d.
func (m Member) GroupsOn(d lvzhi.Date) []GroupMembership {
	var out []GroupMembership
	for _, g := range m.Groups {
		if g.ActiveOn(d) {
			out = append(out, g)
		}
	}
	return out
}

// InGroup reports whether m belongs to the activity group named group on
// day d.
func (m Member) InGroup(group string, d lvzhi.Date) bool {
	return slices.ContainsFunc(m.Groups, func(g GroupMembership) bool { return g.Group == group && g.ActiveOn(d) })
}

// clone returns a copy of m that shares no slices with it.
func (m Member) clone() Member {
	m.Posts = slices.Clone(m.Posts)
	m.Committees = slices.Clone(m.Committees)
	m.Groups = slices.Clone(m.Groups)
	return m
}

// detach gives every member of ms its own copy of its slices, as clone
// does, with one allocation per kind of slice for the whole list instead
// of one per member. Each copy is capped at its length, so that appending
// to one member's slice never writes into the next member's; a nil slice
// stays nil and an empty one empty.
func detach(ms []Member) {
	var np, nc, ng int
	for i := range ms {
		np += len(ms[i].Posts)
		nc += len(ms[i].Committees)
		ng += len(ms[i].Groups)
	}
	posts := make([]Post, 0, np)
	committees := make([]CommitteeMembership, 0, nc)
	groups := make([]GroupMembership, 0, ng)
	for i := range ms {
		m := &ms[i]
		m.Posts, posts = carve(m.Posts, posts)
		m.Committees, committees = carve(m.Committees, committees)
		m.Groups, groups = carve(m.Groups, groups)
	}
}

// carve appends s to buf, which has room for it, and returns the copy,
// capped at its length, and the grown buf. A nil s gives nil.
func carve[E any](s, buf []E) (copied, grown []E) {
	if s == nil {
		return nil, buf
	}
	start := len(buf)
	buf = append(buf, s...)
	return buf[start:len(buf):len(buf)], buf
}
