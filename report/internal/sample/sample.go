// Package sample holds the half-year work summary used by the tests and
// the preview of package docx: a shortened form of a district committee's
// 2022 summary, with headings at levels 1, 2 and 3 (run-in), the 不足
// paragraph, a numbered 改进 part and the 落款.
package sample

import (
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/summary"
)

// Document returns a new copy of the sample summary.
func Document() *summary.Document {
	return &summary.Document{
		Title: "柳州市某区政协2022年上半年工作总结",
		Opening: []string{
			"2022年以来，在中共某区委的领导下，在柳州市政协的关心指导下，区政协牢牢把握团结和民主两大主题，" +
				"认真履行政治协商、民主监督、参政议政职能，按照时间节点较好地完成了年初制定的上半年各项工作任务。",
		},
		Sections: []summary.Section{
			{
				Heading: "召开区政协九届三次会议，发扬民主建言献策",
				Paragraphs: []string{
					"全会于1月8日至10日召开。大会听取和审议了区政府工作报告等并进行了整体协商，" +
						"会上各界委员踊跃作大会发言。",
				},
			},
			{
				Heading: "做好提案工作，充分发挥提案工作的作用",
				Paragraphs: []string{
					"九届三次会议以来，共收到委员提案44件。经提案委员会审议、九届九次主席会议协商，立案38件，" +
						"其中本级办理32件，转交市政协办理6件。截至6月中旬，38件提案已交办完毕。",
				},
				Subsections: []summary.Section{
					{
						Heading:    "召开提案交办会议",
						Paragraphs: []string{"5月3日，区政府、人大、政协召开联席会议，将32件提案交承办单位办理。"},
					},
				},
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
						Heading: "抓好委员小组活动。",
						Level:   3,
						RunIn:   true,
						Paragraphs: []string{
							"上半年走访了20名非公企业政协委员，组织推动各委员活动小组制定完善活动方案，并认真落实。",
						},
					},
				},
			},
		},
		Shortcomings: summary.Shortcomings{
			Lead:  "上半年工作取得了一定成绩，但同时也存在不足，主要是：",
			Items: []string{"委员活动小组开展工作不平衡", "界别作用还不够充分"},
			Tail:  "这些问题需要在下半年工作中认真加以改进。",
		},
		Plans: summary.Plans{
			Heading:  "下半年工作打算",
			Numbered: true,
			Items: []summary.Section{
				{
					Heading:    "深化专题调研。",
					Level:      3,
					RunIn:      true,
					Paragraphs: []string{"围绕“建设特色食品产业园”等重点课题撰写调研报告，推动成果转化。"},
				},
			},
		},
		Issuer: "柳州市某区政协",
		Date:   lvzhi.MustDate(2022, time.July, 8),
	}
}
