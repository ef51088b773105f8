package member

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// KindTally is one kind of duty in a member's tally.
type KindTally struct {
	Kind   DutyKind `json:"kind"`
	Units  int      `json:"units"`
	Points int      `json:"points"`
}

// Tally is one member's duty performance over a period.
type Tally struct {
	Member lvzhi.MemberID `json:"member"`
	Name   string         `json:"name"`
	Points int            `json:"points"`
	Grade  string         `json:"grade,omitempty"`
	// Rank is the competition rank: members with equal points share a
	// rank and the next rank is skipped (1, 2, 2, 4).
	Rank  int         `json:"rank"`
	Kinds []KindTally `json:"kinds,omitempty"` // kinds with records, in kind order
}

// checkDuties validates every duty and its member; problems are reported
// at once with paths "Duties[i]…".
func checkDuties(r *Roster, duties []Duty) error {
	var errs lvzhi.ValidationErrors
	for i, d := range duties {
		field, label := fmt.Sprintf("Duties[%d]", i), fmt.Sprintf("履职记录[%d]", i)
		var verrs lvzhi.ValidationErrors
		if err := d.Validate(); errors.As(err, &verrs) {
			errs = append(errs, verrs.Prefix(field, label)...)
		} else if err != nil {
			return err
		}
		if _, ok := r.byID[d.Member]; d.Member != "" && !ok {
			errs = append(errs, lvzhi.FieldError{Field: field + ".Member", Label: label + ".委员编号", Rule: "exists",
				Param: string(d.Member), Message: fmt.Sprintf("委员编号%s不在委员名册中", d.Member)})
		}
	}
	return errs.Err()
}

// Tally returns the tally of every member of r over period, ranked by
// points, highest first; members with equal points are listed in 姓氏笔画
// order of their names (then by ID), so the result is deterministic.
// Members without records are included with zero points. Duties outside
// period are ignored.
//
// An invalid scheme or period, an invalid duty or a duty of a member not
// on the roster is an error; all problems are reported at once.
func (s Scheme) Tally(r *Roster, duties []Duty, period lvzhi.DateRange) ([]Tally, error) {
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("member: 履职积分办法有误：%w", err)
	}
	if err := period.Validate(); err != nil {
		return nil, fmt.Errorf("member: 统计期间有误：%w", err)
	}
	if err := checkDuties(r, duties); err != nil {
		return nil, err
	}
	rules := s.table()
	nk := int(DutyOther) + 1
	units := make([]int, len(r.members)*nk)
	for _, d := range duties {
		if period.Contains(d.Date) {
			units[r.byID[d.Member]*nk+int(d.Kind)] += d.Units()
		}
	}
	out := make([]Tally, len(r.members))
	for i, m := range r.members {
		t := Tally{Member: m.ID, Name: m.Name}
		for k := DutyPlenary; k <= DutyOther; k++ {
			u := units[i*nk+int(k)]
			if u == 0 {
				continue
			}
			p := u * rules[k].Points
			if c := rules[k].Cap; c > 0 && p > c {
				p = c
			}
			t.Kinds = append(t.Kinds, KindTally{Kind: k, Units: u, Points: p})
			t.Points += p
		}
		t.Grade = s.Grade(t.Points)
		out[i] = t
	}
	rankTallies(out)
	return out, nil
}

// rankTallies sorts by points (highest first), then 姓氏笔画 order, then ID,
// and sets the competition ranks.
func rankTallies(ts []Tally) {
	slices.SortFunc(ts, func(a, b Tally) int { return cmp.Compare(a.Member, b.Member) })
	zh.SortByStroke(ts, func(t Tally) string { return t.Name })
	slices.SortStableFunc(ts, func(a, b Tally) int { return b.Points - a.Points })
	for i := range ts {
		if i > 0 && ts[i].Points == ts[i-1].Points {
			ts[i].Rank = ts[i-1].Rank
		} else {
			ts[i].Rank = i + 1
		}
	}
}

// GroupTally is one activity group's performance over a period.
type GroupTally struct {
	Group string `json:"group"`
	// Members is the number of members who belonged to the group at some
	// time in the period.
	Members int `json:"members"`
	// Activities is the number of distinct group activities: records of
	// kind 参加小组活动 for the group, one activity per source record (Ref)
	// or, for records without Ref, per day.
	Activities int `json:"activities"`
	// Participations is the number of such records (member attendances).
	Participations int `json:"participations"`
	// Points is the sum of the period points of the group's members.
	Points int `json:"points"`
}

// GroupTallies returns the tally of every activity group of r over period,
// groups in 姓氏笔画 order of their names. A 参加小组活动 record counts for
// its Group, or, when that is empty, for every group the member belongs to
// on its date. Errors are those of [Scheme.Tally].
func (s Scheme) GroupTallies(r *Roster, duties []Duty, period lvzhi.DateRange) ([]GroupTally, error) {
	tallies, err := s.Tally(r, duties, period)
	if err != nil {
		return nil, err
	}
	points := make(map[lvzhi.MemberID]int, len(tallies))
	for _, t := range tallies {
		points[t.Member] = t.Points
	}
	groups := r.Groups(period)
	out := make([]GroupTally, len(groups))
	index := make(map[string]int, len(groups))
	for i, g := range groups {
		out[i].Group = g
		index[g] = i
	}
	for _, m := range r.members {
		for i, g := range groups {
			if slices.ContainsFunc(m.Groups, func(gm GroupMembership) bool { return gm.Group == g && gm.Overlaps(period) }) {
				out[i].Members++
				out[i].Points += points[m.ID]
			}
		}
	}
	seen := make(map[string]bool) // group + "\x00" + activity key
	for _, d := range duties {
		if d.Kind != DutyGroupActivity || !period.Contains(d.Date) {
			continue
		}
		var targets []string
		if d.Group != "" {
			targets = []string{d.Group}
		} else {
			for _, gm := range r.members[r.byID[d.Member]].GroupsOn(d.Date) {
				targets = append(targets, gm.Group)
			}
		}
		key := d.Ref
		if key == "" {
			key = "date:" + d.Date.String()
		}
		for _, g := range targets {
			i, ok := index[g]
			if !ok {
				continue
			}
			out[i].Participations++
			if k := g + "\x00" + key; !seen[k] {
				seen[k] = true
				out[i].Activities++
			}
		}
	}
	return out, nil
}

// DefaultImbalanceThreshold is the coefficient of variation of activity
// counts above which [GroupBalance] reports the groups as unbalanced.
const DefaultImbalanceThreshold = 0.5

// Balance measures how evenly activity groups carried out their work
// (委员活动小组开展工作是否平衡).
type Balance struct {
	Groups []GroupTally `json:"groups"`
	// Mean and StdDev are the mean and population standard deviation of
	// the groups' activity counts; CV is StdDev/Mean (0 when Mean is 0).
	Mean   float64 `json:"mean"`
	StdDev float64 `json:"std_dev"`
	CV     float64 `json:"cv"`
	// Max and Min are the largest and smallest activity counts.
	Max int `json:"max"`
	Min int `json:"min"`
	// Threshold is the CV above which the groups count as unbalanced.
	Threshold float64 `json:"threshold"`
	// Unbalanced reports CV > Threshold with at least two groups.
	Unbalanced bool `json:"unbalanced"`
	// Lagging lists the groups whose activity count is below
	// Mean × (1 − Threshold), in the order of Groups.
	Lagging []string `json:"lagging,omitempty"`
}

// GroupBalance measures the imbalance of activity counts between groups
// (as returned by [Scheme.GroupTallies]) with the coefficient of variation.
// A threshold of zero or less means [DefaultImbalanceThreshold]. The
// result is the evidence for the finding 委员活动小组开展工作不平衡.
func GroupBalance(groups []GroupTally, threshold float64) Balance {
	if threshold <= 0 || math.IsNaN(threshold) {
		threshold = DefaultImbalanceThreshold
	}
	b := Balance{Groups: slices.Clone(groups), Threshold: threshold}
	if len(groups) == 0 {
		return b
	}
	b.Max, b.Min = groups[0].Activities, groups[0].Activities
	sum := 0
	for _, g := range groups {
		sum += g.Activities
		b.Max = max(b.Max, g.Activities)
		b.Min = min(b.Min, g.Activities)
	}
	b.Mean = float64(sum) / float64(len(groups))
	var ss float64
	for _, g := range groups {
		d := float64(g.Activities) - b.Mean
		ss += d * d
	}
	b.StdDev = math.Sqrt(ss / float64(len(groups)))
	if b.Mean > 0 {
		b.CV = b.StdDev / b.Mean
	}
	b.Unbalanced = len(groups) >= 2 && b.CV > threshold
	for _, g := range groups {
		if float64(g.Activities) < b.Mean*(1-threshold) {
			b.Lagging = append(b.Lagging, g.Group)
		}
	}
	return b
}
