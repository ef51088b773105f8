package proofread

import "unicode/utf8"

// findNestedColon reports a colon within the scope of another: GB/T
// 15834-2011 §4.6 lets a colon's scope run to the end of its sentence and
// does not nest colons (注：1.统计时间：2022年… → 注：1.统计时间为2022年…;
// 参加活动10次：出席会议3次：… ). Colons inside quotation marks or 《》
// belong to the quoted text, one between two digits is a time (10：30),
// and the fields of a form line, short labels each ending its own field
// at a semicolon (政治面貌：中共党员；界别：教育界), are not nested.
func findNestedColon(text string) []Finding {
	var out []Finding
	open := -1     // offset of the colon whose scope we are in
	label := false // that colon ends a short label (政治面貌：)
	depth := 0     // nesting of “” 《》 （）
	seg := 0       // characters since the sentence or field began
	var prev rune
	for i, r := range text {
		seg++
		switch r {
		case '“', '《', '（', '‘', '「':
			depth++
		case '”', '》', '）', '’', '」':
			if depth > 0 {
				depth--
			}
		case '。', '？', '！', '\n':
			open, depth, seg = -1, 0, 0
		case '；':
			// A form's fields, 政治面貌：中共党员；界别：教育界, are
			// label：value pairs, each its own scope.
			if label && depth == 0 {
				open = -1
			}
			seg = 0
		case '：':
			if depth > 0 || isDigit(prev) && isDigitAt(text, i+len("：")) {
				break
			}
			if open >= 0 {
				out = append(out, Finding{
					Offset: i, Text: "：",
					Message: "冒号套用：前一个冒号的提示范围到句末，句中不再用冒号（GB/T 15834）；改用“为”“是”或句号",
				})
			} else {
				open, label = i, seg <= maxLabel && !introduces(prev)
			}
		}
		prev = r
	}
	return out
}

// maxLabel is the longest label, in characters with its colon, of a
// form's label：value field.
const maxLabel = 9

// introduces reports whether a colon after r opens prose rather than a
// field's value: 主要是：, 具体为：, 包括：, 如下：.
func introduces(r rune) bool {
	switch r {
	case '是', '为', '有', '括', '下', '如', '出', '示', '道', '说':
		return true
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isDigitAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isDigit(r)
}
