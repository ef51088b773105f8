package bench_test

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
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
			checkClaims(t, f)
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

var (
	reBoards  = regexp.MustCompile(`(\d+)部书籍的编撰，成立编委会(\d+)个`)
	reVisited = regexp.MustCompile(`走访非公企业政协委员(\d+)名`)
	reMembers = regexp.MustCompile(`共有委员(\d+)名`)
	// reCountedInWords is a count of records in Chinese numerals: 等四个,
	// 三件提案.
	reCountedInWords = regexp.MustCompile(`(?:[》”]|等)[一二两三四五六七八九十]+[件个部项]`)
)

// planTexts returns the paragraphs of the 工作打算 items.
func planTexts(doc *summary.Document) []string {
	var out []string
	for _, it := range doc.Plans.Items {
		out = append(out, it.Heading+strings.Join(it.Paragraphs, ""))
	}
	return out
}

// checkClaims checks what the summary of f claims against its level: no
// more members visited than the committee has, counts of records in
// digits, and for the National Committee no 上级, no meeting of its own
// "assisted", no placeholder or local name, and the sitting of its term.
func checkClaims(t *testing.T, f *fixture) {
	t.Helper()
	var body strings.Builder
	for _, tx := range bodyOf(f.doc) {
		body.WriteString(tx.Value + "\n")
	}
	text := body.String()
	if m, v := reMembers.FindStringSubmatch(text), reVisited.FindStringSubmatch(text); m != nil && v != nil {
		members, _ := strconv.Atoi(m[1])
		visited, _ := strconv.Atoi(v[1])
		assert.LessOrEqual(t, visited, members, "members visited are counted once: %s", v[0])
	}
	assert.Empty(t, reCountedInWords.FindAllString(text, -1), "counts of records in digits, like the statistics beside them")
	assert.NotContains(t, text, "审议了区政府")
	if m := reBoards.FindStringSubmatch(text); m != nil {
		assert.NotEqual(t, m[1], m[2], "one board a book is 分别成立编委会, not the count again: %s", m[0])
	}
	if f.cfg.Level != lvzhi.LevelNational {
		assert.NotContains(t, text, "就政府工作报告", "the government is named by its level: 就区政府工作报告")
	}
	if f.cfg.Level == lvzhi.LevelNational || f.cfg.Level == lvzhi.LevelProvince {
		for _, local := range []string{"特色食品产业园", "广西科技大学"} {
			assert.NotContains(t, text, local, "a district's park or university above the city level")
		}
	}
	for _, para := range strings.Split(text, "\n") {
		// One verb or subject said again in the next clause reads as
		// padding: 参加了…会议。还参加了…活动; 部分提案…，部分提案….
		for _, twice := range []string{"参加了", "部分提案", "开展重点督办"} {
			assert.LessOrEqual(t, strings.Count(para, twice), 1, "%q twice in: %s", twice, para)
		}
	}
	// Adjacent plans share no verb of their own: 逐件跟踪 … 跟踪办理进度.
	if p := planTexts(f.doc); len(p) > 0 {
		assert.LessOrEqual(t, strings.Count(strings.Join(p, ""), "跟踪"), 1, "跟踪 in more than one plan: %v", p)
	}
	if f.cfg.Level == lvzhi.LevelNational {
		for _, bad := range []string{"上级", "协助筹备", "某", "螺蛳粉", "转交"} {
			assert.NotContains(t, text, bad, "national summary")
		}
		assert.Contains(t, text, "全国政协十三届五次会议", "2022 is the fifth sitting of the 13th term")
		assert.Contains(t, text, "在以习近平同志为核心的党中央坚强领导下")
	}
}
