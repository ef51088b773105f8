package reporttest

import (
	"fmt"
	"strconv"
	"strings"
)

// diffContext is the number of unchanged lines [Diff] shows around each
// change.
const diffContext = 3

// maxEditDistance bounds the work of the line diff: when more than this
// many lines are inserted or deleted, the differing middle of the two texts
// is shown as deleted and inserted as a whole. The output is still a
// correct, if longer, diff, and memory stays bounded.
const maxEditDistance = 2000

type opKind uint8

const (
	opEqual opKind = iota + 1
	opDelete
	opInsert
)

// edit is one line of an edit script: a line kept, deleted from a or
// inserted from b. a and b are 0-based line indexes (−1 when not
// applicable).
type edit struct {
	op   opKind
	a, b int
}

// Diff returns a unified-style line diff that turns a into b, or "" when
// they are equal. Each hunk starts with a header "@@ -l,s +l,s @@" and
// lists its lines with their numbers in a and in b:
//
//	@@ -1,3 +1,3 @@
//	  1 1 | 柳州市某区政协
//	- 2   | 一、加强党风廉政建设[--]
//	+   2 | 一、加强党风廉政建设{+。+}
//	  3 3 | 区政协机关……
//
// Lines starting with "-" are only in a, "+" only in b, " " in both; at
// most three unchanged lines surround each change. A deleted line followed
// by an inserted one that shares its beginning or end is shown as one
// line edited: only the characters that differ are given in full, marked
// [-…-] and {+…+}, with at most 20 unchanged characters around them (a
// one-character change in a long paragraph no longer shows two whole
// paragraphs). A final line without a
// line feed is followed by the note "\ No newline at end of file", and a
// carriage return ending a line is shown as "\r", so that differences in
// line endings are visible.
func Diff(a, b string) string {
	if a == b {
		return ""
	}
	al, bl := splitLines(a), splitLines(b)
	edits := diffLines(al, bl)
	return formatHunks(al, bl, edits)
}

// splitLines splits s after each line feed; the last line may lack one.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// diffLines returns an edit script from a to b: the common prefix and
// suffix are kept, and the middle is diffed with Myers' algorithm.
func diffLines(a, b []string) []edit {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	edits := make([]edit, 0, len(a)+len(b))
	for i := range pre {
		edits = append(edits, edit{opEqual, i, i})
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	mid, ok := myers(ma, mb, maxEditDistance)
	if !ok {
		mid = mid[:0]
		for i := range ma {
			mid = append(mid, edit{opDelete, i, -1})
		}
		for j := range mb {
			mid = append(mid, edit{opInsert, -1, j})
		}
	}
	for _, e := range mid {
		if e.a >= 0 {
			e.a += pre
		}
		if e.b >= 0 {
			e.b += pre
		}
		edits = append(edits, e)
	}
	for i := range suf {
		edits = append(edits, edit{opEqual, len(a) - suf + i, len(b) - suf + i})
	}
	return edits
}

// myers returns a shortest edit script from a to b (E. W. Myers, "An
// O(ND) Difference Algorithm and Its Variations", 1986), or false when it
// needs more than maxD insertions and deletions. Deletions come before
// insertions within a changed run.
func myers(a, b []string, maxD int) ([]edit, bool) {
	n, m := len(a), len(b)
	limit := n + m
	off := limit + 1
	v := make([]int, 2*limit+3)
	// trace[d] holds v[k] for k in [−d, d] after step d.
	var trace [][]int
	found := false
	for d := 0; d <= limit && !found; d++ {
		if d > maxD {
			return nil, false
		}
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1] // down: insertion
			} else {
				x = v[off+k-1] + 1 // right: deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = true
				break
			}
		}
		snap := make([]int, 2*d+1)
		copy(snap, v[off-d:off+d+1])
		trace = append(trace, snap)
	}
	// Walk back from (n, m), collecting the script in reverse.
	var rev []edit
	x, y := n, m
	for d := len(trace) - 1; d > 0; d-- {
		prev := trace[d-1]
		at := func(k int) int { return prev[k+d-1] }
		k := x - y
		var pk int
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := at(pk)
		py := px - pk
		for x > px && y > py {
			x--
			y--
			rev = append(rev, edit{opEqual, x, y})
		}
		if x == px {
			y--
			rev = append(rev, edit{opInsert, -1, y})
		} else {
			x--
			rev = append(rev, edit{opDelete, x, -1})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, edit{opEqual, x, y})
	}
	out := make([]edit, len(rev))
	for i, e := range rev {
		out[len(rev)-1-i] = e
	}
	return out, true
}

// formatHunks writes the edit script as hunks with diffContext lines of
// context.
func formatHunks(a, b []string, edits []edit) string {
	width := len(strconv.Itoa(max(len(a), len(b))))
	var sb strings.Builder
	for i := 0; i < len(edits); {
		if edits[i].op == opEqual {
			i++
			continue
		}
		// A hunk starts diffContext lines before the change and ends when
		// more than 2*diffContext equal lines follow a change.
		start := max(i-diffContext, 0)
		end := i
		for end < len(edits) {
			if edits[end].op != opEqual {
				end++
				continue
			}
			run := end
			for run < len(edits) && edits[run].op == opEqual {
				run++
			}
			if run == len(edits) || run-end > 2*diffContext {
				end = min(end+diffContext, len(edits))
				break
			}
			end = run
		}
		writeHunk(&sb, a, b, edits[start:end], width)
		i = end
	}
	return sb.String()
}

// writeHunk writes one hunk: its header and its lines.
func writeHunk(sb *strings.Builder, a, b []string, h []edit, width int) {
	aStart, bStart, aLen, bLen := -1, -1, 0, 0
	for _, e := range h {
		if e.a >= 0 {
			if aStart < 0 {
				aStart = e.a
			}
			aLen++
		}
		if e.b >= 0 {
			if bStart < 0 {
				bStart = e.b
			}
			bLen++
		}
	}
	fmt.Fprintf(sb, "@@ -%s +%s @@\n", hunkRange(aStart, aLen), hunkRange(bStart, bLen))
	num := func(i int) string {
		if i < 0 {
			return strings.Repeat(" ", width)
		}
		return fmt.Sprintf("%*d", width, i+1)
	}
	partner := pairLines(h)
	for i, e := range h {
		var mark byte
		var line string
		switch e.op {
		case opEqual:
			mark, line = ' ', a[e.a]
		case opDelete:
			mark, line = '-', a[e.a]
		default:
			mark, line = '+', b[e.b]
		}
		fmt.Fprintf(sb, "%c %s %s | ", mark, num(e.a), num(e.b))
		text, nl := strings.CutSuffix(line, "\n")
		if p := partner[i]; p >= 0 {
			// An edited line: show only what changed, with a little context.
			del, ins := e, h[p]
			if e.op == opInsert {
				del, ins = h[p], e
			}
			old, cur := lineText(a[del.a]), lineText(b[ins.b])
			if da, db, ok := inlineDiff(old, cur); ok && old != cur {
				text = da
				if e.op == opInsert {
					text = db
				}
				sb.WriteString(text)
				sb.WriteByte('\n')
				if !nl {
					sb.WriteString("\\ No newline at end of file\n")
				}
				continue
			}
		}
		if cr, ok := strings.CutSuffix(text, "\r"); ok {
			text = cr + `\r`
		}
		sb.WriteString(text)
		sb.WriteByte('\n')
		if !nl {
			sb.WriteString("\\ No newline at end of file\n")
		}
	}
}

// lineText returns line without its line feed and carriage return.
func lineText(line string) string {
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
}

// hunkRange writes the "line,count" part of a hunk header. A side with
// no lines in a hunk has no lines at all, since a hunk keeps the unchanged
// lines around its changes; it is written "0,0" as unified diffs do.
func hunkRange(start, n int) string {
	if n == 0 {
		return "0,0"
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}
