package main

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
)

// fate is what review and handling made of a proposal by the end of June.
type fate int

const (
	local      fate = iota + 1 // 立案, assigned to district units
	forward                    // 立案, forwarded to 市政协
	merge                      // 并案 into another proposal
	suggestion                 // 转为意见建议
	opinion                    // 转为社情民意
	reject                     // 不予立案
)

// reply is a unit's reply and the proposer's feedback, if any.
type reply struct {
	on       lvzhi.Date
	grade    proposal.Grade
	feedback proposal.Satisfaction // 0: none yet
	fedOn    lvzhi.Date
	closedOn lvzhi.Date // zero: not closed
}

// prop is one line of the proposal table.
type prop struct {
	on      lvzhi.Date
	title   string
	cat     proposal.Category
	by      []lvzhi.MemberID // the signers, 第一提案人 first
	body    proposal.Body    // for a collective proposal
	org     string           // for a collective proposal
	sector  string           // for a collective proposal; otherwise the first signer's
	fate    fate
	into    int    // for merge
	reason  string // for reject
	units   []proposal.Unit
	key     lvzhi.MemberID // the supervising leader of a key proposal
	grounds string
	advice  string
	reply   *reply
}

func lead(name string) proposal.Unit   { return proposal.Unit{Name: name, Role: proposal.Lead} }
func assist(name string) proposal.Unit { return proposal.Unit{Name: name, Role: proposal.Assisting} }

func ids(s ...lvzhi.MemberID) []lvzhi.MemberID { return s }

// The district units (承办单位).
const (
	uDev      = "区发展和改革局"
	uEdu      = "区教育局"
	uHealth   = "区卫生健康局"
	uHousing  = "区住房和城乡建设局"
	uMarket   = "区市场监督管理局"
	uCommerce = "区商务局"
	uCulture  = "区文化广电体育和旅游局"
	uCivil    = "区民政局"
	uAgri     = "区农业农村局"
	uJustice  = "区司法局"
	uIndustry = "区工业和信息化局"
	uScience  = "区科学技术局"
	uFinance  = "区财政局"
	uApproval = "区行政审批局"
	uCity     = "区城市管理行政执法局"
	uVeterans = "区退役军人事务局"
	uWater    = "区水利局"
)

// proposalTable lists the proposals in order of receipt: their numbers
// are their positions, counted from 1. Those received during the plenary
// (8–10 January) are 大会提案, the others 平时提案.
var proposalTable = []prop{
	{on: day(2022, 1, 8), title: "关于加快螺蛳粉产业与“互联网+”产业融合的建议", cat: proposal.Economy, by: ids("m022", "m017"), fate: local,
		units: []proposal.Unit{lead(uCommerce), assist(uIndustry)}, key: "m001",
		grounds: "螺蛳粉产业已成为我区特色优势产业，但线上销售渠道分散，品牌推广和数字化水平不高，与“互联网+”融合不够深入。",
		advice:  "建设螺蛳粉电子商务公共服务平台；培育直播电商人才；推动生产企业数字化改造；支持企业打造区域公共品牌。"},
	{on: day(2022, 1, 8), title: "关于深化对“亲”“清”内涵的理解、构建新型政商关系的建议", cat: proposal.Politics, by: ids("m006"), fate: local,
		units: []proposal.Unit{lead(uDev), assist(uMarket)}, key: "m002",
		grounds: "部分干部对“亲”“清”政商关系理解不到位，存在“清而不亲”、不敢担当的现象，企业反映的问题解决不够及时。",
		advice:  "建立政企常态化沟通机制；明确政商交往正面清单和负面清单；完善涉企问题限时办结制度；加强营商环境监督评价。"},
	{on: day(2022, 1, 8), title: "关于某区在我市五城区中率先创建全域旅游区的建议", cat: proposal.Economy, by: ids("m029"),
		body: proposal.Party, org: "民盟某区委员会", sector: "中国民主同盟", fate: local,
		units: []proposal.Unit{lead(uCulture), assist(uDev), assist(uHousing)}, key: "m003",
		grounds: "我区旅游资源丰富，景点特色鲜明，但景点之间串联不够，配套设施不完善，旅游品牌影响力有待提升。",
		advice:  "编制全域旅游发展规划；整合十个主要景点打造精品线路；完善旅游交通和公共服务设施；加大宣传推介力度。"},
	{on: day(2022, 1, 8), title: "关于在小学和社区创办“四点钟学校”的建议", cat: proposal.Society, by: ids("m038"), fate: local,
		units: []proposal.Unit{lead(uEdu), assist(uCivil)},
		reply: &reply{on: day(2022, 6, 22), grade: proposal.GradeA, feedback: proposal.Satisfied, fedOn: day(2022, 6, 29), closedOn: day(2022, 6, 30)}},
	{on: day(2022, 1, 8), title: "关于推动洛维工业区“大健康”产业集聚发展的建议", cat: proposal.Economy, by: ids("m042", "m043"), fate: local,
		units: []proposal.Unit{lead(uDev), assist(uHealth)}},
	{on: day(2022, 1, 8), title: "关于加强老旧小区改造后续管理的建议", cat: proposal.Society, by: ids("m030"), fate: local,
		units: []proposal.Unit{lead(uHousing)}},
	{on: day(2022, 1, 8), title: "关于推进螺蛳粉产业标准化建设的建议", cat: proposal.Economy, by: ids("m025"), fate: local,
		units: []proposal.Unit{lead(uMarket), assist(uIndustry)}},
	{on: day(2022, 1, 8), title: "关于加强农村人居环境整治长效管护的建议", cat: proposal.Ecology, by: ids("m044"), fate: local,
		units: []proposal.Unit{lead(uAgri), assist(uHousing)}},
	{on: day(2022, 1, 8), title: "关于加快推进中小学集团化办学的建议", cat: proposal.Society, by: ids("m039", "m041"), fate: local,
		units: []proposal.Unit{lead(uEdu)},
		reply: &reply{on: day(2022, 6, 24), grade: proposal.GradeB}},
	{on: day(2022, 1, 8), title: "关于加强社区养老服务设施建设的建议", cat: proposal.Society, by: ids("m034"), fate: local,
		units: []proposal.Unit{lead(uCivil)}},
	{on: day(2022, 1, 8), title: "关于优化营商环境、提升政务服务效能的建议", cat: proposal.Politics, by: ids("m009"), fate: local,
		units: []proposal.Unit{lead(uApproval), assist(uDev)}},
	{on: day(2022, 1, 8), title: "关于加强青少年近视防控工作的建议", cat: proposal.Society, by: ids("m012"), fate: local,
		units: []proposal.Unit{lead(uHealth), assist(uEdu)}},
	{on: day(2022, 1, 9), title: "关于建设特色食品产业园的建议", cat: proposal.Economy, by: ids("m013", "m023"), fate: local,
		units: []proposal.Unit{lead(uIndustry), assist(uDev)}},
	{on: day(2022, 1, 9), title: "关于加强基层公共法律服务体系建设的建议", cat: proposal.Politics, by: ids("m035"), fate: local,
		units: []proposal.Unit{lead(uJustice)}},
	{on: day(2022, 1, 9), title: "关于推进生活垃圾分类进社区的建议", cat: proposal.Ecology, by: ids("m011"), fate: local,
		units: []proposal.Unit{lead(uCity)}},
	{on: day(2022, 1, 9), title: "关于加大对小微企业融资支持力度的建议", cat: proposal.Economy, by: ids("m019"),
		body: proposal.PeoplesOrganisation, org: "区工商联", sector: "中华全国工商业联合会", fate: local,
		units: []proposal.Unit{lead(uFinance), assist(uDev)}},
	{on: day(2022, 1, 9), title: "关于加强农贸市场规范化管理的建议", cat: proposal.Economy, by: ids("m054"), fate: local,
		units: []proposal.Unit{lead(uMarket)},
		reply: &reply{on: day(2022, 6, 27), grade: proposal.GradeA, feedback: proposal.BasicallySatisfied, fedOn: day(2022, 6, 30)}},
	{on: day(2022, 1, 9), title: "关于推广“互联网+医疗健康”便民服务的建议", cat: proposal.Society, by: ids("m042"), fate: local,
		units: []proposal.Unit{lead(uHealth)}},
	{on: day(2022, 1, 9), title: "关于保护和利用区内石刻碑刻文化遗产的建议", cat: proposal.Culture, by: ids("m031"), fate: local,
		units: []proposal.Unit{lead(uCulture)}},
	{on: day(2022, 1, 9), title: "关于加快螺蛳粉电商平台建设的建议", cat: proposal.Economy, by: ids("m017"), fate: merge, into: 1},
	{on: day(2022, 1, 9), title: "关于推进“智慧社区”建设的建议", cat: proposal.Society, by: ids("m047"), fate: local,
		units: []proposal.Unit{lead(uCivil), assist(uIndustry)}},
	{on: day(2022, 1, 9), title: "关于加强科技型中小企业培育的建议", cat: proposal.Economy, by: ids("m046", "m048"), fate: local,
		units: []proposal.Unit{lead(uScience)}},
	{on: day(2022, 1, 9), title: "关于完善全市新能源汽车充电设施布局的建议", cat: proposal.Economy, by: ids("m028"), fate: forward},
	{on: day(2022, 1, 9), title: "关于促进农村电子商务发展的建议", cat: proposal.Economy, by: ids("m045"), fate: local,
		units: []proposal.Unit{lead(uCommerce), assist(uAgri)}},
	{on: day(2022, 1, 10), title: "关于加强未成年人心理健康教育的建议", cat: proposal.Society, by: ids("m003"), fate: local,
		units: []proposal.Unit{lead(uEdu), assist(uHealth)}},
	{on: day(2022, 1, 10), title: "关于推动夜间经济发展的建议", cat: proposal.Economy, by: ids("m027"), fate: local,
		units: []proposal.Unit{lead(uCommerce)}},
	{on: day(2022, 1, 10), title: "关于提高公共文化服务设施利用率的建议", cat: proposal.Culture, by: ids("m014"), fate: local,
		units: []proposal.Unit{lead(uCulture)}},
	{on: day(2022, 1, 10), title: "关于完善社区网格化管理的建议", cat: proposal.Politics, by: ids("m036"), fate: local,
		units: []proposal.Unit{lead(uCivil)}},
	{on: day(2022, 1, 10), title: "关于扶持特色种养产业发展的建议", cat: proposal.Economy, by: ids("m015"), fate: local,
		units: []proposal.Unit{lead(uAgri)},
		reply: &reply{on: day(2022, 6, 28), grade: proposal.GradeB}},
	{on: day(2022, 1, 10), title: "关于开展小学生课后托管服务的建议", cat: proposal.Society, by: ids("m040"), fate: merge, into: 4},

	{on: day(2022, 1, 18), title: "关于加快发展普惠性幼儿园的建议", cat: proposal.Society, by: ids("m040"), fate: local,
		units: []proposal.Unit{lead(uEdu)}},
	{on: day(2022, 1, 21), title: "关于优化公交线路覆盖城乡接合部的建议", cat: proposal.Society, by: ids("m037"), fate: forward},
	{on: day(2022, 1, 25), title: "关于加强食品安全社会共治的建议", cat: proposal.Society, by: ids("m034"), fate: local,
		units: []proposal.Unit{lead(uMarket)}},
	{on: day(2022, 2, 8), title: "关于加快城市快速路网建设的建议", cat: proposal.Economy, by: ids("m019"), fate: forward},
	{on: day(2022, 2, 10), title: "关于做好退役军人服务保障工作的建议", cat: proposal.Society, by: ids("m037"), fate: local,
		units: []proposal.Unit{lead(uVeterans)}},
	{on: day(2022, 2, 14), title: "关于在某小区增设健身器材的建议", cat: proposal.Society, by: ids("m018"), fate: suggestion},
	{on: day(2022, 2, 17), title: "关于加强河道保洁和水环境治理的建议", cat: proposal.Ecology, by: ids("m028"), fate: local,
		units: []proposal.Unit{lead(uWater)}},
	{on: day(2022, 2, 21), title: "关于推动市级优质医疗资源向城区下沉的建议", cat: proposal.Society, by: ids("m012"), fate: forward},
	{on: day(2022, 2, 23), title: "关于关注农村留守老人精神关爱的建议", cat: proposal.Society, by: ids("m044"), fate: opinion},
	{on: day(2022, 2, 25), title: "关于推进柳江流域生态保护修复的建议", cat: proposal.Ecology, by: ids("m008"), fate: forward},
	{on: day(2022, 2, 28), title: "关于规范区内户外广告设置的建议", cat: proposal.Society, by: ids("m027"), fate: suggestion},
	{on: day(2022, 3, 1), title: "关于加强全市工业遗产保护利用的建议", cat: proposal.Culture, by: ids("m026"), fate: forward},
	{on: day(2022, 3, 2), title: "关于解决某企业用地纠纷问题的建议", cat: proposal.Economy, by: ids("m021"), fate: reject,
		reason: "所提事项属于具体经济纠纷，正在司法诉讼程序中，不属于提案受理范围"},
	{on: day(2022, 3, 4), title: "关于发展壮大农村集体经济的建议", cat: proposal.Economy, by: ids("m036"), fate: local,
		units: []proposal.Unit{lead(uAgri)}},
}

// sectorOf returns the sector of member id in the table.
func sectorOf(id lvzhi.MemberID) string {
	for _, r := range memberTable {
		if r.id == id {
			return string(r.sector)
		}
	}
	return ""
}

// buildProposals submits the proposals of the table and takes every
// step of their workflow through the proposal methods, then adds them to a
// register under rules.
func buildProposals(rules proposal.Rules, superior string) ([]*proposal.Proposal, error) {
	reg := proposal.NewRegister(rules)
	for i, t := range proposalTable {
		p, err := newProposal(rules, superior, i+1, t)
		if err != nil {
			return nil, fmt.Errorf("第%d号提案：%w", i+1, err)
		}
		if err := reg.Add(p); err != nil {
			return nil, fmt.Errorf("第%d号提案：%w", i+1, err)
		}
	}
	return reg.All(), nil
}

func newProposal(rules proposal.Rules, superior string, n int, t prop) (*proposal.Proposal, error) {
	r := proposal.Record{
		Number: n, Term: 9, Sitting: 3, Kind: proposal.Regular,
		Title: t.title, Grounds: t.grounds, Suggestions: t.advice, Category: t.cat,
		Submitter: proposal.Submitter{Kind: proposal.Individual, Members: t.by},
		Sector:    sectorOf(t.by[0]),
	}
	if plenaryDates.Contains(t.on) {
		r.Kind, r.Session = proposal.Plenary, idPlenary
	}
	switch {
	case t.org != "":
		r.Submitter = proposal.Submitter{Kind: proposal.Collective, Members: t.by, Body: t.body, Organisation: t.org}
		r.Sector = t.sector
	case len(t.by) > 1:
		r.Submitter.Kind = proposal.Joint
	}
	p, err := rules.New(r, proposal.Act{Date: t.on})
	if err != nil {
		return nil, err
	}
	steps := []func() error{func() error { return p.Review(proposal.At(reviewDate, actorReview)) }}
	decide := proposal.At(chairs9Date, actorChairs9)
	switch t.fate {
	case local, forward:
		steps = append(steps, func() error { return p.Register(decide) })
	case merge:
		steps = append(steps, func() error { return p.Merge(decide, t.into) })
	case suggestion:
		steps = append(steps, func() error { return p.Convert(decide, proposal.ToSuggestion) })
	case opinion:
		steps = append(steps, func() error { return p.Convert(decide, proposal.ToOpinion) })
	case reject:
		steps = append(steps, func() error { return p.Reject(decide, t.reason) })
	}
	if t.fate == forward {
		steps = append(steps, func() error { return p.Forward(proposal.At(forwardDate, actorReview), superior) })
	}
	if t.key != "" {
		keyAct := proposal.At(chairs10Date, actorChairs10)
		steps = append(steps,
			func() error { return p.MarkKey(keyAct) },
			func() error { return p.Supervise(keyAct, memberName(t.key)) })
	}
	if t.fate == local {
		steps = append(steps, func() error { return p.Assign(proposal.At(jointDate, actorJoint), t.units...) })
	}
	if rp := t.reply; rp != nil {
		unit := t.units[0].Name
		steps = append(steps, func() error { return p.Reply(proposal.At(rp.on, unit), unit, rp.grade) })
		if rp.feedback != 0 {
			steps = append(steps, func() error { return p.Feedback(proposal.At(rp.fedOn, string(t.by[0])), rp.feedback) })
		}
		if !rp.closedOn.IsZero() {
			steps = append(steps, func() error { return p.Close(proposal.At(rp.closedOn, actorReview)) })
		}
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return p, nil
}
