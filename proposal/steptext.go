package proposal

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Names gives the names of members, for writing a history in words; a
// *member.Roster satisfies it. Name returns "" for an ID it does not know.
type Names interface {
	Name(id lvzhi.MemberID) string
}

// Describe writes step s as a line of the audit log, in Chinese:
//
//	2022年3月15日，九届九次主席会议决定立案
//	2022年5月3日，交区住房和城乡建设局（主办，2022年8月3日前答复）、区财政局（协办）办理
//	2022年6月10日，区住房和城乡建设局答复，答复类别为A类（解决或采纳）
//
// The date is written in Chinese. With names (nil for none) a member's ID
// — as actor, seconder or leader — is replaced by the member's name; an
// actor that is not a known ID (a body, a unit) is written as recorded.
// Grades are explained with rules' grade scheme; numbers of proposals are
// written with rules' format. Describe never fails: a step with an unknown
// action is described by its action's number.
func (rules Rules) Describe(s Step, names Names) string {
	who := func(id string) string {
		if names != nil {
			if n := names.Name(lvzhi.MemberID(id)); n != "" {
				return n
			}
		}
		return id
	}
	var b strings.Builder
	b.WriteString(zh.Date(s.Date))
	b.WriteString("，")
	actor := who(s.Actor)
	switch s.Action {
	case ActionSubmit:
		b.WriteString(actor + "提交提案")
	case ActionSecond:
		b.WriteString(who(string(s.Member)) + "附议")
	case ActionReview:
		b.WriteString(actor + "开始审查")
	case ActionRegister:
		b.WriteString(by(actor) + "立案")
	case ActionReject:
		b.WriteString(by(actor) + "不予立案")
		if s.Reason != "" {
			b.WriteString("，理由：" + s.Reason)
		}
	case ActionMerge:
		b.WriteString(by(actor) + "并入" + rules.Number.Format(s.Into) + "提案")
	case ActionConvertToSuggestion:
		b.WriteString(by(actor) + "转为意见建议")
	case ActionConvertToOpinion:
		b.WriteString(by(actor) + "转为社情民意信息")
	case ActionWithdraw:
		b.WriteString(actor + "撤回提案")
	case ActionAssign:
		b.WriteString(actor + "交" + unitList(s.Units) + "办理")
	case ActionForward:
		b.WriteString(actor + "转交" + s.To + "办理")
	case ActionReply:
		b.WriteString(s.Unit + "答复，答复类别为" + s.Grade.String() + "类")
		if name := rules.grades().Name(s.Grade); name != "" {
			b.WriteString("（" + name + "）")
		}
	case ActionFeedback:
		b.WriteString("提案人反馈意见为“" + s.Satisfaction.String() + "”")
	case ActionReopen:
		b.WriteString(actor + "交" + unitList(s.Units) + "二次办理")
	case ActionClose:
		b.WriteString(actor + "办结")
	case ActionMarkKey:
		b.WriteString(by(actor) + "列为重点提案")
	case ActionSupervise:
		b.WriteString(who(s.Leader) + "领衔督办")
	default:
		fmt.Fprintf(&b, "未知的办理步骤（代码%d）", int(s.Action))
	}
	if s.Note != "" {
		b.WriteString("（" + s.Note + "）")
	}
	return b.String()
}

// Describe writes step s of p's history under p's rules; see
// [Rules.Describe].
func (p *Proposal) Describe(s Step, names Names) string { return p.rules.Describe(s, names) }

// actionText is the Chinese name of a, or "未知步骤" out of range: messages
// for clerks never show Action(0).
func actionText(a Action) string {
	if a.IsValid() {
		return a.String()
	}
	return "未知步骤"
}

// gradeText is the letter of g, or its number out of range (never Grade(9)).
func gradeText(g Grade) string {
	if g.IsValid() {
		return g.String()
	}
	return fmt.Sprint(int(g))
}

// by returns "经actor决定" before a decision, or "决定" without an actor.
func by(actor string) string {
	if actor == "" {
		return "决定"
	}
	return "经" + actor + "决定"
}

// unitList writes units with their roles and deadlines:
// 区住建局（主办，2022年8月3日前答复）、区财政局（协办）.
func unitList(units []Unit) string {
	parts := make([]string, len(units))
	for i, u := range units {
		var extra []string
		if u.Role.IsValid() {
			extra = append(extra, u.Role.String())
		}
		if u.Role.Replies() && u.Deadline.IsValid() {
			extra = append(extra, zh.Date(u.Deadline)+"前答复")
		}
		parts[i] = u.Name
		if len(extra) > 0 {
			parts[i] += "（" + strings.Join(extra, "，") + "）"
		}
	}
	return strings.Join(parts, "、")
}
