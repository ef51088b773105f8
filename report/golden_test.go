package report_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/internal/sample"
	"github.com/lvzhi-go/lvzhi/report/reporttest"
)

func render(t *testing.T, f func(w *bytes.Buffer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, f(&buf))
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	d, o := sample.Document(), sample.Official()
	tests := []struct {
		file   string
		render func(w *bytes.Buffer) error
	}{
		{"sample.txt", func(w *bytes.Buffer) error { return report.Text(w, d) }},
		{"sample.md", func(w *bytes.Buffer) error { return report.Markdown(w, d) }},
		{"sample.html", func(w *bytes.Buffer) error { return report.HTML(w, d) }},
		{"official.txt", func(w *bytes.Buffer) error { return report.Text(w, o) }},
		{"official.md", func(w *bytes.Buffer) error { return report.Markdown(w, o) }},
		{"official.html", func(w *bytes.Buffer) error { return report.HTML(w, o) }},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			reporttest.Golden(t, tt.file, render(t, tt.render))
		})
	}
}
