package archive

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/table"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Document returns the 履职档案 of member id for the book's period, or an
// error wrapping [ErrUnknownMember]. See the package documentation for its
// parts.
func (b *Book) Document(id lvzhi.MemberID) (*summary.Document, error) {
	p, err := b.Profile(id)
	if err != nil {
		return nil, err
	}
	d := p.Document()
	d.Issuer, d.Date, d.Unsealed = b.issuer, b.date, true
	return d, nil
}

// Document writes the profile as a 履职档案 without 落款: the title, the
// 基本情况 section and one section for each kind of duty done, closing with
// the points; or, for a member who did nothing (see [Profile.Idle]), the
// 基本情况 and one closing line in place of empty headings (under 履职积分
// when 参加会议 names sessions missed on leave).
func (p *Profile) Document() *summary.Document {
	period := zh.PeriodName(p.Period)
	d := &summary.Document{Title: fmt.Sprintf("%s委员%s履职档案", p.Member.Name, period)}
	d.Sections = append(d.Sections, summary.Section{Heading: "基本情况", Paragraphs: p.basics()})
	add := func(heading string, paras ...string) {
		if len(paras) > 0 {
			d.Sections = append(d.Sections, summary.Section{Heading: heading, Paragraphs: paras})
		}
	}
	add("参加会议", p.meetingsText()...)
	if p.Idle() {
		if len(d.Sections) > 1 {
			// Sessions missed on leave stand under 参加会议; that the member
			// takes no rank is said under a heading of its own.
			add("履职积分", p.idleLine(period))
		} else {
			d.Plans.Closing = p.idleLine(period)
		}
		return d
	}
	if s, ok := p.proposalsSection(); ok {
		d.Sections = append(d.Sections, s)
	}
	add("督办提案", p.supervisionText()...)
	add("反映社情民意", p.opinionsText()...)
	add("大会发言", p.speechesText()...)
	add(p.studiesHeading(), p.studiesText()...)
	add("参加委员小组活动", p.groupText()...)
	add("参加文史工作", p.publicationsText()...)
	add("参加其他活动", p.othersText()...)
	d.Sections = append(d.Sections, summary.Section{Heading: "履职积分", Paragraphs: p.pointsText(),
		Tables: []table.Table{p.PointsTable()}})
	return d
}

// basics writes the 基本情况: who the member is, then 政治面貌, sector and
// places on the committee.
func (p *Profile) basics() []string {
	m := p.Member
	who := []string{m.Name, m.Gender.String()}
	if m.Ethnicity != "" {
		who = append(who, string(m.Ethnicity))
	}
	if m.BirthDate.IsValid() {
		who = append(who, fmt.Sprintf("%d年%d月生", m.BirthDate.Year, int(m.BirthDate.Month)))
	}
	if job := m.WorkUnit + m.Title; job != "" {
		who = append(who, job)
	}
	facts := []string{"政治面貌：" + Standing(m.Party), "界别：" + string(m.Sector)}
	if len(p.Posts) > 0 {
		var posts []string
		for _, x := range p.Posts {
			name := x.Role.String()
			if x.Label != "" {
				name = x.Label
			}
			posts = append(posts, name+p.tenure(x.Tenure))
		}
		facts = append(facts, "政协职务："+strings.Join(posts, "、"))
	}
	if len(p.Committees) > 0 {
		var cs []string
		for _, x := range p.Committees {
			cs = append(cs, string(x.Committee)+x.Role.String()+p.tenure(x.Tenure))
		}
		facts = append(facts, "专门委员会："+strings.Join(cs, "、"))
	}
	if len(p.Groups) > 0 {
		var gs []string
		for _, x := range p.Groups {
			gs = append(gs, x.Group+x.Role.String()+p.tenure(x.Tenure))
		}
		facts = append(facts, "委员活动小组："+strings.Join(gs, "、"))
	}
	return []string{strings.Join(who, "，") + "。", strings.Join(facts, "；") + "。"}
}

// standings are the 政治面貌 of the members of each party, in the order of
// [member.Parties].
var standings = []string{"", "中共党员", "民革党员", "民盟盟员", "民建会员", "民进会员", "农工党党员",
	"致公党党员", "九三学社社员", "台盟盟员", "无党派人士", "群众"}

// Standing returns the 政治面貌 of a member of party p as forms write it:
// 中共党员, 民盟盟员, 九三学社社员, 无党派人士, 群众.
func Standing(p member.Party) string {
	if p.IsValid() {
		return standings[p]
	}
	return p.String()
}

// tenure notes a tenure that begins or ends within the period.
func (p *Profile) tenure(t member.Tenure) string {
	span := p.Period.Range()
	from := !t.Start.IsZero() && t.Start.After(span.From)
	to := !t.End.IsZero() && t.End.Before(span.To)
	y := zh.OmitYear(span.From.Year)
	switch {
	case from && to:
		return "（" + zh.DateRange(lvzhi.DateRange{From: t.Start, To: t.End}, y) + "）"
	case from:
		return "（" + zh.Date(t.Start, y) + "起）"
	case to:
		return "（至" + zh.Date(t.End, y) + "）"
	}
	return ""
}

// sessionKindNames are the kinds of session as running text names them.
var sessionKindNames = []string{"", "全体会议", "常委会议", "主席会议", "秘书长会议", "专题协商会",
	"双月协商座谈会", "联席会议", "提案交办会", "座谈会", "其他会议"}

// kindName returns the running-text name of a kind of session.
func kindName(m Meetings) string {
	if k := int(m.Kind); k > 0 && k < len(sessionKindNames) {
		return sessionKindNames[k]
	}
	return m.Kind.String()
}

// few joins up to three names with 、 and adds 等 when there are more.
func few(names []string) string {
	if len(names) > 3 {
		return strings.Join(names[:3], "、") + "等"
	}
	return strings.Join(names, "、")
}

// unique returns names without repeats, in order.
func unique(names []string) []string {
	var out []string
	for _, n := range names {
		if n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// units returns the units and points of kind k in the tally.
func (p *Profile) units(k member.DutyKind) (units, points int) {
	for _, kt := range p.Tally.Kinds {
		if kt.Kind == k {
			return kt.Units, kt.Points
		}
	}
	return 0, 0
}
