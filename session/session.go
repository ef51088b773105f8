package session

import (
	"errors"
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
	"github.com/lvzhi-go/lvzhi/internal/validate"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Session is one meeting held or organised by the committee (会议).
//
// Numbered kinds ([Kind.Numbered]) carry a Term (届) and a Sitting (次);
// the other kinds carry a free Name. Members are referred to by
// [lvzhi.MemberID] only.
type Session struct {
	// ID identifies the session; other records refer to it by this ID.
	ID lvzhi.SessionID `json:"id" validate:"required" label:"编号"`
	// Kind is the kind of session.
	Kind Kind `json:"kind" validate:"required,isvalid" label:"会议类型"`
	// Term is the number of the term (届), required for numbered kinds.
	Term int `json:"term,omitempty" validate:"gte=0,lte=99" label:"届次"`
	// Sitting is the number of the session within its term and kind (次),
	// required for numbered kinds and not allowed for the others. Standing
	// committee sessions and chairpersons' meetings are numbered
	// cumulatively over the whole term.
	Sitting int `json:"sitting,omitempty" validate:"gte=0,lte=999" label:"次数"`
	// Name is the free name of a session of an unnumbered kind
	// (2022年第一季度反映社情民意信息座谈会). It is required for those kinds and
	// optional, as an extra title, for numbered ones.
	Name string `json:"name,omitempty" validate:"max=100" label:"会议名称"`
	// Dates is the inclusive range of days the session lasted.
	Dates lvzhi.DateRange `json:"dates" validate:"required,daterange" label:"会议日期"`
	// Place is where the session was held.
	Place string `json:"place,omitempty" validate:"max=100" label:"地点"`
	// Organiser is the body that convened the session, if not the
	// committee itself (区政府、区人大、区政协 for a 联席会议).
	Organiser string `json:"organiser,omitempty" validate:"max=100" label:"组织单位"`
	// Agenda lists the items in order.
	Agenda []AgendaItem `json:"agenda,omitempty" validate:"dive" label:"议程"`
	// Outcomes are the results of the whole session: resolutions adopted,
	// 协商意见 formed, tasks set.
	Outcomes []string `json:"outcomes,omitempty" validate:"dive,required,max=500" label:"会议成果"`
	// Attendance records who was expected and who came.
	Attendance Attendance `json:"attendance,omitzero" label:"出席情况"`
}

// AgendaItem is one item of a session's agenda (议程).
type AgendaItem struct {
	// Kind is the kind of item.
	Kind AgendaKind `json:"kind" validate:"required,isvalid" label:"议程类型"`
	// Title names the item: 听取和审议区政府工作报告.
	Title string `json:"title" validate:"required,max=200" label:"标题"`
	// Dates is the day or days the item took, if recorded; it must lie
	// within the session's dates.
	Dates lvzhi.DateRange `json:"dates,omitzero" label:"日期"`
	// Speeches are the speeches made under the item (大会发言).
	Speeches []Speech `json:"speeches,omitempty" validate:"dive" label:"发言"`
	// Outcome is what the item produced: 协商意见, a resolution adopted.
	Outcome string `json:"outcome,omitempty" validate:"max=500" label:"结果"`
}

// Speech is one speech under an agenda item.
type Speech struct {
	// Speaker is the member who spoke; empty for a speech on behalf of a
	// group or sector whose speaker is not recorded.
	Speaker lvzhi.MemberID `json:"speaker,omitempty" label:"发言人"`
	// Title is the title of the speech: 关于在小学和社区创办“四点钟学校”的建议.
	Title string `json:"title" validate:"required,max=200" label:"发言题目"`
}

// Attendance is the attendance list of one session.
type Attendance struct {
	// Mode says whether the listed members were required to attend or
	// signed up. It is required when Records is not empty.
	Mode Mode `json:"mode,omitempty" label:"出席方式"`
	// Records holds one entry per listed member.
	Records []Record `json:"records,omitempty" validate:"dive" label:"出席记录"`
}

// IsZero reports whether a is empty.
func (a Attendance) IsZero() bool { return a.Mode == 0 && len(a.Records) == 0 }

// Record is one member's attendance at one session.
type Record struct {
	// Member is the member concerned.
	Member lvzhi.MemberID `json:"member" validate:"required" label:"委员"`
	// Status is present, on leave or absent.
	Status Status `json:"status" validate:"required,isvalid" label:"出席状态"`
	// Reason is the reason for leave (请假事由), required when Status is
	// [OnLeave].
	Reason string `json:"reason,omitempty" validate:"max=200" label:"请假事由"`
}

// Validate returns every problem with s as [lvzhi.ValidationErrors], or
// nil. Besides the field rules it checks that numbered kinds have a term and
// a sitting and other kinds a name, that agenda items lie within the
// session's dates, and that the attendance list names each member once and
// gives a reason for every leave.
func (s Session) Validate() error {
	errs, err := structErrors(s)
	if err != nil {
		return err
	}
	add := func(field, label, rule, msg string) {
		errs = append(errs, lvzhi.FieldError{Field: field, Label: label, Rule: rule, Message: msg})
	}
	switch {
	case s.Kind.Numbered():
		if s.Term < 1 {
			add("Term", "届次", "required", s.Kind.String()+"须填写届次")
		}
		if s.Sitting < 1 {
			add("Sitting", "次数", "required", s.Kind.String()+"须填写次数")
		}
	case s.Kind.IsValid():
		if strings.TrimSpace(s.Name) == "" {
			add("Name", "会议名称", "required", s.Kind.String()+"须填写会议名称")
		}
		if s.Sitting != 0 {
			add("Sitting", "次数", "excluded", "只有全体会议、常务委员会会议、主席会议和秘书长会议按次编号")
		}
	}
	for i, it := range s.Agenda {
		if it.Dates.IsZero() {
			continue
		}
		f, l := fmt.Sprintf("Agenda[%d].Dates", i), fmt.Sprintf("议程[%d].日期", i)
		switch {
		case !it.Dates.IsValid():
			add(f, l, "daterange", "议程日期须为有效日期且开始不晚于结束")
		case s.Dates.IsValid() && !s.Dates.ContainsRange(it.Dates):
			add(f, l, "within", fmt.Sprintf("议程日期%s不在会议日期（%s）之内", zh.DateRange(it.Dates), zh.DateRange(s.Dates)))
		}
	}
	a := s.Attendance
	if len(a.Records) > 0 && !a.Mode.IsValid() {
		add("Attendance.Mode", "出席情况.出席方式", "required", "有出席记录时须填写出席方式（应出席或报名参加）")
	} else if a.Mode != 0 && !a.Mode.IsValid() {
		add("Attendance.Mode", "出席情况.出席方式", "isvalid", "出席方式须为应出席或报名参加")
	}
	seen := make(map[lvzhi.MemberID]int, len(a.Records))
	for i, r := range a.Records {
		f, l := fmt.Sprintf("Attendance.Records[%d]", i), fmt.Sprintf("出席情况.出席记录[%d]", i)
		if r.Status == OnLeave && strings.TrimSpace(r.Reason) == "" {
			add(f+".Reason", l+".请假事由", "required_if", "请假须填写请假事由")
		}
		if r.Member == "" {
			continue
		}
		if j, dup := seen[r.Member]; dup {
			add(f+".Member", l+".委员", "unique", fmt.Sprintf("委员 %s 在出席记录中重复（另见第%d条）", r.Member, j+1))
			continue
		}
		seen[r.Member] = i
	}
	return errs.Err()
}

// structErrors runs the shared validator on v and returns its field
// errors; any other error (a programming error in a tag) is returned as is.
func structErrors(v any) (lvzhi.ValidationErrors, error) {
	err := validate.Struct(v)
	if err == nil {
		return nil, nil
	}
	var verrs lvzhi.ValidationErrors
	if errors.As(err, &verrs) {
		return verrs, nil
	}
	return nil, err
}

// Decode parses one session from JSON strictly (unknown fields and
// trailing data are errors, located by a JSON path) and validates it. It
// never panics, whatever the input.
func Decode(data []byte) (Session, error) {
	var s Session
	if err := jsonstrict.CheckControl(data); err != nil {
		return Session{}, err
	}
	if err := jsonstrict.Unmarshal(data, &s); err != nil {
		return Session{}, err
	}
	if err := s.Validate(); err != nil {
		return Session{}, err
	}
	return s, nil
}
