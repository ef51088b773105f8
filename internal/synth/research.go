package synth

import (
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/research"
)

// topics adds the research topics: chosen at an early 主席会议, led by the
// chair or a vice-chair, with a plan of milestones and a history that
// follows it, some ahead and some behind; about a third are key topics.
func (g *gen) topics() error {
	chosenAt := g.chairs[min(1, len(g.chairs)-1)]
	start := chosenAt.Dates.From
	end := date(g.cfg.Year, 12, 20)
	leaders := append([]lvzhi.MemberID{g.chair}, g.viceChairs...)
	phases := []research.Phase{research.PhaseApproved, research.PhasePreparing, research.PhaseFieldwork,
		research.PhaseSymposium, research.PhaseDrafting, research.PhaseSubmitted, research.PhaseApplied}
	step := start.DaysUntil(end) / len(phases)
	// Every topic has its own title; only with more topics than titles
	// (over 23) do titles repeat.
	titles := append(slices.Clip(g.forLevel(topicTitles)), moreTopicTitles...)
	for i := range g.cfg.Topics {
		leader := leaders[i%len(leaders)]
		t := research.Topic{
			ID:       lvzhi.TopicID(fmt.Sprintf("t%03d", i+1)),
			Title:    titles[i%len(titles)],
			ChosenAt: chosenAt.ID,
			Key:      i%3 == 0,
			Leader:   leader,
			Members:  g.someMembers(g.between(3, 8), leader),
			Offices:  []string{pick(g, offices)},
			Units:    []string{g.department()},
			Span:     lvzhi.DateRange{From: start, To: end},
		}
		for j, p := range phases {
			t.Plan = append(t.Plan, research.Milestone{Phase: p, Due: start.AddDays(j * step)})
		}
		skip := g.chance(0.3)
		day := start
		for j, p := range phases {
			if p == research.PhaseSymposium && skip {
				continue
			}
			if j > 0 {
				d := start.AddDays(j*step + g.between(-10, 30))
				if d.Before(day) {
					d = day
				}
				if d.After(end) || (j > 2 && g.chance(0.12)) {
					break // behind its plan: the phase is not reached this year
				}
				day = d
			}
			if err := t.Advance(p, day, ""); err != nil {
				return fmt.Errorf("synth: 课题 %s：%w", t.ID, err)
			}
		}
		if t.Reached(research.PhaseSubmitted, end) {
			t.Outputs = append(t.Outputs, research.Output{Kind: research.OutputReport, Title: t.Title + "调研报告", Date: day})
		}
		// A leader's instruction (批示) comes on the key topics' reports and
		// on some others, not on every report submitted.
		if t.Reached(research.PhaseApplied, end) && (t.Key || g.chance(0.3)) {
			t.Outputs = append(t.Outputs, research.Output{Kind: research.OutputInstruction, Title: t.Title + "调研报告",
				Date: day, By: g.instructor(), Note: "要求有关部门认真研究吸纳"})
		}
		g.rec.Topics = append(g.rec.Topics, t)
	}
	return nil
}

// activities adds cfg.Activities activity records: one of each kind
// first, then kinds drawn by weight.
func (g *gen) activities() {
	total := 0
	for _, k := range activityKinds {
		total += k.weight
	}
	issue := 0
	made := map[research.Kind]int{}
	g.rec.Activities = make(research.Activities, 0, g.cfg.Activities)
	for i := range g.cfg.Activities {
		kind := research.KindOther
		if i < len(activityKinds) {
			kind = activityKinds[i].kind
		} else {
			r := g.intn(total)
			for _, k := range activityKinds {
				if r < k.weight {
					kind = k.kind
					break
				}
				r -= k.weight
			}
		}
		if c := kindCap(kind, g.cfg.Members); c > 0 && made[kind] >= c {
			// A kind at its limit gives way to group activities and 社情民意
			// work, by their weights.
			kind = research.KindGroup
			if g.intn(48) < 10 {
				kind = research.KindOpinion
			}
		}
		made[kind]++
		base := research.Base{ID: lvzhi.ActivityID(fmt.Sprintf("a%06d", i+1)), Dates: g.span(1)}
		var a research.Activity
		switch kind {
		case research.KindInspection:
			a = g.inspection(base)
		case research.KindTraining:
			a = g.training(base)
		case research.KindExchange:
			a = g.exchange(base)
		case research.KindPublication:
			a = g.publication(base)
		case research.KindGroup:
			a = g.groupActivity(base)
		case research.KindOpinion:
			a = g.opinionWork(base, &issue)
		case research.KindForum:
			base.Title, base.Members = pick(g, forumTitles), g.someMembers(g.between(1, 4))
			// A committee helps to hold another body's meetings, never its own.
			assisted := g.chance(0.2) && g.rec.Committee.Superior != ""
			a = research.Forum{Base: base, Host: g.superiorOrSelf(), Assisted: assisted, Report: "汇报了" + pick(g, offices) + "工作情况"}
		default:
			base.Title, base.Members = pick(g, otherTitles), g.someMembers(g.between(2, 6))
			a = research.Other{Base: base, Host: g.prefix() + "人民检察院"}
		}
		g.rec.Activities = append(g.rec.Activities, a)
	}
}

// superiorOrSelf is the host of meetings members attend: the superior
// committee, or the committee itself at the national level.
func (g *gen) superiorOrSelf() string {
	if s := g.rec.Committee.Superior; s != "" {
		return s
	}
	return g.rec.Committee.ShortName
}

// adopter is the body that adopts 社情民意 items: the superior committee,
// or at the national level the offices of the Party centre and the State
// Council, since the National Committee has no 上级.
func (g *gen) adopter() string {
	if s := g.rec.Committee.Superior; s != "" {
		return s
	}
	return "中共中央办公厅、国务院办公厅"
}

func (g *gen) inspection(b research.Base) research.Inspection {
	subject := pick(g, inspectSites) + "建设情况"
	b.Title, b.Members = "视察"+subject, g.someMembers(g.between(3, 10))
	a := research.Inspection{Base: b, Subject: subject, Places: []string{pick(g, inspectSites), pick(g, inspectSites)}}
	if len(g.rec.Topics) > 0 && g.chance(0.3) {
		a.Topic = pick(g, g.rec.Topics).ID
	}
	for _, m := range b.Members {
		g.duty(member.Duty{Member: m, Date: b.Dates.From, Kind: member.DutyInspection, Ref: string(b.ID)})
	}
	return a
}

func (g *gen) training(b research.Base) research.Training {
	b.Dates = g.span(6)
	b.Title = pick(g, []string{"常委学习班", "委员履职能力培训班"})
	// A course takes a class of members: 10 to 30 in a district, a tenth
	// of the committee or more in a large one, so that a year's courses
	// train a good part of it.
	b.Members = g.someMembers(min(g.cfg.Members, g.between(max(10, g.cfg.Members/20), max(30, g.cfg.Members/8))))
	a := research.Training{Base: b, Host: pick(g, trainHosts)}
	batches := min(b.Dates.Days(), g.between(1, 2))
	half := len(b.Members) / batches
	for i := range batches {
		day := b.Dates.From.AddDays(i)
		a.Batches = append(a.Batches, research.Batch{Name: "第" + []string{"一", "二"}[i] + "期", Dates: lvzhi.OneDay(day),
			Members: b.Members[i*half : (i+1)*half]})
	}
	first := g.intn(len(lectures))
	for i := range g.between(2, 3) {
		a.Lectures = append(a.Lectures, research.Lecture{Topic: lectures[(first+i)%len(lectures)], Lecturer: "继续教育学院教授"})
	}
	return a
}

func (g *gen) exchange(b research.Base) research.Exchange {
	cp := pick(g, counterparts[g.cfg.Level])
	a := research.Exchange{Base: b, Counterparts: []string{cp}, Subject: "新形势下开展政协工作的经验"}
	if g.chance(0.5) {
		a.Direction, a.Title = research.Received, "接待"+cp+"来访"
	} else {
		a.Direction, a.Title, a.Place = research.Visited, "赴"+cp+"考察交流", cp
	}
	a.Members = g.someMembers(g.between(2, 6))
	return a
}

func (g *gen) publication(b research.Base) research.Publication {
	b.Dates = g.span(60)
	b.Title = bookTitles[g.books%len(bookTitles)]
	g.books++
	b.Members = g.someMembers(g.between(2, 5))
	a := research.Publication{Base: b}
	if g.chance(0.5) {
		a.Status = research.Published
		// Sizes of the level's books: a district's booklet of a few
		// ten-thousand characters, a province's or the nation's volume of
		// several hundred thousand; each book its own.
		scale := 1
		if g.cfg.Level == lvzhi.LevelNational || g.cfg.Level == lvzhi.LevelProvince {
			scale = 10
		}
		a.Words = research.Amount{N: g.between(2, 6) * 10000 * scale, Bound: research.Nearly}
		a.Pictures = research.Amount{N: g.between(2, 5) * 100, Bound: research.More}
		a.Sections = g.between(6, 14)
		a.Launch = research.Event{Name: "新书推介会", Dates: lvzhi.OneDay(b.Dates.To)}
	} else {
		a.Status = research.Planned
		a.Board = research.Board{Name: "编撰委员会", Members: b.Members, Established: b.Dates.From}
		a.Meetings = []research.Event{{Name: "编撰工作会议", Dates: lvzhi.OneDay(b.Dates.From.AddDays(min(5, b.Dates.Days()-1)))}}
	}
	return a
}

func (g *gen) groupActivity(b research.Base) research.GroupActivity {
	// Visits to non-public-economy members: each member a few times a
	// year at most.
	if len(g.nonPublic) > 0 && g.chance(0.1) && g.visits < max(4, len(g.nonPublic)/3) {
		g.visits++
		b.Title, b.Members = "走访非公企业政协委员", g.someMembers(2)
		n := min(len(g.nonPublic), g.between(2, 6))
		first := g.intn(len(g.nonPublic))
		a := research.GroupActivity{Base: b, Form: research.FormVisitMembers, NonPublic: true}
		for i := range n {
			a.Visited = append(a.Visited, g.nonPublic[(first+i)%len(g.nonPublic)])
		}
		return a
	}
	gi := g.intn(len(activityGroups))
	groups := []string{activityGroups[gi]}
	pool := g.byGroup[gi]
	if g.chance(0.1) {
		gj := (gi + 1 + g.intn(len(activityGroups)-1)) % len(activityGroups)
		groups = append(groups, activityGroups[gj])
	}
	n := min(len(pool), g.between(3, 8))
	first := g.intn(len(pool))
	for i := range n {
		b.Members = append(b.Members, pool[(first+i)%len(pool)])
	}
	b.Title = pick(g, groupTitles)
	for _, m := range b.Members {
		g.duty(member.Duty{Member: m, Date: b.Dates.From, Kind: member.DutyGroupActivity, Group: groups[0], Ref: string(b.ID)})
	}
	return research.GroupActivity{Base: b, Groups: groups, Form: research.Form(g.between(2, 5)), Place: pick(g, g.forLevel(groupPlaces))}
}

func (g *gen) opinionWork(b research.Base, issue *int) research.OpinionWork {
	b.Dates = g.span(30)
	b.Title = "社情民意信息工作"
	a := research.OpinionWork{Base: b}
	days := b.Dates.Days()
	for range g.between(1, 3) {
		from := g.anyMember()
		day := b.Dates.From.AddDays(g.intn(days))
		a.Clues = append(a.Clues, research.Clues{Channel: research.Channel(g.between(1, 5)), Count: g.between(1, 6),
			Date: day, From: from, Subject: pick(g, issueTitles)})
		g.duty(member.Duty{Member: from, Date: day, Kind: member.DutyOpinionSubmitted, Ref: string(b.ID)})
	}
	// A bulletin comes out about weekly at most, whatever the number of
	// records.
	if g.chance(0.4) && *issue < max(12, g.cfg.Members/20) {
		*issue++
		items := g.between(1, 3)
		is := research.Issue{Number: *issue, Date: b.Dates.To, Items: items}
		for i := range items {
			is.Titles = append(is.Titles, issueTitles[(*issue+i)%len(issueTitles)])
		}
		a.Issues = []research.Issue{is}
		if g.chance(0.3) {
			a.Results = append(a.Results, research.Output{Kind: research.OutputAdopted, Title: is.Titles[0], Date: b.Dates.To, By: g.adopter()})
		}
		if g.chance(0.1) {
			a.Results = append(a.Results, research.Output{Kind: research.OutputInstruction, Title: is.Titles[0], Date: b.Dates.To, By: g.instructor()})
		}
	}
	return a
}
