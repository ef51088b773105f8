package archive_test

import (
	"io"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/internal/cputime"
	"github.com/lvzhi-go/lvzhi/internal/synth"
	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/summary"
)

// national is the records of a national committee (2,200 members, 6,000
// proposals, 20,000 activities), without kept duty records: the duties
// are derived from the other records.
var national = sync.OnceValues(func() (*summary.Records, error) { return synth.Generate(synth.National()) })

// BenchmarkNationalZip writes the archives of the 2,200 members of a
// national committee as a zip of DOCX files: checking the records,
// deriving and tallying the duties, writing and laying out every archive.
// It reports the peak heap in use during the run (peak-MB, sampled) and
// the size of the zip.
func BenchmarkNationalZip(b *testing.B) {
	rec, err := national()
	require.NoError(b, err)
	var size int64
	var peak uint64
	cpu0 := cputime.Used()
	for b.Loop() {
		stop := samplePeak(&peak)
		bk, err := archive.New(rec, lvzhi.Year(2022), archive.Options{})
		require.NoError(b, err)
		w := &counter{}
		require.NoError(b, docx.WriteZip(w, bk.Batch(), nil))
		stop()
		size = w.n
	}
	b.ReportMetric((cputime.Used()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(size)/(1<<20), "zip-MB")
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
}

// BenchmarkNationalSteps times the two steps of BenchmarkNationalZip on
// their own: New (checking, deriving, tallying) and WriteZip (writing and
// laying out 2,200 archives).
func BenchmarkNationalSteps(b *testing.B) {
	rec, err := national()
	require.NoError(b, err)
	b.Run("New", func(b *testing.B) {
		cpu0 := cputime.Used()
		for b.Loop() {
			_, err := archive.New(rec, lvzhi.Year(2022), archive.Options{})
			require.NoError(b, err)
		}
		b.ReportMetric((cputime.Used()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	})
	bk, err := archive.New(rec, lvzhi.Year(2022), archive.Options{})
	require.NoError(b, err)
	b.Run("WriteZip", func(b *testing.B) {
		cpu0 := cputime.Used()
		for b.Loop() {
			require.NoError(b, docx.WriteZip(&counter{}, bk.Batch(), nil))
		}
		b.ReportMetric((cputime.Used()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	})
}

// counter counts the bytes written to it.
type counter struct{ n int64 }

func (c *counter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*counter)(nil)

// samplePeak records the largest heap in use, sampled every few
// milliseconds until the returned function is called.
func samplePeak(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			*peak = max(*peak, ms.HeapInuse)
			select {
			case <-done:
				return
			default:
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	return func() { close(done); wg.Wait() }
}
