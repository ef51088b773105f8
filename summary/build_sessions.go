package summary

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/session"
)

func defaultBuilds() map[string]BuildFunc {
	return map[string]BuildFunc{
		"plenary":      buildPlenary,
		"proposals":    buildProposals,
		"opinions":     buildOpinions,
		"research":     buildResearch,
		"publications": buildPublications,
		"training":     buildTraining,
		"groups":       buildGroups,
		"exchanges":    buildExchanges,
	}
}

// PlenaryFacts are the facts of the "plenary" builder.
type PlenaryFacts struct {
	Session session.Session
	// Name is the short name (九届三次会议), Named the name with the
	// committee's short name (区政协九届三次会议).
	Name, Named string
	Dates       lvzhi.DateRange
	// Reviews are the titles of the items heard and reviewed (听取和审议);
	// Consultations those of the items consulted on (协商).
	Reviews, Consultations []string
	// Speeches are the titles of the plenary speeches (大会发言).
	Speeches []string
	// Outcomes are the session's outcomes and those of its items.
	Outcomes []string
}

const plenaryTemplate = `{{with .Facts}}{{.Named}}于{{daterange .Dates $.Year}}召开。
{{- if .Reviews}}会议听取和审议了{{join .Reviews}}{{if .Consultations}}，并就{{join .Consultations}}进行了协商{{end}}。{{end}}
{{- if .Speeches}}会上{{len .Speeches}}位委员作大会发言。{{end}}
{{- range .Outcomes}}{{.}}。{{end}}{{end}}`

// plenarySession finds the plenary of the period, or the session named by
// ref.
func (b *Builder) plenarySession(ctx *Context, ref string) (session.Session, error) {
	if ref != "" {
		for _, s := range b.rec.Sessions {
			if string(s.ID) == ref {
				return s, nil
			}
		}
		return session.Session{}, fmt.Errorf("没有编号为 %s 的会议", ref)
	}
	ps := session.OfKind(b.rec.Sessions, session.KindPlenary, ctx.Period)
	if len(ps) == 0 {
		return session.Session{}, fmt.Errorf("%s内没有全体会议", ctx.Period)
	}
	return ps[0], nil
}

func buildPlenary(b *Builder, ctx *Context, part Part) (any, string, error) {
	s, err := b.plenarySession(ctx, part.Ref)
	if err != nil {
		return nil, "", err
	}
	f := &PlenaryFacts{Session: s, Name: s.ShortName(), Named: s.NameIn(b.rec.Committee), Dates: s.Dates}
	f.Outcomes = append(f.Outcomes, s.Outcomes...)
	for _, it := range s.Agenda {
		switch it.Kind {
		case session.AgendaReview:
			f.Reviews = append(f.Reviews, it.Title)
		case session.AgendaConsult:
			f.Consultations = append(f.Consultations, it.Title)
		}
		for _, sp := range it.Speeches {
			f.Speeches = append(f.Speeches, sp.Title)
		}
		if it.Outcome != "" {
			f.Outcomes = append(f.Outcomes, strings.TrimRight(it.Outcome, "。"))
		}
	}
	return f, plenaryTemplate, nil
}

// ProposalFacts are the facts of the "proposals" builder.
type ProposalFacts struct {
	// Since is the first day counted: the start of the plenary the
	// statistics run from, or of the period; SinceName names that plenary
	// (九届三次会议), empty when counting from the period's start.
	Since     lvzhi.Date
	SinceName string
	// Stats are the statistics of proposals received from Since to AsOf.
	Stats proposal.Statistics
	// RegistrationRate, ClosingRate and SatisfactionRate are the rates,
	// written as percentages ("" when undefined).
	RegistrationRate, ClosingRate, SatisfactionRate string
	// Superior is the committee proposals are forwarded to (市政协).
	Superior string
	// Reviewers are who decided on registration, in order of first
	// decision: 九届九次主席会议.
	Reviewers []string
	// Assigned is the day most proposals were assigned to units, and
	// AssignMeeting the session held that day to assign them (联席会议,
	// 提案交办会), if any.
	Assigned      lvzhi.Date
	AssignMeeting *session.Session
	// Key lists the 重点提案 selected by AsOf, by number.
	Key []*proposal.Proposal
	// KeyTitles are their 案由.
	KeyTitles []string
}

const proposalsTemplate = `{{with .Facts}}{{if .SinceName}}{{.SinceName}}以来{{else}}{{period $.Period $.Year}}{{end}}，共收到提案{{.Stats.Received}}件，经审查立案{{.Stats.Registered}}件
{{- if .Stats.Forwarded}}，其中本级办理{{.Stats.Local}}件，转交{{.Superior}}办理{{.Stats.Forwarded}}件{{end}}。
{{- if .Stats.Assigned}}{{if not .Assigned.IsZero}}{{date .Assigned $.Year}}，{{end}}{{if .AssignMeeting}}召开{{.AssignMeeting.Kind}}，{{end}}将{{.Stats.Assigned}}件提案交承办单位办理。{{end}}
{{- if .KeyTitles}}{{books .KeyTitles}}{{if gt (len .KeyTitles) 1}}等{{len .KeyTitles}}件{{end}}提案列为重点提案。{{end}}
{{- if .Stats.Registered}}截至{{date $.AsOf $.Year}}，已有{{.Stats.HandedOver}}件提案交办完毕{{if .Stats.Closed}}，办结{{.Stats.Closed}}件{{end}}。{{end}}{{end}}`

func buildProposals(b *Builder, ctx *Context, part Part) (any, string, error) {
	f := &ProposalFacts{Since: ctx.Period.Range().From, Superior: b.rec.Committee.Superior}
	if s, err := b.plenarySession(ctx, part.Ref); err == nil {
		f.Since, f.SinceName = s.Dates.From, s.ShortName()
	} else if part.Ref != "" {
		return nil, "", err
	}
	f.Stats = b.proposals.StatisticsSince(f.Since, ctx.AsOf)
	f.RegistrationRate = f.Stats.RegistrationRate().Percent()
	f.ClosingRate = f.Stats.ClosingRate().Percent()
	f.SatisfactionRate = f.Stats.SatisfactionRate().Percent()

	assigned := map[lvzhi.Date]int{}
	for _, p := range b.proposals.Find(proposal.Filter{Submitted: lvzhi.DateRange{From: f.Since, To: ctx.AsOf}}) {
		for _, st := range p.Steps() {
			if st.Date.After(ctx.AsOf) {
				break
			}
			switch st.Action {
			case proposal.ActionRegister, proposal.ActionReject, proposal.ActionMerge, proposal.ActionConvertToSuggestion, proposal.ActionConvertToOpinion:
				if !slices.Contains(f.Reviewers, st.Actor) && st.Actor != "" {
					f.Reviewers = append(f.Reviewers, st.Actor)
				}
			case proposal.ActionAssign:
				assigned[st.Date]++
			}
		}
		if sel, ok := p.Key(); ok && !sel.Date.After(ctx.AsOf) {
			f.Key = append(f.Key, p)
			f.KeyTitles = append(f.KeyTitles, p.Title)
		}
	}
	for _, d := range sortedDates(assigned) {
		if assigned[d] > assigned[f.Assigned] {
			f.Assigned = d
		}
	}
	if !f.Assigned.IsZero() {
		for _, s := range b.rec.Sessions {
			if (s.Kind == session.KindJoint || s.Kind == session.KindAssignment) && s.Dates.Contains(f.Assigned) {
				f.AssignMeeting = &s
				break
			}
		}
	}
	return f, proposalsTemplate, nil
}

func sortedDates(m map[lvzhi.Date]int) []lvzhi.Date {
	ds := make([]lvzhi.Date, 0, len(m))
	for d := range m {
		ds = append(ds, d)
	}
	slices.SortFunc(ds, lvzhi.Date.Compare)
	return ds
}
