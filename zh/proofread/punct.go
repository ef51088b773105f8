package proofread

import "unicode/utf8"

// findNestedColon reports a colon within the scope of another: GB/T
// 15834-2011 §4.6 lets a colon's scope run to the end of its sentence and
// does not nest colons (注：1.统计时间：2022年… → 注：1.统计时间为2022年…;
// 参加活动10次：出席会议3次：… ). Colons inside quotation marks or 《》
// belong to the quoted text, and one between two digits is a time (10：30).
func findNestedColon(text string) []Finding {
	var out []Finding
	open := -1 // offset of the colon whose scope we are in
	depth := 0 // nesting of “” 《》 （）
	var prev rune
	for i, r := range text {
		switch r {
		case '“', '《', '（', '‘', '「':
			depth++
		case '”', '》', '）', '’', '」':
			if depth > 0 {
				depth--
			}
		case '。', '？', '！', '\n':
			open, depth = -1, 0
		case '：':
			if depth > 0 || isDigit(prev) && i+len("：") < len(text) && isDigitAt(text, i+len("：")) {
				break
			}
			if open >= 0 {
				out = append(out, Finding{
					Offset: i, Text: "：",
					Message: "冒号套用：前一个冒号的提示范围到句末，句中不再用冒号（GB/T 15834）；改用“为”“是”或句号",
				})
			} else {
				open = i
			}
		}
		prev = r
	}
	return out
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isDigitAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isDigit(r)
}
