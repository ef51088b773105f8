package summary

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/participation"
	"github.com/lvzhi-go/lvzhi/zh"
)

// checkMembersInactive finds members of the roster who took part in no
// duty in the period up to asOf, as package participation counts duties
// from the records (proposals, 社情民意, attendance, speeches, research,
// inspections, activities). Evidence gives their number and names a few
// of them in 姓氏笔画 order, and the participation rate.
func checkMembersInactive(b *Builder, period lvzhi.Period, asOf lvzhi.Date, _ DiagnoseOptions) (Diagnosis, bool) {
	done, ok := progress(period, asOf)
	if !ok || len(b.rec.Members) == 0 {
		return Diagnosis{}, false
	}
	recs := participation.Records{Members: b.rec.Members, Sessions: b.rec.Sessions, Proposals: b.rec.Proposals,
		Topics: b.rec.Topics, Activities: b.rec.Activities, Sectors: b.roster.Sectors()}
	if participation.AllTookPart(recs, done) { // the common case, found early
		return Diagnosis{}, false
	}
	r := participation.Count(recs, done)
	var names []string
	for i, t := range r.ByMember {
		if t.Total() == 0 {
			names = append(names, b.rec.Members[i].Name)
		}
	}
	if len(names) == 0 || r.Members == 0 {
		return Diagnosis{}, false
	}
	zh.SortByStroke(names, func(s string) string { return s }) // 以姓氏笔画为序, whatever the roster's order
	span := zh.PeriodName(period, zh.OmitYear(period.Range().From.Year))
	d := Diagnosis{
		Shortcoming: fmt.Sprintf("%d名委员%s未参加履职活动", len(names), span),
		Improvement: "建立委员履职情况定期通报制度，加强与履职较少委员的联系和督促，引导全体委员积极参加各类履职活动。",
	}
	shown := names
	if len(shown) > 5 {
		shown = shown[:5]
	}
	ev := fmt.Sprintf("%d名委员未参加履职活动：%s", len(names), strings.Join(shown, "、"))
	if len(names) > len(shown) {
		ev += "等"
	}
	d.Evidence = []string{ev, fmt.Sprintf("参加履职%d人，占委员总数的%s", r.Members, r.Rate().Percent())}
	return d, true
}
