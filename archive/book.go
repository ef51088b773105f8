package archive

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/zh"
)

// DefaultPass is the grade a member must reach not to count as below the
// pass mark in the rankings (称职).
const DefaultPass = "称职"

// ErrUnknownMember reports a member ID that is not on the roster.
var ErrUnknownMember = errors.New("委员编号不在委员名册中")

// Options say how a [Book] scores and signs the archives. The zero value
// uses [member.DefaultScheme], the pass grade [DefaultPass], the
// committee's name as issuer and the last day of the period as date.
type Options struct {
	// Scheme is the points scheme (履职积分办法); a scheme without rules
	// means [member.DefaultScheme].
	Scheme member.Scheme
	// Pass names the lowest grade of the scheme that is not "below the
	// pass mark" in the rankings; it must be one of the scheme's grades.
	// "" means [DefaultPass] when the scheme has it, else the grade just
	// above the lowest.
	Pass string
	// Issuer is the 落款 of every archive; "" means the committee's name.
	Issuer string
	// Date is the 成文日期; the zero Date means the last day of the period.
	Date lvzhi.Date
	// GradeShortPeriods grades a period shorter than a year with the
	// scheme's thresholds as they stand, for a scheme written for such a
	// period. Without it, the thresholds are taken as annual (as those of
	// [member.DefaultScheme] are) and a shorter period gets points and
	// ranks but no grade: half a year's points measured against a year's
	// thresholds would fail most members.
	GradeShortPeriods bool
	// RankLeaders ranks and grades the 主席 and 副主席 with the members.
	// Without it, as offices usually do, they are listed with their points
	// but take no rank and no grade: the ranking is that of the members.
	// A member whose only records are leave (see [OnLeave]) takes no rank
	// and no grade either way.
	RankLeaders bool
	// LeaveReasons writes the reasons given for leave (请假事由): 因病住院
	// 请假，未出席九届三次会议. Without it the archives say that a member was
	// on leave (请假未出席九届三次会议), never why: reasons such as illness
	// are not published by default.
	LeaveReasons bool
}

// Book holds the archives of every member of a committee for one period:
// the records indexed by member, the duty records derived from them (see
// [Duties]) and the members' tallies under the points scheme. Build it
// with [New]; it is read-only afterwards, so any number of goroutines may
// use it at once.
type Book struct {
	rec      *summary.Records
	period   lvzhi.Period
	span     lvzhi.DateRange
	scheme   member.Scheme
	pass     int // the Min of the pass grade
	passName string
	passOK   bool
	issuer   string
	date     lvzhi.Date
	graded   bool                           // whether the period is graded (see Options.GradeShortPeriods)
	reasons  bool                           // Options.LeaveReasons
	ranked   int                            // the number of members ranked
	leaders  map[lvzhi.MemberID]member.Role // the highest post of each leader not ranked
	roster   *member.Roster
	members  []member.Member // 姓氏笔画 order, then ID
	duties   []member.Duty   // in the period, in the order of Duties

	tallies   []member.Tally // ranked; the unranked (leaders) last, with rank 0
	tallyOf   map[lvzhi.MemberID]int
	dutiesOf  map[lvzhi.MemberID][]int // indices into duties
	meetings  map[lvzhi.MemberID][]seat
	sessions  map[string]*session.Session
	proposals map[string]*proposal.Proposal // by ProposalRef
	topics    map[string]*research.Topic
	acts      map[string]research.Activity
}

// seat is one member's place on the attendance list of a session.
type seat struct {
	s *session.Session
	r session.Record
}

// New checks the records (see [summary.Records.Validate]), derives the duty
// records (see [Duties]) and tallies every member's points for period.
// Every problem is an error: invalid records, an invalid period or scheme,
// a pass grade the scheme does not have.
func New(rec *summary.Records, period lvzhi.Period, opts Options) (*Book, error) {
	if rec == nil {
		return nil, errors.New("archive: 记录不能为空")
	}
	if err := period.Validate(); err != nil || period.IsZero() {
		if err == nil {
			err = errors.New("未指定统计期间")
		}
		return nil, fmt.Errorf("archive: 统计期间有误：%w", err)
	}
	if err := rec.Validate(); err != nil {
		return nil, fmt.Errorf("archive: 记录有误：%w", err)
	}
	b := &Book{rec: rec, period: period, span: period.Range(), scheme: opts.Scheme,
		issuer: cmp.Or(opts.Issuer, rec.Committee.Name), date: opts.Date, reasons: opts.LeaveReasons}
	if len(b.scheme.Rules) == 0 {
		b.scheme = member.DefaultScheme()
	}
	if b.date.IsZero() {
		b.date = b.span.To
	}
	b.graded = opts.GradeShortPeriods || FullYear(b.span)
	if err := b.setPass(opts.Pass); err != nil {
		return nil, err
	}
	sectors, err := member.NewSectors(rec.LocalSectors...)
	if err != nil {
		return nil, fmt.Errorf("archive: 本地界别有误：%w", err)
	}
	if b.roster, err = member.NewRosterOf(sectors, rec.Members...); err != nil {
		return nil, fmt.Errorf("archive: 委员名册有误：%w", err)
	}
	b.members = b.roster.Members()
	slices.SortFunc(b.members, func(x, y member.Member) int { return cmp.Compare(x.ID, y.ID) })
	zh.SortByStroke(b.members, func(m member.Member) string { return m.Name })

	all := derive(rec) // the tally does not depend on the order
	b.tallies, err = b.scheme.Tally(b.roster, all, b.span)
	if err != nil {
		return nil, fmt.Errorf("archive: 履职积分无法计算：%w", err)
	}
	b.leaders = make(map[lvzhi.MemberID]member.Role)
	if !opts.RankLeaders {
		for _, m := range b.members {
			for _, x := range m.Posts {
				if r, ok := b.leaders[m.ID]; (x.Role == member.RoleChair || x.Role == member.RoleViceChair) &&
					x.Overlaps(b.span) && (!ok || x.Role < r) {
					b.leaders[m.ID] = x.Role
				}
			}
		}
	}
	b.rerank()
	b.tallyOf = make(map[lvzhi.MemberID]int, len(b.tallies))
	for i, t := range b.tallies {
		b.tallyOf[t.Member] = i
	}
	b.dutiesOf = make(map[lvzhi.MemberID][]int)
	for _, d := range all {
		if b.span.Contains(d.Date) {
			b.dutiesOf[d.Member] = append(b.dutiesOf[d.Member], len(b.duties))
			b.duties = append(b.duties, d)
		}
	}
	for _, is := range b.dutiesOf {
		slices.SortFunc(is, func(i, j int) int { return compareDuties(b.duties[i], b.duties[j]) })
	}
	b.index()
	return b, nil
}

// FullYear reports whether r spans a year or more: the period the
// thresholds of a points scheme's grades are taken to be written for
// unless [Options].GradeShortPeriods says otherwise.
func FullYear(r lvzhi.DateRange) bool { return r.Days() >= 365 }

// rerank ranks the members again without the leaders and the members
// whose only records are leave (see [OnLeave]), who go last with rank 0
// and no grade — the 主席 first, then the 副主席, then the members on
// leave, each in the order of the records' roster, as offices list posts
// — and clears every grade of a period that is not graded. The order of
// the tallies ranked (by points, then 姓氏笔画) is kept.
func (b *Book) rerank() {
	ranked := make([]member.Tally, 0, len(b.tallies))
	var unranked []member.Tally
	for _, t := range b.tallies {
		if !b.graded || OnLeave(t) {
			t.Grade = ""
		}
		if _, ok := b.leaders[t.Member]; ok || OnLeave(t) {
			t.Rank, t.Grade = 0, ""
			unranked = append(unranked, t)
			continue
		}
		t.Rank = len(ranked) + 1
		if n := len(ranked); n > 0 && ranked[n-1].Points == t.Points {
			t.Rank = ranked[n-1].Rank
		}
		ranked = append(ranked, t)
	}
	order := make(map[lvzhi.MemberID]int, len(b.rec.Members))
	for i, m := range b.rec.Members {
		if _, ok := order[m.ID]; !ok {
			order[m.ID] = i
		}
	}
	slices.SortStableFunc(unranked, func(x, y member.Tally) int {
		return cmp.Or(cmp.Compare(b.unrankedOrder(x), b.unrankedOrder(y)), cmp.Compare(order[x.Member], order[y.Member]))
	})
	b.ranked = len(ranked)
	b.tallies = append(ranked, unranked...)
}

// unrankedOrder orders the members who take no rank: the 主席, the 副主席,
// then the members on leave.
func (b *Book) unrankedOrder(t member.Tally) int {
	if r, ok := b.leaders[t.Member]; ok {
		return int(r)
	}
	return int(member.RoleMember) + 1
}

// setPass finds the pass grade in the scheme. Without a name it is
// [DefaultPass] if the scheme has it, else the grade just above the lowest.
func (b *Book) setPass(name string) error {
	gs := b.scheme.Grades
	if name == "" {
		name = DefaultPass
		if !slices.ContainsFunc(gs, func(g member.Grade) bool { return g.Name == DefaultPass }) && len(gs) >= 2 {
			name = gs[len(gs)-2].Name
		}
	}
	b.passName = name
	for _, g := range gs {
		if g.Name == name {
			b.pass, b.passOK = g.Min, true
			return nil
		}
	}
	if len(gs) < 2 {
		return nil // one grade or none: nobody is below the pass mark
	}
	return fmt.Errorf("archive: 履职积分办法中没有等次“%s”", name)
}

// index builds the lookups from references to records.
func (b *Book) index() {
	rec := b.rec
	b.sessions = make(map[string]*session.Session, len(rec.Sessions))
	b.meetings = make(map[lvzhi.MemberID][]seat)
	for i := range rec.Sessions {
		s := &rec.Sessions[i]
		b.sessions[string(s.ID)] = s
		if !session.InPeriod(*s, b.period) {
			continue
		}
		for _, r := range s.Attendance.Records {
			b.meetings[r.Member] = append(b.meetings[r.Member], seat{s, r})
		}
	}
	for _, seats := range b.meetings {
		slices.SortStableFunc(seats, func(x, y seat) int {
			return cmp.Or(x.s.Dates.From.Compare(y.s.Dates.From), cmp.Compare(x.s.ID, y.s.ID))
		})
	}
	b.proposals = make(map[string]*proposal.Proposal, len(rec.Proposals))
	for _, p := range rec.Proposals {
		if p != nil {
			b.proposals[ProposalRef(p)] = p
		}
	}
	b.topics = make(map[string]*research.Topic, len(rec.Topics))
	for i := range rec.Topics {
		b.topics[string(rec.Topics[i].ID)] = &rec.Topics[i]
	}
	b.acts = make(map[string]research.Activity, len(rec.Activities))
	for _, a := range rec.Activities {
		b.acts[string(a.ActivityID())] = a
	}
}

// Graded reports whether the book grades its members (see
// [Options].GradeShortPeriods).
func (b *Book) Graded() bool { return b.graded }

// Period returns the period of the book.
func (b *Book) Period() lvzhi.Period { return b.period }

// Scheme returns the points scheme in use.
func (b *Book) Scheme() member.Scheme { return b.scheme }

// Members returns every member in 姓氏笔画 order of their names (then by
// ID): the order of the batch editions.
func (b *Book) Members() []member.Member { return slices.Clone(b.members) }

// Tally returns the tally of member id under the book's scheme, with the
// rank and grade the book gives (see [Book.Tallies]), or false for a
// member not on the roster.
func (b *Book) Tally(id lvzhi.MemberID) (member.Tally, bool) {
	i, ok := b.tallyOf[id]
	if !ok {
		return member.Tally{}, false
	}
	return b.tallies[i], true
}

// Tallies returns every member's tally, ranked by points (see
// [member.Scheme.Tally]); the members who take no rank (the 主席 and
// 副主席 unless [Options].RankLeaders, and the members whose only records
// are leave) come last, the 主席 first, then the 副主席 and the members on
// leave, each in the records' order, with rank 0 and no grade.
// A period that is not graded (see [Options].GradeShortPeriods) has no
// grades.
func (b *Book) Tallies() []member.Tally { return slices.Clone(b.tallies) }

// Duties returns the duty records of member id dated within the period.
func (b *Book) Duties(id lvzhi.MemberID) []member.Duty {
	out := make([]member.Duty, 0, len(b.dutiesOf[id]))
	for _, i := range b.dutiesOf[id] {
		out = append(out, b.duties[i])
	}
	return out
}

// unknown returns the error for a member not on the roster.
func unknown(id lvzhi.MemberID) error {
	return fmt.Errorf("archive: %w：%s", ErrUnknownMember, id)
}

// Of returns the 履职档案 of member id for period under the default
// options: the shortest way from records to one document. To write the
// archives of many members, build a [Book] once with [New].
func Of(rec *summary.Records, id lvzhi.MemberID, period lvzhi.Period) (*summary.Document, error) {
	b, err := New(rec, period, Options{})
	if err != nil {
		return nil, err
	}
	return b.Document(id)
}
