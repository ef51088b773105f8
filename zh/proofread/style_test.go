package proofread_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/zh/proofread"
)

// rules returns the rule of each finding, in order.
func rules(fs []proofread.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestRepeatedPhrase(t *testing.T) {
	text := "围绕全区发展大局，深入开展调研和视察活动，确定课题。下一步将深入开展调研和视察活动，并撰写报告。"
	got := proofread.Check(text)
	require.Equal(t, []string{"repeated-phrase"}, rules(got))
	assert.Equal(t, "深入开展调研和视察活动", got[0].Text, "the whole repeated run, reported once")
	assert.Equal(t, strings.LastIndex(text, "深入开展"), got[0].Offset, "at the second occurrence")
	assert.Equal(t, proofread.KindStyle, got[0].Kind)
	assert.Equal(t, "文风", got[0].Kind.String())

	assert.Empty(t, proofread.Check("深入开展调研和视察活动。\n深入开展调研和视察活动。"), "paragraphs are checked one by one")
	assert.Equal(t, []string{"title-repeat"}, rules(proofread.Check("召开《关于加快螺蛳粉产业发展的建议》座谈会，转交《关于加快螺蛳粉产业发展的建议》。")),
		"a repeated title is the title-repeat rule's, not a repeated phrase")
	assert.Empty(t, proofread.Check("互相尊重、互相支持、互相理解，政协委员和政协委员会。"), "short repeats are ordinary prose")
	assert.Empty(t, proofread.New(proofread.WithoutRules("repeated-phrase")).Check(text))
}

func TestSentenceRepeat(t *testing.T) {
	text := "会议召开前夕，专门向区委常委会汇报了政协工作，区委常委会对政协工作进行了具体指导。"
	got := proofread.Check(text)
	require.Equal(t, []string{"sentence-repeat"}, rules(got))
	assert.Equal(t, "区委常委会", got[0].Text)
	assert.Equal(t, strings.LastIndex(text, "区委常委会"), got[0].Offset, "at the second occurrence")

	assert.Equal(t, []string{"sentence-repeat"}, rules(proofread.Check("召开经济形势分析会、文史工作座谈会、提案工作座谈会等会议44次。")))
	assert.Empty(t, proofread.Check("专门向区委常委会汇报了政协工作。区委常委会作了具体指导。"), "two sentences")
	assert.Empty(t, proofread.Check("开展“送文化下乡”“送文化进社区”活动。"), "quoted names are names")
	assert.Empty(t, proofread.Check("回顾了过去一年，部署了新一年的任务。"), "four characters are ordinary prose")
	assert.Empty(t, proofread.New(proofread.WithoutRules("sentence-repeat")).Check(text))

	twice := "共收到提案300件（其中集体提案49件），经审查立案244件，其中本级办理228件。"
	got = proofread.Check(twice)
	require.Equal(t, []string{"sentence-repeat"}, rules(got))
	assert.Equal(t, "其中", got[0].Text)
	assert.Equal(t, strings.LastIndex(twice, "其中"), got[0].Offset)
	assert.Empty(t, proofread.Check("共收到提案300件（含集体提案49件），经审查立案244件，其中本级办理228件。"))
}

func TestLongEnumeration(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"参加了市政协文史工作座谈会、市政协提案工作座谈会、市政协民主监督工作座谈会、市政协经济形势分析会。", 1},
		{"将《关于甲事项的建议》《关于乙事项的建议》《关于丙事项的建议》《关于丁事项的建议》列为重点提案。", 1},
		{"确定“建设特色食品产业园”“发展数字经济”“完善养老服务体系”“推进集团化办学”为重点课题。", 1},
		{"科技组委员到甲地调研；科技组委员到乙地座谈；社会组委员到丙地调研；法制组委员到丁地参观；科技组委员到戊地参观。", 1},
		// Not enumerations of names: short parallel words, statistics, three items, four clauses.
		{"坚持自重、自省、自警、自励，为党委、政府体察民情、了解民意、解决民需提供参考。", 0},
		{"共召开常委会议3次、主席会议9次、秘书长会议6次、专题协商会2次。", 0},
		{"参加了市政协文史工作座谈会、市政协提案工作座谈会、市政协经济形势分析会等会议。", 0},
		{"科技组委员到甲地调研；社会组委员到丙地调研；工商组委员到乙地座谈；法制组委员到丁地参观。", 0},
	} {
		// The lists of meetings also repeat 工作座谈会 (sentence-repeat).
		got := proofread.New(proofread.WithoutRules("sentence-repeat")).Check(c.text)
		assert.Len(t, got, c.n, c.text)
		for _, f := range got {
			assert.Equal(t, "long-enumeration", f.Rule)
			assert.Equal(t, 1, f.Line)
			assert.Positive(t, f.Column)
		}
	}
	c := proofread.New(proofread.WithListLimit(4))
	assert.Empty(t, c.Check("将《关于甲事项的建议》《关于乙事项的建议》《关于丙事项的建议》《关于丁事项的建议》列为重点提案。"), "the limit is an option")
}

func TestTitleRepeat(t *testing.T) {
	text := "5月4日，召开了《鱼跃南潭漾千年·某区十胜概览》新书推介会。《鱼跃南潭漾千年·某区十胜概览》全书近2万字。"
	got := proofread.Check(text)
	require.Equal(t, []string{"title-repeat"}, rules(got))
	assert.Equal(t, "该书", got[0].Suggestion)
	assert.Equal(t, 1, got[0].Line)
	assert.Equal(t, len([]rune("5月4日，召开了《鱼跃南潭漾千年·某区十胜概览》新书推介会。"))+1, got[0].Column)

	assert.Empty(t, proofread.Check("召开了《鱼跃南潭漾千年·某区十胜概览》新书推介会。该书近2万字。"))
	assert.Empty(t, proofread.Check("召开了《鱼跃南潭漾千年·某区十胜概览》新书推介会。该书近2万字。全书图文并茂。与《鱼跃南潭漾千年·某区十胜概览》配套。"),
		"two sentences apart the title may be named again")
	assert.Empty(t, proofread.Check("“亲”“清”内涵。“亲”“清”关系。"), "short names are not titles")
}

func TestApproximationStyle(t *testing.T) {
	assert.Equal(t, []string{"approx-after-exact"}, rules(proofread.Check("共搜集社情民意线索21多条。")))
}
