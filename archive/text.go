package archive

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/zh"
)

// meetingsText writes the attendance. The sessions of the kinds a member
// attended in full are named after one 出席 (出席九届三次会议（6个半天）、
// 主席会议2次（九届九次、十次）: see seatNames); a kind with leave or
// absence gets its own clause with the counts and the sessions missed
// (常委会议应出席3次，出席2次（…），请假1次（…）), and a single session
// missed is named alone (请假未出席九届三次会议). Reasons for leave are
// written only when the book's options ask for them (因病住院请假，未出席
// 九届三次会议).
func (p *Profile) meetingsText() []string {
	var full, clauses []string
	for _, m := range p.Meetings {
		var present, leave, absent []Seat
		var reasons []string
		verb := "报名参加"
		for _, s := range m.Sessions {
			if !s.SignUp {
				verb = "应出席"
			}
			switch s.Status {
			case session.Present:
				present = append(present, s)
			case session.OnLeave:
				leave = append(leave, s)
				reasons = append(reasons, s.Reason)
			case session.Absent:
				absent = append(absent, s)
			}
		}
		halfDays := ""
		if n, _ := p.units(member.DutyPlenary); n > 0 && m.Kind == session.KindPlenary {
			halfDays = fmt.Sprintf("%d个半天", n)
		}
		why := ""
		if rs := unique(reasons); p.reasons && len(rs) > 0 {
			why = "事由：" + strings.Join(rs, "；")
		}
		switch {
		case m.Present == m.Listed && m.Present == 1:
			full = append(full, present[0].Name+paren(halfDays))
			continue
		case m.Present == m.Listed:
			full = append(full, fmt.Sprintf("%s%d次", kindName(m), m.Present)+paren(few(seatNames(present)), halfDays))
			continue
		case m.Listed == 1 && m.Excused == 1:
			clauses = append(clauses, p.missedOnLeave(leave[0]))
			continue
		case m.Listed == 1 && m.Absent == 1:
			clauses = append(clauses, "缺席"+absent[0].Name)
			continue
		}
		c := fmt.Sprintf("%s%s%d次", kindName(m), verb, m.Listed)
		if m.Present > 0 {
			c += fmt.Sprintf("，出席%d次", m.Present) + paren(few(seatNames(present)), halfDays)
		}
		if m.Excused > 0 {
			c += fmt.Sprintf("，请假%d次", m.Excused) + paren(few(seatNames(leave)), why)
		}
		if m.Absent > 0 {
			c += fmt.Sprintf("，缺席%d次", m.Absent) + paren(few(seatNames(absent)))
		}
		clauses = append(clauses, c)
	}
	if n := len(full); n > 0 {
		all := full[n-1]
		if n > 1 {
			all = strings.Join(full[:n-1], "、") + "和" + all
		}
		clauses = append([]string{"出席" + all}, clauses...)
	}
	if len(clauses) == 0 {
		return nil
	}
	return []string{strings.Join(clauses, "；") + "。"}
}

// missedOnLeave writes a single session missed on leave: 请假未出席九届三次
// 会议, or with the reason when the options ask for it: 因病住院请假，未出席…
// (a reason that already says 请假, such as 因事请假, is not given it twice).
func (p *Profile) missedOnLeave(s Seat) string {
	r := strings.TrimSpace(s.Reason)
	if !p.reasons || r == "" {
		return "请假未出席" + s.Name
	}
	if !strings.HasPrefix(r, "因") {
		r = "因" + r
	}
	if !strings.HasSuffix(r, "请假") {
		r += "请假"
	}
	return r + "，未出席" + s.Name
}

// seatNames names sessions of one kind in a clause that names the kind
// (主席会议2次（…）): numbered ones by their numbers alone, the term
// written once for the sittings of a term that follow each other — 九届九次、
// 十次 for 九届九次主席会议 and 九届十次主席会议 —, the others by their
// names. A session is named once.
func seatNames(seats []Seat) []string {
	var out []string
	var seen []lvzhi.SessionID
	term := 0
	for _, s := range seats {
		if slices.Contains(seen, s.Session) {
			continue
		}
		seen = append(seen, s.Session)
		if s.Term == 0 || s.Sitting == 0 {
			out, term = append(out, s.Name), 0
			continue
		}
		n := zh.Numeral(int64(s.Sitting)) + "次"
		if s.Term != term {
			n = zh.Numeral(int64(s.Term)) + "届" + n
		}
		out, term = append(out, n), s.Term
	}
	return out
}

// paren puts the non-empty parts in parentheses, joined with ，; nothing
// when all are empty.
func paren(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "（" + strings.Join(out, "，") + "）"
}

// proposalsSection writes the count of the member's proposals in one
// sentence of clauses joined by commas — 作为第一提案人提交提案2件，均已立案;
// 联名提交提案3件，立案2件，其中重点提案1件; for a single proposal the count
// alone (作为第一提案人提交提案1件), since its item says 已立案 — and one run-in item per
// proposal: its number, role, review and handling.
func (p *Profile) proposalsSection() (summary.Section, bool) {
	if len(p.Proposals) == 0 {
		return summary.Section{}, false
	}
	var lead, joint, accepted, key int
	for _, e := range p.Proposals {
		if e.Lead {
			lead += e.Filed
		} else {
			joint += e.Filed
		}
		accepted += e.Accepted
		key += e.Key
	}
	var parts []string
	if lead > 0 {
		parts = append(parts, fmt.Sprintf("作为第一提案人提交提案%d件", lead))
	}
	if joint > 0 {
		parts = append(parts, fmt.Sprintf("联名提交提案%d件", joint))
	}
	switch filed := lead + joint; {
	case filed == 1:
		// The one proposal's own line says what became of it.
		key = 0
	case accepted > 0 && accepted == filed:
		parts = append(parts, "均已立案")
	case accepted > 0:
		parts = append(parts, fmt.Sprintf("立案%d件", accepted))
	}
	switch {
	case key > 0 && accepted > 0:
		parts = append(parts, fmt.Sprintf("其中重点提案%d件", key))
	case key > 0:
		parts = append(parts, fmt.Sprintf("列为重点提案%d件", key))
	}
	s := summary.Section{Heading: "提交提案", Paragraphs: []string{strings.Join(parts, "，") + "。"}}
	for _, e := range p.Proposals {
		s.Subsections = append(s.Subsections, summary.Section{Level: 3, RunIn: true,
			Heading:    proposalHeading(e),
			Paragraphs: []string{proposalOutcome(e)}})
	}
	return s, true
}

// proposalHeading names a proposal: its 案由 in 书名号, as the summaries
// quote titles (see [zh.BookTitle]), its number and the member's role:
// 《关于在小学和社区创办“四点钟学校”的建议》（第4号，个人提案）。
func proposalHeading(e ProposalEntry) string {
	pr := e.Proposal
	role := "联名提案人"
	if e.Lead {
		role = "第一提案人"
		if pr.Submitter.Kind == proposal.Individual {
			role = "个人提案"
		}
	}
	if pr.Number > 0 {
		return fmt.Sprintf("%s（%s，%s）。", zh.BookTitle(pr.Title), pr.Label(), role)
	}
	return fmt.Sprintf("%s（%s）。", zh.BookTitle(pr.Title), role)
}

// proposalOutcome says what became of a proposal, as its history records
// it: review, key selection, handling units, replies, the proposer's
// feedback and 办结.
func proposalOutcome(e ProposalEntry) string {
	pr := e.Proposal
	if len(pr.History()) == 0 {
		return "记录中无该提案的办理情况。"
	}
	var c []string
	switch st := pr.State(); st {
	case proposal.Submitted, proposal.UnderReview:
		c = append(c, "正在审查")
	case proposal.Rejected:
		c = append(c, "不予立案（理由："+pr.RejectReason()+"）")
	case proposal.Merged:
		c = append(c, fmt.Sprintf("并入第%d号提案办理", pr.MergedInto()))
	case proposal.ConvertedToSuggestion:
		c = append(c, "转为意见建议处理")
	case proposal.ConvertedToOpinion:
		c = append(c, "转为社情民意信息处理")
	case proposal.Withdrawn:
		c = append(c, "已撤案")
	default:
		c = append(c, "已立案")
		if pr.IsKey() {
			c = append(c, "列为重点提案")
		}
		if st == proposal.Forwarded {
			c = append(c, "转交"+pr.ForwardedTo()+"办理")
			break
		}
		c = append(c, handling(pr)...)
	}
	return strings.Join(c, "，") + "。"
}

// handling writes the units of a registered proposal, their replies, the
// proposer's feedback and 办结.
func handling(pr *proposal.Proposal) []string {
	units := pr.Units()
	if len(units) == 0 {
		return []string{"待交办"}
	}
	var lead, assist, split, grades []string
	for _, h := range units {
		switch h.Role {
		case proposal.Lead:
			lead = append(lead, h.Name)
		case proposal.Assisting:
			assist = append(assist, h.Name)
		default:
			split = append(split, h.Name)
		}
		if h.Grade != 0 {
			grades = append(grades, h.Grade.String())
		}
	}
	var to string
	switch {
	case len(split) > 0:
		to = "分别交" + strings.Join(append(lead, split...), "、") + "办理"
	default:
		to = "交" + strings.Join(lead, "、") + "主办"
		if len(assist) > 0 {
			to += "，" + strings.Join(assist, "、") + "协办"
		}
	}
	slices.Sort(grades)
	c := []string{to}
	if pr.Round() > 1 {
		c = append(c, "经二次办理")
	}
	switch st := pr.State(); {
	case st == proposal.Assigned && len(grades) == 0:
		c = append(c, "正在办理")
	case st == proposal.Assigned:
		c = append(c, fmt.Sprintf("已有%d个单位答复（%s类）", len(grades), strings.Join(unique(grades), "、")))
	default:
		c = append(c, "已答复（"+strings.Join(unique(grades), "、")+"类）")
	}
	if s, ok := pr.Satisfaction(); ok {
		c = append(c, "本人反馈"+s.String())
	}
	if pr.State() == proposal.Closed {
		c = append(c, "已办结")
	}
	return c
}
