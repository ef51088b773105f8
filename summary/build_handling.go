package summary

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/summary/digest"
)

// HandlingFacts are the facts of the "handling" builder: how the
// proposals submitted in the period were handled by the 承办单位, up to
// the as-of day.
type HandlingFacts struct {
	// Stats are the statistics of the proposals submitted in the period.
	Stats proposal.Statistics
	// Table is the handling table per unit (提案办理情况统计表); its
	// Table method lays it out for an attachment.
	Table proposal.HandlingTable
	// LeadUnits counts the units leading at least one proposal (交由11家
	// 单位主办); TopUnits names those with the most, in that order.
	LeadUnits int
	TopUnits  digest.List
	// Plenary and Regular count the 大会提案 and 平时提案 received;
	// ByMembers counts those members submitted (个人提案 and 联名提案) and
	// Collective the 集体提案, so that a summary that quotes the members'
	// proposals beside the total can say what makes up the rest (共收到
	// 提案198件，其中委员提案179件、集体提案19件).
	Plenary, Regular      int
	ByMembers, Collective int
	// Supervisors are the leaders who supervised (督办) proposals.
	Supervisors []string
	// Grades counts the replies of the current round by grade, in the
	// order of the grade scheme; Replies is their total.
	Grades  []GradeShare
	Replies int
	// ClosingRate and SatisfactionRate are the exact rates.
	ClosingRate, SatisfactionRate proposal.Rate
}

// GradeShare is the number of replies of one grade.
type GradeShare struct {
	// Grade is the letter, Name its meaning in the committee's scheme.
	Grade proposal.Grade
	Name  string
	Count int
}

// handlingTemplate is the default wording of "handling".
const handlingTemplate = `{{with .Facts}}{{if .Stats.Registered}}{{period $.Period $.Year}}立案的{{.Stats.Registered}}件提案
{{- if and .Plenary .Regular}}（收到大会提案{{.Plenary}}件、平时提案{{.Regular}}件）{{end}}
{{- if .LeadUnits}}，交由{{.LeadUnits}}家单位主办{{if gt .TopUnits.Total 3}}，其中{{.TopUnits.Joined}}承办件数较多{{end}}{{end}}。{{end}}
{{- if .Supervisors}}{{len .Supervisors}}位政协领导领衔督办重点提案{{.Stats.Key}}件。{{end}}
{{- if .Stats.Assigned}}截至{{date $.AsOf $.Year}}，已答复{{.Stats.Replied}}件，办结{{.Stats.Closed}}件
{{- if .ClosingRate.OK}}，办结率{{percent .ClosingRate}}{{with $.Prev}}{{if .ClosingRate.OK}}，{{comparerate .ClosingRate $.Facts.ClosingRate $.Against}}{{end}}{{end}}{{end}}。{{end}}
{{- if .Replies}}答复中，{{range $i, $g := .Grades}}{{if $i}}，{{end}}{{$g.Grade}}类（{{$g.Name}}）{{$g.Count}}件{{end}}。{{end}}
{{- if .SatisfactionRate.OK}}委员对办理工作的满意和基本满意率为{{percent .SatisfactionRate}}
{{- with $.Prev}}{{if .SatisfactionRate.OK}}，{{comparerate .SatisfactionRate $.Facts.SatisfactionRate $.Against}}{{end}}{{end}}。{{end}}{{end}}`

func buildHandling(b *Builder, ctx *Context, part Part) (any, string, error) {
	within := ctx.Period.Range()
	f := &HandlingFacts{
		Stats: b.proposals.Statistics(within, ctx.AsOf),
		Table: b.proposals.Handling(within, ctx.AsOf),
	}
	if f.Stats.Received == 0 {
		return nil, "", fmt.Errorf("提案办理%w", ErrNoFacts)
	}
	f.LeadUnits = f.Table.LeadUnits()
	var leads []proposal.UnitHandling
	for _, u := range f.Table.Units {
		if u.Lead > 0 {
			leads = append(leads, u)
		}
	}
	f.TopUnits = digest.Top(leads, min(resolveLimit(part.Limit), 3), func(a, b proposal.UnitHandling) int { return b.Lead - a.Lead },
		func(u proposal.UnitHandling) string { return u.Unit }, digest.Plain)
	ps := b.proposals.Find(proposal.Filter{Submitted: lvzhi.DateRange{From: within.From, To: minDate(within.To, ctx.AsOf)}})
	for _, c := range proposal.CountByKind(ps) {
		if c.Kind == proposal.Plenary {
			f.Plenary += c.Count
		} else {
			f.Regular += c.Count
		}
	}
	for _, p := range ps {
		if p.Submitter.Kind == proposal.Collective {
			f.Collective++
		} else {
			f.ByMembers++
		}
	}
	f.Supervisors = proposal.Supervisors(ps, ctx.AsOf)
	for i, g := range f.Table.Grades {
		f.Grades = append(f.Grades, GradeShare{Grade: g.Grade, Name: g.Name, Count: f.Table.Total.Grades[i]})
		f.Replies += f.Table.Total.Grades[i]
	}
	f.ClosingRate = f.Stats.ClosingRate()
	f.SatisfactionRate = f.Stats.SatisfactionRate()
	return f, handlingTemplate, nil
}

func minDate(a, b lvzhi.Date) lvzhi.Date {
	if b.IsZero() || a.Before(b) {
		return a
	}
	return b
}
