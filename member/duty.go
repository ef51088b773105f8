package member

import (
	"errors"
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/validate"
)

// DutyKind is a kind of duty performance (履职) recorded for a member.
type DutyKind int

// The kinds of duty performance. For the kinds counted in units, Duty.Count
// gives the number of units; the comment says what a unit is.
const (
	DutyPlenary          DutyKind = iota + 1 // 出席全体会议 (unit: half-day)
	DutyLeave                                // 请假 (excused absence; a reason is required)
	DutyAbsence                              // 无故缺席 (unexcused absence)
	DutyStandingMeeting                      // 出席常委会议 (unit: meeting)
	DutyProposalFiled                        // 提交提案 (unit: proposal)
	DutyProposalAccepted                     // 提案立案 (unit: proposal)
	DutyKeyProposal                          // 重点提案 (unit: proposal)
	DutySpeech                               // 大会发言 (unit: speech)
	DutyOpinionSubmitted                     // 社情民意报送 (unit: item)
	DutyOpinionAdopted                       // 社情民意采用 (unit: item)
	DutyOpinionEndorsed                      // 社情民意获领导批示 (unit: item)
	DutyResearch                             // 参加调研 (unit: activity)
	DutyInspection                           // 参加视察 (unit: activity)
	DutyGroupActivity                        // 参加小组活动 (unit: activity)
	DutyOther                                // 其他
)

var dutyKindNames = []string{"", "出席全体会议", "请假", "无故缺席", "出席常委会议", "提交提案", "提案立案",
	"重点提案", "大会发言", "社情民意报送", "社情民意采用", "社情民意获领导批示", "参加调研", "参加视察", "参加小组活动", "其他"}

// String returns the Chinese name, or "DutyKind(n)" out of range.
func (k DutyKind) String() string { return enumName(dutyKindNames, "DutyKind", int(k)) }

// IsValid reports whether k is one of the kinds above.
func (k DutyKind) IsValid() bool { return k >= DutyPlenary && k <= DutyOther }

// MarshalText writes the Chinese name.
func (k DutyKind) MarshalText() ([]byte, error) {
	return enumText(dutyKindNames, "履职类型", "DutyKind", int(k))
}

// UnmarshalText accepts the Chinese name exactly.
func (k *DutyKind) UnmarshalText(b []byte) error {
	n, err := enumParse("履职类型", b, dutyKindNames)
	if err != nil {
		return err
	}
	*k = DutyKind(n)
	return nil
}

// DutyKinds returns every kind in order.
func DutyKinds() []DutyKind {
	out := make([]DutyKind, 0, DutyOther)
	for k := DutyPlenary; k <= DutyOther; k++ {
		out = append(out, k)
	}
	return out
}

// Duty is one record of a member's duty performance: attendance at a
// meeting, a proposal filed or accepted, a speech, a 社情民意 item, a
// research or inspection trip, an activity group meeting.
type Duty struct {
	Member lvzhi.MemberID `json:"member" validate:"required" label:"委员编号" norm:"trim"`
	Date   lvzhi.Date     `json:"date" validate:"required,date" label:"日期"`
	Kind   DutyKind       `json:"kind" validate:"required,enum" label:"履职类型"`
	// Count is the number of units (half-days, proposals, items …); zero
	// means one.
	Count int `json:"count,omitempty" validate:"gte=0,lte=1000" label:"数量"`
	// Reason is the reason for a leave of absence (请假事由), required for
	// DutyLeave.
	Reason string `json:"reason,omitempty" validate:"max=200" label:"请假事由" norm:"trim"`
	// Group names the activity group of a DutyGroupActivity; when empty,
	// the activity counts for every group the member belongs to that day.
	Group string `json:"group,omitempty" validate:"max=30" label:"活动小组" norm:"trim"`
	// Ref is the ID of the source record (a session, proposal or activity
	// in another package), kept for tracing.
	Ref  string `json:"ref,omitempty" validate:"max=64" label:"来源编号" norm:"trim"`
	Note string `json:"note,omitempty" validate:"max=500" label:"备注" norm:"trim"`
}

// Units returns Count, or 1 when Count is zero.
func (d Duty) Units() int {
	if d.Count == 0 {
		return 1
	}
	return d.Count
}

// Validate checks d and returns all problems at once as
// [lvzhi.ValidationErrors].
func (d Duty) Validate() error {
	var errs lvzhi.ValidationErrors
	if err := validate.Struct(d); err != nil && !errors.As(err, &errs) {
		return err
	}
	if d.Kind == DutyLeave && strings.TrimSpace(d.Reason) == "" {
		errs = append(errs, lvzhi.FieldError{Field: "Reason", Label: "请假事由", Rule: "required_if", Param: "Kind 请假",
			Message: "请假须写明请假事由"})
	}
	if d.Group != "" && d.Kind != DutyGroupActivity {
		errs = append(errs, lvzhi.FieldError{Field: "Group", Label: "活动小组", Rule: "excluded_unless", Param: "Kind 参加小组活动",
			Message: fmt.Sprintf("只有参加小组活动可以填写活动小组，本条为%s", d.Kind)})
	}
	return errs.Err()
}
