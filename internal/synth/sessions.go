package synth

import (
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/zh"
)

// sessions adds the year's sessions of every kind: the plenary, standing
// committee sessions, chairpersons' and secretaries-general meetings
// numbered cumulatively from the start of the term, and named meetings.
func (g *gen) sessions() {
	c := g.rec.Committee
	y := g.cfg.Year
	yearOfTerm := y - c.TermDates.From.Year // 0 in the first year
	big := g.cfg.Level == lvzhi.LevelNational || g.cfg.Level == lvzhi.LevelProvince

	// The plenary: in March for the National Committee, January otherwise.
	pDates := lvzhi.DateRange{From: date(y, 1, 8), To: date(y, 1, 10)}
	switch g.cfg.Level {
	case lvzhi.LevelNational:
		pDates = lvzhi.DateRange{From: date(y, 3, 4), To: date(y, 3, 10)}
	case lvzhi.LevelProvince:
		pDates = lvzhi.DateRange{From: date(y, 1, 15), To: date(y, 1, 19)}
	}
	g.plenary = g.plenarySession(yearOfTerm+1, pDates)
	g.rec.Sessions = append(g.rec.Sessions, g.plenary)

	// Numbered meetings, spread over the year after the plenary.
	standing, chairs, secretaries := 4, 12, 6
	if big {
		standing, chairs, secretaries = 6, 20, 12
	}
	after := pDates.To.AddDays(7)
	g.numbered(session.KindStanding, standing, yearOfTerm, after, g.standing)
	g.chairs = g.numbered(session.KindChairs, chairs, yearOfTerm, pDates.From.AddDays(-5), slices.Concat([]lvzhi.MemberID{g.chair}, g.viceChairs, []lvzhi.MemberID{g.secretary}))
	g.numbered(session.KindSecretaryGeneral, secretaries, yearOfTerm, after, []lvzhi.MemberID{g.secretary})

	// The 提案交办会, about six weeks after the plenary, held with the
	// people's congress and the government as a 联席会议 too.
	g.assignOn = pDates.To.AddDays(40)
	g.named(session.KindAssignment, lvzhi.OneDay(g.assignOn), fmt.Sprintf("%d年提案交办会", y), c.ShortName)
	g.named(session.KindJoint, lvzhi.OneDay(g.assignOn.AddDays(60)), fmt.Sprintf("%d年人大、政府、政协联席会议", y), "人大常委会、人民政府、"+c.ShortName)

	// Named meetings, more for larger committees.
	scale := max(1, g.cfg.Members/100)
	for range 2 + scale/2 {
		g.named(session.KindThematic, g.meetingDay(), fmt.Sprintf("关于%s的专题协商会", pick(g, g.forLevel(topicTitles))), "")
	}
	bimonthly := 3
	if big {
		bimonthly = 6
	}
	for i := range bimonthly {
		g.named(session.KindBimonthly, lvzhi.OneDay(date(y, month(2*i+2), 20)), fmt.Sprintf("%d年第%s次双月协商座谈会", y, zh.Numeral(int64(i+1))), "")
	}
	for q := 1; q <= 4; q++ {
		g.named(session.KindForum, lvzhi.OneDay(date(y, month(3*q), 10)), fmt.Sprintf("%d年第%s季度反映社情民意信息座谈会", y, zh.Numeral(int64(q))), "")
	}
	for range scale {
		g.named(session.KindForum, g.meetingDay(), pick(g, forumTitles), "")
		g.named(session.KindOther, g.meetingDay(), "委员履职培训报告会", "")
	}
}

// meetingDay returns a random day of the year.
func (g *gen) meetingDay() lvzhi.DateRange { return lvzhi.OneDay(g.randomDay(g.year.From, g.year.To)) }

// plenarySession returns the year's plenary with its agenda, speeches,
// outcomes and the attendance of every member.
func (g *gen) plenarySession(sitting int, dates lvzhi.DateRange) session.Session {
	c := g.rec.Committee
	s := session.Session{
		ID: lvzhi.SessionID(fmt.Sprintf("plenary-%d-%d", c.Term, sitting)), Kind: session.KindPlenary,
		Term: c.Term, Sitting: sitting, Dates: dates, Place: "会议中心",
		Outcomes: []string{"大会圆满完成各项议程"},
	}
	first := lvzhi.OneDay(dates.From)
	s.Agenda = []session.AgendaItem{
		{Kind: session.AgendaReview, Title: c.ShortName + "常务委员会工作报告", Dates: first},
		{Kind: session.AgendaReview, Title: c.ShortName + "常务委员会关于提案工作情况的报告", Dates: first},
		{Kind: session.AgendaConsult, Title: g.prefix() + "政府工作报告", Dates: lvzhi.OneDay(dates.From.AddDays(1)),
			Outcome: "对经济社会发展提出了意见建议"},
	}
	speeches := session.AgendaItem{Kind: session.AgendaSpeech, Title: "大会发言", Dates: lvzhi.OneDay(dates.From.AddDays(1))}
	for _, m := range g.someMembers(max(8, g.cfg.Members/50)) {
		speeches.Speeches = append(speeches.Speeches, session.Speech{Speaker: m, Title: g.proposalTitle()})
		g.duty(member.Duty{Member: m, Date: dates.From.AddDays(1), Kind: member.DutySpeech, Ref: string(s.ID)})
	}
	s.Agenda = append(s.Agenda, speeches,
		session.AgendaItem{Kind: session.AgendaVote, Title: "表决通过政治决议", Dates: lvzhi.OneDay(dates.To), Outcome: "通过了大会政治决议"})

	s.Attendance.Mode = session.ModeRequired
	halfDays := dates.Days() * 2
	for i := range g.cfg.Members {
		id := memberID(i)
		r := session.Record{Member: id, Status: session.Present}
		switch x := g.intn(100); {
		case x < 5:
			r.Status, r.Reason = session.OnLeave, pick(g, leaveReasons)
			g.duty(member.Duty{Member: id, Date: dates.From, Kind: member.DutyLeave, Reason: r.Reason, Ref: string(s.ID)})
		case x < 7:
			r.Status = session.Absent
			g.duty(member.Duty{Member: id, Date: dates.From, Kind: member.DutyAbsence, Ref: string(s.ID)})
		default:
			g.duty(member.Duty{Member: id, Date: dates.From, Kind: member.DutyPlenary, Count: halfDays, Ref: string(s.ID)})
		}
		s.Attendance.Records = append(s.Attendance.Records, r)
	}
	return s
}

var leaveReasons = []string{"因公出差", "因病请假", "因事请假"}

// numbered adds n sessions of a numbered kind, continuing the term's
// numbering (n per year before this one) and spread evenly from start to
// the end of the year; attendees are required to attend. It returns them
// in date order.
func (g *gen) numbered(k session.Kind, n, yearOfTerm int, start lvzhi.Date, attendees []lvzhi.MemberID) []session.Session {
	c := g.rec.Committee
	gap := start.DaysUntil(g.year.To) / n
	var out []session.Session
	for i := range n {
		sitting := yearOfTerm*n + i + 1
		day := start.AddDays(i*gap + g.intn(max(1, gap-1)))
		s := session.Session{
			ID:   lvzhi.SessionID(fmt.Sprintf("%s-%d-%d", kindCode[k], c.Term, sitting)),
			Kind: k, Term: c.Term, Sitting: sitting, Dates: lvzhi.OneDay(day),
			Outcomes: []string{"研究部署了近期工作"},
		}
		s.Attendance.Mode = session.ModeRequired
		for _, m := range attendees {
			st := session.Present
			if g.chance(0.05) {
				st = session.Absent
			} else if k == session.KindStanding {
				g.duty(member.Duty{Member: m, Date: day, Kind: member.DutyStandingMeeting, Ref: string(s.ID)})
			}
			s.Attendance.Records = append(s.Attendance.Records, session.Record{Member: m, Status: st})
		}
		g.rec.Sessions = append(g.rec.Sessions, s)
		out = append(out, s)
	}
	return out
}

var kindCode = map[session.Kind]string{session.KindStanding: "standing", session.KindChairs: "chairs", session.KindSecretaryGeneral: "secretaries"}

// named adds a session of an unnumbered kind, with a few members signed up.
func (g *gen) named(k session.Kind, dates lvzhi.DateRange, name, organiser string) {
	s := session.Session{
		ID:   lvzhi.SessionID(fmt.Sprintf("meeting-%03d", len(g.rec.Sessions)+1)),
		Kind: k, Name: name, Dates: dates, Organiser: organiser,
		Outcomes: []string{"形成了协商意见"},
	}
	s.Attendance.Mode = session.ModeSignUp
	for _, m := range g.someMembers(g.between(3, 12)) {
		s.Attendance.Records = append(s.Attendance.Records, session.Record{Member: m, Status: session.Present})
	}
	g.rec.Sessions = append(g.rec.Sessions, s)
}
