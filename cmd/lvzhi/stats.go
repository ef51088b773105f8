package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	lv "github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/participation"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/zh"
)

func init() {
	register(&command{
		name:  "stats",
		args:  "-data 记录.json -period 期间 [-json]",
		short: "列出一个期间的提案办理和委员履职统计数字",
		long: `例：lvzhi stats -data records.json -period 2022-H1
期间的写法：2022（年度）、2022-H1（上半年）、2022-Q3（第三季度）、2022-03（月）、2022-01-08/2022-06-30。
提案按提交日期计入期间，办理进展截至期间最后一天；履职按履职积分办法（member.DefaultScheme）统计，履职记录由会议、提案、调研和活动记录推出，另行登记的履职记录补入其中（与 lvzhi archive 相同）。`,
		flags: statsFlags,
	})
}

// statsReport is what stats prints, and its JSON form.
type statsReport struct {
	Period        string                `json:"period"`
	Proposals     proposal.Statistics   `json:"proposals"`
	Members       int                   `json:"members"`
	Active        int                   `json:"active_members"`
	DutyRecords   int                   `json:"duty_records"`
	Kinds         []kindCount           `json:"duty_kinds,omitempty"`
	Groups        []member.GroupTally   `json:"groups,omitempty"`
	Participation *participation.Report `json:"participation"`
	Sessions      int                   `json:"sessions"`
	Activities    int                   `json:"activities"`
}

type kindCount struct {
	Kind    string `json:"kind"`
	Records int    `json:"records"`
	Units   int    `json:"units"`
}

func statsFlags(fs *flag.FlagSet) func(*env, []string) error {
	data := fs.String("data", "", "履职记录 JSON 文件（必填）")
	periodText := fs.String("period", "", "统计期间，如 2022、2022-H1（必填）")
	asJSON := fs.Bool("json", false, "以 JSON 输出")
	return func(e *env, args []string) error {
		if len(args) > 0 {
			return usagef("多余的参数“%s”", args[0])
		}
		if err := required("-data", *data, "-period", *periodText); err != nil {
			return err
		}
		period, err := parsePeriod(*periodText)
		if err != nil {
			return err
		}
		rec, ro, err := loadChecked(e, *data)
		if err != nil {
			return err
		}
		e.progress("统计……")
		within := period.Range()
		reg, err := registerOf(rec)
		if err != nil {
			return err
		}
		scheme := member.DefaultScheme()
		// The tallies count what the records show (archive.Duties derives
		// attendance, proposals, activities … and adds the kept duty
		// records), as the members' archives do.
		duties := archive.Duties(rec)
		tallies, err := scheme.Tally(ro, duties, within)
		if err != nil {
			return err
		}
		groups, err := scheme.GroupTallies(ro, duties, within)
		if err != nil {
			return err
		}
		r := statsReport{Period: period.String(), Proposals: reg.StatisticsFor(period), Members: ro.Len(), Groups: groups,
			Participation: participationOf(rec, ro, period)}
		for _, t := range tallies {
			if len(t.Kinds) > 0 {
				r.Active++
			}
		}
		for _, k := range member.DutyKinds() {
			kc := kindCount{Kind: k.String()}
			for _, d := range duties {
				if d.Kind == k && within.Contains(d.Date) {
					kc.Records++
					kc.Units += d.Units()
				}
			}
			r.DutyRecords += kc.Records
			if kc.Records > 0 {
				r.Kinds = append(r.Kinds, kc)
			}
		}
		for _, s := range rec.Sessions {
			if within.Contains(s.Dates.From) {
				r.Sessions++
			}
		}
		for _, a := range rec.Activities {
			if within.Contains(a.When().From) {
				r.Activities++
			}
		}
		e.progressDone()
		if *asJSON {
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(r)
		}
		printStats(e.stdout, r, period)
		return nil
	}
}

// printStats writes the figures in Chinese, one topic a line.
func printStats(w io.Writer, r statsReport, period lv.Period) {
	s := r.Proposals
	fmt.Fprintf(w, "统计期间：%s（%s）\n\n", zh.PeriodName(period), zh.DateRange(period.Range()))
	fmt.Fprintln(w, "提案")
	fmt.Fprintf(w, "  收到%d件，立案%d件，立案率%s\n", s.Received, s.Registered, rate(s.RegistrationRate()))
	fmt.Fprintf(w, "  不予立案%d件，并案%d件，转为意见建议%d件，转为社情民意%d件，撤案%d件，待审查%d件\n",
		s.Rejected, s.Merged, s.Suggestions, s.Opinions, s.Withdrawn, s.Pending)
	fmt.Fprintf(w, "  本级办理%d件，转交上级%d件，交办完毕%d件\n", s.Local, s.Forwarded, s.HandedOver)
	fmt.Fprintf(w, "  已答复%d件，办结%d件，办结率%s，逾期未答复%d件，重点提案%d件\n", s.Replied, s.Closed, rate(s.ClosingRate()), s.Overdue, s.Key)
	fmt.Fprintf(w, "  满意%d件，基本满意%d件，不满意%d件，满意和基本满意率%s\n", s.Satisfied, s.BasicallySatisfied, s.Unsatisfied, rate(s.SatisfactionRate()))
	p := r.Participation
	fmt.Fprintln(w, "\n委员参与履职（由会议、提案、调研和活动记录统计）")
	fmt.Fprintf(w, "  委员%d人，参与履职%d人，参与率%s，共%d人次\n", p.Roster, p.Members, rate(p.Rate()), p.Times)
	for _, k := range p.Kinds {
		if k.Times > 0 {
			fmt.Fprintf(w, "  %s：%d人，%d人次\n", k.Kind, k.Members, k.Times)
		}
	}
	fmt.Fprintln(w, "\n履职记录（履职积分所据）")
	fmt.Fprintf(w, "  委员%d人，有履职记录%d人，履职记录%d条\n", r.Members, r.Active, r.DutyRecords)
	for _, k := range r.Kinds {
		fmt.Fprintf(w, "  %s：%d条记录", k.Kind, k.Records)
		if k.Units != k.Records {
			fmt.Fprintf(w, "，计%d%s", k.Units, unitWord(k.Kind))
		}
		fmt.Fprintln(w)
	}
	for _, g := range r.Groups {
		fmt.Fprintf(w, "  %s：成员%d人，活动%d次，参加%d人次\n", g.Group, g.Members, g.Activities, g.Participations)
	}
	fmt.Fprintln(w, "\n会议和活动")
	fmt.Fprintf(w, "  会议%d次，其他履职活动%d项\n", r.Sessions, r.Activities)
}

// rate writes a rate, or — when there was nothing to count.
func rate(r proposal.Rate) string {
	if !r.OK() {
		return "—"
	}
	return r.Percent()
}

// unitWord names the unit a duty kind is counted in.
func unitWord(kind string) string {
	switch kind {
	case member.DutyPlenary.String():
		return "个半天"
	case member.DutyProposalFiled.String(), member.DutyProposalAccepted.String(), member.DutyKeyProposal.String():
		return "件"
	case member.DutyOpinionSubmitted.String(), member.DutyOpinionAdopted.String(), member.DutyOpinionEndorsed.String():
		return "条"
	}
	return "次"
}

// parsePeriod reads the -period flag; a wrong value is a usage error.
func parsePeriod(text string) (lv.Period, error) {
	p, err := lv.ParsePeriod(text)
	if err != nil {
		// The parse error repeats the input and a package prefix; the
		// clerk needs the cause and the forms that work.
		msg := strings.TrimPrefix(err.Error(), "lvzhi: ")
		var pe *lv.ParseError
		var ve *lv.ValueError
		switch {
		case errors.As(err, &ve):
			msg = ve.Err.Error()
		case errors.As(err, &pe):
			msg = pe.Err.Error()
		}
		return p, usagef("-period “%s”有误：%s（期间的写法见下）", text, msg)
	}
	return p, nil
}
