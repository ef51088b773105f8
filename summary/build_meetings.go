package summary

import (
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary/digest"
	"github.com/lvzhi-go/lvzhi/zh"
)

// MeetingFacts are the facts of the "meetings" builder: the committee's
// own meetings other than plenaries.
type MeetingFacts struct {
	// Kinds counts the sessions of the period by kind, in kind order:
	// 常委会议, 主席会议, 秘书长会议, 专题协商会, 双月协商座谈会; kinds
	// without a session are left out.
	Kinds []digest.Count
	// Total is the number of those sessions.
	Total int
	// Sessions are the sessions, in date order.
	Sessions []session.Session
	// TopicList names a few of the topics they discussed (the titles of
	// their agenda items and the names of consultation meetings), 常委会议
	// first, then by kind and date, each once.
	TopicList digest.List
}

// meetingKinds are the kinds the "meetings" builder counts, with their
// names in running text.
var meetingKinds = []struct {
	kind session.Kind
	name string
}{
	{session.KindStanding, "常委会议"},
	{session.KindChairs, "主席会议"},
	{session.KindSecretaryGeneral, "秘书长会议"},
	{session.KindThematic, "专题协商会"},
	{session.KindBimonthly, "双月协商座谈会"},
}

func buildMeetings(b *Builder, ctx *Context, part Part) (any, string, error) {
	f := &MeetingFacts{}
	var topics []string
	for _, k := range meetingKinds {
		ss := session.OfKind(b.rec.Sessions, k.kind, ctx.Period)
		if len(ss) == 0 {
			continue
		}
		f.Kinds = append(f.Kinds, digest.Count{Name: k.name, N: len(ss)})
		f.Total += len(ss)
		f.Sessions = append(f.Sessions, ss...)
		for _, s := range ss {
			if !k.kind.Numbered() && s.Name != "" {
				topics = append(topics, meetingTopic(s.Name))
			}
			for _, it := range s.Agenda {
				if it.Kind != session.AgendaSpeech {
					topics = append(topics, it.Title)
				}
			}
		}
	}
	if f.Total == 0 {
		return nil, "", ErrNoFacts
	}
	session.SortByDate(f.Sessions)
	f.TopicList = digest.Names(topics, part.Limit, digest.Plain)
	return f, meetingsTemplate, nil
}

// MemberFacts are the facts of the "members" builder: the composition of
// the committee on AsOf and the changes of the period. A member counts on
// a day unless every post they hold ended before it (members without
// posts always count); a member joined in the period when their first
// post starts in it, and left when their last post ends in it by AsOf.
type MemberFacts struct {
	// Total is the number of members.
	Total int
	// Sectors is the number of sectors they belong to, SectorList names
	// the largest few.
	Sectors    int
	SectorList digest.List
	// CPC counts the members of the Communist Party and NonCPC the others
	// (非中共人士), so that CPC + NonCPC = Total; Democratic (the eight
	// democratic parties) and NonParty (无党派人士) are among NonCPC, and
	// the rest of NonCPC are 群众. CPCShare is CPC's share of Total.
	CPC, NonCPC, Democratic, NonParty int
	CPCShare                          string
	// Women and Minority count women and members of ethnic minorities;
	// WomenShare and MinorityShare are their shares of Total (38.5%).
	Women, Minority           int
	WomenShare, MinorityShare string
	// Joined and Left count the members who joined and left in the period.
	Joined, Left int
}

func buildMembers(b *Builder, ctx *Context, part Part) (any, string, error) {
	f := &MemberFacts{}
	r := ctx.Period.Range()
	var sectors []string
	for _, m := range b.rec.Members {
		first, last, ended := tenureOf(m)
		if !first.IsZero() && r.Contains(first) && !first.After(ctx.AsOf) {
			f.Joined++
		}
		if ended && !last.After(ctx.AsOf) {
			if r.Contains(last) {
				f.Left++
			}
			continue
		}
		if !first.IsZero() && first.After(ctx.AsOf) {
			continue
		}
		f.Total++
		sectors = append(sectors, string(m.Sector))
		if m.Party != member.PartyCPC {
			f.NonCPC++
		}
		switch {
		case m.Party == member.PartyCPC:
			f.CPC++
		case m.Party == member.PartyNonParty:
			f.NonParty++
		case m.Party > member.PartyCPC && m.Party < member.PartyNonParty:
			f.Democratic++
		}
		if m.Gender == member.Female {
			f.Women++
		}
		if m.Ethnicity != "" && m.Ethnicity != member.Han {
			f.Minority++
		}
	}
	if f.Total == 0 {
		return nil, "", ErrNoFacts
	}
	counts := digest.CountBy(sectors, func(s string) []string { return []string{s} })
	f.Sectors = len(counts)
	f.SectorList = digest.Top(counts, part.Limit, nil, func(c digest.Count) string { return c.Name }, digest.Plain)
	f.CPCShare = zh.Percent(f.CPC, f.Total)
	f.WomenShare = zh.Percent(f.Women, f.Total)
	f.MinorityShare = zh.Percent(f.Minority, f.Total)
	return f, membersTemplate, nil
}

// tenureOf returns the first day of m's earliest post and the last day of
// its latest one; ended is false when a post is open-ended or m holds
// none.
func tenureOf(m member.Member) (first, last lvzhi.Date, ended bool) {
	if len(m.Posts) == 0 {
		return lvzhi.Date{}, lvzhi.Date{}, false
	}
	ended = true
	for i, p := range m.Posts {
		if i == 0 || p.Start.Before(first) {
			first = p.Start
		}
		if p.End.IsZero() {
			ended = false
		} else if p.End.After(last) {
			last = p.End
		}
	}
	return first, last, ended
}

// meetingTopic returns the topic of a consultation meeting from its name,
// or "" when the name does not tell: 健全基层社会治理 from
// 关于健全基层社会治理的专题协商会, nothing from 2022年第一次双月协商座谈会.
func meetingTopic(name string) string {
	t, ok := strings.CutPrefix(name, "关于")
	if !ok {
		return ""
	}
	for _, end := range []string{"专题协商会", "协商座谈会", "座谈会", "协商会"} {
		if s, ok := strings.CutSuffix(t, end); ok {
			return strings.TrimSuffix(s, "的")
		}
	}
	return t
}
