package archive

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/zh"
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
			return "作题为" + zh.BookTitle(e.Title) + "的" + verb
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
// written only where one was recorded, and 调研 only where a team had been
// in the field by the end of the period: teams that only prepared make
// the section 参加调研课题 (参加调研课题和视察 with inspections).
func (p *Profile) studiesHeading() string {
	topics, inspections := len(p.Research) > 0, len(p.Inspections) > 0
	fieldwork := slices.ContainsFunc(p.Research, func(e Entry) bool { return e.Phase >= research.PhaseFieldwork })
	switch {
	case topics && !fieldwork && inspections:
		return "参加调研课题和视察"
	case topics && !fieldwork:
		return "参加调研课题"
	case topics && inspections:
		return "参加调研视察"
	case inspections:
		return "参加视察"
	}
	return "参加调研"
}

// studiesText writes the research topics and the inspections. A topic is
// written by the phase it had reached by the end of the period (see
// [Entry].Phase): 牵头开展（参加）“…”课题调研 once the team has been in the
// field, 牵头（参加）“…”课题组，组织（参与）前期查阅资料、… while it was
// preparing (the 准备 step's note, or 前期准备), 牵头（参加）“…”课题组，
// 课题已立项 before that. Membership of the team earns the scheme's points
// for 参加调研 either way; the prose claims no 调研 the records do not show.
// More than three topics are counted with a few named.
func (p *Profile) studiesText() []string {
	var c []string
	if n := Units(p.Research, member.DutyResearch); n > 0 {
		var topics []Entry
		for _, e := range p.Research {
			if !slices.ContainsFunc(topics, func(x Entry) bool { return x.Title == e.Title }) {
				topics = append(topics, e)
			}
		}
		if len(topics) <= 3 {
			for _, e := range topics {
				c = append(c, p.topicText(e))
			}
		} else {
			var led, joined []string
			for _, e := range topics {
				if e.Lead {
					led = append(led, "“"+e.Title+"”")
				} else {
					joined = append(joined, "“"+e.Title+"”")
				}
			}
			var what []string
			if len(led) > 0 {
				what = append(what, "牵头"+few(led)+"课题")
			}
			if len(joined) > 0 {
				what = append(what, "参加"+few(joined)+"课题")
			}
			c = append(c, fmt.Sprintf("参加调研课题组%d个", len(topics))+paren(what...))
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

// topicText writes one research topic by its phase at the end of the
// period (see [Profile.studiesText]).
func (p *Profile) topicText(e Entry) string {
	title := "“" + e.Title + "”"
	lead, take := "参加", "参与"
	if e.Lead {
		lead, take = "牵头", "组织"
	}
	switch {
	case e.Phase >= research.PhaseFieldwork && e.Lead:
		return "牵头开展" + title + "课题调研"
	case e.Phase >= research.PhaseFieldwork:
		return "参加" + title + "课题调研"
	case e.Phase == research.PhasePreparing:
		what := "准备"
		if note := strings.TrimSpace(p.preparation[e.Ref]); note != "" {
			what = strings.TrimSuffix(note, "。")
		}
		return lead + title + "课题组，" + take + "前期" + what
	}
	return lead + title + "课题组，课题已立项"
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

// groupText writes the group activities by what was done and the groups
// that held them, the groups named once when they are the same for all:
// 参加社会组、科技组联合开展的校企合作项目调研; 参加科技组螺蛳粉产业数字化转型调研
// 和到柳州工业博物馆参观学习，共2次. The heading 参加委员小组活动 is not said
// again.
func (p *Profile) groupText() []string {
	n := Units(p.GroupActivities, member.DutyGroupActivity)
	if n == 0 {
		return nil
	}
	host := func(e Entry) string {
		switch len(e.Groups) {
		case 0:
			return ""
		case 1:
			return e.Groups[0]
		}
		return strings.Join(e.Groups, "、") + "联合开展的"
	}
	same := true
	for _, e := range p.GroupActivities[1:] {
		same = same && host(e) == host(p.GroupActivities[0])
	}
	verb := "参加"
	if same {
		verb += host(p.GroupActivities[0])
	}
	var names []string
	for _, e := range p.GroupActivities {
		if same {
			names = append(names, e.Title)
		} else {
			names = append(names, host(e)+e.Title)
		}
	}
	return []string{listed(verb, names, n) + "。"}
}

// othersText writes the other activities by their names (参加常委学习班;
// 参加甲、乙、丙等活动5次), without saying the heading 参加其他活动 again.
func (p *Profile) othersText() []string {
	n := Units(p.Others, member.DutyOther)
	if n == 0 {
		return nil
	}
	return []string{listed("参加", titles(p.Others), n) + "。"}
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
		t := zh.BookTitle(e.Title)
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

// activityName names a group activity in running text by what was done:
// its title without a closing 活动 (校企合作项目调研活动 → 校企合作项目调研),
// and a title that only names the form (参观学习活动) by the place instead:
// 到柳州工业博物馆参观学习.
func activityName(a research.GroupActivity) string {
	name := strings.TrimSpace(a.Title)
	if t := strings.TrimSuffix(name, "活动"); t != "" {
		name = t
	}
	if a.Place != "" && a.Form.IsValid() && name == a.Form.String() {
		return "到" + a.Place + name
	}
	return name
}

// hostGroups returns the groups that held a group activity, the member's
// own group first.
func hostGroups(a research.GroupActivity, own string) []string {
	out := []string{}
	if own != "" && slices.Contains(a.Groups, own) {
		out = append(out, own)
	}
	for _, g := range a.Groups {
		if !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// listed writes n activities by their names after a verb: the one named
// alone (参加常委学习班); all of several named with their count
// (参加甲和乙，共2次); a few of more with 等 and the count
// (参加甲、乙、丙等活动5次). Nothing counts what a list names in full as 包括.
func listed(verb string, names []string, n int) string {
	names = unique(names)
	switch {
	case len(names) == 0:
		return fmt.Sprintf("%s活动%d次", verb, n)
	case len(names) == 1 && n == 1:
		return verb + names[0]
	case len(names) == n && n <= 3:
		return fmt.Sprintf("%s%s和%s，共%d次", verb, strings.Join(names[:n-1], "、"), names[n-1], n)
	case len(names) > 3:
		names = names[:3]
	}
	return fmt.Sprintf("%s%s等活动%d次", verb, strings.Join(names, "、"), n)
}
