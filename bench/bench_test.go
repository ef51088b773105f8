package bench_test

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/synth"
	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/summary"
)

// fixture is the saved records of one size, generated once.
type fixture struct {
	name string
	cfg  synth.Config

	once sync.Once
	data []byte
	b    *summary.Builder
	doc  *summary.Document
	err  error
}

var fixtures = []*fixture{
	{name: "district", cfg: synth.District()},
	{name: "province", cfg: synth.Province()},
	{name: "national", cfg: synth.National()},
}

// get generates the fixture's records, saves them, and loads, builds and
// renders them once, so that each benchmark finds its input ready.
func (f *fixture) get(tb testing.TB) *fixture {
	tb.Helper()
	f.once.Do(func() {
		rec, err := synth.Generate(f.cfg)
		if err != nil {
			f.err = err
			return
		}
		var buf bytes.Buffer
		if f.err = rec.Save(&buf); f.err != nil {
			return
		}
		f.data = buf.Bytes()
		f.b, f.doc, f.err = loadBuild(f.data)
	})
	require.NoError(tb, f.err)
	return f
}

// each runs fn as a sub-benchmark for every size.
func each(b *testing.B, fn func(b *testing.B, f *fixture)) {
	for _, f := range fixtures {
		b.Run(f.name, func(b *testing.B) {
			f.get(b)
			b.ReportAllocs()
			fn(b, f)
		})
	}
}

// year is the period of every benchmark.
var year = lvzhi.Year(synth.DefaultYear)

// outline is an annual summary using every built-in builder and every
// diagnosis rule.
func outline() summary.Outline {
	sec := func(heading, build string) summary.Part { return summary.Part{Heading: heading, Build: build} }
	rules := summary.DiagnosisRules()
	return summary.Outline{
		Title:   "{{.Committee.ShortName}}{{period .Period}}工作总结",
		Period:  year,
		Opening: []string{"{{.Year}}年，{{if .Committee.Superior}}在中共{{region .Committee}}委的领导下{{else}}在以习近平同志为核心的党中央坚强领导下{{end}}，{{.Committee.ShortName}}坚持以习近平新时代中国特色社会主义思想为指导，认真履行政治协商、民主监督、参政议政职能，各项工作取得新的成效。"},
		Sections: []summary.Part{
			sec("召开全体会议，发扬民主建言献策", "plenary"),
			sec("规范会议制度，深化协商议政", "meetings"),
			sec("优化委员结构，夯实履职基础", "members"),
			sec("做好提案工作，提高提案办理质量", "proposals"),
			sec("反映社情民意，畅通民意表达渠道", "opinions"),
			sec("深入调研视察，助推经济社会发展", "research"),
			sec("做好文史工作，传承历史文化", "publications"),
			sec("加强学习培训，提升履职能力", "training"),
			sec("开展小组活动，发挥委员作用", "groups"),
			sec("加强联谊交流，拓宽工作视野", "exchanges"),
		},
		Shortcomings: summary.ShortcomingsPlan{
			Lead:      "总的看，一年来工作取得了一定成绩，但也存在一些不足，主要是：",
			Items:     []string{"调研成果转化还不够"},
			Diagnoses: rules,
			Tail:      "这些问题需要在今后工作中认真加以改进。",
		},
		Plans: summary.PlansPlan{
			Heading:  fmt.Sprintf("%d年工作打算", synth.DefaultYear+1),
			Numbered: true,
			Items: []summary.Part{
				{Heading: "加强委员队伍建设。", RunIn: true, Before: []string{"组织委员学习培训，提升履职能力。"}},
				{Heading: "推动调研成果转化。", RunIn: true, Before: []string{"对报送的调研报告，及时了解批示落实和有关部门采纳情况，促进成果落地见效。"}},
			},
			Diagnoses: rules,
		},
		Date: lvzhi.MustDate(synth.DefaultYear+1, 1, 10),
	}
}

// build builds the annual summary and runs the diagnoses.
func build(b *summary.Builder) (*summary.Document, error) {
	doc, err := b.Build(outline())
	if err != nil {
		return nil, err
	}
	_ = b.Diagnose(year, lvzhi.Date{}, summary.DiagnoseOptions{})
	return doc, nil
}

// loadBuild parses and validates data and builds the summary.
func loadBuild(data []byte) (*summary.Builder, *summary.Document, error) {
	rec, err := summary.Parse(data)
	if err != nil {
		return nil, nil, err
	}
	b, err := summary.NewBuilder(rec)
	if err != nil {
		return nil, nil, err
	}
	doc, err := build(b)
	return b, doc, err
}

// render writes doc in the three formats into buf.
func render(buf *bytes.Buffer, doc *summary.Document) error {
	buf.Reset()
	if err := report.Text(buf, doc); err != nil {
		return err
	}
	if err := report.HTML(buf, doc); err != nil {
		return err
	}
	return docx.Write(buf, doc)
}

// endToEnd is the whole pipeline: load, validate, build, diagnose and
// render text, HTML and DOCX.
func endToEnd(data []byte, buf *bytes.Buffer) error {
	_, doc, err := loadBuild(data)
	if err != nil {
		return err
	}
	return render(buf, doc)
}

// reportMB reports the size of the records, in MB (10^6 bytes) as
// testing's MB/s.
func reportMB(b *testing.B, f *fixture) {
	b.SetBytes(int64(len(f.data)))
}

func BenchmarkLoadValidate(b *testing.B) {
	each(b, func(b *testing.B, f *fixture) {
		reportMB(b, f)
		for b.Loop() {
			rec, err := summary.Parse(f.data)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := summary.NewBuilder(rec); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkBuild(b *testing.B) {
	each(b, func(b *testing.B, f *fixture) {
		for b.Loop() {
			if _, err := build(f.b); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func benchRender(b *testing.B, fn func(io.Writer, *summary.Document) error) {
	each(b, func(b *testing.B, f *fixture) {
		var buf bytes.Buffer
		for b.Loop() {
			buf.Reset()
			if err := fn(&buf, f.doc); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(buf.Len()), "bytes-out")
	})
}

func BenchmarkRenderText(b *testing.B) {
	benchRender(b, func(w io.Writer, d *summary.Document) error { return report.Text(w, d) })
}

func BenchmarkRenderHTML(b *testing.B) {
	benchRender(b, func(w io.Writer, d *summary.Document) error { return report.HTML(w, d) })
}

func BenchmarkRenderDOCX(b *testing.B) {
	benchRender(b, func(w io.Writer, d *summary.Document) error { return docx.Write(w, d) })
}

func BenchmarkEndToEnd(b *testing.B) {
	each(b, func(b *testing.B, f *fixture) {
		reportMB(b, f)
		var buf bytes.Buffer
		for b.Loop() {
			if err := endToEnd(f.data, &buf); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkPeakMemory runs the pipeline once per iteration, after a
// garbage collection, while a goroutine samples the runtime's heap every
// 100 µs (runtime/metrics /memory/classes/heap/objects:bytes: bytes in
// heap objects, live or dead but not yet swept). It reports as
// peak-heap-MB the highest value seen over all iterations minus the value
// after the collection: the heap the pipeline itself occupies at its
// worst, garbage included, which is what the process must have room for
// (its input, the saved records, is held by the benchmark and not counted).
func BenchmarkPeakMemory(b *testing.B) {
	each(b, func(b *testing.B, f *fixture) {
		var buf bytes.Buffer
		var peak uint64
		for b.Loop() {
			b.StopTimer()
			runtime.GC()
			base := heapObjects()
			stop, done := make(chan struct{}), make(chan uint64)
			go sample(stop, done)
			b.StartTimer()
			err := endToEnd(f.data, &buf)
			b.StopTimer()
			close(stop)
			seen := <-done
			if err != nil {
				b.Fatal(err)
			}
			if seen > base {
				peak = max(peak, seen-base)
			}
			b.StartTimer()
		}
		b.ReportMetric(float64(peak)/1e6, "peak-heap-MB")
	})
}

// heapObjects returns the bytes in heap objects.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// sample sends the highest value of heapObjects seen until stop closes.
func sample(stop <-chan struct{}, done chan<- uint64) {
	var peak uint64
	t := time.NewTicker(100 * time.Microsecond)
	defer t.Stop()
	for {
		peak = max(peak, heapObjects())
		select {
		case <-stop:
			done <- peak
			return
		case <-t.C:
		}
	}
}

// TestEndToEndSmall runs the benchmarked pipeline once on a small
// committee, so that a failure shows in ordinary test runs.
func TestEndToEndSmall(t *testing.T) {
	rec, err := synth.Generate(synth.Config{Seed: 1, Members: 60, Proposals: 80, Activities: 100})
	require.NoError(t, err)
	var data bytes.Buffer
	require.NoError(t, rec.Save(&data))
	_, doc, err := loadBuild(data.Bytes())
	require.NoError(t, err)
	assert.Equal(t, "区政协2022年度工作总结", doc.Title)
	require.Len(t, doc.Sections, 10)
	assert.Contains(t, strings.Join(doc.Sections[0].Paragraphs, ""), "区政协九届三次会议于1月8日至10日召开",
		"the plenary builder finds the year's plenary")
	assert.Contains(t, strings.Join(doc.Sections[3].Paragraphs, ""), "经审查立案",
		"the proposals builder counts the proposals")

	var out bytes.Buffer
	require.NoError(t, report.Text(&out, doc))
	assert.True(t, strings.HasPrefix(out.String(), doc.Title+"\n"))
	require.NoError(t, render(&out, doc))
	assert.Positive(t, out.Len())
}
