package summary

import (
	"maps"
	"text/template"

	"github.com/lvzhi-go/lvzhi/summary/digest"
)

// buildFuncs returns the functions of one Build: base, region, and the
// functions that follow the outline's number policy:
//
//	count N UNIT       a small count of how something was done, by the
//	                   policy: 分两期 (or 分2期)
//	etc LIST UNIT      a [digest.List]'s names and, when some are left
//	                   out, 等 and its total: 《甲》《乙》等12件
//	counted LIST UNIT  the same, counting a list named in full too:
//	                   “甲”“乙”2个
//
// The totals of etc and counted are statistics, always in digits: a
// document that writes 收到提案32件 writes 3件提案列为重点提案, not 三件.
func buildFuncs(base template.FuncMap, nums digest.Numbers) template.FuncMap {
	m := maps.Clone(base)
	m["region"] = regionOf
	m["count"] = func(n int, unit string) string { return nums.Count(n, unit) }
	m["etc"] = func(l digest.List, unit string) string { return l.Etc(unit) }
	m["counted"] = func(l digest.List, unit string) string { return l.Counted(unit) }
	return m
}

// resolveLimit returns the number of items a part names: its Limit, or
// [digest.DefaultLimit] when that is 0; negative means all.
func resolveLimit(limit int) int {
	if limit == 0 {
		return digest.DefaultLimit
	}
	return limit
}
