package summary_test

import (
	"fmt"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary"
)

func ExampleBuilder_Diagnose() {
	day := func(m, d int) lvzhi.Date { return lvzhi.MustDate(2022, time.Month(m), d) }
	inGroup := func(g string) []member.GroupMembership {
		return []member.GroupMembership{{Group: g, Role: member.GroupMember}}
	}
	rec := &summary.Records{
		Committee: lvzhi.Committee{Name: "柳州市某区政协委员会", ShortName: "区政协", Level: lvzhi.LevelCounty, Term: 9},
		Members: []member.Member{
			{ID: "m1", Name: "王明", Gender: member.Male, Party: member.PartyNonParty, Sector: member.SectorEconomy, Groups: inGroup("科技组")},
			{ID: "m2", Name: "李红", Gender: member.Female, Party: member.PartyDemocraticLeague, Sector: member.SectorEducation, Groups: inGroup("社会组")},
		},
		Activities: research.Activities{
			research.GroupActivity{Base: research.Base{ID: "a1", Title: "走访科技企业", Dates: lvzhi.OneDay(day(3, 2))}, Groups: []string{"科技组"}, Form: research.FormSurvey},
			research.GroupActivity{Base: research.Base{ID: "a2", Title: "参观高新区", Dates: lvzhi.OneDay(day(5, 6))}, Groups: []string{"科技组"}, Form: research.FormTour},
		},
	}
	p, err := proposal.New(proposal.Record{
		Number: 1, Term: 9, Kind: proposal.Regular, Title: "关于优化城区公交线路的建议",
		Category: proposal.Economy, Submitter: proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{"m1"}},
		Sector: "经济界",
	}, proposal.At(day(1, 9), "m1"))
	if err == nil {
		err = p.Review(proposal.At(day(1, 10), "提案委员会"))
	}
	if err == nil {
		err = p.Register(proposal.At(day(1, 12), "提案委员会"))
	}
	if err == nil {
		err = p.Assign(proposal.At(day(1, 20), "区政协提案委"), proposal.Unit{Name: "区交通运输局", Role: proposal.Lead})
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	rec.Proposals = []*proposal.Proposal{p}

	b, err := summary.NewBuilder(rec)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range b.Diagnose(lvzhi.FirstHalf(2022), lvzhi.Date{}, summary.DiagnoseOptions{}) {
		fmt.Printf("%s：%s\n", d.Rule, d.Shortcoming)
		for _, e := range d.Evidence {
			fmt.Println("  依据：" + e)
		}
		fmt.Println("  改进：" + d.Improvement)
	}
	// Output:
	// group-imbalance：委员活动小组开展工作不平衡
	//   依据：社会组开展活动0次
	//   依据：科技组开展活动2次
	//   改进：推动各委员活动小组制定并落实年度活动计划，加强对活动较少小组的指导，促进各小组均衡开展活动。
	// sector-silent：部分界别履职作用发挥还不够充分
	//   依据：教育界（1名委员）未提交提案
	//   改进：充分发挥界别作用，组织各界别委员围绕全区中心工作开展协商议政、撰写提案。
	// proposals-overdue：部分提案逾期未答复
	//   依据：第1号提案（区交通运输局主办）答复期限为2022年4月20日，截至2022年6月30日未答复
	//   改进：加大提案督办力度，对逾期未答复的提案逐件催办，督促承办单位尽快答复。
	// members-inactive：1名委员上半年未参加履职活动
	//   依据：1名委员未参加履职活动：李红
	//   依据：参加履职1人，占委员总数的50%
	//   改进：建立委员履职情况定期通报制度，加强与履职较少委员的联系和督促，引导全体委员积极参加各类履职活动。
}
