package research_test

import (
	"encoding/json"
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
)

func ExampleTopic_Advance() {
	t := research.Topic{ID: "t1", Title: "建设特色食品产业园", Key: true, Leader: "chair"}
	fmt.Println(t.Advance(research.PhaseApproved, lvzhi.MustDate(2022, 3, 1), "主席会议确定"))
	fmt.Println(t.Advance(research.PhasePreparing, lvzhi.MustDate(2022, 4, 1), "查阅资料、制定方案"))
	fmt.Println(t.Advance(research.PhaseDrafting, lvzhi.MustDate(2022, 5, 1), ""))
	fmt.Println(t.Phase(), len(t.History))
	// Output:
	// <nil>
	// <nil>
	// research: 课题“建设特色食品产业园”（t1）不能于2022年5月1日从“准备”进入“撰写报告”：“准备”之后只能进入“实地调研”
	// 准备 2
}

func ExampleTopic_Behind() {
	t := research.Topic{ID: "t1", Title: "推进中小学集团化办学", Leader: "vice",
		Plan: []research.Milestone{
			{Phase: research.PhaseFieldwork, Due: lvzhi.MustDate(2022, 6, 30)},
			{Phase: research.PhaseSubmitted, Due: lvzhi.MustDate(2022, 10, 31)},
		}}
	_ = t.Advance(research.PhaseApproved, lvzhi.MustDate(2022, 3, 1), "")
	_ = t.Advance(research.PhasePreparing, lvzhi.MustDate(2022, 4, 1), "")
	fmt.Println(t.Behind(lvzhi.MustDate(2022, 6, 30)))
	fmt.Println(t.Behind(lvzhi.MustDate(2022, 7, 1)))
	// Output:
	// 未立项 false
	// 实地调研 true
}

func ExampleActivities() {
	acts := research.Activities{
		research.Exchange{
			Base:         research.Base{ID: "e1", Title: "接待广西合浦县政协来访", Dates: lvzhi.OneDay(lvzhi.MustDate(2022, 4, 12))},
			Direction:    research.Received,
			Counterparts: []string{"广西合浦县政协"},
		},
	}
	b, _ := json.Marshal(acts)
	fmt.Println(string(b))
	back, err := research.DecodeActivities(b)
	fmt.Println(err, back[0].Kind(), back[0].Description())
	// Output:
	// [{"kind":"联谊交流","id":"e1","title":"接待广西合浦县政协来访","dates":{"from":"2022-04-12","to":"2022-04-12"},"direction":"接待来访","counterparts":["广西合浦县政协"]}]
	// <nil> 联谊交流 接待广西合浦县政协来访
}

func ExampleOpinionStats() {
	h1 := lvzhi.FirstHalf(2022)
	acts := research.Activities{
		research.OpinionWork{
			Base: research.Base{ID: "o1", Title: "微信、短信社情民意征集", Dates: h1.Range(),
				Results: []research.Output{{Kind: research.OutputAdopted, Title: "关于……的建议", By: "市政协", Date: lvzhi.MustDate(2022, 5, 20)}}},
			Clues: []research.Clues{
				{Channel: research.ChannelWeChat, Count: 15},
				{Channel: research.ChannelSMS, Count: 6},
			},
			Issues: []research.Issue{{Number: 1, Date: lvzhi.MustDate(2022, 6, 15), Items: 3}},
		},
		research.GroupActivity{Base: research.Base{ID: "g1", Title: "走访非公企业政协委员", Dates: h1.Range()},
			Form: research.FormVisitMembers, VisitedCount: 20, NonPublic: true},
	}
	t := research.OpinionStats(acts, h1)
	fmt.Printf("共搜集社情民意线索%d条，编发社情民意内部参考%d期，被上级采用%d条\n", t.Clues, t.Issues, t.Adopted)
	fmt.Printf("上半年走访了%d名非公企业政协委员\n", research.NonPublicVisits(acts, h1))
	for _, kc := range research.CountByKind(acts, h1) {
		fmt.Println(kc.Kind, kc.Count)
	}
	// Output:
	// 共搜集社情民意线索21条，编发社情民意内部参考1期，被上级采用1条
	// 上半年走访了20名非公企业政协委员
	// 委员小组活动 1
	// 社情民意 1
}

func ExampleTopicStatsOf() {
	var topics []research.Topic
	for i, title := range []string{"建设特色食品产业园", "推进中小学集团化办学", "优化营商环境"} {
		t := research.Topic{ID: lvzhi.TopicID(fmt.Sprint("t", i)), Title: title, Key: i < 2, Leader: "chair"}
		_ = t.Advance(research.PhaseApproved, lvzhi.MustDate(2022, 3, 1), "")
		if i < 2 {
			_ = t.Advance(research.PhasePreparing, lvzhi.MustDate(2022, 4, 1), "")
		}
		topics = append(topics, t)
	}
	s := research.TopicStatsOf(topics, lvzhi.FirstHalf(2022))
	fmt.Printf("课题%d个，其中重点课题%d个\n", s.Total, s.Key)
	for _, pc := range s.ByPhase {
		fmt.Println(pc.Phase, pc.Count)
	}
	// Output:
	// 课题3个，其中重点课题2个
	// 立项 1
	// 准备 2
}

func ExampleAmount_Text() {
	words, _ := research.Amount{N: 20000, Bound: research.Nearly}.Text("字")
	pics, _ := research.Amount{N: 300, Bound: research.More}.Text("张")
	fmt.Println(words, pics)
	// 余 follows only a round number (GB/T 15835): 6512余人次 is an error.
	_, err := research.Amount{N: 6512, Bound: research.Over}.Text("人次")
	fmt.Println(err)
	// Output:
	// 近2万字 300多张
	// research: 数量有误：zh: “余”只能跟在整十、整百等整数之后（如6500余），不能写作“6512余”
}
