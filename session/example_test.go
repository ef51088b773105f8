package session_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/session"
)

func ExampleSession_ShortName() {
	for _, s := range []session.Session{
		{Kind: session.KindPlenary, Term: 9, Sitting: 3},
		{Kind: session.KindChairs, Term: 9, Sitting: 9},
		{Kind: session.KindStanding, Term: 9, Sitting: 12},
		{Kind: session.KindSecretaryGeneral, Term: 9, Sitting: 3},
		{Kind: session.KindChairs, Term: 9, Sitting: 46},
		{Kind: session.KindThematic, Name: "推进中小学集团化办学专题协商会"},
	} {
		fmt.Println(s.ShortName())
	}
	// Output:
	// 九届三次会议
	// 九届九次主席会议
	// 九届十二次常委会议
	// 九届三次秘书长会议
	// 九届四十六次主席会议
	// 推进中小学集团化办学专题协商会
}

func ExampleSession_NameIn() {
	c := lvzhi.Committee{Name: "中国人民政治协商会议柳州市某区委员会", ShortName: "区政协", Level: lvzhi.LevelCounty, Term: 9}
	s := session.Session{Kind: session.KindPlenary, Term: 9, Sitting: 3}
	fmt.Println(s.NameIn(c))
	// Output: 区政协九届三次会议
}

func ExampleSession_FullName() {
	c := lvzhi.Committee{Name: "中国人民政治协商会议柳州市某区委员会", ShortName: "区政协", Level: lvzhi.LevelCounty, Term: 9}
	for _, s := range []session.Session{
		{Kind: session.KindPlenary, Term: 9, Sitting: 3},
		{Kind: session.KindStanding, Term: 9, Sitting: 12},
		{Kind: session.KindChairs, Term: 9, Sitting: 9},
	} {
		name, err := s.FullName(c)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(name)
	}
	national := lvzhi.Committee{Name: "中国人民政治协商会议全国委员会", ShortName: "全国政协", Level: lvzhi.LevelNational, Term: 14}
	name, _ := session.Session{Kind: session.KindPlenary, Term: 14, Sitting: 1}.FullName(national)
	fmt.Println(name)
	// Output:
	// 政协第九届柳州市某区委员会第三次会议
	// 政协第九届柳州市某区委员会常务委员会第十二次会议
	// 政协第九届柳州市某区委员会第九次主席会议
	// 政协第十四届全国委员会第一次会议
}

func ExampleRegister_Add() {
	c := lvzhi.Committee{Name: "柳州市某区政协委员会", ShortName: "区政协", Level: lvzhi.LevelCounty, Term: 9}
	r := session.NewRegister(c)
	on := func(m time.Month, d int) lvzhi.DateRange { return lvzhi.OneDay(lvzhi.MustDate(2022, m, d)) }
	fmt.Println(r.Add(session.Session{ID: "p3", Kind: session.KindPlenary, Term: 9, Sitting: 3, Dates: on(1, 8)}))
	err := r.Add(session.Session{ID: "p2", Kind: session.KindPlenary, Term: 9, Sitting: 2, Dates: on(3, 1)})
	fmt.Println(errors.Is(err, session.ErrSittingOrder))
	fmt.Println(err)
	fmt.Println(r.Len())
	// Output:
	// <nil>
	// true
	// session: 会议 p2（九届二次会议，2022年3月1日）次数小于会议 p3（九届三次会议，2022年1月8日），日期却更晚
	// 1
}

func ExampleCountByKind() {
	on := func(m time.Month, d int) lvzhi.DateRange { return lvzhi.OneDay(lvzhi.MustDate(2022, m, d)) }
	sessions := []session.Session{
		{ID: "c10", Kind: session.KindChairs, Term: 9, Sitting: 10, Dates: on(4, 2)},
		{ID: "p3", Kind: session.KindPlenary, Term: 9, Sitting: 3, Dates: lvzhi.DateRange{From: lvzhi.MustDate(2022, 1, 8), To: lvzhi.MustDate(2022, 1, 10)}},
		{ID: "j1", Kind: session.KindJoint, Name: "区政府、人大、政协联席会议", Dates: on(5, 3)},
		{ID: "c9", Kind: session.KindChairs, Term: 9, Sitting: 9, Dates: on(3, 1)},
		{ID: "c11", Kind: session.KindChairs, Term: 9, Sitting: 11, Dates: on(7, 5)},
	}
	for _, kc := range session.CountByKind(sessions, lvzhi.FirstHalf(2022)) {
		fmt.Println(kc.Kind, kc.Count)
	}
	for _, s := range session.OfKind(sessions, session.KindChairs, lvzhi.FirstHalf(2022)) {
		fmt.Println(s.ShortName(), s.Dates.From)
	}
	// Output:
	// 全体会议 1
	// 主席会议 2
	// 联席会议 1
	// 九届九次主席会议 2022-03-01
	// 九届十次主席会议 2022-04-02
}

func ExampleTally() {
	s := session.Session{Attendance: session.Attendance{Mode: session.ModeRequired, Records: []session.Record{
		{Member: "m1", Status: session.Present},
		{Member: "m2", Status: session.Present},
		{Member: "m3", Status: session.OnLeave, Reason: "因病"},
	}}}
	t := s.Tally()
	fmt.Printf("应出席%d人，实到%d人，请假%d人，出席率%s\n", t.Listed, t.Present, t.Excused, t.Percent())
	// Output: 应出席3人，实到2人，请假1人，出席率66.7%
}
