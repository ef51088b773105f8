package summary_test

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
)

// twoYearRecords are the records of a committee of four over 2022 and
// 2023: two proposals in 2022, three in 2023, all answered and closed; a
// plenary each year with three members present.
func twoYearRecords() *summary.Records {
	rec := &summary.Records{
		Committee: lvzhi.Committee{Name: "青山县政协委员会", ShortName: "县政协", Level: lvzhi.LevelCounty, Term: 11, Superior: "市政协"},
		Members: []member.Member{
			{ID: "m1", Name: "李明", Gender: member.Male, Party: member.PartyNonParty, Sector: member.SectorEconomy},
			{ID: "m2", Name: "王芳", Gender: member.Female, Party: member.PartyCPC, Sector: member.SectorEducation},
			{ID: "m3", Name: "张伟", Gender: member.Male, Party: member.PartyCPC, Sector: member.SectorMedicine},
			{ID: "m4", Name: "赵磊", Gender: member.Male, Party: member.PartyMasses, Sector: member.SectorAgriculture},
		},
	}
	at, d := proposal.At, lvzhi.MustDate
	n := 0
	for _, year := range []struct {
		y  int
		by []lvzhi.MemberID
	}{{2022, []lvzhi.MemberID{"m1", "m2"}}, {2023, []lvzhi.MemberID{"m1", "m2", "m3"}}} {
		y, by := year.y, year.by
		present := func(ids ...lvzhi.MemberID) session.Attendance {
			a := session.Attendance{Mode: session.ModeRequired}
			for _, id := range ids {
				a.Records = append(a.Records, session.Record{Member: id, Status: session.Present})
			}
			return a
		}
		rec.Sessions = append(rec.Sessions, session.Session{ID: lvzhi.SessionID(fmt.Sprint("p", y)), Kind: session.KindPlenary, Term: 11, Sitting: y - 2020,
			Dates: lvzhi.DateRange{From: d(y, 1, 9), To: d(y, 1, 11)}, Attendance: present("m1", "m2", "m3")})
		for i, m := range by {
			n++
			p, err := proposal.New(proposal.Record{Number: n, Term: 11, Kind: proposal.Regular, Title: fmt.Sprintf("关于第%d项工作的建议", n),
				Category: proposal.Society, Sector: "经济界", Submitter: proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{m}}},
				at(d(y, 3, 1), string(m)))
			if err != nil {
				panic(err)
			}
			for _, err := range []error{
				p.Review(at(d(y, 3, 5), "提案委员会")), p.Register(at(d(y, 3, 20), "主席会议")),
				p.Assign(at(d(y, 4, 1), "提案交办会"), proposal.Unit{Name: "县教育局", Role: proposal.Lead}),
				p.Reply(at(d(y, 6, 1), "县教育局"), "县教育局", proposal.GradeA),
				p.Feedback(at(d(y, 6, 15), string(m)), proposal.Satisfied),
			} {
				if err != nil {
					panic(err)
				}
			}
			if y == 2023 || i == 0 {
				if err := p.Close(at(d(y, 6, 30), "提案委员会")); err != nil {
					panic(err)
				}
			}
			rec.Proposals = append(rec.Proposals, p)
		}
	}
	return rec
}

// An outline with "compare" gives every part the facts of the earlier
// period in $.Prev, and its name in $.Against; compare and comparerate
// write the difference.
func ExampleOutline_compare() {
	b, err := summary.NewBuilder(twoYearRecords())
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := b.Build(summary.Outline{
		Period:  lvzhi.Year(2023),
		Compare: summary.CompareYear,
		Sections: []summary.Part{{
			Heading: "提案工作",
			Build:   "handling",
			Template: `{{with .Facts}}全年共收到提案{{.Stats.Received}}件{{with $.Prev}}，{{compare .Stats.Received $.Facts.Stats.Received "件" $.Against}}{{end}}。` +
				`办结率{{percent .ClosingRate}}{{with $.Prev}}，{{comparerate .ClosingRate $.Facts.ClosingRate $.Against}}{{end}}。{{end}}`,
		}, {
			Heading: "委员履职",
			Build:   "participation",
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range doc.Sections {
		fmt.Println(strings.Join(s.Paragraphs, ""))
	}
	// Output:
	// 全年共收到提案3件，较上年增加1件，增长50%。办结率100%，较上年提高50个百分点。
	// 全年，3名委员以第一提案人身份提交提案3件，提案数较上年增加1件，增长50%。委员履职共6人次，较上年增加1人次，增长20%；3名委员参加了各类履职活动，占委员总数的75%，与上年持平。4个界别中，3个界别的委员全部参加了履职活动；农业界尚有1名委员未参加。
}

func ExampleEarlierPeriod() {
	for _, c := range []struct {
		p       lvzhi.Period
		compare string
	}{
		{lvzhi.Year(2023), summary.CompareYear},
		{lvzhi.FirstHalf(2023), summary.CompareYear},
		{lvzhi.SecondHalf(2023), summary.ComparePreceding},
	} {
		p, against, err := summary.EarlierPeriod(c.p, c.compare)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(p, against)
	}
	// Output:
	// 2022 上年
	// 2022-H1 上年同期
	// 2023-H1 上半年
}

func ExampleBuilder_FactsFor() {
	b, err := summary.NewBuilder(twoYearRecords())
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := b.FactsFor("participation", summary.Part{}, lvzhi.Year(2022), lvzhi.Date{})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := f.(*summary.ParticipationFacts)
	fmt.Println(p.Proposers, p.Proposals, p.Times, p.Rate.Percent())
	// Output: 2 2 5 75%
}
