package docx_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/report/internal/sample"
)

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, docx.Write(&a, sample.Document()))
	require.NoError(t, docx.Write(&b, sample.Document()))
	assert.True(t, bytes.Equal(a.Bytes(), b.Bytes()), "two renders differ")

	// Concurrent renders of one shared document give the same bytes too.
	d := sample.Document()
	const n = 8
	out := make([][]byte, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			var buf bytes.Buffer
			if err := docx.Write(&buf, d); err == nil {
				out[i] = buf.Bytes()
			}
		})
	}
	wg.Wait()
	for i := range n {
		assert.True(t, bytes.Equal(a.Bytes(), out[i]), "goroutine %d", i)
	}
}

func BenchmarkWrite(b *testing.B) {
	d := sample.Document()
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := docx.Write(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
}
