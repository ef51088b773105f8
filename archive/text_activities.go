package archive

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi/member"
)

// opinionsText writes the 社情民意 items reported, adopted and given a
// leader's instruction.
func (p *Profile) opinionsText() []string {
	sub := Units(p.Opinions, member.DutyOpinionSubmitted)
	adopted := Units(p.Opinions, member.DutyOpinionAdopted)
	endorsed := Units(p.Opinions, member.DutyOpinionEndorsed)
	if sub+adopted+endorsed == 0 {
		return nil
	}
	var c []string
	if sub > 0 {
		var subjects []string
		for _, e := range p.Opinions {
			if e.Kind == member.DutyOpinionSubmitted {
				subjects = append(subjects, subject(e.Title))
			}
		}
		s := fmt.Sprintf("报送社情民意信息%d条", sub)
		if names := unique(subjects); len(names) > 0 {
			s += "，内容涉及" + few(names)
		}
		c = append(c, s)
	}
	if adopted > 0 {
		c = append(c, fmt.Sprintf("被采用%d条", adopted))
	}
	if endorsed > 0 {
		c = append(c, fmt.Sprintf("获领导批示%d条", endorsed))
	}
	return []string{strings.Join(c, "；") + "。"}
}

// subject shortens the subject of a 社情民意 item to its matter:
// 关于关爱农村留守儿童的建议 becomes 关爱农村留守儿童.
func subject(s string) string {
	if t, ok := strings.CutPrefix(s, "关于"); ok {
		for _, tail := range []string{"的建议", "的反映", "的意见", "的情况"} {
			if u, ok := strings.CutSuffix(t, tail); ok && u != "" {
				return u
			}
		}
	}
	return s
}

// speechesText writes the speeches with their sessions and titles, in
// the wording of an official record: 在九届三次会议上就第4号提案作大会发言
// for a speech on one of the member's proposals (already named under
// 提交提案, so given by its number rather than by its title again),
// 在九届三次会议上作题为《…》的大会发言 for another; a single speech takes
// no count. Several are counted, then listed, a session named once for
// the speeches made at it: 在九届三次会议上作大会发言2次：就第4号提案发言；
// 作题为《…》的发言.
func (p *Profile) speechesText() []string {
	if len(p.Speeches) == 0 {
		return nil
	}
	n := Units(p.Speeches, member.DutySpeech)
	at := func(where string) string {
		if where != "" {
			return "在" + where + "上"
		}
		return ""
	}
	// what writes what a speech was about, with the verb: 发言 or 大会发言.
	what := func(e Entry, verb string) string {
		for _, pe := range p.Proposals {
			if pr := pe.Proposal; e.Title != "" && pr.Title == e.Title && pr.Number > 0 {
				if verb == "发言" {
					return "就" + pr.Label() + "提案发言"
				}
				return "就" + pr.Label() + "提案作" + verb
			}
		}
		if e.Title != "" {
			return "作题为" + bookTitle(e.Title) + "的" + verb
		}
		return "作" + verb
	}
	if len(p.Speeches) == 1 {
		e := p.Speeches[0]
		if n == 1 {
			return []string{at(e.Where) + what(e, "大会发言") + "。"}
		}
		return []string{at(e.Where) + what(e, fmt.Sprintf("大会发言%d次", n)) + "。"}
	}
	same := true
	for _, e := range p.Speeches[1:] {
		same = same && e.Where == p.Speeches[0].Where
	}
	var c []string
	for i, e := range p.Speeches {
		where := at(e.Where)
		if same || i > 0 && e.Where == p.Speeches[i-1].Where {
			where = ""
		}
		c = append(c, where+what(e, "发言"))
	}
	lead := ""
	if same {
		lead = at(p.Speeches[0].Where)
	}
	return []string{fmt.Sprintf("%s作大会发言%d次：%s。", lead, n, strings.Join(c, "；"))}
}

// studiesHeading names the section of research and inspections after
// what it holds: 参加调研, 参加视察 or, with both, 参加调研视察. 视察 is
// written only where one was recorded.
func (p *Profile) studiesHeading() string {
	research, inspections := len(p.Research) > 0, len(p.Inspections) > 0
	switch {
	case research && inspections:
		return "参加调研视察"
	case inspections:
		return "参加视察"
	}
	return "参加调研"
}

// studiesText writes the research topics and the inspections: one topic
// as 牵头开展（参加）“…”课题调研, several with their count.
func (p *Profile) studiesText() []string {
	var c []string
	if n := Units(p.Research, member.DutyResearch); n > 0 {
		var led, joined []string
		for _, e := range p.Research {
			if e.Lead {
				led = append(led, "“"+e.Title+"”")
			} else {
				joined = append(joined, "“"+e.Title+"”")
			}
		}
		led, joined = unique(led), unique(joined)
		switch {
		case n == 1 && len(led) == 1 && len(joined) == 0:
			c = append(c, "牵头开展"+led[0]+"课题调研")
		case n == 1 && len(joined) == 1 && len(led) == 0:
			c = append(c, "参加"+joined[0]+"课题调研")
		default:
			var what []string
			if len(led) > 0 {
				what = append(what, "牵头"+few(led)+"课题")
			}
			if len(joined) > 0 {
				what = append(what, "参加"+few(joined)+"课题")
			}
			c = append(c, fmt.Sprintf("参加课题调研%d次", n)+paren(what...))
		}
	}
	if n := Units(p.Inspections, member.DutyInspection); n > 0 {
		c = append(c, fmt.Sprintf("参加视察%d次", n)+including(titles(p.Inspections), n))
	}
	if len(c) == 0 {
		return nil
	}
	return []string{strings.Join(c, "；") + "。"}
}

// including names the activities behind a count of n: the one in
// parentheses, or a few of several after 包括.
func including(names []string, n int) string {
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1 && n == 1:
		return "（" + names[0] + "）"
	case len(names) == 1:
		return "，均为" + names[0]
	}
	return "，包括" + few(names)
}

// titles returns the distinct titles of entries.
func titles(es []Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Title)
	}
	return unique(out)
}

// groupText writes the group activities, by group when there are several.
func (p *Profile) groupText() []string {
	n := Units(p.GroupActivities, member.DutyGroupActivity)
	if n == 0 {
		return nil
	}
	var groups []string
	count := map[string]int{}
	for _, e := range p.GroupActivities {
		if count[e.Where] == 0 {
			groups = append(groups, e.Where)
		}
		count[e.Where] += e.Units
	}
	s := fmt.Sprintf("参加委员小组活动%d次", n)
	if len(groups) > 1 {
		var by []string
		for _, g := range groups {
			by = append(by, fmt.Sprintf("%s%d次", g, count[g]))
		}
		s += "（" + strings.Join(by, "、") + "）"
	}
	return []string{s + including(titles(p.GroupActivities), n) + "。"}
}

// othersText writes the other activities.
func (p *Profile) othersText() []string {
	n := Units(p.Others, member.DutyOther)
	if n == 0 {
		return nil
	}
	return []string{fmt.Sprintf("参加其他履职活动%d次", n) + including(titles(p.Others), n) + "。"}
}

// publicationsText writes the 文史 books the member worked on, the
// member's part in each as the records give it: 参与《…》编辑出版 for the
// team of a published book, 参与《…》编撰 for that of a book being
// compiled, 任《…》编撰委员会委员 for a member of its editorial board. Books
// in which the member had the same part share one clause: 参与《甲》《乙》编辑出版.
func (p *Profile) publicationsText() []string {
	var parts []string
	books := map[string][]string{}
	for _, e := range p.Publications {
		part := "参与\x00编撰"
		switch {
		case e.Board != "":
			part = "任\x00" + e.Board + "委员"
		case e.Published:
			part = "参与\x00编辑出版"
		}
		t := bookTitle(e.Title)
		if _, ok := books[part]; !ok {
			parts = append(parts, part)
		}
		if !slices.Contains(books[part], t) {
			books[part] = append(books[part], t)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	c := make([]string, len(parts))
	for i, part := range parts {
		c[i] = strings.Replace(part, "\x00", strings.Join(books[part], ""), 1)
	}
	return []string{strings.Join(c, "；") + "。"}
}
