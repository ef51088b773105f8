package proofread

import "regexp"

// reOrdinalYear matches a list or heading marker "1." followed at once by a
// year at the start of a line, or after 附件：: 附件：1.2022年上半年….
var reOrdinalYear = regexp.MustCompile(`(?m)^[ \t　]*(?:附件[：:][ \t　]*)?([0-9]{1,2}[.．])((?:19|20)[0-9]{2})年`)

// findOrdinalYear reports a marker that runs into a year: 1.2022年 reads
// as the decimal 1.2022. GB/T 9704-2012 §7.3.3 numbers attachments "1.",
// "2." and level-3 headings take "1." too, so the name after the marker
// must not begin with a digit; offices put the issuing body or the subject
// first (1.区政协2022年上半年提案办理情况统计表).
func findOrdinalYear(text string) []Finding {
	var out []Finding
	for _, m := range reOrdinalYear.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, Finding{
			Offset: m[2], Text: text[m[2]:m[5]],
			Message: "序号“" + text[m[2]:m[3]] + "”后紧接年份，读来像小数“" + text[m[2]:m[5]] + "”：名称宜以机关名称或事由开头",
		})
	}
	return out
}
