// Package titlebreak breaks a title that is too long for one line of the
// text block into lines, as GB/T 9704-2012 §7.3.2 asks of a title that
// runs over: 回行时要做到词意完整，排列对称，长短适宜，间距恰当，标题排列应当使用
// 梯形或菱形. The renderers of lvzhi (text, HTML, DOCX) share it, so that
// a title breaks at the same place in every format.
//
// # How the breaks are chosen
//
// A title is measured in ems: one for a Chinese (wide) character, one half
// for a narrow one such as an Arabic digit, and a fifth of an em more at
// each change between the two, which some programs add (LibreOffice
// always does), so that a line that fits here fits in every program.
// Breaks fall only between characters that may part: never inside a run
// of digits or Latin letters, never before a closing mark (、，。）》”…) or
// after an opening one (（《“). Among the breaks that fit, the lines are
// made as even as possible; a break inside a common word of 政协 titles
// (履|职, 委|员) is avoided, one after a word that usually ends a phrase
// (年, 度, 的) or before 关于 or an opening mark is preferred, and with two
// lines the upper line is not the longer (正梯形, 上短下长).
package titlebreak

import (
	"math"
	"strings"
	"unicode"

	"github.com/lvzhi-go/lvzhi/report/internal/textwidth"
)

// Lines returns title broken into lines no wider than max ems (see the
// package documentation), or the title alone when it fits or cannot be
// broken. Existing line breaks are kept: each line is broken on its own.
func Lines(title string, max float64) []string {
	var out []string
	for _, line := range strings.Split(title, "\n") {
		out = append(out, breakLine(line, max)...)
	}
	return out
}

// Width returns the width of s in ems as Lines measures it.
func Width(s string) float64 {
	rs := []rune(s)
	return span(rs, 0, len(rs))
}

func breakLine(s string, max float64) []string {
	rs := []rune(s)
	total := span(rs, 0, len(rs))
	if total <= max || len(rs) < 2 || max < 1 { // fits, or not even a character would
		return []string{s}
	}
	if len(rs) > maxBalanced {
		return greedy(rs, max)
	}
	n := int(math.Ceil(total / max))
	// Best breaks into k lines by dynamic programming over the allowed
	// break positions: cost is the squared deviation of each line from
	// the even width, plus a penalty for a break that is not at a phrase
	// end; lines wider than max are not allowed.
	var cuts []int
	for i := 1; i < len(rs); i++ {
		if canBreak(rs, i) {
			cuts = append(cuts, i)
		}
	}
	for k := n; k <= n+2 && k <= len(cuts)+1; k++ {
		if lines := best(rs, cuts, k, max, total/float64(k)); lines != nil {
			return lines
		}
	}
	return []string{s}
}

// maxBalanced is the longest title, in characters, that is balanced; a
// longer one (no real title is) is filled line by line, which takes time
// in proportion to its length.
const maxBalanced = 160

// greedy fills lines of rs up to max ems each, breaking at the last place
// allowed; a line with no such place is broken where it overflows.
func greedy(rs []rune, max float64) []string {
	var out []string
	start := 0
	for start < len(rs) {
		end, lastCut := start, -1
		w := 0.0
		for end < len(rs) {
			cw := 0.5
			if textwidth.Wide(rs[end]) {
				cw = 1
			}
			if end > start && textwidth.Wide(rs[end]) != textwidth.Wide(rs[end-1]) {
				cw += 0.2
			}
			if w+cw > max && end > start {
				break
			}
			w += cw
			end++
			if end < len(rs) && canBreak(rs, end) {
				lastCut = end
			}
		}
		if end < len(rs) && lastCut > start {
			end = lastCut
		}
		out = append(out, string(rs[start:end]))
		start = end
	}
	return out
}

// best returns rs broken into k lines at positions from cuts, or nil when
// no choice keeps every line within max.
func best(rs []rune, cuts []int, k int, max, even float64) []string {
	pos := append(append([]int{0}, cuts...), len(rs))
	inf := math.Inf(1)
	// cost[j][i]: the least cost of breaking rs[:pos[i]] into j lines.
	cost := make([][]float64, k+1)
	from := make([][]int, k+1)
	for j := range cost {
		cost[j] = make([]float64, len(pos))
		from[j] = make([]int, len(pos))
		for i := range cost[j] {
			cost[j][i] = inf
		}
	}
	cost[0][0] = 0
	for j := 1; j <= k; j++ {
		for i := 1; i < len(pos); i++ {
			for h := 0; h < i; h++ {
				if math.IsInf(cost[j-1][h], 1) {
					continue
				}
				w := span(rs, pos[h], pos[i])
				if w > max {
					continue
				}
				c := cost[j-1][h] + (w-even)*(w-even)
				if i < len(pos)-1 {
					if inWord(rs, pos[i]) {
						c += 16
					} else if !phraseEnd(rs, pos[i]) {
						c += 4
					}
				}
				if k == 2 && j == 1 && w > span(rs, pos[i], len(rs)) {
					c += 1 // 上短下长
				}
				if c < cost[j][i] {
					cost[j][i], from[j][i] = c, h
				}
			}
		}
	}
	last := len(pos) - 1
	if math.IsInf(cost[k][last], 1) {
		return nil
	}
	lines := make([]string, k)
	for j, i := k, last; j > 0; j-- {
		h := from[j][i]
		lines[j-1] = string(rs[pos[h]:pos[i]])
		i = h
	}
	return lines
}

// span is the width of rs[from:to] in ems, with a fifth of an em at each
// change between narrow and wide characters.
func span(rs []rune, from, to int) float64 {
	w := 0.0
	for i := from; i < to; i++ {
		if textwidth.Wide(rs[i]) {
			w++
		} else {
			w += 0.5
		}
		if i > from && textwidth.Wide(rs[i]) != textwidth.Wide(rs[i-1]) {
			w += 0.2
		}
	}
	return w
}

// canBreak reports whether a line may end before rs[i].
func canBreak(rs []rune, i int) bool {
	a, b := rs[i-1], rs[i]
	if isAlnum(a) && isAlnum(b) {
		return false
	}
	if strings.ContainsRune("、，。；：？！）》〉」』】〕”’…—·", b) {
		return false
	}
	if strings.ContainsRune("（《〈「『【〔“‘", a) {
		return false
	}
	return !unicode.IsSpace(a) && !unicode.IsSpace(b) || unicode.IsSpace(a)
}

// phraseEnd reports whether a break before rs[i] falls at the end of a
// phrase: after 年, 度, 的 or a closing mark, or before 关于 or an opening
// mark.
func phraseEnd(rs []rune, i int) bool {
	if strings.ContainsRune("年度的、，）》”", rs[i-1]) {
		return true
	}
	if strings.ContainsRune("《“（", rs[i]) {
		return true
	}
	return i+1 < len(rs) && rs[i] == '关' && rs[i+1] == '于'
}

func isAlnum(r rune) bool {
	return r < 0x80 && (unicode.IsDigit(r) || unicode.IsLetter(r)) || unicode.Is(unicode.Nd, r)
}

// words are two-character words common in the titles of 政协 documents;
// a break inside one splits a word (履|职).
var words = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`政协 委员 履职 提案 办理 工作 情况 统计 总结 会议 常委 主席 调研
		视察 界别 社情 民意 考核 量化 办法 通知 意见 报告 建议 关于 印发 上半 下半 半年 管理 规定
		实施 细则 发展 建设 推进 加强 协商 民主 监督 参政 议政 文史 资料 活动 小组 专门 全体 全国
		党派 组织 单位 部门 人民 政府 经济 社会 文化 教育 卫生 科技 农业 生态 环境 乡村 振兴 服务
		质量 能力 学习 培训 交流 联谊 重点 课题 成果 转化 落实 计划 方案 要点 安排 部署 专题 座谈`) {
		words[w] = true
	}
}

// inWord reports whether a break before rs[i] splits one of the words.
func inWord(rs []rune, i int) bool {
	return words[string(rs[i-1:i+1])]
}
