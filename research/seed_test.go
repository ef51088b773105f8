package research_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
)

// seedTopics are the key research topics of section 五 of the 2022
// half-year summary. The summary dates their approval and preparation only
// as 上半年; the days below are placeholders within it.
func seedTopics(tb testing.TB) []research.Topic {
	tb.Helper()
	topics := []research.Topic{
		{ID: "t-food-park", Title: "建设特色食品产业园", Key: true, Leader: "chair",
			Offices: []string{"相关委室"}, Units: []string{"政府有关部门"}},
		{ID: "t-school-groups", Title: "推进中小学集团化办学", Key: true, Leader: "vice-chair",
			Offices: []string{"相关委室"}, Units: []string{"政府有关部门"}},
	}
	for i := range topics {
		require.NoError(tb, topics[i].Advance(research.PhaseApproved, d(3, 1), "经主席会议讨论确定为重点调研课题"))
		require.NoError(tb, topics[i].Advance(research.PhasePreparing, d(4, 1), "查阅资料，制定调研考察方案"))
	}
	return topics
}

// seedActivities are the activities of sections 四, 六 and 七 of the 2022
// half-year summary. Where the summary gives only a month or 上半年, the
// dates span that month or half year.
func seedActivities() research.Activities {
	return research.Activities{
		// 四、社情民意
		research.Forum{Base: research.Base{ID: "f-q1-opinion", Title: "市政协第一季度反映社情民意信息座谈会", Dates: half},
			Host: "市政协", Assisted: true},
		research.OpinionWork{Base: research.Base{ID: "o-h1", Title: "微信、短信社情民意征集", Dates: half},
			Clues:  []research.Clues{{Channel: research.ChannelWeChat, Count: 21, Subject: "运用新媒体手段征集，微信、短信合计"}},
			Issues: []research.Issue{{Number: 1, Date: d(6, 30)}}},
		research.Forum{Base: research.Base{ID: "f-law", Title: "市政协社会法制工作座谈会", Dates: half},
			Host: "市政协", Report: "汇报了区政协提案法制委工作情况"},
		research.Other{Base: research.Base{ID: "x-open-day", Title: "区检察院“检察开放日”活动", Dates: half,
			Note: "对进一步做好未成年人检察工作提出了意见建议"}, Host: "区检察院"},
		// 六、文史
		research.Publication{Base: research.Base{ID: "b-ten-sights", Title: "鱼跃南潭漾千年·某区十胜概览", Dates: lvzhi.OneDay(d(5, 4))},
			Status: research.Published, Words: research.Amount{N: 20000, Bound: research.Nearly},
			Pictures: research.Amount{N: 300, Bound: research.More}, Sections: 11,
			Launch: research.Event{Name: "新书推介会", Dates: lvzhi.OneDay(d(5, 4))}},
		research.Publication{Base: research.Base{ID: "b-stone", Title: "天下都乐·某区石刻碑刻精选", Dates: month(6),
			Note: "宣传历史文化和旅游资源，形成本届政协宣传历史文化和风景名胜的整套书籍"},
			Status: research.Planned, Companion: "鱼跃南潭漾千年·某区十胜概览",
			Board:    research.Board{Name: "编撰委员会"},
			Meetings: []research.Event{{Name: "编撰会", Dates: month(6)}}},
		// 七、1. 常委学习班
		research.Training{Base: research.Base{ID: "tr-standing", Title: "常委学习班", Dates: days(4, 1, 5, 31)},
			Host: "江西上饶师范学院继续教育学院", Place: "江西上饶", Partners: []string{"其他城区政协"},
			Batches: []research.Batch{{Name: "第一期", Dates: month(4)}, {Name: "第二期", Dates: month(5)}},
			Lectures: []research.Lecture{
				{Topic: "政协基本理论", Lecturer: "继续教育学院教授"},
				{Topic: "当前国内外经济形势", Lecturer: "继续教育学院教授"},
				{Topic: "当前社会法律热点问题", Lecturer: "继续教育学院教授"},
			}},
		// 七、2. 委员小组活动
		research.GroupActivity{Base: research.Base{ID: "g-nonpublic", Title: "走访非公企业政协委员", Dates: half},
			Form: research.FormVisitMembers, VisitedCount: 20, NonPublic: true},
		research.GroupActivity{Base: research.Base{ID: "g-school-enterprise", Title: "校企合作项目调研", Dates: half,
			Note: "调研柳州润澄科技与广西科技大学的校企合作，就实际工作中存在的问题进行交流讨论"},
			Groups: []string{"科技组", "社会组"}, Form: research.FormSurvey, Place: "广西科技大学计算机与通信学院"},
		research.GroupActivity{Base: research.Base{ID: "g-trees", Title: "春季植树暨生态文明建设交流会", Dates: half,
			Note: "讨论如何因地制宜开展产业扶持，挖掘特色资源，发展特色种养"},
			Groups: []string{"工商组"}, Form: research.FormSeminar, Place: "成团镇舟村"},
		research.GroupActivity{Base: research.Base{ID: "g-drugs", Title: "参观学习禁毒教育基地", Dates: half},
			Groups: []string{"法制组"}, Form: research.FormTour, Place: "柳江成团镇禁毒教育基地"},
		// 七、3. 联谊交流
		research.Exchange{Base: research.Base{ID: "e-hepu", Title: "接待广西合浦县政协来访", Dates: half},
			Direction: research.Received, Counterparts: []string{"广西合浦县政协"}, Subject: "新形势下开展政协工作的经验"},
		research.Exchange{Base: research.Base{ID: "e-qixing", Title: "接待桂林七星区政协来访", Dates: half},
			Direction: research.Received, Counterparts: []string{"桂林七星区政协"}, Subject: "新形势下开展政协工作的经验"},
	}
}

func TestSeedFacts(t *testing.T) {
	acts := seedActivities()
	require.NoError(t, acts.Validate())
	h1 := lvzhi.FirstHalf(2022)

	// 共搜集社情民意线索21条，编发社情民意内部参考1期
	op := research.OpinionStats(acts, h1)
	assert.Equal(t, 21, op.Clues)
	assert.Equal(t, 1, op.Issues)
	// 上半年走访了20名非公企业政协委员
	assert.Equal(t, 20, research.NonPublicVisits(acts, h1))

	books := research.Of[research.Publication](acts, h1)
	require.Len(t, books, 2)
	launched := books[0]
	assert.Equal(t, "《鱼跃南潭漾千年·某区十胜概览》", launched.Description())
	words, err := launched.Words.Text("字")
	require.NoError(t, err)
	assert.Equal(t, "近2万字", words)
	pics, err := launched.Pictures.Text("张")
	require.NoError(t, err)
	assert.Equal(t, "300多张", pics)
	assert.Equal(t, 11, launched.Sections)
	assert.Equal(t, d(5, 4), launched.Launch.Dates.From)
	planned := books[1]
	assert.Equal(t, research.Planned, planned.Status)
	assert.Equal(t, "编撰委员会", planned.Board.Name)
	assert.Equal(t, month(6), planned.Meetings[0].Dates)

	tr := research.Of[research.Training](acts, h1)
	require.Len(t, tr, 1)
	assert.Len(t, tr[0].Batches, 2, "分两期")
	assert.Equal(t, "江西上饶师范学院继续教育学院", tr[0].Host)
	assert.Len(t, tr[0].Lectures, 3)

	ex := research.Of[research.Exchange](acts, h1)
	require.Len(t, ex, 2)
	assert.Equal(t, []string{"广西合浦县政协"}, ex[0].Counterparts)
	assert.Equal(t, []string{"桂林七星区政协"}, ex[1].Counterparts)

	assert.Equal(t, []research.GroupCount{{Group: "工商组", Count: 1}, {Group: "社会组", Count: 1}, {Group: "法制组", Count: 1}, {Group: "科技组", Count: 1}},
		research.CountByGroup(acts, h1), "姓氏笔画 order: 工3 社7 法8 科9")
	assert.Equal(t, research.CountByGroup(acts, h1), research.CountGroups(research.Of[research.GroupActivity](acts, h1)),
		"the same counts from activities already chosen")

	topics := seedTopics(t)
	for _, tp := range topics {
		require.NoError(t, tp.Validate())
		assert.Equal(t, research.PhasePreparing, tp.Phase())
	}
	st := research.TopicStatsOf(topics, h1)
	assert.Equal(t, research.TopicStats{Total: 2, Key: 2, ByPhase: []research.PhaseCount{{Phase: research.PhasePreparing, Count: 2}}}, st)

	b, err := json.Marshal(acts)
	require.NoError(t, err)
	back, err := research.DecodeActivities(b)
	require.NoError(t, err)
	assert.Equal(t, acts, back)
}
