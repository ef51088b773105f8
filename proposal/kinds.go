package proposal

// Kind tells a proposal submitted during a plenary session from one
// submitted at any other time.
type Kind int

// The two kinds of proposal.
const (
	// Plenary is a 大会提案: submitted during (or for) a plenary session of
	// the committee, from about three months before it up to its deadline.
	Plenary Kind = iota + 1 // 大会提案
	// Regular is a 平时提案: submitted at any other time.
	Regular // 平时提案
)

var kindNames = []string{"", "大会提案", "平时提案"}

// String returns the Chinese name ("大会提案"), or "Kind(n)" out of range.
func (k Kind) String() string { return enumName(kindNames, "Kind", int(k)) }

// IsValid reports whether k is [Plenary] or [Regular].
func (k Kind) IsValid() bool { return k >= Plenary && k <= Regular }

// MarshalText writes the Chinese name.
func (k Kind) MarshalText() ([]byte, error) {
	return enumText(kindNames, "提案类型", "Kind", int(k))
}

// UnmarshalText accepts only the Chinese names written by MarshalText.
func (k *Kind) UnmarshalText(b []byte) error {
	n, err := enumParse(kindNames, "提案类型", b)
	*k = Kind(n)
	return err
}

// SubmitterKind is the form of a proposal's authorship.
type SubmitterKind int

// The three forms of authorship (《政协全国委员会提案工作条例》第二条).
const (
	// Individual is a proposal by one member (个人提案).
	Individual SubmitterKind = iota + 1 // 个人提案
	// Joint is a proposal by two or more members (联名提案); the first
	// member listed is the 第一提案人.
	Joint // 联名提案
	// Collective is a proposal under an organisation's name (集体提案).
	Collective // 集体提案
)

var submitterKindNames = []string{"", "个人提案", "联名提案", "集体提案"}

// String returns the Chinese name ("联名提案"), or "SubmitterKind(n)" out of
// range.
func (k SubmitterKind) String() string {
	return enumName(submitterKindNames, "SubmitterKind", int(k))
}

// IsValid reports whether k is one of the three forms.
func (k SubmitterKind) IsValid() bool { return k >= Individual && k <= Collective }

// MarshalText writes the Chinese name.
func (k SubmitterKind) MarshalText() ([]byte, error) {
	return enumText(submitterKindNames, "提案人类型", "SubmitterKind", int(k))
}

// UnmarshalText accepts only the Chinese names written by MarshalText.
func (k *SubmitterKind) UnmarshalText(b []byte) error {
	n, err := enumParse(submitterKindNames, "提案人类型", b)
	*k = SubmitterKind(n)
	return err
}

// Body is the kind of organisation that submits a collective proposal.
type Body int

// The bodies that may submit collective proposals.
const (
	// Party is a democratic party or the 中共 organisation (党派).
	Party Body = iota + 1 // 党派
	// PeoplesOrganisation is a people's organisation (人民团体): 工会,
	// 共青团, 妇联, 工商联 ….
	PeoplesOrganisation // 人民团体
	// SpecialCommittee is one of the committee's 专门委员会.
	SpecialCommittee // 专门委员会
	// SectorBody is a 界别, which may submit only during a plenary.
	SectorBody // 界别
	// MemberGroup is a 委员小组 (or 联组), which may submit only during a
	// plenary.
	MemberGroup // 委员小组
)

var bodyNames = []string{"", "党派", "人民团体", "专门委员会", "界别", "委员小组"}

// String returns the Chinese name ("专门委员会"), or "Body(n)" out of range.
func (b Body) String() string { return enumName(bodyNames, "Body", int(b)) }

// IsValid reports whether b is one of the known bodies.
func (b Body) IsValid() bool { return b >= Party && b <= MemberGroup }

// PlenaryOnly reports whether b may submit proposals only during a plenary
// session (界别 and 委员小组).
func (b Body) PlenaryOnly() bool { return b == SectorBody || b == MemberGroup }

// MarshalText writes the Chinese name.
func (b Body) MarshalText() ([]byte, error) {
	return enumText(bodyNames, "提案单位类型", "Body", int(b))
}

// UnmarshalText accepts only the Chinese names written by MarshalText.
func (b *Body) UnmarshalText(t []byte) error {
	n, err := enumParse(bodyNames, "提案单位类型", t)
	*b = Body(n)
	return err
}

// Role is the part a 承办单位 plays in handling a proposal.
type Role int

// The roles of handling units.
const (
	// Lead is the 主办单位: it consolidates the views of the assisting units
	// and sends the one reply.
	Lead Role = iota + 1 // 主办
	// Assisting is a 协办 (会办) unit: it sends its views to the lead unit
	// and never replies to the proposer directly.
	Assisting // 协办
	// Separate is a 分办 unit: each such unit handles its own part and
	// replies on its own.
	Separate // 分办
)

var roleNames = []string{"", "主办", "协办", "分办"}

// String returns the Chinese name ("主办"), or "Role(n)" out of range.
func (r Role) String() string { return enumName(roleNames, "Role", int(r)) }

// IsValid reports whether r is one of the three roles.
func (r Role) IsValid() bool { return r >= Lead && r <= Separate }

// Replies reports whether a unit in role r sends a reply of its own (主办
// and 分办 do, 协办 does not).
func (r Role) Replies() bool { return r == Lead || r == Separate }

// MarshalText writes the Chinese name.
func (r Role) MarshalText() ([]byte, error) {
	return enumText(roleNames, "承办方式", "Role", int(r))
}

// UnmarshalText accepts only the Chinese names written by MarshalText.
func (r *Role) UnmarshalText(b []byte) error {
	n, err := enumParse(roleNames, "承办方式", b)
	*r = Role(n)
	return err
}

// Conversion is what a proposal not registered as such is turned into.
type Conversion int

// The conversions of [Proposal.Convert].
const (
	// ToSuggestion turns the proposal into 意见建议 (or a 委员来信)
	// forwarded to the departments concerned.
	ToSuggestion Conversion = iota + 1 // 意见建议
	// ToOpinion turns the proposal into a 社情民意 item.
	ToOpinion // 社情民意
)

var conversionNames = []string{"", "意见建议", "社情民意"}

// String returns the Chinese name ("社情民意"), or "Conversion(n)" out of
// range.
func (c Conversion) String() string { return enumName(conversionNames, "Conversion", int(c)) }

// IsValid reports whether c is one of the two conversions.
func (c Conversion) IsValid() bool { return c >= ToSuggestion && c <= ToOpinion }

// MarshalText writes the Chinese name.
func (c Conversion) MarshalText() ([]byte, error) {
	return enumText(conversionNames, "转处方式", "Conversion", int(c))
}

// UnmarshalText accepts only the Chinese names written by MarshalText.
func (c *Conversion) UnmarshalText(b []byte) error {
	n, err := enumParse(conversionNames, "转处方式", b)
	*c = Conversion(n)
	return err
}

// Satisfaction is the proposer's verdict on a reply (征询意见表).
type Satisfaction int

// The three verdicts.
const (
	Satisfied          Satisfaction = iota + 1 // 满意
	BasicallySatisfied                         // 基本满意
	Unsatisfied                                // 不满意: the units may handle it again (二次办理)
)

var satisfactionNames = []string{"", "满意", "基本满意", "不满意"}

// String returns the Chinese name ("基本满意"), or "Satisfaction(n)" out of
// range.
func (s Satisfaction) String() string {
	return enumName(satisfactionNames, "Satisfaction", int(s))
}

// IsValid reports whether s is one of the three verdicts.
func (s Satisfaction) IsValid() bool { return s >= Satisfied && s <= Unsatisfied }

// Content reports whether s counts towards the 满意和基本满意率.
func (s Satisfaction) Content() bool { return s == Satisfied || s == BasicallySatisfied }

// MarshalText writes the Chinese name.
func (s Satisfaction) MarshalText() ([]byte, error) {
	return enumText(satisfactionNames, "满意程度", "Satisfaction", int(s))
}

// UnmarshalText accepts only the Chinese names written by MarshalText.
func (s *Satisfaction) UnmarshalText(b []byte) error {
	n, err := enumParse(satisfactionNames, "满意程度", b)
	*s = Satisfaction(n)
	return err
}
