package proofread_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/zh/proofread"
)

func TestHeadingRepeat(t *testing.T) {
	c := proofread.New()
	heading := "召开区政协九届三次会议，发扬民主建言献策"
	text := "为筹备好全会，做了大量工作。九届三次会议召开前夕，专门向区委常委会汇报了政协工作。"
	assert.Empty(t, c.CheckUnder(heading, text), "said again after the first clause: the subject matter, not a repetition")

	text = "九届三次会议召开前夕，专门向区委常委会汇报了政协工作，并得到具体指导。"
	got := c.CheckUnder(heading, text)
	require.Equal(t, []string{"heading-repeat"}, rules(got))
	assert.Equal(t, "九届三次会议", got[0].Text, "the longest phrase the two share")
	assert.Equal(t, 0, got[0].Offset)
	assert.Equal(t, 1, got[0].Line)
	assert.Equal(t, 1, got[0].Column)
	assert.Equal(t, proofread.KindStyle, got[0].Kind)
	assert.Empty(t, c.CheckUnder(heading, "会议召开前夕，专门向区委常委会汇报了政协工作，并得到具体指导。"), "会议 refers back")

	// Shorter shared words are the topic's own (提案, 社情民意), and a
	// phrase inside a title is the title's.
	assert.Empty(t, c.CheckUnder("做好提案工作，充分发挥提案作用", "九届三次会议以来，共收到提案44件。"))
	assert.Empty(t, c.CheckUnder("反映社情民意，畅通民意表达渠道", "社情民意信息工作稳步推进，共搜集线索21条。"))
	assert.Empty(t, c.CheckUnder("宣传《某区十胜概览》", "《某区十胜概览》出版后，反响良好。"))
	assert.Empty(t, proofread.New(proofread.WithoutRules("heading-repeat")).CheckUnder(heading, text))
}
