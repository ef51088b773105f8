package summary

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// The 不足 paragraph and the 改进 part: the shortcomings the outline
// names, worded by the rules or the outline, and one plan item for each
// shortcoming stated.

// shortItem is an item of the 不足 paragraph with the rules it states
// (none for an item written by the outline).
type shortItem struct {
	text  string
	rules []string
}

func (w *writer) shortcomings(sp ShortcomingsPlan) Shortcomings {
	s := Shortcomings{Lead: w.one("不足.导语", sp.Lead, nil), Tail: w.one("不足.结语", sp.Tail, nil)}
	var items []shortItem
	for i, it := range sp.Items {
		items = append(items, shortItem{text: w.one(fmt.Sprintf("不足.事项[%d]", i), it, nil)})
	}
	w.checkWording("不足.措辞", sp.Wording, false)
	for _, d := range w.named("不足", sp.Diagnoses) {
		text := d.Shortcoming
		if t, ok := sp.Wording[d.Rule]; ok {
			text = w.one("不足.措辞."+d.Rule, t, d)
		}
		items = append(items, shortItem{text: text, rules: []string{d.Rule}})
	}
	for _, it := range mergeShared(items) {
		s.Items = append(s.Items, it.text)
		if len(it.rules) > 1 {
			w.together = append(w.together, it.rules)
		}
	}
	return s
}

// mergeShared writes adjacent items that open with the same subject as one
// clause, the subject once: 部分提案逾期未答复 and 部分提案办理进度偏慢 become
// 部分提案逾期未答复、办理进度偏慢, so that a list of shortcomings does not
// say 部分提案 twice in a row. The shared opening must be at least four
// characters (部分 alone is a quantifier, not a subject) and leave at least
// two of each item. A merged item states the rules of both.
func mergeShared(items []shortItem) []shortItem {
	var out []shortItem
	for _, it := range items {
		if n := len(out); n > 0 {
			prev, cur := []rune(strings.TrimRight(out[n-1].text, "。；，、")), []rune(strings.TrimRight(it.text, "。；，、"))
			k := 0
			for k < len(prev) && k < len(cur) && prev[k] == cur[k] {
				k++
			}
			if k >= 4 && len(cur)-k >= 2 && len(prev)-k >= 2 && !strings.Contains(string(prev), "、") {
				out[n-1].text = string(prev) + "、" + string(cur[k:])
				out[n-1].rules = append(slices.Clip(out[n-1].rules), it.rules...)
				continue
			}
		}
		out = append(out, it)
	}
	return out
}

// checkWording fails when wording names a rule that does not exist; with
// joint set, a key may also name several rules joined by "+"
// ("proposals-overdue+proposals-unanswered").
func (w *writer) checkWording(where string, wording map[string]string, joint bool) {
	known := DiagnosisRules()
	for _, key := range sortedKeys(wording) {
		rules := []string{key}
		if joint {
			rules = strings.Split(key, "+")
		}
		for _, r := range rules {
			if !slices.Contains(known, r) {
				w.fail(where, fmt.Errorf("没有名为 %q 的诊断规则（可用：%s）", r, strings.Join(known, "、")))
				return
			}
		}
	}
}

// jointImprovements are the improvements of rules whose shortcomings the
// 不足 paragraph states as one, keyed by [jointKey]: one shortcoming, one
// plan, worded as one.
var jointImprovements = map[string]string{
	"proposals-overdue+proposals-unanswered": "加大提案督办力度，对逾期未答复的提案逐件催办，对其余提案加强与承办单位的沟通联系、跟踪办理进度，确保在期限内答复。",
}

// jointKey names a group of rules: their identifiers in rule order,
// joined by "+".
func jointKey(ds []Diagnosis) string {
	rules := make([]string, len(ds))
	for i, d := range ds {
		rules[i] = d.Rule
	}
	return ruleOrder(strings.Join(rules, "+"))
}

// ruleOrder writes a key of rules joined by "+" with the rules in rule
// order, so that an outline may name them in any order.
func ruleOrder(key string) string {
	known := DiagnosisRules()
	rules := strings.Split(key, "+")
	slices.SortFunc(rules, func(a, b string) int { return cmp.Compare(slices.Index(known, a), slices.Index(known, b)) })
	return strings.Join(rules, "+")
}

func (w *writer) plans(pp PlansPlan) Plans {
	p := Plans{
		Heading:  w.one("改进.标题", pp.Heading, nil),
		Numbered: pp.Numbered,
		Lead:     w.one("改进.导语", pp.Lead, nil),
		Closing:  w.one("改进.结束语", pp.Closing, nil),
	}
	// Under a numbered heading (八、下半年工作打算) the items are the next
	// level down, （一）（二）, so that no level is skipped; otherwise they
	// are numbered on their own (一、二、).
	// Items given a level of their own set it for the others, so that
	// every item of the list is numbered alike.
	level := 0
	if p.Numbered && p.Heading != "" {
		level = 2
	}
	for _, it := range pp.Items {
		if it.Level != 0 {
			level = it.Level
			break
		}
	}
	for i, it := range pp.Items {
		if it.Level == 0 {
			it.Level = level
		}
		if sec, keep := w.part(fmt.Sprintf("改进.事项[%d]", i), it); keep {
			p.Items = append(p.Items, sec)
		}
	}
	w.checkWording("改进.措辞", pp.Wording, true)
	if len(pp.Wording) > 0 {
		wording := make(map[string]string, len(pp.Wording))
		for k, t := range pp.Wording {
			wording[ruleOrder(k)] = t
		}
		pp.Wording = wording
	}
	for _, group := range w.planGroups(w.named("改进", pp.Diagnoses)) {
		p.Items = append(p.Items, runIn(w.improvement(pp, group), level))
	}
	return p
}

// planGroups groups the diagnoses the plans name so that each shortcoming
// the 不足 paragraph states gets one plan item: the rules it wrote as one
// item go together, at the place of the first of them; every other rule
// is a group of its own. A rule named twice counts once.
func (w *writer) planGroups(ds []Diagnosis) [][]Diagnosis {
	groupOf := map[string]int{}
	for i, rules := range w.together {
		for _, r := range rules {
			groupOf[r] = i + 1
		}
	}
	var out [][]Diagnosis
	at := map[string]int{} // rule or group → index in out
	for _, d := range ds {
		key := d.Rule
		if g := groupOf[d.Rule]; g > 0 {
			key = fmt.Sprint("#", g)
		}
		if i, ok := at[key]; ok {
			if !slices.ContainsFunc(out[i], func(e Diagnosis) bool { return e.Rule == d.Rule }) {
				out[i] = append(out[i], d)
			}
			continue
		}
		at[key] = len(out)
		out = append(out, []Diagnosis{d})
	}
	return out
}

// improvement words the plan of one group of diagnoses: the outline's
// wording of the group (keyed by its rules joined by "+"), else for a
// group of several rules none of which the outline rewords their joint
// improvement, else the improvements of the rules one after the other,
// each as the outline words it.
func (w *writer) improvement(pp PlansPlan, group []Diagnosis) string {
	if len(group) > 1 {
		key := jointKey(group)
		if t, ok := pp.Wording[key]; ok {
			return w.one("改进.措辞."+key, t, group)
		}
		reworded := slices.ContainsFunc(group, func(d Diagnosis) bool { _, ok := pp.Wording[d.Rule]; return ok })
		if t, ok := jointImprovements[key]; ok && !reworded {
			return t
		}
	}
	var b strings.Builder
	for _, d := range group {
		text := d.Improvement
		if t, ok := pp.Wording[d.Rule]; ok {
			text = w.one("改进.措辞."+d.Rule, t, d)
		}
		b.WriteString(strings.TrimSpace(text))
	}
	return b.String()
}

// runIn makes a plan sentence a run-in item: the first clause (up to the
// first comma) becomes the heading, ending with 。, the rest the paragraph.
// A sentence of one clause is the heading alone, with no paragraph.
func runIn(sentence string, level int) Section {
	sentence = strings.TrimSpace(sentence)
	head, rest, ok := strings.Cut(sentence, "，")
	if !ok {
		return Section{Heading: sentence, Level: level}
	}
	return Section{Heading: head + "。", Level: level, RunIn: true, Paragraphs: splitParas(rest)}
}
