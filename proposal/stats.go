package proposal

import (
	"cmp"
	"slices"

	"github.com/lvzhi-go/lvzhi"
)

// Statistics are the figures a work summary quotes about proposals. They
// count the proposals submitted (收到) within a date range, followed up to
// the end of an as-of day: a step dated after AsOf has not happened yet.
//
// The figures satisfy, by construction:
//
//	Registered ≤ Received
//	Registered = Local + Forwarded                 (本级办理 + 转交 = 立案)
//	Received = Registered + Rejected + Merged + Suggestions + Opinions + Withdrawn + Pending
//	HandedOver = Assigned + Forwarded ≤ Registered
//	Closed ≤ Replied ≤ Assigned ≤ Local
//
// and the counts by category and by sector add up to Received.
type Statistics struct {
	// Within is the range of submission dates counted.
	Within lvzhi.DateRange `json:"within"`
	// AsOf is the day up to which progress is counted.
	AsOf lvzhi.Date `json:"as_of"`

	// Received (收到) counts the proposals submitted within the range, up
	// to AsOf.
	Received int `json:"received"`
	// Registered (立案) counts those registered by AsOf.
	Registered int `json:"registered"`
	// Rejected (不予立案), Merged (并案), Suggestions (转为意见建议),
	// Opinions (转为社情民意) and Withdrawn (撤案) count the other
	// outcomes of review by AsOf; Pending counts those not yet decided.
	Rejected    int `json:"rejected"`
	Merged      int `json:"merged"`
	Suggestions int `json:"suggestions"`
	Opinions    int `json:"opinions"`
	Withdrawn   int `json:"withdrawn"`
	Pending     int `json:"pending"`

	// Local (本级办理) counts registered proposals handled at this level:
	// every registered one not forwarded by AsOf, assigned yet or not.
	Local int `json:"local"`
	// Forwarded (转交) counts registered proposals forwarded to the
	// committee one level up by AsOf.
	Forwarded int `json:"forwarded"`
	// Assigned counts local proposals assigned (交办) to units by AsOf.
	Assigned int `json:"assigned"`
	// HandedOver (交办完毕) counts registered proposals handed over by
	// AsOf, either assigned to units here or forwarded: 38 in 截至6月中旬
	// 38件提案交办完毕 when 32 were assigned and 6 forwarded.
	HandedOver int `json:"handed_over"`
	// Replied (已答复) counts local proposals every replying unit of
	// which had replied by AsOf (at least once: a proposal handled again
	// after 不满意 stays counted).
	Replied int `json:"replied"`
	// Closed (办结) counts proposals closed by AsOf.
	Closed int `json:"closed"`
	// Key counts 重点提案 selected by AsOf.
	Key int `json:"key"`
	// Overdue counts local proposals with a unit overdue at AsOf.
	Overdue int `json:"overdue"`

	// Satisfied, BasicallySatisfied and Unsatisfied count the proposers'
	// latest verdicts given by AsOf.
	Satisfied          int `json:"satisfied"`
	BasicallySatisfied int `json:"basically_satisfied"`
	Unsatisfied        int `json:"unsatisfied"`

	// ByCategory lists the counts per category in the order of
	// [Rules.Categories] (categories outside the rules follow by name);
	// only categories with proposals appear.
	ByCategory []CategoryCount `json:"by_category,omitempty"`
	// BySector lists the counts per proposer's sector, most proposals
	// first, then by name; proposals without a sector have Sector "".
	BySector []SectorCount `json:"by_sector,omitempty"`
	// ByUnit lists the handling units, most proposals first, then by name.
	ByUnit []UnitCount `json:"by_unit,omitempty"`
	// ByGrade counts the replies of the current round of handling (one
	// per replying unit at most) by grade, in letter order; only grades
	// used appear.
	ByGrade []GradeCount `json:"by_grade,omitempty"`
}

// CategoryCount is one line of [Statistics.ByCategory].
type CategoryCount struct {
	Category   Category `json:"category"`
	Received   int      `json:"received"`
	Registered int      `json:"registered"`
}

// SectorCount is one line of [Statistics.BySector].
type SectorCount struct {
	Sector     string `json:"sector"`
	Received   int    `json:"received"`
	Registered int    `json:"registered"`
}

// UnitCount is one line of [Statistics.ByUnit].
type UnitCount struct {
	Unit string `json:"unit"`
	// Assigned counts proposals assigned to the unit in any role.
	Assigned int `json:"assigned"`
	// Lead counts those it handles as 主办 or 分办, owing a reply.
	Lead int `json:"lead"`
	// Replied counts those it has replied to.
	Replied int `json:"replied"`
	// Overdue counts those whose reply is overdue at AsOf.
	Overdue int `json:"overdue"`
}

// GradeCount is one line of [Statistics.ByGrade].
type GradeCount struct {
	Grade   Grade `json:"grade"`
	Replies int   `json:"replies"`
}

// RegistrationRate returns 立案率: Registered / Received.
func (s Statistics) RegistrationRate() Rate { return Rate{s.Registered, s.Received} }

// ClosingRate returns 办结率: Closed / Local, the proposals handled at this
// level (forwarded ones are closed by the committee they went to).
func (s Statistics) ClosingRate() Rate { return Rate{s.Closed, s.Local} }

// SatisfactionRate returns 满意和基本满意率: (Satisfied +
// BasicallySatisfied) / all verdicts.
func (s Statistics) SatisfactionRate() Rate {
	return Rate{s.Satisfied + s.BasicallySatisfied, s.Satisfied + s.BasicallySatisfied + s.Unsatisfied}
}

// AllHandedOver reports whether every registered proposal had been handed
// over (交办完毕) by AsOf.
func (s Statistics) AllHandedOver() bool { return s.Registered > 0 && s.HandedOver == s.Registered }

// StatisticsFor returns the statistics of the proposals submitted in
// period p, as of its last day.
func (r *Register) StatisticsFor(p lvzhi.Period) Statistics {
	rg := p.Range()
	return r.Statistics(rg, rg.To)
}

// StatisticsSince returns the statistics of the proposals submitted from
// day from (the first day of a plenary, for 九届三次会议以来) to asOf, as of
// asOf.
func (r *Register) StatisticsSince(from, asOf lvzhi.Date) Statistics {
	return r.Statistics(lvzhi.DateRange{From: from, To: asOf}, asOf)
}

// Statistics returns the statistics of the proposals submitted within the
// range, counting the steps dated asOf or earlier; a zero asOf means
// within.To. Proposals submitted after asOf are not counted.
func (r *Register) Statistics(within lvzhi.DateRange, asOf lvzhi.Date) Statistics {
	if asOf.IsZero() {
		asOf = within.To
	}
	s := r.StatisticsOf(func(p *Proposal) bool { return within.Contains(p.Submitted()) }, asOf)
	s.Within = within
	return s
}

// StatisticsOf returns the statistics of the proposals keep accepts,
// counting the steps dated asOf or earlier. Proposals submitted after asOf
// are not counted. Within is left zero: the caller's rule, not a range of
// dates, chose the proposals (a plenary's 大会提案 whatever their
// submission day, with the 平时提案 since its opening, for instance).
func (r *Register) StatisticsOf(keep func(*Proposal) bool, asOf lvzhi.Date) Statistics {
	s := Statistics{AsOf: asOf}
	var (
		w       walk
		units   map[string]int
		sectors map[string]int
		grades  [5]int
	)
	for _, p := range r.list {
		if p.Submitted().After(asOf) || !keep(p) {
			continue
		}
		w.run(p, asOf)
		s.add(&w)
		i := slices.IndexFunc(s.ByCategory, func(c CategoryCount) bool { return c.Category == p.Category })
		if i < 0 {
			i = len(s.ByCategory)
			s.ByCategory = append(s.ByCategory, CategoryCount{Category: p.Category})
		}
		s.ByCategory[i].Received++
		j, ok := sectors[p.Sector]
		if !ok {
			if sectors == nil {
				sectors = make(map[string]int)
			}
			j = len(s.BySector)
			sectors[p.Sector] = j
			s.BySector = append(s.BySector, SectorCount{Sector: p.Sector})
		}
		s.BySector[j].Received++
		if w.outcome == Registered {
			s.ByCategory[i].Registered++
			s.BySector[j].Registered++
		}
		for _, u := range w.units {
			k, ok := units[u.name]
			if !ok {
				if units == nil {
					units = make(map[string]int)
				}
				k = len(s.ByUnit)
				units[u.name] = k
				s.ByUnit = append(s.ByUnit, UnitCount{Unit: u.name})
			}
			c := &s.ByUnit[k]
			c.Assigned++
			if u.role.Replies() {
				c.Lead++
				if u.everReplied {
					c.Replied++
				}
				if !u.replied && u.deadline < dayKey(asOf) {
					c.Overdue++
				}
			}
			grades[u.grade]++
		}
	}
	order := r.rules.categories()
	rank := func(c Category) int {
		if i := slices.Index(order, c); i >= 0 {
			return i
		}
		return len(order)
	}
	slices.SortStableFunc(s.ByCategory, func(a, b CategoryCount) int {
		return cmp.Or(cmp.Compare(rank(a.Category), rank(b.Category)), cmp.Compare(a.Category, b.Category))
	})
	slices.SortFunc(s.BySector, func(a, b SectorCount) int {
		return cmp.Or(cmp.Compare(b.Received, a.Received), cmp.Compare(a.Sector, b.Sector))
	})
	slices.SortFunc(s.ByUnit, func(a, b UnitCount) int {
		return cmp.Or(cmp.Compare(b.Assigned, a.Assigned), cmp.Compare(a.Unit, b.Unit))
	})
	for g := GradeA; g <= GradeD; g++ {
		if grades[g] > 0 {
			s.ByGrade = append(s.ByGrade, GradeCount{Grade: g, Replies: grades[g]})
		}
	}
	return s
}

// add counts one walked proposal.
func (s *Statistics) add(w *walk) {
	s.Received++
	switch w.outcome {
	case Registered:
		s.Registered++
		if w.forwarded {
			s.Forwarded++
		} else {
			s.Local++
		}
	case Rejected:
		s.Rejected++
	case Merged:
		s.Merged++
	case ConvertedToSuggestion:
		s.Suggestions++
	case ConvertedToOpinion:
		s.Opinions++
	case Withdrawn:
		s.Withdrawn++
	default:
		s.Pending++
	}
	count := func(n *int, b bool) {
		if b {
			*n++
		}
	}
	count(&s.Assigned, w.assigned)
	count(&s.HandedOver, w.assigned || w.forwarded)
	count(&s.Replied, w.replied)
	count(&s.Closed, w.closed)
	count(&s.Key, w.key)
	switch w.verdict {
	case Satisfied:
		s.Satisfied++
	case BasicallySatisfied:
		s.BasicallySatisfied++
	case Unsatisfied:
		s.Unsatisfied++
	}
	for _, u := range w.units {
		if u.role.Replies() && !u.replied && u.deadline < dayKey(s.AsOf) {
			s.Overdue++
			break
		}
	}
}

// walk is the progress of one proposal up to a day, computed from the
// compact events of its (valid) history without the allocations of a full
// replay. Its slice is reused from one proposal to the next.
type walk struct {
	outcome   State // Registered or the final state of review; 0 if pending
	forwarded bool
	assigned  bool
	replied   bool
	closed    bool
	key       bool
	verdict   Satisfaction
	units     []walkUnit
}

type walkUnit struct {
	name        string
	role        Role
	deadline    int32 // dayKey of the reply deadline
	replied     bool  // in the current round
	everReplied bool
	grade       Grade // of the latest reply
}

func (w *walk) run(p *Proposal, asOf lvzhi.Date) {
	*w = walk{units: w.units[:0]}
	for i := range p.st.units {
		h := &p.st.units[i]
		w.units = append(w.units, walkUnit{name: h.Name, role: h.Role})
	}
	end := dayKey(asOf)
	assigned := 0
	for _, e := range p.ev {
		if e.day > end {
			break
		}
		switch Action(e.action) {
		case ActionRegister:
			w.outcome = Registered
		case ActionReject:
			w.outcome = Rejected
		case ActionMerge:
			w.outcome = Merged
		case ActionConvertToSuggestion:
			w.outcome = ConvertedToSuggestion
		case ActionConvertToOpinion:
			w.outcome = ConvertedToOpinion
		case ActionWithdraw:
			w.outcome = Withdrawn
		case ActionForward:
			w.forwarded = true
		case ActionAssign:
			w.assigned = true
			w.units[e.unit].deadline = e.deadline
			assigned++
		case ActionReopen:
			u := &w.units[e.unit]
			u.replied, u.grade, u.deadline = false, 0, e.deadline
		case ActionReply:
			u := &w.units[e.unit]
			u.replied, u.everReplied, u.grade = true, true, Grade(e.grade)
			if !w.replied && !slices.ContainsFunc(w.units, func(u walkUnit) bool { return u.role.Replies() && !u.replied }) {
				w.replied = true
			}
		case ActionFeedback:
			w.verdict = Satisfaction(e.verdict)
		case ActionClose:
			w.closed = true
		case ActionMarkKey:
			w.key = true
		}
	}
	w.units = w.units[:assigned] // none before 交办
}

// event is one step reduced to what statistics need: 16 bytes instead of
// a whole Step, so that counting thousands of histories stays in cache.
// Assign and Reopen give one event per unit.
type event struct {
	day      int32 // dayKey of the step's date
	deadline int32 // dayKey of the unit's deadline (Assign, Reopen)
	unit     int16 // index of the unit in the proposal's units
	action   uint8 // Action
	grade    uint8 // Grade
	verdict  uint8 // Satisfaction
}

// appendEvents appends the events of step s, recorded with the units
// that followed it.
func appendEvents(ev []event, s Step, units []Handling) []event {
	e := event{day: dayKey(s.Date), action: uint8(s.Action), grade: uint8(s.Grade), verdict: uint8(s.Satisfaction)}
	index := func(name string) int16 {
		return int16(slices.IndexFunc(units, func(h Handling) bool { return h.Name == name }))
	}
	switch s.Action {
	case ActionAssign, ActionReopen:
		for _, u := range s.Units {
			e.unit, e.deadline = index(u.Name), dayKey(u.Deadline)
			ev = append(ev, e)
		}
		return ev
	case ActionReply:
		e.unit = index(s.Unit)
	}
	return append(ev, e)
}

// dayKey packs a valid date into an int32 that orders like the date.
func dayKey(d lvzhi.Date) int32 { return int32(d.Year)<<9 | int32(d.Month)<<5 | int32(d.Day) }
