package participation_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/participation"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
)

func day(m time.Month, d int) lvzhi.Date { return lvzhi.MustDate(2022, m, d) }

func id(i int) lvzhi.MemberID { return lvzhi.MemberID(fmt.Sprintf("m%03d", i)) }

// sectors and parties the fixture members are spread over.
var (
	fixtureSectors = []member.Sector{"经济界", "教育界", "医药卫生界", "农业界"}
	fixtureParties = []member.Party{member.PartyCPC, member.PartyNonParty}
)

func members(n int) []member.Member {
	ms := make([]member.Member, n)
	for i := range ms {
		ms[i] = member.Member{ID: id(i), Name: fmt.Sprintf("委员%d", i), Gender: member.Male,
			Party: fixtureParties[i%2], Sector: fixtureSectors[i%len(fixtureSectors)]}
		if i < 40 {
			ms[i].Groups = []member.GroupMembership{{Group: "科技组", Role: member.GroupMember}}
		} else if i < 60 {
			ms[i].Groups = []member.GroupMembership{{Group: "社会组", Role: member.GroupMember,
				Tenure: member.Tenure{End: lvzhi.MustDate(2021, time.December, 31)}}} // left before the period
		}
	}
	return ms
}

// newProposal returns a proposal submitted on d by the members.
func newProposal(tb testing.TB, n int, d lvzhi.Date, ms ...lvzhi.MemberID) *proposal.Proposal {
	tb.Helper()
	kind := proposal.Individual
	if len(ms) > 1 {
		kind = proposal.Joint
	}
	p, err := proposal.New(proposal.Record{
		Number: n, Term: 13, Kind: proposal.Regular, Title: fmt.Sprintf("关于第%d项工作的建议", n),
		Category: proposal.Economy, Submitter: proposal.Submitter{Kind: kind, Members: ms},
	}, proposal.At(d, ""))
	require.NoError(tb, err)
	return p
}

// present returns an attendance list with members [from, to) present.
func present(from, to int) session.Attendance {
	a := session.Attendance{Mode: session.ModeRequired}
	for i := from; i < to; i++ {
		a.Records = append(a.Records, session.Record{Member: id(i), Status: session.Present})
	}
	return a
}

// countyRecords builds, for 2022, the shapes of a county committee's
// year: 799 members, of whom 579 proposed 922 proposals as 第一提案人
// (100 of them joint with two co-signers each), 140 members reporting
// 334 社情民意 clues, a plenary with 760 present, six standing committee
// sessions with 700 present each, 16 speeches and an inspection of 80:
// 6,512 person-times in all. A 2021 proposal and a clue from outside
// the roster must not count.
func countyRecords(tb testing.TB) participation.Records {
	tb.Helper()
	rec := participation.Records{Members: members(799)}
	for n := range 922 {
		ms := []lvzhi.MemberID{id(n % 579)}
		if n < 100 {
			ms = append(ms, id(600+n), id(700+n%50))
		}
		rec.Proposals = append(rec.Proposals, newProposal(tb, n+1, day(3, 1), ms...))
	}
	rec.Proposals = append(rec.Proposals, newProposal(tb, 923, lvzhi.MustDate(2021, time.March, 1), id(1)))
	var clues []research.Clues
	for i := range 140 {
		n := 2
		if i < 54 {
			n = 3
		}
		clues = append(clues, research.Clues{Channel: research.ChannelWeChat, Count: n, From: id(i * 5)})
	}
	clues = append(clues, research.Clues{Channel: research.ChannelWeChat, Count: 4, From: "outsider"}, research.Clues{Channel: research.ChannelWeChat, Count: 9})
	plenary := session.Session{ID: "s1", Kind: session.KindPlenary, Term: 13, Sitting: 2, Dates: lvzhi.DateRange{From: day(1, 8), To: day(1, 10)}, Attendance: present(0, 760)}
	for i := range 16 {
		plenary.Agenda = append(plenary.Agenda, session.AgendaItem{Kind: session.AgendaSpeech, Title: "大会发言", Speeches: []session.Speech{{Speaker: id(i), Title: fmt.Sprintf("发言%d", i)}}})
	}
	rec.Sessions = append(rec.Sessions, plenary)
	for i := range 6 {
		rec.Sessions = append(rec.Sessions, session.Session{ID: lvzhi.SessionID(fmt.Sprintf("c%d", i)), Kind: session.KindStanding, Term: 13, Sitting: i + 1,
			Dates: lvzhi.DateRange{From: day(time.Month(2*i+1), 20), To: day(time.Month(2*i+1), 20)}, Attendance: present(i, 700+i)})
	}
	insp := research.Inspection{Base: research.Base{ID: "a1", Title: "重点项目视察", Dates: lvzhi.DateRange{From: day(5, 6), To: day(5, 6)}}, Subject: "重点项目"}
	for i := range 80 {
		insp.Members = append(insp.Members, id(i))
	}
	rec.Activities = []research.Activity{
		research.OpinionWork{Base: research.Base{ID: "o1", Title: "社情民意信息工作", Dates: lvzhi.Year(2022).Range()}, Clues: clues},
		insp,
	}
	return rec
}
