package summary

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary/digest"
)

// GroupFacts are the facts of the "groups" builder.
type GroupFacts struct {
	// NonPublicVisits is the number of visits to non-public-economy
	// members (人次); NonPublicMembers the number of distinct members
	// visited, 0 when some visit records give only a count (the members
	// are then unknown). A member visited twice counts once there, so
	// that the figure never exceeds the membership: 走访非公企业政协委员111名
	// （2861人次）.
	NonPublicVisits, NonPublicMembers int
	// Tally sums the activities up by group: 科技组3次，社会组、工商组各1次，
	// 科技组和社会组联合1次 — each group's activities alone (groups with
	// equal counts together, the most active first), then the joint ones,
	// at most the part's limit of clauses and then 等.
	Tally string
	// Activities are the group activities of the period other than those
	// visits, in date order; Groups the groups that acted, in the order of
	// their first activity.
	Activities []research.GroupActivity
	Groups     []string
	// Idle are the groups that had members in the period but no activity,
	// in 姓氏笔画 order: 文史组尚未开展活动.
	Idle []string
	// Counts is the number of activities of each group, in 姓氏笔画 order
	// of the group names; a joint activity counts for each group.
	Counts []research.GroupCount
	// Total is len(Activities).
	Total int
	// ByGroup sums up each group's work, the most active group first
	// (ties in order of first activity); TopGroups are the first of them,
	// up to the part's limit, and MoreGroups tells whether any was left
	// out.
	ByGroup, TopGroups []GroupWork
	MoreGroups         bool
	// SoloGroups are the groups of ByGroup that also acted alone, in the
	// same order.
	SoloGroups []GroupWork
	// Joint are the activities of two groups or more.
	Joint []research.GroupActivity
	// Highlights are a few activities in significance order — joint ones
	// first, then those with more members, then by date — up to the
	// part's limit, no title and no place twice.
	Highlights []research.GroupActivity
	// Forms counts the activities by form (调研, 交流座谈, 参观学习 …), the
	// most frequent first; FormList names the first of them (其他 aside).
	Forms    []digest.Count
	FormList digest.List
}

// GroupWork is one group's work in the period.
type GroupWork struct {
	Group string
	// Count is the number of its activities, joint ones included.
	Count int
	// SoloCount is the number of its activities without another group;
	// Solo are the first of them in date order, up to the part's limit.
	SoloCount int
	Solo      []research.GroupActivity
	// Places and Forms name a few places and forms of its activities
	// without another group, each once, the most frequent first.
	Places, Forms digest.List
}

func buildGroups(b *Builder, ctx *Context, part Part) (any, string, error) {
	acts := []research.Activity(b.rec.Activities)
	f := &GroupFacts{NonPublicVisits: research.NonPublicVisits(acts, ctx.Period)}
	// Of returns a new slice (sorting it is the costly part, so it is done
	// once): the members visited are counted, then the visits are dropped
	// from it in place.
	all := research.Of[research.GroupActivity](acts, ctx.Period)
	f.Counts = research.CountGroups(all)
	f.NonPublicMembers = distinctVisited(all)
	f.Activities = slices.DeleteFunc(all, func(g research.GroupActivity) bool {
		return g.NonPublic && len(g.Groups) == 0
	})
	if len(f.Activities) == 0 && f.NonPublicVisits == 0 {
		return nil, "", ErrNoFacts
	}
	limit := resolveLimit(part.Limit)
	f.Total = len(f.Activities)
	solo := map[string][]int{} // group → its activities alone, by index
	for i, g := range f.Activities {
		f.Groups = appendNew(f.Groups, g.Groups...)
		if len(g.Groups) > 1 {
			f.Joint = append(f.Joint, g)
		} else if len(g.Groups) == 1 {
			solo[g.Groups[0]] = append(solo[g.Groups[0]], i)
		}
	}
	for _, c := range digest.CountBy(f.Activities, func(g research.GroupActivity) []string { return g.Groups }) {
		idx := solo[c.Name]
		w := GroupWork{Group: c.Name, Count: c.N, SoloCount: len(idx)}
		places, forms := make([]string, len(idx)), make([]string, len(idx))
		for k, i := range idx {
			a := &f.Activities[i]
			places[k], forms[k] = a.Place, a.Form.String()
			if limit < 0 || len(w.Solo) < limit {
				w.Solo = append(w.Solo, *a)
			}
		}
		id := func(s string) string { return s }
		w.Places = byFrequency(places, id, part.Limit)
		w.Forms = byFrequency(forms, id, part.Limit)
		f.ByGroup = append(f.ByGroup, w)
		if w.SoloCount > 0 {
			f.SoloGroups = append(f.SoloGroups, w)
		}
	}
	for _, g := range b.roster.Groups(ctx.Period.Range()) {
		if !slices.Contains(f.Groups, g) {
			f.Idle = append(f.Idle, g)
		}
	}
	f.Tally = groupTally(f.ByGroup, f.Joint, limit)
	f.TopGroups = f.ByGroup
	if limit > 0 && len(f.TopGroups) > limit {
		f.TopGroups, f.MoreGroups = f.TopGroups[:limit], true
	}
	f.Forms = digest.CountBy(f.Activities, func(a research.GroupActivity) []string { return []string{a.Form.String()} })
	f.FormList = digest.Top(f.Forms, part.Limit, nil, func(c digest.Count) string {
		if c.Name == research.FormOther.String() {
			return "" // 其他 names no form
		}
		return c.Name
	}, digest.Plain)
	order := make([]int, len(f.Activities))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &f.Activities[i], &f.Activities[j]
		if c := cmp.Compare(min(len(b.Groups), 2), min(len(a.Groups), 2)); c != 0 {
			return c
		}
		return cmp.Compare(len(b.Members), len(a.Members))
	})
	// No title and no place is named twice.
	seen := map[string]bool{}
	for _, i := range order {
		if limit > 0 && len(f.Highlights) == limit {
			break
		}
		a := f.Activities[i]
		if seen["t"+a.Title] || a.Place != "" && seen["p"+a.Place] {
			continue
		}
		seen["t"+a.Title], seen["p"+a.Place] = true, true
		f.Highlights = append(f.Highlights, a)
	}
	return f, groupsTemplate, nil
}

// distinctVisited returns the number of distinct non-public-economy
// members visited in the period, or 0 when a visit record gives a count
// without the members.
func distinctVisited(gs []research.GroupActivity) int {
	seen := map[lvzhi.MemberID]bool{}
	for _, g := range gs {
		if !g.NonPublic {
			continue
		}
		if g.VisitedCount > len(g.Visited) {
			return 0
		}
		for _, m := range g.Visited {
			seen[m] = true
		}
	}
	return len(seen)
}

// groupTally writes [GroupFacts].Tally: one clause per count, the largest
// first (科技组3次，社会组、工商组、法制组各1次), at most limit groups to a
// clause; then the joint activities by pair of groups; at most limit
// clauses in all, 等 marking what is left out.
func groupTally(by []GroupWork, joint []research.GroupActivity, limit int) string {
	var solo []GroupWork
	for _, w := range by {
		if w.SoloCount > 0 {
			solo = append(solo, w)
		}
	}
	slices.SortStableFunc(solo, func(a, b GroupWork) int { return cmp.Compare(b.SoloCount, a.SoloCount) })
	var parts []string
	more := false
	for i := 0; i < len(solo); {
		if limit > 0 && len(parts) == limit {
			more = true
			break
		}
		j := i
		var names []string
		for ; j < len(solo) && solo[j].SoloCount == solo[i].SoloCount; j++ {
			if limit > 0 && len(names) == limit {
				more = true
				continue
			}
			names = append(names, solo[j].Group)
		}
		n := strconv.Itoa(solo[i].SoloCount) + "次"
		if j-i > 1 {
			n = "各" + n
		}
		parts = append(parts, strings.Join(names, "、")+n)
		i = j
	}
	pairs := digest.CountBy(joint, func(a research.GroupActivity) []string { return []string{strings.Join(a.Groups, "和")} })
	for _, c := range pairs {
		if limit > 0 && len(parts) >= limit {
			more = true
			break
		}
		parts = append(parts, c.Name+"联合"+strconv.Itoa(c.N)+"次")
	}
	if more && len(parts) > 0 {
		parts[len(parts)-1] += "等"
	}
	return strings.Join(parts, "，")
}

// ExchangeFacts are the facts of the "exchanges" builder.
type ExchangeFacts struct {
	// Received are the visits received, Made those made; ReceivedFrom and
	// VisitedTo the committees concerned, in order of first visit, each
	// named once.
	Received, Made          []research.Exchange
	ReceivedFrom, VisitedTo []string
	// ReceivedList and VisitedList name a few of those committees, the
	// most frequent first; SubjectList a few subjects exchanged.
	ReceivedList, VisitedList, SubjectList digest.List
	// VisitedWhere writes where visits were made: 江西某县、贵州某区、云南某市等地政协
	// when every committee visited is a 政协, the names of VisitedList
	// otherwise.
	VisitedWhere string
}

// appendNew appends the names not yet in list.
func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		if !slices.Contains(list, n) {
			list = append(list, n)
		}
	}
	return list
}

func buildExchanges(b *Builder, ctx *Context, part Part) (any, string, error) {
	all := research.Of[research.Exchange](b.rec.Activities, ctx.Period)
	if len(all) == 0 {
		return nil, "", ErrNoFacts
	}
	f := &ExchangeFacts{Received: make([]research.Exchange, 0, len(all))}
	var from, to []string
	for _, e := range all {
		if e.Direction == research.Received {
			f.Received = append(f.Received, e)
			f.ReceivedFrom = appendNew(f.ReceivedFrom, e.Counterparts...)
			from = append(from, e.Counterparts...)
		} else {
			f.Made = append(f.Made, e)
			f.VisitedTo = appendNew(f.VisitedTo, e.Counterparts...)
			to = append(to, e.Counterparts...)
		}
	}
	id := func(s string) string { return s }
	f.ReceivedList = byFrequency(from, id, part.Limit)
	f.VisitedList = byFrequency(to, id, part.Limit)
	f.SubjectList = byFrequency(all, func(e research.Exchange) string { return e.Subject }, part.Limit)
	f.VisitedWhere = f.VisitedList.String()
	if !slices.ContainsFunc(f.VisitedTo, func(n string) bool { return !strings.HasSuffix(n, "政协") || n == "政协" }) {
		f.VisitedWhere = f.VisitedList.TrimSuffix("政协").Joined()
		if f.VisitedList.More() > 0 {
			f.VisitedWhere += "等地"
		}
		f.VisitedWhere += "政协"
	}
	return f, exchangesTemplate, nil
}
