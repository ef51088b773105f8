package archive

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi/table"

	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/session"
)

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

// pointsText writes the total, the rank and the grade.
func (p *Profile) pointsText() []string { return []string{p.standing()} }

// unitNames are the units of each duty kind as a table column names them.
var unitNames = map[member.DutyKind]string{member.DutyPlenary: "半天", member.DutyProposalFiled: "件",
	member.DutyProposalAccepted: "件", member.DutyKeyProposal: "件", member.DutyOpinionSubmitted: "条",
	member.DutyOpinionAdopted: "条", member.DutyOpinionEndorsed: "条"}

// PointsTable returns the points of every item of the tally as a table:
// 履职项目, 单位, 数量, 积分, with the total and, for items that reached
// their cap, a note. The figures are those of [Profile].Tally.
func (p *Profile) PointsTable() table.Table {
	t := table.Table{
		Title:   "履职积分明细",
		Header:  [][]table.Cell{table.Texts("履职项目", "单位", "数量", "积分")},
		Columns: []table.Column{{}, {Align: table.AlignCenter}, {Numeric: true}, {Numeric: true}},
	}
	for _, kt := range p.Tally.Kinds {
		name := kt.Kind.String()
		if kt.Kind == member.DutyOther {
			name = "其他活动"
		}
		unit, ok := unitNames[kt.Kind]
		if !ok {
			unit = "次"
		}
		t.Rows = append(t.Rows, []table.Cell{table.Text(name), table.Text(unit), table.Int(kt.Units), table.Int(kt.Points)})
		for _, r := range p.Scheme.Rules {
			if r.Kind == kt.Kind && r.Cap > 0 && kt.Points == r.Cap && kt.Units*r.Points > r.Cap {
				t.Notes = append(t.Notes, fmt.Sprintf("%s每%s计%d分，本项以%d分为限。", name, unit, r.Points, r.Cap))
			}
		}
	}
	t.Total = []table.Cell{table.Text("合计").Span(3, 1), table.Int(p.Tally.Points)}
	return t
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
