package summary_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
)

func TestMeetingsBuilder(t *testing.T) {
	rec := fixture(t)
	rec.Sessions = append(rec.Sessions,
		session.Session{ID: "s5", Kind: session.KindStanding, Term: 9, Sitting: 5, Dates: lvzhi.OneDay(d(2022, 2, 20)),
			Agenda: []session.AgendaItem{{Kind: session.AgendaReview, Title: "区政协2022年工作要点"}}},
		session.Session{ID: "c10", Kind: session.KindChairs, Term: 9, Sitting: 10, Dates: lvzhi.OneDay(d(2022, 4, 10)),
			Agenda: []session.AgendaItem{{Kind: session.AgendaConsult, Title: "重点提案遴选"}, {Kind: session.AgendaConsult, Title: "区政协2022年工作要点"}}},
		session.Session{ID: "t1", Kind: session.KindThematic, Name: "关于优化营商环境的专题协商会", Dates: lvzhi.OneDay(d(2022, 6, 2))},
		session.Session{ID: "c11", Kind: session.KindChairs, Term: 9, Sitting: 11, Dates: lvzhi.OneDay(d(2022, 8, 2))}, // outside the period
	)
	b, err := summary.NewBuilder(rec)
	require.NoError(t, err)
	doc, err := b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "会议", Build: "meetings"}}})
	require.NoError(t, err)
	assert.Equal(t, []string{"上半年，共召开常委会议1次、主席会议2次、专题协商会1次，研究讨论了区政协2022年工作要点、重点提案遴选、优化营商环境等议题。"},
		doc.Sections[0].Paragraphs, "counts by kind in kind order, 8月 not counted; each topic once, by kind and date")

	doc, err = b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "会议", Build: "meetings", Limit: 1}}})
	require.NoError(t, err)
	assert.Contains(t, doc.Sections[0].Paragraphs[0], "研究讨论了区政协2022年工作要点等议题", "one named, the rest under 等")
}

func TestMembersBuilder(t *testing.T) {
	rec := fixture(t)
	rec.Members[0].Party = member.PartyCPC
	rec.Members[1].Ethnicity = "壮族"
	rec.Members[2].Posts = []member.Post{{Role: member.RoleMember, Tenure: member.Tenure{Start: d(2017, 1, 1), End: d(2022, 3, 31)}}}
	rec.Members = append(rec.Members, member.Member{ID: "m4", Name: "赵静", Gender: member.Female, Party: member.PartyJiuSan,
		Sector: member.SectorEducation, Posts: []member.Post{{Role: member.RoleMember, Tenure: member.Tenure{Start: d(2022, 4, 1)}}}})
	b, err := summary.NewBuilder(rec)
	require.NoError(t, err)
	doc, err := b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "委员", Build: "members"}}})
	require.NoError(t, err)
	assert.Equal(t, []string{"截至6月30日，区政协共有委员3名，分属2个界别。委员中，中共党员1名，占33.3%；非中共人士2名，其中民主党派成员1名、无党派人士1名；女委员2名，占66.7%；少数民族委员1名，占33.3%。上半年新增委员1名，1名委员不再担任委员。"},
		doc.Sections[0].Paragraphs, "m3 left on 3月31日 and m4 joined on 4月1日")
}

// The composition by party adds up: 中共党员 and 非中共人士 make up the
// whole, 群众 included, and the parts of 非中共人士 are said with 其中.
func TestMembersByPartyAddUp(t *testing.T) {
	rec := fixture(t)
	rec.Members[0].Party = member.PartyCPC
	rec.Members[1].Party = member.PartyMasses
	rec.Members = append(rec.Members, member.Member{ID: "m4", Name: "赵静", Gender: member.Female, Party: member.PartyJiuSan, Sector: member.SectorEducation})
	text := buildOne(t, rec, "members")
	assert.Contains(t, text, "共有委员4名", text)
	assert.Contains(t, text, "委员中，中共党员1名，占25%；非中共人士3名，其中民主党派成员1名、无党派人士1名；",
		"1 + 3 = 4: the member of no party (群众) is among the 非中共人士, not left out")

	for i := range rec.Members {
		rec.Members[i].Party = member.PartyMasses
	}
	text = buildOne(t, rec, "members")
	assert.Contains(t, text, "委员中，非中共人士4名；", "no 中共党员0名, no empty 其中")
}

// 视察 is written only when 视察 records exist.
func TestResearchSaysInspectionOnlyWithRecords(t *testing.T) {
	rec := fixture(t)
	topic := research.Topic{ID: "t1", Title: "建设特色食品产业园", Key: true, Leader: "m1", ChosenAt: "c9"}
	require.NoError(t, topic.Advance(research.PhaseApproved, d(2022, 3, 10), ""))
	again := topic
	again.ID = "t2"
	rec.Topics = append(rec.Topics, topic, again) // two topics of one title: both count, the title is named once
	b, err := summary.NewBuilder(rec)
	require.NoError(t, err)
	o := summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "调研", Build: "research",
		After: []string{"下一步将深入开展{{.Facts.Work}}。"}}}}
	doc, err := b.Build(o)
	require.NoError(t, err)
	text := strings.Join(doc.Sections[0].Paragraphs, "")
	assert.Equal(t, "经九届九次主席会议研究，确定“建设特色食品产业园”等2个课题为重点调研课题。下一步将深入开展调研。", text)
	assert.NotContains(t, text, "视察")

	rec.Activities = append(rec.Activities, research.Inspection{Base: research.Base{ID: "i1", Title: "视察", Dates: lvzhi.OneDay(d(2022, 5, 20))},
		Subject: "重点项目建设情况"})
	b, err = summary.NewBuilder(rec)
	require.NoError(t, err)
	doc, err = b.Build(o)
	require.NoError(t, err)
	assert.Contains(t, strings.Join(doc.Sections[0].Paragraphs, ""), "组织委员围绕重点项目建设情况开展视察1次。下一步将深入开展调研视察。")
}

// The research part quotes the year's results the records hold: the
// reports submitted in the period and the instructions on them.
func TestResearchQuotesReportsAndInstructions(t *testing.T) {
	rec := fixture(t)
	topic := func(id lvzhi.TopicID, title string, key bool, submitted lvzhi.Date) research.Topic {
		tp := research.Topic{ID: id, Title: title, Key: key, Leader: "m1", ChosenAt: "c9"}
		require.NoError(t, tp.Advance(research.PhaseApproved, d(2022, 3, 10), ""))
		for i, ph := range []research.Phase{research.PhasePreparing, research.PhaseFieldwork, research.PhaseSymposium, research.PhaseDrafting} {
			require.NoError(t, tp.Advance(ph, d(2022, 4, 1+i), ""))
		}
		if !submitted.IsZero() {
			require.NoError(t, tp.Advance(research.PhaseSubmitted, submitted, "报送区委、区政府"))
		}
		return tp
	}
	a := topic("t1", "建设特色食品产业园", true, d(2022, 6, 1))
	a.Outputs = []research.Output{{Kind: research.OutputInstruction, Title: "建设特色食品产业园调研报告", Date: d(2022, 6, 20), By: "区委主要领导"}}
	b2 := topic("t2", "发展乡村旅游", false, d(2022, 6, 10))
	c := topic("t3", "优化营商环境", false, lvzhi.Date{}) // not yet submitted
	rec.Topics = append(rec.Topics, a, b2, c)
	b, err := summary.NewBuilder(rec)
	require.NoError(t, err)
	doc, err := b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "调研", Build: "research"}}})
	require.NoError(t, err)
	assert.Equal(t, "经九届九次主席会议研究，确定“建设特色食品产业园”课题为重点调研课题，上半年开展课题调研3项，"+
		"形成调研报告2篇报送区委、区政府，其中1篇获区委主要领导批示。", // the report of the topic just named is not named again
		strings.Join(doc.Sections[0].Paragraphs, ""))

	// Up to a day before the instruction, nothing is claimed of it.
	doc, err = b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), AsOf: d(2022, 6, 5), Sections: []summary.Part{{Heading: "调研", Build: "research"}}})
	require.NoError(t, err)
	text := strings.Join(doc.Sections[0].Paragraphs, "")
	assert.Contains(t, text, "形成调研报告1篇报送区委、区政府。")
	assert.NotContains(t, text, "批示")

	// When every report has an instruction, 其中 would name the whole:
	// 均获 says it once.
	rec.Topics[len(rec.Topics)-2].Outputs = []research.Output{{Kind: research.OutputInstruction, Title: "发展乡村旅游调研报告", Date: d(2022, 6, 21), By: "区委主要领导"}}
	b, err = summary.NewBuilder(rec)
	require.NoError(t, err)
	doc, err = b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "调研", Build: "research"}}})
	require.NoError(t, err)
	text = strings.Join(doc.Sections[0].Paragraphs, "")
	assert.Contains(t, text, "形成调研报告2篇报送区委、区政府，均获区委主要领导批示。")
	assert.NotContains(t, text, "其中")
}
