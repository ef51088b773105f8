package summary

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/template"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/par"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary/digest"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Context is what every template of an [Outline] is executed with.
type Context struct {
	// Committee is the committee of the records.
	Committee lvzhi.Committee
	// Period is the span the summary covers, Year its year: dates in it
	// are written without the year ({{date .AsOf .Year}} → 6月15日).
	Period lvzhi.Period
	Year   int
	// AsOf is the day progress is counted to.
	AsOf lvzhi.Date
	// Facts holds the facts of the part's builder: *[PlenaryFacts] for
	// "plenary", *[ProposalFacts] for "proposals" and so on; nil for parts
	// without a builder.
	Facts any
	// Numbers is the outline's policy for small counts in running prose
	// ([Outline].Numbers); the template functions count and etc follow it.
	Numbers digest.Numbers
	// Limit is the part's limit of named items ([Part].Limit, resolved:
	// never 0).
	Limit int
	// Prev holds the facts of the part's builder for the earlier period
	// when the outline compares ([Outline].Compare), of the same type as
	// Facts; nil otherwise. PrevPeriod is that period, PrevAsOf its
	// as-of day, and Against its name in the text: 上年, 上年同期, 上半年.
	Prev       any
	PrevPeriod lvzhi.Period
	PrevAsOf   lvzhi.Date
	Against    string
}

// ErrNoFacts is returned (wrapped) by a builder that finds nothing to
// write about: Build reports it naming the part, unless the part is
// [Part].Optional, in which case the part is left out.
var ErrNoFacts = errors.New("期间内没有可写的记录")

// BuildFunc gathers the facts of one part from the records. It returns
// the facts, which become [Context].Facts, and the default template that
// writes them; [Part].Template replaces that default.
type BuildFunc func(b *Builder, ctx *Context, part Part) (facts any, tmpl string, err error)

// Builder writes summaries from one set of records. Build one with
// [NewBuilder]; it validates the records once and can then build any
// number of documents. A Builder is not changed by Build and is safe for
// concurrent use.
//
// # Built-in builders
//
// A [Part] names its builder in Build:
//
//   - "plenary": a plenary session of the period (or the one named by Ref):
//     dates, reports heard, outcomes, speeches ([PlenaryFacts]).
//   - "proposals": the proposal statistics of the period's plenary (or
//     the session named by Ref): received, registered, handled here and
//     forwarded, assignment, key proposals, handed over, rates
//     ([ProposalFacts]). "X会议以来" counts the plenary's proposals by
//     their link to it: its 大会提案 whatever their submission day (they
//     may be filed up to three months before the opening) and the 平时提案
//     submitted from its opening; without a plenary, the proposals
//     submitted in the period. Nothing submitted after AsOf counts.
//     集体提案 are counted apart (Collective); the day and body that chose
//     the key proposals are written as recorded, and only when they hold
//     for all of them (KeyChosen, KeyChosenBy).
//   - "meetings": 常委会议, 主席会议, 秘书长会议, 专题协商会 and 双月协商座谈会
//     of the period, counted by kind, with their main topics
//     ([MeetingFacts]).
//   - "members": the composition of the committee on AsOf — members,
//     界别, 党派, women, ethnic minorities — and who joined and left in the
//     period ([MemberFacts]).
//   - "opinions": 社情民意 work and meetings held, assisted or attended
//     ([OpinionFacts]); a meeting whose host is the committee itself is
//     held (召开), never assisted, and no meeting is named in two lists;
//     items adopted count as 被上级采用 only when the committee has a
//     superior (the National Committee has none).
//   - "research": research topics and their progress, and inspections
//     ([ResearchFacts]); every topic under way counts, also one whose
//     title another topic shares.
//   - "publications": 文史 books launched or being compiled
//     ([PublicationFacts]).
//   - "training": training courses ([TrainingFacts]).
//   - "groups": members' group activities, grouped by 委员活动小组, and
//     visits to non-public-economy members, counted as distinct members
//     and as person-times (走访非公企业政协委员111名（161人次）) ([GroupFacts]).
//   - "exchanges": exchange visits ([ExchangeFacts]).
//   - "participation": who took part, from package participation:
//     proposers, 社情民意, person-times, rates by 界别 and group
//     ([ParticipationFacts]).
//   - "handling": how the period's proposals were handled per 承办单位:
//     lead units, 督办 leaders, replies by grade, 办结率, satisfaction
//     ([HandlingFacts]).
//
// [WithBuild] adds builders or replaces these. [DefaultTemplate] returns
// the wording a built-in builder writes when the part has no Template.
//
// # Summarising, not listing
//
// The built-in builders count everything and name only a few: at most
// the part's Limit (default 3) of the items of any list, followed by
// 等N项 (the facts' [digest.List] fields and the template functions etc
// and counted). They choose the few by a significance order:
//
//   - key proposals: those under a leader's 督办 first, then those with
//     more signers (submitters and seconders), then by number;
//   - research topics: key topics first, then in record order;
//   - group activities: joint activities of several groups first, then
//     those with more members taking part, then by date;
//   - meetings attended, places, courses, lecture topics, counterparts of
//     exchanges, inspection subjects: the most frequent first, ties in
//     order of first appearance;
//   - meeting topics: 常委会议 first, then by kind and date.
//
// No title is named twice: records with the same title are named once
// (key proposals and research topics are still each counted, so that
// 等3个课题 is the number of topics, not of titles), and a title named in
// a sentence is referred to afterwards (该书). Group
// activities are grouped by 委员活动小组 and form with their counts;
// bodies are listed in protocol order (党委、人大、政府、政协, then the
// court and the procuratorate); 视察 is written only when 视察 records
// exist ([ResearchFacts].Work). Counts of records — the totals of lists
// included (等12件, “甲”“乙”2个) — are statistics written in Arabic digits,
// like the figures beside them; only counts of how something was done
// (分两期) follow the outline's number policy ([Outline].Numbers).
//
// A built-in builder that finds nothing to write about in the period
// returns [ErrNoFacts]: Build fails naming the part, unless the part is
// [Part].Optional and is left out.
//
// Build writes the top-level sections whose builders are all built-in on
// all processors, and computes the diagnoses meanwhile; a builder given
// by [WithBuild] is always called on the goroutine that called Build, one
// at a time, in outline order.
type Builder struct {
	rec       *Records
	roster    *member.Roster
	proposals *proposal.Register
	builds    map[string]BuildFunc
	custom    map[string]bool // names given by WithBuild
	tables    map[string]TableFunc
	funcs     template.FuncMap
}

// Option configures a [Builder].
type Option func(*Builder)

// WithBuild registers f under name, replacing a built-in builder of the
// same name.
func WithBuild(name string, f BuildFunc) Option {
	return func(b *Builder) {
		b.builds[name] = f
		b.custom[name] = true
	}
}

// NewBuilder validates rec (see [Records.Validate]) and returns a Builder
// for it. The Builder keeps rec; the caller must not change it afterwards.
func NewBuilder(rec *Records, opts ...Option) (*Builder, error) {
	if rec == nil {
		return nil, errors.New("summary: 记录为空")
	}
	v, err := rec.validate()
	if err != nil {
		return nil, fmt.Errorf("summary: 记录有误：%w", err)
	}
	roster, reg := v.roster, v.proposals
	b := &Builder{rec: rec, roster: roster, proposals: reg, builds: defaultBuilds(), custom: map[string]bool{}}
	for _, o := range opts {
		o(b)
	}
	b.funcs = FuncMap(roster)
	return b, nil
}

// Records returns the records the Builder writes from.
func (b *Builder) Records() *Records { return b.rec }

// Roster returns the members as a roster.
func (b *Builder) Roster() *member.Roster { return b.roster }

// Proposals returns the proposals as a register.
func (b *Builder) Proposals() *proposal.Register { return b.proposals }

// FuncMap returns the template functions of outlines: those of
// [zh.FuncMap], and
//
//	quote S          “S”
//	quotes LIST      “甲”“乙” (quoted items take no 顿号 between them, GB/T 15834)
//	book S           《S》
//	books LIST       《甲》《乙》
//	shorttitle S     the part of a title after its last 间隔号, for naming
//	                 a book again: 鱼跃南潭漾千年·某区十胜概览 → 某区十胜概览
//	name ID          the member's name, from roster (ID itself if unknown)
//
// roster may be nil.
func FuncMap(roster *member.Roster) template.FuncMap {
	m := zh.FuncMap()
	wrap := func(l, r string) func(v any) (string, error) {
		return func(v any) (string, error) {
			items, err := stringList(v)
			if err != nil {
				return "", err
			}
			var sb strings.Builder
			for _, it := range items {
				sb.WriteString(l + it + r)
			}
			return sb.String(), nil
		}
	}
	m["quote"] = func(s string) string { return "“" + s + "”" }
	m["quotes"] = wrap("“", "”")
	m["book"] = zh.BookTitle
	m["books"] = wrap("《", "》")
	m["shorttitle"] = shortTitle
	m["name"] = func(id lvzhi.MemberID) string {
		if roster != nil {
			if n := roster.Name(id); n != "" {
				return n
			}
		}
		return string(id)
	}
	return m
}

// shortTitle returns the short form of a book title with a 间隔号, the
// part after the last one (鱼跃南潭漾千年·某区十胜概览 → 某区十胜概览), for a
// title named again after its first mention; other titles are returned
// whole.
func shortTitle(title string) string {
	if i := strings.LastIndex(title, "·"); i >= 0 && i+len("·") < len(title) {
		return title[i+len("·"):]
	}
	return title
}

func stringList(v any) ([]string, error) {
	switch v := v.(type) {
	case []string:
		return v, nil
	case string:
		return []string{v}, nil
	}
	return nil, fmt.Errorf("应为字符串列表，实为 %T", v)
}

// Build writes the document o describes. Every fact comes from the
// records; every word around them from o or the builders' default
// templates. An unknown builder, a failing template or a document that does
// not validate is an error naming the part.
func (b *Builder) Build(o Outline) (*Document, error) {
	if err := o.Period.Validate(); err != nil {
		return nil, fmt.Errorf("summary: 提纲的期间有误：%w", err)
	}
	nums, ok := digest.ParseNumbers(o.Numbers)
	if !ok {
		return nil, fmt.Errorf("summary: 提纲的数字用法 numbers 应为 chinese 或 arabic，实为 %q", o.Numbers)
	}
	ctx := &Context{Committee: b.rec.Committee, Period: o.Period, Year: o.Period.Range().From.Year, AsOf: o.AsOf, Numbers: nums}
	if ctx.AsOf.IsZero() {
		ctx.AsOf = o.Period.Range().To
	}
	if o.Compare != "" {
		earlier, against, err := EarlierPeriod(o.Period, o.Compare)
		if err != nil {
			return nil, fmt.Errorf("summary: 提纲的比较方式 compare 有误：%w", err)
		}
		ctx.PrevPeriod, ctx.PrevAsOf, ctx.Against = earlier, earlierAsOf(o.Period, earlier, ctx.AsOf), against
	}
	w := writer{b: b, ctx: ctx, funcs: buildFuncs(b.funcs, nums)}
	d := &Document{Date: o.Date}
	d.Title = w.one("标题", orDefault(o.Title, defaultTitle), nil)
	d.Opening = w.paras("总述", o.Opening, nil)
	d.Sections = w.sections(o)
	d.Shortcomings = w.shortcomings(o.Shortcomings)
	d.Plans = w.plans(o.Plans)
	d.Issuer = w.one("落款", orDefault(o.Issuer, "{{.Committee.Name}}"), nil)
	w.official(o, d)
	if w.err != nil {
		return nil, w.err
	}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("summary: 生成的文档不完整：%w", err)
	}
	return d, nil
}

const defaultTitle = "{{region .Committee}}政协{{period .Period}}工作总结"

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// writer executes the templates of one Build, keeping the first error.
type writer struct {
	b         *Builder
	ctx       *Context
	funcs     template.FuncMap // b.funcs and those of this Build
	err       error
	diagnoses []Diagnosis // computed once, on first use
	diagnosed bool
	// together are the rules whose shortcomings the 不足 paragraph wrote
	// as one item (部分提案逾期未答复、办理进度偏慢), so that the plans give
	// them one item too.
	together [][]string
}

// named returns the diagnoses whose rules are named, running the rules at
// most once per Build.
func (w *writer) named(where string, names []string) []Diagnosis {
	if len(names) == 0 {
		return nil
	}
	if !w.diagnosed {
		w.diagnoses, w.diagnosed = w.b.Diagnose(w.ctx.Period, w.ctx.AsOf, DiagnoseOptions{}), true
	}
	ds, err := pickDiagnoses(w.diagnoses, names)
	if err != nil {
		w.fail(where, err)
	}
	return ds
}

// sections writes the outline's top-level sections. Those built by
// built-in builders alone are written in parallel, each by its own writer,
// while the diagnoses the shortcomings name are computed; the others are
// written first, in order, on this goroutine. The first error in outline
// order is kept, as if everything had been written in order.
func (w *writer) sections(o Outline) []Section {
	out := make([]Section, len(o.Sections))
	keep := make([]bool, len(o.Sections))
	errs := make([]error, len(o.Sections))
	var tasks []func() bool
	for i, p := range o.Sections {
		sw := &writer{b: w.b, ctx: w.ctx, funcs: w.funcs}
		write := func() bool {
			out[i], keep[i] = sw.part(fmt.Sprintf("部分[%d]", i), p)
			errs[i] = sw.err
			return true
		}
		if w.b.builtIn(p) {
			tasks = append(tasks, write)
		} else {
			write()
		}
	}
	if len(o.Shortcomings.Diagnoses) > 0 && !w.diagnosed {
		tasks = append(tasks, func() bool {
			w.diagnoses, w.diagnosed = w.b.Diagnose(w.ctx.Period, w.ctx.AsOf, DiagnoseOptions{}), true
			return true
		})
	}
	par.Do(tasks...)
	for _, err := range errs {
		if err != nil && w.err == nil {
			w.err = err
		}
	}
	kept := out[:0]
	for i, s := range out {
		if keep[i] {
			kept = append(kept, s)
		}
	}
	return kept
}

// builtIn reports whether p and its parts name only built-in builders (or
// none), which are safe to call from any goroutine.
func (b *Builder) builtIn(p Part) bool {
	if p.Build != "" && b.custom[p.Build] {
		return false
	}
	for _, c := range p.Parts {
		if !b.builtIn(c) {
			return false
		}
	}
	return true
}

func (w *writer) fail(where string, err error) {
	if w.err == nil {
		w.err = fmt.Errorf("summary: %s：%w", where, err)
	}
}

// exec runs one template and returns its paragraphs.
func (w *writer) exec(where, text string, facts any) []string {
	if w.err != nil || text == "" {
		return nil
	}
	if !strings.Contains(text, "{{") {
		return splitParas(text)
	}
	t, err := template.New(where).Funcs(w.funcs).Option("missingkey=error").Parse(text)
	if err != nil {
		w.fail(where, fmt.Errorf("模板有误：%w", err))
		return nil
	}
	c := *w.ctx
	c.Facts = facts
	var sb strings.Builder
	if err := t.Execute(&sb, &c); err != nil {
		w.fail(where, fmt.Errorf("模板执行失败：%w", err))
		return nil
	}
	return splitParas(sb.String())
}

func (w *writer) one(where, text string, facts any) string {
	return strings.Join(w.exec(where, text, facts), "")
}

func (w *writer) paras(where string, texts []string, facts any) []string {
	var out []string
	for i, t := range texts {
		out = append(out, w.exec(fmt.Sprintf("%s[%d]", where, i), t, facts)...)
	}
	return out
}

// part writes the section p plans; ok is false when p is optional and its
// builder found nothing, so that the section is left out.
func (w *writer) part(where string, p Part) (s Section, ok bool) {
	var facts any
	s = Section{Level: p.Level, RunIn: p.RunIn}
	tmpl := p.Template
	if p.Build != "" {
		f, found := w.b.builds[p.Build]
		if !found {
			w.fail(where, fmt.Errorf("没有名为 %q 的生成器；可用：%s", p.Build, strings.Join(slices.Sorted(maps.Keys(w.b.builds)), "、")))
			return s, true
		}
		var def string
		var err error
		facts, def, err = f(w.b, w.ctx, p)
		if errors.Is(err, ErrNoFacts) && p.Optional {
			return s, false
		}
		if err != nil {
			if errors.Is(err, ErrNoFacts) {
				err = fmt.Errorf("“%s”（生成器 %s）%w；可省略的部分请设 optional", headingText(p.Heading), p.Build, err)
			}
			w.fail(where, err)
			return s, true
		}
		tmpl = orDefault(tmpl, def)
	}
	c := *w.ctx
	c.Limit = resolveLimit(p.Limit)
	c.Prev = nil
	if p.Build != "" {
		c.Prev = w.previous(where, w.b.builds[p.Build], p)
	}
	pw := *w
	pw.ctx = &c
	s.Heading = pw.one(where+".标题", p.Heading, facts)
	s.Paragraphs = pw.paras(where+".前文", p.Before, facts)
	s.Paragraphs = append(s.Paragraphs, pw.exec(where+".正文", tmpl, facts)...)
	s.Paragraphs = append(s.Paragraphs, pw.paras(where+".后文", p.After, facts)...)
	for i, c := range p.Parts {
		if sub, keep := pw.part(fmt.Sprintf("%s.子项[%d]", where, i), c); keep {
			s.Subsections = append(s.Subsections, sub)
		}
	}
	if pw.err != nil && w.err == nil {
		w.err = pw.err
	}
	return s, true
}

// headingText returns a heading for messages: the template text itself
// when it has no actions, or its text before the first action.
func headingText(h string) string {
	if i := strings.Index(h, "{{"); i >= 0 {
		h = h[:i] + "…"
	}
	return h
}

// splitParas splits template output into paragraphs at line breaks,
// trimming each and dropping blank ones.
func splitParas(s string) []string {
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// regionOf returns the place part of the committee's full name
// (柳州市某区 of 柳州市某区政协委员会), or "" when it cannot be told.
func regionOf(c lvzhi.Committee) string {
	r, err := session.Region(c)
	if err != nil {
		return ""
	}
	return r
}
