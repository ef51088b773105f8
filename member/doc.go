// Package member models the members (委员) of a CPPCC committee (政协): their
// personal data, party (党派), sector (界别), committee posts, special
// committee and activity group places, the roster (委员名册) with its
// statistics, and duty performance (履职) with a configurable points
// scheme (履职积分).
//
// # Members
//
// A [Member] carries struct tags read by the shared validator: labels in
// Chinese, rules such as zhname (a Chinese name) and idcard (an 18-character
// citizen identity number under GB 11643-1999, checked by package
// [github.com/lvzhi-go/lvzhi/idcard], whose message says whether the length,
// a character, the birth date or the check digit is wrong), and normalisation of input (trimmed spaces, full-width digits,
// a lower-case x in identity numbers, a +86 prefix on mobile numbers).
// [Member.Validate] and [Member.ValidateIn] return every problem at once as
// [lvzhi.ValidationErrors] with Chinese messages ("姓名为必填字段"),
// including the cross-field checks: the birth date and sex encoded in the
// identity number must agree with BirthDate and Gender, no tenure may
// end before it starts, and no post may start before the member is 18
// ([MinAge]; a birth date in the future fails this too). The rules of the tags are also checked by hand,
// without reflection, and the reflective validator runs only for a member
// that breaks one, to word the messages; valid members, the common case,
// are checked without it.
//
// [Gender], [Party], [Role], [CommitteeRole], [GroupRole] and [DutyKind] are
// enums in the lvzhi style: typed integers from 1, String returning the
// Chinese name, MarshalText writing it and UnmarshalText accepting it
// strictly ([Party] also accepts the short names 民革, 民盟 …).
// [Ethnicity] is a name from the list of 56 ethnic groups of GB/T 3304.
//
// # Sectors
//
// A [Sector] is a sector's Chinese name. The 34 sectors of the 14th
// National Committee are constants, in official order. Local committees
// have other sectors, so the accepted names and their order are held by a
// [Sectors] registry value: the national sectors in official order, then
// the local ones in registration order ([NewSectors]). There is no global
// list to change: a [Roster] carries its registry, checks its members'
// sectors against it, orders lists and statistics by it, and writes its
// local sectors into its JSON so that decoding restores the same registry.
//
// # Posts and groups
//
// Posts (主席, 副主席, 秘书长, 常务委员, 委员), special committee places and
// activity group places (组长, 副组长, 组员) are time-bounded memberships in
// the style of the Popolo standard: a [Tenure] with a start and an optional
// end, queried with [Tenure.ActiveOn]. Special committees and activity
// groups are named freely; [NationalSpecialCommittees] lists the ten of the
// National Committee.
//
// # Roster
//
// A [Roster] adds, updates and removes members, refusing duplicate IDs and
// identity numbers with a [DuplicateError] that names both members; a
// failed operation changes nothing. Lists come in 姓氏笔画 order (以姓氏笔画为序)
// or grouped by sector in the registry's order; statistics by sector,
// party, gender, ethnicity and age band are ordered slices of [Count]. A
// Roster is not safe for concurrent mutation; reads are safe when no
// writer runs. [DecodeRoster] and [DecodeMember] read JSON strictly,
// rejecting unknown fields.
//
// # Duty performance
//
// [Duty] records what a member did and when. A [Scheme] says how many
// points each kind earns and which grades (优秀, 良好, 称职, 不称职) the scores
// reach; [DefaultScheme] is modelled on published local rules and is a
// starting point, not a regulation. [Scheme.Tally] ranks the members over
// a period (ties in 姓氏笔画 order), [Scheme.GroupTallies] sums by activity
// group, and [GroupBalance] measures, with the coefficient of variation of
// activity counts, whether the groups worked evenly.
package member
