package participation

import "strconv"

// Kind is a kind of duty counted (履职类型).
type Kind int

// The kinds of duty, in the order tables show them.
const (
	ProposalLead  Kind = iota + 1 // 提案（第一提案人）
	ProposalJoint                 // 提案（联名）
	Opinion                       // 社情民意信息
	Attendance                    // 出席会议
	Speech                        // 大会发言
	Research                      // 调研
	Inspection                    // 视察
	GroupActivity                 // 委员小组活动
	Other                         // 其他活动
)

var kindNames = [...]string{"", "提案（第一提案人）", "提案（联名）", "社情民意信息", "出席会议", "大会发言", "调研", "视察", "委员小组活动", "其他活动"}

var kindUnits = [...]string{"", "件", "件", "条", "次", "次", "项", "次", "次", "次"}

// Unit is the measure word of the kind's items: 件 for proposals, 条 for
// 社情民意信息, 项 for research topics, 次 for meetings, speeches,
// inspections and activities; "" out of range.
func (k Kind) Unit() string {
	if !k.IsValid() {
		return ""
	}
	return kindUnits[k]
}

// Kinds returns every kind in order.
func Kinds() []Kind {
	ks := make([]Kind, 0, len(kindNames)-1)
	for k := ProposalLead; k <= Other; k++ {
		ks = append(ks, k)
	}
	return ks
}

// IsValid reports whether k is one of the kinds.
func (k Kind) IsValid() bool { return k >= ProposalLead && k <= Other }

// String returns the Chinese name, or "Kind(n)" out of range.
func (k Kind) String() string {
	if !k.IsValid() {
		return "Kind(" + strconv.Itoa(int(k)) + ")"
	}
	return kindNames[k]
}
