package lvzhi_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/lvzhi-go/lvzhi"
)

func ExampleParseDate() {
	d, err := lvzhi.ParseDate("2022-01-08")
	fmt.Println(d, d.Weekday(), err)

	_, err = lvzhi.ParseDate("2022-02-30")
	fmt.Println(err)
	fmt.Println(errors.Is(err, lvzhi.ErrOutOfRange))
	// Output:
	// 2022-01-08 Saturday <nil>
	// lvzhi: 无法解析日期 "2022-02-30"：超出允许范围：没有这一天
	// true
}

func ExampleDateRange() {
	plenary := lvzhi.DateRange{From: lvzhi.MustDate(2022, 1, 8), To: lvzhi.MustDate(2022, 1, 10)}
	fmt.Println(plenary, plenary.Days())
	fmt.Println(plenary.Contains(lvzhi.MustDate(2022, 1, 10)))
	// Output:
	// 2022-01-08/2022-01-10 3
	// true
}

func ExampleDate_AddMonths() {
	// A proposal handed over on 30 November is due three months later.
	fmt.Println(lvzhi.MustDate(2022, time.November, 30).AddMonths(3))
	// Output: 2023-02-28
}

func ExamplePeriod() {
	h1 := lvzhi.FirstHalf(2022)
	fmt.Println(h1, h1.Kind, h1.Range())
	q, _ := lvzhi.ParsePeriod("2022-Q2")
	fmt.Println(q.Range())
	// Output:
	// 2022-H1 上半年 2022-01-01/2022-06-30
	// 2022-04-01/2022-06-30
}

func ExampleCommittee_Validate() {
	c := lvzhi.Committee{Name: "柳州市某区政协委员会", ShortName: "区委", Level: lvzhi.LevelCounty}
	err := c.Validate()
	var verrs lvzhi.ValidationErrors
	if errors.As(err, &verrs) {
		for _, fe := range verrs {
			fmt.Println(fe.Field, fe.Label, fe.Message)
		}
	}
	// Output:
	// ShortName 简称 简称应以“政协”结尾，如“区政协”
	// Term 届次 届次必须在1到99之间
}
