package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report/reporttest"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/zh/proofread"
)

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	require.NoError(t, run(args, &out, &errOut), errOut.String())
	return out.String()
}

// The summary printed by a plain "go run ./examples/halfyear", and its
// Markdown and HTML forms, are kept as golden files (go test -update).
func TestGolden(t *testing.T) {
	reporttest.GoldenString(t, "halfyear.txt", runOK(t))
	reporttest.GoldenString(t, "halfyear.md", runOK(t, "-format", "md"))
	reporttest.GoldenString(t, "halfyear.html", runOK(t, "-format", "html"))
}

// The seed's facts come out of the records, in the seed's structure.
func TestSeedFacts(t *testing.T) {
	text := runOK(t)
	for _, want := range []string{
		"柳州市某区政协2022年上半年工作总结",
		"在中共柳州市某区委的领导下",    // the 区委 named as in the 主送
		"总的看，上半年工作取得了一定成绩", // the 不足 paragraph marked as a transition, not part of 七
		"二、召开区政协九届三次会议，发扬民主建言献策",
		"全会于1月8日至10日召开",
		"共收到提案44件（其中集体提案2件）", // collective proposals are not members' proposals
		"立案38件，其中本级办理32件，转交市政协办理6件",
		// who chose the 重点提案 and when, as recorded, before the hand-over
		"4月26日，九届十次主席会议确定《关于加快螺蛳粉产业与“互联网+”产业融合的建议》",
		"3件提案为重点提案，由主席、副主席领衔督办。5月3日，区人大常委会、区政府、区政协召开提案交办联席会议，将32件提案交承办单位办理", // protocol order, whatever the record says
		"截至6月中旬，已有38件提案交办完毕",
		"协助市政协筹备召开第一季度反映社情民意信息座谈会。",                // the district assists; the city holds it
		"通过微信、短信征集社情民意，上半年共搜集线索21条，编发《社情民意内部参考》1期", // 征集 has its object, 线索 needs no second 社情民意
		"委员列席区人大会议，听取并协商讨论了区政府工作报告",                // 政协 does not 审议 government reports
		"5月4日，区政协召开了《鱼跃南潭漾千年·某区十胜概览》新书推介会",
		"新书推介会。该书近2万字，精选300多张图片，共分11个板块",       // 该书, not the title again
		"与《某区十胜概览》配套",                          // a title named again in its short form
		"6月召开会议，对工作进度作出安排。",                    // 进度 is 安排ed, not 部署ed
		"于4、5月份分两期组织常委",                        // a count of how it was done in Chinese (the default policy)
		"确定“建设特色食品产业园”“推进中小学集团化办学”2个课题为重点调研课题", // a count of records in digits, like 立案38件
		"五、发挥优势，精心谋划调研工作",                      // the topics are only prepared
		"组织推动各委员活动小组制定完善活动方案。4个小组共开展活动7次，其中科技组3次，社会组、工商组、法制组各1次，科技组和社会组联合1次；文史组尚未开展活动。", // grouped, not listed; the idle group named, so not 各小组
		"上半年走访非公企业政协委员20名",
		"接待了北海市合浦县政协、桂林市七星区政协来访", // place names in full
		"七、扎实推进各项基础性工作",
		"主要是：委员活动小组开展工作不平衡，部分界别履职作用发挥还不够充分。这些问题需要在下半年工作中认真加以改进。",
		"　政协柳州市某区委员会办公室", // the 印发机关 named like the issuer (政协××委员会)
	} {
		assert.Contains(t, text, want)
	}
	for _, typo := range []string{"民主监视", "效劳", "进展了", "根底", "原那么", "21多条", "七里区", "集体化办学", "检查开放日", "分2期", "视察", "三件", "两个课题", "审议了区政府", "踊跃", "版块", "联合开展校企合作", "某区政协委员会", "某区政协办公室", "协助筹备、召开市政协", "较好地树立"} {
		assert.NotContains(t, text, typo)
	}
}

// The proofreader finds nothing in the document or in any rendered form.
func TestProofread(t *testing.T) {
	doc, err := build("", "")
	require.NoError(t, err)
	assert.Empty(t, summary.Proofread(doc, nil))
	for _, format := range []string{"text", "md"} {
		assert.Empty(t, proofread.Check(runOK(t, "-format", format)), format)
	}
}

func TestDOCX(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.docx"), filepath.Join(dir, "b.docx")
	runOK(t, "-format", "docx", "-o", a)
	runOK(t, "-format", "docx", "-o", b)
	da, err := os.ReadFile(a)
	require.NoError(t, err)
	db, err := os.ReadFile(b)
	require.NoError(t, err)
	assert.Equal(t, da, db, "same records, same bytes")

	zr, err := zip.NewReader(bytes.NewReader(da), int64(len(da)))
	require.NoError(t, err)
	var body string
	for _, f := range zr.File {
		rc, err := f.Open()
		require.NoError(t, err)
		data, err := io.ReadAll(rc)
		require.NoError(t, err)
		require.NoError(t, rc.Close())
		dec := xml.NewDecoder(bytes.NewReader(data))
		for {
			_, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			require.NoError(t, err, f.Name)
		}
		if f.Name == "word/document.xml" {
			// As a reader sees it: without the word joiners (U+2060)
			// between the digits and the characters of the 落款's date.
			body = strings.ReplaceAll(string(data), "\u2060", "")
		}
	}
	assert.Contains(t, body, "共收到提案44件")

	// A complete 公文 sent up to the 区委: 版头 with the 签发人, 主送, the
	// body, 附件说明, 落款, the attachments and the 版记, in that order.
	at := -1
	for _, want := range []string{"柳州市某区政协文件", "区政协发〔2022〕12号", "签发人：", "覃建华",
		"中共柳州市某区委员会：", "共收到提案44件", "附件：", "2022年7月8日", "附件1",
		"提案办理情况统计表", "附件2", "各界别委员履职情况统计表", "抄送：", "2022年7月8日印发"} {
		i := strings.Index(body[at+1:], want)
		require.GreaterOrEqual(t, i, 0, "%s after position %d", want, at)
		at += 1 + i
	}
	assert.NotContains(t, body, "附件3")
}

func TestFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.ErrorContains(t, run([]string{"-format", "pdf"}, &out, &errOut), `unknown -format "pdf"`)
	assert.ErrorContains(t, run([]string{"-format", "docx"}, &out, &errOut), "give -o FILE")
	assert.ErrorContains(t, run([]string{"extra"}, &out, &errOut), `unexpected argument "extra"`)
	assert.Error(t, run([]string{"-data", filepath.Join(t.TempDir(), "missing.json")}, &out, &errOut))

	bad := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(strings.Replace(string(sampleRecords), `"short_name"`, `"shortname"`, 1)), 0o644))
	assert.ErrorContains(t, run([]string{"-data", bad}, &out, &errOut), `$.committee.shortname`)

	// Records that read but do not validate: every problem at its place.
	var raw map[string]any
	require.NoError(t, json.Unmarshal(sampleRecords, &raw))
	raw["members"].([]any)[4].(map[string]any)["name"] = ""
	raw["proposals"].([]any)[3].(map[string]any)["submitter"].(map[string]any)["members"] = []any{"m999"}
	b, err := json.Marshal(raw)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(bad, b, 0o644))
	assert.EqualError(t, run([]string{"-data", bad}, &out, &errOut), "记录有误，共2处：\n"+
		"  JSON $.members[4].name：姓名为必填字段\n"+
		"  JSON $.proposals[3].submitter.members[0]：委员编号 m999 不存在")

	outline := filepath.Join(t.TempDir(), "outline.json")
	require.NoError(t, os.WriteFile(outline, []byte(`{"period":"2022-H1","sections":[{"heading":"提案","build":"proposals"}]}`), 0o644))
	text := runOK(t, "-outline", outline)
	assert.Contains(t, text, "一、提案")
	assert.Contains(t, text, "共收到提案44件")

	out.Reset()
	errOut.Reset()
	require.NoError(t, run([]string{"-check"}, &out, &errOut))
	assert.Empty(t, errOut.String(), "the sample has no proofreading findings")
}

// -check reports each style problem of a document that has them, with
// the field and the position of each.
func TestCheckReportsStyleProblems(t *testing.T) {
	var out, errOut bytes.Buffer
	require.NoError(t, run([]string{"-check", "-outline", filepath.Join("testdata", "style-problems.json")}, &out, &errOut))
	report := errOut.String()
	for _, want := range []string{
		"部分[0].段落[0] 1:13 “多”只能用在整十、整百等整数之后",     // 21多条
		"部分[1].段落[0] 1:56 同一段中重复出现“深入开展调研和视察活动”", // a phrase twice in a paragraph
		"部分[2].段落[0] 1:31 标题在相邻句中重复",             // the title again in the next sentence
		"部分[3].段落[0] 1:1 一句中用分号罗列5项",             // clauses strung with semicolons
		"部分[4].段落[0] 1:2 连续列举4个《》",               // more titles than the limit
	} {
		assert.Contains(t, report, want)
	}
	assert.Equal(t, 5, strings.Count(report, "\n"), report)
}

// An endless file given as -data or -outline is read only up to the limit
// summary.Load applies, and is then an error, not an out-of-memory crash.
func TestEndlessInput(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero on this system")
	}
	var out, errOut bytes.Buffer
	for _, flag := range []string{"-data", "-outline"} {
		err := run([]string{flag, "/dev/zero"}, &out, &errOut)
		assert.ErrorIs(t, err, summary.ErrTooLarge, flag)
	}
}
