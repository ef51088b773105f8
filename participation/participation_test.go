package participation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/participation"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/zh"
)

func TestCountyShapes(t *testing.T) {
	r := participation.Count(countyRecords(t), lvzhi.Year(2022))
	assert.Equal(t, 799, r.Roster)

	lead := r.Kind(participation.ProposalLead)
	assert.Equal(t, participation.KindTally{Kind: participation.ProposalLead, Members: 579, Times: 922, Items: 922}, lead,
		"579名委员提交提案922件")
	joint := r.Kind(participation.ProposalJoint)
	assert.Equal(t, 100, joint.Items)
	assert.Equal(t, 200, joint.Times)
	assert.Equal(t, 150, joint.Members, "100 co-signers m600–m699 and 50 m700–m749")
	assert.Equal(t, 579, r.Proposers(false))
	assert.Equal(t, 579+150, r.Proposers(true), "co-signers m600–m749 never lead")

	op := r.Kind(participation.Opinion)
	assert.Equal(t, 140, op.Members, "140名委员反映社情民意信息")
	assert.Equal(t, 334, op.Times)
	assert.Equal(t, 338, op.Items, "the outsider's 4 clues are items, the 9 without a member are not")
	assert.Equal(t, 4, r.Outside)

	att := r.Kind(participation.Attendance)
	assert.Equal(t, 760+6*700, att.Times)
	assert.Equal(t, 7, att.Items)
	assert.Equal(t, 760, att.Members)
	assert.Equal(t, 16, r.Kind(participation.Speech).Times)
	assert.Equal(t, 80, r.Kind(participation.Inspection).Members)

	assert.Equal(t, 6512, r.Times)
	s, err := zh.Approximate(r.Times, zh.Over, 0)
	require.NoError(t, err)
	assert.Equal(t, "6500余人次", s+"人次")

	// Everyone m000–m759 attended; the co-signers m600–m749 are among them;
	// no one m760–m798 did anything.
	assert.Equal(t, 760, r.Members)
	assert.Equal(t, "95.1%", r.Rate().Percent())

	var sum int
	for _, m := range r.ByMember {
		sum += m.Total()
	}
	assert.Equal(t, r.Times, sum)
	assert.Equal(t, 0, r.ByMember[798].Total())
	assert.Equal(t, 2, r.ByMember[0].Of(participation.ProposalLead), "m000 leads proposals 1 and 580")
}

func TestBreakdowns(t *testing.T) {
	r := participation.Count(countyRecords(t), lvzhi.Year(2022))

	sectors := r.BySector()
	require.Len(t, sectors, 4)
	names := []string{sectors[0].Name, sectors[1].Name, sectors[2].Name, sectors[3].Name}
	assert.Equal(t, []string{"经济界", "农业界", "教育界", "医药卫生界"}, names, "national order")
	total := 0
	for _, l := range sectors {
		total += l.Roster
		assert.LessOrEqual(t, l.Members, l.Roster)
	}
	assert.Equal(t, 799, total)
	assert.Equal(t, 200, sectors[0].Roster, "m000, m004 … m796")
	assert.Equal(t, 190, sectors[0].Members, "m760 … m796 took no part: 10 of them are 经济界")

	parties := r.ByParty()
	require.Len(t, parties, 2)
	assert.Equal(t, "中国共产党", parties[0].Name)

	groups := r.ByGroup()
	require.Len(t, groups, 1, "社会组 ended before the period")
	assert.Equal(t, participation.Line{Name: "科技组", Roster: 40, Members: 40, Times: groups[0].Times, Kinds: groups[0].Kinds}, groups[0])
	assert.Equal(t, "100%", groups[0].Rate().Percent())
	assert.Empty(t, r.ByCommittee())

	tb := r.LinesTable("各界别委员履职情况", "界别", sectors)
	require.NoError(t, tb.Validate())
	assert.Equal(t, "合计", tb.Total[0].Text)
	assert.Equal(t, "95.1%", tb.Total[3].Text)
	gt := r.LinesTable("各活动小组委员履职情况", "活动小组", groups)
	require.NoError(t, gt.Validate())
	assert.Nil(t, gt.Total, "groups do not divide the roster")

	kt := r.KindTable()
	require.NoError(t, kt.Validate())
	assert.Len(t, kt.Rows, len(participation.Kinds()))
	assert.Equal(t, "6512", kt.Total[2].Text)
	assert.Contains(t, kt.Notes[0], "参与率95.1%")
}

func TestPeriodAndCollective(t *testing.T) {
	rec := countyRecords(t)
	r := participation.Count(rec, lvzhi.Year(2021))
	assert.Equal(t, 1, r.Kind(participation.ProposalLead).Times, "the 2021 proposal")
	assert.Equal(t, 0, r.Kind(participation.Attendance).Times)
	assert.Equal(t, 1, r.Members)

	empty := participation.Count(participation.Records{}, lvzhi.Year(2022))
	assert.Equal(t, 0, empty.Members)
	assert.Equal(t, "", empty.Rate().Percent())
	assert.Equal(t, participation.KindTally{Kind: 42}, empty.Kind(42))
	require.NoError(t, empty.KindTable().Validate())
}

func TestKindNames(t *testing.T) {
	assert.Equal(t, "提案（第一提案人）", participation.ProposalLead.String())
	assert.Equal(t, "其他活动", participation.Other.String())
	assert.Equal(t, "Kind(0)", participation.Kind(0).String())
	assert.Len(t, participation.Kinds(), 9)
}

// The editorial board of a 文史 book took part in it as its team did:
// each member once, whether on the team, the board or both.
func TestPublicationBoardCounts(t *testing.T) {
	rec := participation.Records{Members: members(4), Activities: []research.Activity{research.Publication{
		Base: research.Base{ID: "book", Title: "某区石刻碑刻精选", Dates: lvzhi.OneDay(day(5, 10)),
			Members: []lvzhi.MemberID{id(1), id(2)}},
		Status: research.Planned,
		Board:  research.Board{Name: "编撰委员会", Members: []lvzhi.MemberID{id(2), id(3)}},
	}}}
	r := participation.Count(rec, lvzhi.Year(2022))
	assert.Equal(t, participation.KindTally{Kind: participation.Other, Members: 3, Times: 3, Items: 1},
		r.Kind(participation.Other), "m001 and m002 on the team, m002 and m003 on the board")
}
