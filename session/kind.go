package session

// Kind is the kind of a session (会议类型).
//
// Plenary sessions, standing committee sessions, chairpersons' meetings and
// secretaries-general meetings are numbered within a term ([Kind.Numbered]);
// the other kinds carry a free name instead.
type Kind int

// The kinds of session a committee holds.
const (
	KindPlenary          Kind = iota + 1 // 全体会议: 九届三次会议
	KindStanding                         // 常务委员会会议: 九届十二次常委会议
	KindChairs                           // 主席会议: 九届九次主席会议
	KindSecretaryGeneral                 // 秘书长会议: 九届三次秘书长会议
	KindThematic                         // 专题协商会
	KindBimonthly                        // 双月协商座谈会
	KindJoint                            // 联席会议 (with the people's congress and government)
	KindAssignment                       // 提案交办会
	KindForum                            // 座谈会
	KindOther                            // 其他
)

var kindNames = []string{"", "全体会议", "常务委员会会议", "主席会议", "秘书长会议", "专题协商会",
	"双月协商座谈会", "联席会议", "提案交办会", "座谈会", "其他"}

// kindSuffix is the last part of a numbered session's short name.
var kindSuffix = []string{"", "会议", "常委会议", "主席会议", "秘书长会议"}

// String returns the Chinese name of k ("常务委员会会议"), or "Kind(n)" out
// of range.
func (k Kind) String() string { return enumName(kindNames, "Kind", int(k)) }

// IsValid reports whether k is one of the defined kinds.
func (k Kind) IsValid() bool { return k >= KindPlenary && k <= KindOther }

// Numbered reports whether sessions of kind k are numbered within a term
// (届次 and 次数): plenary sessions, standing committee sessions,
// chairpersons' meetings and secretaries-general meetings.
func (k Kind) Numbered() bool { return k >= KindPlenary && k <= KindSecretaryGeneral }

// MarshalText writes the exact Chinese name of k.
func (k Kind) MarshalText() ([]byte, error) {
	return enumText(kindNames, "会议类型", "Kind", int(k))
}

// UnmarshalText accepts exactly the names written by [Kind.MarshalText].
func (k *Kind) UnmarshalText(b []byte) error {
	n, err := enumParse(kindNames, "会议类型", b)
	if err != nil {
		return err
	}
	*k = Kind(n)
	return nil
}

// AgendaKind is the kind of an agenda item (议程类型).
type AgendaKind int

// The kinds of agenda item.
const (
	AgendaReview  AgendaKind = iota + 1 // 听取和审议: hearing and reviewing a report
	AgendaSpeech                        // 大会发言: speeches by members
	AgendaConsult                       // 协商: consultation, with 协商意见 as outcome
	AgendaVote                          // 表决: adopting resolutions and reports
	AgendaOther                         // 其他
)

var agendaNames = []string{"", "听取和审议", "大会发言", "协商", "表决", "其他"}

// String returns the Chinese name of k, or "AgendaKind(n)" out of range.
func (k AgendaKind) String() string { return enumName(agendaNames, "AgendaKind", int(k)) }

// IsValid reports whether k is one of the defined agenda kinds.
func (k AgendaKind) IsValid() bool { return k >= AgendaReview && k <= AgendaOther }

// MarshalText writes the exact Chinese name of k.
func (k AgendaKind) MarshalText() ([]byte, error) {
	return enumText(agendaNames, "议程类型", "AgendaKind", int(k))
}

// UnmarshalText accepts exactly the names written by [AgendaKind.MarshalText].
func (k *AgendaKind) UnmarshalText(b []byte) error {
	n, err := enumParse(agendaNames, "议程类型", b)
	if err != nil {
		return err
	}
	*k = AgendaKind(n)
	return nil
}

// Mode says who is expected at a session (出席方式).
type Mode int

// The attendance modes.
const (
	// ModeRequired: every member on the attendance list is required to
	// attend (应出席), as at plenary and standing committee sessions.
	ModeRequired Mode = iota + 1 // 应出席
	// ModeSignUp: the list holds the members who signed up (报名参加).
	ModeSignUp // 报名参加
)

var modeNames = []string{"", "应出席", "报名参加"}

// String returns the Chinese name of m, or "Mode(n)" out of range.
func (m Mode) String() string { return enumName(modeNames, "Mode", int(m)) }

// IsValid reports whether m is one of the defined modes.
func (m Mode) IsValid() bool { return m == ModeRequired || m == ModeSignUp }

// MarshalText writes the exact Chinese name of m.
func (m Mode) MarshalText() ([]byte, error) {
	return enumText(modeNames, "出席方式", "Mode", int(m))
}

// UnmarshalText accepts exactly the names written by [Mode.MarshalText].
func (m *Mode) UnmarshalText(b []byte) error {
	n, err := enumParse(modeNames, "出席方式", b)
	if err != nil {
		return err
	}
	*m = Mode(n)
	return nil
}

// Status is one member's attendance at one session (出席状态).
type Status int

// The attendance states.
const (
	Present Status = iota + 1 // 出席
	OnLeave                   // 请假: excused, with a reason
	Absent                    // 缺席
)

var statusNames = []string{"", "出席", "请假", "缺席"}

// String returns the Chinese name of s, or "Status(n)" out of range.
func (s Status) String() string { return enumName(statusNames, "Status", int(s)) }

// IsValid reports whether s is one of the defined states.
func (s Status) IsValid() bool { return s >= Present && s <= Absent }

// MarshalText writes the exact Chinese name of s.
func (s Status) MarshalText() ([]byte, error) {
	return enumText(statusNames, "出席状态", "Status", int(s))
}

// UnmarshalText accepts exactly the names written by [Status.MarshalText].
func (s *Status) UnmarshalText(b []byte) error {
	n, err := enumParse(statusNames, "出席状态", b)
	if err != nil {
		return err
	}
	*s = Status(n)
	return nil
}
