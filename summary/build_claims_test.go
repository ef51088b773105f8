package summary_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/zh/proofread"
)

// The builders write what the records say: who chose the key proposals
// and when, how many proposals were collective, how many members were
// visited, which meetings the committee held itself.

func buildOne(t *testing.T, rec *summary.Records, build string) string {
	t.Helper()
	b, err := summary.NewBuilder(rec)
	require.NoError(t, err)
	doc, err := b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "一", Build: build}}})
	require.NoError(t, err)
	return strings.Join(doc.Sections[0].Paragraphs, "\n")
}

func TestKeyProposalsChosenAsRecorded(t *testing.T) {
	rec := fixture(t)
	at := proposal.At
	// A collective proposal chosen as key by the chairpersons' meeting of
	// 4月26日, a week before the joint meeting hands proposals over.
	p, err := proposal.New(proposal.Record{Number: 4, Term: 9, Sitting: 3, Kind: proposal.Regular,
		Title: "关于构建新型政商关系的建议", Category: proposal.Economy, Sector: "中国民主同盟",
		Submitter: proposal.Submitter{Kind: proposal.Collective, Body: proposal.Party, Organisation: "民盟某区委员会"}},
		at(d(2022, 1, 25), "民盟某区委员会"))
	require.NoError(t, err)
	require.NoError(t, p.Review(at(d(2022, 2, 1), "提案委员会")))
	require.NoError(t, p.Register(at(d(2022, 3, 10), "九届九次主席会议")))
	require.NoError(t, p.MarkKey(at(d(2022, 4, 26), "九届十次主席会议")))
	require.NoError(t, p.Supervise(at(d(2022, 4, 26), "九届十次主席会议"), "覃建华"))
	require.NoError(t, p.Assign(at(d(2022, 5, 3), "联席会议"), proposal.Unit{Name: "区工商业联合会", Role: proposal.Lead}))
	fixed := rec.Proposals
	rec.Proposals = []*proposal.Proposal{fixed[1], fixed[2], p} // the fixture's own key proposal (chosen 5月3日) left out

	text := buildOne(t, rec, "proposals")
	assert.Contains(t, text, "共收到提案3件（含集体提案1件）", "a collective proposal is not a member's")
	assert.Contains(t, text, "4月26日，九届十次主席会议确定《关于构建新型政商关系的建议》提案为重点提案，由政协领导领衔督办。5月3日，",
		"who chose them and when, as recorded, before the hand-over; one proposal is not 均由")
	assert.Empty(t, proofread.Check(text), "其中 once a sentence")
	assert.NotContains(t, text, "三件")

	// With the fixture's key proposal, chosen on another day by another
	// body, neither day nor body holds for both: neither is written.
	rec.Proposals = append(rec.Proposals, fixed[0])
	text = buildOne(t, rec, "proposals")
	assert.Contains(t, text, "将3件提案交承办单位办理。确定《关于构建新型政商关系的建议》《关于加强社区养老服务的建议》2件提案为重点提案，其中1件由政协领导领衔督办。")
}

func TestNonPublicVisitsCountMembersOnce(t *testing.T) {
	rec := fixture(t)
	visit := func(id string, day int, ms ...lvzhi.MemberID) research.GroupActivity {
		return research.GroupActivity{Base: research.Base{ID: lvzhi.ActivityID(id), Title: "走访非公企业政协委员", Dates: lvzhi.OneDay(d(2022, 3, day))},
			Form: research.FormVisitMembers, NonPublic: true, Visited: ms}
	}
	rec.Activities = append(rec.Activities, visit("v1", 1, "m1", "m2"), visit("v2", 2, "m2", "m3"), visit("v3", 3, "m2"))
	assert.Equal(t, "上半年走访非公企业政协委员3名（5人次）。", buildOne(t, rec, "groups"),
		"distinct members, never more than the membership; visits as 人次")

	rec.Activities = append(rec.Activities, research.GroupActivity{Base: research.Base{ID: "v4", Title: "走访非公企业政协委员",
		Dates: lvzhi.OneDay(d(2022, 4, 1))}, Form: research.FormVisitMembers, NonPublic: true, VisitedCount: 4})
	assert.Equal(t, "上半年走访非公企业政协委员9人次。", buildOne(t, rec, "groups"),
		"a visit recorded by count alone: the members are unknown, only 人次 is said")
}

func TestOpinionsOwnMeetingsAndNoSuperior(t *testing.T) {
	rec := fixture(t)
	rec.Committee = lvzhi.Committee{Name: "中国人民政治协商会议全国委员会", ShortName: "全国政协", Level: lvzhi.LevelNational, Term: 13}
	rec.Activities = research.Activities{
		research.OpinionWork{Base: research.Base{ID: "o1", Title: "社情民意征集", Dates: lvzhi.FirstHalf(2022).Range(),
			Results: []research.Output{{Kind: research.OutputAdopted, Title: "关于加强食品安全监管的建议", Date: d(2022, 4, 20), By: "全国政协"}}},
			Clues:  []research.Clues{{Channel: research.ChannelWeChat, Count: 15}},
			Issues: []research.Issue{{Number: 1, Date: d(2022, 4, 20)}}},
		research.Forum{Base: research.Base{ID: "f1", Title: "提案工作座谈会", Dates: lvzhi.OneDay(d(2022, 3, 1))}, Host: "全国政协", Assisted: true},
		research.Forum{Base: research.Base{ID: "f2", Title: "提案工作座谈会", Dates: lvzhi.OneDay(d(2022, 4, 1))}, Host: "全国政协"},
	}
	text := buildOne(t, rec, "opinions")
	assert.NotContains(t, text, "上级", "the National Committee has no 上级")
	assert.NotContains(t, text, "协助", "its own meetings are held, not assisted")
	assert.NotContains(t, text, "参加了全国政协", "nor attended")
	assert.Contains(t, text, "召开全国政协提案工作座谈会等会议2次")

	// A district committee: a meeting of the 市政协 it helped to hold and
	// attended again is named once.
	rec = fixture(t)
	rec.Activities = append(rec.Activities,
		research.Forum{Base: research.Base{ID: "f1", Title: "提案工作座谈会", Dates: lvzhi.OneDay(d(2022, 3, 1))}, Host: "市政协", Assisted: true},
		research.Forum{Base: research.Base{ID: "f2", Title: "文史工作座谈会", Dates: lvzhi.OneDay(d(2022, 3, 2))}, Host: "市政协", Assisted: true},
		research.Forum{Base: research.Base{ID: "f3", Title: "提案工作座谈会", Dates: lvzhi.OneDay(d(2022, 4, 1))}, Host: "市政协"},
		research.Forum{Base: research.Base{ID: "f4", Title: "经济形势分析会", Dates: lvzhi.OneDay(d(2022, 4, 2))}, Host: "市政协"},
	)
	text = buildOne(t, rec, "opinions")
	assert.Equal(t, 1, strings.Count(text, "提案"), "no meeting named in both sentences: %s", text)
	assert.Contains(t, text, "协助筹备市政协提案、文史工作座谈会等会议2次", "the shared ending written once")
	assert.NotContains(t, text, "召开市政协", "a district committee helps; the 市政协 holds its meetings")

	// One such meeting: the host holds it, the committee helps.
	rec = fixture(t)
	rec.Activities = append(rec.Activities,
		research.Forum{Base: research.Base{ID: "f1", Title: "第一季度反映社情民意信息座谈会", Dates: lvzhi.OneDay(d(2022, 3, 1))}, Host: "市政协", Assisted: true})
	assert.Contains(t, buildOne(t, rec, "opinions"), "协助市政协筹备召开第一季度反映社情民意信息座谈会。")
}

// The meetings that share an ending are named together, the ending once
// and the host at the head, whatever their frequency order: not 召开全国政协
// 经济形势分析会、文史工作座谈会、提案工作座谈会.
func TestOpinionsMeetingsShareTheirEnding(t *testing.T) {
	rec := fixture(t)
	rec.Committee = lvzhi.Committee{Name: "中国人民政治协商会议全国委员会", ShortName: "全国政协", Level: lvzhi.LevelNational, Term: 13}
	forum := func(id, title string, month int) research.Forum {
		return research.Forum{Base: research.Base{ID: lvzhi.ActivityID(id), Title: title, Dates: lvzhi.OneDay(d(2022, time.Month(month), 1))}, Host: "全国政协"}
	}
	rec.Activities = research.Activities{forum("f1", "经济形势分析会", 2), forum("f2", "经济形势分析会", 3),
		forum("f3", "文史工作座谈会", 4), forum("f4", "提案工作座谈会", 5)}
	text := buildOne(t, rec, "opinions")
	assert.Contains(t, text, "召开全国政协文史、提案工作座谈会和经济形势分析会等会议4次。")
	assert.Empty(t, proofread.Check(text), "nothing said twice in the sentence")
}

// Who adopted the 社情民意 items and who instructed on them is said as the
// records say it; without a name they are 上级 and 领导, and a committee
// does not report its own adoptions.
func TestOpinionsAdoptedAndInstructedBy(t *testing.T) {
	work := func(outs ...research.Output) research.OpinionWork {
		return research.OpinionWork{Base: research.Base{ID: "o1", Title: "社情民意征集", Dates: lvzhi.FirstHalf(2022).Range(), Results: outs},
			Clues: []research.Clues{{Channel: research.ChannelWeChat, Count: 15}}}
	}
	adopted := func(by string) research.Output {
		return research.Output{Kind: research.OutputAdopted, Title: "关于加强食品安全监管的建议", Date: d(2022, 4, 20), By: by}
	}
	instructed := func(by string) research.Output {
		return research.Output{Kind: research.OutputInstruction, Title: "关于加强食品安全监管的建议", Date: d(2022, 4, 21), By: by}
	}

	rec := fixture(t)
	rec.Committee = lvzhi.Committee{Name: "中国人民政治协商会议全国委员会", ShortName: "全国政协", Level: lvzhi.LevelNational, Term: 13}
	rec.Activities = research.Activities{work(adopted("中共中央办公厅"), adopted("国务院办公厅"), adopted("中共中央办公厅"),
		adopted("全国政协"), instructed("中央领导同志"), instructed("中央领导同志"))}
	text := buildOne(t, rec, "opinions")
	assert.Contains(t, text, "被中共中央办公厅、国务院办公厅采用3条，获中央领导同志批示2条。")

	rec = fixture(t) // a district committee with a superior
	rec.Activities = research.Activities{work(adopted(""), instructed("区委书记"), instructed("区长"))}
	text = buildOne(t, rec, "opinions")
	assert.Contains(t, text, "被上级采用1条，获领导批示2条。")
}
