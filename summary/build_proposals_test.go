package summary_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
)

// A plenary's proposals are counted by their link to it: its 大会提案
// whatever their submission day (they may be filed up to three months
// before the opening), and the 平时提案 received since its opening — not
// a 大会提案 of another plenary, nor a 平时提案 received before it.
func TestProposalsCountedByLinkToThePlenary(t *testing.T) {
	rec := fixture(t)
	rec.Sessions = append(rec.Sessions, session.Session{ID: "p2", Kind: session.KindPlenary, Term: 9, Sitting: 2,
		Dates: lvzhi.DateRange{From: d(2021, 1, 8), To: d(2021, 1, 10)}})
	add := func(n int, kind proposal.Kind, plenary lvzhi.SessionID, sitting int, on lvzhi.Date) {
		p, err := proposal.New(proposal.Record{Number: n, Term: 9, Sitting: sitting, Kind: kind, Session: plenary,
			Title: "关于完善公共交通的建议", Category: proposal.Society, Sector: "经济界",
			Submitter: proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{"m2"}}},
			proposal.At(on, "m2"))
		require.NoError(t, err)
		rec.Proposals = append(rec.Proposals, p)
	}
	add(4, proposal.Plenary, "p3", 3, d(2021, 11, 20)) // filed for 九届三次会议 before its opening: counted
	add(5, proposal.Plenary, "p3", 3, d(2022, 1, 9))   // filed during it: counted
	add(6, proposal.Plenary, "p2", 2, d(2021, 1, 9))   // of the previous plenary: not counted
	add(7, proposal.Regular, "", 2, d(2021, 12, 20))   // a 平时提案 before the opening: not counted
	add(8, proposal.Regular, "", 3, d(2022, 6, 1))     // a 平时提案 since the opening: counted
	add(9, proposal.Regular, "", 3, d(2022, 7, 1))     // after the day counted to: not yet
	b, err := summary.NewBuilder(rec)
	require.NoError(t, err)
	doc, err := b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "提案", Build: "proposals"}}})
	require.NoError(t, err)
	require.NotEmpty(t, doc.Sections[0].Paragraphs)
	assert.Contains(t, doc.Sections[0].Paragraphs[0], "九届三次会议以来，共收到提案6件", "3 of the fixture, 4, 5 and 8")

	// Without a plenary in the period, the proposals submitted in it are
	// counted.
	doc, err = b.Build(summary.Outline{Period: lvzhi.SecondHalf(2021), Sections: []summary.Part{{Heading: "提案", Build: "proposals"}}})
	require.NoError(t, err)
	assert.Contains(t, doc.Sections[0].Paragraphs[0], "下半年，共收到提案2件。", "4 and 7, none registered yet")
}

// The meeting that hands proposals over is credited only with those
// handed over that day: others assigned on other days are said apart.
func TestProposalsAssignedAtTheMeetingOnly(t *testing.T) {
	rec := fixture(t)
	text := buildOne(t, rec, "proposals")
	assert.Contains(t, text, "5月3日，召开联席会议，将2件提案交承办单位办理。", "both registered proposals were handed over at the meeting")

	late, err := proposal.New(proposal.Record{Number: 4, Term: 9, Sitting: 3, Kind: proposal.Regular,
		Title: "关于完善公共交通的建议", Category: proposal.Society, Sector: "经济界",
		Submitter: proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{"m2"}}},
		proposal.At(d(2022, 5, 10), "m2"))
	require.NoError(t, err)
	require.NoError(t, late.Review(proposal.At(d(2022, 5, 12), "提案委员会")))
	require.NoError(t, late.Register(proposal.At(d(2022, 5, 20), "提案委员会")))
	require.NoError(t, late.Assign(proposal.At(d(2022, 6, 1), "提案委员会"), proposal.Unit{Name: "区交通运输局", Role: proposal.Lead}))
	rec.Proposals = append(rec.Proposals, late)
	text = buildOne(t, rec, "proposals")
	assert.Contains(t, text, "5月3日，召开联席会议，集中交办提案2件，其余1件陆续交办。",
		"the meeting of 5月3日 handed over 2 of the 3; the third was handed over on 6月1日")
	assert.NotContains(t, text, "将3件提案交承办单位办理")
}
