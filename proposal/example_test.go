package proposal_test

import (
	"fmt"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
)

func d(m time.Month, day int) lvzhi.Date { return lvzhi.MustDate(2022, m, day) }

// A proposal's life: submitted during 九届三次会议, registered at 九届九次主席会议,
// assigned at the 5月3日 联席会议, answered, handled again after the
// proposer's 不满意, and closed.
func Example() {
	p, err := proposal.New(proposal.Record{
		Number:    23,
		Term:      9,
		Sitting:   3,
		Kind:      proposal.Plenary,
		Session:   "九届三次会议",
		Title:     "关于加快螺蛳粉产业与“互联网+”产业融合的建议",
		Category:  proposal.Economy,
		Submitter: proposal.Submitter{Kind: proposal.Joint, Members: []lvzhi.MemberID{"m017", "m023"}},
		Sector:    "经济界",
	}, proposal.At(d(1, 9), ""))
	if err != nil {
		fmt.Println(err)
		return
	}
	steps := []error{
		p.Review(proposal.At(d(1, 20), "提案委员会")),
		p.Register(proposal.At(d(2, 25), "九届九次主席会议")),
		p.Assign(proposal.At(d(5, 3), "联席会议"),
			proposal.Unit{Name: "区商务局", Role: proposal.Lead},
			proposal.Unit{Name: "区工业和信息化局", Role: proposal.Assisting}),
		p.MarkKey(proposal.At(d(5, 3), "联席会议")),
		p.Supervise(proposal.At(d(5, 10), "主席会议"), "王副主席"),
		p.Reply(proposal.At(d(7, 1), "区商务局"), "区商务局", proposal.GradeB),
		p.Feedback(proposal.At(d(7, 10), "m017"), proposal.Unsatisfied),
		p.Reopen(proposal.At(d(7, 15), "提案委员会")),
		p.Reply(proposal.At(d(9, 1), "区商务局"), "区商务局", proposal.GradeA),
		p.Feedback(proposal.At(d(9, 10), "m017"), proposal.Satisfied),
		p.Close(proposal.At(d(9, 20), "提案委员会")),
	}
	for _, err := range steps {
		if err != nil {
			fmt.Println(err)
		}
	}
	for _, s := range p.History() {
		fmt.Println(s.Date, s.Action, s.Actor)
	}
	fmt.Println(p.Label(), p.State(), "重点提案:", p.IsKey())

	// An illegal step is an error and changes nothing.
	fmt.Println(p.Withdraw(proposal.At(d(9, 21), "m017")))
	// Output:
	// 2022-01-09 提交 m017
	// 2022-01-20 审查 提案委员会
	// 2022-02-25 立案 九届九次主席会议
	// 2022-05-03 交办 联席会议
	// 2022-05-03 列为重点提案 联席会议
	// 2022-05-10 督办 主席会议
	// 2022-07-01 答复 区商务局
	// 2022-07-10 反馈 m017
	// 2022-07-15 二次办理 提案委员会
	// 2022-09-01 答复 区商务局
	// 2022-09-10 反馈 m017
	// 2022-09-20 办结 提案委员会
	// 第23号 已办结 重点提案: true
	// proposal: 第23号提案当前状态为“已办结”，不能“撤案”
}

// Overdue replies are found on any day.
func ExampleProposal_Overdue() {
	p, _ := proposal.New(proposal.Record{
		Number: 5, Term: 9, Kind: proposal.Regular, Title: "关于推进中小学集团化办学的建议",
		Category:  proposal.Society,
		Submitter: proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{"m005"}},
	}, proposal.At(d(2, 1), ""))
	_ = p.Review(proposal.At(d(2, 10), "提案委员会"))
	_ = p.Register(proposal.At(d(2, 25), "九届九次主席会议"))
	_ = p.Assign(proposal.At(d(5, 3), "联席会议"), proposal.Unit{Name: "区教育局", Role: proposal.Lead})
	for _, on := range []lvzhi.Date{d(8, 3), d(8, 4)} {
		fmt.Println(on, p.Overdue(on))
	}
	// Output:
	// 2022-08-03 []
	// 2022-08-04 [{区教育局 主办 2022-08-03}]
}

// The figures of 九届三次会议以来 as of 6月中旬.
func ExampleRegister_StatisticsSince() {
	reg := proposal.NewRegister(proposal.Rules{})
	for n := 1; n <= 10; n++ {
		p, _ := proposal.New(proposal.Record{
			Number: n, Term: 9, Kind: proposal.Plenary, Session: "九届三次会议",
			Title:     fmt.Sprintf("关于第%d项工作的建议", n),
			Category:  []proposal.Category{proposal.Economy, proposal.Society}[n%2],
			Submitter: proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{lvzhi.MemberID(fmt.Sprint("m", n))}},
		}, proposal.At(d(1, 9), ""))
		_ = p.Review(proposal.At(d(2, 18), "提案委员会"))
		switch {
		case n == 10:
			_ = p.Convert(proposal.At(d(2, 25), "九届九次主席会议"), proposal.ToSuggestion)
		case n == 9:
			_ = p.Register(proposal.At(d(2, 25), "九届九次主席会议"))
			_ = p.Forward(proposal.At(d(3, 10), "提案委员会"), "市政协")
		default:
			_ = p.Register(proposal.At(d(2, 25), "九届九次主席会议"))
			_ = p.Assign(proposal.At(d(5, 3), "联席会议"), proposal.Unit{Name: "区发展和改革局", Role: proposal.Lead})
		}
		_ = reg.Add(p)
	}
	s := reg.StatisticsSince(d(1, 8), d(6, 15))
	fmt.Printf("收到%d件，立案%d件（立案率%s），其中本级办理%d件，转交市政协办理%d件；交办完毕%d件\n",
		s.Received, s.Registered, s.RegistrationRate().Percent(), s.Local, s.Forwarded, s.HandedOver)
	for _, c := range s.ByCategory {
		fmt.Printf("%s类%d件，立案%d件\n", c.Category, c.Received, c.Registered)
	}
	// Output:
	// 收到10件，立案9件（立案率90%），其中本级办理8件，转交市政协办理1件；交办完毕9件
	// 经济类5件，立案4件
	// 社会类5件，立案5件
}

// JSON carries the record and the full history; decoding replays it.
func ExampleDecode() {
	_, err := proposal.Decode([]byte(`{"number":7,"term":9,"kind":"平时提案","title":"关于建设特色食品产业园的建议",
		"category":"经济","submitter":{"kind":"个人提案","members":["m007"]},
		"history":[{"action":"提交","date":"2022-03-01"},{"action":"立案","date":"2022-03-20"}]}`))
	fmt.Println(err)
	// Output:
	// proposal: 第7号提案的办理记录第2步（history[1]）不合流程：proposal: 第7号提案当前状态为“已提交”，不能“立案”
}

// Local rules: a four-grade reply scheme and padded numbers.
func ExampleRules() {
	rules := proposal.Rules{Grades: proposal.FourGrades(), Number: proposal.NumberFormat{Width: 3}, DeadlineMonths: 2}
	fmt.Println(rules.Number.Format(1), rules.Deadline(d(12, 31)), rules.Grades.Name(proposal.GradeD))
	// Output:
	// 第001号 2023-02-28 因条件限制留作参考
}
