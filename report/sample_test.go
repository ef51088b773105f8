package report_test

import (
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/summary"
)

// sampleDocument returns a miniature of a district committee's half-year
// summary: an opening, two level-1 sections (the first with a level-2
// subsection, the second with run-in level-3 items), the shortcomings, a
// closing sentence and the 落款.
func sampleDocument() *summary.Document {
	return &summary.Document{
		Title: "柳州市某区政协2022年上半年工作总结",
		Opening: []string{
			"2022年以来，在中共某区委的领导下，在柳州市政协的关心指导下，区政协认真履行政治协商、民主监督、参政议政职能，凝聚智慧力量，按照时间节点较好地完成了年初制定的上半年各项工作任务。",
		},
		Sections: []summary.Section{
			{
				Heading: "召开区政协九届三次会议，发扬民主建言献策",
				Paragraphs: []string{
					"全会于1月8日至10日召开。大会听取和审议了区政府工作报告、区财政预（决）算草案、区“两院”报告等，并进行了整体协商。",
				},
				Subsections: []summary.Section{{
					Heading: "做好提案工作",
					Paragraphs: []string{
						"九届三次会议以来，共收到委员提案44件，经审查立案38件，其中本级办理32件，转交市政协办理6件。截至6月中旬，已有38件提案交办完毕。",
					},
				}},
			},
			{
				Heading: "扎实推进各项基础性工作，促进政协工作全面上水平",
				Subsections: []summary.Section{
					{
						Heading: "举办常委学习班，提升履职能力。",
						Level:   3,
						RunIn:   true,
						Paragraphs: []string{
							"与其他城区联合办学，于4、5月份分两期组织常委到江西上饶师范学院继续教育学院进行学习培训。",
						},
					},
					{
						Heading:    "抓好委员小组活动。",
						Level:      3,
						RunIn:      true,
						Paragraphs: []string{"上半年走访了20名非公企业政协委员，进一步了解掌握了非公企业发展动向。"},
					},
					{
						Heading:    "认真做好联谊交流工作。",
						Level:      3,
						RunIn:      true,
						Paragraphs: []string{"接待了广西合浦县政协、桂林七星区政协来我区政协访问，交流了新形势下开展政协工作的经验。"},
					},
				},
			},
		},
		Shortcomings: summary.Shortcomings{
			Lead:  "上半年工作取得了一定成绩，但同时也存在不足，主要是：",
			Items: []string{"委员活动小组开展工作不平衡", "界别作用还不够充分"},
			Tail:  "需要在下半年工作中予以改进和加强。",
		},
		Plans: summary.Plans{
			Closing: "下半年，区政协将继续围绕区委中心工作，认真履行职能，为加快“五区”建设作出新的贡献。",
		},
		Issuer: "柳州市某区政协",
		Date:   lvzhi.MustDate(2022, time.July, 8),
	}
}
