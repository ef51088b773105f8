package summary_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/summary"
)

func TestShortcomingsText(t *testing.T) {
	s := summary.Shortcomings{
		Lead:  "上半年工作取得了一定成绩，但同时也存在不足，主要是：",
		Items: []string{"委员活动小组开展工作不平衡", "界别作用还不够充分。"},
		Tail:  "这些问题需要在下半年工作中认真加以改进。",
	}
	// The colon's scope runs to the end of the sentence (GB/T 15834): the
	// items close it, and the tail is a sentence of its own.
	assert.Equal(t, "上半年工作取得了一定成绩，但同时也存在不足，主要是：委员活动小组开展工作不平衡，界别作用还不够充分。这些问题需要在下半年工作中认真加以改进。", s.Text())
	assert.NotContains(t, s.Text(), "等，", "no predicate inside the colon's scope")
	s.Items = s.Items[:1]
	assert.Equal(t, "上半年工作取得了一定成绩，但同时也存在不足，主要是：委员活动小组开展工作不平衡。这些问题需要在下半年工作中认真加以改进。", s.Text())
	s.Items = []string{"甲不够", "乙不足。", "丙滞后", "丁不均衡"}
	assert.Equal(t, "上半年工作取得了一定成绩，但同时也存在不足，主要是：甲不够，乙不足，丙滞后，丁不均衡。这些问题需要在下半年工作中认真加以改进。", s.Text(),
		"four or more are clauses, not counted off after 主要是：")
	s.Tail = ""
	assert.Equal(t, "上半年工作取得了一定成绩，但同时也存在不足，主要是：甲不够，乙不足，丙滞后，丁不均衡。", s.Text(), "the items close the sentence")

	// Without a colon the items run on into the tail.
	s = summary.Shortcomings{Lead: "上半年工作也存在", Items: []string{"甲不够", "乙不足"}, Tail: "需要在下半年工作中予以改进和加强。"}
	assert.Equal(t, "上半年工作也存在甲不够、乙不足等，需要在下半年工作中予以改进和加强。", s.Text())
	s.Items = s.Items[:1]
	assert.Equal(t, "上半年工作也存在甲不够，需要在下半年工作中予以改进和加强。", s.Text())
	assert.True(t, summary.Shortcomings{}.IsZero())
}

func TestDocumentValidate(t *testing.T) {
	d := &summary.Document{
		Title:   "",
		Opening: []string{"总述", " "},
		Sections: []summary.Section{
			{Heading: "一节", Subsections: []summary.Section{
				{Heading: "", Level: 1},
				{Heading: "项", Level: 3, Subsections: []summary.Section{{Heading: "深", Subsections: []summary.Section{{Heading: "过深"}}}}},
			}},
		},
		Date: lvzhi.Date{Year: 2022, Month: 2, Day: 30},
	}
	err := d.Validate()
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	var fields []string
	for _, fe := range verrs {
		fields = append(fields, fe.Field)
	}
	assert.Equal(t, []string{
		"Title",
		"Opening[1]",
		"Sections[0].Subsections[0].Level",
		"Sections[0].Subsections[0].Heading",
		"Sections[0].Subsections[1].Subsections[0].Subsections[0].Level",
		"Date",
	}, fields)

	ok := &summary.Document{Title: "工作总结", Sections: []summary.Section{{Heading: "一", Subsections: []summary.Section{{Heading: "项", Level: 3, RunIn: true, Paragraphs: []string{"正文"}}}}}}
	assert.NoError(t, ok.Validate())
	assert.Equal(t, 3, ok.Sections[0].Subsections[0].EffectiveLevel(1))
	assert.Equal(t, 2, summary.Section{}.EffectiveLevel(1))
}

func TestProofreadDocument(t *testing.T) {
	d := &summary.Document{
		Title:    "区政协2022年上半年工作总结",
		Sections: []summary.Section{{Heading: "做好社情民意工作", Paragraphs: []string{"共搜集社情民意线索21多条。"}}},
		Shortcomings: summary.Shortcomings{
			Lead: "主要是：", Items: []string{"民主监视不够有力"},
		},
	}
	issues := summary.Proofread(d, nil)
	require.Len(t, issues, 2)
	assert.Equal(t, "Sections[0].Paragraphs[0]", issues[0].Field)
	assert.Equal(t, "部分[0].段落[0]", issues[0].Label)
	assert.Equal(t, "approx-after-exact", issues[0].Rule)
	assert.Equal(t, "Shortcomings.Items[0]", issues[1].Field)
	assert.Equal(t, "民主监督", issues[1].Suggestion)
}

func TestDocumentTexts(t *testing.T) {
	d := &summary.Document{
		Title:        "标题",
		Opening:      []string{"总述"},
		Sections:     []summary.Section{{Heading: "一", Paragraphs: []string{"甲"}, Subsections: []summary.Section{{Heading: "子"}}}},
		Shortcomings: summary.Shortcomings{Lead: "引", Items: []string{"项"}, Tail: "尾"},
		Plans:        summary.Plans{Heading: "打算", Items: []summary.Section{{Heading: "计划"}}, Closing: "结"},
		Issuer:       "落款",
	}
	var fields, values []string
	for tx := range d.Texts() {
		fields = append(fields, tx.Field)
		values = append(values, tx.Value)
	}
	assert.Equal(t, []string{"Title", "Opening[0]", "Sections[0].Heading", "Sections[0].Paragraphs[0]",
		"Sections[0].Subsections[0].Heading", "Shortcomings.Lead", "Shortcomings.Items[0]", "Shortcomings.Tail",
		"Plans.Heading", "Plans.Lead", "Plans.Items[0].Heading", "Plans.Closing", "Issuer"}, fields)
	assert.Equal(t, "子", values[4])

	n := 0
	for range d.Texts() {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n, "the iterator stops when asked")
}

// Proofread checks each heading with the first paragraph under it: a
// phrase of the heading said again at the head of that paragraph is
// reported on the paragraph, for run-in items too.
func TestProofreadHeadingRepeat(t *testing.T) {
	d := &summary.Document{Title: "总结", Sections: []summary.Section{
		{Heading: "召开区政协九届三次会议，发扬民主建言献策", Paragraphs: []string{"九届三次会议召开前夕，专门向区委常委会汇报了政协工作。", "九届三次会议于1月8日召开。"}},
		{Heading: "其他工作", Subsections: []summary.Section{
			{Heading: "举办常委学习班，提升履职能力。", Level: 3, RunIn: true, Paragraphs: []string{"常委学习班分两期举办。"}},
			{Heading: "抓好委员活动小组工作。", Level: 3, RunIn: true, Paragraphs: []string{"上半年走访非公企业政协委员20名，各委员活动小组共开展活动7次。"}},
		}},
	}}
	var got []string
	for _, is := range summary.Proofread(d, nil) {
		got = append(got, is.Field+" "+is.Rule+" "+is.Text)
	}
	assert.Equal(t, []string{"Sections[0].Paragraphs[0] heading-repeat 九届三次会议",
		"Sections[1].Subsections[0].Paragraphs[0] heading-repeat 常委学习班"}, got,
		"the first clause under a heading only: not the second paragraph, nor 委员活动小组 after the first clause")
}

// Several attachments are numbered in the 附件说明 (附件：1.…), so a title
// that begins with a year reads as a decimal (1.2022) and is reported on
// the title; a single attachment has no number and is not.
func TestProofreadAttachmentMarkers(t *testing.T) {
	d := &summary.Document{Title: "柳州市某区政协2022年上半年工作总结", Attachments: []summary.Attachment{
		{Title: "2022年上半年提案办理情况统计表", Paragraphs: []string{"见表。"}},
		{Title: "区政协2022年上半年各界别委员履职情况统计表", Paragraphs: []string{"见表。"}},
	}}
	issues := summary.Proofread(d, nil)
	require.Len(t, issues, 1)
	assert.Equal(t, "Attachments[0].Title", issues[0].Field)
	assert.Equal(t, "附件1.标题", issues[0].Label)
	assert.Equal(t, "ordinal-year", issues[0].Rule)
	assert.Equal(t, "1.2022", issues[0].Text)

	d.Attachments = d.Attachments[:1]
	assert.Empty(t, summary.Proofread(d, nil))
}
