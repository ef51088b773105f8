package summary

import (
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary/digest"
)

// PublicationFacts are the facts of the "publications" builder.
type PublicationFacts struct {
	// Published are the books published in the period, Compiling those
	// being compiled; a title recorded twice is kept once (the first
	// record).
	Published, Compiling []research.Publication
	// PublishedList and CompilingList name a few of them.
	PublishedList, CompilingList digest.List
	// Launches counts the launch events (新书推介会) and EditMeetings the
	// editorial meetings of every record of the period; Boards counts the
	// books with an editorial board, each title once.
	Launches, Boards, EditMeetings int
}

func buildPublications(b *Builder, ctx *Context, part Part) (any, string, error) {
	f := &PublicationFacts{}
	seen := map[string]bool{}
	for _, p := range research.Of[research.Publication](b.rec.Activities, ctx.Period) {
		if !p.Launch.IsZero() {
			f.Launches++
		}
		f.EditMeetings += len(p.Meetings)
		if seen[p.Title] {
			continue
		}
		seen[p.Title] = true
		if !p.Board.IsZero() {
			f.Boards++
		}
		if p.Status == research.Published {
			f.Published = append(f.Published, p)
		} else {
			f.Compiling = append(f.Compiling, p)
		}
	}
	if len(f.Published)+len(f.Compiling) == 0 {
		return nil, "", ErrNoFacts
	}
	title := func(p research.Publication) string { return p.Title }
	f.PublishedList = digest.Top(f.Published, part.Limit, nil, title, digest.Book)
	f.CompilingList = digest.Top(f.Compiling, part.Limit, nil, title, digest.Book)
	return f, publicationsTemplate, nil
}

// TrainingFacts are the facts of the "training" builder.
type TrainingFacts struct {
	Courses []research.Training
	// CourseList names a few courses by title, the most frequent first;
	// HostList a few of the institutions that ran them; LectureList a few
	// lecture topics, each once.
	CourseList, HostList, LectureList digest.List
	// Batches is the number of batches (期) of all courses, a course
	// without batches counting as one; Trainees the number of members
	// taking part, summed over the courses (人次).
	Batches, Trainees int
}

func buildTraining(b *Builder, ctx *Context, part Part) (any, string, error) {
	f := &TrainingFacts{Courses: research.Of[research.Training](b.rec.Activities, ctx.Period)}
	if len(f.Courses) == 0 {
		return nil, "", ErrNoFacts
	}
	var lectures []string
	for _, c := range f.Courses {
		f.Batches += max(len(c.Batches), 1)
		f.Trainees += len(c.Members)
		for _, l := range c.Lectures {
			lectures = append(lectures, l.Topic)
		}
	}
	f.CourseList = byFrequency(f.Courses, func(c research.Training) string { return c.Title }, part.Limit)
	f.HostList = byFrequency(f.Courses, func(c research.Training) string { return c.Host }, part.Limit)
	f.LectureList = byFrequency(lectures, func(s string) string { return s }, part.Limit)
	return f, trainingTemplate, nil
}
