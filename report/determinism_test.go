package report_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/internal/sample"
	"github.com/lvzhi-go/lvzhi/summary"
)

func TestDeterministic(t *testing.T) {
	formats := map[string]func(*bytes.Buffer, *summary.Document) error{
		"text":     func(w *bytes.Buffer, d *summary.Document) error { return report.Text(w, d) },
		"markdown": func(w *bytes.Buffer, d *summary.Document) error { return report.Markdown(w, d) },
		"html":     func(w *bytes.Buffer, d *summary.Document) error { return report.HTML(w, d) },
	}
	for name, f := range formats {
		t.Run(name, func(t *testing.T) {
			d := sample.Document()
			var first bytes.Buffer
			require.NoError(t, f(&first, d))
			require.NotZero(t, first.Len())

			// The same document from many goroutines at once (run with
			// -race) gives the same bytes every time, and is not changed.
			const n = 8
			outs := make([][]byte, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() {
					var buf bytes.Buffer
					if err := f(&buf, d); err == nil {
						outs[i] = buf.Bytes()
					}
				})
			}
			wg.Wait()
			for i := range n {
				assert.Equal(t, first.Bytes(), outs[i], "goroutine %d", i)
			}
			assert.Equal(t, sample.Document(), d, "rendering does not change the document")
		})
	}
}
