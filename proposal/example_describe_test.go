package proposal_test

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
)

// roster stands for a *member.Roster: it names members by ID.
type roster map[lvzhi.MemberID]string

func (r roster) Name(id lvzhi.MemberID) string { return r[id] }

// The history of a proposal as an audit log in Chinese, members named
// from the roster.
func ExampleProposal_Describe() {
	p, err := proposal.New(proposal.Record{
		Number:    23,
		Term:      9,
		Sitting:   3,
		Kind:      proposal.Plenary,
		Session:   "九届三次会议",
		Title:     "关于加快螺蛳粉产业与“互联网+”产业融合的建议",
		Category:  proposal.Economy,
		Submitter: proposal.Submitter{Kind: proposal.Joint, Members: []lvzhi.MemberID{"m017", "m023"}},
		Sector:    "经济界",
	}, proposal.At(d(1, 9), ""))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, err := range []error{
		p.Second(proposal.At(d(1, 10), "m023"), "m023"),
		p.Review(proposal.At(d(1, 20), "提案委员会")),
		p.Register(proposal.At(d(2, 25), "九届九次主席会议")),
		p.Assign(proposal.At(d(5, 3), "联席会议"),
			proposal.Unit{Name: "区商务局", Role: proposal.Lead},
			proposal.Unit{Name: "区工业和信息化局", Role: proposal.Assisting}),
		p.Supervise(proposal.At(d(5, 10), "主席会议"), "m001"),
		p.Reply(proposal.At(d(7, 1), "区商务局"), "区商务局", proposal.GradeB),
		p.Feedback(proposal.At(d(7, 15), "m017"), proposal.BasicallySatisfied),
		p.Close(proposal.At(d(7, 20), "提案委员会")),
	} {
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	names := roster{"m017": "韦丽华", "m023": "陆国强", "m001": "覃建华"}
	for _, s := range p.History() {
		fmt.Println(p.Describe(s, names))
	}
	// Output:
	// 2022年1月9日，韦丽华提交提案
	// 2022年1月10日，陆国强附议
	// 2022年1月20日，提案委员会开始审查
	// 2022年2月25日，经九届九次主席会议决定立案
	// 2022年5月3日，联席会议交区商务局（主办，2022年8月3日前答复）、区工业和信息化局（协办）办理
	// 2022年5月10日，覃建华领衔督办
	// 2022年7月1日，区商务局答复，答复类别为B类（正在解决或列入计划）
	// 2022年7月15日，提案人反馈意见为“基本满意”
	// 2022年7月20日，提案委员会办结
}

// The zero Rules leave every field unset; Effective shows what applies.
func ExampleRules_Effective() {
	reg := proposal.NewRegister(proposal.Rules{})
	fmt.Println(reg.Rules().Grades == nil)
	eff := reg.EffectiveRules()
	for _, g := range eff.Grades {
		fmt.Println(g.Grade, g.Name)
	}
	fmt.Println(eff.TitleMax, eff.DeadlineMonths, len(eff.Categories))
	// Output:
	// true
	// A 解决或采纳
	// B 正在解决或列入计划
	// C 留作参考
	// 50 3 6
}
