package summary

import (
	"maps"
	"text/template"

	"github.com/lvzhi-go/lvzhi/summary/digest"
)

// buildFuncs returns the functions of one Build: base, region, and the
// functions that follow the outline's number policy:
//
//	count N UNIT   a small count of running prose: 两期, 三个 (or 2期, 3个)
//	etc LIST UNIT      a [digest.List]'s names and, when some are left
//	                   out, 等 and its total: 《甲》《乙》等12件
//	counted LIST UNIT  the same, counting a list named in full too:
//	                   “甲”“乙”两个
func buildFuncs(base template.FuncMap, nums digest.Numbers) template.FuncMap {
	m := maps.Clone(base)
	m["region"] = regionOf
	m["count"] = func(n int, unit string) string { return nums.Count(n, unit) }
	m["etc"] = func(l digest.List, unit string) string { return l.Etc(unit, nums) }
	m["counted"] = func(l digest.List, unit string) string { return l.Counted(unit, nums) }
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
