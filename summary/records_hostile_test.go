package summary_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary"
)

// fixtureJSON returns the fixture as saved by Records.Save.
func fixtureJSON(tb testing.TB) []byte {
	tb.Helper()
	var buf bytes.Buffer
	require.NoError(tb, fixture(tb).Save(&buf))
	return buf.Bytes()
}

// requireJSONError checks that err is a *jsonstrict.Error, found with
// errors.As through the loader's wrapping, whose path starts with "$".
func requireJSONError(tb testing.TB, err error) *jsonstrict.Error {
	tb.Helper()
	var je *jsonstrict.Error
	require.True(tb, errors.As(err, &je), "error of type %T: %v", err, err)
	require.True(tb, strings.HasPrefix(je.Path, "$"), "path %q", je.Path)
	return je
}

// TestParseRejectsLossyText checks that text encoding/json would silently
// replace with U+FFFD is refused with the JSON path of the field.
func TestParseRejectsLossyText(t *testing.T) {
	good := string(fixtureJSON(t))
	cases := []struct{ name, from, to, path string }{
		{"member name", `"李明"`, "\"李\xff明\"", "$.members[0].name"},
		{"committee name", `"柳州市某区政协委员会"`, "\"柳州市某区政协委员会\xe4\xb8\"", "$.committee.name"},
		{"proposal title", `"关于加强社区养老服务的建议"`, "\"关于加强\xed\xa0\x80社区养老服务的建议\"", "$.proposals[0].title"},
		{"history actor", `"提案委员会"`, `"提案委员会\ud800"`, "$.proposals[0].history[1].actor"},
		{"activity counterpart", `"广西合浦县政协"`, "\"广西\x80合浦县政协\"", "$.activities[1].counterparts[0]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Replace(good, tc.from, tc.to, 1)
			require.NotEqual(t, good, in)
			rec, err := summary.Parse([]byte(in))
			assert.Nil(t, rec)
			je := requireJSONError(t, err)
			assert.Equal(t, tc.path, je.Path)
			assert.ErrorIs(t, err, lvzhi.ErrSyntax)
			assert.Contains(t, err.Error(), tc.path)

			o, err := summary.ParseOutline([]byte(`{"period":"2022-H1","title":` + tc.to + `}`))
			assert.Nil(t, o)
			assert.Equal(t, "$.title", requireJSONError(t, err).Path)
		})
	}
}

// TestParseHistoryOutOfOrder checks that a proposal history whose dates go
// backwards is refused with the path of the offending step.
func TestParseHistoryOutOfOrder(t *testing.T) {
	good := string(fixtureJSON(t))
	// The fixture's second step (审查) is dated 2022-02-01; move the first
	// proposal's to before its submission on 2022-01-20.
	in := strings.Replace(good, `"date": "2022-02-01"`, `"date": "2022-01-01"`, 1)
	require.NotEqual(t, good, in)
	_, err := summary.Parse([]byte(in))
	je := requireJSONError(t, err)
	assert.Equal(t, "$.proposals[0].history[1]", je.Path)
	var he *proposal.HistoryError
	require.ErrorAs(t, err, &he)
	assert.Equal(t, 1, he.Index)
	assert.ErrorIs(t, err, lvzhi.ErrOrder)
	assert.Contains(t, err.Error(), "第2步")
}

// TestParseEmptyRecords checks "{}": valid JSON for empty records, which
// NewBuilder refuses because the committee is required; with a committee
// alone every builder either writes a document without facts or names
// what is missing, and the documents render in every format.
func TestParseEmptyRecords(t *testing.T) {
	rec, err := summary.Parse([]byte(`{}`))
	require.NoError(t, err)
	assert.Equal(t, &summary.Records{}, rec)

	_, err = summary.NewBuilder(rec)
	var verrs lvzhi.ValidationErrors
	require.ErrorAs(t, err, &verrs)
	fields := make([]string, len(verrs))
	for i, fe := range verrs {
		fields[i] = fe.Field
	}
	assert.Contains(t, fields, "Committee.Name")

	b, err := summary.NewBuilder(&summary.Records{Committee: fixture(t).Committee})
	require.NoError(t, err)
	for _, name := range []string{"plenary", "proposals", "meetings", "members", "opinions", "research", "publications", "training", "groups", "exchanges"} {
		t.Run(name, func(t *testing.T) {
			o := summary.Outline{
				Period:       lvzhi.FirstHalf(2022),
				Sections:     []summary.Part{{Heading: "工作", Build: name}, {Heading: "其他", Before: []string{"其他工作。"}}},
				Shortcomings: summary.ShortcomingsPlan{Diagnoses: summary.DiagnosisRules()},
				Plans:        summary.PlansPlan{Diagnoses: summary.DiagnosisRules(), Closing: "继续努力。"},
			}
			_, err := b.Build(o)
			require.ErrorIs(t, err, summary.ErrNoFacts, "nothing to write about is an error")
			assert.ErrorContains(t, err, "部分[0]", "naming the part")
			assert.ErrorContains(t, err, name, "and its builder")

			o.Sections[0].Optional = true
			doc, err := b.Build(o)
			require.NoError(t, err, "an optional part is left out")
			require.Len(t, doc.Sections, 1)
			assert.Equal(t, "其他", doc.Sections[0].Heading)
			assert.True(t, doc.Shortcomings.IsZero(), "empty records support no diagnosis")
			for format, render := range renderers() {
				var buf bytes.Buffer
				require.NoError(t, render(&buf, doc), format)
				if format != "docx" { // compressed
					assert.Contains(t, buf.String(), "继续努力", format)
				}
			}
		})
	}
}

// renderers returns the four output formats.
func renderers() map[string]func(*bytes.Buffer, *summary.Document) error {
	return map[string]func(*bytes.Buffer, *summary.Document) error{
		"text":     func(b *bytes.Buffer, d *summary.Document) error { return report.Text(b, d) },
		"markdown": func(b *bytes.Buffer, d *summary.Document) error { return report.Markdown(b, d) },
		"html":     func(b *bytes.Buffer, d *summary.Document) error { return report.HTML(b, d) },
		"docx":     func(b *bytes.Buffer, d *summary.Document) error { return docx.Write(b, d) },
	}
}

// TestValidateNamesBothDuplicates checks that every kind of duplicate
// identifier is reported at the second record and names the first.
func TestValidateNamesBothDuplicates(t *testing.T) {
	topic := research.Topic{ID: "t1", Title: "建设特色食品产业园", Leader: "m1",
		History: []research.Step{{Phase: research.PhaseApproved, Date: d(2022, 3, 1)}}}
	cases := []struct {
		name   string
		change func(*summary.Records)
		field  string
		says   []string
	}{
		{"member", func(r *summary.Records) { r.Members[2].ID = "m1" }, "Members[2].ID", []string{"m1", "张伟", "李明"}},
		{"session", func(r *summary.Records) {
			s := r.Sessions[2]
			s.Dates = lvzhi.OneDay(d(2022, 5, 4))
			r.Sessions = append(r.Sessions, s)
		}, "Sessions[3].ID", []string{"j1", "2022年5月4日", "已被会议"}},
		{"proposal", func(r *summary.Records) {
			r.Proposals = append(r.Proposals, r.Proposals[1])
		}, "Proposals[3].Number", []string{"第9届第2号", "提案[1]"}},
		{"topic", func(r *summary.Records) { r.Topics = append(r.Topics, topic, topic) }, "Topics[1].ID", []string{"t1", "调研课题[0]"}},
		{"activity", func(r *summary.Records) { r.Activities = append(r.Activities, r.Activities[0]) }, "Activities[2].ID", []string{"o1", "活动[0]"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := fixture(t)
			tc.change(rec)
			var verrs lvzhi.ValidationErrors
			require.ErrorAs(t, rec.Validate(), &verrs)
			require.Len(t, verrs, 1, "one duplicate, one error: %v", verrs)
			assert.Equal(t, tc.field, verrs[0].Field)
			for _, s := range tc.says {
				assert.Contains(t, verrs[0].Message, s)
			}
		})
	}
}

// TestHugeFields documents how 10 MB texts fare: the records file may
// hold them (MaxFileSize is 64 MiB), validation refuses a name or a 案由
// of that size quickly and without echoing it, and the renderers write a
// 10 MB paragraph.
func TestHugeFields(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB inputs")
	}
	// 10 MiB of UTF-8. Speed is measured by the benchmarks, not here: a
	// hang is caught by go test's -timeout.
	huge := strings.Repeat("履职", 10<<20/6)

	cases := []struct {
		name   string
		change func(*summary.Records)
		field  string
		path   string // where loading refuses it, if it does
	}{
		{"member name", func(r *summary.Records) { r.Members[0].Name = huge }, "Members[0].Name", ""},
		{"proposal title", func(r *summary.Records) { r.Proposals[0].Title = huge }, "Proposals[0].Title", "$.proposals[0].title"},
		{"topic title", func(r *summary.Records) {
			r.Topics = []research.Topic{{ID: "t1", Title: huge, Leader: "m1",
				History: []research.Step{{Phase: research.PhaseApproved, Date: d(2022, 3, 1)}}}}
		}, "Topics[0].Title", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := fixture(t)
			tc.change(rec)
			err := rec.Validate()
			var verrs lvzhi.ValidationErrors
			require.ErrorAs(t, err, &verrs)
			require.Len(t, verrs, 1, "%.300s", err)
			assert.Equal(t, tc.field, verrs[0].Field)
			assert.Less(t, len(err.Error()), 1024, "the message does not repeat the text")

			// The same records through JSON: refused while loading (a
			// proposal validates its record as it replays its history) or
			// by NewBuilder.
			var buf bytes.Buffer
			require.NoError(t, rec.Save(&buf))
			back, err := summary.Parse(buf.Bytes())
			if tc.path != "" {
				assert.Equal(t, tc.path, requireJSONError(t, err).Path)
				assert.Less(t, len(err.Error()), 1024, "the message does not repeat the text")
				return
			}
			require.NoError(t, err)
			_, err = summary.NewBuilder(back)
			assert.ErrorAs(t, err, &verrs)
		})
	}

	doc := &summary.Document{Title: "标题", Opening: []string{huge}, Sections: []summary.Section{{Heading: "一", Paragraphs: []string{"正文。"}}}}
	for name, render := range renderers() {
		t.Run("render "+name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, render(&buf, doc))
			if name != "docx" {
				assert.Greater(t, buf.Len(), len(huge))
			}
		})
	}
}

// TestParseLimits checks the loader's own limits: more than MaxFileSize
// bytes is ErrTooLarge, without decoding.
func TestParseLimits(t *testing.T) {
	_, err := summary.Parse(make([]byte, summary.MaxFileSize+1))
	assert.ErrorIs(t, err, summary.ErrTooLarge)
	_, err = summary.ParseOutline(make([]byte, summary.MaxFileSize+1))
	assert.ErrorIs(t, err, summary.ErrTooLarge)
	_, err = summary.Load(strings.NewReader(strings.Repeat(" ", summary.MaxFileSize+1)))
	assert.ErrorIs(t, err, summary.ErrTooLarge)
}

// FuzzParse checks the records loader: whatever the input, it returns
// records or a *jsonstrict.Error naming a JSON path, never panics, and
// records it accepts save and load again to the same bytes.
func FuzzParse(f *testing.F) {
	good := fixtureJSON(f)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add(bytes.Replace(good, []byte("李明"), []byte("李\xff明"), 1))
	f.Add(bytes.Replace(good, []byte(`"term": 9`), []byte(`"term": 1`+strings.Repeat("0", 40)), 1))
	f.Add(bytes.Replace(good, []byte(`"term": 9`), []byte(`"term": 9e999`), 1))
	f.Add([]byte(`{"members":` + strings.Repeat("[", 200) + strings.Repeat("]", 200) + `}`))
	f.Add([]byte(`{"committee":` + strings.Repeat(`{"name":`, 100) + `"x"` + strings.Repeat("}", 100) + `}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"proposals":[null],"activities":[{"kind":"联谊交流"}]}`))
	f.Add([]byte(`{"local_sectors":["\ud800"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, err := summary.Parse(data)
		if err != nil {
			requireJSONError(t, err)
			return
		}
		var a bytes.Buffer
		if err := rec.Save(&a); err != nil {
			// Parse does not validate: records holding a zero enum
			// (a committee without a level, as in "{}") may fail to
			// save, but valid ones never do.
			require.Error(t, rec.Validate(), "valid records fail to save: %v", err)
			return
		}
		back, err := summary.Parse(a.Bytes())
		require.NoError(t, err, "saved records load again: %s", a.Bytes())
		var b bytes.Buffer
		require.NoError(t, back.Save(&b))
		require.Equal(t, a.String(), b.String())
	})
}

// FuzzParseOutline checks the outline loader like FuzzParse.
func FuzzParseOutline(f *testing.F) {
	good, err := json.Marshal(summary.Outline{
		Title: "{{.Committee.ShortName}}{{period .Period}}总结", Period: lvzhi.FirstHalf(2022), AsOf: d(2022, 6, 15),
		Opening:      []string{"开头。"},
		Sections:     []summary.Part{{Heading: "提案", Build: "proposals", Parts: []summary.Part{{Heading: "子项。", Level: 3, RunIn: true}}}},
		Shortcomings: summary.ShortcomingsPlan{Lead: "主要是：", Diagnoses: []string{"sector-silent"}},
		Plans:        summary.PlansPlan{Heading: "下半年工作打算", Numbered: true, Items: []summary.Part{{Heading: "甲"}}},
		Date:         d(2022, 7, 8),
	})
	require.NoError(f, err)
	f.Add(good)
	f.Add(good[:len(good)/3])
	f.Add(bytes.Replace(good, []byte("开头"), []byte("开\xc0\xaf头"), 1))
	f.Add([]byte(`{"period":"2022-H3"}`))
	f.Add([]byte(`{"sections":[{"heading":"a","level":1e30}]}`))
	f.Add([]byte(`{"sections":[{"parts":[{"parts":[{"parts":[{"parts":[]}]}]}]}]}`))
	f.Add([]byte(`{"period":"2022-01","shortcomings":{"items":[]},"plans":{"diagnoses":[]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := summary.ParseOutline(data)
		if err != nil {
			requireJSONError(t, err)
			return
		}
		// An empty list is kept as an empty object on the first write
		// ("shortcomings":{"items":[]} becomes "shortcomings":{}), which
		// reads back as the zero value: the form is stable from the
		// second write on.
		a, err := json.Marshal(o)
		require.NoError(t, err)
		back, err := summary.ParseOutline(a)
		require.NoError(t, err, "a marshalled outline parses again: %s", a)
		b, err := json.Marshal(back)
		require.NoError(t, err)
		again, err := summary.ParseOutline(b)
		require.NoError(t, err)
		c, err := json.Marshal(again)
		require.NoError(t, err)
		require.Equal(t, string(b), string(c))
		require.Equal(t, outlineTexts(o), outlineTexts(again), "no text is lost")
	})
}

// outlineTexts lists every text of o in order.
func outlineTexts(o *summary.Outline) []string {
	out := []string{o.Title, o.Issuer}
	out = append(out, o.Opening...)
	var parts func(ps []summary.Part)
	parts = func(ps []summary.Part) {
		for _, p := range ps {
			out = append(out, p.Heading, p.Build, p.Ref, p.Template)
			out = append(out, p.Before...)
			out = append(out, p.After...)
			parts(p.Parts)
		}
	}
	parts(o.Sections)
	sp, pp := o.Shortcomings, o.Plans
	out = append(out, sp.Lead, sp.Tail, pp.Heading, pp.Lead, pp.Closing)
	out = append(out, sp.Items...)
	out = append(out, sp.Diagnoses...)
	out = append(out, pp.Diagnoses...)
	parts(pp.Items)
	return out
}
