package summary_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
)

// Two teams may study one subject: topics that share a title are each
// counted, and the title is named once.
func TestResearchCountsTopicsThatShareATitle(t *testing.T) {
	rec := fixture(t)
	topic := func(id lvzhi.TopicID, title string, key, instructed bool) research.Topic {
		tp := research.Topic{ID: id, Title: title, Key: key, Leader: "m1", ChosenAt: "c9"}
		require.NoError(t, tp.Advance(research.PhaseApproved, d(2022, 3, 10), ""))
		for i, ph := range []research.Phase{research.PhasePreparing, research.PhaseFieldwork, research.PhaseDrafting} {
			require.NoError(t, tp.Advance(ph, d(2022, 4, 1+i), ""))
		}
		require.NoError(t, tp.Advance(research.PhaseSubmitted, d(2022, 6, 1), "报送区委、区政府"))
		if instructed {
			tp.Outputs = []research.Output{{Kind: research.OutputInstruction, Title: title + "调研报告", Date: d(2022, 6, 20), By: "区委主要领导"}}
		}
		return tp
	}
	rec.Topics = append(rec.Topics,
		topic("t1", "发展数字经济", false, false), // a title first recorded on a topic that is not key
		topic("t2", "优化营商环境", true, true),
		topic("t3", "发展数字经济", true, true),
		topic("t4", "优化营商环境", true, true),
		topic("t5", "发展乡村旅游", false, false),
	)
	text := buildOne(t, rec, "research")
	assert.Equal(t, "经九届九次主席会议研究，确定“优化营商环境”“发展数字经济”等3个课题为重点调研课题，上半年开展课题调研5项，"+
		"形成调研报告5篇报送区委、区政府，其中3篇获区委主要领导批示。", text,
		"3 key topics of 5, 5 reports, 3 instructed on; each title named once, the reports of the topics named not again")
	for _, title := range []string{"“优化营商环境”", "“发展数字经济”"} {
		assert.Equal(t, 1, strings.Count(text, title), "%s named once", title)
	}

	// A report on a topic the sentence has not named is named.
	rec = fixture(t)
	rec.Topics = append(rec.Topics, topic("t1", "优化营商环境", true, true))
	extra := topic("t2", "发展乡村旅游", false, true)
	extra.Outputs[0].Title = "关于发展乡村旅游的调研报告"
	rec.Topics = append(rec.Topics, extra, topic("t3", "推进文明城市创建", false, false))
	assert.Contains(t, buildOne(t, rec, "research"), "其中《关于发展乡村旅游的调研报告》等2篇获区委主要领导批示。")
}
