package summary_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary"
)

// d22 returns 2022-m-d.
func d22(m time.Month, d int) lvzhi.Date { return lvzhi.MustDate(2022, m, d) }

func diagCommittee() lvzhi.Committee {
	return lvzhi.Committee{Name: "柳州市某区政协委员会", ShortName: "区政协", Level: lvzhi.LevelCounty, Term: 9, Superior: "市政协"}
}

// diagMember returns a member of sector s, in the named activity groups
// from the start of 2022.
func diagMember(id lvzhi.MemberID, name string, g member.Gender, s member.Sector, groups ...string) member.Member {
	m := member.Member{ID: id, Name: name, Gender: g, Party: member.PartyNonParty, Sector: s}
	for _, grp := range groups {
		m.Groups = append(m.Groups, member.GroupMembership{Group: grp, Role: member.GroupMember,
			Tenure: member.Tenure{Start: d22(1, 1)}})
	}
	return m
}

// groupAct returns a group activity of the named groups on day d.
func groupAct(id lvzhi.ActivityID, d lvzhi.Date, groups ...string) research.GroupActivity {
	return research.GroupActivity{
		Base:   research.Base{ID: id, Title: "走访调研", Dates: lvzhi.OneDay(d)},
		Groups: groups,
		Form:   research.FormSurvey,
	}
}

// newProposal returns 平时提案 number n of term 9, submitted on day by the
// members given (jointly when more than one), with sector s recorded.
func newProposal(t testing.TB, n int, on lvzhi.Date, s string, by ...lvzhi.MemberID) *proposal.Proposal {
	t.Helper()
	kind := proposal.Individual
	if len(by) > 1 {
		kind = proposal.Joint
	}
	p, err := proposal.New(proposal.Record{
		Number: n, Term: 9, Sitting: 3, Kind: proposal.Regular,
		Title:     "关于加强社区养老服务设施建设的建议",
		Category:  proposal.Society,
		Submitter: proposal.Submitter{Kind: kind, Members: by},
		Sector:    s,
	}, proposal.At(on, string(by[0])))
	require.NoError(t, err)
	return p
}

// assigned registers p and assigns it to unit as 主办 on day on.
func assigned(t testing.TB, p *proposal.Proposal, on lvzhi.Date, unit string) *proposal.Proposal {
	t.Helper()
	sub := p.Submitted()
	require.NoError(t, p.Review(proposal.At(sub, "提案委员会")))
	require.NoError(t, p.Register(proposal.At(sub, "提案委员会")))
	require.NoError(t, p.Assign(proposal.At(on, "区政协提案委"), proposal.Unit{Name: unit, Role: proposal.Lead}))
	return p
}

// diagRecords returns records for the first half of 2022 that support
// every diagnosis on 2022-06-30:
//
//   - groups 科技组 3 activities, 社会组 1 (joint with 科技组), 文史组 0;
//   - members in 经济界, 农业界, 教育界 (2) and 医药卫生界; 农业界 makes no
//     proposal, 教育界 only as co-signer of a joint one;
//   - proposal 1 replied and 满意, 5 replied and 不满意, 2 overdue since
//     4月20日, 3 assigned 5月10日 and not replied, 4 assigned 6月20日;
//   - topic 建设特色食品产业园 due to reach 实地调研 by 5月31日, in 准备.
func diagRecords(t testing.TB) *summary.Records {
	t.Helper()
	rec := &summary.Records{
		Committee: diagCommittee(),
		Members: []member.Member{
			diagMember("m1", "王明", member.Male, member.SectorEconomy, "科技组"),
			diagMember("m2", "李红", member.Female, member.SectorEducation, "社会组"),
			diagMember("m3", "张伟", member.Male, member.SectorEducation, "文史组"),
			diagMember("m4", "陈静", member.Female, member.SectorMedicine, "科技组"),
			diagMember("m5", "刘洋", member.Male, member.SectorAgriculture),
		},
		Activities: research.Activities{
			groupAct("g1", d22(3, 2), "科技组"),
			groupAct("g2", d22(4, 12), "科技组", "社会组"),
			groupAct("g3", d22(5, 20), "科技组"),
			groupAct("g4", d22(7, 5), "文史组"), // after the period
		},
	}

	p1 := assigned(t, newProposal(t, 1, d22(1, 9), "经济界", "m1"), d22(1, 20), "区发展和改革局")
	require.NoError(t, p1.Reply(proposal.At(d22(3, 1), "区发展和改革局"), "区发展和改革局", proposal.GradeA))
	require.NoError(t, p1.Feedback(proposal.At(d22(3, 10), "m1"), proposal.Satisfied))
	require.NoError(t, p1.Close(proposal.At(d22(3, 15), "区政协提案委")))

	p2 := assigned(t, newProposal(t, 2, d22(1, 9), "医药卫生界", "m4", "m2"), d22(1, 20), "区交通运输局")
	p3 := assigned(t, newProposal(t, 3, d22(2, 10), "经济界", "m1"), d22(5, 10), "区教育局")
	p4 := assigned(t, newProposal(t, 4, d22(3, 1), "医药卫生界", "m4"), d22(6, 20), "区卫生健康局")

	p5 := assigned(t, newProposal(t, 5, d22(1, 10), "经济界", "m1"), d22(1, 20), "区住房和城乡建设局")
	require.NoError(t, p5.Reply(proposal.At(d22(3, 5), "区住房和城乡建设局"), "区住房和城乡建设局", proposal.GradeC))
	require.NoError(t, p5.Feedback(proposal.At(d22(3, 20), "m1"), proposal.Unsatisfied))

	// Listed out of number order: evidence follows the numbers.
	rec.Proposals = []*proposal.Proposal{p3, p1, p2, p4, p5}

	topic := research.Topic{
		ID: "t1", Title: "建设特色食品产业园", Key: true, Leader: "m1",
		Plan: []research.Milestone{
			{Phase: research.PhaseApproved, Due: d22(3, 1)},
			{Phase: research.PhasePreparing, Due: d22(3, 31)},
			{Phase: research.PhaseFieldwork, Due: d22(5, 31)},
			{Phase: research.PhaseDrafting, Due: d22(7, 31)},
		},
	}
	require.NoError(t, topic.Advance(research.PhaseApproved, d22(3, 1), ""))
	require.NoError(t, topic.Advance(research.PhasePreparing, d22(3, 20), ""))
	onTrack := research.Topic{
		ID: "t2", Title: "推进老旧小区改造", Leader: "m1",
		Plan: []research.Milestone{{Phase: research.PhaseApproved, Due: d22(3, 1)}, {Phase: research.PhasePreparing, Due: d22(4, 30)}},
	}
	require.NoError(t, onTrack.Advance(research.PhaseApproved, d22(2, 20), ""))
	require.NoError(t, onTrack.Advance(research.PhasePreparing, d22(4, 1), ""))
	rec.Topics = []research.Topic{topic, onTrack}
	return rec
}

func diagnose(t testing.TB, rec *summary.Records, asOf lvzhi.Date, opts summary.DiagnoseOptions) []summary.Diagnosis {
	t.Helper()
	b, err := summary.NewBuilder(rec)
	require.NoError(t, err)
	return b.Diagnose(lvzhi.FirstHalf(2022), asOf, opts)
}

func findDiagnosis(ds []summary.Diagnosis, rule string) (summary.Diagnosis, bool) {
	for _, d := range ds {
		if d.Rule == rule {
			return d, true
		}
	}
	return summary.Diagnosis{}, false
}
