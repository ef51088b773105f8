package summary

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/zh"
)

// diagnosisRules lists the rules in order.
func diagnosisRules() []rule {
	return []rule{
		{id: "group-imbalance", check: checkGroupImbalance},
		{id: "sector-silent", check: checkSectorSilent},
		{id: "proposals-overdue", check: checkProposalsOverdue},
		{id: "proposals-unanswered", check: checkProposalsUnanswered},
		{id: "low-satisfaction", check: checkLowSatisfaction},
		{id: "topics-behind", check: checkTopicsBehind},
		{id: "members-inactive", check: checkMembersInactive}, // diagnose_participation.go
	}
}

// progress returns the part of period up to asOf: the days whose records
// count as done when the diagnosis is made. ok is false when asOf lies
// before the period.
func progress(period lvzhi.Period, asOf lvzhi.Date) (lvzhi.Period, bool) {
	r := period.Range()
	if r.IsZero() || asOf.Before(r.From) {
		return lvzhi.Period{}, false
	}
	if asOf.Before(r.To) {
		r.To = asOf
		return lvzhi.Custom(r), true
	}
	return period, true
}

// checkGroupImbalance finds activity groups whose numbers of activities in
// the period differ too much. A group's activities are the
// [research.GroupActivity] records naming it that start in the period and
// not after asOf (a joint activity counts for each of its groups); groups
// of the roster without an activity count with 0. The spread is measured
// by [member.GroupBalance] with opts.Imbalance. Evidence lists every group
// with its count, groups in 姓氏笔画 order of their names.
func checkGroupImbalance(b *Builder, period lvzhi.Period, asOf lvzhi.Date, opts DiagnoseOptions) (Diagnosis, bool) {
	done, ok := progress(period, asOf)
	if !ok {
		return Diagnosis{}, false
	}
	counts := make(map[string]int)
	for _, g := range b.roster.Groups(done.Range()) {
		counts[g] = 0
	}
	for _, c := range research.CountByGroup(b.rec.Activities, done) {
		counts[c.Group] += c.Count
	}
	if len(counts) < 2 {
		return Diagnosis{}, false
	}
	tallies := make([]member.GroupTally, 0, len(counts))
	for _, g := range sortedKeys(counts) {
		tallies = append(tallies, member.GroupTally{Group: g, Activities: counts[g]})
	}
	zh.SortByStroke(tallies, func(t member.GroupTally) string { return t.Group })
	bal := member.GroupBalance(tallies, opts.Imbalance)
	if !bal.Unbalanced {
		return Diagnosis{}, false
	}
	d := Diagnosis{
		Shortcoming: "委员活动小组开展工作不平衡",
		Improvement: "推动各委员活动小组制定并落实年度活动计划，加强对活动较少小组的指导，促进各小组均衡开展活动。",
	}
	for _, t := range bal.Groups {
		d.Evidence = append(d.Evidence, fmt.Sprintf("%s开展活动%d次", t.Group, t.Activities))
	}
	return d, true
}

// checkSectorSilent finds the sectors with at least opts.MinSectorMembers
// members (default 1) from which no proposal came in the period, when
// proposals came at all. A proposal submitted in the period by asOf comes
// from a sector when its recorded Sector names it, when any member among
// its submitters belongs to it on the roster (so every signer of a joint
// proposal counts), or when it is a collective proposal under the
// sector's name. Evidence lists the silent sectors in the roster's sector
// order: 教育界（3名委员）未提交提案.
func checkSectorSilent(b *Builder, period lvzhi.Period, asOf lvzhi.Date, opts DiagnoseOptions) (Diagnosis, bool) {
	r := period.Range()
	active := make(map[string]bool)
	received := 0
	for _, p := range b.proposals.All() {
		if s := p.Submitted(); !r.Contains(s) || s.After(asOf) {
			continue
		}
		received++
		active[p.Sector] = true
		if p.Submitter.Organisation != "" {
			active[p.Submitter.Organisation] = true
		}
		for _, id := range p.Submitter.Members {
			if s, ok := b.roster.SectorOf(id); ok {
				active[string(s)] = true
			}
		}
	}
	if received == 0 {
		return Diagnosis{}, false
	}
	least := max(opts.MinSectorMembers, 1)
	d := Diagnosis{
		Shortcoming: "部分界别履职作用发挥还不够充分",
		Improvement: "充分发挥界别作用，组织各界别委员围绕" + wholeArea(b.rec.Committee) + "中心工作开展协商议政、撰写提案。",
	}
	for _, c := range b.roster.CountBySector() {
		if c.N >= least && !active[c.Name] {
			d.Evidence = append(d.Evidence, fmt.Sprintf("%s（%d名委员）未提交提案", c.Name, c.N))
		}
	}
	return d, len(d.Evidence) > 0
}

// wholeArea returns the committee's whole area as running text names it
// (全区 for a 区政协, 全县, 全市, 全省, 全国), or "" when the short name does
// not tell.
func wholeArea(c lvzhi.Committee) string {
	place, ok := strings.CutSuffix(c.ShortName, "政协")
	switch {
	case !ok:
		return ""
	case place == "全国":
		return place
	case utf8.RuneCountInString(place) == 1:
		return "全" + place
	}
	return ""
}

// checkTopicsBehind finds the research topics behind their phase plan on
// asOf ([research.Topic.Behind]), in the order of the records. Evidence
// names each topic, the phase it was due to reach and when, and the phase
// it is in.
func checkTopicsBehind(b *Builder, _ lvzhi.Period, asOf lvzhi.Date, _ DiagnoseOptions) (Diagnosis, bool) {
	d := Diagnosis{
		Shortcoming: "部分调研课题未按计划推进",
		Improvement: "加强对调研课题的统筹协调，对照进度计划抓好各阶段工作落实，确保调研课题按期完成、取得实效。",
	}
	for _, t := range b.rec.Topics {
		late, ok := t.Behind(asOf)
		if !ok {
			continue
		}
		var due lvzhi.Date
		for _, m := range t.Plan {
			if m.Phase == late {
				due = m.Due
			}
		}
		now := "尚未立项"
		if cur := t.PhaseOn(asOf); cur != 0 {
			now = "仍处于" + cur.String() + "阶段"
		}
		d.Evidence = append(d.Evidence, fmt.Sprintf("“%s”课题计划于%s前%s，截至%s%s",
			t.Title, zh.Date(due), reachPhase(late), zh.Date(asOf), now))
	}
	return d, len(d.Evidence) > 0
}

// reachPhase says what reaching phase p means: 立项, 进入实地调研阶段.
func reachPhase(p research.Phase) string {
	if p == research.PhaseApproved {
		return "立项"
	}
	return "进入" + p.String() + "阶段"
}
