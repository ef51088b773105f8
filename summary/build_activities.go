package summary

import (
	"slices"

	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
)

// OpinionFacts are the facts of the "opinions" builder: 社情民意 work and
// the meetings of other bodies members took part in.
type OpinionFacts struct {
	Tally research.OpinionTally
	// Channels are the channels clues came in by, in channel order.
	Channels []string
	// Bulletin is the name of the internal bulletin (社情民意).
	Bulletin string
	// Assisted are the meetings the committee helped to hold, Attended
	// those its members attended; Others are other activities of kind
	// 其他 in the period.
	Assisted, Attended []research.Forum
	Others             []research.Other
}

const opinionsTemplate = `{{with .Facts}}{{if .Channels}}通过{{join .Channels}}等渠道征集社情民意，{{end}}共搜集社情民意线索{{.Tally.Clues}}条
{{- if .Tally.Issues}}，编发{{book .Bulletin}}{{.Tally.Issues}}期{{end}}
{{- if .Tally.Adopted}}，被上级采用{{.Tally.Adopted}}条{{end}}
{{- if .Tally.Instructed}}，获领导批示{{.Tally.Instructed}}条{{end}}。
{{- range .Attended}}参加了{{.Host}}{{.Title}}{{if .Report}}，{{.Report}}{{end}}。{{end}}{{end}}`

func buildOpinions(b *Builder, ctx *Context, _ Part) (any, string, error) {
	acts := []research.Activity(b.rec.Activities)
	f := &OpinionFacts{Tally: research.OpinionStats(acts, ctx.Period), Bulletin: "社情民意"}
	var channels []research.Channel
	for _, w := range research.Of[research.OpinionWork](acts, ctx.Period) {
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
		f.Channels = append(f.Channels, c.String())
	}
	for _, fo := range research.Of[research.Forum](acts, ctx.Period) {
		if fo.Assisted {
			f.Assisted = append(f.Assisted, fo)
		} else {
			f.Attended = append(f.Attended, fo)
		}
	}
	f.Others = research.Of[research.Other](acts, ctx.Period)
	return f, opinionsTemplate, nil
}

// ResearchFacts are the facts of the "research" builder.
type ResearchFacts struct {
	// Topics are the topics under way in the period, Key the key ones.
	Topics, Key []research.Topic
	// Stats sums them up by phase.
	Stats research.TopicStats
	// ChosenAt is the 主席会议 that chose the key topics, if one did.
	ChosenAt *session.Session
	// Phase is the least advanced phase the key topics (or all topics
	// when none is key) reached by AsOf.
	Phase research.Phase
	// Inspections are the inspections of the period.
	Inspections []research.Inspection
}

const researchTemplate = `{{with .Facts}}{{if .Key}}{{if .ChosenAt}}经{{.ChosenAt.ShortName}}研究，{{end}}确定{{range .Key}}“{{.Title}}”{{end}}{{if gt (len .Key) 1}}等{{len .Key}}个{{end}}课题为重点调研课题。{{end}}
{{- if .Topics}}{{period $.Period $.Year}}共开展调研课题{{len .Topics}}个{{if .Key}}，其中重点课题{{len .Key}}个{{end}}。{{end}}
{{- if .Inspections}}组织视察{{len .Inspections}}次。{{end}}{{end}}`

func buildResearch(b *Builder, ctx *Context, _ Part) (any, string, error) {
	f := &ResearchFacts{Stats: research.TopicStatsOf(b.rec.Topics, ctx.Period)}
	r := ctx.Period.Range()
	for _, t := range b.rec.Topics {
		if t.Phase() == 0 || t.PhaseOn(r.To) == 0 {
			continue
		}
		f.Topics = append(f.Topics, t)
		if t.Key {
			f.Key = append(f.Key, t)
		}
	}
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
	f.Inspections = research.Of[research.Inspection](b.rec.Activities, ctx.Period)
	return f, researchTemplate, nil
}

// PublicationFacts are the facts of the "publications" builder.
type PublicationFacts struct {
	// Published are the books published in the period, Compiling those
	// being compiled.
	Published, Compiling []research.Publication
}

const publicationsTemplate = `{{with .Facts}}{{range .Published}}{{if not .Launch.IsZero}}{{date .Launch.Dates.From $.Year}}，召开了{{book .Title}}{{.Launch.Name}}。{{end}}{{book .Title}}
{{- if .Words.N}}全书{{.Words.Text "字"}}{{end}}{{if .Pictures.N}}，精选{{.Pictures.Text "张"}}图片{{end}}{{if .Sections}}，共分{{.Sections}}个版块{{end}}。{{end}}
{{- range .Compiling}}编撰{{book .Title}}{{if not .Board.IsZero}}，成立{{.Board.Name}}{{end}}{{range .Meetings}}，{{date .Dates.From $.Year}}召开{{.Name}}{{end}}。{{end}}{{end}}`

func buildPublications(b *Builder, ctx *Context, _ Part) (any, string, error) {
	f := &PublicationFacts{}
	for _, p := range research.Of[research.Publication](b.rec.Activities, ctx.Period) {
		if p.Status == research.Published {
			f.Published = append(f.Published, p)
		} else {
			f.Compiling = append(f.Compiling, p)
		}
	}
	return f, publicationsTemplate, nil
}

// TrainingFacts are the facts of the "training" builder.
type TrainingFacts struct {
	Courses []research.Training
}

const trainingTemplate = `{{with .Facts}}{{range .Courses}}{{daterange .Dates $.Year}}，{{if gt (len .Batches) 1}}分{{len .Batches}}期{{end}}举办{{.Title}}{{if .Host}}，在{{.Host}}进行学习培训{{end}}
{{- if .Lectures}}，就{{range $i, $l := .Lectures}}{{if $i}}、{{end}}{{$l.Topic}}{{end}}等进行了专题讲授{{end}}。{{end}}{{end}}`

func buildTraining(b *Builder, ctx *Context, _ Part) (any, string, error) {
	return &TrainingFacts{Courses: research.Of[research.Training](b.rec.Activities, ctx.Period)}, trainingTemplate, nil
}

// GroupFacts are the facts of the "groups" builder.
type GroupFacts struct {
	// NonPublicVisits is the number of non-public-economy members visited.
	NonPublicVisits int
	// Activities are the group activities of the period other than those
	// visits, in date order; Groups the groups that acted, in the order of
	// their first activity.
	Activities []research.GroupActivity
	Groups     []string
	// Counts is the number of activities of each group, in 姓氏笔画 order
	// of the group names; a joint activity counts for each group.
	Counts []research.GroupCount
}

// groupsTemplate names each activity when there are few, and counts them
// by group otherwise.
const groupsTemplate = `{{with .Facts}}{{if .NonPublicVisits}}{{period $.Period $.Year}}走访了{{.NonPublicVisits}}名非公企业政协委员。{{end}}
{{- if le (len .Activities) 6}}{{range $i, $a := .Activities}}{{if $i}}；{{end}}{{join $a.Groups}}委员{{if $a.Place}}到{{$a.Place}}{{end}}开展{{$a.Title}}{{end}}{{if .Activities}}。{{end}}
{{- else}}各委员活动小组共开展活动{{len .Activities}}次，其中{{range $i, $c := .Counts}}{{if $i}}、{{end}}{{$c.Group}}{{$c.Count}}次{{end}}。{{end}}{{end}}`

func buildGroups(b *Builder, ctx *Context, _ Part) (any, string, error) {
	acts := []research.Activity(b.rec.Activities)
	f := &GroupFacts{NonPublicVisits: research.NonPublicVisits(acts, ctx.Period), Counts: research.CountByGroup(acts, ctx.Period)}
	// Of returns a new slice: the visits are dropped from it in place.
	f.Activities = slices.DeleteFunc(research.Of[research.GroupActivity](acts, ctx.Period), func(g research.GroupActivity) bool {
		return g.NonPublic && len(g.Groups) == 0
	})
	for _, g := range f.Activities {
		f.Groups = appendNew(f.Groups, g.Groups...)
	}
	return f, groupsTemplate, nil
}

// ExchangeFacts are the facts of the "exchanges" builder.
type ExchangeFacts struct {
	// Received are the visits received, Made those made; ReceivedFrom and
	// VisitedTo the committees concerned, in order of first visit, each
	// named once.
	Received, Made          []research.Exchange
	ReceivedFrom, VisitedTo []string
}

// exchangesTemplate names the committees when there are few, and counts
// the visits otherwise.
const exchangesTemplate = `{{with .Facts}}{{if .ReceivedFrom}}接待了{{if le (len .ReceivedFrom) 6}}{{join .ReceivedFrom}}{{else}}{{len .ReceivedFrom}}个政协组织{{end}}来访{{if gt (len .Received) 6}}{{len .Received}}批次{{end}}。{{end}}
{{- if .VisitedTo}}赴{{if le (len .VisitedTo) 6}}{{join .VisitedTo}}{{else}}{{len .VisitedTo}}个政协组织{{end}}考察交流{{if gt (len .Made) 6}}{{len .Made}}次{{end}}。{{end}}{{end}}`

// appendNew appends the names not yet in list.
func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		if !slices.Contains(list, n) {
			list = append(list, n)
		}
	}
	return list
}

func buildExchanges(b *Builder, ctx *Context, _ Part) (any, string, error) {
	all := research.Of[research.Exchange](b.rec.Activities, ctx.Period)
	f := &ExchangeFacts{Received: make([]research.Exchange, 0, len(all))}
	for _, e := range all {
		if e.Direction == research.Received {
			f.Received = append(f.Received, e)
			f.ReceivedFrom = appendNew(f.ReceivedFrom, e.Counterparts...)
		} else {
			f.Made = append(f.Made, e)
			f.VisitedTo = appendNew(f.VisitedTo, e.Counterparts...)
		}
	}
	return f, exchangesTemplate, nil
}
