package summary

import (
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/table"
	"github.com/lvzhi-go/lvzhi/zh"
)

// ProposalStatsTable returns the 提案办理情况统计表 of s: the proposals
// received, the outcomes of review, handling and the proposers' verdicts,
// with the rates (立案率, 办结率, 满意和基本满意率) beside their counts. Rows
// grouped under 审查, 办理 and 反馈 merge their group cell; outcomes that
// did not occur are left out, and so is 反馈 before any verdict. superior names the committee forwarded
// proposals went to (市政协); "" writes 上级政协.
func ProposalStatsTable(s proposal.Statistics, superior string) table.Table {
	if superior == "" {
		superior = "上级政协"
	}
	type line struct {
		name string
		n    int
		rate table.Cell
		keep bool
	}
	none := table.Text("")
	verdicts := s.Satisfied + s.BasicallySatisfied + s.Unsatisfied
	rate := func(r proposal.Rate) table.Cell {
		if !r.OK() {
			return none
		}
		// One precision for the whole column (0.0% beside 86.4%, never 0%).
		return table.Text(zh.PercentFixed(r.Num, r.Den, 1))
	}
	groups := []struct {
		name  string
		lines []line
	}{
		{"审查", []line{
			{"立案", s.Registered, rate(s.RegistrationRate()), true},
			{"不予立案", s.Rejected, none, false},
			{"并案", s.Merged, none, false},
			{"转为意见建议", s.Suggestions, none, false},
			{"转为社情民意", s.Opinions, none, false},
			{"撤案", s.Withdrawn, none, false},
			{"尚待审查", s.Pending, none, false},
		}},
		{"办理", []line{
			{"本级办理", s.Local, none, true},
			{"转交" + superior, s.Forwarded, none, false},
			{"交办完毕", s.HandedOver, none, true},
			{"已答复", s.Replied, none, true},
			{"办结", s.Closed, rate(s.ClosingRate()), true},
		}},
		{"反馈", []line{
			{"满意和基本满意", s.Satisfied + s.BasicallySatisfied, rate(s.SatisfactionRate()), verdicts > 0},
			{"不满意", s.Unsatisfied, none, false},
		}},
	}
	t := table.Table{
		Title:   "提案办理情况统计表",
		Columns: []table.Column{{Align: table.AlignCenter}, {}, {Numeric: true}, {Numeric: true}},
		Header:  [][]table.Cell{{table.Text("项目").Span(2, 1), table.Text("件数"), table.Text("比率")}},
		Rows:    [][]table.Cell{{table.Text("收到提案").Span(2, 1), table.Int(s.Received), none}},
	}
	for _, g := range groups {
		var kept []line
		for _, l := range g.lines {
			if l.keep || l.n > 0 {
				kept = append(kept, l)
			}
		}
		for i, l := range kept {
			var row []table.Cell
			if i == 0 {
				row = append(row, table.Text(g.name).Span(1, len(kept)))
			}
			row = append(row, table.Text(l.name), table.Int(l.n), l.rate)
			t.Rows = append(t.Rows, row)
		}
	}
	if note := statsPeriod(s.Within, s.AsOf); note != "" {
		t.Notes = append(t.Notes, note)
	}
	var bases []string
	if s.Received > 0 {
		bases = append(bases, "立案率以收到提案数为基数")
	}
	if s.Local > 0 {
		bases = append(bases, "办结率以本级办理数为基数")
	}
	if verdicts > 0 {
		bases = append(bases, "满意和基本满意率以已反馈意见的提案数为基数")
	}
	if len(bases) > 0 {
		t.Notes = append(t.Notes, strings.Join(bases, "，")+"。")
	}
	return t
}

// statsPeriod writes the span statistics count: 统计时间为2022年1月8日至6月15日。
// No colon after 统计时间: the note has one already (注：), and GB/T 15834
// does not nest colons.
func statsPeriod(within lvzhi.DateRange, asOf lvzhi.Date) string {
	if within.From.IsZero() || asOf.IsZero() {
		return ""
	}
	return "统计时间为" + zh.DateRange(lvzhi.DateRange{From: within.From, To: asOf}) + "。"
}

// proposalStatsTable counts from the same day as the "proposals"
// builder: the period's plenary, or the period's start.
func proposalStatsTable(b *Builder, ctx *Context) (table.Table, error) {
	f, err := b.proposalStats(ctx)
	if err != nil {
		return table.Table{}, err
	}
	return ProposalStatsTable(f.Stats, f.Superior), nil
}

// proposalStats gathers the facts of the "proposals" builder.
func (b *Builder) proposalStats(ctx *Context) (*ProposalFacts, error) {
	facts, _, err := buildProposals(b, ctx, Part{})
	if err != nil {
		return nil, err
	}
	return facts.(*ProposalFacts), nil
}
