package main

import (
	"fmt"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
)

// topicPlan is one research topic of a year.
type topicPlan struct {
	title   string
	key     bool
	offices []string
	units   []string
}

var topicPlans = map[int][]topicPlan{
	2022: {
		{"推动青山茶叶全产业链发展", true, []string{"经济委员会"}, []string{uAgri, uCom}},
		{"提升县域义务教育质量", true, []string{"教科卫体委员会"}, []string{uEdu}},
		{"加强农村养老服务体系建设", false, []string{"社会和法制委员会"}, []string{uCivil, uHealth}},
	},
	2023: {
		{"加快县域数字经济发展", true, []string{"经济委员会"}, []string{uDev, uInd}},
		{"推进青山河流域综合治理", true, []string{"提案委员会"}, []string{uEco, uWater}},
		{"深化县域医共体建设", false, []string{"教科卫体委员会"}, []string{uHealth, uMedical}},
		{"保护和活化利用传统村落", false, []string{"文化文史和学习委员会"}, []string{uCulture, uHousing}},
	},
}

func buildTopics(p *people) ([]research.Topic, error) {
	isChair := func(id lvzhi.MemberID, _ lvzhi.Date) bool { return contains(p.leaders(), id) }
	var out []research.Topic
	for _, y := range years {
		pl := plans[y]
		chosen := pl.chairs[pl.topicChairs]
		for i, tp := range topicPlans[y] {
			t := research.Topic{
				ID: lvzhi.TopicID(fmt.Sprintf("topic-%d-%d", y, i+1)), Title: tp.title, Key: tp.key,
				ChosenAt: chairsID(y, pl.topicChairs), Leader: p.leaders()[i%len(p.leaders())],
				Offices: tp.offices, Units: tp.units,
				Span: lvzhi.DateRange{From: chosen, To: day(y, 12, 31)},
			}
			for k := range 6 {
				id := p.list[(i*29+k*11+y)%len(p.list)].ID
				if id != t.Leader && !contains(t.Members, id) && !inactive(y, p.index[id]) {
					t.Members = append(t.Members, id)
				}
			}
			steps := []struct {
				ph   research.Phase
				m, d int
				note string
			}{
				{research.PhaseApproved, 0, 0, chairsName(y, pl.topicChairs) + "确定为年度调研课题"},
				{research.PhasePreparing, 4, 10 + i, "查阅资料、制定调研方案"},
				{research.PhaseFieldwork, 6, 5 + i, "赴乡镇和有关部门实地调研"},
				{research.PhaseSymposium, 8, 20 + i, "召开座谈会听取意见"},
				{research.PhaseDrafting, 9, 15 + i, "撰写调研报告"},
				{research.PhaseSubmitted, 11, 10 + i, "报送县委、县政府"},
			}
			for _, st := range steps {
				on := chosen
				if st.m > 0 {
					on = day(y, time.Month(st.m), st.d)
				}
				if err := t.Advance(st.ph, on, st.note); err != nil {
					return nil, err
				}
			}
			if tp.key {
				t.Outputs = []research.Output{{Kind: research.OutputInstruction, Title: tp.title + "调研报告",
					Date: day(y, 12, 5), By: "县委主要领导"}}
			}
			if y == 2022 {
				if err := t.Advance(research.PhaseApplied, day(2022, 12, 20), "有关部门吸收采纳调研建议"); err != nil {
					return nil, err
				}
			}
			if err := t.CheckLeader(isChair); err != nil {
				return nil, fmt.Errorf("课题%s：%w", t.Title, err)
			}
			out = append(out, t)
		}
	}
	return out, nil
}

// inspections are the subjects of each year's inspections (视察).
var inspections = map[int][]string{
	2022: {"全县重点项目建设情况", "高标准农田建设情况", "城乡义务教育学校建设情况", "青山河流域水环境治理情况"},
	2023: {"全县重点项目建设情况", "乡村振兴示范村建设情况", "县域医共体建设情况", "农村生活污水治理情况", "县城老旧小区改造情况"},
}

// groupActs are the group activities of each year: the group, the form,
// the place and the title.
var groupActs = []struct {
	group, title, place string
	form                research.Form
}{
	{gSci, "科技服务进乡村活动", "白石镇", research.FormSurvey},
	{gSoc, "社区养老服务调研", "城关镇阳光社区", research.FormSurvey},
	{gBiz, "民营企业发展座谈会", "县工业园区", research.FormSeminar},
	{gLaw, "基层法治建设调研", "县人民法院白石法庭", research.FormSurvey},
	{gCulture, "传统村落保护参观学习", "石门镇古岭村", research.FormTour},
	{gAgri, "茶产业发展调研", "县云雾茶场", research.FormSurvey},
	{gBiz, "走访非公企业委员", "县工业园区", research.FormVisitMembers},
	{gSci, "医共体建设交流座谈", "县人民医院", research.FormSeminar},
	{gSoc, "关爱留守儿童活动", "石门镇中心小学", research.FormOther},
}

func buildActivities(p *people) research.Activities {
	var acts research.Activities
	for _, y := range years {
		r := seq(uint64(y) * 104729)
		// 社情民意: clues from members through the year, monthly issues.
		work := research.OpinionWork{Base: research.Base{ID: lvzhi.ActivityID(fmt.Sprintf("opinion-%d", y)),
			Title: fmt.Sprintf("%d年社情民意信息工作", y), Dates: lvzhi.Year(y).Range()}, Bulletin: "青山政协社情民意"}
		reporters := 72
		if y == 2023 {
			reporters = 86
		}
		channels := []research.Channel{research.ChannelWeChat, research.ChannelMeeting, research.ChannelLetter, research.ChannelSMS}
		for k := range reporters {
			m := p.list[(k*37+y)%len(p.list)]
			if inactive(y, p.index[m.ID]) {
				continue
			}
			work.Clues = append(work.Clues, research.Clues{Channel: channels[k%len(channels)], Count: 1 + r.next(4), From: m.ID,
				Date: day(y, time.Month(1+k%12), 1+k%27)})
		}
		for m := 1; m <= 12; m++ {
			work.Issues = append(work.Issues, research.Issue{Number: m, Date: day(y, time.Month(m), 25)})
		}
		adopted := 18
		if y == 2023 {
			adopted = 23
		}
		for k := range adopted {
			work.Results = append(work.Results, research.Output{Kind: research.OutputAdopted, Title: fmt.Sprintf("社情民意信息第%d条", k+1),
				Date: day(y, time.Month(1+k%12), 28), By: "市政协"})
		}
		for k := range 3 {
			work.Results = append(work.Results, research.Output{Kind: research.OutputInstruction, Title: fmt.Sprintf("社情民意信息批示第%d件", k+1),
				Date: day(y, time.Month(3+k*3), 15), By: "县委主要领导"})
		}
		acts = append(acts, work)
		// 视察.
		for k, subj := range inspections[y] {
			ins := research.Inspection{Base: research.Base{ID: lvzhi.ActivityID(fmt.Sprintf("inspection-%d-%d", y, k+1)),
				Title: "视察" + subj, Dates: lvzhi.OneDay(day(y, time.Month(4+k*2), 12+k))}, Subject: subj}
			for j := range 14 + r.next(10) {
				id := p.list[(k*31+j*5+y)%len(p.list)].ID
				if !contains(ins.Members, id) && !inactive(y, p.index[id]) {
					ins.Members = append(ins.Members, id)
				}
			}
			acts = append(acts, ins)
		}
		// 委员小组活动.
		count := 7
		if y == 2023 {
			count = len(groupActs)
		}
		for k, g := range groupActs[:count] {
			ga := research.GroupActivity{Base: research.Base{ID: lvzhi.ActivityID(fmt.Sprintf("group-%d-%d", y, k+1)),
				Title: g.title, Dates: lvzhi.OneDay(day(y, time.Month(3+k), 18))}, Groups: []string{g.group}, Form: g.form, Place: g.place}
			ms := p.activeIDs(y, p.groups[g.group])
			for j := 0; j < len(ms); j += 1 + k%2 {
				ga.Members = append(ga.Members, ms[j])
			}
			acts = append(acts, ga)
		}
		// 委员履职培训班.
		tr := research.Training{Base: research.Base{ID: lvzhi.ActivityID(fmt.Sprintf("training-%d", y)), Title: "政协委员履职能力提升培训班",
			Dates: lvzhi.DateRange{From: day(y, 5, 16), To: day(y, 5, 18)}}, Host: "县委党校"}
		for j := 0; j < len(p.list); j += 2 {
			if k := (j + y%2) % len(p.list); !inactive(y, k) {
				tr.Members = append(tr.Members, p.list[k].ID)
			}
		}
		acts = append(acts, tr)
		// 联谊交流.
		acts = append(acts, research.Exchange{Base: research.Base{ID: lvzhi.ActivityID(fmt.Sprintf("exchange-%d", y)), Title: "来访交流",
			Dates: lvzhi.OneDay(day(y, 10, 11))}, Direction: research.Received,
			Counterparts: []string{[]string{"临江县政协", "石城县政协"}[y%2]}, Subject: "提案办理协商的做法和经验"})
	}
	return acts
}
