package member

import (
	"slices"

	"github.com/lvzhi-go/lvzhi"
)

// Role is a post held on the committee (政协职务).
type Role int

// The posts of a committee, from the highest.
const (
	RoleChair          Role = iota + 1 // 主席
	RoleViceChair                      // 副主席
	RoleSecretaryGen                   // 秘书长
	RoleStandingMember                 // 常务委员
	RoleMember                         // 委员
)

var roleNames = []string{"", "主席", "副主席", "秘书长", "常务委员", "委员"}

// String returns the Chinese name ("副主席"), or "Role(n)" out of range.
func (r Role) String() string { return enumName(roleNames, "Role", int(r)) }

// IsValid reports whether r is one of the five posts.
func (r Role) IsValid() bool { return r >= RoleChair && r <= RoleMember }

// MarshalText writes the Chinese name.
func (r Role) MarshalText() ([]byte, error) {
	return enumText(roleNames, "政协职务", "Role", int(r))
}

// UnmarshalText accepts the Chinese name exactly.
func (r *Role) UnmarshalText(b []byte) error {
	n, err := enumParse("政协职务", b, roleNames)
	if err != nil {
		return err
	}
	*r = Role(n)
	return nil
}

// Tenure is the span of a membership, in the style of the Popolo
// Membership: Start is the first day, End the last; a zero Start means
// "since before the records begin", a zero End "still ongoing".
type Tenure struct {
	Start lvzhi.Date `json:"start,omitzero" validate:"date" label:"起始日期"`
	End   lvzhi.Date `json:"end,omitzero" validate:"date" label:"终止日期"`
}

// ActiveOn reports whether d falls within the tenure, ends included.
func (t Tenure) ActiveOn(d lvzhi.Date) bool {
	return (t.Start.IsZero() || !d.Before(t.Start)) && (t.End.IsZero() || !d.After(t.End))
}

// Overlaps reports whether the tenure shares at least one day with r.
func (t Tenure) Overlaps(r lvzhi.DateRange) bool {
	return (t.Start.IsZero() || !r.To.Before(t.Start)) && (t.End.IsZero() || !r.From.After(t.End))
}

// ordered reports whether End is not before Start when both are set.
func (t Tenure) ordered() bool {
	return t.Start.IsZero() || t.End.IsZero() || !t.End.Before(t.Start)
}

// Post is a post held on the committee for a time: 主席 from one date,
// 常务委员 until another.
type Post struct {
	Role   Role   `json:"role" validate:"required,isvalid" label:"政协职务"`
	Label  string `json:"label,omitempty" validate:"max=50" label:"职务说明" norm:"trim"` // e.g. "常务副主席"; optional
	Tenure `label:"任期"`
}

// SpecialCommittee names a special committee (专门委员会). Local committees
// name and merge their special committees freely, so any well-formed name is
// accepted; [NationalSpecialCommittees] lists those of the National
// Committee.
type SpecialCommittee string

// The ten special committees of the National Committee.
const (
	CommitteeProposals     SpecialCommittee = "提案委员会"
	CommitteeEconomy       SpecialCommittee = "经济委员会"
	CommitteeAgriculture   SpecialCommittee = "农业和农村委员会"
	CommitteePopulation    SpecialCommittee = "人口资源环境委员会"
	CommitteeEducation     SpecialCommittee = "教科卫体委员会"
	CommitteeSocialLegal   SpecialCommittee = "社会和法制委员会"
	CommitteeEthnicReligio SpecialCommittee = "民族和宗教委员会"
	CommitteeHKMacaoTaiwan SpecialCommittee = "港澳台侨委员会"
	CommitteeForeign       SpecialCommittee = "外事委员会"
	CommitteeCultureHist   SpecialCommittee = "文化文史和学习委员会"
)

var nationalCommittees = [...]SpecialCommittee{CommitteeProposals, CommitteeEconomy, CommitteeAgriculture,
	CommitteePopulation, CommitteeEducation, CommitteeSocialLegal, CommitteeEthnicReligio,
	CommitteeHKMacaoTaiwan, CommitteeForeign, CommitteeCultureHist}

// NationalSpecialCommittees returns the ten special committees of the
// National Committee in official order.
func NationalSpecialCommittees() []SpecialCommittee {
	return append([]SpecialCommittee(nil), nationalCommittees[:]...)
}

// IsNational reports whether c is one of the ten national names.
func (c SpecialCommittee) IsNational() bool { return slices.Contains(nationalCommittees[:], c) }

// String returns the name.
func (c SpecialCommittee) String() string { return string(c) }

// CommitteeRole is a member's role in a special committee.
type CommitteeRole int

// Roles in a special committee.
const (
	CommitteeDirector     CommitteeRole = iota + 1 // 主任
	CommitteeViceDirector                          // 副主任
	CommitteeMemberRole                            // 委员
)

var committeeRoleNames = []string{"", "主任", "副主任", "委员"}

// String returns the Chinese name, or "CommitteeRole(n)" out of range.
func (r CommitteeRole) String() string { return enumName(committeeRoleNames, "CommitteeRole", int(r)) }

// IsValid reports whether r is one of the three roles.
func (r CommitteeRole) IsValid() bool { return r >= CommitteeDirector && r <= CommitteeMemberRole }

// MarshalText writes the Chinese name.
func (r CommitteeRole) MarshalText() ([]byte, error) {
	return enumText(committeeRoleNames, "专门委员会职务", "CommitteeRole", int(r))
}

// UnmarshalText accepts the Chinese name exactly.
func (r *CommitteeRole) UnmarshalText(b []byte) error {
	n, err := enumParse("专门委员会职务", b, committeeRoleNames)
	if err != nil {
		return err
	}
	*r = CommitteeRole(n)
	return nil
}

// CommitteeMembership is a member's place in a special committee.
type CommitteeMembership struct {
	Committee SpecialCommittee `json:"committee" validate:"required,max=30" label:"专门委员会名称" norm:"trim"`
	Role      CommitteeRole    `json:"role" validate:"required,isvalid" label:"专门委员会职务"`
	Tenure    `label:"任期"`
}

// GroupRole is a member's role in an activity group (委员活动小组).
type GroupRole int

// Roles in an activity group.
const (
	GroupLeader     GroupRole = iota + 1 // 组长
	GroupViceLeader                      // 副组长
	GroupMember                          // 组员
)

var groupRoleNames = []string{"", "组长", "副组长", "组员"}

// String returns the Chinese name, or "GroupRole(n)" out of range.
func (r GroupRole) String() string { return enumName(groupRoleNames, "GroupRole", int(r)) }

// IsValid reports whether r is one of the three roles.
func (r GroupRole) IsValid() bool { return r >= GroupLeader && r <= GroupMember }

// MarshalText writes the Chinese name.
func (r GroupRole) MarshalText() ([]byte, error) {
	return enumText(groupRoleNames, "小组职务", "GroupRole", int(r))
}

// UnmarshalText accepts the Chinese name exactly.
func (r *GroupRole) UnmarshalText(b []byte) error {
	n, err := enumParse("小组职务", b, groupRoleNames)
	if err != nil {
		return err
	}
	*r = GroupRole(n)
	return nil
}

// GroupMembership is a member's place in an activity group (委员活动小组),
// such as 科技组, 社会组, 工商组 or 法制组; group names are free text.
type GroupMembership struct {
	Group  string    `json:"group" validate:"required,max=30" label:"活动小组名称" norm:"trim"`
	Role   GroupRole `json:"role" validate:"required,isvalid" label:"小组职务"`
	Tenure `label:"任期"`
}
