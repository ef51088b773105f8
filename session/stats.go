package session

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/lvzhi-go/lvzhi"
)

// InPeriod reports whether s belongs to period p: it does when it starts
// within p. Every session belongs to the zero Period.
func InPeriod(s Session, p lvzhi.Period) bool {
	return p.IsZero() || p.Contains(s.Dates.From)
}

// KindCount is the number of sessions of one kind.
type KindCount struct {
	Kind  Kind `json:"kind"`
	Count int  `json:"count"`
}

// CountByKind returns the number of sessions of each kind held in p (see
// [InPeriod]), ordered by kind. Kinds without sessions are left out.
func CountByKind(sessions []Session, p lvzhi.Period) []KindCount {
	counts := make(map[Kind]int)
	for _, s := range sessions {
		if InPeriod(s, p) {
			counts[s.Kind]++
		}
	}
	out := make([]KindCount, 0, len(counts))
	for k, n := range counts {
		out = append(out, KindCount{Kind: k, Count: n})
	}
	slices.SortFunc(out, func(a, b KindCount) int { return cmp.Compare(a.Kind, b.Kind) })
	return out
}

// OfKind returns the sessions of kind k held in p, sorted by date (see
// [SortByDate]). The input is not modified.
func OfKind(sessions []Session, k Kind, p lvzhi.Period) []Session {
	var out []Session
	for _, s := range sessions {
		if s.Kind == k && InPeriod(s, p) {
			out = append(out, s)
		}
	}
	SortByDate(out)
	return out
}

// Tally counts attendance: Listed members were expected (required to
// attend, or signed up), of whom Present came, Excused were on leave and
// Absent neither came nor asked for leave.
type Tally struct {
	Listed  int `json:"listed"`
	Present int `json:"present"`
	Excused int `json:"excused"`
	Absent  int `json:"absent"`
}

func (t *Tally) add(st Status) {
	t.Listed++
	switch st {
	case Present:
		t.Present++
	case OnLeave:
		t.Excused++
	case Absent:
		t.Absent++
	}
}

// Plus returns the sum of t and u.
func (t Tally) Plus(u Tally) Tally {
	return Tally{Listed: t.Listed + u.Listed, Present: t.Present + u.Present, Excused: t.Excused + u.Excused, Absent: t.Absent + u.Absent}
}

// Rate returns Present / Listed, or 0 when nobody was listed. Members on
// leave count as not present; [Tally.Excused] reports them separately.
func (t Tally) Rate() float64 {
	if t.Listed == 0 {
		return 0
	}
	return float64(t.Present) / float64(t.Listed)
}

// Percent returns the attendance rate as a percentage with at most one
// decimal, rounded half up: "100%", "95%", "66.7%". A rate below 100% never
// rounds up to "100%" (it is written "99.9%"). It returns "" when nobody
// was listed.
func (t Tally) Percent() string {
	if t.Listed == 0 {
		return ""
	}
	tenths := (t.Present*2000 + t.Listed) / (2 * t.Listed)
	if tenths == 1000 && t.Present < t.Listed {
		tenths = 999
	}
	s := strconv.Itoa(tenths / 10)
	if d := tenths % 10; d != 0 {
		s += "." + strconv.Itoa(d)
	}
	return s + "%"
}

// Tally returns the attendance counts of s.
func (s Session) Tally() Tally {
	var t Tally
	for _, r := range s.Attendance.Records {
		t.add(r.Status)
	}
	return t
}

// MemberTally is the attendance of one member over several sessions.
type MemberTally struct {
	Member lvzhi.MemberID `json:"member"`
	Tally
}

// MemberAttendance returns the attendance of every member listed at a session
// held in p, sorted by member ID. Each listing at a session counts once.
func MemberAttendance(sessions []Session, p lvzhi.Period) []MemberTally {
	by := make(map[lvzhi.MemberID]*Tally)
	for _, s := range sessions {
		if !InPeriod(s, p) {
			continue
		}
		for _, r := range s.Attendance.Records {
			t := by[r.Member]
			if t == nil {
				t = new(Tally)
				by[r.Member] = t
			}
			t.add(r.Status)
		}
	}
	out := make([]MemberTally, 0, len(by))
	for id, t := range by {
		out = append(out, MemberTally{Member: id, Tally: *t})
	}
	slices.SortFunc(out, func(a, b MemberTally) int { return cmp.Compare(a.Member, b.Member) })
	return out
}

// AttendanceOf returns the attendance of member id at the sessions held
// in p.
func AttendanceOf(sessions []Session, id lvzhi.MemberID, p lvzhi.Period) Tally {
	var t Tally
	for _, s := range sessions {
		if !InPeriod(s, p) {
			continue
		}
		for _, r := range s.Attendance.Records {
			if r.Member == id {
				t.add(r.Status)
			}
		}
	}
	return t
}

// TotalAttendance returns the attendance summed over the sessions held in
// p, optionally only those of the given kinds.
func TotalAttendance(sessions []Session, p lvzhi.Period, kinds ...Kind) Tally {
	var t Tally
	for _, s := range sessions {
		if InPeriod(s, p) && (len(kinds) == 0 || slices.Contains(kinds, s.Kind)) {
			t = t.Plus(s.Tally())
		}
	}
	return t
}
