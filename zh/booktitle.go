package zh

import "strings"

// BookTitle writes a title in book-title marks (书名号, GB/T 15834-2011
// §4.15): 《关于在小学和社区创办“四点钟学校”的建议》. Quotation marks inside
// stay as they are; book-title marks inside become single ones
// (《关于学习〈民法典〉的建议》); a title already in marks is not marked
// twice, and spaces around it are dropped.
func BookTitle(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "《") && strings.HasSuffix(s, "》") && strings.Count(s, "《") == 1 {
		s = strings.TrimSuffix(strings.TrimPrefix(s, "《"), "》")
	}
	return "《" + innerBookMarks.Replace(s) + "》"
}

var innerBookMarks = strings.NewReplacer("《", "〈", "》", "〉")
