package summary

import (
	"cmp"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary/digest"
)

// OpinionFacts are the facts of the "opinions" builder: 社情民意 work and
// the meetings of other bodies members took part in.
type OpinionFacts struct {
	Tally research.OpinionTally
	// Channels are the channels clues came in by, in channel order.
	Channels []string
	// Bulletin is the name of the internal bulletin (社情民意).
	Bulletin string
	// Held are the meetings the committee held itself (their host is the
	// committee), Assisted those of another body it helped to hold,
	// Attended those of another body its members attended; Others are
	// other activities of kind 其他 in the period.
	Held, Assisted, Attended []research.Forum
	Others                   []research.Other
	// HeldList, AssistedList and AttendedList name a few of those meetings
	// (host and title, most frequent first, each once; a meeting named in
	// an earlier list is not named again); OtherList a few of the other
	// activities by title.
	HeldList, AssistedList, AttendedList, OtherList digest.List
	// Adopted counts the items adopted by another body (not the committee
	// itself) when the records name who adopted them or the committee has
	// a superior to adopt them (被上级采用), 0 otherwise: the National
	// Committee reports to no 上级.
	Adopted int
	// AdoptedBy names the bodies that adopted the items, in the records'
	// words, the most frequent first (市政协; 中共中央办公厅、国务院办公厅),
	// or 上级 when the records do not say; InstructedBy is the leader who
	// gave the instructions when the records name one alike for all (县委主
	// 要领导, 中央领导同志), otherwise 领导.
	AdoptedBy    string
	InstructedBy string
}

// forumName is a meeting's name with its host: 市政协社会法制工作座谈会.
func forumName(f research.Forum) string { return f.Host + f.Title }

// forumList names a few meetings, the most frequent first, each with its
// host unless the meeting before it had the same host: 市政协文史工作座谈会、
// 提案工作座谈会.
func forumList(fs []research.Forum, limit int) digest.List {
	l := byFrequency(fs, forumName, limit)
	byName := make(map[string]research.Forum, len(fs))
	for _, f := range fs {
		byName[forumName(f)] = f
	}
	// The meetings that share an ending come first, so that the list can
	// write it once (文史、提案工作座谈会和经济形势分析会) and the host stays
	// at the head.
	ts := make([]string, len(l.Names))
	for i, n := range l.Names {
		ts[i] = byName[n].Title
	}
	if end := digest.SharedEnding(ts); end != "" {
		slices.SortStableFunc(l.Names, func(a, b string) int {
			return cmp.Compare(rankEnding(byName[a].Title, end), rankEnding(byName[b].Title, end))
		})
	}
	hosts := make([]string, len(l.Names))
	for i, n := range l.Names {
		hosts[i] = byName[n].Host
	}
	for i := 1; i < len(l.Names); i++ {
		if h := hosts[i]; h != "" && h == hosts[i-1] {
			l.Names[i] = strings.TrimPrefix(l.Names[i], h)
		}
	}
	return l
}

// rankEnding is 0 for a title with the shared ending, 1 for others.
func rankEnding(title, end string) int {
	if strings.HasSuffix(title, end) && len([]rune(title)) > len([]rune(end))+1 {
		return 0
	}
	return 1
}

// withoutNamed returns the meetings of fs whose name is not among those
// of the earlier lists, so that no meeting is named in two sentences; if
// every one is, it returns fs (the sentence then names them again rather
// than nothing).
func withoutNamed(fs []research.Forum, earlier ...[]research.Forum) []research.Forum {
	named := map[string]bool{}
	for _, l := range earlier {
		for _, f := range l {
			named[forumName(f)] = true
		}
	}
	out := slices.DeleteFunc(slices.Clone(fs), func(f research.Forum) bool { return named[forumName(f)] })
	if len(out) == 0 {
		return fs
	}
	return out
}

// byFrequency returns a List of the names of items, the most frequent
// first (ties in order of first appearance), each once.
func byFrequency[T any](items []T, name func(T) string, limit int) digest.List {
	counts := digest.CountBy(items, func(t T) []string { return []string{name(t)} })
	return digest.Top(counts, limit, nil, func(c digest.Count) string { return c.Name }, digest.Plain)
}

func buildOpinions(b *Builder, ctx *Context, part Part) (any, string, error) {
	acts := []research.Activity(b.rec.Activities)
	f := &OpinionFacts{Tally: research.OpinionStats(acts, ctx.Period), Bulletin: "社情民意"}
	var channels []research.Channel
	works := research.Of[research.OpinionWork](acts, ctx.Period)
	for _, w := range works {
		if w.Bulletin != "" {
			f.Bulletin = w.Bulletin
		}
		for _, c := range w.Clues {
			if !slices.Contains(channels, c.Channel) {
				channels = append(channels, c.Channel)
			}
		}
	}
	slices.Sort(channels)
	for _, c := range channels {
		if n := c.String(); n != "其他" { // 等渠道 covers the others
			f.Channels = append(f.Channels, n)
		}
	}
	self := b.rec.Committee
	adopted, adoptedBy, instructedBy := opinionResults(works, ctx, part.Limit, self.Name, self.ShortName)
	f.AdoptedBy, f.InstructedBy = adoptedBy, instructedBy
	if self.Superior != "" || adoptedBy != "上级" {
		f.Adopted = adopted
	}
	for _, fo := range research.Of[research.Forum](acts, ctx.Period) {
		if fo.Host != "" && (fo.Host == self.ShortName || fo.Host == self.Name) {
			f.Held = append(f.Held, fo)
		} else if fo.Assisted {
			f.Assisted = append(f.Assisted, fo)
		} else {
			f.Attended = append(f.Attended, fo)
		}
	}
	f.Others = research.Of[research.Other](acts, ctx.Period)
	if len(works) == 0 && len(f.Held)+len(f.Assisted)+len(f.Attended)+len(f.Others) == 0 {
		return nil, "", ErrNoFacts
	}
	f.HeldList = forumList(f.Held, part.Limit)
	f.AssistedList = forumList(withoutNamed(f.Assisted, f.Held), part.Limit)
	f.AttendedList = forumList(withoutNamed(f.Attended, f.Held, f.Assisted), part.Limit)
	f.OtherList = byFrequency(f.Others, func(o research.Other) string { return o.Title }, part.Limit).TrimSuffix("活动")
	return f, opinionsTemplate, nil
}

// ResearchFacts are the facts of the "research" builder.
type ResearchFacts struct {
	// Topics are the topics under way in the period, Key the key ones.
	// Every topic counts, also one whose title another topic shares (two
	// teams may study one subject).
	Topics, Key []research.Topic
	// KeyList names a few key topics, TopicList a few topics, key ones
	// first, each title once; their Total counts every topic, so that
	// 等N个 is the number of topics, not of titles.
	KeyList, TopicList digest.List
	// Stats sums them up by phase.
	Stats research.TopicStats
	// ChosenAt is the 主席会议 that chose the key topics, if one did.
	ChosenAt *session.Session
	// Phase is the least advanced phase the key topics (or all topics
	// when none is key) reached by AsOf.
	Phase research.Phase
	// Inspections are the inspections of the period, InspectionList a few
	// of their subjects, most frequent first.
	Inspections    []research.Inspection
	InspectionList digest.List
	// Reports are the topics whose report was submitted (报送) in the
	// period, by AsOf; SubmittedTo is where they went when the records
	// say so alike for all (县委、县政府, from the 报送 step's note
	// "报送县委、县政府"), else empty.
	Reports     []research.Topic
	SubmittedTo string
	// Instructions are the leaders' instructions (批示) on the topics
	// given in the period, by AsOf; InstructedList names a few of the
	// reports instructed on (《…》), each title once, and its Total counts
	// the topics whose report was instructed on; InstructedBy is
	// the leader when all instructions name the same one (县委主要领导),
	// else 有关领导.
	Instructions   []research.Output
	InstructedList digest.List
	InstructedBy   string
	// Work names the work in running text: 调研视察 when inspections were
	// recorded, 调研 otherwise, so that no sentence claims a 视察 the
	// records do not hold.
	Work string
}

func buildResearch(b *Builder, ctx *Context, part Part) (any, string, error) {
	f := &ResearchFacts{Stats: research.TopicStatsOf(b.rec.Topics, ctx.Period), Work: "调研"}
	r := ctx.Period.Range()
	for _, t := range b.rec.Topics {
		// Topics finished (成果转化) before the period are not under way in
		// it, as research.TopicStatsOf counts them.
		if t.Phase() == 0 || t.PhaseOn(r.To) == 0 || t.PhaseOn(r.From.AddDays(-1)) == research.PhaseApplied {
			continue
		}
		f.Topics = append(f.Topics, t)
		if t.Key {
			f.Key = append(f.Key, t)
		}
	}
	f.Inspections = research.Of[research.Inspection](b.rec.Activities, ctx.Period)
	if len(f.Topics) == 0 && len(f.Inspections) == 0 {
		return nil, "", ErrNoFacts
	}
	if len(f.Inspections) > 0 {
		f.Work = "调研视察"
	}
	title := func(t research.Topic) string { return t.Title }
	// The lists name each title once but count every topic.
	f.KeyList = digest.Top(f.Key, part.Limit, nil, title, digest.Quote)
	f.KeyList.Total = len(f.Key)
	f.TopicList = digest.Top(f.Topics, part.Limit, func(a, b research.Topic) int {
		switch {
		case a.Key == b.Key:
			return 0
		case a.Key:
			return -1
		}
		return 1
	}, title, digest.Quote)
	f.TopicList.Total = len(f.Topics)
	f.InspectionList = byFrequency(f.Inspections, func(i research.Inspection) string { return i.Subject }, part.Limit)
	focus := f.Key
	if len(focus) == 0 {
		focus = f.Topics
	}
	for i, t := range focus {
		if p := t.PhaseOn(ctx.AsOf); i == 0 || p < f.Phase {
			f.Phase = p
		}
		if f.ChosenAt == nil && t.Key && t.ChosenAt != "" {
			for _, s := range b.rec.Sessions {
				if s.ID == t.ChosenAt {
					f.ChosenAt = &s
					break
				}
			}
		}
	}
	f.results(ctx, resolveLimit(part.Limit))
	return f, researchTemplate, nil
}

// results gathers the reports submitted and the instructions given in the
// period, by AsOf, on the topics under way.
func (f *ResearchFacts) results(ctx *Context, limit int) {
	r := ctx.Period.Range()
	to := minDate(r.To, ctx.AsOf)
	var notes, titles []string
	instructed := 0 // topics with an instruction
	for _, t := range f.Topics {
		for _, st := range t.History {
			if st.Phase == research.PhaseSubmitted && !st.Date.Before(r.From) && !st.Date.After(to) {
				f.Reports = append(f.Reports, t)
				notes = append(notes, st.Note)
				break
			}
		}
		on := false
		for _, o := range t.Outputs {
			if o.Kind != research.OutputInstruction || o.Date.Before(r.From) || o.Date.After(to) {
				continue
			}
			f.Instructions = append(f.Instructions, o)
			on = true
			if !slices.Contains(titles, o.Title) {
				titles = append(titles, o.Title)
			}
		}
		if on {
			instructed++
		}
	}
	if n := sameOr(notes, ""); strings.HasPrefix(n, "报送") {
		f.SubmittedTo = strings.TrimPrefix(n, "报送")
	}
	// A report named after a topic the sentence has just named is not
	// named again (确定“甲”“乙”等8个课题… 其中《甲调研报告》…): the
	// count says enough.
	titles = slices.DeleteFunc(titles, func(t string) bool {
		return slices.ContainsFunc(f.KeyList.Names, func(k string) bool { return k != "" && strings.Contains(t, k) })
	})
	f.InstructedList = digest.Names(titles, limit, digest.Book)
	f.InstructedList.Total = instructed
	bys := make([]string, len(f.Instructions))
	for i, o := range f.Instructions {
		bys[i] = o.By
	}
	f.InstructedBy = sameOr(bys, "有关领导")
}

// opinionResults returns how many of the period's 社情民意 items another
// body adopted (the committee itself, one of self, is no adopter to
// report), who adopted them (the bodies the records name, most frequent
// first, up to limit, joined with 、; 上级 when they name none) and who
// instructed on them (the leader the records name alike for every
// instruction, otherwise 领导).
func opinionResults(works []research.OpinionWork, ctx *Context, limit int, self ...string) (adopted int, adoptedBy, instructedBy string) {
	var adopters, leaders []string
	for _, w := range works {
		for _, o := range w.ResultsIn(ctx.Period) {
			switch {
			case o.Kind == research.OutputAdopted && !slices.Contains(self, o.By):
				adopted++
				if o.By != "" {
					adopters = append(adopters, o.By)
				}
			case o.Kind == research.OutputInstruction:
				leaders = append(leaders, o.By)
			}
		}
	}
	adoptedBy = "上级"
	if len(adopters) > 0 {
		l := byFrequency(adopters, func(s string) string { return s }, limit)
		adoptedBy = l.Joined()
		if l.More() > 0 {
			adoptedBy += "等"
		}
	}
	return adopted, adoptedBy, sameOr(leaders, "领导")
}

// sameOr returns the name every one of names gives, or otherwise when
// they differ, one is empty or there are none: the leader who gave all
// the instructions (县委主要领导), else 领导 or 有关领导.
func sameOr(names []string, otherwise string) string {
	if len(names) == 0 || names[0] == "" {
		return otherwise
	}
	for _, n := range names[1:] {
		if n != names[0] {
			return otherwise
		}
	}
	return names[0]
}
