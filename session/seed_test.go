package session_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/session"
)

// seedSessions are the sessions of the half-year summary of 2022, section
// 二 (召开区政协九届三次会议) and the 联席会议 of section 三.
func seedSessions() []session.Session {
	return []session.Session{
		{
			ID: "p-9-3", Kind: session.KindPlenary, Term: 9, Sitting: 3,
			Dates: days(1, 8, 1, 10), // 全会于1月8日至10日召开
			Agenda: []session.AgendaItem{
				{Kind: session.AgendaReview, Title: "回顾区政协过去一年的工作，部署区政协新一年工作"},
				{Kind: session.AgendaReview, Title: "听取和审议区政府工作报告"},
				{Kind: session.AgendaReview, Title: "听取和审议区财政预（决）算草案"},
				{Kind: session.AgendaReview, Title: "听取和审议区“两院”报告"},
				{Kind: session.AgendaConsult, Title: "整体协商",
					Outcome: "对2022年“重点向南发展”、加快洛维工业区“大健康”产业建设等提出意见建议"},
				{Kind: session.AgendaSpeech, Title: "大会发言", Speeches: []session.Speech{
					{Title: "关于在小学和社区创办“四点钟学校”的建议"},
					{Title: "关于深化理解“亲”“清”内涵，构建新型政商关系的建议"},
				}, Outcome: "受到委员和与会领导的好评"},
			},
			Outcomes: []string{"圆满完成各项议程"},
		},
		{
			ID: "joint-0503", Kind: session.KindJoint, Name: "区政府、人大、政协联席会议",
			Dates: lvzhi.OneDay(d(5, 3)), Organiser: "区政府、区人大、区政协",
			Agenda: []session.AgendaItem{{Kind: session.AgendaOther, Title: "将32件提案交承办单位承办"}},
		},
	}
}

func TestSeedSessions(t *testing.T) {
	c := committee()
	sessions := seedSessions()
	require.NoError(t, session.Check(c, sessions))

	p := sessions[0]
	assert.Equal(t, "九届三次会议", p.ShortName())
	assert.Equal(t, "区政协九届三次会议", p.NameIn(c))
	full, err := p.FullName(c)
	require.NoError(t, err)
	assert.Equal(t, "政协第九届柳州市某区委员会第三次会议", full)
	assert.Equal(t, 3, p.Dates.Days(), "1月8日至10日 is three days")
	assert.Len(t, p.Agenda[5].Speeches, 2)

	assert.Equal(t, []session.KindCount{{Kind: session.KindPlenary, Count: 1}, {Kind: session.KindJoint, Count: 1}},
		session.CountByKind(sessions, lvzhi.FirstHalf(2022)))

	for _, s := range sessions {
		b, err := json.Marshal(s)
		require.NoError(t, err)
		back, err := session.Decode(b)
		require.NoError(t, err)
		assert.Equal(t, s, back)
	}
}
