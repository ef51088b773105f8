package archive_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/summary"
)

// section returns the paragraphs of the section of d with the heading,
// or false.
func section(d *summary.Document, heading string) ([]string, bool) {
	i := slices.IndexFunc(d.Sections, func(s summary.Section) bool { return s.Heading == heading })
	if i < 0 {
		return nil, false
	}
	return d.Sections[i].Paragraphs, true
}

// The heading of research and inspections follows what was recorded:
// 视察 only where an inspection was.
func TestStudiesHeading(t *testing.T) {
	b := halfyearBook(t)
	d, err := b.Document("m038")
	require.NoError(t, err)
	paras, ok := section(d, "参加调研")
	require.True(t, ok, text(d))
	assert.Equal(t, []string{"参加“推进中小学集团化办学”课题调研。"}, paras)
	assert.NotContains(t, text(d), "视察")

	seen := map[string]bool{}
	for _, m := range b.Members() {
		p, err := b.Profile(m.ID)
		require.NoError(t, err)
		d := p.Document()
		want := ""
		switch {
		case len(p.Research) > 0 && len(p.Inspections) > 0:
			want = "参加调研视察"
		case len(p.Research) > 0:
			want = "参加调研"
		case len(p.Inspections) > 0:
			want = "参加视察"
		}
		for _, h := range []string{"参加调研视察", "参加调研", "参加视察"} {
			_, ok := section(d, h)
			assert.Equal(t, h == want, ok, "%s %s: %s", m.ID, h, text(d))
		}
		seen[want] = true
	}
	assert.True(t, seen["参加调研"], "the half year has members with research only")
}
