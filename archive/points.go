package archive

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/session"
)

// unitWords are the measure words of the units of each duty kind.
var unitWords = map[member.DutyKind]string{
	member.DutyPlenary:          "个半天",
	member.DutyLeave:            "次",
	member.DutyAbsence:          "次",
	member.DutyStandingMeeting:  "次",
	member.DutyProposalFiled:    "件",
	member.DutyProposalAccepted: "件",
	member.DutyKeyProposal:      "件",
	member.DutySpeech:           "次",
	member.DutyOpinionSubmitted: "条",
	member.DutyOpinionAdopted:   "条",
	member.DutyOpinionEndorsed:  "条",
	member.DutyResearch:         "次",
	member.DutyInspection:       "次",
	member.DutyGroupActivity:    "次",
	member.DutyOther:            "次",
}

// Item returns the name of one item of the points: the kind, its units
// and their measure word (出席全体会议6个半天, 提案立案2件).
func Item(kt member.KindTally) string {
	w, ok := unitWords[kt.Kind]
	if !ok {
		w = "项"
	}
	name := kt.Kind.String()
	if kt.Kind == member.DutyOther {
		name = "其他活动"
	}
	return fmt.Sprintf("%s%d%s", name, kt.Units, w)
}

// PointsText writes the points of an item: 计30分, or 扣5分 for a
// deduction.
func PointsText(points int) string {
	if points < 0 {
		return fmt.Sprintf("扣%d分", -points)
	}
	return fmt.Sprintf("计%d分", points)
}

// schemeName returns the scheme's name as cited in running text.
func schemeName(s member.Scheme) string {
	if s.Name == "" {
		return "履职积分办法"
	}
	return "《" + strings.Trim(s.Name, "《》") + "》"
}

// standing returns the total, rank and grade sentence.
func (p *Profile) standing() string {
	t := p.Tally
	s := fmt.Sprintf("按%s，履职积分合计%d分，在%d名委员中列第%d位", schemeName(p.Scheme), t.Points, p.Ranked, t.Rank)
	if t.Grade != "" {
		s += "，等次为" + t.Grade
	}
	return s + "。"
}

// pointsText writes the total and the points of every item, naming the
// cap where an item reached it.
func (p *Profile) pointsText() []string {
	var items []string
	for _, kt := range p.Tally.Kinds {
		it := Item(kt) + "，" + PointsText(kt.Points)
		for _, r := range p.Scheme.Rules {
			if r.Kind == kt.Kind && r.Cap > 0 && kt.Points == r.Cap && kt.Units*r.Points > r.Cap {
				it += fmt.Sprintf("（本项上限%d分）", r.Cap)
			}
		}
		items = append(items, it)
	}
	out := []string{p.standing()}
	if len(items) > 0 {
		out = append(out, "其中："+strings.Join(items, "；")+"。")
	}
	return out
}

// idleLine is the closing line of a member who did nothing in the period:
// the sessions missed, if any, and the points.
func (p *Profile) idleLine(period string) string {
	listed, excused, absent := 0, 0, 0
	var reasons []string
	for _, m := range p.Meetings {
		listed += m.Listed
		excused += m.Excused
		absent += m.Absent
		for _, s := range m.Sessions {
			if s.Status == session.OnLeave {
				reasons = append(reasons, s.Reason)
			}
		}
	}
	s := period + "无履职记录"
	if listed > 0 {
		s = fmt.Sprintf("%s应出席会议%d次，实到0次", period, listed)
		if excused > 0 {
			s += fmt.Sprintf("，请假%d次", excused)
			if rs := unique(reasons); len(rs) > 0 {
				s += "（事由：" + strings.Join(rs, "；") + "）"
			}
		}
		if absent > 0 {
			s += fmt.Sprintf("，缺席%d次", absent)
		}
		s += "，无其他履职记录"
	}
	t := p.Tally
	s += fmt.Sprintf("；履职积分%d分", t.Points)
	if t.Grade != "" {
		s += "，等次为" + t.Grade
	}
	return s + "。"
}
