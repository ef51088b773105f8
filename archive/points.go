package archive

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi/table"
	"github.com/lvzhi-go/lvzhi/zh"

	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/session"
)

// schemeName returns the scheme's name as cited in running text: its
// title in 书名号, or 本会履职积分办法 for a scheme without a title (such
// as [member.DefaultScheme]), which is no document to cite.
func schemeName(s member.Scheme) string {
	if strings.TrimSpace(s.Name) != "" {
		return zh.BookTitle(s.Name)
	}
	return "本会履职积分办法"
}

// standing returns the total, rank and grade sentence: 按本会履职积分办法计分，
// 合计70分，在49名委员中并列第13位。 — 并列 for a rank the member shares
// with others. A member who takes no rank (a leader) is given the total
// alone.
func (p *Profile) standing() string {
	t := p.Tally
	s := fmt.Sprintf("按%s计分，合计%d分", schemeName(p.Scheme), t.Points)
	switch {
	case t.Rank > 0 && p.tied:
		s += fmt.Sprintf("，在%d名委员中并列第%d位", p.Ranked, t.Rank)
	case t.Rank > 0:
		s += fmt.Sprintf("，在%d名委员中列第%d位", p.Ranked, t.Rank)
	default:
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
// for items that reached their cap, a note. The row 参加其他会议和活动
// counts more than the section 参加其他活动 when the member also
// attended sessions that count as 其他 or worked on 文史 books: a note
// then says what it holds, in the words of the sections, without a colon
// inside the 注： (参加其他会议和活动10次，其中出席主席会议、联席会议3次，参加文史
// 工作2次，参加其他履职活动5次); a row that holds books or sessions alone is
// named after them (参加文史工作, 出席其他会议) and needs no note. Items worth nothing under the
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
		var note string
		if kt.Kind == member.DutyOther {
			parts := p.othersParts()
			switch {
			case len(parts) > 1:
				note = fmt.Sprintf("%s%d次，其中%s。", name, kt.Units, strings.Join(parts, "，"))
			case len(parts) == 1 && len(p.Others) == 0:
				name = othersLabel(parts[0])
			}
		}
		t.Rows = append(t.Rows, []table.Cell{table.Text(name), table.Text(unit), table.Int(kt.Units), table.Int(kt.Points)})
		if note != "" {
			t.Notes = append(t.Notes, note)
		}
		for _, r := range p.Scheme.Rules {
			if r.Kind == kt.Kind && r.Cap > 0 && kt.Points == r.Cap && kt.Units*r.Points > r.Cap {
				t.Notes = append(t.Notes, fmt.Sprintf("%s每%s计%d分，本项以%d分为限。", name, unit, r.Points, r.Cap))
			}
		}
	}
	t.Total = []table.Cell{table.Text("合计").Span(3, 1), table.Int(p.Tally.Points)}
	return t
}

// othersParts says what the row 参加其他会议和活动 holds, in the words of
// the sections: the sessions (出席主席会议、联席会议3次, named under 参加会议),
// the 文史 books (参加文史工作2次) and the other activities (参加其他履职活动5次),
// each when there is one.
func (p *Profile) othersParts() []string {
	books := 0
	for _, e := range p.Publications {
		books += e.Units
	}
	var parts []string
	if p.otherSessions > 0 {
		var kinds []string
		for _, m := range p.Meetings {
			if m.Present > 0 && m.Kind != session.KindPlenary && m.Kind != session.KindStanding {
				kinds = append(kinds, kindName(m))
			}
		}
		if len(kinds) == 0 {
			kinds = []string{"会议"}
		}
		parts = append(parts, fmt.Sprintf("出席%s%d次", strings.Join(kinds, "、"), p.otherSessions))
	}
	if books > 0 {
		parts = append(parts, fmt.Sprintf("参加文史工作%d次", books))
	}
	if others := Units(p.Others, member.DutyOther); others > 0 {
		parts = append(parts, fmt.Sprintf("参加其他履职活动%d次", others))
	}
	return parts
}

// othersLabel names the row 参加其他会议和活动 after its one part, when it
// holds sessions or 文史 books alone: 参加文史工作 (the section's heading)
// for books, 出席其他会议 for sessions (named under 参加会议).
func othersLabel(part string) string {
	if strings.HasPrefix(part, "出席") {
		return "出席其他会议"
	}
	return strings.TrimRight(part, "0123456789次")
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

// gradeClause is the grade of an idle member: 等次为…, or, for a member
// whose only records are leave, that they take no rank (and no grade).
// The 参加会议 section has named the sessions missed on leave: the line
// says no more than that (not 因请假, as if the leave covered the period).
func (p *Profile) gradeClause() string {
	switch {
	case p.Tally.Grade != "":
		return "，等次为" + p.Tally.Grade
	case OnLeave(p.Tally) && p.graded:
		return "，不参加积分排名和等次评定"
	case OnLeave(p.Tally):
		return "，不参加积分排名"
	}
	return ""
}

// OnLeave reports whether a tally holds leave (请假) and nothing else: a
// member whose only records in the period are sessions missed on leave,
// who is given no rank and no grade. It says nothing of the days between
// those sessions, and the archives do not either.
func OnLeave(t member.Tally) bool {
	return len(t.Kinds) == 1 && t.Kinds[0].Kind == member.DutyLeave
}
