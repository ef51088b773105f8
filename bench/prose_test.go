package bench_test

import (
	"bytes"
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/reporttest"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/summary/digest"
)

// The prose rules of the annual summary (bench's outline, every builder
// and every diagnosis rule) at every size: a body within budget, short
// paragraphs, each title named once, lists within the limit, and nothing
// for the proofreader.
const (
	// maxBody is the most characters of body text (every text but the
	// title and the 落款) an annual summary may have at national size; a
	// real one of a national-size body is 10–15 thousand.
	maxBody = 12000
	// maxPara is the most characters of one paragraph.
	maxPara = 600
)

var (
	reTitle    = regexp.MustCompile(`《[^《》]+》`)
	reTitleRun = regexp.MustCompile(`(?:《[^《》]+》){2,}|(?:“[^“”]+”){2,}`)
	reMarked   = regexp.MustCompile(`《[^《》]+》|“[^“”]+”`)
)

// bodyOf returns the document's body texts: every text but the title and
// the issuer.
func bodyOf(doc *summary.Document) []summary.Text {
	var out []summary.Text
	for t := range doc.Texts() {
		if t.Field != "Title" && t.Field != "Issuer" {
			out = append(out, t)
		}
	}
	return out
}

func TestProseRulesAtEverySize(t *testing.T) {
	sizes := map[string]int{}
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			f.get(t)
			total := 0
			titles := map[string]string{}
			for _, tx := range bodyOf(f.doc) {
				n := utf8.RuneCountInString(tx.Value)
				total += n
				assert.LessOrEqual(t, n, maxPara, "%s has %d characters", tx.Label, n)
				for _, title := range reTitle.FindAllString(tx.Value, -1) {
					if at, ok := titles[title]; ok {
						t.Errorf("%s names %s again (first in %s)", tx.Label, title, at)
					}
					titles[title] = tx.Label
				}
				for _, run := range reTitleRun.FindAllString(tx.Value, -1) {
					assert.LessOrEqual(t, len(reMarked.FindAllString(run, -1)), digest.DefaultLimit,
						"%s names more than the limit: %s", tx.Label, run)
				}
			}
			sizes[f.name] = total
			assert.LessOrEqual(t, total, maxBody, "body of %d characters", total)
			assert.Empty(t, summary.Proofread(f.doc, nil), "the proofreader, style rules included, finds nothing")
		})
	}
	if len(sizes) == 3 {
		assert.Less(t, sizes["national"], 3*sizes["district"],
			"national records are tens of times the district's; the summary grows gently (%v)", sizes)
	}
}

// TestNationalGolden keeps the national annual summary as text, to be read
// as an office reads it whenever it changes (go test -run TestNationalGolden
// -update).
func TestNationalGolden(t *testing.T) {
	f := fixtures[2]
	require.Equal(t, "national", f.name)
	f.get(t)
	var buf bytes.Buffer
	require.NoError(t, report.Text(&buf, f.doc))
	reporttest.Golden(t, "national.txt", buf.Bytes())
}
