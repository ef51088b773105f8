package report

import (
	"text/template"

	"github.com/lvzhi-go/lvzhi/zh"
)

// FuncMap returns the functions of package zh for text/template (and
// html/template, which accepts the same map): numeral, ordinal, digits,
// heading, percent, date, datedigits, daterange, xun, monthxun, weekday,
// period, months, yearmonths and join. It is [zh.FuncMap], offered here
// beside the renderers; see there for each function's arguments.
func FuncMap() template.FuncMap { return zh.FuncMap() }
