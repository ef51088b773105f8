package summary

import (
	"github.com/lvzhi-go/lvzhi/participation"
	"github.com/lvzhi-go/lvzhi/table"
	"github.com/lvzhi-go/lvzhi/zh"
)

// The table builders of the figures of packages proposal and
// participation, for attachments ([AttachmentPlan]):
//
//	proposal_handling       提案办理情况统计表 per 承办单位, with grades and
//	                        satisfaction ([proposal.HandlingTable.Table])
//	proposal_categories     提案分类统计表 ([proposal.Statistics.CategoryTable])
//	proposal_sectors        提案界别统计表 ([proposal.Statistics.SectorTable])
//	participation           委员履职情况统计表 by kind of duty
//	participation_sectors   各界别委员履职情况
//	participation_parties   各党派委员履职情况
//	participation_groups    各委员活动小组履职情况
//
// Each counts the proposals submitted, or the duties done, in the period,
// and its title names the period (2023年度各界别委员履职情况统计表), so that
// a table read alone still says which period it counts.

func handlingFacts(b *Builder, ctx *Context) (*HandlingFacts, error) {
	f, _, err := buildHandling(b, ctx, Part{})
	if err != nil {
		return nil, err
	}
	return f.(*HandlingFacts), nil
}

func proposalHandlingTable(b *Builder, ctx *Context) (table.Table, error) {
	f, err := handlingFacts(b, ctx)
	if err != nil {
		return table.Table{}, err
	}
	return f.Table.Table(), nil
}

func proposalCategoriesTable(b *Builder, ctx *Context) (table.Table, error) {
	f, err := handlingFacts(b, ctx)
	if err != nil {
		return table.Table{}, err
	}
	return f.Stats.CategoryTable(), nil
}

func proposalSectorsTable(b *Builder, ctx *Context) (table.Table, error) {
	f, err := handlingFacts(b, ctx)
	if err != nil {
		return table.Table{}, err
	}
	return f.Stats.SectorTable(), nil
}

// participationTable returns a table builder of the participation facts.
func participationTable(lay func(*participation.Report) table.Table) TableFunc {
	return func(b *Builder, ctx *Context) (table.Table, error) {
		f, _, err := buildParticipation(b, ctx, Part{})
		if err != nil {
			return table.Table{}, err
		}
		return lay(f.(*ParticipationFacts).Report), nil
	}
}

// ofPeriod puts the name of the period before the title of the table f
// lays out.
func ofPeriod(f TableFunc) TableFunc {
	return func(b *Builder, ctx *Context) (table.Table, error) {
		t, err := f(b, ctx)
		if err == nil && t.Title != "" {
			t.Title = zh.PeriodName(ctx.Period) + t.Title
		}
		return t, err
	}
}

var figureTables = map[string]TableFunc{
	"proposal_handling":   ofPeriod(proposalHandlingTable),
	"proposal_categories": ofPeriod(proposalCategoriesTable),
	"proposal_sectors":    ofPeriod(proposalSectorsTable),
	"participation":       ofPeriod(participationTable((*participation.Report).KindTable)),
	"participation_sectors": ofPeriod(participationTable(func(r *participation.Report) table.Table {
		return r.LinesTable("各界别委员履职情况统计表", "界别", r.BySector())
	})),
	"participation_parties": ofPeriod(participationTable(func(r *participation.Report) table.Table {
		return r.LinesTable("各党派委员履职情况统计表", "党派", r.ByParty())
	})),
	"participation_groups": ofPeriod(participationTable(func(r *participation.Report) table.Table {
		return r.LinesTable("各委员活动小组履职情况统计表", "活动小组", r.ByGroup())
	})),
}
