package summary_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
)

var d = lvzhi.MustDate

// fixture returns a small but complete record set of a district
// committee in the first half of 2022.
func fixture(tb testing.TB) *summary.Records {
	tb.Helper()
	m := func(id, name string, sector member.Sector, g member.Gender) member.Member {
		return member.Member{ID: lvzhi.MemberID(id), Name: name, Gender: g, Party: member.PartyNonParty, Sector: sector}
	}
	rec := &summary.Records{
		Committee: lvzhi.Committee{Name: "柳州市某区政协委员会", ShortName: "区政协", Level: lvzhi.LevelCounty, Term: 9, Superior: "市政协"},
		Members: []member.Member{
			m("m1", "李明", member.SectorEconomy, member.Male),
			m("m2", "王芳", member.SectorEducation, member.Female),
			m("m3", "张伟", member.SectorMedicine, member.Male),
		},
		Sessions: []session.Session{
			{ID: "p3", Kind: session.KindPlenary, Term: 9, Sitting: 3, Dates: lvzhi.DateRange{From: d(2022, 1, 8), To: d(2022, 1, 10)},
				Agenda: []session.AgendaItem{
					{Kind: session.AgendaReview, Title: "区政府工作报告"},
					{Kind: session.AgendaSpeech, Title: "大会发言", Speeches: []session.Speech{{Speaker: "m1", Title: "关于在小学和社区创办“四点钟学校”的建议"}}},
				}},
			{ID: "c9", Kind: session.KindChairs, Term: 9, Sitting: 9, Dates: lvzhi.OneDay(d(2022, 3, 10))},
			{ID: "j1", Kind: session.KindJoint, Name: "提案交办联席会议", Organiser: "区政府、区人大、区政协", Dates: lvzhi.OneDay(d(2022, 5, 3))},
		},
		Activities: research.Activities{
			research.OpinionWork{Base: research.Base{ID: "o1", Title: "社情民意征集", Dates: lvzhi.FirstHalf(2022).Range()},
				Clues:  []research.Clues{{Channel: research.ChannelWeChat, Count: 15}, {Channel: research.ChannelSMS, Count: 6}},
				Issues: []research.Issue{{Number: 1, Date: d(2022, 4, 20)}}},
			research.Exchange{Base: research.Base{ID: "e1", Title: "来访", Dates: lvzhi.OneDay(d(2022, 4, 12))},
				Direction: research.Received, Counterparts: []string{"广西合浦县政协"}},
		},
	}
	at := proposal.At
	for i := 1; i <= 3; i++ {
		p, err := proposal.New(proposal.Record{Number: i, Term: 9, Sitting: 3, Kind: proposal.Regular,
			Title: "关于加强社区养老服务的建议", Category: proposal.Society, Sector: "经济界",
			Submitter: proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{"m1"}}},
			at(d(2022, 1, 20), "m1"))
		require.NoError(tb, err)
		require.NoError(tb, p.Review(at(d(2022, 2, 1), "提案委员会")))
		if i == 3 {
			require.NoError(tb, p.Reject(at(d(2022, 3, 10), "九届九次主席会议"), "属于个人事务"))
		} else {
			require.NoError(tb, p.Register(at(d(2022, 3, 10), "九届九次主席会议")))
			require.NoError(tb, p.Assign(at(d(2022, 5, 3), "联席会议"), proposal.Unit{Name: "区民政局", Role: proposal.Lead}))
		}
		if i == 1 {
			require.NoError(tb, p.MarkKey(at(d(2022, 5, 3), "主席会议")))
		}
		rec.Proposals = append(rec.Proposals, p)
	}
	return rec
}

func newBuilder(tb testing.TB) *summary.Builder {
	tb.Helper()
	b, err := summary.NewBuilder(fixture(tb))
	require.NoError(tb, err)
	return b
}
