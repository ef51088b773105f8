package main

import (
	"fmt"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/session"
)

// yearPlan holds the dates and numbers of one year's sessions.
type yearPlan struct {
	plenary        lvzhi.DateRange
	sitting        int          // of the plenary
	standing       []lvzhi.Date // 常委会议
	firstStanding  int
	chairs         []lvzhi.Date // 主席会议
	firstChairs    int
	assign         lvzhi.Date // 提案交办会
	speeches       []string
	reviewChairs   int // index in chairs of the meeting that decides on the plenary's proposals
	keyChairs      int // index in chairs of the meeting that selects the key proposals
	topicChairs    int // index in chairs of the meeting that chooses the research topics
	plenaryOutcome []string
}

func dates(y int, md ...[2]int) []lvzhi.Date {
	var out []lvzhi.Date
	for _, v := range md {
		out = append(out, day(y, time.Month(v[0]), v[1]))
	}
	return out
}

var plans = map[int]yearPlan{
	2022: {
		plenary: lvzhi.DateRange{From: day(2022, 1, 10), To: day(2022, 1, 13)}, sitting: 2,
		standing: dates(2022, [2]int{3, 25}, [2]int{6, 28}, [2]int{9, 27}, [2]int{12, 20}), firstStanding: 5,
		chairs: dates(2022, [2]int{2, 18}, [2]int{3, 4}, [2]int{4, 15}, [2]int{5, 20}, [2]int{7, 8}, [2]int{8, 26}, [2]int{10, 21}, [2]int{12, 9}), firstChairs: 10,
		assign: day(2022, 3, 17),
		speeches: []string{"关于推动县域特色产业集群发展的建议", "关于加快建设高标准农田的建议", "关于促进城乡义务教育优质均衡发展的建议",
			"关于完善县域医共体建设的建议", "关于优化营商环境激发民营经济活力的建议", "关于加强农村养老服务体系建设的建议",
			"关于推进文旅融合发展的建议", "关于加强青山河流域生态保护的建议"},
		reviewChairs: 0, keyChairs: 1, topicChairs: 1,
		plenaryOutcome: []string{"通过了大会决议"},
	},
	2023: {
		plenary: lvzhi.DateRange{From: day(2023, 1, 9), To: day(2023, 1, 12)}, sitting: 3,
		standing: dates(2023, [2]int{3, 24}, [2]int{6, 27}, [2]int{9, 26}, [2]int{12, 19}), firstStanding: 9,
		chairs: dates(2023, [2]int{2, 17}, [2]int{3, 3}, [2]int{4, 14}, [2]int{5, 19}, [2]int{7, 7}, [2]int{8, 25}, [2]int{10, 20}, [2]int{12, 8}), firstChairs: 18,
		assign: day(2023, 3, 16),
		speeches: []string{"关于做强县域农产品精深加工的建议", "关于推进乡村振兴人才队伍建设的建议", "关于深化县域医疗卫生体制改革的建议",
			"关于加快发展县域数字经济的建议", "关于提升县城综合承载能力的建议", "关于做好“一老一小”服务保障的建议",
			"关于擦亮青山茶叶区域公用品牌的建议", "关于加强基层社会治理的建议", "关于推动职业教育与产业协同发展的建议",
			"关于加快青山河生态廊道建设的建议"},
		reviewChairs: 0, keyChairs: 1, topicChairs: 1,
		plenaryOutcome: []string{"通过了大会决议"},
	},
}

// Session IDs.
func plenaryID(y int) lvzhi.SessionID { return lvzhi.SessionID(fmt.Sprintf("plenary-%d", y)) }
func chairsID(y, i int) lvzhi.SessionID {
	return lvzhi.SessionID(fmt.Sprintf("chairs-%d-%d", y, i+1))
}

// chairsName is the name of the i-th chairpersons' meeting of year y as
// an actor: 十一届十次主席会议.
func chairsName(y, i int) string {
	s := session.Session{Kind: session.KindChairs, Term: 11, Sitting: plans[y].firstChairs + i}
	return s.ShortName()
}

// attendance lists ids as required, present unless the sequence puts one
// on leave.
func attendance(r *seq, p *people, y int, ids []lvzhi.MemberID, leavePct int) session.Attendance {
	a := session.Attendance{Mode: session.ModeRequired}
	reasons := []string{"因公出差", "因病请假", "因事请假"}
	for _, id := range ids {
		rec := session.Record{Member: id, Status: session.Present}
		if r.chance(leavePct) || inactive(y, p.index[id]) {
			rec.Status, rec.Reason = session.OnLeave, reasons[r.next(len(reasons))]
		}
		a.Records = append(a.Records, rec)
	}
	return a
}

func buildSessions(p *people) []session.Session {
	var out []session.Session
	r := seq(1111)
	all := make([]lvzhi.MemberID, len(p.list))
	for i, m := range p.list {
		all[i] = m.ID
	}
	for _, y := range years {
		pl := plans[y]
		ps := session.Session{ID: plenaryID(y), Kind: session.KindPlenary, Term: 11, Sitting: pl.sitting, Dates: pl.plenary,
			Place: "县会议中心", Outcomes: pl.plenaryOutcome, Attendance: attendance(&r, p, y, all, 4),
			Agenda: []session.AgendaItem{
				{Kind: session.AgendaReview, Title: "县政协常委会工作报告"},
				{Kind: session.AgendaReview, Title: "县政协常委会关于提案工作情况的报告"},
				{Kind: session.AgendaConsult, Title: "县政府工作报告"},
			}}
		speech := session.AgendaItem{Kind: session.AgendaSpeech, Title: "大会发言"}
		for i, t := range pl.speeches {
			k := (i*13 + y) % len(p.list)
			for inactive(y, k) {
				k++
			}
			speech.Speeches = append(speech.Speeches, session.Speech{Speaker: p.list[k].ID, Title: t})
		}
		ps.Agenda = append(ps.Agenda, speech)
		out = append(out, ps)
		for i, d := range pl.standing {
			out = append(out, session.Session{ID: lvzhi.SessionID(fmt.Sprintf("standing-%d-%d", y, i+1)), Kind: session.KindStanding,
				Term: 11, Sitting: pl.firstStanding + i, Dates: lvzhi.OneDay(d), Attendance: attendance(&r, p, y, p.standing, 8)})
		}
		for i, d := range pl.chairs {
			out = append(out, session.Session{ID: chairsID(y, i), Kind: session.KindChairs, Term: 11, Sitting: pl.firstChairs + i,
				Dates: lvzhi.OneDay(d), Attendance: attendance(&r, p, y, p.leaders(), 5)})
		}
		out = append(out, session.Session{ID: lvzhi.SessionID(fmt.Sprintf("assign-%d", y)), Kind: session.KindAssignment,
			Name: fmt.Sprintf("%d年提案交办会", y), Organiser: "县人大常委会、县政府、县政协", Dates: lvzhi.OneDay(pl.assign)})
	}
	session.SortByDate(out)
	return out
}
