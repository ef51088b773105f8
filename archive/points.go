package archive

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi/table"

	"github.com/lvzhi-go/lvzhi/member"
)

// schemeName returns the scheme's name as cited in running text: its
// title in 书名号, or 本会履职积分办法 for a scheme without a title (such
// as [member.DefaultScheme]), which is no document to cite.
func schemeName(s member.Scheme) string {
	if strings.TrimSpace(s.Name) != "" {
		return bookTitle(s.Name)
	}
	return "本会履职积分办法"
}

// standing returns the total, rank and grade sentence. A member who takes
// no rank (a leader) is given the total alone.
func (p *Profile) standing() string {
	t := p.Tally
	s := fmt.Sprintf("按%s，履职积分合计%d分", schemeName(p.Scheme), t.Points)
	if t.Rank > 0 {
		s += fmt.Sprintf("，在%d名委员中列第%d位", p.Ranked, t.Rank)
	} else {
		s += "（主席、副主席不参加排名）"
	}
	if t.Grade != "" {
		s += "，等次为" + t.Grade
	}
	return s + "。"
}

// pointsText writes the total, the rank and the grade.
func (p *Profile) pointsText() []string { return []string{p.standing()} }

// PointsItem names a kind of duty as the points table does: the kind's
// name, and 参加其他会议和活动 for [member.DutyOther].
func PointsItem(k member.DutyKind) string {
	if k == member.DutyOther {
		return "参加其他会议和活动"
	}
	return k.String()
}

// unitNames are the units of each duty kind as a table column names them.
var unitNames = map[member.DutyKind]string{member.DutyPlenary: "半天", member.DutyProposalFiled: "件",
	member.DutyProposalAccepted: "件", member.DutyKeyProposal: "件", member.DutyOpinionSubmitted: "条",
	member.DutyOpinionAdopted: "条", member.DutyOpinionEndorsed: "条"}

// PointsTable returns the points of every item of the tally that earns or
// costs points as a table: 履职项目, 单位, 数量, 积分, with the total and,
// for items that reached their cap, a note. Items worth nothing under the
// scheme (请假 in the default one) are left out: the document's sections
// say what they were. The figures are those of [Profile].Tally.
func (p *Profile) PointsTable() table.Table {
	t := table.Table{
		Title:   "履职积分明细",
		Header:  [][]table.Cell{table.Texts("履职项目", "单位", "数量", "积分")},
		Columns: []table.Column{{}, {Align: table.AlignCenter}, {Numeric: true}, {Numeric: true}},
	}
	for _, kt := range p.Tally.Kinds {
		if kt.Points == 0 {
			continue
		}
		name := PointsItem(kt.Kind)
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

// idleLine is the closing line of a member who did nothing in the period
// but miss sessions, whose 参加会议 section names them: no zeros stated,
// and the grade only where there is one. A member whose only records are
// leave is not ranked or graded (see [Book.Tallies]), and the line says so.
func (p *Profile) idleLine(period string) string {
	listed := 0
	for _, m := range p.Meetings {
		listed += m.Listed
	}
	if listed == 0 {
		return period + "无履职记录" + p.gradeClause() + "。"
	}
	return period + "无其他履职记录" + p.gradeClause() + "。"
}

// gradeClause is the grade of an idle member: 等次为…, or, for a member on
// leave for the whole period, that they take no rank (and no grade).
func (p *Profile) gradeClause() string {
	switch {
	case p.Tally.Grade != "":
		return "，等次为" + p.Tally.Grade
	case OnLeave(p.Tally) && p.graded:
		return "，因请假不参加积分排名和等次评定"
	case OnLeave(p.Tally):
		return "，因请假不参加积分排名"
	}
	return ""
}

// OnLeave reports whether a tally holds leave (请假) and nothing else: a
// member on leave for the whole period, who is given no grade.
func OnLeave(t member.Tally) bool {
	return len(t.Kinds) == 1 && t.Kinds[0].Kind == member.DutyLeave
}
