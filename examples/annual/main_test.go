package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/participation"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/report/reporttest"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/zh"
	"github.com/lvzhi-go/lvzhi/zh/proofread"
)

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	require.NoError(t, run(args, &out, &errOut), errOut.String())
	return out.String()
}

// The summary printed by a plain "go run ./examples/annual", and its
// Markdown and HTML forms, are kept as golden files (go test -update).
func TestGolden(t *testing.T) {
	reporttest.GoldenString(t, "annual.txt", runOK(t))
	reporttest.GoldenString(t, "annual.md", runOK(t, "-format", "md"))
	reporttest.GoldenString(t, "annual.html", runOK(t, "-format", "html"))
}

// sample returns the embedded records.
func sample(t *testing.T) *summary.Records {
	t.Helper()
	rec, err := summary.Parse(records)
	require.NoError(t, err)
	return rec
}

// The figures the summary quotes are those the packages count from the
// records, each written in the way the text needs.
func TestFiguresFromRecords(t *testing.T) {
	rec := sample(t)
	text := runOK(t)
	count := func(y int) *participation.Report {
		return participation.Count(participation.Records{Members: rec.Members, Sessions: rec.Sessions, Proposals: rec.Proposals,
			Topics: rec.Topics, Activities: rec.Activities}, lvzhi.Year(y))
	}
	now, before := count(2023), count(2022)
	lead := now.Kind(participation.ProposalLead)
	assert.Contains(t, text, itoa(now.Proposers(false))+"名委员以第一提案人身份提交提案"+itoa(lead.Items)+"件")
	// An exact increment goes with the exact total, never with 1100余.
	assert.Contains(t, text, "等共"+itoa(now.Times)+"人次，"+zh.CompareCount(before.Times, now.Times, "人次", "上年"))
	assert.NotContains(t, text, "余人次")
	rate, err := zh.CompareRate(before.Members, before.Roster, now.Members, now.Roster, "上年")
	require.NoError(t, err)
	assert.Contains(t, text, "参加履职的委员"+itoa(now.Members)+"名，占委员总数的"+now.Rate().Percent()+"，"+rate)
	assert.NotContains(t, text, "参加了履职，")
	// The count of sectors that took part in full comes with the others.
	full, short, idle := 0, 0, 0
	for _, l := range now.BySector() {
		if l.Members == l.Roster {
			full++
		} else {
			short++
			idle += l.Roster - l.Members
		}
	}
	require.Positive(t, short, "the sample has sectors with idle members")
	assert.Contains(t, text, itoa(full+short)+"个界别中，"+itoa(full)+"个界别的委员全部参加了履职活动；")
	assert.Equal(t, now.Roster-now.Members, idle)

	reg := proposal.NewRegister(rec.ProposalRules)
	for _, p := range rec.Proposals {
		require.NoError(t, reg.Add(p))
	}
	s23, s22 := reg.StatisticsFor(lvzhi.Year(2023)), reg.StatisticsFor(lvzhi.Year(2022))
	assert.Contains(t, text, "全年共收到提案"+itoa(s23.Received)+"件，"+zh.CompareCount(s22.Received, s23.Received, "件", "上年"))
	h := reg.Handling(lvzhi.Year(2023).Range(), lvzhi.Date{})
	assert.Contains(t, text, "交由"+itoa(h.LeadUnits())+"家单位主办")
	// The satisfaction rate is exact, as the other rates of the document.
	sat := zh.Percent(s23.Satisfied+s23.BasicallySatisfied, s23.Satisfied+s23.BasicallySatisfied+s23.Unsatisfied)
	assert.Contains(t, text, "满意和基本满意率为"+sat)
	assert.NotContains(t, text, "%以上")
	// The members' proposals the participation part quotes, and the
	// collective ones, add up to the proposals received.
	collective := 0
	for _, p := range rec.Proposals {
		if p.Submitted().Year == 2023 && p.Submitter.Kind == proposal.Collective {
			collective++
		}
	}
	require.Positive(t, collective)
	assert.Contains(t, text, "其中，委员提案"+itoa(s23.Received-collective)+"件、集体提案"+itoa(collective)+"件")
	assert.Contains(t, text, "提交提案"+itoa(s23.Received-collective)+"件")
	// The handling table of 附件1 is the register's, unit by unit.
	for _, u := range h.Units {
		assert.Contains(t, text, u.Unit)
	}
	assert.Contains(t, text, "附件1")
	assert.Contains(t, text, "各界别委员履职情况统计表")
	// The research part quotes the year's reports and instructions.
	reports, instructed := 0, 0
	for _, tp := range rec.Topics {
		for _, st := range tp.History {
			if st.Phase == research.PhaseSubmitted && st.Date.Year == 2023 {
				reports++
			}
		}
		for _, o := range tp.Outputs {
			if o.Kind == research.OutputInstruction && o.Date.Year == 2023 {
				instructed++
			}
		}
	}
	require.Positive(t, instructed)
	assert.Contains(t, text, "形成调研报告"+itoa(reports)+"篇报送县委、县政府，其中")
	// The key topics are named once; the reports on them are counted, not
	// named again under their titles.
	assert.Contains(t, text, "，其中"+itoa(instructed)+"篇获县委主要领导批示。")
	assert.NotContains(t, text, "调研报告》")
	assert.NotContains(t, text, "2个课题为重点调研课题")
	assert.Contains(t, text, "开展课题调研")
}

// The shapes the showcase is meant to have: about 150 members, about 200
// proposals a year, two years, a comparison in every part that counts.
func TestShapes(t *testing.T) {
	rec := sample(t)
	assert.Len(t, rec.Members, 150)
	per := map[int]int{}
	for _, p := range rec.Proposals {
		per[p.Submitted().Year]++
	}
	assert.Equal(t, map[int]int{2022: 176, 2023: 198}, per)
	text := runOK(t)
	assert.GreaterOrEqual(t, strings.Count(text, "较上年"), 6)
	body, tables, ok := strings.Cut(text, "附件1\n")
	require.True(t, ok)
	for _, typo := range []string{"等等", "。。", "，，", "6512余", "100.0%", "0.0个百分点"} {
		assert.NotContains(t, body, typo)
	}
	// Items under a level-1 heading are level 2 (（一）), never 1. directly;
	// the 不足 paragraph opens as a transition, not as part of 七.
	assert.Contains(t, body, "\n　　（一）抓好委员培训。")
	assert.NotContains(t, body, "\n　　1.")
	assert.Contains(t, body, "\n　　总的看，")
	// The tables write their rates with one decimal throughout.
	assert.Contains(t, tables, "100.0%")
	assert.NotRegexp(t, `[^.\d]\d+%`, tables, "a whole per cent beside one-decimal rates")
}

// The proofreader finds nothing in the document or in any rendered form.
func TestProofread(t *testing.T) {
	doc, err := build()
	require.NoError(t, err)
	assert.Empty(t, summary.Proofread(doc, nil))
	for _, format := range []string{"text", "md"} {
		assert.Empty(t, proofread.Check(runOK(t, "-format", format)), format)
	}
}

func TestDOCXAndErrors(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.docx"), filepath.Join(dir, "b.docx")
	runOK(t, "-format", "docx", "-o", a)
	runOK(t, "-format", "docx", "-o", b)
	da, err := os.ReadFile(a)
	require.NoError(t, err)
	db, err := os.ReadFile(b)
	require.NoError(t, err)
	assert.Equal(t, da, db, "the same records give the same bytes")

	var out, errOut bytes.Buffer
	assert.ErrorContains(t, run([]string{"-format", "pdf"}, &out, &errOut), "unknown -format")
	assert.ErrorContains(t, run([]string{"-format", "docx"}, &out, &errOut), "give -o FILE")
	assert.ErrorContains(t, run([]string{"extra"}, &out, &errOut), "unexpected argument")
}

func itoa(n int) string { return strconv.Itoa(n) }

// Names read as the county's own office writes them: the issuer and its
// office in the form 政协××委员会, places inside the county without the
// county's name, the plenary's resolution by its short name.
func TestNames(t *testing.T) {
	text := runOK(t)
	assert.Contains(t, text, "　政协青山县委员会\n")
	assert.Contains(t, text, "　政协青山县委员会办公室")
	assert.Contains(t, text, "会议通过了大会决议。")
	assert.Contains(t, text, "听取和审议了县政协常委会工作报告和关于提案工作情况的报告")
	for _, bad := range []string{"青山县政协委员会", "青山县政协办公室", "第十一届委员会第三次会议决议", "中共青山县委党校"} {
		assert.NotContains(t, text, bad)
	}
	// A report sent up to the 县委 carries its 签发人, the chair on the date
	// of the document.
	var chairs []string
	for _, m := range sample(t).Members {
		if m.HasPost(member.RoleChair, lvzhi.MustDate(2024, 1, 10)) {
			chairs = append(chairs, m.Name)
		}
	}
	require.Len(t, chairs, 1)
	assert.Contains(t, text, "签发人："+chairs[0]+"\n")
	data, err := os.ReadFile(filepath.Join("data", "records.json"))
	require.NoError(t, err)
	assert.NotRegexp(t, `"(place|host)": "(中共)?青山县`, string(data), "a place inside the county named with the county")
}
