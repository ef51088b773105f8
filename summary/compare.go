package summary

import (
	"errors"
	"fmt"

	"github.com/lvzhi-go/lvzhi"
)

// Comparisons. An outline whose Compare is set gives every part built
// from the records the facts of an earlier period too: [Context].Prev
// holds them, of the same type as Facts, so that every count and rate
// of the facts has its earlier value at the same place
// ({{.Stats.Received}} now, {{$.Prev.Stats.Received}} then), and the
// template functions compare and comparerate write the difference in
// words with [Context].Against:
//
//	共收到提案{{.Stats.Received}}件{{with $.Prev}}，{{compare .Stats.Received $.Facts.Stats.Received "件" $.Against}}{{end}}
//	→ 共收到提案44件，较上年增加6件，增长15.8%
//
// Counts compare in per cent (增加6件，增长15.8%; 与上年持平), rates in
// percentage points between the rates as printed (94.7% → 96.3%:
// 提高1.6个百分点; 94.9% and 94.9%: 与上年持平, see [zh.CompareRate]).
// An exact increment goes with the exact count, never with an
// approximation (1166人次，较上年增加150人次, not 1100余人次). Prev is nil
// when the outline does not compare, when the records hold nothing for
// the earlier period, and for a part that names its record by Ref (a
// plenary named by ID has no earlier counterpart).

// The values of [Outline].Compare.
const (
	// CompareYear compares with the same period of the previous year:
	// 2022 with 2021 (上年), 2022年上半年 with 2021年上半年 (上年同期).
	CompareYear = "year"
	// ComparePreceding compares with the period just before: 下半年 with
	// 上半年, a quarter with the one before (上季度), a month with the
	// previous month (上月), a year with the previous year (上年).
	ComparePreceding = "preceding"
)

// EarlierPeriod returns the period an outline's Compare value compares p
// with, and the words that name it in the text (上年, 上年同期, 上半年,
// 上季度, 上月, 上一期间); compare is [CompareYear] or [ComparePreceding].
func EarlierPeriod(p lvzhi.Period, compare string) (earlier lvzhi.Period, against string, err error) {
	if err := p.Validate(); err != nil {
		return lvzhi.Period{}, "", err
	}
	switch compare {
	case CompareYear:
		if p.Kind == lvzhi.PeriodYear {
			return lvzhi.Year(p.Year - 1), "上年", nil
		}
		if p.Kind == lvzhi.PeriodCustom {
			r := p.Custom
			return lvzhi.Custom(lvzhi.DateRange{From: r.From.AddMonths(-12), To: r.To.AddMonths(-12)}), "上年同期", nil
		}
		q := p
		q.Year--
		return q, "上年同期", nil
	case ComparePreceding:
		switch p.Kind {
		case lvzhi.PeriodYear:
			return lvzhi.Year(p.Year - 1), "上年", nil
		case lvzhi.PeriodFirstHalf:
			return lvzhi.SecondHalf(p.Year - 1), "上年下半年", nil
		case lvzhi.PeriodSecondHalf:
			return lvzhi.FirstHalf(p.Year), "上半年", nil
		case lvzhi.PeriodQuarter:
			if p.N == 1 {
				return lvzhi.Quarter(p.Year-1, 4), "上季度", nil
			}
			return lvzhi.Quarter(p.Year, p.N-1), "上季度", nil
		case lvzhi.PeriodMonth:
			r := p.Range().From.AddMonths(-1)
			return lvzhi.Month(r.Year, r.Month), "上月", nil
		}
		r := p.Custom
		n := r.From.DaysUntil(r.To)
		to := r.From.AddDays(-1)
		return lvzhi.Custom(lvzhi.DateRange{From: to.AddDays(-n), To: to}), "上一期间", nil
	}
	return lvzhi.Period{}, "", fmt.Errorf("比较方式应为 %q 或 %q，实为 %q", CompareYear, ComparePreceding, compare)
}

// earlierAsOf moves the as-of day into the earlier period: the end of it
// when asOf is the end of the period, else the same offset from its
// start (6月15日 of 2022年上半年 → 2021年6月15日).
func earlierAsOf(p, earlier lvzhi.Period, asOf lvzhi.Date) lvzhi.Date {
	r, e := p.Range(), earlier.Range()
	if asOf.IsZero() || !asOf.Before(r.To) {
		return e.To
	}
	d := e.From.AddDays(r.From.DaysUntil(asOf))
	if d.After(e.To) {
		return e.To
	}
	return d
}

// previous returns the facts of builder f for the earlier period of the
// context, or nil (see the comment on comparisons above).
func (w *writer) previous(where string, f BuildFunc, p Part) any {
	if w.ctx.PrevPeriod.IsZero() || p.Ref != "" {
		return nil
	}
	c := *w.ctx
	c.Period, c.AsOf, c.Year = c.PrevPeriod, c.PrevAsOf, c.PrevPeriod.Range().From.Year
	c.PrevPeriod, c.Prev = lvzhi.Period{}, nil
	facts, _, err := f(w.b, &c, p)
	if errors.Is(err, ErrNoFacts) {
		return nil
	}
	if err != nil {
		w.fail(where, fmt.Errorf("%s的情况：%w", w.ctx.Against, err))
		return nil
	}
	return facts
}

// FactsFor returns the facts builder name gathers for a part in a period
// up to asOf (zero: the period's end), as Build would give them to the
// part's templates: the way to read, in Go, the figures of any period —
// the earlier one of a comparison included.
func (b *Builder) FactsFor(name string, part Part, p lvzhi.Period, asOf lvzhi.Date) (any, error) {
	f, ok := b.builds[name]
	if !ok {
		return nil, fmt.Errorf("summary: 没有名为 %q 的生成器", name)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("summary: 期间有误：%w", err)
	}
	if asOf.IsZero() {
		asOf = p.Range().To
	}
	ctx := &Context{Committee: b.rec.Committee, Period: p, Year: p.Range().From.Year, AsOf: asOf, Limit: resolveLimit(part.Limit)}
	facts, _, err := f(b, ctx, part)
	if err != nil {
		return nil, fmt.Errorf("summary: %s：%w", name, err)
	}
	return facts, nil
}
