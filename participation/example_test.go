package participation_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/participation"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
)

// smallRecords are the 2022 records of a committee of five: 张伟 (经济界,
// 科技组, 提案委员会) and 李娜 (教育界, 科技组) propose jointly, 王芳
// (经济界, 社会组) alone and reports two 社情民意 clues; four attend the
// plenary; 赵磊 (农业界) does nothing.
func smallRecords() participation.Records {
	mk := func(id, name string, s member.Sector, p member.Party, group string) member.Member {
		m := member.Member{ID: lvzhi.MemberID(id), Name: name, Gender: member.Female, Sector: s, Party: p}
		if group != "" {
			m.Groups = []member.GroupMembership{{Group: group, Role: member.GroupMember}}
		}
		return m
	}
	ms := []member.Member{
		mk("m1", "张伟", "经济界", member.PartyCPC, "科技组"),
		mk("m2", "李娜", "教育界", member.PartyDemocraticLeague, "科技组"),
		mk("m3", "王芳", "经济界", member.PartyNonParty, "社会组"),
		mk("m4", "刘洋", "教育界", member.PartyCPC, ""),
		mk("m5", "赵磊", "农业界", member.PartyCPC, ""),
	}
	ms[0].Committees = []member.CommitteeMembership{{Committee: member.CommitteeProposals, Role: member.CommitteeMemberRole}}
	prop := func(n int, kind proposal.SubmitterKind, ids ...lvzhi.MemberID) *proposal.Proposal {
		p, err := proposal.New(proposal.Record{Number: n, Term: 9, Kind: proposal.Regular, Title: fmt.Sprintf("关于第%d项工作的建议", n),
			Category: proposal.Economy, Submitter: proposal.Submitter{Kind: kind, Members: ids}}, proposal.At(lvzhi.MustDate(2022, time.March, 1), ""))
		if err != nil {
			panic(err)
		}
		return p
	}
	var att session.Attendance
	att.Mode = session.ModeRequired
	for _, id := range []lvzhi.MemberID{"m1", "m2", "m3", "m4"} {
		att.Records = append(att.Records, session.Record{Member: id, Status: session.Present})
	}
	att.Records = append(att.Records, session.Record{Member: "m5", Status: session.OnLeave, Reason: "因病"})
	return participation.Records{
		Members: ms,
		Proposals: []*proposal.Proposal{
			prop(1, proposal.Joint, "m1", "m2"),
			prop(2, proposal.Individual, "m3"),
			prop(3, proposal.Individual, "m1"),
		},
		Sessions: []session.Session{{ID: "s1", Kind: session.KindPlenary, Term: 9, Sitting: 3,
			Dates: lvzhi.DateRange{From: lvzhi.MustDate(2022, time.January, 8), To: lvzhi.MustDate(2022, time.January, 10)}, Attendance: att}},
		Activities: []research.Activity{research.OpinionWork{
			Base:  research.Base{ID: "o1", Title: "社情民意信息工作", Dates: lvzhi.Year(2022).Range()},
			Clues: []research.Clues{{Channel: research.ChannelWeChat, Count: 2, From: "m3"}},
		}},
	}
}

func ExampleCount() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	lead := r.Kind(participation.ProposalLead)
	fmt.Printf("%d名委员提交提案%d件\n", lead.Members, lead.Items)
	op := r.Kind(participation.Opinion)
	fmt.Printf("%d名委员反映社情民意信息%d条\n", op.Members, op.Times)
	fmt.Printf("委员%d人，%d人参加履职，共%d人次，参与率%s\n", r.Roster, r.Members, r.Times, r.Rate().Percent())
	// Output:
	// 2名委员提交提案3件
	// 1名委员反映社情民意信息2条
	// 委员5人，4人参加履职，共10人次，参与率80%
}

func ExampleReport_Proposers() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	fmt.Println("第一提案人:", r.Proposers(false))
	fmt.Println("含联名:", r.Proposers(true))
	// Output:
	// 第一提案人: 2
	// 含联名: 3
}

func ExampleReport_Kind() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	fmt.Println(r.Kind(participation.Attendance))
	// Output: {出席会议 4 4 1}
}

func ExampleReport_BySector() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	for _, l := range r.BySector() {
		fmt.Println(l.Name, l.Roster, l.Members, l.Times, l.Rate().Percent())
	}
	// Output:
	// 经济界 2 2 7 100%
	// 农业界 1 0 0 0%
	// 教育界 2 2 3 100%
}

func ExampleReport_ByParty() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	for _, l := range r.ByParty() {
		fmt.Println(l.Name, l.Roster, l.Members)
	}
	// Output:
	// 中国共产党 3 2
	// 中国民主同盟 1 1
	// 无党派人士 1 1
}

func ExampleReport_ByGroup() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	for _, l := range r.ByGroup() {
		fmt.Println(l.Name, l.Roster, l.Kind(participation.ProposalLead).Members)
	}
	// Output:
	// 社会组 1 1
	// 科技组 2 1
}

func ExampleReport_ByCommittee() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	for _, l := range r.ByCommittee() {
		fmt.Println(l.Name, l.Roster, l.Times)
	}
	// Output: 提案委员会 1 3
}

func ExampleReport_KindTable() {
	tb := participation.Count(smallRecords(), lvzhi.Year(2022)).KindTable()
	fmt.Println(tb.Title)
	for _, row := range tb.Rows[:3] {
		fmt.Println(row[0].Text, row[1].Text, row[2].Text, row[3].Text)
	}
	fmt.Println(tb.Total[0].Text, tb.Total[1].Text, tb.Total[2].Text)
	fmt.Println(tb.Notes[0])
	// Output:
	// 委员履职情况统计表
	// 提案（第一提案人） 2 3 3
	// 提案（联名） 1 1 1
	// 社情民意信息 1 2 2
	// 合计 4 10
	// 委员总数5人，参加履职4人，参与率80.0%。
}

func ExampleReport_LinesTable() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	tb := r.LinesTable("各界别委员履职情况", "界别", r.BySector())
	for _, row := range append(append(tb.Header, tb.Rows...), tb.Total) {
		for i, c := range row {
			if i > 0 {
				fmt.Print(" ")
			}
			fmt.Print(c.Text)
		}
		fmt.Println()
	}
	// Output:
	// 界别 委员人数 参加履职人数 参与率 履职人次 第一提案人（人）
	// 经济界 2 2 100.0% 7 2
	// 农业界 1 0 0.0% 0 0
	// 教育界 2 2 100.0% 3 0
	// 合计 5 4 80.0% 10 2
}

func ExampleMemberTally_Of() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	m := r.ByMember[0] // 张伟
	fmt.Println(m.Member, m.Of(participation.ProposalLead), m.Of(participation.Attendance), m.Total())
	// Output: m1 2 1 3
}

func ExampleLine_Kind() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	edu := r.BySector()[2]
	fmt.Println(edu.Name, edu.Kind(participation.ProposalJoint).Members)
	// Output: 教育界 1
}

func ExampleKinds() {
	for _, k := range participation.Kinds() {
		fmt.Print(k, " ")
	}
	fmt.Println()
	// Output: 提案（第一提案人） 提案（联名） 社情民意信息 出席会议 大会发言 调研 视察 委员小组活动 其他活动
}

func ExampleReport_Rate() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	fmt.Println(r.Rate().Percent(), r.Rate())
	// Output: 80% 4/5（80%）
}

func ExampleLine_Rate() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	for _, l := range r.ByParty() {
		fmt.Println(l.Name, l.Rate().Percent())
	}
	// Output:
	// 中国共产党 66.7%
	// 中国民主同盟 100%
	// 无党派人士 100%
}

func ExampleMemberTally_Total() {
	r := participation.Count(smallRecords(), lvzhi.Year(2022))
	for _, m := range r.ByMember {
		fmt.Print(m.Member, ":", m.Total(), " ")
	}
	fmt.Println()
	// Output: m1:3 m2:2 m3:4 m4:1 m5:0
}

func ExampleKind_String() {
	fmt.Println(participation.Opinion, participation.Kind(0).IsValid())
	// Output: 社情民意信息 false
}

// AllTookPart answers the question a diagnosis asks first — did anyone
// stay idle? — without counting everything.
func ExampleAllTookPart() {
	rec := smallRecords()
	fmt.Println(participation.AllTookPart(rec, lvzhi.Year(2022)))
	// Without 赵磊, who did nothing, everyone took part.
	rec.Members = slices.DeleteFunc(rec.Members, func(m member.Member) bool { return m.Name == "赵磊" })
	fmt.Println(participation.AllTookPart(rec, lvzhi.Year(2022)))
	// Output:
	// false
	// true
}
