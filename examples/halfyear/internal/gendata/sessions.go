package main

import (
	"slices"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/session"
)

// IDs of the sessions, for reference from proposals, topics and outlines.
const (
	idChairs8   lvzhi.SessionID = "chairs-9-8"
	idStanding6 lvzhi.SessionID = "standing-9-6"
	idPlenary   lvzhi.SessionID = "plenary-9-3"
	idStanding7 lvzhi.SessionID = "standing-9-7"
	idChairs9   lvzhi.SessionID = "chairs-9-9"
	idChairs10  lvzhi.SessionID = "chairs-9-10"
	idJoint     lvzhi.SessionID = "joint-2022-05-03"
)

// Names used as actors in proposal histories.
const (
	actorReview   = "提案委员会"
	actorChairs9  = "九届九次主席会议"
	actorChairs10 = "九届十次主席会议"
	actorJoint    = "区人大、区政府、区政协联席会议"
)

// day returns the date y-m-d of a constant in this program.
func day(y int, m time.Month, d int) lvzhi.Date { return lvzhi.MustDate(y, m, d) }

func days(from, to lvzhi.Date) lvzhi.DateRange { return lvzhi.DateRange{From: from, To: to} }

// Key dates of the half year.
var (
	plenaryDates   = days(day(2022, 1, 8), day(2022, 1, 10))
	reviewDate     = day(2022, 3, 8)  // 提案委员会审议
	chairs9Date    = day(2022, 3, 15) // 九届九次主席会议
	forwardDate    = day(2022, 4, 8)  // 转交市政协
	chairs10Date   = day(2022, 4, 26) // 九届十次主席会议
	jointDate      = day(2022, 5, 3)  // 联席会议
	termDates      = days(day(2020, 1, 1), day(2024, 12, 31))
	plenarySpeech  = day(2022, 1, 9)
	plenaryClosing = day(2022, 1, 10)
)

// leaves are the members on leave at each session, with the reasons.
var leaves = map[lvzhi.SessionID]map[lvzhi.MemberID]string{
	idStanding6: {"m014": "因公出差"},
	idPlenary:   {"m033": "因公出差", "m048": "因事请假", "m051": "因病住院"},
	idStanding7: {"m013": "因事请假"},
	idChairs10:  {"m004": "因公出差"},
}

// attendance lists ids as required to attend, present unless on leave.
func attendance(id lvzhi.SessionID, ids []lvzhi.MemberID) session.Attendance {
	a := session.Attendance{Mode: session.ModeRequired}
	for _, m := range ids {
		rec := session.Record{Member: m, Status: session.Present}
		if reason, ok := leaves[id][m]; ok {
			rec.Status, rec.Reason = session.OnLeave, reason
		}
		a.Records = append(a.Records, rec)
	}
	return a
}

// plenarySpeeches are the speeches of the plenary (大会发言).
var plenarySpeeches = []session.Speech{
	{Speaker: "m038", Title: "关于在小学和社区创办“四点钟学校”的建议"},
	{Speaker: "m006", Title: "关于深化对“亲”“清”内涵的理解、构建新型政商关系的建议"},
	{Speaker: "m042", Title: "关于推动洛维工业区“大健康”产业集聚发展的建议"},
	{Speaker: "m025", Title: "关于推进螺蛳粉产业标准化建设的建议"},
	{Speaker: "m003", Title: "关于率先创建全域旅游区的建议"},
	{Speaker: "m044", Title: "关于加强农村人居环境整治长效管护的建议"},
}

// buildSessions returns the sessions in date order, checked by a register
// of the committee.
func buildSessions(c lvzhi.Committee) ([]session.Session, error) {
	all := membersWhere(func(row) bool { return true })
	standing := standingIDs()
	chairs := chairsIDs()
	joint := slices.Concat(chairs, []lvzhi.MemberID{"m010"})
	ss := []session.Session{
		{
			ID: idChairs8, Kind: session.KindChairs, Term: 9, Sitting: 8,
			Dates: lvzhi.OneDay(day(2021, 12, 20)), Place: "区政协会议室",
			Agenda: []session.AgendaItem{
				{Kind: session.AgendaConsult, Title: "区政协九届三次会议筹备工作方案", Outcome: "原则同意会议筹备工作方案，提请常委会议审议"},
				{Kind: session.AgendaOther, Title: "大会发言材料征集和遴选工作", Outcome: "组织委员围绕全区发展大局开展调查研究、撰写大会发言材料"},
			},
			Attendance: attendance(idChairs8, chairs),
		},
		{
			ID: idStanding6, Kind: session.KindStanding, Term: 9, Sitting: 6,
			Dates: lvzhi.OneDay(day(2021, 12, 28)), Place: "区政协会议室",
			Agenda: []session.AgendaItem{
				{Kind: session.AgendaReview, Title: "区政协九届三次会议筹备情况的报告"},
				{Kind: session.AgendaVote, Title: "关于召开区政协九届三次会议的决定", Outcome: "决定于2022年1月8日至10日召开区政协九届三次会议"},
			},
			Attendance: attendance(idStanding6, standing),
		},
		{
			ID: idPlenary, Kind: session.KindPlenary, Term: 9, Sitting: 3,
			Dates: plenaryDates, Place: "区会议中心",
			Agenda: []session.AgendaItem{
				{Kind: session.AgendaReview, Title: "区政府工作报告", Dates: lvzhi.OneDay(plenaryDates.From)},
				{Kind: session.AgendaReview, Title: "区财政预（决）算草案", Dates: lvzhi.OneDay(plenarySpeech)},
				{Kind: session.AgendaReview, Title: "区“两院”报告", Dates: lvzhi.OneDay(plenarySpeech)},
				{Kind: session.AgendaConsult, Title: "全区2022年经济社会发展重点工作", Dates: lvzhi.OneDay(plenarySpeech),
					Outcome: "对2022年“重点向南发展”、加快洛维工业区“大健康”产业建设等提出意见建议"},
				{Kind: session.AgendaSpeech, Title: "大会发言", Dates: lvzhi.OneDay(plenarySpeech), Speeches: plenarySpeeches},
				{Kind: session.AgendaVote, Title: "表决通过关于区政协常委会工作报告的决议、关于提案工作情况报告的决议和大会政治决议", Dates: lvzhi.OneDay(plenaryClosing)},
			},
			Attendance: attendance(idPlenary, all),
		},
		{
			ID: idStanding7, Kind: session.KindStanding, Term: 9, Sitting: 7,
			Dates: lvzhi.OneDay(day(2022, 2, 22)), Place: "区政协会议室",
			Agenda: []session.AgendaItem{
				{Kind: session.AgendaReview, Title: "区政协2022年工作要点", Outcome: "审议通过区政协2022年工作要点，对全年工作进行细化分工"},
				{Kind: session.AgendaOther, Title: "学习贯彻九届三次会议精神"},
			},
			Attendance: attendance(idStanding7, standing),
		},
		{
			ID: idChairs9, Kind: session.KindChairs, Term: 9, Sitting: 9,
			Dates: lvzhi.OneDay(chairs9Date), Place: "区政协会议室",
			Agenda: []session.AgendaItem{
				{Kind: session.AgendaConsult, Title: "九届三次会议以来委员提案的审查意见", Outcome: "协商确定提案立案、并案、转交和转为意见建议等处理意见"},
				{Kind: session.AgendaConsult, Title: "区政协2022年重点调研课题", Outcome: "确定建设特色食品产业园、推进中小学集团化办学为重点调研课题"},
			},
			Attendance: attendance(idChairs9, chairs),
		},
		{
			ID: idChairs10, Kind: session.KindChairs, Term: 9, Sitting: 10,
			Dates: lvzhi.OneDay(chairs10Date), Place: "区政协会议室",
			Agenda: []session.AgendaItem{
				{Kind: session.AgendaConsult, Title: "2022年重点提案", Outcome: "审定重点提案，明确由主席、副主席领衔督办"},
				{Kind: session.AgendaConsult, Title: "加强老旧小区改造后续管理调研课题", Outcome: "同意列为年度调研课题"},
				{Kind: session.AgendaOther, Title: "常委学习班和提案交办联席会议筹备工作"},
			},
			Attendance: attendance(idChairs10, chairs),
		},
		{
			ID: idJoint, Kind: session.KindJoint, Name: "区人大常委会、区政府、区政协提案交办联席会议",
			Dates: lvzhi.OneDay(jointDate), Place: "区政府会议室", Organiser: "区人大、区政府、区政协",
			Agenda: []session.AgendaItem{
				{Kind: session.AgendaOther, Title: "交办区人大代表建议和区政协委员提案",
					Outcome: "向承办单位交办提案，进一步明确提案办复、办理情况调查、结果反馈等要求"},
			},
			Attendance: attendance(idJoint, joint),
		},
	}
	reg := session.NewRegister(c)
	for _, s := range ss {
		if err := reg.Add(s); err != nil {
			return nil, err
		}
	}
	return reg.Sessions(), nil
}
