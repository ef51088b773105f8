package proposal_test

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
)

// handled returns proposal n, registered and assigned on 3月10日 to the
// lead unit (and the assisting one, if any); with a grade it is answered
// on 5月20日, with a verdict the proposer gives it on 6月1日, and with
// closed it is closed on 6月10日.
func handled(n int, kind proposal.Kind, lead, assist string, g proposal.Grade, v proposal.Satisfaction, closed bool) *proposal.Proposal {
	r := proposal.Record{
		Number: n, Term: 9, Sitting: 3, Kind: kind, Title: fmt.Sprintf("关于第%d项工作的建议", n),
		Category: proposal.Economy, Sector: "经济界",
		Submitter: proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{lvzhi.MemberID(fmt.Sprintf("m%03d", n))}},
	}
	sub := d(2, 20)
	if kind == proposal.Plenary {
		r.Session, sub = "九届三次会议", d(1, 9)
	}
	p, err := proposal.New(r, proposal.At(sub, ""))
	if err != nil {
		panic(err)
	}
	units := []proposal.Unit{{Name: lead, Role: proposal.Lead}}
	if assist != "" {
		units = append(units, proposal.Unit{Name: assist, Role: proposal.Assisting})
	}
	steps := []error{p.Review(proposal.At(d(2, 25), "提案委员会")), p.Register(proposal.At(d(3, 1), "九届十次主席会议")), p.Assign(proposal.At(d(3, 10), "提案交办会"), units...)}
	if g != 0 {
		steps = append(steps, p.Reply(proposal.At(d(5, 20), lead), lead, g))
	}
	if v != 0 {
		steps = append(steps, p.Feedback(proposal.At(d(6, 1), "提案人"), v))
	}
	if closed {
		steps = append(steps, p.Close(proposal.At(d(6, 10), "提案委员会")))
	}
	for _, err := range steps {
		if err != nil {
			panic(err)
		}
	}
	return p
}

func ExampleRegister_Handling() {
	reg := proposal.NewRegister(proposal.Rules{})
	for _, p := range []*proposal.Proposal{
		handled(1, proposal.Plenary, "区教育局", "区财政局", proposal.GradeA, proposal.Satisfied, true),
		handled(2, proposal.Plenary, "区教育局", "", proposal.GradeB, proposal.BasicallySatisfied, true),
		handled(3, proposal.Plenary, "区卫生健康局", "", proposal.GradeA, proposal.Satisfied, true),
		handled(4, proposal.Regular, "区住房和城乡建设局", "", 0, 0, false),
	} {
		if err := reg.Add(p); err != nil {
			fmt.Println(err)
		}
	}
	t := reg.Handling(lvzhi.Year(2022).Range(), d(7, 31))
	fmt.Printf("交由%d家单位主办\n", t.LeadUnits())
	for _, u := range append(t.Units, t.Total) {
		fmt.Println(u.Unit, u.Assigned, u.Lead, u.Replied, u.Closed, u.Grades, u.Satisfied, u.BasicallySatisfied, u.Unsatisfied, u.Overdue)
	}
	// Output:
	// 交由3家单位主办
	// 区教育局 2 2 2 2 [1 1 0] 1 1 0 0
	// 区住房和城乡建设局 1 1 0 0 [0 0 0] 0 0 0 1
	// 区卫生健康局 1 1 1 1 [1 0 0] 1 0 0 0
	// 区财政局 1 0 0 0 [0 0 0] 0 0 0 0
	// 合计 5 4 3 3 [2 1 0] 2 1 0 1
}

func ExampleHandlingTable_Table() {
	t := proposal.HandlingOf([]*proposal.Proposal{
		handled(1, proposal.Plenary, "区教育局", "", proposal.GradeA, proposal.Satisfied, true),
		handled(2, proposal.Regular, "区卫生健康局", "区教育局", proposal.GradeB, proposal.BasicallySatisfied, true),
	}, proposal.DefaultGrades(), d(7, 31))
	tb := t.Table()
	fmt.Println(tb.Title, tb.Validate() == nil)
	for _, row := range append(append(tb.Header, tb.Rows...), tb.Total) {
		var cells []string
		for _, c := range row {
			cells = append(cells, c.Text)
		}
		fmt.Println(strings.Join(cells, " | "))
	}
	for _, n := range tb.Notes {
		fmt.Println(n)
	}
	// Output:
	// 提案办理情况统计表 true
	// 承办单位 | 交办件数 | 已答复 | 办结 | 答复类别 | 委员意见 | 逾期未答复
	// 主办 | 协办 | A类 | B类 | C类 | 满意 | 基本满意 | 不满意
	// 区教育局 | 1 | 1 | 1 | 1 | 1 | 0 | 0 | 1 | 0 | 0 | 0
	// 区卫生健康局 | 1 | 0 | 1 | 1 | 0 | 1 | 0 | 0 | 1 | 0 | 0
	// 合计 | 2 | 1 | 2 | 2 | 1 | 1 | 0 | 1 | 1 | 0 | 0
	// 答复类别分为A类（解决或采纳）、B类（正在解决或列入计划）、C类（留作参考）。
	// 主办含分办。已答复、办结、答复类别、委员意见和逾期未答复按主办的提案统计。
	// 一件提案由多家单位办理的，在各单位分别计数；合计为件次。
}

func ExampleHandlingTable_Ordered() {
	t := proposal.HandlingOf([]*proposal.Proposal{
		handled(1, proposal.Regular, "区教育局", "", 0, 0, false),
		handled(2, proposal.Regular, "区教育局", "", 0, 0, false),
		handled(3, proposal.Regular, "区人大常委会办公室", "", 0, 0, false),
	}, nil, d(3, 31))
	for _, u := range t.Ordered("区人大常委会办公室").Units {
		fmt.Println(u.Unit, u.Assigned)
	}
	// Output:
	// 区人大常委会办公室 1
	// 区教育局 2
}

func ExampleCountByKind() {
	ps := []*proposal.Proposal{
		handled(1, proposal.Plenary, "区教育局", "", 0, 0, false),
		handled(2, proposal.Plenary, "区教育局", "", 0, 0, false),
		handled(3, proposal.Regular, "区教育局", "", 0, 0, false),
	}
	for _, c := range proposal.CountByKind(ps) {
		fmt.Println(c.Kind, c.Session, c.Count)
	}
	// Output:
	// 大会提案 九届三次会议 2
	// 平时提案  1
}

func ExampleSupervisors() {
	a := handled(1, proposal.Plenary, "区教育局", "", 0, 0, false)
	b := handled(2, proposal.Plenary, "区商务局", "", 0, 0, false)
	for _, err := range []error{
		a.MarkKey(proposal.At(d(3, 10), "主席会议")), b.MarkKey(proposal.At(d(3, 10), "主席会议")),
		a.Supervise(proposal.At(d(3, 20), "主席会议"), "李主席"),
		b.Supervise(proposal.At(d(3, 21), "主席会议"), "王副主席"),
		b.Supervise(proposal.At(d(4, 2), "主席会议"), "李主席"),
	} {
		if err != nil {
			fmt.Println(err)
		}
	}
	leaders := proposal.Supervisors([]*proposal.Proposal{a, b}, d(12, 31))
	fmt.Printf("%d位领导领衔督办：%s\n", len(leaders), strings.Join(leaders, "、"))
	// Output: 2位领导领衔督办：李主席、王副主席
}

func ExampleStatistics_CategoryTable() {
	reg := proposal.NewRegister(proposal.Rules{})
	for i := 1; i <= 3; i++ {
		if err := reg.Add(handled(i, proposal.Regular, "区教育局", "", 0, 0, false)); err != nil {
			fmt.Println(err)
		}
	}
	tb := reg.StatisticsFor(lvzhi.Year(2022)).CategoryTable()
	fmt.Println(tb.Title)
	for _, row := range append(append(tb.Header, tb.Rows...), tb.Total) {
		fmt.Println(row[0].Text, row[1].Text, row[2].Text, row[3].Text)
	}
	// Output:
	// 提案分类统计表
	// 类别 收到 立案 占收到总数
	// 经济 3 3 100.0%
	// 合计 3 3 100.0%
}

func ExampleStatistics_SectorTable() {
	reg := proposal.NewRegister(proposal.Rules{})
	for i := 1; i <= 2; i++ {
		if err := reg.Add(handled(i, proposal.Regular, "区教育局", "", 0, 0, false)); err != nil {
			fmt.Println(err)
		}
	}
	tb := reg.StatisticsFor(lvzhi.Year(2022)).SectorTable()
	fmt.Println(tb.Title, tb.Rows[0][0].Text, tb.Rows[0][1].Text)
	// Output: 提案界别统计表 经济界 2
}

func ExampleRate_Fraction() {
	num, den := proposal.Rate{Num: 129, Den: 134}.Fraction()
	fmt.Println(num, den)
	// Output: 129 134
}

func ExampleHandlingOf() {
	// The handling of the key proposals only.
	key := []*proposal.Proposal{
		handled(1, proposal.Plenary, "区教育局", "", proposal.GradeA, proposal.Satisfied, true),
		handled(2, proposal.Plenary, "区卫生健康局", "区财政局", proposal.GradeB, proposal.Satisfied, false),
	}
	t := proposal.HandlingOf(key, proposal.FourGrades(), d(6, 30))
	fmt.Println(len(t.Grades), t.Total.Assigned, t.Total.Lead, t.Total.Closed)
	// Output: 4 3 2 1
}

func ExampleHandlingTable_LeadUnits() {
	t := proposal.HandlingOf([]*proposal.Proposal{
		handled(1, proposal.Regular, "区教育局", "区财政局", 0, 0, false),
		handled(2, proposal.Regular, "区民政局", "", 0, 0, false),
	}, nil, d(3, 31))
	fmt.Printf("交由%d家单位主办，%d家单位协办\n", t.LeadUnits(), len(t.Units)-t.LeadUnits())
	// Output: 交由2家单位主办，1家单位协办
}

func ExampleUnitHandling_SatisfactionRate() {
	t := proposal.HandlingOf([]*proposal.Proposal{
		handled(1, proposal.Regular, "区教育局", "", proposal.GradeA, proposal.Satisfied, true),
		handled(2, proposal.Regular, "区教育局", "", proposal.GradeB, proposal.BasicallySatisfied, true),
		handled(3, proposal.Regular, "区教育局", "", proposal.GradeC, proposal.Unsatisfied, false),
	}, nil, d(7, 31))
	fmt.Println(t.Units[0].SatisfactionRate())
	// Output: 2/3（66.7%）
}
