package research

import (
	"cmp"
	"iter"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// InPeriod reports whether activity a belongs to period p: it does when it
// starts within p. Every activity belongs to the zero Period.
func InPeriod(a Activity, p lvzhi.Period) bool {
	return a != nil && (p.IsZero() || p.Contains(a.When().From))
}

// dayIn reports whether day d, or the fallback when d is unset, lies in p.
func dayIn(d, fallback lvzhi.Date, p lvzhi.Period) bool {
	if d.IsZero() {
		d = fallback
	}
	return p.IsZero() || p.Contains(d)
}

// Of returns the activities of type T that belong to p, sorted by start
// date, then end date and ID:
//
//	trainings := research.Of[research.Training](acts, lvzhi.FirstHalf(2022))
func Of[T Activity](acts []Activity, p lvzhi.Period) []T {
	// Sort keys read once, with the position in acts last: a total order,
	// so the unstable sort gives the order of a stable one. Counting first
	// lets every slice be allocated once, at its size.
	type key struct {
		from, to int // dates packed in date order: sorting compares ints
		id       lvzhi.ActivityID
		i        int
	}
	pack := func(d lvzhi.Date) int { return d.Year<<9 | int(d.Month)<<5 | d.Day }
	n := 0
	for _, a := range acts {
		if _, ok := a.(T); ok && InPeriod(a, p) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	keys := make([]key, 0, n)
	for i, a := range acts {
		if v, ok := a.(T); ok && InPeriod(a, p) {
			w := v.When()
			keys = append(keys, key{from: pack(w.From), to: pack(w.To), id: v.ActivityID(), i: i})
		}
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.from != b.from {
			return cmp.Compare(a.from, b.from)
		}
		return cmp.Or(cmp.Compare(a.to, b.to), cmp.Compare(a.id, b.id), cmp.Compare(a.i, b.i))
	})
	out := make([]T, len(keys))
	for j, k := range keys {
		out[j] = acts[k.i].(T)
	}
	return out
}

// inPeriod yields the activities of type T that belong to p, in the order
// of acts: [Of] without the sorting, for sums and counts.
func inPeriod[T Activity](acts []Activity, p lvzhi.Period) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, a := range acts {
			if v, ok := a.(T); ok && InPeriod(a, p) && !yield(v) {
				return
			}
		}
	}
}

// KindCount is the number of activities of one kind.
type KindCount struct {
	Kind  Kind `json:"kind"`
	Count int  `json:"count"`
}

// CountByKind returns the number of activities of each kind in p, ordered
// by kind; kinds without activities are left out.
func CountByKind(acts []Activity, p lvzhi.Period) []KindCount {
	counts := make([]int, len(kindNames))
	for _, a := range acts {
		if InPeriod(a, p) && a.Kind().IsValid() {
			counts[a.Kind()]++
		}
	}
	var out []KindCount
	for k, n := range counts {
		if n > 0 {
			out = append(out, KindCount{Kind: Kind(k), Count: n})
		}
	}
	return out
}

// GroupCount is the number of activities of one members' group.
type GroupCount struct {
	Group string `json:"group"`
	Count int    `json:"count"`
}

// CountByGroup returns the number of [GroupActivity] records of each group
// in p, in 姓氏笔画 order of the group names ([zh.SortByStroke]). A joint
// activity counts once for each group taking part.
func CountByGroup(acts []Activity, p lvzhi.Period) []GroupCount {
	return countGroups(inPeriod[GroupActivity](acts, p))
}

// CountGroups is [CountByGroup] over group activities already chosen, such
// as those [Of] returned.
func CountGroups(gs []GroupActivity) []GroupCount {
	return countGroups(slices.Values(gs))
}

func countGroups(gs iter.Seq[GroupActivity]) []GroupCount {
	// A committee has a handful of groups: the counts are found by a
	// linear search of out (the last group found first, as activities of
	// one group often follow each other), and through an index once there
	// are more than a few.
	var out []GroupCount
	var index map[string]int
	last := -1
	for g := range gs { // counts need no order
		for i, name := range g.Groups {
			if slices.Contains(g.Groups[:i], name) { // a group named twice counts once
				continue
			}
			if last >= 0 && out[last].Group == name {
				out[last].Count++
				continue
			}
			at := -1
			if index != nil {
				if k, ok := index[name]; ok {
					at = k
				}
			} else {
				at = slices.IndexFunc(out, func(c GroupCount) bool { return c.Group == name })
			}
			if at < 0 {
				at = len(out)
				out = append(out, GroupCount{Group: name})
				if index != nil {
					index[name] = at
				} else if len(out) > 16 {
					index = make(map[string]int, 2*len(out))
					for k, c := range out {
						index[c.Group] = k
					}
				}
			}
			out[at].Count++
			last = at
		}
	}
	slices.SortFunc(out, func(a, b GroupCount) int { return cmp.Compare(a.Group, b.Group) })
	zh.SortByStroke(out, func(g GroupCount) string { return g.Group })
	return out
}

// NonPublicVisits returns the number of members in the non-public economy
// visited in p (上半年走访了20名非公企业政协委员), summed over the
// [GroupActivity] records marked NonPublic.
func NonPublicVisits(acts []Activity, p lvzhi.Period) int {
	n := 0
	for g := range inPeriod[GroupActivity](acts, p) {
		if g.NonPublic {
			n += g.Visits()
		}
	}
	return n
}

// OpinionTally sums up 社情民意 work: clues collected, bulletin issues
// published and the items in them, items adopted by a higher level and
// items that received a leader's instruction.
type OpinionTally struct {
	Clues      int `json:"clues"`
	Issues     int `json:"issues"`
	Items      int `json:"items"`
	Adopted    int `json:"adopted"`
	Instructed int `json:"instructed"`
}

// OpinionStats returns the [OpinionTally] of p over every [OpinionWork]
// record: 共搜集社情民意线索21条，编发社情民意内部参考1期. Clues, issues and
// outputs count by their own dates when they have one and by the start of
// their record otherwise, so a record spanning two periods splits
// correctly.
func OpinionStats(acts []Activity, p lvzhi.Period) OpinionTally {
	var t OpinionTally
	for _, a := range acts {
		w, ok := a.(OpinionWork)
		if !ok {
			continue
		}
		start := w.Dates.From
		for _, c := range w.Clues {
			if dayIn(c.Date, start, p) {
				t.Clues += c.Count
			}
		}
		for _, is := range w.Issues {
			if dayIn(is.Date, start, p) {
				t.Issues++
				t.Items += max(is.Items, len(is.Titles))
			}
		}
		for _, o := range w.ResultsIn(p) {
			switch o.Kind {
			case OutputAdopted:
				t.Adopted++
			case OutputInstruction:
				t.Instructed++
			}
		}
	}
	return t
}

// PhaseCount is the number of topics in one phase.
type PhaseCount struct {
	Phase Phase `json:"phase"`
	Count int   `json:"count"`
}

// TopicStats sums up the research topics of a period.
type TopicStats struct {
	// Total is the number of topics under way in the period.
	Total int `json:"total"`
	// Key is how many of them are key topics (重点课题).
	Key int `json:"key"`
	// ByPhase counts them by the phase reached at the end of the period,
	// in phase order; phases without topics are left out.
	ByPhase []PhaseCount `json:"by_phase,omitempty"`
}

// TopicStatsOf returns the statistics of the topics under way in p: those
// approved by the end of p and not finished ([PhaseApplied]) before it
// began. The zero Period takes every approved topic in its current phase.
func TopicStatsOf(topics []Topic, p lvzhi.Period) TopicStats {
	var s TopicStats
	counts := make([]int, len(phaseNames))
	r := p.Range()
	for _, t := range topics {
		ph := t.Phase()
		if !p.IsZero() {
			ph = t.PhaseOn(r.To)
			if t.PhaseOn(r.From.AddDays(-1)) == PhaseApplied {
				continue
			}
		}
		if !ph.IsValid() {
			continue
		}
		s.Total++
		if t.Key {
			s.Key++
		}
		counts[ph]++
	}
	for ph, n := range counts {
		if n > 0 {
			s.ByPhase = append(s.ByPhase, PhaseCount{Phase: Phase(ph), Count: n})
		}
	}
	return s
}

// ResultsIn returns the work's results (adoptions, instructions) that
// belong to p: dated in it, or undated and the work begun in it, as
// [OpinionStats] counts them. A zero p means every result.
func (w OpinionWork) ResultsIn(p lvzhi.Period) []Output {
	var out []Output
	for _, o := range w.Results {
		if dayIn(o.Date, w.Dates.From, p) {
			out = append(out, o)
		}
	}
	return out
}
