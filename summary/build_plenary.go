package summary

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary/digest"
)

func defaultBuilds() map[string]BuildFunc {
	return map[string]BuildFunc{
		"plenary":      buildPlenary,
		"proposals":    buildProposals,
		"meetings":     buildMeetings,
		"members":      buildMembers,
		"opinions":     buildOpinions,
		"research":     buildResearch,
		"publications": buildPublications,
		"training":     buildTraining,
		"groups":       buildGroups,
		"exchanges":    buildExchanges,
		// Figures that combine records: build_participation.go, build_handling.go.
		"participation": buildParticipation,
		"handling":      buildHandling,
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
	// Consultations those of the items consulted on (协商). ReviewText
	// joins the reviews, writing a shared opening once (see
	// [digest.JoinShared]).
	Reviews, Consultations []string
	ReviewText             string
	// Speeches are the titles of the plenary speeches (大会发言).
	Speeches []string
	// SpeechList names a few of them, in agenda order.
	SpeechList digest.List
	// Outcomes are the session's outcomes and those of its items;
	// OutcomeText joins them into one clause without final punctuation,
	// opening with 会议 unless the first names its subject (大会, 全会 …).
	Outcomes    []string
	OutcomeText string
}

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
		return session.Session{}, fmt.Errorf("%s内没有全体会议：%w", ctx.Period, ErrNoFacts)
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
	f.SpeechList = digest.Names(f.Speeches, part.Limit, digest.Book)
	f.ReviewText = digest.JoinShared(f.Reviews)
	if len(f.Outcomes) > 0 {
		f.OutcomeText = strings.Join(f.Outcomes, "，")
		if !hasSubject(f.OutcomeText) {
			f.OutcomeText = "会议" + f.OutcomeText
		}
	}
	return f, plenaryTemplate, nil
}

// hasSubject reports whether a clause about a meeting opens with the
// meeting as its subject.
func hasSubject(clause string) bool {
	for _, s := range []string{"大会", "会议", "全会", "本次会议"} {
		if strings.HasPrefix(clause, s) {
			return true
		}
	}
	return false
}
