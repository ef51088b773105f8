package zh_test

import (
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

type tmplData struct {
	Count   int
	Big     uint64
	Month   time.Month
	Day     lvzhi.Date
	DayPtr  *lvzhi.Date
	Zero    lvzhi.Date
	Bad     lvzhi.Date
	Dates   lvzhi.DateRange
	Cross   lvzhi.DateRange
	Half    lvzhi.Period
	Months  []time.Month
	Ints    []int
	Names   []string
	Sectors []sector
}

type sector string

func data() tmplData {
	d := lvzhi.MustDate(2022, time.June, 15)
	return tmplData{
		Count:   105,
		Big:     1 << 63,
		Month:   time.May,
		Day:     d,
		DayPtr:  &d,
		Bad:     lvzhi.Date{Year: 2022, Month: time.February, Day: 30},
		Dates:   lvzhi.DateRange{From: lvzhi.MustDate(2022, time.January, 8), To: lvzhi.MustDate(2022, time.January, 10)},
		Cross:   lvzhi.DateRange{From: lvzhi.MustDate(2021, time.December, 30), To: lvzhi.MustDate(2022, time.January, 2)},
		Half:    lvzhi.FirstHalf(2022),
		Months:  []time.Month{time.April, time.May},
		Ints:    []int{4, 5, 6},
		Names:   []string{"科技组", "社会组", "工商组"},
		Sectors: []sector{"经济界", "农业界"},
	}
}

func execute(src string) (string, error) {
	tmpl, err := template.New("t").Funcs(zh.FuncMap()).Parse(src)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	err = tmpl.Execute(&b, data())
	return b.String(), err
}

func TestFuncMap(t *testing.T) {
	tests := []struct{ src, want string }{
		{"{{numeral 105}}", "一百零五"},
		{"{{numeral .Count}}", "一百零五"},
		{"{{numeral 20000}}", "二万"},
		{"{{ordinal 11}}", "第十一"},
		{"{{ordinal .Month}}", "第五"},
		{"{{digits 2022}}", "二〇二二"},
		{"{{heading 1 1}}{{heading 2 1}}{{heading 3 1}}{{heading 4 1}}", "一、（一）1.（1）"},
		{"{{heading 1 11}}", "十一、"},
		{"{{percent 38 44}}", "86.4%"},
		{"{{percent 32 32}}", "100%"},
		{"{{date .Day}}", "2022年6月15日"},
		{"{{date .Day 2022}}", "6月15日"},
		{"{{date .Day 2021}}", "2022年6月15日"},
		{"{{date .DayPtr 2022}}", "6月15日"},
		{"{{datedigits .Day}}", "二〇二二年六月十五日"},
		{"{{daterange .Dates}}", "2022年1月8日至10日"},
		{"{{daterange .Dates 2022}}", "1月8日至10日"},
		{"{{daterange .Cross 2022}}", "2021年12月30日至2022年1月2日"},
		{"{{xun .Day}}", "中旬"},
		{"截至{{monthxun .Day 2022}}", "截至6月中旬"},
		{"{{monthxun .Day}}", "2022年6月中旬"},
		{"{{weekday .Day}}", "星期三"},
		{"{{period .Half}}", "2022年上半年"},
		{"{{period .Half 2022}}", "上半年"},
		{"{{months 4 5}}", "4、5月份"},
		{"{{months .Months}}", "4、5月份"},
		{"{{months .Ints}}", "4月至6月"},
		{"{{months .Month}}", "5月"},
		{"{{yearmonths 2022 4 5}}", "2022年4、5月份"},
		{"{{yearmonths 2022 .Months}}", "2022年4、5月份"},
		{"{{join .Names}}", "科技组、社会组、工商组"},
		{`{{join "甲" "乙"}}`, "甲、乙"},
		{"{{join .Sectors}}", "经济界、农业界"},
		{`{{join "甲"}}`, "甲"},
		{"{{join}}", ""},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			got, err := execute(tt.src)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFuncMapErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{`{{numeral "五"}}`, "numeral：参数应为整数，实际为string"},
		{"{{numeral 1.5}}", "numeral：参数应为整数，实际为float64"},
		{"{{digits .Big}}", "digits：整数9223372036854775808超出范围"},
		{"{{heading 5 1}}", "heading："},
		{"{{heading 1 0}}", "heading："},
		{"{{percent 1 0}}", "percent：分母为0"},
		{"{{date .Zero}}", "date：日期未设置"},
		{"{{date .Bad}}", "date：日期无效：2022-02-30"},
		{"{{date .Day 2022 2023}}", "date：年份参数最多一个，实际为2个"},
		{`{{date .Day "2022"}}`, "date：参数应为整数，实际为string"},
		{"{{datedigits .Zero}}", "datedigits：日期未设置"},
		{"{{xun .Bad}}", "xun：日期无效"},
		{"{{weekday .Zero}}", "weekday：日期未设置"},
		{"{{daterange .Cross.To}}", "wrong type"},
		{"{{months 13}}", "months：月份[13]无效"},
		{"{{months}}", "months：月份[]无效"},
		{"{{yearmonths 0 4}}", "yearmonths：年份0或月份[4]无效"},
		{`{{months "四"}}`, "months：参数应为整数"},
		{"{{join .Ints}}", "join：第1项应为字符串，实际为int"},
		{`{{join "甲" 2}}`, "join：第2项应为字符串，实际为int"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, err := execute(tt.src)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestFuncMapFresh(t *testing.T) {
	m := zh.FuncMap()
	delete(m, "numeral")
	assert.Contains(t, zh.FuncMap(), "numeral", "each call returns a new map")
	assert.Len(t, zh.FuncMap(), 23)
}
