package summary_test

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary"
)

// concurrencyRecords returns the fixture grown to a realistic half year —
// sixty proposals at every stage, a key research topic and group
// activities — read back through JSON as a caller would load it.
func concurrencyRecords(tb testing.TB) *summary.Records {
	tb.Helper()
	rec := fixture(tb)
	at := proposal.At
	units := []string{"区民政局", "区教育局", "区卫生健康局", "区住房城乡建设局"}
	for i := 4; i <= 63; i++ {
		p, err := proposal.New(proposal.Record{Number: i, Term: 9, Sitting: 3, Kind: proposal.Regular,
			Title: fmt.Sprintf("关于完善第%d项公共服务的建议", i), Category: proposal.DefaultCategories()[i%6], Sector: "教育界",
			Submitter: proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{"m2"}}},
			at(d(2022, 1, 10+i%15), "m2"))
		require.NoError(tb, err)
		steps := []func() error{
			func() error { return p.Review(at(d(2022, 2, 1), "提案委员会")) },
			func() error { return p.Register(at(d(2022, 3, 10), "九届九次主席会议")) },
			func() error {
				return p.Assign(at(d(2022, 5, 3), "联席会议"), proposal.Unit{Name: units[i%len(units)], Role: proposal.Lead})
			},
			func() error {
				return p.Reply(at(d(2022, 6, 1), units[i%len(units)]), units[i%len(units)], proposal.GradeA)
			},
			func() error { return p.Feedback(at(d(2022, 6, 10), "m2"), proposal.Satisfaction(1+i%3)) },
		}
		for _, step := range steps[:i%(len(steps)+1)] {
			require.NoError(tb, step())
		}
		rec.Proposals = append(rec.Proposals, p)
	}
	rec.Topics = []research.Topic{{ID: "t1", Title: "建设特色食品产业园", ChosenAt: "c9", Key: true, Leader: "m1", Members: []lvzhi.MemberID{"m3"},
		History: []research.Step{{Phase: research.PhaseApproved, Date: d(2022, 3, 10)}, {Phase: research.PhasePreparing, Date: d(2022, 4, 1)}}}}
	for i, g := range []string{"科技组", "教育组", "科技组", "医卫组"} {
		rec.Activities = append(rec.Activities, research.GroupActivity{
			Base:   research.Base{ID: lvzhi.ActivityID(fmt.Sprintf("g%d", i)), Title: g + "视察", Dates: lvzhi.OneDay(d(2022, 4, 10+i)), Members: []lvzhi.MemberID{"m1", "m2"}},
			Groups: []string{g}, Form: research.FormSurvey})
	}
	var buf bytes.Buffer
	require.NoError(tb, rec.Save(&buf))
	back, err := summary.Parse(buf.Bytes())
	require.NoError(tb, err)
	return back
}

// concurrencyOutline uses every built-in builder and both diagnosis parts.
func concurrencyOutline() summary.Outline {
	return summary.Outline{
		Period:  lvzhi.FirstHalf(2022),
		AsOf:    d(2022, 6, 15),
		Opening: []string{"上半年，{{.Committee.ShortName}}紧紧围绕中心工作，认真履行职能。"},
		Sections: []summary.Part{
			{Heading: "召开{{.Facts.Named}}", Build: "plenary"},
			{Heading: "做好提案工作", Build: "proposals"},
			{Heading: "做好社情民意工作", Build: "opinions"},
			{Heading: "深入开展调研", Build: "research", Parts: []summary.Part{
				{Heading: "文史工作。", Level: 3, RunIn: true, Build: "publications", Optional: true, After: []string{"继续做好文史资料征集工作。"}},
				{Heading: "学习培训。", Level: 3, RunIn: true, Build: "training", Optional: true, After: []string{"组织委员参加学习。"}},
			}},
			{Heading: "发挥委员活动小组作用", Build: "groups"},
			{Heading: "加强联谊交流", Build: "exchanges"},
		},
		Shortcomings: summary.ShortcomingsPlan{Lead: "上半年工作取得了一定成绩，但也存在不足，主要是：", Diagnoses: summary.DiagnosisRules(),
			Tail: "这些问题需要在下半年工作中认真加以改进。"},
		Plans: summary.PlansPlan{Heading: "下半年工作打算", Numbered: true, Diagnoses: summary.DiagnosisRules(),
			Items: []summary.Part{{Heading: "加强学习", Before: []string{"组织委员深入学习。"}}}},
		Date: d(2022, 7, 8),
	}
}

// renderAll builds o with b and renders it in every format, in order:
// text, Markdown, HTML, DOCX.
func renderAll(b *summary.Builder, o summary.Outline) ([4][]byte, error) {
	var out [4][]byte
	doc, err := b.Build(o)
	if err != nil {
		return out, err
	}
	for i, render := range []func(*bytes.Buffer) error{
		func(w *bytes.Buffer) error { return report.Text(w, doc) },
		func(w *bytes.Buffer) error { return report.Markdown(w, doc) },
		func(w *bytes.Buffer) error { return report.HTML(w, doc) },
		func(w *bytes.Buffer) error { return docx.Write(w, doc) },
	} {
		var buf bytes.Buffer
		if err := render(&buf); err != nil {
			return out, err
		}
		out[i] = buf.Bytes()
	}
	return out, nil
}

// TestBuilderConcurrentUse builds and renders one outline from one Builder
// in 16 goroutines at once (run with -race): every goroutine gets the same
// bytes in every format as a build done alone, and the records are not
// changed.
func TestBuilderConcurrentUse(t *testing.T) {
	rec := concurrencyRecords(t)
	var saved bytes.Buffer
	require.NoError(t, rec.Save(&saved))
	b, err := summary.NewBuilder(rec)
	require.NoError(t, err)
	o := concurrencyOutline()

	want, err := renderAll(b, o)
	require.NoError(t, err)
	for i, out := range want {
		require.NotEmpty(t, out, "format %d", i)
	}
	assert.Contains(t, string(want[0]), "共收到提案63件", "the records are the realistic ones")

	const n = 16
	got := make([][4][]byte, n)
	errs := make([]error, n)
	diagnoses := make([][]summary.Diagnosis, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			got[i], errs[i] = renderAll(b, o)
			diagnoses[i] = b.Diagnose(o.Period, o.AsOf, summary.DiagnoseOptions{})
		})
	}
	wg.Wait()
	wantDiag := b.Diagnose(o.Period, o.AsOf, summary.DiagnoseOptions{})
	assert.NotEmpty(t, wantDiag, "the records support some diagnoses")
	for i := range n {
		require.NoError(t, errs[i], "goroutine %d", i)
		for f, name := range []string{"text", "Markdown", "HTML", "DOCX"} {
			assert.True(t, bytes.Equal(want[f], got[i][f]), "goroutine %d: %s differs", i, name)
		}
		assert.Equal(t, wantDiag, diagnoses[i], "goroutine %d", i)
	}
	var after bytes.Buffer
	require.NoError(t, rec.Save(&after))
	assert.Equal(t, saved.String(), after.String(), "building does not change the records")
}
